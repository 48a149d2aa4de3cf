"""Recall of items the index holds (the twenty-fifth linking iteration, docs/linking.md):
a company labelled with its legal form after a comma ("Hasbro, Inc."), demonyms in a
list or a chain of hyphens before a noun ("Greek, Cypriot and French counterparts"),
a label that is the title of a Wikipedia category ("Category:BBC News"). Each rule's
test fails with the rule removed; the others guard the rules' limits. The passages are
made up for the tests; the QIDs are the shipped index's."""
from __future__ import annotations

import json

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.link.sources import read_fb15k

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_company_labelled_with_its_legal_form_after_a_comma_is_linked(linker):
    # the index labels Hasbro "Hasbro, Inc.": the part before the comma was read as a
    # parent's name ("University of California, San Francisco") and the item dropped
    text = "Hasbro hosted a panel about its new action figures. Hasbro said sales rose."
    found = linker.link(placed(text, ("Hasbro", "Organization")))
    assert qid(found, "Hasbro", "Organization") == "Q501476"


def test_an_organisation_before_the_comma_of_a_campus_label_is_still_not_it(linker):
    # the rule's limit: a place after the comma still makes a branch of the named body
    from kg.link.names import part_of_label
    from kg.link.records import Record
    from kg.model import Entity

    campus = Record(qid="Q1", label="University of California, San Francisco",
                    aliases=(), description="", classes=(), popularity=10)
    company = Record(qid="Q2", label="Acme Widgets, Inc.", aliases=(), description="",
                     classes=(), popularity=10)
    body = Entity(key="Organization:uc", type="Organization", name="University of California",
                  mentions=())
    acme = Entity(key="Organization:acme", type="Organization", name="Acme Widgets", mentions=())
    assert part_of_label(campus, "University of California", body)
    assert not part_of_label(company, "Acme Widgets", acme)


def test_demonyms_listed_before_a_noun_each_name_their_country(nlp):
    # "French" hangs on "Cypriot", a conjunct of "Greek" (the adjective of
    # "counterparts"): it was left a people, unlinked
    found = entities(nlp, "The Egyptian minister met his Greek, Cypriot and French "
                          "counterparts in Cairo on Tuesday.")
    assert found["Country:greece"] == ["Greek"]
    assert found["Country:cyprus"] == ["Cypriot"]
    assert found["Country:france"] == ["French"]


def test_demonyms_joined_by_hyphens_before_a_noun_each_name_their_country(nlp):
    found = entities(nlp, "The new pipeline is an Israeli-Cypriot-Greek effort to bring "
                          "gas to Europe.")
    assert found["Country:israel"] == ["Israeli"]
    assert found["Country:cyprus"] == ["Cypriot"]


def test_languages_listed_are_still_no_countries(nlp):
    # the limit: demonyms listed without a noun after them are languages or peoples
    found = entities(nlp, "She speaks French and German at home in Lyon.")
    assert "Country:france" not in found
    assert "Country:germany" not in found


def test_a_category_page_title_is_read_as_the_items_name(tmp_path):
    # FB15k labels one item by its category page ("Category:BBC News"): the name is the
    # part after the namespace, so "BBC News" finds it
    (tmp_path / "entity2wikidata.json").write_text(json.dumps({
        "/m/1": {"wikidata_id": "Q1160945", "label": "Category:BBC News",
                 "alternatives": [], "description": "BBC department"},
        "/m/2": {"wikidata_id": "Q9531", "label": "BBC", "alternatives": [],
                 "description": "broadcaster"}}))
    labels = {p.qid: p.labels for p in read_fb15k(tmp_path)}
    assert labels == {"Q1160945": ["BBC News"], "Q9531": ["BBC"]}


def test_bbc_news_is_linked_by_the_shipped_index(linker):
    text = "Officials told BBC News that every claim would be assessed."
    found = linker.link(placed(text, ("BBC News", "Organization")))
    assert qid(found, "BBC News", "Organization") == "Q1160945"


def test_a_force_of_the_united_kingdom_is_at_home_in_a_story_set_in_england(linker):
    # England is a country of its own in the index, the police force's item is of the
    # United Kingdom: with the United States named too, the force read as foreign
    text = ("Thames Valley Police said they had arrested a man in Oxfordshire, England. "
            "The stolen artwork was made by an artist from the United States. Police in "
            "Oxfordshire and Cheltenham searched two houses.")
    extraction = placed(text, ("Thames Valley Police", "Organization"),
                        ("Oxfordshire", "Place"), ("England", "Place"),
                        ("United States", "Country"), ("Cheltenham", "Place"))
    found = linker.link(extraction)
    assert qid(found, "Oxfordshire", "Place") == "Q23169"
    assert qid(found, "Thames Valley Police", "Organization") == "Q8578453"


def test_a_constituent_country_is_in_its_sovereign_state_and_no_neighbour():
    from kg.link.context import Context

    linker = OfflineLinker()
    context = Context({}, linker.record)
    england, mongolia = linker.record("Q21"), linker.record("Q711")
    assert context.countries(england) == frozenset({"Q21", "Q145"})
    assert context.countries(mongolia) == frozenset({"Q711"})  # related: neighbours


def test_a_title_after_a_genre_noun_is_a_work_and_linked(nlp):
    # "the 1959 romantic comedy Pillow Talk": the model read an organisation, and the
    # index's store chain of that name outranked the film
    from datetime import datetime, timezone

    from kg.model import Article
    from kg.pipeline import extract_articles

    text = ("She was nominated for an award for the 1959 romantic comedy Pillow Talk, "
            "opposite Rock Hudson.")
    extraction = next(iter(extract_articles(
        [Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc))], nlp)))
    found = OfflineLinker().link(extraction)
    film = next(e for e in extraction.entities if e.name == "Pillow Talk")
    assert film.type == "Thing"
    assert found[film.key].qid == "Q832487"


def test_the_navy_is_the_one_navy_the_article_names_however_spelt(nlp):
    # "United States Navy" and "U.S. Navy" were two owners of "the Navy", so the short
    # form was left a Group of no country
    found = entities(nlp, "Divers found the wreck far from where the Navy's records placed "
                          "it. The United States Navy confirmed the find, using data the "
                          "U.S. Navy released.")
    assert found["Group:united states navy"] == ["Navy", "United States Navy"]


def test_the_navy_after_two_countries_navies_stays_apart(nlp):
    found = entities(nlp, "The Chilean Navy and the U.S. Navy searched the area. The Navy "
                          "said it found nothing.")
    assert found["Group:navy"] == ["Navy"]


def test_a_countrys_formal_name_is_the_country(nlp):
    # "the Slovak Republic" was a place written once, linked by an alias of Slovakia,
    # and so unlinked as a country named abroad (``country_alias_abroad``); the
    # gazetteer now holds the ISO 3166 formal names
    found = entities(nlp, "Prime Minister Igor Matovic of the Slovak Republic said he "
                          "had tested positive.")
    assert found["Country:slovakia"] == ["Slovak Republic"]
