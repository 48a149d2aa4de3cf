"""Fifty-seventh iteration: "it" and "they" for organisations, countries and groups
(docs/extraction.md). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

from test_coref import resolved
import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_its_in_a_clause_a_body_says_is_that_body(read_text):
    # "UNESCO also said that this change would require its approval": the unnamed subject
    # of the reported clause does not keep "its" from the body that says it
    x = read_text("In an interview with Sputnik News, UNESCO also said that this change "
                  "would require its approval.")
    assert resolved(x).get("its") == "UNESCO"
    # without a saying body the unnamed subject still keeps it
    assert "its" not in resolved(read_text("The deadline was extended to its current date."))


def test_they_as_subject_takes_the_organisation_that_led_the_sentence_before(read_text):
    x = read_text("The US Commission on International Religious Freedom criticized the "
                  "move. They released a statement on Monday.")
    assert resolved(x).get("They") == "US Commission"
    # an organisation that is only an object of the sentence before does not
    y = read_text("Critics attacked the US Commission on International Religious Freedom "
                  "on Friday. They released a statement on Monday.")
    assert resolved(y).get("They") != "US Commission"


def test_it_after_an_unnamed_thing_as_subject_is_left_unresolved(read_text):
    # "It is a fully functioning toilet ... It had been fully plumbed": the toilet, not
    # the palace named earlier
    x = read_text("Blenheim Palace bought the toilet. The toilet is made from gold. It had "
                  "been fully plumbed for visitors.")
    assert "It" not in resolved(x)
    # a named organisation as the latest subject keeps "it"
    assert resolved(read_text("Apple announced a new phone. It signed a deal with "
                              "Samsung.")).get("It") == "Apple"


def test_it_is_never_a_people_group_they_stands_for(read_text):
    x = read_text("Many Muslims wear the hijab. They have learned to accept it.")
    got = resolved(x)
    assert got.get("They") == "Muslims"
    assert "it" not in got


def test_its_is_not_the_country_of_a_nationality_adjective(read_text):
    # "The Grayback encountered a Japanese bomber while returning from its tenth patrol":
    # the submarine's patrol; "Japanese" only modifies the bomber
    x = read_text("The submarine encountered a Japanese bomber while returning from its "
                  "tenth patrol.")
    assert "its" not in resolved(x)
    assert any(e.name == "Japan" for e in x.entities)  # control: the country is read
