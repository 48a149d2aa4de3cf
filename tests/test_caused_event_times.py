"""What a verb makes happen happens when it does (hundred-and-ninety-seventh extraction
iteration, kg.extract.facts._elaborated, discourse.json realized_causatives): "A storm
yesterday caused a crane to fall" dates the fall, "In August, the parents tried to have
Waseem released" the release (through verbs that are no events); "have" and "get" cause a
participle only ("have people coming to you" is no causing)."""
import pytest

from extracttools import date_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_what_was_caused_shares_the_causings_date(nlp):
    # after https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse
    # (GUM corpus), Wikinews contributors, CC BY 2.5
    text = "A storm yesterday caused a crane to fall into the Grand Mosque."
    assert date_of(nlp, text, "caused") == "2024-03-14"
    assert date_of(nlp, text, "fall") == "2024-03-14"


def test_a_causative_have_dates_its_participle_through_the_verbs_above(nlp):
    text = "In August, the parents tried to have Waseem released."
    assert date_of(nlp, text, "released") == "2023-08-01"


def test_having_someone_do_something_is_no_causing(nlp):
    # guard: the time of the clause above stays its own
    text = "Eight years ago, Smith came back. It feels good to have people coming to you."
    assert date_of(nlp, text, "came") is not None
    assert date_of(nlp, text, "coming") is None
