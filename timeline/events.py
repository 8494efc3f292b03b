"""Mentions + parsed sentences -> Events: what happened on each resolved date, who did it, where, and the quote.

Which expressions date an event: a DATE or TIME mention (outside navigation and quoted repeats of earlier
posts) whose sentence has a predicate the expression modifies
(found by walking up the dependency parse from the expression to the first verb or event noun). That leaves out
durations and sets (``two weeks``, ``every day``: they measure or repeat, they do not place), PRESENT/PAST/FUTURE
refs (``now``, ``recently``: too vague to put on a calendar), and dates that stand alone on a line with no verb,
which is what bylines, datelines and post headers are. Only sentences that hold such a mention are parsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import nlp
from .model import Document, Event, Mention, Source
from .sentences import list_of_dates, sentence_bounds
from .temporal.timex import interval

#: Nouns that name something that happens, so "the attack on Tuesday" dates the attack, not a verb further up.
EVENT_NOUNS = frozenset("""
    accident acquisition agreement airstrike announcement arrest assault attack ban battle blast blockade bombardment bombing
    ceasefire cease-fire clash collapse conference coup crash deal death debate decision decline defeat deployment
    drop earthquake election evacuation execution explosion fall fight fighting fire flight gain growth hearing
    incursion inauguration increase interview invasion killing landing launch loss massacre meeting merger mission
    murder offensive operation outbreak pause protest raid rally referendum release resignation retreat rise riot
    sale session shelling shooting shootings siege slaying speech storm strike summit surrender takeover talks
    test trial truce veto visit vote war withdrawal
""".split())

PERSON_LIKE = ("PERSON", "ORG", "NORP")
PLACE_LIKE = ("GPE", "LOC", "FAC")
_TITLE_MAX_WORDS = 12
_DROP_IN_TITLE = {"relcl", "appos", "punct", "advcl", "parataxis", "cc", "conj", "acl", "mark", "discourse",
                  "intj", "meta", "dep", "preconj", "predet"}


@dataclass(frozen=True)
class Attachment:
    """The event a mention dates, read off one parsed sentence."""

    mention: int
    trigger: str
    trigger_start: int
    trigger_end: int
    lemma: str
    title: str
    actors: tuple[str, ...]
    places: tuple[str, ...]


def datable(m: Mention) -> bool:
    """A mention that can place an event: a DATE/TIME point or period, resolved or underspecified (XXXX-10-14)."""
    if m.type not in ("DATE", "TIME") or m.value.endswith("_REF") or m.value.startswith("P"):
        return False
    return interval(m.value) is not None or any(ch.isdigit() for ch in m.value) or m.value.startswith("XXXX")


#: Endings of nouns made from verbs ("briefing", "capture", "election", "announcement"): events, as TimeML
#: annotates them, more often than not.
EVENT_NOUN_ENDINGS = ("ing", "tion", "sion", "ment", "ure", "ance", "ence", "al")
#: Frequent nouns with those endings that name things, not happenings.
NOT_EVENT_NOUNS = frozenset("""
    building ceiling clothing evening morning thing nothing something anything everything king spring string
    ring wing earring official general capital material principal signal animal hospital journal individual
    nation station position population region religion version television mission commission pension
    department government parliament equipment apartment document element statement agreement
    nature future culture structure picture literature temperature procedure legislature
    distance balance province insurance finance audience evidence experience science sentence conference
    percent percentage
