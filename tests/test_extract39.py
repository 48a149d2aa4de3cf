"""Thirty-ninth iteration: raising verbs, light verbs and states (docs/extraction.md,
"Thirty-ninth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_raising_head_before_an_infinitive_is_no_fact(nlp):
    # "is set to open", "is poised to win": the subject belongs to the infinitive, the
    # raising verb is no act of anybody's (senses.json `raising_only`)
    reading = _read(nlp, "The new stadium is set to open in March.")
    assert "set.01" not in _frames(reading)
    assert _args(reading, "open.01", "patient") == {"The new stadium"}
    reading = _read(nlp, "The team is poised to win the cup.")
    assert "poise.01" not in _frames(reading)
    assert _args(reading, "win.01", "agent") == {"The team"}
    # setting something stays a fact, a purpose after it too
    reading = _read(nlp, "Fires have been deliberately set to clear away the old buildings.")
    assert _args(reading, "set.01", "patient") == {"Fires"}
    reading = _read(nlp, "The court set a date for the trial.")
    assert _args(reading, "set.01", "agent") == {"The court"}


def test_a_speech_given_by_a_light_verb_is_the_speaking(nlp):
    # "gave a speech", "delivered a speech": the noun is the event (speak.01, PropBank's
    # alias of "speech"), not give.01 / deliver.01 with the speech as the thing given
    reading = _read(nlp, "The senator gave a speech in Baltimore on Monday.")
    assert "give.01" not in _frames(reading)
    assert _args(reading, "speak.01", "agent") == {"The senator"}
    reading = _read(nlp, "The senator delivered a long speech in Baltimore.")
    assert "deliver.01" not in _frames(reading)
    assert _args(reading, "speak.01", "agent") == {"The senator"}
    # a statement made stays the claim's: only nouns naming an occasion are freed
    reading = _read(nlp, "The company made a statement about the plant on Monday.")
    assert "state.01" not in _frames(reading)
    # a speech not carried by a light verb stays no fact of its own
    reading = _read(nlp, "In a speech, the senator said the economy was strong.")
    assert "speak.01" not in _frames(reading)


def test_a_light_verb_carries_the_event_through_a_majority(nlp):
    # "made the vast majority of the experiments": the experiments are the event
    reading = _read(nlp, "The researchers made the majority of the measurements in Germany.")
    assert "make.01" not in _frames(reading)
    assert _args(reading, "measure.01", "agent") == {"The researchers"}
    reading = _read(nlp, "The scientists conducted the bulk of the experiments in Germany.")
    assert _args(reading, "experiment.01", "agent") == {"The scientists"}
