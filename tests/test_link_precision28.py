"""Precision on unseen news (the twenty-eighth linking iteration, docs/linking.md): a
court district is one name with the place it divides ("the Southern District of New
York"), so the place inside is no mention of its own (New York City is no court
district); a bare institution of the one country whose institutions the article links
is found with the country's name after "of" too ("Supreme Court of the United States"). Each rule's test fails with the rule removed; the others guard the rules'
limits. The passages are made up for the tests."""
from __future__ import annotations

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker

SCOTUS = "Q11201"  # Supreme Court of the United States


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_court_district_is_one_name_with_its_place(nlp):
    # the model reads "Southern District" and "New York" as two names; the city is
    # only part of the district's name
    found = entities(nlp, "He pleaded guilty in 2010 in the Southern District of New York "
                          "and was fined.")
    assert any(names == ["Southern District of New York"] for names in found.values())
    assert not any("New York" in names for names in found.values())


def test_a_state_inside_a_district_is_no_mention_of_the_state(nlp):
    # the state named again outside the district's name is still the state
    found = entities(nlp, "She was convicted in 2006 in the Northern District of Texas. "
                          "A judge in Texas later reduced her sentence.")
    assert any(names == ["Northern District of Texas"] for names in found.values())
    assert any(names == ["Texas"] for names in found.values())


def test_the_district_of_columbia_stays_the_capital(nlp):
    # the limit: a name that opens with the division's word is the model's own whole
    # name; nothing before "District" is joined to it
    found = entities(nlp, "The District of Columbia and Texas sued the agency on Monday.")
    assert any(names == ["District of Columbia"] for names in found.values())
    assert any(names == ["Texas"] for names in found.values())


def test_a_court_of_a_country_is_one_name_with_the_country(nlp):
    # "the United Kingdom" read with its article by the model: the country is still
    # part of the court's name, no mention of the country
    found = entities(nlp, "On Tuesday the Supreme Court of the United Kingdom ruled that "
                          "the suspension was unlawful.")
    assert any(names == ["Supreme Court of the United Kingdom"] for names in found.values())
    assert not any("United Kingdom" in names for names in found.values())


def test_a_court_without_a_place_keeps_its_own_name(nlp):
    # the limit: what follows "of" must be a place the model read; "of Justice" is
    # the court's own name, whichever way the model reads it
    found = entities(nlp, "Greece and Turkey might end up before the International Court "
                          "of Justice in The Hague.")
    assert not any(any(n.endswith("Court") for n in names) for names in found.values())


def test_a_bare_court_is_the_country_s_own_named_after_of(linker):
    # the article links an institution of the United States only (its Justice
    # Department), and names Manhattan more often than the country: the bare "Supreme
    # Court" is the country's, whose label names the country after "of"
    text = ("A judge in Manhattan ruled on Monday. Lawyers in Manhattan said the U.S. "
            "Justice Department would appeal, as Manhattan prosecutors expected. The "
            "ruling ignores the framework that the Supreme Court has set in the United "
            "States.")
    found = linker.link(placed(text, ("Supreme Court", "Organization"),
                               ("U.S. Justice Department", "Organization"),
                               ("Manhattan", "Place"), ("United States", "Country")))
    assert qid(found, "U.S. Justice Department", "Organization") == "Q1553390"
    assert qid(found, "Supreme Court", "Organization") == SCOTUS


def test_a_bare_court_stays_nil_without_the_country_s_institutions(linker):
    # the limit: no institution of a country linked, a place named most: no country's
    # court is read into "Supreme Court"
    text = ("A judge in Manhattan ruled on Monday. Lawyers in Manhattan said the "
            "prosecutors would appeal, as Manhattan officials expected. The ruling "
            "ignores the framework that the Supreme Court has set in the United States.")
    found = linker.link(placed(text, ("Supreme Court", "Organization"),
                               ("Manhattan", "Place"), ("United States", "Country")))
    assert qid(found, "Supreme Court", "Organization") is None


def test_a_country_s_name_after_entitled_is_a_work_s_title(nlp):
    # "an artwork entitled America": the title of a work, no mention of the country
    # the article names elsewhere
    found = entities(nlp, "The toilet is an artwork entitled America made by a sculptor. "
                          "It was offered to the president of the United States.")
    assert any(names == ["America"] for names in found.values())
    assert not any("America" in names and "United States" in names
                   for names in found.values())


def test_a_country_after_called_stays_a_place(nlp):
    # the limit: "called" names places too ("a colony called Rhodesia"); only the
    # title words make a work
    found = entities(nlp, "The band toured a country called Japan, and then went home.")
    assert any(names == ["Japan"] for names in found.values())
