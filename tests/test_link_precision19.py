"""Wrong links and wrong types on unseen news (the nineteenth iteration,
docs/linking.md): a country's alias written once for something of another country's
story ("free care at St Vincent" in a story of Melbourne: its hospital, not Saint
Vincent and the Grenadines), letters abbreviating a common noun read as an
organisation ("the FAQ", "PPE", "CCTV"), a surname opening a sentence read as a thing
("Trump claimed …"), and a state made a city by the city listed with it ("Melbourne and
Victoria"). Each test fails when its rule is removed; the others guard the rules'
limits. The passages are made up for the tests; the QIDs are the shipped index's."""
from __future__ import annotations

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_country_s_alias_written_once_in_a_story_of_another_country_is_not_linked(linker):
    text = ("International students in Melbourne are not entitled to free care at St Vincent, "
            "even with insurance. Melbourne is the second city of Australia, and Australia's "
            "health minister said Melbourne would pay.")
    found = linker.link(placed(text, ("Melbourne", "Place"), ("Australia", "Country"),
                               ("St Vincent", "Place")))
    assert qid(found, "St Vincent", "Place") is None
    assert qid(found, "Melbourne", "Place") == "Q3141"


def test_a_country_s_alias_in_a_story_of_no_other_country_is_linked(linker):
    # the rule reads the story's countries: with none, the island state stays
    text = "Volcanic ash fell across St Vincent on Friday, and thousands left their homes."
    found = linker.link(placed(text, ("St Vincent", "Place")))
    assert qid(found, "St Vincent", "Place") == "Q757"


def test_a_country_named_by_its_own_name_is_linked_in_any_story(linker):
    text = ("International students in Melbourne, Australia, raised money for Saint Vincent "
            "and the Grenadines after the eruption.")
    found = linker.link(placed(text, ("Melbourne", "Place"), ("Australia", "Country"),
                               ("Saint Vincent and the Grenadines", "Country")))
    assert qid(found, "Saint Vincent and the Grenadines", "Country") == "Q757"


@pytest.mark.parametrize("text, letters", [
    ("The FAQ says users must update the software. Kurt Hansen wrote the FAQ in May.", "faq"),
    ("Nurses in Mumbai said they still lacked PPE and masks.", "ppe"),
    ("Police in Leeds reviewed CCTV footage of the street.", "cctv"),
    ("The new laptop has a faster CPU, Dell said.", "cpu"),
])
def test_letters_of_a_common_noun_are_no_name(nlp, text, letters):
    found = entities(nlp, text)
    assert not any(key.endswith(f":{letters}") for key in found)


def test_a_country_s_label_without_its_article_is_its_own_name(linker):
    # "Bahamas" answers to "The Bahamas": the label, not a short alias
    text = ("Hurricane Dorian struck Florida and the Carolinas after it hit the Bahamas. "
            "Florida's governor said Florida was ready.")
    found = linker.link(placed(text, ("Florida", "Place"), ("Bahamas", "Place")))
    assert qid(found, "Bahamas", "Place") == "Q778"


def test_a_surname_opening_a_sentence_before_its_verb_is_the_person(nlp):
    # the model tags such a "Trump" as a common noun (a trump); read as a thing, it took
    # the person's link but neither the person's type nor the facts
    found = entities(nlp, "President Donald Trump visited Ohio. The state's new law limits "
                          "voting by mail for most residents. Trump claimed the law was "
                          "unfair.")
    assert found["Person:donald trump"] == ["Donald Trump", "Trump"]


def test_a_surname_word_before_a_noun_stays_a_word(nlp):
    found = entities(nlp, "Singer Neil Young played in Ohio on Monday.\n\nYoung voters "
                          "stayed away, organisers said.")
    assert found["Person:neil young"] == ["Neil Young"]


def test_a_city_listed_with_its_state_does_not_make_the_state_a_city(linker):
    # "Melbourne and Victoria": a city and the state it is in, not two cities (Victoria,
    # British Columbia)
    text = ("Melbourne is the second city of Australia. Few residents in Melbourne and "
            "Victoria are aboriginal, Australia's census found.")
    found = linker.link(placed(text, ("Melbourne", "Place"), ("Australia", "Country"),
                               ("Victoria", "Place")))
    assert qid(found, "Victoria", "Place") == "Q36687"


def test_two_cities_listed_stay_cities(linker):
    text = "Flights from London and New York were cancelled on Monday."
    found = linker.link(placed(text, ("London", "Place"), ("New York", "Place")))
    assert qid(found, "New York", "Place") == "Q60"


def test_a_list_of_states_with_a_river_s_name_stays_a_list_of_states(linker):
    # the Mississippi River runs through Missouri: a river is no city the state holds
    text = "Voters in Idaho, Michigan, Mississippi, Missouri and Ohio go to the polls on Tuesday."
    found = linker.link(placed(text, *((name, "Place") for name in (
        "Idaho", "Michigan", "Mississippi", "Missouri", "Ohio"))))
    assert qid(found, "Missouri", "Place") == "Q1581"
