"""Thirty-sixth iteration: naming without a namer, and the interviews' other left defects
(docs/extraction.md, "Thirty-sixth iteration"). Self-written sentences; each test fails
with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_duration_taken_is_how_long_the_subject_lasts(nlp):
    # "this would take 24 hours": nobody takes anything; the subject lasts, the duration
    # is its amount (take.10), as the dev gold has it
    reading = _read(nlp, "The review took about four months.")
    assert _args(reading, "take.10", "agent") == set()
    assert _args(reading, "take.10", "patient") == {"The review"}
    assert _args(reading, "take.10", "amount") == {"about four months"}
    assert not _args(reading, "take.01", "agent")
    # a thing taken stays a taking with its taker
    reading = _read(nlp, "The thieves took the money.")
    assert _args(reading, "take.01", "agent") == {"The thieves"}
    assert _args(reading, "take.01", "patient") == {"the money"}


def test_an_expletive_it_leaves_the_duration_to_the_infinitive(nlp):
    # "it took five hours to gain control": "it" stands for the infinitive, which is what
    # took the time, and does not do it
    reading = _read(nlp, "Firefighters said it took around five hours to repair the pipe.")
    assert _args(reading, "take.10", "patient") == set()
    assert _args(reading, "take.10", "amount") == {"around five hours"}
    assert len(_args(reading, "take.10", "eventObject")) == 1
    assert _args(reading, "repair.01", "agent") == set()
    assert _args(reading, "repair.01", "patient") == {"the pipe"}
    # the one the duration is said of does it
    reading = _read(nlp, "It took the engineers a week to repair the bridge.")
    assert _args(reading, "repair.01", "agent") == {"the engineers"}


def test_an_it_with_no_measure_still_does_the_infinitive(nlp):
    # "it took steps to protect its workers": a referring "it" (the company) acts
    reading = _read(nlp, "The company said it took steps to protect its workers.")
    assert _args(reading, "protect.01", "agent") != set()


def test_a_fixed_adverbial_phrase_is_no_prepositional_verb_s_object(nlp):
    # "is called Opus 1, for example" was "call for" (a demand, call.03, a Request); a
    # sourceless naming stays a naming with the named thing as patient, as dev's gold has
    reading = _read(nlp, "For example, my first novel is called Opus 1.")
    assert _args(reading, "call.03", "patient") == set()
    assert _args(reading, "call.01", "patient") == {"my first novel"}
    assert _args(reading, "call.01", "agent") == set()
    # a demand stays one
    reading = _read(nlp, "In fact, the lawyers called for an inquiry.")
    assert _args(reading, "call.03", "agent") == {"the lawyers"}


def test_the_one_given_time_does_the_infinitive(nlp):
    # "provides airlines with 45 days to wind down": the airlines wind down, not the rule
    # that gives them the time
    reading = _read(nlp, "The delayed rule provides airlines with 45 days to wind down "
                         "their flights.")
    assert _args(reading, "wind_down.04", "agent") == {"airlines"}
    reading = _read(nlp, "The law gives tenants a month to find new homes.")
    assert _args(reading, "find.01", "agent") == {"tenants"}
    # no time given: the subject still does it
    reading = _read(nlp, "The company spent two years to build the plant.")
    assert _args(reading, "build.01", "agent") == {"The company"}


def test_a_change_s_measure_is_how_far_not_what_changes(nlp):
    # "NATO would not expand one inch": the inch is the extent, NATO what (does not) expand
    reading = _read(nlp, "They agreed that NATO would not expand one inch to the east.")
    assert _args(reading, "expand.01", "amount") == {"one inch"}
    assert _args(reading, "expand.01", "patient") == {"NATO"}
    assert _args(reading, "expand.01", "agent") == set()
    # a part of something cut is what is cut; a thing expanded keeps its expander
    reading = _read(nlp, "The company expanded its fleet.")
    assert _args(reading, "expand.01", "agent") == {"The company"}


def test_a_duration_reading_s_other_object_is_no_amount(nlp):
    # "it took us 4-5 years": the years are the amount, "us" is none (the parser makes
    # both objects)
    reading = _read(nlp, "Because it took us 4-5 years just to come out of the crisis.")
    amounts = _args(reading, "take.10", "amount")
    assert len(amounts) == 1 and "us" not in amounts
