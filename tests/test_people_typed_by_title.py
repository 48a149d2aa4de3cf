"""A full name beside a title ("Dominic Hare, chief executive of the palace") is a person
whatever label the model gave it — a building (FAC) included — and that context outweighs
the model's label of the name's other mentions; a one-word name keeps the model's vote
(hundred-and-fifteenth extraction iteration)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kg.extract import extract
from kg.model import Article

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "Arrests made in theft of gold toilet in England", Wikinews, 2019-09-18,
# https://en.wikinews.org/wiki/Arrests_made_in_theft_of_gold_toilet_in_England
# ("Wikinews contributors", CC BY 2.5); the small model reads "Dominic Hare" as a
# facility in the first sentence and as an organisation in the last.
TOILET = (
    "The toilet is an artwork entitled America made by Italian artist Maurizio Cattelan. "
    "It is a fully functioning toilet made from 18-karat gold. Dominic Hare, chief "
    "executive of the palace, placed the value of the artwork in the range of five to six "
    "million US dollars. It had been fully plumbed and installed for visitors to use at "
    "Blenheim.\n\nBack in 2017, the artwork was offered to Donald Trump, the president of "
    "the United States. Dominic Hare said the toilet represented a \"comment on the "
    "American dream\".")


def _extract(nlp, text: str):
    return extract(nlp(text), Article(text=text, source="test",
                                      retrieved=datetime.now(timezone.utc)), 0.0, 0.0)


def test_full_name_beside_a_title_is_a_person_across_its_mentions(nlp):
    x = _extract(nlp, TOILET)
    hare = [e for e in x.entities if e.name == "Dominic Hare"]
    assert [e.type for e in hare] == ["Person"]
    assert len(hare[0].mentions) == 2  # one person, both mentions
    assert any(r.holder == hare[0].key and r.role == "chief executive" for r in x.roles)


def test_it_is_never_the_person_named_before(nlp):
    x = _extract(nlp, TOILET)
    hare = next(e for e in x.entities if e.name == "Dominic Hare")
    assert not any(m.text.lower() == "it" for m in hare.mentions)
    # control: the plumbing is read, its "It" left to no person
    plumb = [e for e in x.events if e.frame == "plumb.01"]
    assert plumb and all(k != hare.key for _, k in plumb[0].arguments)


def test_speaker_of_the_later_mention_is_the_person(nlp):
    x = _extract(nlp, TOILET)
    hare = next(e for e in x.entities if e.name == "Dominic Hare")
    said = [c for c in x.claims if "American dream" in c.text]
    assert said and said[0].speaker == hare.key


def test_one_word_place_under_a_title_keeps_its_place_type(nlp):
    # (Wikinews, "Tropical Storm Barry ...", 2019-07-12, Wikinews contributors, CC BY 2.5)
    text = ("The governor of Louisiana, a U.S. state on the Gulf of Mexico, declared a state "
            "of emergency for the state on Thursday. He said the National Guard was ready "
            "in Louisiana.")
    x = _extract(nlp, text)
    louisiana = [e for e in x.entities if e.name == "Louisiana"]
    assert louisiana and all(e.type != "Person" for e in louisiana)
