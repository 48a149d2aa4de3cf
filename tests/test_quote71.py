"""Seventy-first iteration: the one answered (docs/extraction.md, "Seventy-first
iteration"). Self-written sentences; the fix test fails with the fix reverted (the guard
passes on both)."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_person_answered_gets_the_answer(nlp):
    # discourse.json answer_verbs: a person object of "answer" is its recipient
    reading = _read(nlp, "Boris Johnson said he must answer you directly.")
    assert _args(reading, "answer.01", "recipient") == {"you"}
    assert _args(reading, "answer.01", "patient") == set()


def test_an_answered_question_stays_the_patient(nlp):
    reading = _read(nlp, "Boris Johnson answered the question directly.")
    assert _args(reading, "answer.01", "patient") == {"the question"}

