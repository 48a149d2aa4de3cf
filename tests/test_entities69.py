"""A short form of a name the article already gave, mistyped by the model (sixty-ninth
iteration): a surname read as a month or a day ("May" after "Theresa May"), a first
name read as a place or an organisation ("Jamal" after "Jamal Khashoggi"). Sentences
written for the tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _entity_of(x, text: str, start: int = 0):
    """The entity one of whose name mentions reads ``text`` at or after ``start``."""
    return next(e for e in x.entities
                if any(m.text == text and m.start >= start and m.kind == "name"
                       for m in e.mentions))


def test_a_surname_read_as_a_month_is_the_person_named_before(extract_text):
    text = ("British Prime Minister Theresa May met the Irish leader on Monday. Boris Johnson "
            "resigned in protest to May's negotiated Brexit agreement.")
    x = extract_text(text)
    person = _entity_of(x, "May", text.index("May's"))
    assert person.key == "Person:theresa may" and person.type == "Person"
    assert not any(t.text == "May" for t in x.times)


def test_a_surname_read_as_a_day_is_the_person_named_before(extract_text):
    text = ("Actress Doris Day died on Monday. Fashion designer Mary Quant described Day "
            "to the BBC in 2002.")
    x = extract_text(text)
    assert _entity_of(x, "Day", text.index("described")).key == "Person:doris day"


def test_a_month_after_a_person_of_that_surname_stays_a_month(extract_text):
    text = ("British Prime Minister Theresa May met the Irish leader on Monday. In May, the "
            "talks failed. May he rest in peace.")
    x = extract_text(text)
    assert [m.text for m in _entity_of(x, "Theresa May").mentions
            if m.kind == "name"] == ["Theresa May"]
    assert any(t.text == "In May" for t in x.times)


def test_a_first_name_read_as_a_place_is_the_person_named_before(extract_text):
    text = ("Saudi journalist Jamal Khashoggi was killed in 2018. The world remains silent "
            "over Jamal's killing, Erdogan said.")
    x = extract_text(text)
    assert _entity_of(x, "Jamal", text.index("over")).key == "Person:jamal khashoggi"


def test_a_first_name_after_a_word_of_place_stays_a_place(extract_text):
    x = extract_text("Singer Victoria Beckham lives in London. Prices in Victoria rose.")
    assert _entity_of(x, "Victoria", 40).type == "Place"
