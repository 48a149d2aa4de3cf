"""What one responds to, and who responds "in response to" (two-hundred-and-seventh
extraction iteration: senses.json respond.01 and noun "response", discourse.json
answering_phrases, kg.extract.arguments.Reader._inherit)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_what_one_responds_to_is_the_object(nlp):
    # https://en.wikinews.org/wiki/US_federal_agency_announces_plans_to_begin_presidential_transition_process_following_Trump_election_loss
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "President Trump responded to her letter on Twitter.", "respond.01")
    assert any(("patient", "her letter") in a for a in args), args
    assert not any(role == "recipient" for a in args for role, _ in a), args


def test_in_response_to_names_the_clauses_doer_as_responding(nlp):
    # after https://en.wikinews.org/wiki/Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "In response to a lawsuit by the National Coalition for Men, Judge "
                          "Gray Miller ruled the law unconstitutional.", "respond.01")
    assert any(("agent", "Gray Miller") in a for a in args), args


def test_a_passive_clause_gives_its_response_no_doer(nlp):
    # guard: the ones arrested do not respond
    args = events_of(nlp, "The men were arrested in response to the protests.", "respond.01")
    assert args and not any(role == "agent" for a in args for role, _ in a), args


def test_a_governments_response_to_an_outbreak(nlp):
    args = events_of(nlp, "The government's initial response to the outbreak was slow.",
                     "respond.01")
    assert any(("patient", "the outbreak") in a for a in args), args
