"""Sixteenth iteration: precision on unseen articles (docs/extraction.md, "Sixteenth
iteration"). Self-written sentences; each test fails when its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_make_carries_any_noun_propbank_lists(nlp):
    # "make" is a light verb: the threats are the fact, not the making (the guidelines
    # annotate the noun), also for nouns without a nominal suffix
    reading = _read(nlp, "Several armed groups made threats against the embassy staff.")
    assert "make.01" not in _frames(reading)
    assert _args(reading, "threaten.01", "agent") == {"Several armed groups"}


def test_make_keeps_its_own_fact_for_plans_and_small_clauses(nlp):
    # an intent verb used as a noun, and "make X Y", stay facts of "make"
    reading = _read(nlp, "The mayor told residents to make plans before the storm.")
    assert "make.01" in _frames(reading)
    reading = _read(nlp, "Senator Lee made border security the main issue of his campaign.")
    assert "make.01" in _frames(reading)


def test_made_landfall_is_the_storms_landfall(nlp):
    # the small model tags "landfall" an adjective; the storm is the agent, not the
    # maker of anything
    reading = _read(nlp, "Hurricane Omar made landfall near the port city on Sunday.")
    assert "make.01" not in _frames(reading)
    assert _args(reading, "make_landfall.00", "agent") == {"Omar"} or \
        _args(reading, "make_landfall.00", "agent") == {"Hurricane Omar"}


def test_a_name_in_apposition_to_a_kin_word_has_its_gender(nlp):
    # "his daughter Ruth Calder": she is no candidate for "he"
    reading = _read(nlp, "Tom Calder, a singer, died on Monday, his daughter Ruth Calder "
                         "said. Calder was 80. Ruth Calder said he died at home.")
    patients = _args(reading, "die.01", "patient")
    assert "Ruth Calder" not in patients
    assert "Tom Calder" in patients


def test_it_may_stand_for_a_named_storm(nlp):
    # a named storm is an event name; "it" is the storm (before: a bare "it" agent, or
    # an organisation named in between)
    reading = _read(nlp, "Typhoon Hagibis battered Japan on Monday, the United Nations "
                         "said. Hagibis was northbound as it left Japan.")
    assert _args(reading, "leave.11", "agent") == {"Typhoon Hagibis"}
