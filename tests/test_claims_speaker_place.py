"""A place named inside a speaker's phrase is where the speaker is, not who speaks: 'a federal
judge in Texas ruled that ...' is the judge's claim, not Texas's. Self-written
sentences; each asserts the claim's speaker."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def speaker_of(x, start: str) -> str | None:
    return name_of(x, claim_of(x, start).speaker)


@pytest.mark.parametrize("text, content, speaker", [
    pytest.param("A federal judge in Texas ruled that the new rule was unlawful.",
                 "the new rule was unlawful", "A federal judge", id="judge_in_a_state"),
    pytest.param("Researchers in the United Kingdom found that the bees slept less.",
                 "the bees slept less", "Researchers", id="researchers_in_a_country"),
])
def test_a_place_inside_the_speaker_phrase_does_not_speak(extract_text, text, content, speaker):
    assert speaker_of(extract_text(text), content) == speaker


def test_a_country_as_the_head_still_speaks(extract_text):
    x = extract_text("Russia said the convoy had crossed the border.")
    assert speaker_of(x, "the convoy had crossed") == "Russia"
