"""Fifty-eighth iteration: event nouns and their participants (docs/extraction.md,
"Fifty-eighth iteration"). Self-written sentences; the test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_an_of_actor_is_the_agent_when_another_phrase_is_the_nouns_arg1(nlp):
    # kg.extract.arguments.Reader._undergoer_elsewhere: PropBank's examples make "in"
    # participate.01's ARG1, so "of this team" is who participates, not what is taken part in
    reading = _read(nlp, "The participation of this team in this competition shows progress.")
    assert _args(reading, "participate.01", "agent") == {"this team"}
    assert "this team" not in _args(reading, "participate.01", "patient")
    # a transitive noun's "of" phrase stays its patient ("the arrest of the mayor by police")
    reading = _read(nlp, "The arrest of the mayor by police shocked the town.")
    assert _args(reading, "arrest.01", "patient") == {"the mayor"}
    assert _args(reading, "arrest.01", "agent") == {"police"}
