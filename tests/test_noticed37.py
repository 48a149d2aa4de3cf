"""Thirty-eighth extraction iteration: measures, given time, questions and light verbs
left by earlier iterations (docs/extraction.md, "Thirty-eighth iteration"). Self-written
sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_change_by_a_bare_measure_has_the_changing_thing_as_patient(nlp):
    # "The Dow fell 500 points": the parser makes "points" an adverbial noun; the index is
    # what falls (no agent) and the points are how far, not a "500" object
    reading = _read(nlp, "The Dow Jones Industrial Average fell 500 points.")
    assert _args(reading, "fall.01", "agent") == set()
    assert _args(reading, "fall.01", "patient") == {"The Dow Jones Industrial Average"}
    assert _args(reading, "fall.01", "amount") == {"500 points"}
    # a measure of where is no extent
    reading = _read(nlp, "The ship sank two miles off the coast.")
    assert _args(reading, "sink.01", "amount") == set()


def test_the_one_given_a_time_does_the_clause_hung_on_that_time(nlp):
    # "allowed them 30 days to leave": the parser hangs the infinitive on "days"
    reading = _read(nlp, "The court allowed them 30 days to leave.")
    assert _args(reading, "leave.11", "agent") == {"them"}
    # the time the subject has
    reading = _read(nlp, "They have three days to respond.")
    assert _args(reading, "respond.01", "agent") == {"They"}
    assert _args(reading, "respond.01", "patient") == set()


def test_the_object_beside_a_given_time_does_the_infinitive(nlp):
    # "gave tenants a month to find": the parser made the month an adverbial noun and the
    # tenants the object; the tenants find, not the landlord
    reading = _read(nlp, "The landlord gave tenants a month to find new homes.")
    assert _args(reading, "find.01", "agent") == {"tenants"}


def test_a_question_phrased_as_a_statement_asserts_nothing(nlp):
    reading = _read(nlp, "So you used the same artefacts for that research as well?")
    assert "use.01" not in _frames(reading)
    reading = _read(nlp, "And yet the company decided to sell the stadium?")
    assert "sell.01" not in _frames(reading)
    # a statement with a tag seeking assent keeps its facts
    reading = _read(nlp, "The company sold the stadium in 2019, right?")
    assert "sell.01" in _frames(reading)
    reading = _read(nlp, "The company sold the stadium in 2019, you know?")
    assert "sell.01" in _frames(reading)
    # so does a reported question with a stray mark, and a quotation's in single quotes
    reading = _read(nlp, "The reporters asked the minister why the company sold the stadium?")
    assert _args(reading, "ask.02", "agent") == {"The reporters"}
    reading = _read(nlp, "Maria and I went off to college together in Ohio; and ... (how can "
                         "I put this?)")
    assert "go_off.16" in _frames(reading)
    reading = _read(nlp, "The team that won the final shouted, 'Where do we play next?'")
    assert _args(reading, "win.01", "agent") == {"The team"}
    # a quoted question under a statement keeps the statement's facts
    reading = _read(nlp, 'The mayor asked the council to add the question "Should the '
                         'stadium be sold?" to the ballot.')
    assert "add.02" in _frames(reading) or "add.01" in _frames(reading)


def test_gaining_or_taking_control_is_a_light_verb_and_control(nlp):
    # the annotators read "took control of Iran", "gain control of the blaze" as control
    reading = _read(nlp, "The rebels gained control of the city.")
    assert _args(reading, "control.01", "agent") == {"The rebels"}
    assert _args(reading, "control.01", "patient") == {"the city"}
    assert "gain.01" not in _frames(reading)
    reading = _read(nlp, "Police took control of the building.")
    assert _args(reading, "control.01", "patient") == {"the building"}
    # losing control is no controlling
    reading = _read(nlp, "The pilot lost control of the plane.")
    assert "control.01" not in _frames(reading)


def test_an_extraposed_clause_s_light_verb_noun_took_the_time(nlp):
    # "it took around five hours to gain control of the blaze": the control is what took
    # the time (the take's event object) and its amount, as the dev gold gives it
    reading = _read(nlp, "Officials said it took around five hours to gain control of the "
                         "fire.")
    assert _args(reading, "control.01", "amount") == {"around five hours"}
    assert _args(reading, "control.01", "patient") == {"the fire"}
    control = {ev.id for ev in reading.extraction.events if ev.frame == "control.01"}
    assert _args(reading, "take.10", "eventObject") == control
