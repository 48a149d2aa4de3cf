"""The time hung on a clause's own verb dates it before one inside a phrase the clause
holds (two-hundred-and-eighteenth extraction iteration, kg.extract.facts._attach_times)."""
import pytest

from extracttools import date_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_cardiac_arrest_on_monday_despite_signs_of_recovery_on_sunday(nlp):
    # https://en.wikinews.org/wiki/Burundi_President_Pierre_Nkurunziza_dies_aged_55
    # (2020), Wikinews contributors, CC BY 2.5 (published 2024-03-15 here: Monday is the 11th)
    text = ("Despite signs of recovery on Sunday, he suffered a cardiac arrest on Monday and "
            "died, government officials stated.")
    assert date_of(nlp, text, "arrest") == "2024-03-11"
    assert date_of(nlp, text, "died") == "2024-03-11"


def test_a_founding_year_beats_a_year_in_an_apposition(nlp):
    # after https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    # (2020), Wikinews contributors, CC BY 2.5
    assert date_of(nlp, "Gunzburger, a trial lawyer since 1988, founded the nonpartisan "
                        "Politics1.com in 1997.", "founded").startswith("1997")
