"""A year that modifies a noun ("the 2020 election", "a 2020 candidate") names which election
or candidate; it dates no clause (hundred-and-eleventh extraction iteration). It may still date
the noun's own event ("the 2020 election" took place in 2020), a clause that took place in a
dated event noun still takes it, and so does a clause whose occasion the noun is ("at the 1972
convention" on the verb, "the 2010 disaster occurred"); a year of the clause's own ("in 1992")
dates it as before. Self-written sentences unless noted; the test article is published Friday
2024-03-15."""
import pytest

from extracttools import date_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)



def test_a_year_modifying_the_subjects_noun_does_not_date_the_clause(nlp):
    text = "Capp, a 2020 Melbourne Lord Mayor candidate, opposed the plan."
    assert date_of(nlp, text, "opposed") is None


def test_a_year_modifying_the_object_noun_does_not_date_the_verb(nlp):
    text = "Kokesh announced his 2020 candidacy."
    assert date_of(nlp, text, "announced") is None


def test_the_clauses_own_year_dates_it_and_not_the_year_of_its_object(nlp):
    text = "Smith announced his 2020 candidacy in 2013."
    assert date_of(nlp, text, "announced") == "2013-01-01"


def test_a_year_conjoined_to_a_noun_modifying_year_dates_no_clause_either(nlp):
    text = "Kokesh supported the 2008 and 2012 campaigns of Ron Paul."
    assert date_of(nlp, text, "supported") is None


def test_a_year_modifying_a_plain_object_noun_does_not_date_the_verb(nlp):
    text = "The company released its 2019 annual report."
    assert date_of(nlp, text, "released") is None


def test_a_wikinews_year_candidate_is_no_date_of_the_answering(nlp):
    # Source: https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
    # (Wikinews contributors, CC BY 2.5), shortened
    text = ("2020 Melbourne Lord Mayor candidate Wayne Tseng answered some questions about his "
            "campaign from Wikinews.")
    assert date_of(nlp, text, "answered") is None


def test_the_year_still_dates_the_event_noun_it_modifies(nlp):
    # guard (passes either way): the election itself is in 2020
    text = "Smith announced his candidacy for the 2020 presidential election."
    assert date_of(nlp, text, "presidential election") == "2020-01-01"


def test_a_clause_in_a_dated_event_noun_still_takes_its_year(nlp):
    # guard (passes either way): wounded in the 2015 attack, so in 2015
    text = "Eight people were wounded in the 2015 attack."
    assert date_of(nlp, text, "wounded") == "2015-01-01"


def test_a_year_of_the_occasion_the_clause_took_place_at_dates_it(nlp):
    # the convention is where the votes were received: "at" on the verb keeps the year
    text = "Steinem received 400 votes at the 1972 convention."
    assert date_of(nlp, text, "received") == "1972-01-01"


def test_a_year_of_an_event_noun_that_occurred_dates_the_occurring(nlp):
    text = "The 2010 mine disaster occurred during his tenure."
    assert date_of(nlp, text, "occurred") == "2010-01-01"


def test_a_decade_written_with_an_apostrophe_still_dates_the_clause(nlp):
    # the parser reads the "’s" of "the 1930’s" as a noun the year modifies
    text = "The strikes began in the 1930’s."
    assert date_of(nlp, text, "began") == "1930-01-01"


def test_a_year_of_the_clause_itself_still_dates_it(nlp):
    # guard (passes either way): "in 1992" is the clause's own time
    text = "The company was founded in 1992."
    assert date_of(nlp, text, "founded") == "1992-01-01"
