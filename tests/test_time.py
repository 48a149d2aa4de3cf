"""Time expressions resolved against the publication date, original text kept."""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.time import is_point, resolve

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

TUESDAY = date(2016, 3, 15)


@pytest.mark.parametrize("text, value, granularity", [
    ("last night", "2016-03-14", "day"),
    ("this morning", "2016-03-15", "day"),
    ("yesterday", "2016-03-14", "day"),
    ("tomorrow", "2016-03-16", "day"),
    ("last week", "2016-03-07", "week"),
    ("next month", "2016-04-01", "month"),
    ("this year", "2016-01-01", "year"),
    ("three days ago", "2016-03-12", "day"),
    ("since September 30 last", "2015-09-30", "day"),
    ("on Monday", "2016-03-14", "day"),
    ("on Sunday", "2016-03-13", "day"),
    ("March 2, 2014", "2014-03-02", "day"),
    ("2 March 2014", "2014-03-02", "day"),
    ("in May 2015", "2015-05-01", "month"),
    ("in the 1980s", "1980-01-01", "decade"),
    ("the late 1990s", "1990-01-01", "decade"),
])
def test_relative_and_absolute_dates_resolve_against_the_publication_date(text, value, granularity):
    assert resolve(text, TUESDAY) == (value, granularity)


def test_month_day_without_year_takes_the_nearest_occurrence():
    assert resolve("December 30", date(2017, 1, 4))[0] == "2016-12-30"
    assert resolve("January 3", date(2016, 12, 30))[0] == "2017-01-03"
    assert resolve("next January 3", date(2016, 6, 1))[0] == "2017-01-03"


def test_a_weekday_in_a_future_clause_is_the_coming_one():
    assert resolve("on Friday", TUESDAY, tense="future")[0] == "2016-03-18"
    assert resolve("on Friday", TUESDAY, tense="past")[0] == "2016-03-11"


def test_relative_expressions_stay_unresolved_without_a_date():
    assert resolve("last night", None)[0] is None
    assert resolve("last week", None) == (None, "week")
    assert resolve("March 2, 2014", None) == ("2014-03-02", "day")


def test_durations_are_not_points_in_time():
    assert not is_point("a few hours")
    assert not is_point("two months")
    assert is_point("two months ago")
    assert is_point("last night")


def test_extraction_keeps_the_original_text_with_the_resolved_value(extract_text):
    x = extract_text("Officials said on Thursday that the ministry had closed the border "
                     "last week.", date(2019, 11, 8))
    found = {t.text: t.value for t in x.times}
    assert found.get("on Thursday") == "2019-11-07"
    assert found.get("last week") == "2019-10-28"
    assert all(x.article.text[t.start:t.end] == t.text for t in x.times)


def test_without_a_publication_date_relative_times_have_no_value(extract_text):
    x = extract_text("The minister resigned last night.")
    assert [(t.text, t.value) for t in x.times] == [("last night", None)]


def test_a_month_alone_in_a_past_clause_is_its_latest_occurrence_unless_next():
    assert resolve("in November", TUESDAY, "past") == ("2015-11-01", "month")
    assert resolve("in May", TUESDAY, "past") == ("2015-05-01", "month")
    assert resolve("next November", TUESDAY) == ("2016-11-01", "month")
    assert resolve("in March", TUESDAY) == ("2016-03-01", "month")


def test_a_month_alone_in_a_present_clause_is_its_nearest_occurrence():
    # "the earthquakes may continue into early April": no tense says which side
    assert resolve("in May", TUESDAY) == ("2016-05-01", "month")
    assert resolve("in November", TUESDAY) == ("2015-11-01", "month")


@pytest.mark.parametrize("text, value", [
    ("In late June", "2015-06-01"),
    ("in early September", "2015-09-01"),
    ("by the end of January", "2016-01-01"),
    ("mid-February", "2016-02-01"),
    ("This past August", "2015-08-01"),
    ("in late June 2014", "2014-06-01"),
])
def test_a_part_of_a_month_is_that_month(text, value):
    assert resolve(text, TUESDAY, "past") == (value, "month")


@pytest.mark.parametrize("text, value", [
    ("early 2014", "2014-01-01"),
    ("the end of 2013", "2013-01-01"),
    ("mid-2012", "2012-01-01"),
])
def test_a_part_of_a_year_is_that_year(text, value):
    assert resolve(text, TUESDAY, "past") == (value, "year")


