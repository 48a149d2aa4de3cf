"""A declaration that brings a state about ('declared a state of emergency', 'declared war
on ...') is an act, not a claim; a declaration of what is so still is one
(hundred-and-thirty-first extraction iteration)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def claims(x) -> list[tuple[str, str]]:
    return [(c.lemma, c.text) for c in x.claims]


def test_declaring_a_state_of_emergency_claims_nothing(read_text):
    # the act stays a fact
    x = read_text("Governor Ron DeSantis declared a state of emergency on Friday.")
    assert claims(x) == []
    assert any(e.frame == "declare.01" for e in x.events)
    assert claims(read_text("The president declared a national emergency.")) == []
    assert claims(read_text("Anonymous declared war on the church.")) == []


def test_declaring_what_is_so_is_still_a_claim(read_text):
    x = read_text("The governor declared that the emergency was over.")
    assert ("declare", "the emergency was over") in claims(x)
    x = read_text("The candidate declared victory on Tuesday.")
    assert ("declare", "victory") in claims(x)
