"""A plural noun modifier narrows a description as written or as its lemma
(hundred-and-eighty-sixth extraction iteration): "the appeals court" is the "Second Circuit
Court of Appeals"; the lemma "appeal" alone matched no word of the name."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_appeals_court_is_the_court_of_appeals(nlp):
    args = events_of(nlp, "The Second Circuit Court of Appeals heard the case. The appeals "
                          "court delayed the ruling.", "delay.01")
    assert any(("agent", "Second Circuit Court of Appeals") in a for a in args), args


def test_a_modifier_the_name_lacks_still_narrows(nlp):
    # guard: "the tax court" is no Court of Appeals
    args = events_of(nlp, "The Second Circuit Court of Appeals heard the case. The tax court "
                          "delayed the ruling.", "delay.01")
    assert args and not any(n == "Second Circuit Court of Appeals"
                            for a in args for _, n in a), args
