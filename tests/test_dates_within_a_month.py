"""A day counted within a month (kg.extract.time.resolve): "the last weekend of July" is
in July, not the weekend before the article ("Wikinews attended the Texas Haunters
Convention on the last weekend of July", published Monday, August 5, 2019, had been dated
August 3)."""
from datetime import date

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
