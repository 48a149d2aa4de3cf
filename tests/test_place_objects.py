"""A place noun after "in" or "at" says where, whatever role PropBank's examples give the
preposition, also when the noun has not been read as a participant yet and only its kind
is known ("collaborate in a city"); not after "on" ("focused on the areas of tobacco") nor
with a compound ("work on a common code base") (hundred-and-twenty-first extraction
iteration). Self-written sentences, one construction each."""
from __future__ import annotations

import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_described_place_after_in_is_the_location(nlp):
    collaborate = events_of(nlp, "The different communities collaborate in a city.",
                            "collaborate.01")
    assert collaborate and ("location", "a city") in collaborate[0]
    assert ("patient", "a city") not in collaborate[0]


def test_a_described_place_after_in_is_no_recipient(nlp):
    win = events_of(nlp, "Warren did not win the primary or caucus in any state during her "
                    "campaign.", "win.01")
    assert win and ("recipient", "any state") not in win[0]


def test_a_thing_after_on_keeps_its_role(nlp):
    focus = events_of(nlp, "My research has focused on the areas of tobacco and firearms.",
                      "focus.01")
    assert focus and not any(r == "location" for r, _ in focus[0])
