"""A subject "it" continues the last sentence's subject (hundred-and-eightieth extraction
iteration): "The airline was Iran's first in private hands. It has Iran's largest fleet,
and is still operating in Europe" — the airline, not Iran, whose possessive had scored
within the margin of it."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_subject_it_is_the_last_subject_not_a_possessor(nlp):
    # After https://en.wikinews.org/wiki/Germany_bans_Iranian_airline_Mahan_Air
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Germany banned Iranian airline Mahan Air on Monday. The airline "
                          "was Iran's first in private hands. It has Iran's largest fleet, "
                          "and is still operating in Europe.", "operate.01")
    assert any(("agent", "Mahan Air") in a for a in args), args

