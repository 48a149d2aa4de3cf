""""decline" in its two senses (hundred-and-seventy-sixth extraction iteration, one entry
of senses.json): a person who declines turns something down (decline.02, the one who
declines acts), as does anyone declining to do something; anything else that declines
falls (decline.01). "... but he declined" had made the judge what fell."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_person_who_declines_turns_it_down_and_acts(nlp):
    # Sentence after https://en.wikinews.org/wiki/US_federal_judge_rules_all-male_military_draft_unconstitutional
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "The government asked Judge Miller to delay his ruling, but Miller "
                          "declined.", "decline.02")
    assert any(("agent", "Miller") in a for a in args), args


def test_an_organisation_declining_to_comment(nlp):
    args = events_of(nlp, "The company declined to comment.", "decline.02")
    assert any(("agent", "The company") in a for a in args), args


def test_what_falls_still_declines(nlp):
    # guard: sales and shares fall (decline.01), they turn nothing down
    args = events_of(nlp, "Sales declined sharply in March.", "decline.01")
    assert any(("patient", "Sales") in a for a in args), args