def test_a_future_seen_from_the_past_takes_the_nearer_weekday():
    # published on a Tuesday: Monday was yesterday, Thursday is the day after tomorrow
    assert resolve("Monday", TUESDAY, "prospective") == ("2016-03-14", "day")
    assert resolve("on Thursday", TUESDAY, "prospective") == ("2016-03-17", "day")
    assert resolve("Tuesday", TUESDAY, "prospective") == ("2016-03-15", "day")
    assert resolve("March 20", TUESDAY, "prospective") == ("2016-03-20", "day")


def test_weekends_are_their_saturday():
    assert resolve("next weekend", date(2023, 3, 6)) == ("2023-03-11", "day")
    assert resolve("next weekend", date(2023, 3, 11)) == ("2023-03-18", "day")
    assert resolve("last weekend", date(2023, 3, 6)) == ("2023-03-04", "day")


def _times(extract_text, text: str, published: date) -> dict[str, str | None]:
    """Each time expression of ``text`` (as written) and its resolved value."""
    return {t.text: t.value for t in extract_text(text, published).times}


def test_a_reported_would_looks_to_the_nearer_side(extract_text):
    # published on a Wednesday: "would meet on Friday" is two days ahead; "would pass
    # Tuesday night" (said before it) is yesterday, not six days ahead
    found = _times(extract_text, "Santos said he would meet the president on Friday. The "
                   "ban will end in August.", date(2024, 6, 5))
    assert found["on Friday"] == "2024-06-07"
    assert found["in August"] == "2024-08-01"
    found = _times(extract_text, "Forecasters predicted that the storm would pass by Bermuda "
                   "Tuesday night.", date(2024, 6, 5))
    assert list(found.values()) == ["2024-06-04"]


def test_was_to_and_was_scheduled_look_to_the_nearer_side(extract_text):
    # published on a Thursday: "was to meet Monday" is three days back, not four ahead;
    # "was slated for June 10" is four days ahead, not a year back
    found = _times(extract_text, "The Senate was to meet Monday to discuss the nomination. "
                   "The debate was slated for June 10.", date(2024, 6, 6))
    assert found["Monday"] == "2024-06-03"
    assert found["June 10"] == "2024-06-10"


def test_a_gerunds_dates_go_the_way_of_its_clause(extract_text):
    # "Despite winning ... in May, Collins lost": past, though a gerund has no tense
    found = _times(extract_text, "Despite winning the state primary in May, Collins lost "
                   "the nomination.", date(2024, 3, 15))
    assert list(found.values()) == ["2023-05-01"]


def test_four_digit_clock_times_are_not_years(extract_text):
    """Wire style gives UTC times as four digits: "(1137 UTC)" is not the year 1137, and
    "0030" is no year at all; a year before a noun stays a year."""
    x = extract_text("The quake struck at 7:37 p.m. local time (1137 UTC) on Wednesday. "
                     "Police reached the scene at 0030. The 2016 election was close.",
                     date(2020, 5, 1))
    values = {t.text: t.value for t in x.times}
    assert not any(v and v.startswith(("1137", "0030")) for v in values.values()), values
    assert values.get("2016") == "2016-01-01", values


def test_clock_times_know_every_time_zone_the_entity_step_knows(extract_text):
    """The zones are one table (entities.json's ``time_zones``): "1800 WAT" is a clock
    time as "1137 UTC" is, while a year before a capitalised word ("the 2019 West Africa
    summit") stays a year, zones being matched as written."""
    x = extract_text("Polls closed at 1800 WAT on Saturday in Lagos. The 2019 West Africa "
                     "summit was held in Abuja.", date(2020, 5, 1))
    values = {t.text: t.value for t in x.times}
    assert not any(v and v.startswith("1800") for v in values.values()), values
    assert values.get("2019") == "2019-01-01", values


def test_four_digit_counts_are_not_years(extract_text):
    """Wire copy writes counts without a comma: "1300 were killed" and "1201 takedown
    notices" count things, and "By Friday, 1720 had been discharged" is dated Friday; a year
    that is a subject or modifies a noun with its article stays a year."""
    x = extract_text("Officials said 1300 were killed in the floods. Google received 1201 "
                     "takedown notices last month. It expects any new 1201 requests to be "
                     "refused under Section 1201. The star 6819 is far. By Friday, 1720 had already been discharged from hospitals. "
                     "The 2019 elections were disputed. "
                     "2018 was a record year for the firm.", date(2020, 5, 6))
    values = {t.text: t.value for t in x.times}
    assert not any(v and v.startswith(("1300", "1201", "1720", "6819")) for v in values.values()), values
    assert values.get("By Friday") == "2020-05-01", values
    assert values.get("2019") == "2019-01-01", values
    assert values.get("2018") == "2018-01-01", values
