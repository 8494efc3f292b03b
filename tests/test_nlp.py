"""The token rules that stand in for spaCy's attribute ruler give spaCy's own result, token for token."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from timeline import nlp

SENTENCES = [
    "The council voted on Tuesday to close the bridge until further notice.",
    "I ain't gonna wait, y'all, so let's go now: c'mon, nothin' to lose.",
    "He gets it; she got it yesterday.  \n\n There is a queue and there are two doors.",
    "It was told to you by me and I told it to them.",
    "That is what that dog did, and which one did they pick?",
    "They have done it, haven't they? Do it! Have you? We do not, we don't, we dont.",
    "Because it rained, the match was delayed till Sunday, whereas the final wasn't.",
    "Officials said 14 people were killed in the attack in the north of the city.",
    "   ",
    "",
]


@pytest.fixture(scope="module")
def reference():
    """The same pipeline with spaCy's attribute ruler running as a component."""
    name = nlp.ensure_available()
    return spacy.load(name, disable=["lemmatizer"])


@pytest.mark.parametrize("sentence", SENTENCES)
def test_token_rules_give_the_attribute_rulers_annotations(reference, sentence):
    assert "attribute_ruler" in reference.pipe_names
    expected = reference(sentence)
    (parsed,) = nlp.parse([sentence + " "])  # a text not parsed before in this process
    (got,) = nlp.parse([sentence + " "])
    assert got is parsed
    again = reference(sentence + " ")
    columns = [POS, TAG, DEP, HEAD, LEMMA, MORPH, ENT_IOB, ENT_TYPE]
    assert [t.text for t in parsed] == [t.text for t in again]
    assert (parsed.to_array(columns) == again.to_array(columns)).all()
    assert [t.pos_ for t in expected] == [t.pos_ for t in parsed][: len(expected)]


def test_the_projects_pipelines_multiply_with_numpys_blas():
    pipeline = nlp.load(None, nlp.PARSE_DISABLED)
    nodes = [node for _, c in pipeline.pipeline if getattr(c, "model", None) for node in c.model.walk()]
    assert nodes and not any(getattr(node.ops, "use_blis", True) for node in nodes)


def test_parse_uses_the_token_rules_not_the_component():
    pipeline = nlp.load(None, nlp.PARSE_DISABLED)
    nlp.parse(["A sentence to parse."])
    assert "attribute_ruler" not in pipeline.pipe_names
    assert isinstance(nlp._TOKEN_RULES[id(pipeline)], nlp.TokenRules)


def test_a_rule_the_lookup_cannot_read_keeps_spacys_component(reference):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(reference.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert nlp.TokenRules.of_ruler(ruler) is None
    plain = AttributeRuler(reference.vocab)
    plain.add([[{"LOWER": "very"}, {"TAG": {"IN": ["JJ", "RB"]}}]], {"LEMMA": "much"}, index=-1)
    rules = nlp.TokenRules.of_ruler(plain)
    assert rules is not None
    doc = reference.make_doc("a very big dog")
    doc[2].tag_ = "JJ"
    rules(doc)
    assert [t.lemma_ for t in doc] == ["", "", "much", ""]  # the rule's index -1: the last of its two tokens
    untagged = rules(reference.make_doc("a very big dog"))
    assert [t.lemma_ for t in untagged] == ["", "", "", ""]


@pytest.mark.parametrize("space", ["\xa0", "\u202f", "\u2009", "\u3000"])
def test_a_web_page_space_between_words_parses_as_a_plain_one(space):
    plain = "Citing two officials, the city council reported the closure of the old port."
    odd = plain.replace(" reported", space + "reported")
    (doc,) = nlp.parse([odd])
    (reference,) = nlp.parse([plain])
    assert not any(t.is_space for t in doc)
    assert [(t.text, t.dep_, t.head.i) for t in doc] == [(t.text, t.dep_, t.head.i) for t in reference]
    assert len(nlp.text_of(doc)) == len(odd)  # one character for one: offsets into the parse are the text's


def test_parsing_keeps_numpys_blas_to_one_thread():
    import threadpoolctl

    nlp.load(None, nlp.PARSE_DISABLED)
    with nlp.one_blas_thread():
        blas = [i for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]
        assert blas and all(i["num_threads"] == 1 for i in blas)


def test_named_entities_found_later_are_the_ones_a_full_parse_finds():
    text = "Angela Merkel met Emmanuel Macron in Paris on Monday to discuss the Airbus contract."
    nlp.clear_parses()
    late = nlp.parse([text], entities=False)[0]
    assert late.ents == ()
    nlp.recognise_entities([late])
    found = [(e.text, e.label_) for e in late.ents]
    nlp.clear_parses()
    full = nlp.parse([text])[0]
    assert found and found == [(e.text, e.label_) for e in full.ents]
    assert [t.dep_ for t in late] == [t.dep_ for t in full]
