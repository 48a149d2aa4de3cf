"""Entity types and spans on unseen news (linking, "Entity types and spans on unseen
news"): an organisation's head word types its name, its short name is the
organisation, and the proper nouns the model cut off before an organisation's name are
part of it. Sentences written for the tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def named(x, text: str):
    """The named entity one of whose name mentions reads ``text``."""
    return next(e for e in x.entities if e.kind == "name"
                and any(m.text == text and m.kind == "name" for m in e.mentions))


def test_a_name_ending_in_an_organisations_head_word_is_an_organisation(extract_text):
    x = extract_text("Germany on Monday banned Iranian airline Mahan Air from flying. "
                     "We recorded the album in his ARC Studio, Lagos.")
    assert named(x, "Mahan Air").type == "Organization"
    assert named(x, "ARC Studio").type == "Organization"


def test_an_organisations_name_without_its_head_word_is_the_organisation(extract_text):
    x = extract_text("Germany on Monday banned Iranian airline Mahan Air from flying. "
                     "Mahan has been the subject of sanctions since 2011. "
                     "The United States claims Mahan flies fighters to Syria.")
    airline = named(x, "Mahan Air")
    assert airline.type == "Organization"
    assert sum(m.text == "Mahan" for m in airline.mentions) == 2
    assert not any(e.type in ("Person", "Place") and e.name == "Mahan" for e in x.entities)


def test_a_persons_full_name_stays_the_person_beside_a_foundation_named_after_them(
        extract_text):
    x = extract_text("Volunteers work at the Andy Warhol Foundation. "
                     "Andy Warhol painted soup cans in 1962.")
    assert named(x, "Andy Warhol").type == "Person"
    assert named(x, "Andy Warhol Foundation").type == "Organization"


def test_a_short_name_in_the_same_sentence_as_the_organisation_is_another_thing(
        extract_text):
    x = extract_text("Zapata also invented the original Flyboard, unlike the Flyboard Air, "
                     "which uses jets of air.")
    assert not any(m.text == "Flyboard" for e in x.entities if e.name == "Flyboard Air"
                   for m in e.mentions)
    assert any(e.name == "Flyboard Air" for e in x.entities)  # control: the name is read


def test_proper_nouns_cut_off_before_an_organisations_name_are_part_of_it(extract_text):
    x = extract_text("Red Hat discussed this with the CentOS Governing Board yesterday.")
    assert named(x, "CentOS Governing Board").type == "Organization"
    assert not any(e.name == "Governing Board" for e in x.entities)


def test_a_title_before_an_organisation_is_no_part_of_its_name(extract_text):
    x = extract_text("President Trump met the Senate on Monday.")
    assert not any("Trump" in e.name and e.type == "Organization" for e in x.entities)
    assert any(e.name == "Trump" and e.type == "Person" for e in x.entities)  # control


def test_a_name_before_network_is_an_organisation(extract_text):
    x = extract_text("The suspects were linked to the Jamaah Ansharut Daulah network, police said.")
    assert named(x, "Jamaah Ansharut Daulah").type == "Organization"
