"""Fiftieth iteration: he and she, pronouns kg left unresolved (docs/extraction.md,
"Fiftieth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

from test_coref import resolved
import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_possessive_takes_its_own_clause_subject_over_the_reporter(read_text):
    # "Wang stated that Conway developed a fever before his death": Conway's death; the
    # subject of the reporting verb only wins a pronoun that is its clause's subject
    x = read_text("Physician Peter Grant stated that Martin Keller developed a fever "
                  "before his death.")
    assert resolved(x).get("his") == "Martin Keller"
    x = read_text("Physician Peter Grant stated that he developed a fever.")
    assert resolved(x).get("he") == "Peter Grant"


def test_a_clause_governed_by_a_thing_does_not_block_he(read_text):
    # "His illness was not public information, even as he had undergone surgeries": no
    # unnamed person governs the clause, so "he" is the person named; an unnamed person
    # noun that governs it ("The spokesman said he") still keeps "he" from the name
    x = read_text("Martin Keller died at home on Friday. His illness was not public "
                  "information, even as he had undergone surgeries.")
    assert resolved(x).get("he") == "Martin Keller"
    x = read_text("Martin Keller died at home on Friday. The spokesman said he would "
                  "release a statement.")
    assert "he" not in resolved(x)
