"""Sixty-fifth iteration: pronoun and control subjects (docs/extraction.md, "Sixty-fifth
iteration"). Self-written sentences; each test fails with its fix reverted (the last ones
guard what must stay)."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_one_who_has_a_chance_or_right_uses_it(nlp):
    # discourse.json chance_nouns / chance_verbs: the subject of the verb that has, gets or
    # keeps the chance does its 'to'-clause
    reading = _read(nlp, "The union will maintain the right to strike.")
    assert _args(reading, "strike.02", "agent") == {"The union"}
    reading = _read(nlp, "The farmers finally had the chance to sell their crops.")
    assert _args(reading, "sell.01", "agent") == {"The farmers"}


def test_defending_a_right_names_no_one_who_uses_it(nlp):
    # not a verb of having or getting: anyone may protest
    reading = _read(nlp, "Activists defended the right to protest.")
    assert _args(reading, "protest.01", "agent") == set()
    assert _args(reading, "defend.01", "agent") == {"Activists"}  # control


def test_a_possessed_decision_passes_its_owner_through_a_controlled_clause(nlp):
    # "the administration's decision to try to add": the owner reaches "add" through "try"
    reading = _read(nlp, "The council's decision to try to close the school angered parents.")
    assert _args(reading, "close.01", "agent") == {"The council"}


def test_an_attempt_by_someone_is_theirs(nlp):
    # a control noun's owner in 'by', as in 'of'
    reading = _read(nlp, "The bid by Iran to join the group failed.")
    assert _args(reading, "join.01", "agent") == {"Iran"}


def test_in_order_to_and_in_an_attempt_to_are_the_clause_subjects_purpose(nlp):
    # discourse.json purpose_in_nouns (+ control_nouns) as the object of 'in'
    reading = _read(nlp, "The astronomers are continuing the observations in order to "
                         "determine the size of the planet.")
    assert _args(reading, "determine.01", "agent") == {"The astronomers"}
    reading = _read(nlp, "Police fired tear gas in an attempt to disperse the crowd.")
    assert _args(reading, "disperse.01", "agent") == {"Police"}


def test_a_passive_clause_gives_its_purpose_no_doer(nlp):
    # the one dispersed does not restore order
    reading = _read(nlp, "The crowd was dispersed in an effort to restore order.")
    assert _args(reading, "restore.01", "agent") == set()
    assert _args(reading, "disperse.01", "patient") == {"The crowd"}  # control
