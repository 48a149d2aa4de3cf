"""Facts with no time of their own take one from another clause only where the sentence says
it is the same moment (ninety-sixth extraction iteration): a relative clause on a time
expression ("yesterday, when a bomber crashed") happened then; a "when" clause of the same tense
takes its governing clause's time; an event noun's "happened on ..." relative clause dates the
noun, a clause that took place in or during a dated event noun takes its time, and so does a
past relative clause whose subject is that noun ("the attack on Tuesday that killed five"). Any
other relative clause keeps its own time, and its head's clause does not take it. Self-written
sentences unless noted; the test article is published Friday 2024-03-15."""
import pytest

from extracttools import date_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)



def test_a_relative_clause_on_a_time_expression_happened_at_that_time(nlp):
    # Source: https://en.wikinews.org/wiki/World_War_II_era_plane_crashes_in_Connecticut,_US,_killing_at_least_seven
    # (Wikinews contributors, CC BY 2.5), shortened
    text = ("At least seven people were killed in the United States yesterday, when a World "
            "War II-era bomber crashed at Bradley International Airport.")
    assert date_of(nlp, text, "crashed") == "2024-03-14"


def test_a_when_clause_of_the_same_tense_takes_its_governing_clausesdate_of(nlp):
    text = "Two people were killed on Monday when a bomb exploded in the market."
    assert date_of(nlp, text, "exploded") == "2024-03-11"


def test_a_happened_relative_clause_dates_its_event_noun_and_the_clause_in_it(nlp):
    text = "Eight people were injured in a bombing that happened on Tuesday."
    assert date_of(nlp, text, "bombing") == "2024-03-12"
    assert date_of(nlp, text, "injured") == "2024-03-12"


def test_a_past_relative_clause_a_dated_event_noun_does_takes_itsdate_of(nlp):
    text = "The attack on Tuesday that killed five soldiers was claimed by the group."
    assert date_of(nlp, text, "killed") == "2024-03-12"


def test_a_future_when_clause_under_a_dated_past_clause_stays_undated(nlp):
    # guard (passes either way): the speech verb is no event, and "when the talks end" is
    # ahead of the saying, so Monday must not date it
    text = "The minister said on Monday that the army would withdraw when the talks end."
    assert date_of(nlp, text, "end") is None
    assert date_of(nlp, text, "withdraw") is None


def test_a_relative_clauses_time_stays_its_own(nlp):
    # guard (passes either way): the arrest's Monday is not the death's
    text = "A man who was arrested on Monday died in custody."
    assert date_of(nlp, text, "arrested") == "2024-03-11"
    assert date_of(nlp, text, "died") is None
