"""The tense of the verb that governs a temporal expression: whether "Tuesday" or "October 14" looks back
(``said on Tuesday``) or forward (``will meet on Tuesday``).

Only the sentences holding a candidate that needs it are parsed, and never twice: the sentence is cut by the
project's one splitter (``timeline.sentences.sentence_bounds``) and parsed by ``timeline.nlp.parse``, whose
per-process cache the events stage reads the same sentences back from. The expression's syntactic head is
followed up the dependency tree to the first verb; its auxiliaries and tag give the tense:

* ``will``/``shall``/``'ll``/``would``/``may``/``should``, or ``going to`` → future; an infinitive defers to
  the verb it depends on;
* a past tag (VBD) or a perfect / passive with a past or present auxiliary → past;
* a present or progressive form → present (news uses it for schedules: "meets Tuesday").
"""

from __future__ import annotations

from .. import nlp
from ..sentences import sentence_bounds

PAST, PRESENT, FUTURE = "past", "present", "future"
#: A verb was found but says nothing about direction: stop climbing, report no tense.
UNKNOWN = ""

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d", "may", "might", "should", "must"}
#: Verbs whose infinitive complement lies ahead of them ("scheduled to close Monday"): word-form prefixes.
_PROSPECTIVE = (
    "expect",
    "plan",
    "schedul",
    "intend",
    "hope",
    "aim",
    "prepar",
    "propos",
    "promis",
    "want",
    "seek",
    "sought",
    "due",
    "slat",
    "suppos",
    "poise",
    "threaten",
    "vow",
    "pledg",
    "agree",
    "decid",
)
#: Prepositions that bound a stretch reaching forward ("until May", "through January").
_FORWARD_PREPOSITIONS = {"until", "till", "through", "pending"}
#: Words whose date is when something starts to apply, announced ahead of it ("effective Feb. 1"); close to
#: the anchor the nearest date wins anyway (``resolve.nearest_year``), so "effective Oct. 1" read on Oct. 26 is
#: still the past one.
_TAKING_EFFECT = {"effective", "starting", "beginning"}
#: Prepositions that bound a stretch reaching back ("since March": whatever the verb, March is behind).
_BACKWARD_PREPOSITIONS = {"since"}
#: Verbs that put what they govern ahead of them whatever their own tense: "has scheduled a news conference
#: Thursday", "planned a rally on Saturday", "results are expected Tuesday" (word-form prefixes).
_ARRANGING = ("schedul", "plann", "plans", "plan", "slat", "expect")
#: Infinitive heads that are prospective only as whole words ("set to resume Monday": not "settled").
_PROSPECTIVE_WORDS = {"set", "poised", "due", "ready"}


def verb_tense(verb) -> str | None:
    """Tense of a spaCy verb token from its own tag and its auxiliaries: None to defer to the verb above,
    ``UNKNOWN`` when the verb is found but gives no direction."""
    auxiliaries = [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    words = {t.lower_ for t in auxiliaries}
    if verb.tag_ == "VBN" and words & {"have", "'ve"} and not words & {"will", "shall", "'ll"}:
        return PAST  # "may have been", "would have won": a modal perfect looks back
    if words & _FUTURE_AUX:
        return FUTURE
    if "going" in words or (verb.lower_ == "going" and any(t.dep_ == "xcomp" for t in verb.children)):
        return FUTURE
    if "to" in words and verb.tag_ == "VB":
        head = verb.head
        if head.i != verb.i and (
            head.lower_.startswith(_PROSPECTIVE)
            or head.lower_ in _PROSPECTIVE_WORDS
            or head.lower_ in ("is", "are", "am")
        ):
            return FUTURE  # "is expected to meet Tuesday", "plans to", "is to resume"
        return None  # otherwise an infinitive takes its direction from the verb it depends on
    if verb.lower_.startswith(_ARRANGING) and verb.tag_ != "VBG":
        return FUTURE  # arranging something is about when it will happen: "scheduled a vote Thursday"
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
    A bounding preposition on the way makes the direction whatever the verb: "until May" looks forward,
    "since shortly after the Oct. 23 slaying" back."""
    seen = 0
    current = token
    while seen < 12:
        if current.lower_ in _TAKING_EFFECT and token.head.i == current.i and token.i > current.i:
            return FUTURE  # "a pact effective June 1", "a meeting beginning Tuesday" (a verb form too; not "winter is beginning")
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            tense = verb_tense(current)
            if tense is not None:
                return tense or None
        if current.lower_ in _BACKWARD_PREPOSITIONS and current.pos_ == "ADP" and current.dep_ == "prep":
            return PAST  # "since shortly after the Oct. 23 slaying": whatever lies under "since" is behind
        if current.lower_ in _FORWARD_PREPOSITIONS and current.pos_ == "ADP" and token.head.i == current.i:
            return FUTURE  # "until May"; only its own object: "tore through his window Friday" is no bound
        if current.head.i == current.i:
            return None
        current = current.head
        seen += 1
    return None


def tenses(
    text: str, spans: list[tuple[int, int]], lo: int = 0, hi: int | None = None, model: str | None = None
) -> list[str | None]:
    """The governing tense of each ``(start, end)`` span of ``text`` (None where the parse says nothing).

    Sentences are cut inside ``[lo, hi)`` (the segment the spans come from, as every stage cuts them) and
    parsed with the ``model`` pipeline through ``nlp.parse``, in one batch; nothing is parsed without spans.
    """
    if not spans:
        return []
    owners = [sentence_bounds(text, start, end, lo, hi) for start, end in spans]
    order = list(dict.fromkeys(owners))
    parsed = dict(zip(order, nlp.parse([text[left:right] for left, right in order], model)))
    out: list[str | None] = []
    for (start, end), (left, right) in zip(spans, owners):
        doc = parsed[(left, right)]
        span = doc.char_span(max(start, left) - left, min(end, right) - left, alignment_mode="expand")
        out.append(_bounded_back(span) or governing_tense(span.root) if span is not None and len(span) else None)
    return out


#: Tokens before an expression searched for the "since" that opens its phrase ("since shortly after the Oct. 23
#: slaying": 4). Swept on TBAQ dev (value F1; English dev 0.8931 throughout): 3 / 6 / 10 tokens 0.8160 / 0.8165 /
#: 0.8165; 6 kept, the shortest at the best.
SINCE_REACH = 6


def _bounded_back(span) -> str | None:
    """PAST when "since" opens the phrase the expression ends ("since shortly after the Oct. 23 slaying"),
    which a parser often attaches beside it rather than above it."""
    doc = span.doc
    for index in range(span.start - 1, max(-1, span.start - 1 - SINCE_REACH), -1):
        token = doc[index]
        if token.lower_ in _BACKWARD_PREPOSITIONS:
            return PAST
        if token.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") or token.dep_ == "mark":
            return None
    return None
