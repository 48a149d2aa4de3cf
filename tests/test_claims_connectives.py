"""A sentence-opening connective built on "said" ("That said,", "Having said that,") says
nothing of the clause after it (kg.extract.attribution._connective): it was a claim with no
speaker. The Wikinews sentence keeps its source in a comment."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_that_said_opening_a_sentence_claims_nothing(read_text):
    # https://en.wikinews.org/wiki/Red_Hat_to_move_focus_away_from_CentOS_in_favour_of_Stream;_CentOS_team_discuss_implications_with_Wikinews
    # (2020), Wikinews contributors, CC BY 2.5
    x = read_text('That said, Red Hat is working on some "low- or no-cost programs" for users '
                  "who cannot, for whatever reason, deploy CentOS Stream in their environment.")
    assert not x.claims, x.claims
    assert any(e.trigger == "working" for e in x.events), x.events  # the clause is read
    # sentences of our own: the other connectives; guard: a speaker's "said that" claims
    x = read_text("Having said that, the company will stay. Officials said that the bank "
                  "cut rates.")
    assert [c.text for c in x.claims] == ["the bank cut rates"], x.claims
