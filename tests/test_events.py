"""Events from real parses (the project's spaCy pipeline), and the canonical timeline built from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from timeline import events, nlp, temporal
from timeline.merge import Merger, cluster, compatible
from timeline.model import Anchor, Document, Event, Segment, Source
from timeline.run import DocResult

ANCHOR = dt.date(2016, 10, 25)


def _doc(text: str, doc_id: str = "d", anchor: dt.date | None = ANCHOR) -> tuple[Document, list]:
    seg = Segment(0, len(text), Anchor(anchor, "option" if anchor else "none", 1.0 if anchor else 0.0))
    doc = Document(doc_id, f"{doc_id}.txt", text, (seg,))
    mentions = temporal.tag(text, anchor, doc=doc_id)
    return doc, mentions


def _events(text: str, doc_id: str = "d", anchor: dt.date | None = ANCHOR) -> list[Event]:
    doc, mentions = _doc(text, doc_id, anchor)
    return events.extract(doc, mentions)


@pytest.mark.parametrize(
    "text,trigger,date,title_words",
    [
        (
            "Russian warships passed through the English Channel on Friday.",
            "passed",
            "2016-10-21",
            ["Russian", "warships", "passed", "English", "Channel"],
        ),
        (
            "A school for girls in southern Mosul was attacked last Friday.",
            "attacked",
            "2016-10-21",
            ["school", "attacked"],
        ),
        (
            "The September 9th ceasefire failed because the rebels refused it.",
            "ceasefire",
            "2016-09-09",
            ["ceasefire"],  # the ceasefire is of 9 September; its failure came later (test_a_dated_noun_...)
        ),
        (
            "Putin had submitted the draft agreement on August 9.",
            "submitted",
            "2016-08-09",
            ["Putin", "submitted", "draft", "agreement"],
        ),
    ],
)
def test_the_date_goes_to_the_predicate_it_modifies(text, trigger, date, title_words):
    found = _events(text)
    assert len(found) == 1
    e = found[0]
    src = e.sources[0]
    assert src.trigger == trigger and text[src.trigger_start : src.trigger_end] == trigger
    assert e.start == date
    assert src.quote == text[src.start : src.end] == text.strip()
    for word in title_words:
        assert word.lower() in e.title.lower()
    assert "Friday" not in e.title and "August" not in e.title  # the date is not part of what happened


def test_actors_and_places_come_from_the_sentence():
    (e,) = _events("Russian Defence Minister Sergey Shoigu announced a pause in Aleppo on Monday.")
    assert "Sergey Shoigu" in e.actors
    assert "Aleppo" in e.places
    assert e.granularity == "day" and (e.start, e.end) == ("2016-10-24", "2016-10-25")


@pytest.mark.parametrize(
    "text",
    [
        "The offensive lasted two weeks.",  # a duration measures, it does not place
        "Talks are held every day.",  # a set repeats
        "Now is the time to act.",  # a vague present reference
        "October 20, 2016\n",  # a dateline: no predicate
    ],
)
def test_expressions_that_date_nothing_make_no_event(text):
    assert _events(text) == []


def test_without_an_anchor_events_are_undated_and_kept_apart():
    found = _events("The army entered the city on October 14.", anchor=None)
    assert [(e.start, e.value, e.granularity) for e in found] == [("", "XXXX-10-14", "unknown")]
    merger = Merger()
    doc, mentions = _doc("The army entered the city on October 14.", anchor=None)
    merger.add(DocResult(doc, tuple(mentions), tuple(found)))
    dated, undated = merger.finish()
    assert dated == () and len(undated) == 1


def _result(text: str, doc_id: str) -> DocResult:
    doc, mentions = _doc(text, doc_id)
    return DocResult(doc, tuple(mentions), tuple(events.extract(doc, mentions)))


def test_the_same_report_in_two_documents_is_one_entry_with_both_sources():
    text = "Russian warships passed through the English Channel on Friday, the Navy said."
    merger = Merger()
    merger.add(_result(text, "rt"))
    merger.add(_result("Other news.\n\n" + text, "telegraph"))
    dated, _ = merger.finish()
    channel = [e for e in dated if "Channel" in e.title]
    assert len(channel) == 1
    assert sorted(s.doc for s in channel[0].sources) == ["rt", "telegraph"]
    # mention indices are global: the second document's mentions come after the first's
    assert channel[0].sources[1].mention > channel[0].sources[0].mention


def test_a_day_inside_a_reported_week_merges_but_different_events_do_not():
    a = _result("Russian warships passed through the English Channel on Friday.", "a")
    b = _result("Last week Russian warships passed through the English Channel.", "b")  # 2016-W42 holds Oct 21
    c = _result("Rebels shelled western Aleppo on Friday.", "c")
    merger = Merger()
    for r in (a, b, c):
        merger.add(r)
    dated, _ = merger.finish()
    assert len(dated) == 2
    channel = next(e for e in dated if "Channel" in e.title)
    assert channel.granularity == "day" and {s.doc for s in channel.sources} == {"a", "b"}


def test_ids_and_order_do_not_depend_on_input_order():
    texts = [
        ("a", "Russian warships passed through the English Channel on Friday."),
        ("b", "Rebels shelled western Aleppo on Monday."),
        ("c", "Putin had submitted the draft agreement on August 9."),
    ]
    results = {k: _result(t, k) for k, t in texts}
    runs = []
    for order in (["a", "b", "c"], ["c", "a", "b"]):
        merger = Merger()
        for k in order:
            merger.add(results[k])
        runs.append([(e.id, e.start) for e in merger.finish()[0]])
    assert [i for i, _ in runs[0]] and sorted(runs[0]) == sorted(runs[1])
    assert [s for _, s in runs[0]] == sorted(s for _, s in runs[0])
    # extending the corpus keeps the existing ids
    merger = Merger()
    for k in ("a", "b", "c"):
        merger.add(results[k])
    merger.add(_result("Turkey closed its border on Sunday.", "d"))
    extended = {e.id for e in merger.finish()[0]}
    assert {i for i, _ in runs[0]} <= extended


def test_compatible_dates_are_nested_intervals():
    day = Event("", "2016-10-21", "2016-10-22", "day", "2016-10-21", "x", sources=(Source("d", 0, 0, 1, "q", 0),))
    week = replace(day, start="2016-10-17", end="2016-10-24", granularity="week", value="2016-W42")
    other_day = replace(day, start="2016-10-20", end="2016-10-21", value="2016-10-20")
    assert compatible(day, week) and compatible(week, day)
    assert not compatible(day, other_day)
    assert len(cluster([day, replace(day, sources=(Source("e", 0, 0, 1, "q", 1),))])) == 1


def test_the_same_text_on_incompatible_dates_stays_two_entries():
    text = "Russian warships passed through the English Channel on Friday, the Navy said."
    merger = Merger()
    merger.add(_result(text, "rt"))
    doc, mentions = _doc(text, "copy", anchor=dt.date(2016, 11, 2))  # written a week later: another Friday
    merger.add(DocResult(doc, tuple(mentions), tuple(events.extract(doc, mentions))))
    dated, _ = merger.finish()
    assert sorted(e.start for e in dated if "Channel" in e.title) == ["2016-10-21", "2016-10-28"]


def test_two_dates_of_one_sentence_stay_two_entries():
    merger = Merger()
    merger.add(_result("They struck cities, as in Serbia in 1999, or Iraq in 2003.", "a"))
    dated, _ = merger.finish()
    assert sorted(e.value for e in dated) == ["1999", "2003"]
    assert all(len(e.sources) == 1 for e in dated)


# -- events dated by the writing date, triggers, attachment, titles, families (issue 12) ------------------------


def _anchor_events(text: str) -> list[Event]:
    return [e for e in _events(text) if e.sources[0].dated_by == "anchor"]


@pytest.mark.parametrize(
    "text,trigger,title_words",
    [
        (
            "Two airlines have agreed to buy 30 new jets from the plant.",
            "agreed",
            ["airlines", "agreed", "buy", "jets"],
        ),
        ("Police said three people were killed in the blast.", "killed", ["Police:", "killed", "blast"]),
        ("The new ferry made its maiden voyage across the bay.", "voyage", ["ferry", "made", "voyage"]),
    ],
)
def test_news_without_a_date_is_dated_by_the_writing_date(text, trigger, title_words):
    found = _anchor_events(text)
    assert len(found) == 1
    e, src = found[0], found[0].sources[0]
    assert (e.start, e.granularity, src.mention) == ("2016-10-25", "day", None)
    assert text[src.trigger_start : src.trigger_end] == src.trigger == trigger
    assert all(w in e.title for w in title_words) and 2 <= len(e.title.split()) <= events.TITLE_MAX_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "He said he would visit the capital.",  # a plan
        "The minister could resign over the affair.",  # modal
        "If the talks fail, the army has attacked nothing.",  # conditional, negated
        "Did the army attack the town?",  # a question
        "We believe the vote was rigged.",  # opinion
        "Many worried their efforts to keep the boy would fail.",  # a feeling
        "The launch was normal.",  # a copula states
        "Sign up for our newsletter, we posted new offers.",  # boilerplate
        "Published on our site and updated often.",  # a stamp, not prose about a happening
    ],
)
def test_opinion_modal_conditional_questions_and_boilerplate_make_no_news_event(text):
    assert _anchor_events(text) == []


@pytest.mark.parametrize(
    "text,trigger",
    [
        # a headline run into its lede (the line break lost): the lede's present perfect is the news
        (
            "Harbour master faces an inquiry over the collision The harbour master has resigned after two ferries "
            "collided in the bay.",
            "resigned",
        ),
        (
            "Ferry owner faces two years in prison The owner of the ferry has pleaded not guilty to a charge of "
            "negligence.",
            "pleaded",
        ),
        ("The port faces a strike and has closed its northern quay.", "closed"),
    ],
)
def test_a_lede_run_into_its_headline_is_dated_by_the_writing_date(text, trigger):
    found = _anchor_events(text)
    assert [e.sources[0].trigger for e in found] == [trigger]
    assert found[0].start == "2016-10-25"


@pytest.mark.parametrize(
    "text,trigger",
    [
        # a caption before the lede: the lede, the next sentence, states the news
        (
            "Harbour master Jane Roe at the quay. The harbour master has resigned after two ferries collided.",
            "resigned",
        ),
        ("Is the port safe? The port authority closed the northern quay after the collision.", "closed"),
    ],
)
def test_when_the_first_sentence_states_no_news_the_next_ones_are_read(text, trigger):
    assert [e.sources[0].trigger for e in _anchor_events(text)] == [trigger]


def test_once_the_lede_states_the_news_only_the_lead_sentences_are_read():
    assert events.LEAD_SENTENCES == 2
    text = (
        "The harbour master has resigned. The port authority closed the northern quay after the collision. "
        "Ferries sailed from the southern quay instead."
    )
    assert [e.sources[0].trigger for e in _anchor_events(text)] == ["resigned", "closed"]


_LEAD = "The harbour master has resigned. The port authority closed the quay. Ferries sailed from the south. "


def test_past_the_lead_a_happening_in_the_present_perfect_is_dated_by_the_writing_date():
    text = _LEAD + "The coast guard has opened an inquiry into the collision."
    found = _anchor_events(text)
    assert [e.sources[0].trigger for e in found] == ["resigned", "closed", "opened"]
    assert found[-1].start == ANCHOR.isoformat() and found[-1].title == "Coast guard opened inquiry into collision"


@pytest.mark.parametrize(
    "sentence",
    [
        "No ferries have been damaged by the storm.",  # a negative subject: what did not happen
        "Nobody has been hurt in the collision.",
        "The council has refrained from blaming the crew.",
        "The harbour has always welcomed the ferries.",  # a habit
        "The crew has not answered the coast guard's questions.",  # negated
    ],
)
def test_past_the_lead_a_present_perfect_that_reports_no_happening_makes_no_event(sentence):
    assert [e.sources[0].trigger for e in _anchor_events(_LEAD + sentence)] == ["resigned", "closed"]


def test_a_present_perfect_far_into_an_article_is_background_and_makes_no_event():
    filler = "".join(f"The {n} ferry sailed from the south quay. " for n in ("first", "second", "third", "fourth"))
    near = _LEAD + "The coast guard has opened an inquiry into the collision."
    far = _LEAD + filler * 3 + "The coast guard has opened an inquiry into the collision."
    assert "opened" in [e.sources[0].trigger for e in _anchor_events(near)]
    assert "opened" not in [e.sources[0].trigger for e in _anchor_events(far)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police gave no details about the collision.",  # a negative object
        "The inquiry was neither opened nor refused.",
    ],
)
def test_a_lede_that_says_nothing_happened_makes_no_event(sentence):
    assert _anchor_events(sentence) == []


def test_a_clause_a_copula_states_is_not_its_verb():
    text = "The full story is available from the harbour archive under the headline: How the inquiry was stopped."
    assert _anchor_events(text) == []


def _narrative_events(text: str) -> list[Event]:
    return [e for e in _events(text) if e.sources[0].dated_by == "narrative" and e.sources[0].mention is None]


_STORY = "The harbour master has resigned. The port was quiet. On Monday, the army entered the northern town. "


@pytest.mark.parametrize(
    "sentence,trigger",
    [
        ("Soldiers seized the international airport outside the town.", "seized"),
        ("Police said the mayor was arrested at his home.", "arrested"),
        ("Meanwhile, the Red Cross repeated its call for calm in the town.", None),  # another thread
        ("The coast guard has opened an inquiry into the collision.", None),  # the writing day's (anchor)
        ("The army will hold the town until the spring thaw.", None),  # no happening
    ],
)
def test_the_sentence_after_a_dated_one_goes_on_with_its_day(sentence, trigger):
    found = _narrative_events(_STORY + sentence)
    assert [e.sources[0].trigger for e in found] == ([trigger] if trigger else [])
    assert all(e.value == "2016-10-24" for e in found)


def test_a_pronoun_in_the_sentence_after_a_dated_one_stands_for_the_person_it_names():
    text = (
        "The harbour master has resigned. The port was quiet. Minister Karin Holm flew to the northern town on "
        "Monday. She visited the flooded harbour with the mayor."
    )
    (found,) = _narrative_events(text)
    assert found.value == "2016-10-24"
    assert found.title.startswith("Karin Holm visited")


def test_a_pronoun_in_a_dated_sentence_stands_for_the_person_the_sentence_before_names():
    text = "Chief executive Lars Eide told reporters that inspections would take a week. He apologised to the crew on Friday."
    (found,) = [e for e in _events(text) if e.sources[0].trigger == "apologised"]
    assert found.title.startswith("Lars Eide apologised")
    assert "Lars Eide" in found.actors


@pytest.mark.parametrize(
    "before,pronoun,stands_for",
    [
        ("The Harbour Authority closed the quay.", "It", "Harbour Authority"),
        ("The British firm Harbour Holdings closed the quay.", "It", "Harbour Holdings"),  # not "British"
        ("The Harbour Authority closed the quay.", "He", None),
        ("Anna Berg closed the quay.", "It", None),
    ],
)
def test_a_pronoun_stands_for_a_name_of_its_kind(before, pronoun, stands_for):
    (found,) = [
        e for e in _events(f"{before} {pronoun} reopened the northern dock on Friday.") if e.value == "2016-10-21"
    ]
    if stands_for:
        assert found.title.startswith(f"{stands_for} reopened")
    else:
        assert found.title.startswith("Reopened")


def test_he_never_stands_for_an_organisation_of_the_sentence_before():
    text = "The harbour master has resigned. The port was quiet. The Port Authority closed the quay on Monday. He left."
    assert all("Port Authority" not in e.title for e in _narrative_events(text))


@pytest.mark.parametrize("name,_what,_where,example", events.PERIODS_BACK)
def test_a_period_reaching_back_to_the_writing_makes_no_happening_of_that_day(name, _what, _where, example):
    lead = "The harbour master has resigned. The port was quiet. "
    assert [e for e in _events(lead + example) if example.rstrip(".") in e.sources[0].quote] == []


def test_without_the_period_the_same_report_is_the_writing_days():
    lead = "The harbour master has resigned. The port was quiet. "
    found = _events(lead + "More than 300 people have been killed in the province.")
    assert [e.value for e in found if "300" in e.sources[0].quote] == ["2016-10-25"]


def test_a_date_of_background_in_a_relative_clause_carries_nothing_to_the_next_sentence():
    text = (
        "The harbour master has resigned. The port was quiet. Inspectors visited the school, which was damaged "
        "on Monday. Volunteers repaired the roof of the sports hall."
    )
    assert _narrative_events(text) == []


def test_past_the_lede_a_stub_of_a_lead_sentence_makes_no_event():
    text = "The harbour master has resigned. Ferries stopped, the mayor said."
    assert [e.sources[0].trigger for e in _anchor_events(text)] == ["resigned"]


@pytest.mark.parametrize(
    "text",
    ["\u201cWhen we knew of the plot, we did that,\u201d the mayor said.", "The council said it did so."],
)
def test_a_pro_verb_standing_for_an_earlier_clause_makes_no_event(text):
    assert _anchor_events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ferry firm faces a fine and has not paid it.",  # negated
        "I think that the harbour master has resigned.",  # an opinion
        "The port faces a long winter as trade died away in 2009.",  # a past tense there is background
    ],
)
def test_a_run_in_clause_that_is_no_report_makes_no_news_event(text):
    assert _anchor_events(text) == []


def test_a_sentence_after_a_dated_one_continues_its_date(monkeypatch):
    monkeypatch.setattr(events, "LEAD_SENTENCES", 2)  # the default parses the lede only (make bench)
    found = _events("The army attacked the town on Monday. Officials said 20 people died in the assault.")
    died = next(e for e in found if e.sources[0].trigger == "died")
    assert died.sources[0].dated_by == "narrative" and died.start == "2016-10-24"


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The launch, at 09:10 UTC, was normal.", "launch"),  # a copula: the event noun it describes
        ("The ship made its maiden voyage on Friday.", "voyage"),  # light verb + event noun
        ("The plane took off on Friday.", "took off"),  # a multiword trigger keeps its words
        ("Putin is on a visit to the capital on Tuesday.", "visit"),
        ("The army launched an attack on the town on Sunday.", "attack"),  # "launch" + an event noun
        ("The meeting took place on Monday.", "meeting"),  # "took place": the subject is what happened
        ("The ceasefire took effect on Thursday.", "ceasefire"),
        ("The agency launched a satellite on Monday.", "launched"),  # no event noun: the verb
    ],
)
def test_triggers_are_never_auxiliaries_or_copulas(text, trigger):
    e = next(e for e in _events(text) if e.sources[0].dated_by == "explicit")
    assert e.sources[0].trigger == trigger


@pytest.mark.parametrize("name,where,pattern,example", events.NOT_DATING)
def test_each_non_dating_rule_has_a_working_example(name, where, pattern, example):
    assert pattern.search(example)


@pytest.mark.parametrize(
    "text",
    [
        "It reported its first loss since 1995.",  # since X never dates the event
        "The video is here: in 90 secondsPlay!01:38",  # a media length
        "It is the second time that has happened in the last year.",  # a period back from the writing date
        # a page stamp run into the headline and the lede (tokenised text on one line)
        "Ferry strike ends , says union Page last updated at 08:58 GMT , Thursday , 24 June 2010 09:58 UK The "
        "ferry strike has ended .",
    ],
)
def test_expressions_that_bound_measure_or_reach_back_date_no_event(text):
    assert [e for e in _events(text) if e.sources[0].dated_by != "anchor"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The report was published on Monday by the port authority.",
        "The ferry line posted on Monday a loss for the year.",
    ],
)
def test_a_publication_stated_in_a_sentence_is_still_dated(text):
    (event,) = _events(text)
    assert event.value == "2016-10-24" and event.sources[0].dated_by == "explicit"


def test_a_date_in_a_reported_clause_never_dates_the_reporting_verb():
    found = _events("The company predicted it would be profitable by 2015.")
    # the predicting is the writing day's report, never 2015's
    assert all(e.sources[0].trigger != "predicted" or e.start == "2016-10-25" for e in found)
    assert all(not e.start.startswith("2015") or e.sources[0].trigger != "predicted" for e in found)


@pytest.mark.parametrize("name,pattern,example", events.BOILERPLATE)
def test_boilerplate_rows_match_their_example(name, pattern, example):
    assert pattern.search(example) and events.is_boilerplate(example)


def test_a_pronoun_subject_is_resolved_to_the_named_actor():
    (e,) = [
        e
        for e in _events("Vladimir Putin landed in the capital on Tuesday and he met the president on Wednesday.")
        if e.sources[0].trigger == "met"
    ]
    assert e.title.startswith("Vladimir Putin met")


def test_stub_titles_make_no_event():
    assert _events("I said it on Friday.") == []


@pytest.mark.parametrize("name,lemmas,example", __import__("timeline.merge", fromlist=["x"]).PREDICATE_FAMILIES)
def test_every_lemma_of_a_family_maps_to_it(name, lemmas, example):
    from timeline.merge import family

    assert {family(lemma) for lemma in lemmas.split()} == {name}


def test_the_same_happening_in_other_words_merges_across_documents():
    merger = Merger()
    merger.add(_result("Putin arrived in Damascus on Tuesday.", "a"))
    merger.add(_result("On Tuesday Putin was on a visit to Damascus.", "b"))
    dated, _ = merger.finish()
    assert len(dated) == 1 and {s.doc for s in dated[0].sources} == {"a", "b"}


def test_two_predicates_of_one_document_stay_apart():
    merger = Merger()
    merger.add(_result("The central bank transferred the funds on Tuesday. The central bank met on Tuesday.", "a"))
    dated, _ = merger.finish()
    assert len([e for e in dated if e.sources[0].dated_by == "explicit"]) == 2


def test_a_relative_date_inside_a_quoted_old_document_dates_nothing():
    text = 'A cable sent in December 2006 says: "Bashar is entering the new year in a stronger position."'
    assert [e for e in _events(text) if e.value.startswith("2016") or e.value.startswith("2017")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia cast its 14th veto since the start of the conflict in 2011.",  # "since" higher up the parse
        "See this video report from October 14.",  # an instruction to the reader
        "© 2016 Reuters photo taken on Friday.",  # a credit line
    ],
)
def test_bounds_instructions_and_credits_date_no_event(text):
    assert [e for e in _events(text) if e.sources[0].dated_by == "explicit"] == []


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Speaking at the conference in London on Monday, Kerry said the talks failed.",
            "Kerry spoke at conference in London",
        ),  # participle -> past
        (
            "Last week, Damascus and Moscow stopped carrying out airstrikes in the east.",
            "Damascus and Moscow stopped carrying out airstrikes",
        ),  # coordination, particle kept
        ("The army said on Monday that it had captured the airport.", "Army says it captured airport"),
        ("Rebels said on Tuesday that they had taken the town.", "Rebels say they took town"),  # the verb agrees
        ("Two airlines have agreed on Monday to buy 30 new jets.", "Two airlines agreed to buy 30 new jets"),
    ],
)
def test_titles_are_headlines_in_the_past_with_every_word_of_their_phrases(text, title):
    assert title in [e.title for e in _events(text)]


def test_negated_predicates_make_no_event_and_aspectual_verbs_lead_their_title():
    assert [e for e in _events("I do not like the report of July 6.") if e.sources[0].dated_by == "explicit"] == []
    (e,) = [
        e
        for e in _events("Russia and Syria stopped bombing the city two weeks ago.")
        if e.sources[0].dated_by == "explicit"
    ]
    assert e.title.startswith("Russia and Syria stopped bombing")


@pytest.mark.parametrize(
    "text",
    [
        "The army left the town before Friday.",
        "The assault will highlight their inaction in the run-up to election day.",
    ],
)
def test_a_bound_before_a_date_is_not_the_events_date(text):
    assert [e for e in _events(text) if e.sources[0].dated_by == "explicit"] == []


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Officers expect the task force to sail past the coast on Thursday.",
            "Task force expected to sail past coast",
        ),
        (
            "In 2006 the cable left no doubt of the plans to destabilize the government.",
            "Cable left no doubt of plans",
        ),
        ("The prime minister is due to visit Berlin on Friday.", "Prime minister due to visit Berlin"),
        ("The report was due to be published on Monday.", "Report due to be published"),
    ],
)
def test_titles_keep_a_prospective_verb_and_the_core_of_a_long_object(text, title):
    assert title in [e.title for e in _events(text)]


@pytest.mark.parametrize(
    "text,title",
    [
        ("The company predicted on Monday that it would be profitable.", "Company predicted it would be profitable"),
        (
            "The appeals court ruled on Monday that the first trial was flawed.",
            "Appeals court ruled first trial was flawed",
        ),
        ("The panel concluded on Monday that there was a fault.", "Panel concluded there was fault"),
    ],
)
def test_titles_say_what_a_copular_clause_a_verb_establishes_says(text, title):
    assert title in [e.title for e in _events(text)]


@pytest.mark.parametrize(
    "text,title,lemma",
    [
        (
            "The senator stepped down on Monday amid a corruption probe.",
            "Senator stepped down amid corruption probe",
            "step down",
        ),
        ("The workers walked out on Monday.", "Workers walked out", "walk out"),
        ("The minister backed down on Friday.", "Minister backed down", "back down"),
        ("Rebels carried out a raid on the base on Tuesday.", "Rebels carried out raid on base", "raid"),
    ],
)
def test_a_phrasal_verb_keeps_its_particle_however_it_is_parsed(text, title, lemma):
    found = {(e.title, e.sources[0].trigger_lemma) for e in _events(text)}
    assert (title, lemma) in found


def test_a_subordinator_read_into_a_subject_is_no_part_of_the_title():
    titles = [e.title for e in _events("Three people were killed when a bus overturned on Monday.")]
    assert titles and not any(t.lower().startswith("when") for t in titles)


@pytest.mark.parametrize(
    "text,title",
    [
        ('"We will not give up," the mayor told reporters on Monday.', "Mayor: we will not give up"),
        ('"I have done nothing wrong," the senator said on Tuesday.', "Senator: I did nothing wrong"),
        ('"We were pushed out of the talks," the leader said on Monday.', "Leader: we were pushed out of talks"),
    ],
)
def test_a_quote_keeps_the_speakers_own_i_or_we(text, title):
    assert title in [e.title for e in _events(text)]


def test_a_copular_clause_with_no_complement_stays_out_of_the_title():
    assert "Court found it was" not in [e.title for e in _events("On Monday the court found it was.")]


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "On Monday the militia shelled a clinic in the old fishing port of Tartus with mortars.",
            "Militia shelled clinic in Tartus",
        ),  # a kind of place cut to fit: its name
        (
            "Inspectors from the International Agency for the Monitoring of Nuclear Materials (IAMNM) visited the "
            "reactor site on Friday.",
            "Inspectors from IAMNM visited reactor site",
        ),  # a long name cut to fit: its acronym
        (
            "March 3, 2009 - Leaks from the International Agency for the Monitoring of Nuclear Materials (IAMNM) "
            "reached three newspapers in the capital.",
            "Leaks from IAMNM reached",
        ),  # a capitalised first word is not part of the name the acronym stands for
        (
            "“We have no plan to send troops to the region,” the defence minister, Anna Berg, told the parliament "
            "on Tuesday.",
            "Defence minister tells parliament we have no plan",
        ),  # the speaker's "we" when the event is the noun of a light verb
    ],
)
def test_a_name_cut_to_fit_a_title_keeps_what_names_it(text, title):
    titles = [e.title for e in _events(text)]
    assert any(t.startswith(title) for t in titles), titles


def test_hyphenated_words_stay_whole_in_titles():
    titles = [e.title for e in _events("Russian-backed forces gained ground on Sunday after a week-long assault.")]
    assert any(t.startswith("Russian-backed forces gained ground") for t in titles)
    assert any("week-long assault" in e.title for e in _events("They fled a week-long assault on Sunday."))


def _attached(text: str) -> dict[str, list[str]]:
    mentions = temporal.tag(text, ANCHOR)
    spans = events.attach_all(text, mentions)
    return {m.text: [text[s:e] for s, e in spans.get(i, ())] for i, m in enumerate(mentions)}


def test_a_copula_or_possessive_have_dates_the_clauses_under_it_but_is_no_event_itself():
    found = _attached("Friday she had strong opinions on the plan that angered the town.")
    assert found["Friday"] == ["angered"]


def test_the_clause_a_date_heads_happened_then():
    assert "signed" in _attached("The fighting stopped on Thursday, when both sides signed a truce.")["Thursday"]


def test_a_light_verb_and_the_clauses_under_it_share_the_event_nouns_time():
    found = _attached("The minister made a reasonable decision on Wednesday in ruling that the boy should return home.")
    assert {"decision", "made", "ruling"} <= set(found["Wednesday"])


def test_the_lede_is_the_first_prose_sentence_after_a_dateline_or_headline():
    text = "NAIROBI, Kenya (AP) _\nRebels seize airport\n\nRebel fighters have seized the main airport in the north."
    found = _anchor_events(text)
    assert [e.sources[0].trigger for e in found] == ["seized"]


def test_a_lede_in_another_script_is_passed_over_for_its_translation():
    text = "Однако интересная новость.\n\nFour rockets exploded near a military base outside the capital."
    assert [e.sources[0].trigger for e in _anchor_events(text)] == ["exploded"]


@pytest.mark.parametrize(
    "text,lemma",
    [
        ("Rockets were fired at the refinery overnight, officials said on Saturday.", "fire"),  # what is reported
        ("Officials said on Saturday that rockets were fired at the refinery.", "fire"),
        ("Russia stopped bombing the city on Tuesday.", "stop"),  # an aspectual verb: a halt, not an attack
        ("Militants opened fire on the convoy on Thursday.", "fire"),  # light verb + event noun
    ],
)
def test_merging_compares_the_lemma_of_the_happening(text, lemma):
    assert [e.sources[0].trigger_lemma for e in _events(text) if e.sources[0].dated_by == "explicit"] == [lemma]


def test_a_purpose_infinitive_is_no_happening():
    assert _events("The raids were seen as ploys to get the candidate over the line on 8 November.") == []


def test_one_halt_told_three_ways_in_two_documents_is_one_entry():
    merger = Merger()
    merger.add(
        _result(
            "Russia and Syria stopped bombing Aleppo this week. "
            "Syrian and Russian air strikes on Aleppo were halted on Monday, the ministry said.",
            "b",
        )
    )
    merger.add(_result("This week, Russia paused its joint offensive with Syrian troops on eastern Aleppo.", "a"))
    dated, _ = merger.finish()
    assert len(dated) == 1 and {s.trigger_lemma for s in dated[0].sources} == {"stop", "halt", "pause"}
    assert dated[0].start == "2016-10-24"


def test_it_is_titled_by_the_subject_noun_before_it():
    found = _events("Despite the humanitarian pause having been extended twice, it ended on Saturday evening.")
    assert [e.title for e in found] == ["Humanitarian pause ended"]


@pytest.mark.parametrize(
    "text,trigger,title",
    [
        (
            "We hope to hear a negative response from the president to Nadya Savchenko's 8 November letter.",
            "letter",
            "Nadya Savchenko's letter",
        ),
        ("The 8 November letter was sent by the ambassador.", "sent", "Letter sent by ambassador"),
    ],
)
def test_a_date_in_front_of_a_letter_or_report_dates_it(text, trigger, title):
    found = _events(text)
    assert [(e.sources[0].trigger, e.title) for e in found] == [(trigger, title)]


@pytest.mark.parametrize(
    "text,trigger,date,title",
    [
        (
            "The September 9th ceasefire failed because the rebels refused it.",
            "ceasefire",
            "2016-09-09",
            "September 9th ceasefire",
        ),
        ("The Oct. 3 raid on the port killed six people.", "raid", "2016-10-03", "Raid on port killed six people"),
        ("The minister defended the March 3 decree in a speech.", "decree", "2016-03-03", "March 3 decree"),
        ("It is a record of the response to the issue of the July 6 report.", "report", "2016-07-06", "July 6 report"),
        ("Russia condemned Tuesday's air strike on the hospital.", "strike", "2016-10-25", "Air strike on hospital"),
        (
            "A secret diplomatic cable from 2006 leaves no doubt of the plans.",
            "cable",
            "2006-01-01",
            "Secret diplomatic cable",
        ),  # "from 2006" dates the cable, not what it does today
        ("A cable from 2006 leaves no doubt of the plans.", "cable", "2006-01-01", "Cable from 2006"),
    ],
)
def test_a_dated_noun_is_titled_by_its_noun_phrase_never_by_a_later_verb(text, trigger, date, title):
    """The date in front of an event noun dates the noun's event; the verb it is subject or object of (failed,
    defended, condemned) happened another day and does not title it, unless it tells what the happening itself
    did ("killed six people"). A bare noun keeps its date in the title."""
    # the main clause's own report ("The minister defended ...") is the writing day's, never the noun's date
    found = [(e.sources[0].trigger, e.start, e.title) for e in _events(text) if e.sources[0].dated_by != "anchor"]
    assert found == [(trigger, date, title)]


@pytest.mark.parametrize(
    "text,title",
    [
        ("The President of Russia is on a visit to the capital on Tuesday.", "President of Russia on visit to capital"),
        (
            'As reported by "Daily Wire", Vladimir Putin, along with the defense minister and the chief of the '
            "General staff of the Armed forces arrived in Damascus on Tuesday.",
            "Vladimir Putin arrived in Damascus",
        ),
    ],
)
def test_titles_name_who_the_parse_left_apart(text, title):
    assert [e.title for e in _events(text)] == [title]


def test_the_canonical_title_is_the_report_naming_who_and_where():
    def report(doc: str, title: str, actors: tuple[str, ...], quote: str) -> Event:
        source = Source(doc, 0, 0, len(quote), quote, 0, "arrived", 0, 7, "arrive")
        return Event("", "2020-01-07", "2020-01-08", "day", "2020-01-07", title, actors, ("Damascus",), (source,))

    bare = report("a", "Arrived in Damascus", (), "He arrived in Damascus today.")
    named = report("b", "Vladimir Putin arrived in Damascus", ("Vladimir Putin",), "Putin arrived in Damascus today.")
    for reports in ([bare, named], [named, bare]):
        merged = cluster(reports)
        assert [e.title for e in merged] == ["Vladimir Putin arrived in Damascus"]


@pytest.mark.parametrize(
    "text,trigger,title",
    [
        (
            "The suspect will appear before a judge, according to a statement today by the prosecutor.",
            "statement",
            "Statement by prosecutor",
        ),  # "according to" is a preposition, never the event
        (
            "The suspect was scheduled to appear before a judge in Manhattan at midday.",
            "appear",
            "Suspect scheduled to appear before judge in Manhattan",
        ),
    ],
)
def test_according_to_is_no_event_and_a_scheduled_act_says_so(text, trigger, title):
    found = [(e.sources[0].trigger, e.title) for e in _events(text)]
    assert (trigger, title) in found and all(t != "according" for t, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Looming in the background is a date that should fill us all with apprehension: 20 January 2017.",
        "There is some doubt about whether the letter ever reached him on 14 March.",
        "If the talks fail on Monday, the army will move in.",
        "There were no one-time gains in the third quarter.",  # what did not happen
        "The company has no intention of tapping its bank lines in 1990.",
        "Net income was $10.5 million, compared with $10.3 million a year ago.",  # another period's figure
    ],
)
def test_modal_descriptions_conditionals_and_open_questions_make_no_event(text):
    assert [e.title for e in _events(text) if e.sources[0].dated_by == "explicit"] == []


def test_a_date_after_a_bracketed_aside_dates_the_verb_before_it():
    text = (
        "This was sent to the Director-General Fernando Arias (there is some doubt about whether it ever reached "
        "him) by an investigator (one of those who visited the site), on 14th March 2019."
    )
    assert [e.sources[0].trigger for e in _events(text)] == ["sent"]


def test_a_report_matching_two_unrelated_clusters_does_not_chain_them():
    def report(doc: str, title: str, actors: tuple[str, ...], quote: str) -> Event:
        source = Source(doc, 0, 0, len(quote), quote, 0, "earned", 0, 6, "earn")
        return Event("", "1989-07-01", "1989-10-01", "quarter", "1989-Q3", title, actors, (), (source,))

    acme = report("a", "Acme Widgets earned $5 million", ("Acme Widgets",), "Acme Widgets earned $5 million.")
    bolt = report("b", "Bolt Motors earned $7 million", ("Bolt Motors",), "Bolt Motors earned $7 million.")
    both = report(
        "c",
        "Acme Widgets and Bolt Motors earned more",
        ("Acme Widgets", "Bolt Motors"),
        "Acme Widgets and Bolt Motors earned more in the quarter than 1 years ago.",  # visited last
    )
    assert sorted(len(e.sources) for e in cluster([acme, bolt, both])) == [1, 2]


def test_a_participle_shares_its_time_with_the_verb_it_depends_on():
    text = "The foreign minister sought to soften the harsh words of his colleague, saying on Friday that talks go on."
    assert {"saying", "sought"} <= set(_attached(text)["Friday"])


def test_an_incident_meets_the_attack_it_names_across_documents():
    merger = Merger()
    merger.add(_result("Inspectors said the army committed a chemical attack in Douma, Syria, in April 2018.", "a"))
    merger.add(_result("The report covers the April 2018 incident in Douma, Syria.", "b"))
    merger.add(_result("Protesters marched in Paris in April 2018.", "c"))
    dated, _ = merger.finish()
    douma = [e for e in dated if any("Douma" in s.quote for s in e.sources)]
    assert len(douma) == 1 and {s.doc for s in douma[0].sources} == {"a", "b"}


def test_no_title_opens_with_a_preposition_cut_from_its_head():
    found = _events("The alliance's mission has changed dramatically since its founding in 1949, its officials say.")
    assert all(not e.title.lower().startswith(("since", "after", "during")) for e in found)


def test_a_title_that_says_less_is_not_the_same_event():
    def report(doc: str, title: str, quote: str) -> Event:
        source = Source(doc, 0, 0, len(quote), quote, 0, "rose", 0, 4, "rise")
        return Event("", "1989-07-01", "1989-10-01", "quarter", "1989-Q3", title, (), (), (source,))

    short = report("a", "Shares rose", "Its shares rose in the quarter.")
    longer = report("b", "Shares rose to $5 in heavy trading", "The shares rose to $5 in heavy trading in the quarter.")
    assert len(cluster([short, longer])) == 2


def test_a_participle_hung_from_a_reporting_verbs_object_is_what_was_reported():
    text = "Healthdyne Inc. said its subsidiary, Home Services Inc., registered an initial public offering of shares."
    found = _anchor_events(text)
    assert [e.sources[0].trigger for e in found] == ["registered"]
    assert found[0].title.startswith("Healthdyne Inc.:") and "registered" in found[0].title


def test_the_same_act_by_other_named_actors_stays_apart():
    merger = Merger()
    merger.add(_result("The Cypriot government condemned the bomb attacks in Kenya and Tanzania on Friday.", "a"))
    merger.add(_result("The Cuban government condemned the bomb explosions in Kenya and Tanzania on Friday.", "b"))
    merger.add(_result("On Friday the Cuban government condemned the bomb attacks in Kenya and Tanzania.", "c"))
    dated, _ = merger.finish()
    assert sorted(len({s.doc for s in e.sources}) for e in dated) == [1, 2]


def test_a_bare_noun_after_by_is_the_means_not_a_dated_document():
    (found,) = _events("Owners will be contacted by letter from next week, a spokesman said.")
    assert found.sources[0].trigger == "contacted"
    assert found.title.startswith("Owners")


_REPORT = (
    "Karsten Motors recalled 40,000 cars on Monday after a fault in the brakes. The recall affects two models. "
    "Owners are asked to call their dealer. "
)


def _story_events(text: str) -> list[Event]:
    return [e for e in _events(text) if e.sources[0].mention is None and e.sources[0].dated_by != "anchor"]


def test_the_body_of_a_report_goes_on_with_the_ledes_day_for_its_actors():
    (found,) = _story_events(_REPORT + "Karsten Motors closed its plant in Lund for a week.")
    assert found.value == "2016-10-24" and found.sources[0].dated_by == "narrative"
    assert found.title.startswith("Karsten Motors closed")


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour authority closed the quay.",  # not the lede's actors
        "Karsten Motors was founded by two engineers.",  # background
        "Karsten Motors had recalled vans before.",  # before the story
        "Karsten Motors will close its plant in Lund.",  # not a happening yet
        "Critics say Karsten Motors hid the fault from regulators.",  # a claim, told without its time
        "Karsten Motors closed a plant in Lund a few years ago.",  # placed by its own expression
        "Karsten Motors was referred to by critics as a careless firm.",  # a judgement, not a happening
    ],
)
def test_the_body_of_a_report_dates_only_happenings_of_the_ledes_actors(sentence):
    assert _story_events(_REPORT + sentence) == []


def test_a_lede_that_comments_in_the_present_dates_no_body_sentence():
    text = (
        "On Monday, leaked papers from the Karsten Motors board prove that its managers ignored the fault. "
        "The recall affects two models. Owners are asked to call their dealer. "
        "Karsten Motors twisted the final report on the brakes."
    )
    assert [e for e in _story_events(text) if "twisted" in e.title] == []


@pytest.mark.parametrize(
    "text,title",
    [
        ("Shares in Karsten Motors fell 8% in Oslo trading on Monday.", "Shares in Karsten Motors fell 8% in Oslo"),
        ("Karsten shares rose 50 cents on Monday.", "Karsten shares rose 50 cents"),
    ],
)
def test_a_title_keeps_how_much_a_measure_moved(text, title):
    (found,) = _events(text)
    assert found.title.startswith(title)


def test_the_first_entry_of_a_chronology_is_an_event_not_a_stamp():
    text = "Timeline\n\nMarch 8, 2021 - Ferry crews walked out.\nMarch 11 - Ministry offers talks to the unions.\n"
    assert "2021-03-08" in [e.start for e in _events(text)]


def test_alike_titles_among_different_names_stay_apart():
    merger = Merger()
    merger.add(_result("Harbor Holdings said on Friday that about 24,000 shares were tendered under its offer.", "a"))
    merger.add(_result("Kestrel Partners said on Friday that about 24,000 shares were tendered under its offer.", "b"))
    dated, _ = merger.finish()
    assert sorted(len({s.doc for s in e.sources}) for e in dated) == [1, 1]


@pytest.mark.parametrize(
    "text",
    [
        "In the Mail on Sunday columnist Jane Doe picked up the story.",  # a name: the Cap on Weekday + noun
        "The Sunday Herald columnist Jane Doe picked up the story.",  # a name: the Weekday Cap
    ],
)
def test_a_weekday_inside_a_title_case_name_dates_nothing(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    "text,title",
    [
        ("The President on Sunday said the talks had failed.", "President: talks failed"),  # a verb follows
        ("The Sunday Herald reported the deal on Monday.", "Sunday Herald reported deal"),  # the name stays
    ],
)
def test_a_weekday_after_a_name_is_still_a_date(text, title):
    assert [e.title for e in _events(text)] == [title]


@pytest.mark.parametrize(
    "text,dated",
    [
        ("His new book has to do with the war, beginning in 1938 with Poland and up to current affairs.", False),
        ("A history starting in 1938 was published.", False),
        ("The offensive, beginning on Monday, was led by the army.", True),  # an event noun begins then
    ],
)
def test_a_participle_that_opens_a_span_is_a_bound_not_an_event(text, dated):
    assert bool([e for e in _events(text) if e.sources[0].dated_by == "explicit"]) is dated


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Putin had submitted the draft agreement on August 9, and if the Duma ratifies it, the Upper House will "
            "look into it on October 12.",
            "Upper House to look into draft agreement",
        ),
        ("The ministers signed the treaties on Monday and will ratify them in March.", "Ministers to ratify treaties"),
        (
            "Vladimir Putin will pay a working visit to Turkey on January 8.",
            "Vladimir Putin to pay working visit to Turkey",
        ),
    ],
)
def test_titles_say_what_an_object_pronoun_stands_for_and_the_future_as_to(text, title):
    titles = [e.title for e in _events(text)]
    assert title in titles and not any(" it" in t.split() or "them" in t.split() for t in titles)


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "Smith replied, Our efforts militarily in the region, as I said today, is against the rebels.",
            "Smith: Our efforts militarily in region is against rebels",
        ),
        (
            "Jones replied, The army in the north, as I said yesterday, is ready.",
            "Jones: army in north is ready",
        ),
    ],
)
def test_speech_without_quotation_marks_is_titled_speaker_colon_words(text, title):
    """The words said after "replied," run to the end of the sentence, less the comment "as I said today"; the
    title never runs the reporting verb into them ("Smith replied Our efforts ...")."""
    assert [e.title for e in _events(text)] == [title]


def test_a_reply_post_takes_the_dates_of_the_post_above_for_its_anaphors():
    from timeline.run import thread_dates

    first = Segment(0, 10, kind="post")
    reply = Segment(10, 20, kind="post")
    above = temporal.tag("It aired on Dec 19, 2019 and ran for 25 minutes.", ANCHOR)
    assert thread_dates(reply, first, above) == ("2019-12-19",)  # the duration is no date
    assert thread_dates(reply, Segment(0, 10, kind="navigation"), above) == ()
    assert thread_dates(Segment(10, 20, kind="article"), first, above) == ()  # an article starts afresh


@pytest.mark.parametrize(
    "text,trigger,title",
    [
        (
            "John Smith’s claim contradicted his own words from September 16, when he said that the deal would be "
            "contingent on aid reaching the city.",
            "said",
            "John Smith: deal would be contingent on aid",
        ),  # the words are of 16 September; the contradiction is later
        ("The trouble began on Thursday, when 133 people were arrested.", "arrested", "133 people arrested"),
    ],
)
def test_a_when_clause_after_the_date_is_what_happened_then(text, trigger, title):
    assert [(e.sources[0].trigger, e.title) for e in _events(text)] == [(trigger, title)]


def test_a_when_clause_without_a_comma_restricts_the_date_and_keeps_the_main_verb():
    found = _events("The paper was published on January 14 when the envoy told reporters it was the first time.")
    assert [e.sources[0].trigger for e in found] == ["published"]


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "It is regrettable that yesterday it was achieved by those who oppose a settlement of the crisis.",
            "Achieved by those who oppose settlement of crisis",
        ),  # no "Was achieved by those": the auxiliary goes, the pronoun keeps its clause
    ],
)
def test_a_title_led_by_its_verb_drops_the_auxiliary_and_keeps_what_a_pronoun_stands_for(text, title):
    assert [e.title for e in _events(text)] == [title]


@pytest.mark.parametrize(
    "text,dated",
    [
        ("The party has used its typical scare tactics to distract voters from the war.", False),
        ("Police have repeatedly clashed with protesters in the capital.", False),
        ("The senator has consistently praised the general as a strong leader.", False),
        ("The army has captured the town after a typical night of shelling.", True),  # the habit is the night's
    ],
)
def test_a_habit_is_no_news_of_the_day(text, dated):
    assert bool([e for e in _events(text) if e.sources[0].dated_by == "anchor"]) is dated


@pytest.mark.parametrize(
    "text,title",
    [
        (
            "The index closed 6.8% down from Oct. 3, when the Wall Street plunge sparked the current weakness.",
            "Wall Street plunge sparked current weakness",
        ),  # the date after its verb: the when-clause says what happened then
        (
            "On Friday, when the minister set aside her vacation plans, the ministry lifted a travel warning.",
            "Ministry lifted travel warning",
        ),  # the date first: the main clause stays the event
        ("The board is weighing the plan; the parent asked it to respond by Oct. 31.", "Parent asked it to respond"),
    ],
)
def test_when_clauses_and_object_pronouns_in_titles(text, title):
    assert title in [e.title for e in _events(text)]


# -- more events from the sentences already parsed (issue 12: the writing date, no extra parse) -----------------


@pytest.mark.parametrize(
    "text,trigger,title_words",
    [
        # the date places the loss; the reporting is the writing day's
        ("Acme Corp. reported a third-quarter loss of $35 million.", "reported", ["Acme", "reported", "loss"]),
        # the date dates a relative clause; the main clause is the day's news
        (
            "Two rival bidders extended their offers for the firm, which was founded in 1990.",
            "extended",
            ["bidders", "extended", "offers"],
        ),
        # a date inside a clause of the subject places that clause only
        ("The rebels seized the town that they lost in 2012.", "seized", ["Rebels", "seized", "town"]),
        # an aside on the subject, between commas, is background: the main clause is still the day's news
        (
            "The former premier, who lost the 1996 election, welcomed the result of the vote.",
            "welcomed",
            ["premier", "welcomed", "result"],
        ),
        # a bound dates nothing: the giving is the writing day's
        (
            "In its latest ruling, the agency has given the family until Tuesday to reply.",
            "given",
            ["Agency", "gave", "family"],
        ),
    ],
)
def test_a_dated_sentence_s_undated_main_clause_is_dated_by_the_writing_date(text, trigger, title_words):
    found = [e for e in _anchor_events(text) if e.sources[0].trigger == trigger]
    assert len(found) == 1, [(e.sources[0].trigger, e.title) for e in _events(text)]
    e = found[0]
    assert (e.start, e.sources[0].mention) == ("2016-10-25", None)
    assert all(w in e.title for w in title_words)


@pytest.mark.parametrize(
    "text",
    [
        "The company said on Tuesday that sales fell sharply.",  # the saying's date places the falling
        "Rockets were fired at the refinery overnight, officials said on Saturday.",  # a dated report after it
        "Tuesday's blasts killed 257 people in the capital.",  # the dated noun's verb shares its date
        "Photographs of the ships, taken on Monday, were released by the navy.",  # a date in the subject
        "Prices rose and fell on Tuesday.",  # a coordination the date may close
        "The rifle was discovered April 8 buried near the house.",  # a date right after its verb, misparsed
        "The minister confirmed the reports in an interview on Friday.",  # done during a dated happening
        "The suspect has eluded the police since they issued a warrant on Monday.",  # a state that holds
        "The raids were seen as ploys to get the candidate over the line on 8 November.",  # a judgment
        "The plan was raised several times at meetings in October.",  # a habit
        "Records show the man was found guilty of speeding at least twice from 1991 to 1997.",  # repeated
        "The fund has had positive net sales every month for three years.",  # a set: a habit
        "Officials hoped the envoy would bring new aid after the May 7 blasts.",  # an opinion ("hoped", not "hop")
        "Before his Sunday night address, the leader met the pupils.",  # placed by a dated happening
        "The firm will open a plant in Ohio in 2018.",  # the future
        "Nine soldiers were killed when two helicopters crashed last February.",  # at the time of a when-clause
        "The state kept one share after selling its stake in the carmaker in 1984.",  # after a dated clause
        "The fund bought 6% of the stock before giving up and cutting its stake in early September.",  # before one
        "Revenue totaled $1.1 billion, reflecting the purchase of a rival in March.",  # a measure, not a happening
        "The number of stocks that fell in price yesterday exceeded 1,000.",  # a date that defines the subject
        "The rebels have shelled two towns and fired rockets at a base since the truce began.",  # since: a pattern
    ],
)
def test_a_main_clause_an_expression_dates_or_that_reports_no_happening_gets_no_anchor_date(text):
    assert _anchor_events(text) == []


def test_a_clause_of_its_own_after_a_dated_one_continues_its_day():
    found = _events("The envoy arrived in the capital on Monday, and the minister ordered the guards to leave.")
    ordered = [e for e in found if e.sources[0].trigger == "ordered"]
    assert [(e.start, e.sources[0].dated_by) for e in ordered] == [("2016-10-24", "narrative")]


def test_more_events_cost_no_more_parsed_sentences(monkeypatch):
    """Only the lead sentences, the sentences holding a date and the one after a sentence whose main clause is
    dated (the narrative goes on there) are parsed, whatever events they give."""
    seen: list[str] = []
    parse = events.nlp.parse

    def counting(texts, model=None, entities=True):
        seen.extend(texts)
        return parse(texts, model, entities)

    monkeypatch.setattr(events.nlp, "parse", counting)
    text = (
        "Rebels seized the northern town. Officials reported heavy losses. Aid workers left. "
        "The army said on Monday that it had retaken the airport. Residents fled."
    )
    _events(text)
    assert sorted(set(seen)) == [
        "Officials reported heavy losses.",
        "Rebels seized the northern town.",
        "Residents fled.",
        "The army said on Monday that it had retaken the airport.",
    ]


def test_what_is_said_in_a_dated_writing_is_not_the_writing_day_s():
    text = "In an email released over the summer, the chairwoman reprimanded the host over his coverage."
    assert all(e.sources[0].trigger != "reprimanded" for e in _anchor_events(text))


def test_the_dct_scorer_counts_events_reported_with_an_incompatible_date():
    from timeline.evaluate.events import DctFigures, dct_compatible, format_dct

    figures = DctFigures(links=10, compatible=4, compatible_explicit=2, reported=7, anchor_events=3, anchor_wrong=1)
    assert figures.incompatible == 3 and "with an incompatible date: 3" in format_dct(figures)
    dct = dt.date(2016, 10, 25)
    assert dct_compatible("BEFORE", "", "", "anchor", dct) and not dct_compatible("AFTER", "", "", "anchor", dct)
    assert not dct_compatible("BEFORE", "2016-10-26", "2016-10-27", "explicit", dct)


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("The navy is escorting the carrier group off the coast.", "escorting"),
        ("Thousands of residents are fleeing the northern province.", "fleeing"),
        ("The firm is planning to sell its unit.", None),  # an intention
        ("The company is facing new lawsuits in three states.", None),  # what it undergoes
        ("The rebels are not advancing on the city.", None),  # negated
        ("The army is usually patrolling the border.", None),  # a habit
    ],
)
def test_a_lede_in_the_present_progressive_reports_a_happening_under_way(text, trigger):
    assert [e.sources[0].trigger for e in _anchor_events(text)] == ([trigger] if trigger else [])


def test_a_participle_sharing_a_present_perfect_is_a_happening_too():
    found = _anchor_events("The police have questioned and released two men who were sought last week.")
    assert {e.sources[0].trigger for e in found} == {"questioned", "released"}
    assert all(not e.title.startswith("In ") for e in found)


def test_a_happening_under_way_is_the_writing_day_s_not_the_day_before_s(monkeypatch):
    monkeypatch.setattr(events, "LEAD_SENTENCES", 2)
    found = _events("The board met on Monday. The company is paying a special dividend to its holders.")
    paying = [e for e in found if e.sources[0].trigger == "paying"]
    assert [(e.start, e.sources[0].dated_by) for e in paying] == [("2016-10-25", "anchor")]


def test_a_speaker_s_name_keeps_every_word_it_is_compounded_of():
    (e,) = _anchor_events("The New York Times reported that the army seized the airport.")
    assert e.title.startswith("New York Times:")


def test_a_cleft_not_until_date_is_the_time_of_its_clause():
    text = "But it was not until Tuesday that the minister revealed that the talks had failed."
    assert _anchor_events(text) == []


def test_a_title_keeps_the_second_argument_after_the_object():
    (e,) = _anchor_events("The company attributed the decrease to the loss of its British sales.")
    assert e.title.startswith("Company attributed decrease to loss")


def test_past_the_lede_an_undated_clause_needs_a_headline_of_its_own():
    later = "Stocks rose, leaving the index near the record it set in 1998."
    assert [e.sources[0].trigger for e in _anchor_events(later)] == ["rose"]  # a lede says its news as it can
    found = _anchor_events("Rebels seized the northern town. " + later)
    assert [e.sources[0].trigger for e in found] == ["seized"]  # "Stocks rose" further down is a stub


@pytest.mark.parametrize(
    "text,trigger,title",
    [
        (
            "The health agency declared that the outbreak is a pandemic.",
            "declared",
            "Health agency declares outbreak is pandemic",
        ),
        ("The ferry company announced that it will sell its oldest boats.", "announced", "announces it will sell"),
        ("Officials warned that the storm could reach the coast.", "warned", "Officials warn storm could reach coast"),
        ("The port authority has confirmed that the quay is closed.", "confirmed", "confirms"),
        ("The bank denied that it misled investors.", "denied", "Bank denies it misled investors"),  # never "says"
    ],
)
def test_a_speech_act_in_a_lede_is_the_news_whatever_it_reports(text, trigger, title):
    found = _anchor_events(text)
    assert [e.sources[0].trigger for e in found] == [trigger]
    assert title in found[0].title and found[0].start == "2016-10-25"


@pytest.mark.parametrize(
    "text",
    [
        "The company said the cap was working.",  # an attribution of what holds
        "The minister said he would visit the port.",  # a plan told
        "The bank did not confirm that the branch is closed.",  # a speech act negated
        "The agency will announce that the outbreak is over.",  # ahead
    ],
)
def test_an_attribution_or_a_speech_act_not_made_is_no_news(text):
    assert _anchor_events(text) == []


@pytest.mark.parametrize("lemma,example", events.SPEECH_ACTS)
def test_every_speech_act_makes_an_event_in_its_example(lemma, example):
    found = _anchor_events(example)
    assert len(found) == 1 and nlp.lemma(next(iter(nlp.parse([example])[0].sents)).root) == lemma


@pytest.mark.parametrize(
    "text,context,title",
    [
        ("The firm confirmed that it was sued.", (), "Firm confirms it was sued"),  # a passive stays passive
        ("The firm confirmed that he will step down.", ("Tony Smith",), "Firm confirms he will step down"),
        ("He confirmed that the company will sell its boats.", ("Tony Smith",), "sell its boats"),  # a named pronoun
    ],
)
def test_a_speech_act_title_keeps_what_was_said(text, context, title):
    (found,) = events.news_events(nlp.parse([text])[0], 0, context)
    assert title in found.title


@pytest.mark.parametrize(
    "text,trigger,title",
    [
        ("The ferry company said it is laying off 300 workers.", "laying off", "is laying off 300 workers"),
        ("Police said they are searching the harbour for the boat.", "searching", "searching harbour"),
    ],
)
def test_a_reported_happening_under_way_is_the_days_news(text, trigger, title):
    (found,) = _anchor_events(text)
    assert found.sources[0].trigger == trigger and title in found.title


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company said it is planning to close the plant.",  # an intention, not a happening
        "The ferry company said it is not laying off workers.",  # negated
        "The ferry company will say it is laying off workers.",  # the saying is ahead
    ],
)
def test_a_reported_intention_or_a_denied_happening_is_no_news(text):
    assert _anchor_events(text) == []


@pytest.mark.parametrize(
    "text,title",
    [
        # a quotation put first, the verb parsed as its conjunct: what was said, with the speaker's own "I"
        ("“I have no plan to resign,” the minister told parliament on Monday.", "Minister tells parliament I have"),
        # the saying hung from the clause before it: that clause is what was said
        ("Rockets were fired at the refinery overnight, officials said on Sunday.", "Officials: Rockets fired"),
        # a clause put first and the saying parsed as its conjunct, no "and" between: what there was
        (
            "There were numerous attacks on schools in the north, Gen. Tom Baker, head of operations, told "
            "journalists on Tuesday.",
            "Gen. Tom Baker: numerous attacks on schools",
        ),
    ],
)
def test_words_said_before_the_verb_are_the_title(text, title):
    (found,) = _events(text)
    assert found.title.startswith(title)


def test_a_saying_coordinated_with_a_happening_is_no_report_of_it():
    found = _events("The minister arrived in the port on Monday and told reporters about the plan.")
    assert [e.title for e in found] == ["Minister arrived in port"]


def test_a_participle_after_a_clause_is_not_what_it_reports():
    found = _events("The rebels fought on for years, declaring victory on 1 January 1959.")
    assert all("declares" not in e.title for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The writer is well known, and I have come across his work before.",
        "The minister has visited the island previously.",
    ],
)
def test_an_experience_at_an_unstated_earlier_time_is_no_news(text):
    assert _anchor_events(text) == []


@pytest.mark.parametrize("lemma,example", events.TESTIMONY_AUDIENCES)
def test_testimony_told_to_its_hearers_is_the_news(lemma, example):
    (found,) = _anchor_events(example)
    assert " tell" in found.title  # "Paramedic tells court ...": the testimony, with who heard it


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman told reporters that the talks are over.",  # an attribution, not testimony
        "The nurse did not tell the jury that the drug is safe.",  # negated
        "The nurse will tell the jury that the drug is safe.",  # ahead
    ],
)
def test_telling_others_or_testimony_not_given_is_no_news(text):
    assert _anchor_events(text) == []


def test_a_reporting_verb_in_the_passive_with_nothing_said_is_a_happening():
    (found,) = _anchor_events("The singer has been admitted to hospital with chest pains.")
    assert found.sources[0].trigger == "admitted" and "hospital" in found.title


def test_an_actors_name_drops_its_possessive():
    (e,) = _events("Anna Berg, the former head of the Transport Ministry's ferry office, resigned on Monday.")
    assert "Transport Ministry" in e.actors and not any(a.endswith(("'s", "’s")) for a in e.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Was the ferry cancelled on Monday?",  # a question reports nothing
        "Updated: 26 October 2016 | First published: 24 October 2016",  # a stamp line dates the page
        "[–] fernhill 212 points 2 days ago",  # a comment's header: its user, score and date
    ],
)
def test_a_question_or_a_stamp_line_makes_no_event(text):
    assert _events(text) == []


def test_a_question_quoted_at_the_end_of_a_report_leaves_the_report():
    found = _events(
        "During a briefing in the capital on Monday, the spokesman was asked by a reporter, “Is it closed?”"
    )
    assert [e.start for e in found] == ["2016-10-24"]


@pytest.mark.parametrize(
    "sentence,title",
    [
        (
            "Die Hafenarbeiter setzten ihren Streik am Mittwoch fort, am siebten Tag des Ausstands.",
            "Die Hafenarbeiter setzten ihren Streik am Mittwoch fort",
        ),
        ("Le port a fermé lundi.", "Le port a fermé lundi"),
        (
            "Lundi, le port a fermé ses portes aux bateaux de pêche.",
            "Lundi, le port a fermé ses portes aux bateaux de pêche",
        ),
    ],
)
def test_a_plain_title_keeps_the_sentences_own_words(sentence, title):
    assert events.plain_title(sentence) == title


def test_an_event_in_another_language_is_titled_in_its_own_words_once():
    text = (
        "Die Hafenarbeiter setzten ihren Streik am Mittwoch fort, am siebten Tag des Ausstands. Die Gewerkschaft "
        "und die Hafenbehörde haben sich nicht auf einen neuen Termin für die Gespräche geeinigt.\n"
    )
    found = _events(text)
    assert [e.title for e in found] == ["Die Hafenarbeiter setzten ihren Streik am Mittwoch fort"]


def test_a_progressive_without_a_named_subject_leads_with_its_verb():
    (e,) = _events("We are cutting winter sailings by a third from next month.")
    assert e.title.startswith("Cutting winter sailings")


def test_a_title_stops_at_a_spaced_dash_that_opens_another_clause():
    text = "Two ferry lines have signed a new agreement on the Kattegat route - Baltic Seamen Union has not commented."
    (event,) = _anchor_events(text)
    assert event.title.startswith("Two ferry lines signed new agreement")
    assert "Union" not in event.title


@pytest.mark.parametrize("word,example", events.TURNING_WORDS)
def test_each_turning_word_opens_its_example_and_stops_the_narrative(word, example):
    assert example.split()[0].strip(",").lower() == word
    assert (
        _narrative_events(_STORY + f"{word.capitalize()} soldiers seized the international airport outside the town.")
        == []
    )
