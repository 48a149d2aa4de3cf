"""Spans and in-index links on unseen news (the twenty-seventh linking iteration,
docs/linking.md): a place whose name holds a comma ("Washington, D.C.") is one name,
and an agency named with its country's letters ("U.S. Justice Department") is the
country's own when the item's label opens with the country's name. Each rule's test
fails with the rule removed; the others guard the rules' limits. The passages are made
up for the tests; the QIDs are the shipped index's."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.model import Article, Entity, Extraction, Link, Mention
from kg.pipeline import extract_one
from kg.vocab import entity_key

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

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



HOUSE = "Q11701"  # United States House of Representatives


def _house_story(sentence: str) -> Extraction:
    """An article that names the United States House of Representatives in full, then
    writes ``sentence``, whose "House" is an entity of its own."""
    text = ("Nancy Pelosi, the Speaker of the United States House of Representatives, "
            f"spoke in the United States on Monday. {sentence}")
    full = "United States House of Representatives"
    at, short = text.index(full), text.rindex("House")
    entities = (
        Entity(entity_key("Organization", full), "Organization", full,
               (Mention(at, at + len(full), full, 0),)),
        Entity(entity_key("Organization", "House"), "Organization", "House",
               (Mention(short, short + 5, "House", 1),)),
        Entity(entity_key("Country", "United States"), "Country", "United States",
               tuple(Mention(m, m + 13, "United States", 0)
                     for m in (text.index("United States"), text.rindex("United States")))),
    )
    return Extraction(Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc)), (),
                      entities)


def test_a_head_word_after_the_and_an_adjective_is_the_articles_institution(linker):
    # "until the full House votes": "House" alone, after "the" and one lower-case
    # word, is the article's own "House of Representatives"
    found = linker.link(_house_story("Until the full House votes, nothing changes."))
    assert qid(found, "United States House of Representatives", "Organization") == HOUSE
    assert qid(found, "House", "Organization") == HOUSE


def test_a_head_word_without_the_is_not_the_articles_institution(linker):
    # the limit: "House" written bare ("House votes were counted") is no short form
    found = linker.link(_house_story("Later, House votes were counted."))
    assert qid(found, "House", "Organization") is None


def _mentions(nlp, text: str) -> set[str]:
    """The texts of the mentions the pipeline reads in ``text`` (made readable as it
    parses)."""
    article = Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc))
    return {m.text for e in extract_one(article, nlp).entities for m in e.mentions}


def test_a_zero_width_joiner_after_a_name_does_not_cut_it(nlp):
    # an editor's leftover joiner glued "Arabia" to "]": the model read "Saudi" alone
    # (a mention shorter than the name, wrong by ELEVANT's rules)
    names = _mentions(nlp, "Israeli players were denied visas to play in Riyadh [in Saudi "
                        "Arabia\u200d] last year.")
    assert "Saudi Arabia" in names


def test_a_joiner_inside_a_word_of_another_script_stays(nlp):
    # the limit: a joiner between two Devanagari letters is part of the word
    from kg.truecase import visible
    assert visible("अन्\u200dत्योदय card") == "अन्\u200dत्योदय card"


PELOSI = "Q170581"  # Nancy Pelosi


def _surname_links(linker, surname_type: str) -> dict:
    """The links and retyped types of "Nancy Pelosi" (a Person) and of her surname
    alone, read as ``surname_type``, both linked to her."""
    from kg.link.retype import retyped
    text = ("Nancy Pelosi spoke on Monday. Later, Biden rejected Pelosi's suggestion.")
    full = ("Nancy Pelosi", 0, 12)
    short = text.rindex("Pelosi")
    extraction = Extraction(
        Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc)), (),
        (Entity(entity_key("Person", "Nancy Pelosi"), "Person", "Nancy Pelosi",
                (Mention(full[1], full[2], full[0], 0),)),
         Entity(entity_key(surname_type, "Pelosi"), surname_type, "Pelosi",
                (Mention(short, short + 6, "Pelosi", 1),))))
    links = {e.key: Link(e.key, PELOSI, 1.0, ()) for e in extraction.entities}
    return retyped(extraction, links, linker.record)


def test_a_surname_read_as_an_event_takes_the_linked_persons_type(linker):
    # "Biden rejected Pelosi's suggestion": the model's EventName, linked to the
    # person the article's "Nancy Pelosi" is
    found = _surname_links(linker, "EventName")
    assert found[entity_key("EventName", "Pelosi")].type == "Person"


def test_a_surname_read_as_an_organisation_keeps_its_type(linker):
    # the limit: an organisation may be named after a person ("Ford"); only events
    # and things, which no one is, take the person's type
    found = _surname_links(linker, "Organization")
    assert entity_key("Organization", "Pelosi") not in found
