"""Forty-first iteration: precision on a fresh sample of unseen news
(docs/extraction.md, "Forty-first iteration"). Self-written sentences; each test fails
with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_an_embedded_wh_question_states_no_fact(nlp):
    # "we don't know which mass is creating this structure": the clause asks what does
    # it; nothing is stated with "which mass" as its agent
    reading = _read(nlp, "The astronomers do not know which planet is creating the spiral.")
    assert _args(reading, "create.01", "agent") == set()
    reading = _read(nlp, "The police did not say which suspect fired the shot.")
    assert _args(reading, "fire.01", "agent") == set()
    # a relative clause with "which" states its fact
    reading = _read(nlp, "The engineers found the company which built the bridge.")
    assert _args(reading, "build.01", "patient") == {"the bridge"}
    # so does a relative clause with "whose"
    reading = _read(nlp, "They met a woman whose eye was injured by the police.")
    assert _args(reading, "injure.01", "agent") == {"the police"}



def test_denying_a_story_is_a_claim_not_a_fact(nlp):
    # "Aides publicly denied the story": a denial of what was said, a claim (the
    # guidelines' "denied the charges"), not an act done to the story
    reading = _read(nlp, "Aides publicly denied the story.")
    assert _args(reading, "deny.01", "patient") == set()
    reading = _read(nlp, "The senator did not deny the suggestion.")
    assert _args(reading, "deny.01", "patient") == set()
    # refusing someone a thing is an act
    reading = _read(nlp, "Congress has repeatedly denied funding for the wall.")
    assert _args(reading, "deny.01", "patient") == {"funding"}
