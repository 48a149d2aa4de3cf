"""Spans and in-index links on unseen news (the twenty-seventh linking iteration,
docs/linking.md): a place whose name holds a comma ("Washington, D.C.") is one name,
and an agency named with its country's letters ("U.S. Justice Department") is the
country's own when the item's label opens with the country's name. Each rule's test
fails with the rule removed; the others guard the rules' limits. The passages are made
up for the tests; the QIDs are the shipped index's."""
from __future__ import annotations

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker

JUSTICE = "Q1553390"  # United States Department of Justice


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_place_whose_name_holds_a_comma_is_one_name(nlp):
    # "Washington, D.C." is the index's label of the capital, and "D.C." names it
    # too: the model's two places are one name (ELEVANT's mention is the whole)
    found = entities(nlp, "The brokenness we see in Washington, D.C. must end, the "
                          "senator said.")
    assert any(names == ["Washington, D.C."] for names in found.values())


def test_a_city_named_twice_around_a_comma_is_one_name(nlp):
    # "New York, New York": the city's alias, and the part after the comma names the
    # city too
    found = entities(nlp, "She was born in New York, New York, and studied law there.")
    assert any(names == ["New York, New York"] for names in found.values())


def test_a_city_and_its_state_after_a_comma_stay_two_places(nlp):
    # the limit: "Portland, Oregon" is an alias of the city, but "Oregon" is no name
    # of it; the state is a place of its own
    found = entities(nlp, "Her family moved to Portland, Oregon, in 1990.")
    assert any(names == ["Oregon"] for names in found.values())
    assert any(names == ["Portland"] for names in found.values())


def test_an_agency_named_with_its_countrys_letters_is_the_countrys_own(linker):
    # the item's label opens with "United States", which "U.S." abbreviates; no source
    # places the item in its country, so its own name must say where it is
    text = ("President Trump visited Ohio, in the United States, on Monday. The U.S. "
            "Justice Department maintains a policy of not charging a sitting president.")
    found = linker.link(placed(text, ("U.S. Justice Department", "Organization"),
                               ("Ohio", "Place"), ("United States", "Country")))
    assert qid(found, "U.S. Justice Department", "Organization") == JUSTICE


def test_an_agency_of_another_country_is_not_the_united_states_own(linker):
    # the limit: "Justice Department" alone, in an article about Canada, gives the
    # item's alias no backing from the article's own country
    text = ("Police in Ontario, Canada, made arrests on Monday. The Justice Department "
            "said it would review the case.")
    found = linker.link(placed(text, ("Justice Department", "Organization"),
                               ("Ontario", "Place"), ("Canada", "Country")))
    assert qid(found, "Justice Department", "Organization") is None
