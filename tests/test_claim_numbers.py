"""A claim's content keeps the symbol that completes its last number
(kg.extract.attribution._loose): trimmed as punctuation, "its profit fell 20%" was the claim
that the profit fell 20. Sentences of our own, one construction each."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_claim_ending_in_a_percentage_keeps_its_percent_sign(read_text):
    x = read_text("Volkswagen said its profit fell 20%.")
    assert [c.text for c in x.claims] == ["its profit fell 20%"], x.claims


def test_a_claim_is_still_trimmed_of_its_final_punctuation(read_text):
    x = read_text('Volkswagen said, "its profit fell by a fifth."')
    assert x.claims and not x.claims[0].text.endswith((".", '"')), x.claims
