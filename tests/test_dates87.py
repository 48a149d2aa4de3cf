"""A clause with no time of its own takes the time of the clause it elaborates (eighty-seventh
extraction iteration): an absolute "with" clause, a bare participle, a purpose clause and a
"to" complement carry the governing clause's resolved time; a perfect infinitive and a
subordinate clause with its own subordinator do not. Self-written sentences; the test
article is published Friday 2024-03-15."""
import pytest

from extracttools import date_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)



def test_an_absolute_with_clause_takes_its_governing_clausesdate_of(nlp):
    text = "The firm was sold to Acme in 2014, with Acme gaining the rights to the brand."
    assert date_of(nlp, text, "gaining") == "2014-01-01"


def test_a_bare_participle_takes_its_governing_clausesdate_of(nlp):
    text = "The storm struck the coast on Wednesday, killing three fishermen."
    assert date_of(nlp, text, "killing") == "2024-03-13"


def test_a_purpose_clause_takes_its_governing_clausesdate_of(nlp):
    text = "On Monday, the party held a ballot to elect a new leader."
    assert date_of(nlp, text, "elect") == "2024-03-11"


def test_a_to_complement_takes_its_governing_clausesdate_of(nlp):
    text = "The city council voted on Tuesday to close the school."
    assert date_of(nlp, text, "close") == "2024-03-12"


def test_a_perfect_infinitive_does_not_take_the_governingdate_of(nlp):
    text = "A bombing was yesterday reported to have killed a local photographer."
    assert date_of(nlp, text, "killed") is None


def test_guard_a_subordinate_clause_keeps_no_date_of_the_main_clause(nlp):
    # guard: passes with the rule reverted too
    text = "The actor died on Friday after being diagnosed with cancer."
    assert date_of(nlp, text, "diagnosed") is None
