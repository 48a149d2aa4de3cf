"""Twenty-first iteration: resolution and the predicates the guidelines leave out
(docs/extraction.md, "Twenty-first iteration"). Self-written sentences; each test fails
when its fix is removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_who_catches_up_with_someone_is_the_one_who_acts(nlp):
    # "caught up with X" (met, interviewed): the subject acts on X; PropBank's first
    # roleset made the subject an undergoer and X a recipient
    reading = _read(nlp, "The reporter caught up with the mayor Anna Berg to learn more.")
    assert _args(reading, "catch_up.04", "agent") == {"The reporter"}
    assert "The reporter" not in _args(reading, "catch_up.04", "patient")
    # "caught up in" something is still undergone
    reading = _read(nlp, "Two cyclists were caught up in the crash on Sunday.")
    assert _args(reading, "catch_up.07", "patient") == {"Two cyclists"}


def test_a_figure_that_something_stands_at_is_no_fact(nlp):
    # "The world record stands at 46.78 seconds", "the toll stood at 30": a value, no act
    assert "stand.01" not in _frames(_read(nlp, "The world record stands at 46.78 seconds."))
    assert "stand.01" not in _frames(_read(nlp, "The new law stands as a testament to the "
                                                "campaign."))
    # standing somewhere is still read
    assert "stand.01" in _frames(_read(nlp, "The old statue stands in the main square."))


def test_feeling_a_thing_is_an_attitude_not_a_fact(nlp):
    # "We have never felt the need": an attitude verb, like "fear" or "want", even with a
    # noun object
    assert "feel.01" not in _frames(_read(nlp, "We have never felt the need to apologise."))
    # an attitude verb not listed as clausal-only is still a fact about a thing
    assert "love.01" in _frames(_read(nlp, "Don loved Deirdre for forty years."))


def test_affirming_a_thing_is_saying_not_a_fact(nlp):
    # "affirmed her willingness", "reaffirmed his commitment": saying verbs
    reading = _read(nlp, "The minister reaffirmed his commitment to the plan on Monday.")
    assert "reaffirm.01" not in _frames(reading)
    reading = _read(nlp, "The senator affirmed her support for the treaty.")
    assert "affirm.01" not in _frames(reading)
    # a saying verb not listed as clausal-only is still a fact about a thing
    assert "post.01" in _frames(_read(nlp, "The senator posted a message on Monday."))


def test_a_gerund_with_an_object_after_a_passives_by_is_how_not_who(nlp):
    # "data collected by tagging penguins": the tagging is the means, not the collector
    reading = _read(nlp, "The data was collected by tagging individual penguins.")
    assert _args(reading, "collect.01", "agent") == set()
    # a named agent after "by" stays the agent
    reading = _read(nlp, "The data was collected by the research team.")
    assert _args(reading, "collect.01", "agent") == {"the research team"}


def test_by_which_is_how_not_who(nlp):
    # "the process by which an official can be removed ... by Congress": Congress removes,
    # not the process
    reading = _read(nlp, "Impeachment is the process by which a federal official can be "
                         "removed from office by Congress.")
    assert _args(reading, "remove.01", "agent") == {"Congress"}
