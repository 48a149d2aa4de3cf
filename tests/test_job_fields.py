"""The field of a job names the job (hundred-and-ninety-second extraction iteration,
kg.extract.roles._field_of_job): a lower-case noun the parser compounds onto a job
title, with its own modifiers, is part of the role ("fashion designer", "high school
teacher", "campaign manager"), as the Wikinews gold writes them; a company's spokesman
is still a spokesperson of the company. roles.json gains the general job heads player,
developer, officer, specialist, host, personality and star."""
import pytest

from extracttools import positions_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)



def test_the_field_a_job_is_in_is_part_of_its_name(extract_text):
    # after https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020,
    # https://en.wikinews.org/wiki/Former_basketball_player_Kobe_Bryant_dies_in_helicopter_crash,_aged_41
    # and https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
    # (Wikinews contributors, CC BY 2.5); the designer's sentence is ours
    x = extract_text("Wikinews contacted campaign manager Steve Dasbach about the incident. "
                     "The British fashion designer Anna Hale opened a shop. Former basketball "
                     "player "
                     "Kobe Bryant died in a crash. The ticket named high school teacher "
                     "Amar Patel.")
    assert {("Steve Dasbach", "campaign manager"), ("Anna Hale", "fashion designer"),
            ("Kobe Bryant", "basketball player"),
            ("Amar Patel", "high school teacher")} <= {
                (h, r) for h, r, _ in positions_of(x)}


def test_an_organisations_noun_says_whose_not_what_kind(extract_text):
    # guard: "company spokesman" is a spokesperson (of the company), not a "company spokesperson"
    x = extract_text("A company spokesman, John Smith, said the plant would close.")
    assert ("John Smith", "spokesperson") in {(h, r) for h, r, _ in positions_of(x)}
