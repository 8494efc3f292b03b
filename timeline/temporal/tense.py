"""The tense of the verb that governs a temporal expression: whether "Tuesday" or "October 14" looks back
(``said on Tuesday``) or forward (``will meet on Tuesday``).

Only the sentences holding a candidate that needs it are parsed, in one ``nlp.pipe`` batch, with the
components that do not help (NER, lemmatiser) disabled. The expression's syntactic head is followed up the
dependency tree to the first verb; its auxiliaries and tag give the tense:

* ``will``/``shall``/``'ll``/``would``/``may``/``should``, or ``going to`` → future; an infinitive defers to
  the verb it depends on;
* a past tag (VBD) or a perfect / passive with a past or present auxiliary → past;
* a present or progressive form → present (news uses it for schedules: "meets Tuesday").
"""

from __future__ import annotations

import re

from ..nlp import load

PAST, PRESENT, FUTURE = "past", "present", "future"
#: A verb was found but says nothing about direction: stop climbing, report no tense.
UNKNOWN = ""

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d", "may", "might", "should", "must"}
#: Verbs whose infinitive complement lies ahead of them ("scheduled to close Monday"): word-form prefixes.
_PROSPECTIVE = ("expect", "plan", "schedul", "intend", "hope", "aim", "prepar", "propos", "promis", "want",
                "seek", "sought", "due", "slat", "suppos", "poise", "threaten", "vow", "pledg", "agree", "decid")
#: Prepositions that bound a stretch reaching forward ("until May", "through January").
_FORWARD_PREPOSITIONS = {"until", "till", "through", "pending"}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")
_UNNEEDED = ("ner", "lemmatizer", "senter")


def sentence_span(text: str, start: int, end: int, limit: int = 400) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a cheap punctuation split, bounded to ``limit`` characters
    either side)."""
    left = max(0, start - limit)
    sentence_start = left
    for match in _SENTENCE_END.finditer(text, left, start):
        sentence_start = match.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + limit))
    sentence_end = after.start() if after else min(len(text), end + limit)
    return sentence_start, sentence_end


def verb_tense(verb) -> str | None:
    """Tense of a spaCy verb token from its own tag and its auxiliaries: None to defer to the verb above,
    ``UNKNOWN`` when the verb is found but gives no direction."""
    auxiliaries = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    words = {t.lower_ for t in auxiliaries}
    if words & _FUTURE_AUX:
        return FUTURE
    if "going" in words or (verb.lower_ == "going" and any(t.dep_ == "xcomp" for t in verb.children)):
        return FUTURE
    if "to" in words and verb.tag_ == "VB":
        head = verb.head
        if head is not verb and (head.lower_.startswith(_PROSPECTIVE) or head.lower_ in ("is", "are", "am")):
            return FUTURE  # "is expected to meet Tuesday", "plans to", "is to resume"
        return None  # otherwise an infinitive takes its direction from the verb it depends on
    if any(t.tag_ == "MD" for t in auxiliaries):
        return UNKNOWN  # "could", "can": no direction, and looking further up would be wrong
    if any(t.tag_ == "VBD" for t in auxiliaries) or verb.tag_ == "VBD":
        return PAST
    if verb.tag_ == "VBN" and words & {"has", "have", "had", "'ve", "'s"}:
        return PAST
    if verb.tag_ == "VBN" and not auxiliaries:
        return PAST  # a reduced relative: "the accord signed Tuesday"
    if verb.tag_ in ("VBZ", "VBP", "VBG") or words & {"is", "are", "am", "'re", "'m"}:
        return PRESENT
    if verb.tag_ == "VB":
        return FUTURE
    return None


def governing_tense(token) -> str | None:
    """Follow heads from ``token`` to the first verb (or auxiliary used as main verb) and read its tense.
    A forward-bounding preposition ("until May") makes it future whatever the verb."""
    if token.head.lower_ in _FORWARD_PREPOSITIONS and token.dep_ == "pobj":
        return FUTURE
    seen = 0
    current = token
    while seen < 12:
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            tense = verb_tense(current)
            if tense is not None:
                return tense or None
        if current.head is current:
            return None
        current = current.head
        seen += 1
    return None


def tenses(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """The governing tense of each ``(start, end)`` span of ``text`` (None where the parse says nothing)."""
    if not spans:
        return []
    sentences: dict[tuple[int, int], int] = {}
    owners = []
    for start, end in spans:
        bounds = sentence_span(text, start, end)
        owners.append(bounds)
        sentences.setdefault(bounds, len(sentences))
    nlp = load()
    disabled = [name for name in _UNNEEDED if name in nlp.pipe_names]
    order = list(sentences)
    docs = list(nlp.pipe((text[s:e] for s, e in order), disable=disabled, batch_size=64))
    parsed = dict(zip(order, docs))
    out: list[str | None] = []
    for (start, end), bounds in zip(spans, owners):
        doc = parsed[bounds]
        span = doc.char_span(start - bounds[0], end - bounds[0], alignment_mode="expand")
        out.append(governing_tense(span.root) if span is not None and len(span) else None)
    return out
