"""Links on unseen news (the twenty-fourth linking iteration, docs/linking.md): a named
thing (a ship) is never the person or place it is named after ("the USS Ronald
Reagan"). Each rule's test fails with the rule removed; the others guard the rules'
limits. The passages are made up for the tests; the QIDs are the shipped index's."""
from __future__ import annotations

from dataclasses import replace

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.model import Extraction

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def _merged(extraction: Extraction, name: str, other: str) -> Extraction:
    """``extraction`` with the entity called ``other`` made mentions of ``name``'s."""
    kept, moved = [], ()
    for e in extraction.entities:
        if e.name == other:
            moved = e.mentions
        else:
            kept.append(e)
    return replace(extraction, entities=tuple(
        replace(e, mentions=e.mentions + moved) if e.name == name else e for e in kept))


def test_a_ship_is_not_the_person_it_is_named_after(linker):
    # kg.extract.ships makes "Ronald Reagan" after "USS" a named thing; the president's
    # item, sole and famous, used to trade that type for its own
    text = "Hobbyists showed a model of the deck of the aircraft carrier USS Ronald Reagan."
    extraction = placed(text, ("Ronald Reagan", "Thing"))
    assert qid(linker.link(extraction), "Ronald Reagan", "Thing") is None


def test_a_person_read_as_a_place_is_still_linked(linker):
    # the model's other types still trade for a sole famous item ("Obama" read as a
    # place is read off the extraction, but a link keeps it; kg.link.disambiguate.retyped)
    text = "Barack Obama spoke in Chicago on Monday."
    extraction = placed(text, ("Barack Obama", "Organization"), ("Chicago", "Place"))
    assert qid(linker.link(extraction), "Barack Obama", "Organization") == "Q76"


def test_a_company_name_before_a_place_noun_is_not_the_company(linker):
    # "the Amazon rainforest": the company's item answers to "Amazon", the forest is
    # another item (not in the index)
    text = ("Fires are burning the Amazon rainforest in Brazil. Farmers want the Amazon "
            "rainforest opened, and Amazon issues divide Brazil.")
    extraction = placed(text, ("Amazon", "Organization"), ("Brazil", "Country"))
    found = linker.link(extraction)
    assert qid(found, "Amazon", "Organization") is None
    assert qid(found, "Brazil", "Country") == "Q155"


def test_a_person_name_before_a_car_noun_is_not_the_person(linker):
    # "his Tesla convertible" is a car (and its maker), not Nikola Tesla
    text = "The rocket carried Elon Musk's old Tesla convertible into orbit on Tuesday."
    extraction = placed(text, ("Tesla", "Person"))
    assert qid(linker.link(extraction), "Tesla", "Person") is None


def test_a_company_before_a_product_noun_and_places_before_place_nouns_stay(linker):
    text = ("Amazon said on Monday it would hire staff in Seattle. Boeing jets were grounded "
            "after the crash, Boeing said. Floods hit the Mississippi river valley.")
    found = linker.link(placed(text, ("Amazon", "Organization"), ("Seattle", "Place"),
                               ("Boeing", "Organization")))
    assert qid(found, "Amazon", "Organization") == "Q3884"
    assert qid(found, "Boeing", "Organization") == "Q66"


def test_letters_are_not_a_namesake_of_an_item_the_article_links_by_them(linker):
    # the article's university answers to "UH" too: the letters are not the University
    # of Houston, better known
    text = ("A team from the University of Hawaii at Mānoa (UH Mānoa) studied the eruption "
            "in Hawaii. UH has a strong tradition of volcano research.")
    extraction = placed(text, ("University of Hawaii at Mānoa", "Organization"),
                        ("UH Mānoa", "Organization"), ("Hawaii", "Place"),
                        ("UH", "Organization"))
    extraction = _merged(extraction, "University of Hawaii at Mānoa", "UH Mānoa")
    found = linker.link(extraction)
    assert qid(found, "University of Hawaii at Mānoa", "Organization") == "Q2000129"
    assert qid(found, "UH", "Organization") is None


def test_letters_the_article_links_to_nothing_else_stay_linked(linker):
    text = "The University of Houston in Texas opened a lab. UH said it cost $2 million."
    found = linker.link(placed(text, ("Texas", "Place"), ("UH", "Organization")))
    assert qid(found, "UH", "Organization") == "Q1472358"


def test_a_kind_word_opening_a_compound_names_no_kind():
    from kg.link.classes import described
    assert "Person" not in described("general-purpose, high-level programming language")
    assert "Place" not in described("state-owned broadcaster")
    assert described("general in the United States Army") == frozenset({"Person"})


def test_software_named_by_one_word_is_a_named_thing_and_linked(nlp):
    # "written in Python": the model reads a person, kg made it a place after "in";
    # the index's only well-known "Python" is the programming language
    from datetime import datetime, timezone

    from kg.model import Article
    from kg.pipeline import extract_articles

    text = ("The tool, first released in 2008, is free software written in Python, and "
            "its users run it on Linux, the developers said.")
    extraction = next(iter(extract_articles(
        [Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc))], nlp)))
    found = OfflineLinker().link(extraction)
    python = next(e for e in extraction.entities if e.name == "Python")
    assert python.type == "Thing"
    assert found[python.key].qid == "Q28865"


def test_letters_an_item_the_article_links_is_known_by_are_that_item(linker):
    # "MSMU" is an alias of Sechenov University, which the article names: the letters
    # are weak alone (an alias of one word), but the article says which item they are
    text = ("Irina Petrova studies at First Moscow State Medical University (First MSMU), "
            "also called Sechenov University, in Moscow. MSMU awarded her a prize.")
    extraction = placed(text, ("Irina Petrova", "Person"), ("Sechenov University", "Organization"),
                        ("Moscow", "Place"), ("MSMU", "Organization"))
    found = linker.link(extraction)
    assert qid(found, "Sechenov University", "Organization") == "Q1962613"
    assert qid(found, "MSMU", "Organization") == "Q1962613"


def test_software_the_model_leaves_untagged_is_found_by_the_index(nlp):
    # no label from the model: the index's only well-known "Python" is software
    from kg.extract.entities import find_entities
    from kg.extract.table import EntityTable

    doc = nlp("Lua is simple, and designed for embedding. Its API is stable, and Python "
              "isn't really designed for embedding, she said.")
    table = EntityTable(doc)
    find_entities(doc, table)
    named = {e.key: [m.text for m in e.mentions] for e in table.freeze() if e.kind == "name"}
    assert named["Thing:python"] == ["Python"]
