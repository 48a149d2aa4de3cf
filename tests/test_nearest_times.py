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


def test_the_day_a_part_of_the_day_is_of_when_the_model_labels_only_the_part(nlp):
    # https://en.wikinews.org/wiki/Four_teenagers_shot_at_Pennsylvania_graduation_party
    # (2019), Wikinews contributors, CC BY 2.5 (kg.extract.time._extend): after its
    # dateline the model labels "morning" alone, and "midnight" took the dateline's day
    # (published 2024-03-15 here: Saturday is the 9th)
    text = ("Tuesday, July 23, 2019\n\nEarly Saturday morning, somewhat after midnight, "
            "police in Clairton, Pennsylvania, in the eastern United States, responded to "
            "multiple reports of a shooting at a graduation party.")
    assert date_of(nlp, text, "responded") == "2024-03-09"


def test_a_month_a_period_runs_until_is_ahead_of_a_clause_not_in_the_past(nlp):
    # https://en.wikinews.org/wiki/Holy_Headdress_of_Christ_carried_in_procession_through_
    # streets_of_Cahors,_France (2019), Wikinews contributors, CC BY 2.5
    # (kg.extract.time.resolve): "until December" had the nearest December, the one before
    # publication (2024-03-15 here); the other two sentences are ours
    text = "Other celebrations and other events have been planned in Cahors until December."
    assert date_of(nlp, text, "planned") == "2024-12-01"
    # guard: a past clause keeps the month behind it; "since" looks back
    assert date_of(nlp, "The museum closed its doors until December.",
                   "closed") == "2023-12-01"
    assert date_of(nlp, "The town has hosted events since December.",
                   "hosted") == "2023-12-01"