""".split()) - EVENT_NOUNS


def is_event_noun(tok) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = nlp.lemma(tok)
    return lemma in EVENT_NOUNS or (tok.pos_ == "NOUN" and lemma.endswith(EVENT_NOUN_ENDINGS)
                                    and lemma not in NOT_EVENT_NOUNS and len(lemma) > 5)


def is_predicate(tok) -> bool:
    if tok.pos_ == "VERB":
        return True
    if tok.pos_ == "AUX" and tok.dep_ == "ROOT":
        return True
    return is_event_noun(tok)


def find_trigger(span):
    """The predicate a temporal expression modifies: the first verb or event noun above it in the parse."""
    inside = {t.i for t in span}
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in inside:
            continue
        if is_predicate(tok):
            return tok
    return None


#: Dependents that name a noun ("the Syrian army", "Kirby's claim", "the start of the war"); clauses and
#: appositions are left out of titles.
_NAMING = {"det", "amod", "compound", "nummod", "poss", "case", "quantmod", "nmod", "neg", "prt", "advmod"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "attr", "oprd", "acomp", "dative")
#: Auxiliaries kept in a title because they change what it says ("will meet", "could strike").
_KEPT_AUX = {"will", "would", "may", "might", "could", "can", "should", "must", "shall", "'ll", "wo", "ca"}
#: Words a headline drops.
_ARTICLES = {"a", "an", "the"}


def _phrase(tok, exclude: set[int], depth: int = 0) -> list:
    """``tok`` with the modifiers that name it, and a short of-/for- phrase: not relative clauses or appositions."""
    words = [tok]
    for child in tok.children:
        if child.i in exclude or child.dep_ in _DROP_IN_TITLE:
            continue
        if child.dep_ in _NAMING:
            words += [t for t in child.subtree if t.i not in exclude and t.dep_ not in _DROP_IN_TITLE]
        elif child.dep_ == "prep" and child.lower_ in ("of", "for") and depth == 0:
            words.append(child)
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.i not in exclude:
                    words += _phrase(grand, exclude, depth + 1)
    return words


def _subject(verb):
    """The verb's subject, or the one it shares: "X had to flatten Grozny to eradicate ..." (xcomp), "X arrived
    and said ..." (conj), "the agreement signed in Damascus" (a participle modifying its subject)."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            return verb.head  # "the operation, which was launched a week ago"
        if subj is not None:
            return subj
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _predicate(verb, exclude: set[int]) -> list:
    """Verb with its negation, particle, meaning-changing auxiliary, object and a place ("in Aleppo")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = any(c.lower_ in _KEPT_AUX for c in auxiliaries)
    # a kept modal brings the rest of the verb group, so it stays grammatical ("would be halted")
    parts = [c for c in verb.children if c.dep_ == "neg"] + (auxiliaries if modal else [])
    parts.append(verb)
    parts += [t for c in verb.children if c.dep_ == "prt" for t in c.subtree]
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS and c.i not in exclude), None)
    if obj is None:  # "stopped bombing East Aleppo", "agreed to meet": the complement carries the object
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if comp is not None:
            parts += [c for c in comp.children if c.dep_ == "aux" and c.lower_ == "to"] + [comp]
            obj = next((c for c in comp.children if c.dep_ in _OBJECTS and c.i not in exclude), None)
    if obj is not None:
        parts += _phrase(obj, exclude)
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent") and c.i not in exclude]
    # a place says where; with no object, the first phrase says what the verb did ("passed through the Channel")
    place = next((c for c in preps if any(t.ent_type_ in PLACE_LIKE for t in c.subtree)), None)
    if place is None and obj is None and preps:
        place = preps[0]
    if place is not None:
        parts += [t for t in place.subtree if t.i not in exclude and t.dep_ not in _DROP_IN_TITLE][:6]
    return parts


#: Verbs that report rather than happen: a title says what was reported, and who said it.
REPORTING_VERBS = frozenset("say tell report announce add claim state confirm insist warn write note".split())


def _words(trigger, exclude: set[int]) -> list:
    """Subject, then predicate: the tokens of a headline for ``trigger``."""
    subject: list = []
    if trigger.pos_ in ("VERB", "AUX"):
        subj = _subject(trigger)
        if subj is not None and subj.i != trigger.i:
            subject = _phrase(subj, exclude)
        parts = _predicate(trigger, exclude)
        has_object = any(c.dep_ in _OBJECTS for c in trigger.children)
        if trigger.dep_ == "relcl" and not has_object and subj is not None and subj.i != trigger.head.i:
            subject = _phrase(trigger.head, exclude) + subject  # "comments he made": the head is the object
    else:
        subject = _phrase(trigger, exclude)
        verb = trigger.head
        if trigger.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):  # "the ceasefire failed"
            parts = _predicate(verb, exclude)
        else:
            parts = [t for c in trigger.children if c.dep_ == "prep" and c.i not in exclude and c.lower_ != "of"
                     for t in c.subtree if t.i not in exclude and t.dep_ not in _DROP_IN_TITLE][:6]

    def clean(tokens: list) -> list:
        kept = sorted({t.i: t for t in tokens if t.i not in exclude}.values(), key=lambda t: t.i)
        return [t for t in kept if not t.is_punct and not (t.dep_ == "det" and t.lower_ in _ARTICLES)
                and not (t.dep_ == "case" and t.head.i in exclude)]

    subject = clean(subject)
    # the subject leads even when the sentence puts it after the verb ("Speaking in London, Kerry ...")
    return subject + [t for t in clean(parts) if t.i not in {w.i for w in subject}]


def _render(words: list, trigger, limit: int) -> str:
    words = words[:limit]
    while words and words[-1].pos_ in ("ADP", "DET", "CCONJ", "PART", "SCONJ") and words[-1] is not trigger:
        words.pop()
    return "".join(t.text + (t.whitespace_ if i + 1 < len(words) and words[i + 1].i == t.i + 1 else " ")
                   for i, t in enumerate(words)).strip()


def title_for(trigger, exclude: set[int]) -> str:
    """Subject – predicate – object in the sentence's own words, headline style ("Russian warships pass through
    English Channel"): articles, auxiliaries and the date itself are left out, and so are clauses. For a
    reporting verb the reported clause leads ("Rockets fired at Homs refinery, officials said")."""
    report = None
    if trigger.pos_ == "VERB" and nlp.lemma(trigger) in REPORTING_VERBS:
        report = next((c for c in trigger.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")),
                      None)
    if report is not None:
        speaker = _subject(trigger)  # by name only: "Mike Pompeo said", not the whole title of the office
        name = [c for c in speaker.children if c.dep_ == "compound"] + [speaker] if speaker is not None else []
        said = _render(sorted(name, key=lambda t: t.i) + [trigger], trigger, 5)
        text = _render(_words(report, exclude), report, _TITLE_MAX_WORDS - 3) + (f", {said}" if said else "")
    else:
        text = _render(_words(trigger, exclude), trigger, _TITLE_MAX_WORDS)
    return (text[:1].upper() + text[1:]) if text else trigger.text


#: Prepositions after which a name is a place, whatever the entity recogniser says ("in Aleppo" tagged NORP).
LOCATIVE_PREPOSITIONS = frozenset("in at near around outside inside across into from to over toward towards".split())


def _entity_kind(ent) -> str | None:
    """"actor", "place" or None. The small English model often labels cities NORP; a nationality never follows
    a locative preposition, so a NORP name there is taken as a place."""
    if ent.label_ in PLACE_LIKE:
        return "place"
    if ent.label_ == "NORP" and ent.root.dep_ == "pobj" and ent.root.head.lower_ in LOCATIVE_PREPOSITIONS:
        return "place"
    return "actor" if ent.label_ in PERSON_LIKE else None


def _entities(sent, kind: str) -> tuple[str, ...]:
    seen: list[str] = []
    for ent in sent.ents:
        if _entity_kind(ent) == kind:
            name = ent.text.strip().removeprefix("the ").removeprefix("The ")
            if name and name not in seen:
                seen.append(name)
    return tuple(seen)


def attach(parsed, offset: int, mentions: Iterable[tuple[int, Mention]]) -> list[Attachment]:
    """Attachments for the mentions of one parsed sentence; ``offset`` maps its characters back to the document."""
    spans = []
    for index, m in mentions:
        span = parsed.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        if span is not None and len(span):
            spans.append((index, span))
    # no date of the sentence belongs in a title, nor the preposition that introduces it ("on", "since", "in")
    exclude = {t.i for _, span in spans for t in span}
    exclude |= {span.root.head.i for _, span in spans if span.root.head.dep_ == "prep"}
    out = []
    for index, span in spans:
        trigger = find_trigger(span)
        if trigger is None:
            continue
        out.append(Attachment(
            index, trigger.text, offset + trigger.idx, offset + trigger.idx + len(trigger.text),
            nlp.lemma(trigger), title_for(trigger, exclude),
            _entities(parsed, "actor"), _entities(parsed, "place"),
        ))
    return out


def _by_sentence(doc_text: str, mentions: list[Mention], keep, bounds) -> dict[tuple[int, int, int], list]:
    groups: dict[tuple[int, int, int], list[tuple[int, Mention]]] = {}
    for index, m in enumerate(mentions):
        if keep(m):
            lo, hi, seg = bounds(m)
            left, right = sentence_bounds(doc_text, m.start, m.end, lo, hi)
            groups.setdefault((left, right, seg), []).append((index, m))
    return groups


def _parsed_groups(model: str | None, text: str, groups: dict):
    """Parse each sentence that holds a kept mention, once, in one batched call (shared with the tense step)."""
    keys = sorted(groups)
    for at in range(0, len(keys), PARSE_CHUNK):  # in parts: a huge document never holds all its parses at once
        chunk = keys[at:at + PARSE_CHUNK]
        yield from zip(chunk, nlp.parse([text[left:right] for left, right, _ in chunk], model))


#: Sentences parsed in one call by the events stage (a bound on the parses held at a time).
PARSE_CHUNK = 512


def modified_noun(span):
    """The noun a time expression modifies directly ("the Oct. 23 slaying", "a news conference Friday", "a loss
    for the third quarter"): an event in its own right when it is not the verb above."""
    tok = span.root.head
    if tok.dep_ == "prep" and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ == "NOUN" and tok.i not in {t.i for t in span} else None


def co_triggers(trigger) -> list:
    """Predicates that share the trigger's time: coordinated verbs ("rose and fell on Tuesday") and an event noun
    the trigger governs as its object ("announced a loss for the quarter")."""
    out = [c for c in trigger.children if c.dep_ == "conj" and is_predicate(c)]
    out += [c for c in trigger.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and is_event_noun(c)]
    head = trigger
    while head.dep_ == "xcomp" and head.head.i != head.i:  # "voted to support ... Friday", "will begin withdrawing"
        head = head.head
        out.append(head)
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ == "NOUN":  # "remarks made last week"
        out.append(trigger.head)
    if trigger.pos_ == "NOUN":  # "the 1996 bombing that killed one person"
        out += [c for c in trigger.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    return out


def triggers_of(span) -> list:
    """Every predicate a time expression dates, the main one first."""
    trigger = find_trigger(span)
    found = [trigger, *co_triggers(trigger)] if trigger is not None else []
    noun = modified_noun(span)
    if noun is not None and all(noun.i != t.i for t in found):
        found.append(noun)
    return found


def inherited(parsed, triggers: dict[int, int]) -> dict[int, int]:
    """Token -> mention for every predicate of the sentence that a mention's trigger governs: an event inside a
    clause takes the time of the nearest dating predicate above it ("said Thursday it would resume talks": the
    resuming is placed relative to Thursday), unless a time of its own dates it first."""
    out = {}
    for tok in parsed:
        if not is_predicate(tok):
            continue
        node = tok
        while True:
            if node.i in triggers:
                out[tok.i] = triggers[node.i]
                break
            if node.head.i == node.i:
                break
            node = node.head
    return out


def attach_all(text: str, mentions: list[Mention], model: str | None = None) -> dict[int, list[tuple[int, int]]]:
    """Mention index -> character spans of the events it dates, for every mention (durations included): the
    main trigger, what shares it, and the predicates of the clauses it governs. The scorer's view of attachment."""
    out: dict[int, list[tuple[int, int]]] = {}
    groups = _by_sentence(text, mentions, lambda m: True, lambda m: (0, len(text), 0))
    for (left, _right, _seg), parsed in _parsed_groups(model, text, groups):
        direct: dict[int, list] = {}
        main: dict[int, int] = {}
        for index, m in groups[(left, _right, _seg)]:
            span = parsed.char_span(m.start - left, m.end - left, alignment_mode="expand")
            found = triggers_of(span) if span is not None and len(span) else []
            direct[index] = found
            for t in found[:1]:
                main.setdefault(t.i, index)
        for tok_i, index in inherited(parsed, main).items():
            if all(t.i != tok_i for t in direct[index]):
                direct[index].append(parsed[tok_i])
        for index, found in direct.items():
            if found:
                out[index] = [(left + t.idx, left + t.idx + len(t.text)) for t in found]
    return out


def extract(doc: Document, mentions: list[Mention], model: str | None = None) -> list[Event]:
    """Events of one document. ``Source.mention`` indexes ``mentions``; merge renumbers it globally."""
    def bounds(m: Mention) -> tuple[int, int, int]:
        seg = doc.segments[m.segment]
        return seg.start, seg.end, m.segment

    def dates_an_event(m: Mention) -> bool:
        seg = doc.segments[m.segment]
        # navigation holds no reports; a quoted repeat of an earlier post reports nothing new
        return datable(m) and seg.kind != "navigation" and seg.repeat_of is None

    spans = sorted((m.start, m.end) for m in mentions)
    groups = {key: found for key, found in _by_sentence(doc.text, mentions, dates_an_event, bounds).items()
              if not list_of_dates(doc.text, key[0], key[1], spans)}
    if not groups:
        return []
    events = []
    for (left, right, seg_index), parsed in _parsed_groups(model, doc.text, groups):
        quote = doc.text[left:right]
        for a in attach(parsed, left, groups[(left, right, seg_index)]):
            m = mentions[a.mention]
            span = interval(m.value)
            start, end, granularity = span if span else ("", "", "unknown")
            events.append(Event(
                id="", start=start, end=end, granularity=granularity, value=m.value, title=a.title,
                actors=a.actors, places=a.places,
                sources=(Source(doc.id, seg_index, left, right, quote, a.mention, a.trigger, a.trigger_start,
                                a.trigger_end, a.lemma),),
            ))
    return events
