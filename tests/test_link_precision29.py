"""Demonyms and countries on unseen news (the twenty-ninth linking iteration,
docs/linking.md): a demonym of several words is one nationality ("the Saudi Arabian
ambassador", not "Saudi"; "Papua New Guinean", not Guinea's "Guinean"); a country's
adjective the model labels a place, a person or an organisation before a noun ("a Sri
Lankan diplomat") is the country, as the model's own nationalities are; a country whose
capital is named after it ("Guatemala", "Kuwait") is the country, not the capital the
sources also call so. Each rule's test fails with the rule removed; the others guard the
rules' limits. The passages are made up for the tests."""
from __future__ import annotations

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.vocab import entity_key

GUATEMALA, KUWAIT, NEW_YORK_CITY = "Q774", "Q817", "Q60"


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_demonym_of_several_words_is_one_nationality(nlp):
    # the model reads "Saudi" alone and leaves "Arabian": the mention is cut short
    found = entities(nlp, "He was charged in 2011 over a plot to kill the Saudi Arabian "
                          "ambassador to the United States.")
    assert found.get(entity_key("Country", "Saudi Arabia")) == ["Saudi Arabian"]


def test_a_demonym_of_several_words_is_not_its_last_word(nlp):
    # "Guinean" alone would be Guinea, another country
    found = entities(nlp, "He met a Papua New Guinean diplomat in Geneva last week.")
    assert found.get(entity_key("Country", "Papua New Guinea")) == ["Papua New Guinean"]
    assert entity_key("Country", "Guinea") not in found


def test_a_demonym_inside_a_longer_name_is_left_to_the_model(nlp):
    # the limit: where the model's name runs on past the demonym, the name is the
    # model's ("South African Airways" is an airline, no nationality)
    found = entities(nlp, "South African Airways cut flights to Lagos on Monday.")
    assert not any(names == ["South African"] for names in found.values())


@pytest.mark.parametrize("text, country, demonym", [
    ("He met a Sri Lankan diplomat in Geneva last week.", "Sri Lanka", "Sri Lankan"),
    ("He met a Kazakh diplomat in Geneva last week.", "Kazakhstan", "Kazakh"),
    ("Officials said the Kuwaiti government rejected the plan.", "Kuwait", "Kuwaiti"),
])
def test_a_demonym_the_model_reads_as_another_kind_is_the_country(nlp, text, country,
                                                                   demonym):
    # the model labels these a place or an organisation: before a noun they are the
    # country's adjective, as "Syrian" is in "the Syrian government"
    found = entities(nlp, text)
    assert found.get(entity_key("Country", country)) == [demonym]
    assert not any(key != entity_key("Country", country) and names == [demonym]
                   for key, names in found.items())


@pytest.mark.parametrize("name, country", [("Guatemala", GUATEMALA), ("Kuwait", KUWAIT)])
def test_a_country_named_like_its_capital_is_the_country(linker, name, country):
    # the sources call the capitals "Guatemala" and "Kuwait" too; that alias is no
    # label beside the country's own
    text = f"Officials in {name} rejected the plan on Monday, the ministry said."
    assert qid(linker.link(placed(text, (name, "Country"))), name, "Country") == country


def test_a_city_named_like_its_region_still_answers_to_the_name(linker):
    # the limit: New York City answers to "New York" as well as the state does (the
    # state is no country), and the better known of the two is taken
    text = "Protesters gathered in New York on Monday, the police said."
    assert qid(linker.link(placed(text, ("New York", "Place"))), "New York", "Place") == \
        NEW_YORK_CITY
