"""Places named like others (the thirtieth linking iteration, docs/linking.md): a member of
Congress "of" a place names the state they represent ("Jerrold Nadler of New York"), not
the city; a country whose capital the sources label with its name ("Luxembourg") is the
country unless the words say the city; the Holy See is no other name of Vatican City.
Each rule's test fails with the rule removed; the others guard the rules' limits. The
passages are made up for the tests."""
from __future__ import annotations

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.vocab import entity_key

NEW_YORK_STATE, NEW_YORK_CITY = "Q1384", "Q60"
LUXEMBOURG, LUXEMBOURG_CITY = "Q32", "Q1842"
HOLY_SEE, VATICAN_CITY = "Q159583", "Q237"


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_member_of_congress_of_a_place_names_the_state(linker):
    # the sources describe him as a member of the House: "of New York" is his seat
    text = "Committee chairman Jerrold Nadler of New York said the panel would vote."
    links = linker.link(placed(text, ("Jerrold Nadler", "Person"), ("New York", "Place")))
    assert qid(links, "New York", "Place") == NEW_YORK_STATE


def test_a_place_named_elsewhere_than_after_the_member_keeps_its_link(linker):
    # the limit: "visited New York" says nothing of a seat
    text = "Jerrold Nadler visited New York on Monday, his office said."
    links = linker.link(placed(text, ("Jerrold Nadler", "Person"), ("New York", "Place")))
    assert qid(links, "New York", "Place") == NEW_YORK_CITY


def test_a_place_after_someone_without_a_seat_keeps_its_link(linker):
    # the limit: a person unknown to the index, or of no elected body, says nothing
    text = "Artist Jane Roe of New York said the show would open on Monday."
    links = linker.link(placed(text, ("Jane Roe", "Person"), ("New York", "Place")))
    assert qid(links, "New York", "Place") == NEW_YORK_CITY


def test_a_country_labelled_like_its_capital_is_the_country(linker):
    # the sources label the capital "Luxembourg" too; typed a country, it is the country
    text = "Luxembourg's prime minister met European leaders on Monday."
    assert qid(linker.link(placed(text, ("Luxembourg", "Country"))), "Luxembourg",
               "Country") == LUXEMBOURG


def test_the_city_named_like_its_country_when_the_words_say_so(linker):
    # the limit: "the city of Luxembourg" is the capital
    text = "The meeting was held in the city of Luxembourg on Monday."
    assert qid(linker.link(placed(text, ("Luxembourg", "Country"))), "Luxembourg",
               "Country") == LUXEMBOURG_CITY


def test_the_holy_see_is_no_name_of_vatican_city(nlp):
    # the Holy See (the Pope's jurisdiction) and Vatican City (the state) are two items:
    # the extraction no longer makes one entity of the two names
    found = entities(nlp, "Cardinal Marc Ouellet of the Holy See wrote to the bishops. "
                          "The decree asks them to notify Vatican City of any allegation.")
    assert not any("Holy See" in names and "Vatican City" in names
                   for names in found.values())


def test_the_holy_see_links_to_its_own_item(linker):
    text = "Cardinal Marc Ouellet of the Holy See wrote to the bishops on Monday."
    assert qid(linker.link(placed(text, ("Holy See", "Place"))), "Holy See", "Place") == \
        HOLY_SEE
