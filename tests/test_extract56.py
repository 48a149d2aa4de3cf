"""Fifty-fourth iteration: support verbs with event nouns (docs/extraction.md, "Fifty-fourth
iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_an_inceptive_verb_with_an_event_noun_object_gives_the_noun_event(nlp):
    # senses.json classes.light_any_object + begin, start, commence: the guidelines
    # annotate the noun ("began a military offensive" -> offensive), its agent the
    # verb's subject, whenever PropBank lists the noun
    reading = _read(nlp, "The government of Samoa began a two-day shutdown on Thursday.")
    assert "begin.01" not in _frames(reading)
    assert _args(reading, "shut_down.05", "agent") == {"The government of Samoa"}
    reading = _read(nlp, "The ship was commencing a journey from Jakarta to Bangka.")
    assert "commence.01" not in _frames(reading)
    assert _args(reading, "journey.01", "agent") == {"The ship"}


def test_a_vague_process_leaves_the_inceptive_verb_its_fact(nlp):
    # "process" names no event of its own (classes.vague_event_nouns)
    reading = _read(nlp, "The hospital began its recovery process last week.")
    assert _args(reading, "begin.01", "agent") == {"The hospital"}


def test_a_study_conducted_or_begun_is_the_study_event(nlp):
    # senses.json light_nouns: under a light verb that carries any noun, study.01 is
    # an event, not kg's educatedAt relation
    reading = _read(nlp, "The researchers conducted a study of the birds.")
    assert "conduct.01" not in _frames(reading)
    assert _args(reading, "study.01", "agent") == {"The researchers"}
    reading = _read(nlp, "Dr. Jane Moore began the study in 2010.")
    assert "begin.01" not in _frames(reading)
    assert _args(reading, "study.01", "agent") == {"Jane Moore"}
    # the passive stays the verb's, and studying at a school stays a relation
    reading = _read(nlp, "The study was conducted by the ministry.")
    assert _args(reading, "conduct.01", "agent") == {"the ministry"}
