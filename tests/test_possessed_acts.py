"""An act its possessor does (hundred-and-ninety-ninth extraction iteration, discourse.json
possessed_act_nouns, kg.extract.triggers._possessed_act): "her campaign", "his work",
"his 2018 run" name an act of their own with the possessor as its doer; a noun whose
possessor undergoes it ("his arrest") is not read that way."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_possessed_campaign_is_its_possessors_act(nlp):
    # after https://en.wikinews.org/wiki/Greta_Thunberg_named_2019_Time_Person_of_the_Year
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Greta Thunberg is a Swedish activist. In her campaign, she has met "
                          "with multiple world leaders.", "campaign.01")
    assert any(("agent", "Greta Thunberg") in a for a in args), args


def test_a_named_possessor_does_the_act(nlp):
    args = events_of(nlp, "Wikinews discussed Hammons's 2020 campaign for President.",
                     "campaign.01")
    assert any(("agent", "Hammons") in a for a in args), args


def test_a_possessor_who_undergoes_the_noun_makes_no_act_of_it(nlp):
    # guard: the one arrested is no arrester
    args = events_of(nlp, "Police confirmed the suspect's arrest on Monday.", "arrest.01")
    assert any(("patient", "the suspect") in a for a in args), args
    assert not any(("agent", "the suspect") in a for a in args), args
