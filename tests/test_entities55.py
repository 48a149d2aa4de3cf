"""People's names split or typed wrong (fifty-third iteration): a possessive ends a
person's name, and a lone surname the model reads as an organisation or a group is the
person. Sentences written for the tests."""
from __future__ import annotations

from spacy.tokens import Span

import pytest

from kg.extract.lone_surnames import hyphenated_surnames, surname_as_person

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def named(x, text: str):
    """The named entity one of whose name mentions reads ``text``."""
    return next(e for e in x.entities if e.kind == "name"
                and any(m.text == text and m.kind == "name" for m in e.mentions))


def test_a_possessive_ends_a_persons_name(extract_text):
    x = extract_text("What does Melbourne lack under Sally Capp's Mayorship which you plan "
                     "on improving? The ban came during Zine El Abidine Ben Ali's Presidency.")
    assert named(x, "Sally Capp").type == "Person"
    assert not any("'s" in m.text for e in x.entities if e.type == "Person"
                   for m in e.mentions)


def _span(nlp, text: str, phrase: str, label: str) -> Span:
    doc = nlp.make_doc(text)
    at = text.rindex(phrase)
    return doc.char_span(at, at + len(phrase), label=label)


def test_a_lone_surname_read_as_an_organisation_or_group_is_a_person(nlp):
    text = "Mathematician Oskar Brannvik died. Wang said Brannvik developed a fever."
    for label in ("ORG", "NORP"):
        span = _span(nlp, text, "Brannvik", label)
        out = surname_as_person(span, {"Brannvik"}, lambda t, n: False, lambda t, n: None)
        assert out.label_ == "PERSON"


def test_a_lone_surname_the_index_knows_as_an_organisation_or_a_people_word_stays(nlp):
    text = "Henry Fordham founded it. Fordham sold cars."
    span = _span(nlp, text, "Fordham", "ORG")
    out = surname_as_person(span, {"Fordham"}, lambda t, n: False, lambda t, n: "ORG")
    assert out.label_ == "ORG"
    text = "Prime Minister Jan Dutch spoke. The Dutch voted."
    span = _span(nlp, text, "Dutch", "NORP")
    out = surname_as_person(span, {"Dutch"}, lambda t, n: False, lambda t, n: None,
                            people_words={"Dutch"})
    assert out.label_ == "NORP"


def test_a_hyphenated_surname_counts_whole(nlp):
    text = "The study was led by Christopher Gallego-Lazo. Gallego-Lazo found it."
    doc = nlp.make_doc(text)
    full = doc.char_span(text.index("Christopher"), text.index("."), label="PERSON")
    assert hyphenated_surnames([full]) == {"Gallego-Lazo"}
    span = _span(nlp, text, "Gallego-Lazo", "ORG")
    out = surname_as_person(span, {"Gallego-Lazo"}, lambda t, n: False, lambda t, n: None)
    assert out.label_ == "PERSON"


def _they(x, form: str = "they"):
    """The entity a "they" mention belongs to (None when it is a node of its own)."""
    for e in x.entities:
        for m in e.mentions:
            if m.text.lower() == form and m.kind == "pronoun":
                return e if e.kind == "name" else None
    return None


def test_they_is_the_organisation_that_says_it(read_text):
    x = read_text("The company SpaceX said they would launch the rocket next week.")
    body = _they(x)
    assert body is not None and body.name == "SpaceX" and body.type == "Organization"


def test_they_after_an_organisation_in_the_sentence_before_stays_open(read_text):
    x = read_text("The Commission on International Religious Freedom hired new "
                  "researchers. They started work on Monday.")
    assert _they(x) is None
    # control: the organisation and the "they" are read
    assert named(x, "Commission on International Religious Freedom").type == "Organization"
    assert any(m.text == "They" for e in x.entities for m in e.mentions)


def test_a_group_word_before_a_noun_or_a_lower_case_hyphenated_word_stays(nlp):
    text = "Female Magellanic spoke. Numbers of Magellanic penguins fell."
    doc = nlp(text)
    at = text.rindex("Magellanic")
    span = doc.char_span(at, at + len("Magellanic"), label="NORP")
    out = surname_as_person(span, {"Magellanic"}, lambda t, n: False, lambda t, n: None)
    assert out.label_ == "NORP"
    text = "Tanzanian-born ex-Muslim spoke."
    doc = nlp.make_doc(text)
    assert not hyphenated_surnames([doc.char_span(0, text.index(" spoke"), label="PERSON")])
    span = doc.char_span(text.index("ex-"), text.index(" spoke"), label="NORP")
    out = surname_as_person(span, {"ex-Muslim"}, lambda t, n: False, lambda t, n: None)
    assert out.label_ == "NORP"
