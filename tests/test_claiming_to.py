"""'He claimed to have obtained his weapon ...': a subject that claims its own 'to'-clause
makes a claim whose content is that clause, and what it holds is reported
(hundred-and-thirty-sixth extraction iteration)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_claiming_to_have_done_is_a_claim(read_text):
    x = read_text("Kyle Rittenhouse was arrested on Wednesday. He claimed to have obtained "
                  "his weapon from a friend.")
    (claim,) = x.claims
    assert claim.lemma == "claim" and claim.speaker == "Person:kyle rittenhouse"
    assert claim.text == "to have obtained his weapon from a friend"
    (obtain,) = [e for e in x.events if e.frame == "obtain.01"]
    assert obtain.modality == "reported"


def test_claiming_a_thing_is_unchanged(read_text):
    # a guard: "claimed responsibility for" keeps its noun content
    x = read_text("The group claimed responsibility for the attack.")
    assert [c.text for c in x.claims] == ["responsibility for the attack"]
