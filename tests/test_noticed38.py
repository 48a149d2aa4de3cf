"""Fortieth extraction iteration: claims in questions, where a fall ends, given time, an
editor's elision, a statement joined to a question (docs/extraction.md, "Fortieth
iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _claims(reading) -> set[str]:
    return {c.text for c in reading.extraction.claims}


def test_a_claim_in_a_question_is_not_asserted(nlp):
    # a question about a saying claims nothing (as "asked whether ...")
    assert _claims(_read(nlp, "Did the minister say that taxes will rise?")) == set()
    assert _claims(_read(nlp, "Why did the police say the suspect fled?")) == set()
    assert _claims(_read(nlp, "Is there any claim that the vaccine works?")) == set()
    # the statement and a quoted question under a statement keep theirs
    assert _claims(_read(nlp, "The minister said that taxes will rise.")) == {"taxes will rise"}
    reading = _read(nlp, 'The minister asked, "Why did the police say the suspect fled?"')
    assert any(c.lemma == "ask" for c in reading.extraction.claims)


def test_where_a_fall_ends_is_its_destination(nlp):
    # PropBank lists "to" under fall.01's start (ARG3) before its end point (ARG4)
    reading = _read(nlp, "The climber fell to the ground.")
    assert _args(reading, "fall.01", "destination") == {"the ground"}
    assert _args(reading, "fall.01", "origin") == set()
    reading = _read(nlp, "The climber fell from the roof.")
    assert _args(reading, "fall.01", "origin") == {"the roof"}


def test_the_one_given_a_time_in_a_passive_does_the_infinitive(nlp):
    reading = _read(nlp, "The company was given two weeks to respond.")
    assert _args(reading, "respond.01", "agent") == {"The company"}
    assert _args(reading, "give.01", "recipient") == {"The company"}


def test_the_object_beside_a_given_time_is_the_recipient(nlp):
    # "gave tenants a month": the parser made the month an adverbial noun; the month is
    # what is given, the tenants get it
    reading = _read(nlp, "The landlord gave tenants a month to find new homes.")
    assert _args(reading, "give.01", "recipient") == {"tenants"}
    assert _args(reading, "give.01", "patient") == {"a month"}
    assert _args(reading, "find.01", "agent") == {"tenants"}
    # a thing with a time after it is given nothing
    reading = _read(nlp, "The offence can carry a sentence up to twelve years.")
    assert _args(reading, "carry.01", "recipient") == set()
    # an object with no time after it is still what is given
    reading = _read(nlp, "The landlord gave the keys to the tenants.")
    assert _args(reading, "give.01", "patient") == {"the keys"}


def test_a_sentence_joined_at_an_editor_s_elision_is_no_part_of_the_question(nlp):
    # the model reads on through "[...]": the statement joined the question after it and
    # lost its facts; the question after the elision still asks
    reading = _read(nlp, "Unfortunately, Trump is behaving like a bully boy[...] How can you "
                         "do this despite the United Nations? What are you doing?")
    assert _args(reading, "behave.01", "agent") == {"Trump"}
    reading = _read(nlp, "The mayor praised the plan[...] Did the council sell the stadium?")
    assert "praise.01" in _frames(reading)
    assert "sell.01" not in _frames(reading)


def test_a_statement_before_an_inverted_question_keeps_its_facts(nlp):
    # the question is the inverted clause the mark closes, not the statement it hangs on
    reading = _read(nlp, "But we came up thinking how do we portray a woman who is faithless "
                         "but can't come out?")
    assert "come_up.11" in _frames(reading)
    reading = _read(nlp, "The storm has winds that have been measured at 200 km/h, as it "
                         "surges over land will it begin to lose strength?")
    assert "measure.01" in _frames(reading)
    assert "lose.02" not in _frames(reading) and "lose.01" not in _frames(reading)
    # a statement phrased as a question still asks
    reading = _read(nlp, "And yet the company decided to sell the stadium?")
    assert "sell.01" not in _frames(reading)
