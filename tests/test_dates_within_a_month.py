"""A day counted within a month (kg.extract.time.resolve): "the last weekend of July" is
in July, not the weekend before the article ("Wikinews attended the Texas Haunters
Convention on the last weekend of July", published Monday, August 5, 2019, had been dated
August 3); a time of day alone, in a past clause, is on the day the article last named
("The fire broke out at around 3:30am")."""
from datetime import date

import pytest

from kg.extract.time import resolve


def test_the_last_weekend_of_a_month_is_its_last_saturday():
    assert resolve("on the last weekend of July", date(2019, 8, 5), "past") == \
        ("2019-07-27", "day")


def test_an_ordinal_weekday_of_a_month_with_or_without_its_year():
    assert resolve("the first Monday of May 2019", date(2019, 8, 5), "past") == \
        ("2019-05-06", "day")
    assert resolve("the second Tuesday in November", date(2019, 8, 5), "future") == \
        ("2019-11-12", "day")


def test_last_weekend_alone_still_counts_back_from_the_article():
    assert resolve("last weekend", date(2019, 8, 5), "past") == ("2019-08-03", "day")


@pytest.mark.extraction
def test_a_time_of_day_in_a_past_clause_is_on_the_day_last_named(nlp):
    # kg.extract.time._clock_times_of_the_day; published 2024-03-15 (a Friday)
    text = ("A fire broke out in a market in Dhaka on Sunday. The fire broke out again at "
            "around 3:30am.")
    second = [e for e in _events(nlp, text) if e.trigger == "broke out"][1]
    assert (second.time.text, second.time.value) == ("3:30am", "2024-03-10")


@pytest.mark.extraction
def test_a_time_of_day_after_a_year_or_in_a_plan_gets_no_day(nlp):
    text = ("In June 1968 Robert Kennedy was in Los Angeles. Sirhan Sirhan shot Kennedy "
            "just after midnight. The final match is going to be held at 1 pm.")
    events = _events(nlp, text)
    shot = [e for e in events if e.trigger == "shot"]
    held = [e for e in events if e.trigger == "held"]
    assert shot and held
    assert shot[0].time is None and held[0].time is None


def _events(nlp, text):
    from extracttools import read_everything
    return list(read_everything(nlp, text).extraction.events)
