"""Fifty-second iteration: event roles, the left causes (docs/extraction.md, "Fifty-second
iteration: event roles, the left causes"). Each test fails with its fix reverted; the
sentences are self-written."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_with_phrase_that_sets_the_scene_is_no_instrument(nlp):
    # fronted before the subject
    reading = _read(nlp, "With the new signings, all but two of the clubs have signed on to "
                         "the charter.")
    assert _args(reading, "sign_on.04", "instrument") == set()
    # set off by a comma
    reading = _read(nlp, "The town sustained heavy rains on Monday, with flooding.")
    assert _args(reading, "sustain.01", "instrument") == set()
    # with a predicate of its own
    reading = _read(nlp, "The crash killed nine, with a boy the only survivor.")
    assert _args(reading, "kill.01", "instrument") == set()
    # with what, right after the verb's object, still is
    reading = _read(nlp, "The spy was poisoned with Novichok, a nerve agent.")
    assert _args(reading, "poison.01", "instrument") == {"Novichok"}


def test_a_number_is_never_a_place(nlp):
    reading = _read(nlp, "The storm was moving at roughly five miles per hour.")
    assert _args(reading, "move.01", "location") == set()
    reading = _read(nlp, "The rate was estimated in the range 2-4 by the researchers.")
    assert _args(reading, "estimate.01", "location") == set()
    # a place inside the number's phrase still counts
    reading = _read(nlp, "The number of deaths rose to 1,035 in Turkey.")
    assert _args(reading, "rise.01", "location") == {"Turkey"}


def test_a_goal_reached_by_a_preposition_of_rest_is_where_it_happens(nlp):
    # hold.01's ARG2 (GOL) with "in" was filed as a destination
    reading = _read(nlp, "The prisoners were held in Riyadh.")
    assert _args(reading, "hold.01", "destination") == set()
    assert _args(reading, "hold.01", "location") == {"Riyadh"}


def test_what_something_is_based_on_is_no_origin(nlp):
    reading = _read(nlp, "The film was based on a stage play by the writer.")
    assert _args(reading, "base.02", "origin") == set()
    assert _args(reading, "base.02", "patient") == {"The film"}  # control
