"""Relative clauses read as their main-clause forms are (two-hundred-and-thirteenth
extraction iteration, kg.extract.triggers): a sense chosen by its subject's type takes the
relative's antecedent ("the bill, which passed the House": the House passes the bill, as
in "the bill passed the House"), and a verb of saying or attitude whose relative pronoun
is its object names a fact ("Northern Cyprus, which is recognized only by Turkey")."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_bill_which_passed_the_house_was_passed_by_it(nlp):
    args = events_of(nlp, "The bill, which passed the House last week, now goes to the Senate.",
                     "pass.01")
    assert any(("agent", "House") in a and ("patient", "The bill") in a for a in args), args


def test_a_relative_object_of_recognize_is_recognized(nlp):
    # https://en.wikinews.org/wiki/Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Turkey maintains a position that only Northern Cyprus, which is "
                          "recognized only by Turkey, has the right to the zone.", "recognize.01")
    assert any(("agent", "Turkey") in a and ("patient", "Northern Cyprus") in a
               for a in args), args


def test_senators_who_passed_a_bill_passed_it(nlp):
    # guard: a people's relative keeps them the doers
    args = events_of(nlp, "Senators who passed the bill celebrated.", "pass.01")
    assert any(("agent", "Senators") in a for a in args), args
