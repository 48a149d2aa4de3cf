"""Fiftieth iteration: he and she, pronouns kg left unresolved (docs/extraction.md,
"Fiftieth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

from test_coref import resolved


def test_a_possessive_takes_its_own_clause_subject_over_the_reporter(read_text):
    # "Wang stated that Conway developed a fever before his death": Conway's death; the
    # subject of the reporting verb only wins a pronoun that is its clause's subject
    x = read_text("Physician Peter Grant stated that Martin Keller developed a fever "
                  "before his death.")
    assert resolved(x).get("his") == "Martin Keller"
    x = read_text("Physician Peter Grant stated that he developed a fever.")
    assert resolved(x).get("he") == "Peter Grant"
