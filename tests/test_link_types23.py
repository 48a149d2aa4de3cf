"""Entity types on unseen news (the twenty-third linking iteration, docs/linking.md): a
state's armed-forces branch named properly ("the U.S. Navy", "the Chilean Navy") keeps
its name and links instead of melting into the country's forces, and "the Navy" after
it is its short form; a branch's country left out of a look-up finds no academy; a
common word opening a sentence is no name; dates the model reads as names; a demonym
coordinated before a noun; papers and websites named as sources; a base named after a
person; a place's name cut in two. Each rule's test fails with the rule removed; the
others guard the rules' limits. The passages are made up for the tests; the QIDs are the
shipped index's."""
from __future__ import annotations

import pytest
from extracttools import entity_mentions as entities
from linktools import placed, qid

from kg.link import OfflineLinker

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_countrys_branch_named_properly_keeps_its_name_and_its_short_form(nlp):
    # "the U.S. Navy" is the United States Navy, not "American forces"; "the Navy" two
    # sentences on is that branch, a short form with no name of its own to link by
    found = entities(nlp, "The U.S. Navy said on Monday that the wreck had been found. "
                          "The Navy lost the submarine in 1944.")
    assert found["Group:u s navy"] == ["U.S. Navy", "Navy"]
    assert not any(key.endswith("forces") for key in found)


def test_troops_and_a_lower_case_army_stay_the_countrys_forces(nlp):
    # common nouns name no branch: the seed article's "Russian troops", "the Syrian army"
    found = entities(nlp, "Russian troops and the Syrian army attacked the town on Monday. "
                          "The British Army denied it.")
    assert found["Group:russian forces"] == ["Russian troops"]
    assert found["Group:syrian forces"] == ["Syrian army"]
    assert found["Group:british army"] == ["British Army"]


def test_a_lone_branch_word_with_two_branches_of_it_stays_apart(nlp):
    # two navies named: "the Navy" is neither's for sure
    found = entities(nlp, "The Chilean Navy and the U.S. Navy met off Chile. "
                          "The Navy said it was ready.")
    assert found["Group:chilean navy"] == ["Chilean Navy"]
    assert found["Group:u s navy"] == ["U.S. Navy"]


def test_a_militia_named_like_a_branch_keeps_its_longer_name(nlp):
    # a capitalised word before the country word: the model's whole name, no branch
    found = entities(nlp, "Fighters of the Free Syrian Army shelled the town on Monday.")
    assert "Group:free syrian army" in found
    assert "Organization:free" not in found


def test_a_branch_links_by_its_own_name_and_its_short_form_adds_no_academy(extract_text,
                                                                          linker):
    # "Navy" alone is an alias of the United States Naval Academy in the index
    extraction = extract_text("The U.S. Navy said on Monday that the wreck of the submarine "
                              "had been found off Okinawa. The Navy lost the submarine in 1944.")
    assert qid(linker.link(extraction), "U.S. Navy", "Group") == "Q11220"


def test_a_branch_without_its_country_abbreviation_is_not_an_academy(linker):
    # "US Air Force": "Air Force" alone is an alias of the United States Air Force
    # Academy in the index; the country spelt out finds the branch
    found = linker.link(placed("The US Air Force flew the plane to Nevada on Monday.",
                               ("US Air Force", "Group"), ("Nevada", "Place")))
    assert qid(found, "US Air Force", "Group") == "Q11223"


def test_a_common_word_opening_a_sentence_is_no_name(nlp):
    # the tagger reads "Observers" a plural noun, "Amateur" an adjective: words, though
    # the article never writes them in lower case
    found = entities(nlp, "Biden sent his condolences.  Observers questioned whether the "
                          "virus was the cause.\n\nAmateur researcher Yutaka Iwasaki of Japan "
                          "found the wreck.")
    assert not any(key.split(":")[1] in ("observers", "amateur") for key in found
                   if not key.startswith("Person:yutaka"))
    assert found["Person:yutaka iwasaki"] == ["Yutaka Iwasaki"]
    assert found["Country:japan"] == ["Japan"]


def test_a_partys_adjective_opening_a_sentence_stays_a_name(nlp):
    # a demonym or a party's adjective is tagged an adjective too: still the party's
    found = entities(nlp, "The committee met on Monday. Republican committee member Doug "
                          "Collins of Georgia said the inquiry was unfair.")
    assert any(key.startswith("Group:republican") for key in found)


def test_a_month_and_a_day_read_as_an_event_is_a_date(nlp):
    # "the January 7 quake": the model's EVENT "the January 7" is the quake's date
    found = entities(nlp, "Roughly two thirds of the island was still without power two "
                          "days after the January 7 quake.")
    assert found["Date:january 7"] == ["January 7"]
    assert not any(key.startswith("EventName:") for key in found)


def test_a_year_with_its_part_after_in_is_a_date_not_a_place(nlp):
    found = entities(nlp, "DW reported in mid-2019, 62 outlets had closed within a year.")
    assert found["Date:mid 2019"] == ["mid-2019"]
    assert not any(key.startswith("Place:") for key in found)


def test_a_demonym_coordinated_before_a_noun_names_its_country_too(nlp):
    # the parser makes "Thai" the object and "Malaysian stores" its conjunct: both
    # demonyms are the stores' adjectives, so both name their countries
    found = entities(nlp, "Tesco sold its roughly 2000 Thai and 74 Malaysian stores to "
                          "Charoen Pokphand in March.")
    assert found["Country:thailand"] == ["Thai"]
    assert found["Country:malaysia"] == ["Malaysian"]


def test_a_paper_and_a_website_named_as_sources_are_organisations(nlp):
    # the model reads "Gazeta Wyborcza" as a person, "Portfolio.hu" as a place
    found = entities(nlp, "Speaking to Portfolio.hu, Matt Simister, the chain's manager, "
                          "said so. The operation, according to Gazeta Wyborcza in March, "
                          "is too big.")
    assert found["Organization:gazeta wyborcza"] == ["Gazeta Wyborcza"]
    assert found["Organization:portfolio hu"] == ["Portfolio.hu"]
    assert found["Person:matt simister"] == ["Matt Simister"]


def test_a_town_after_a_saints_abbreviation_is_no_website(nlp):
    found = entities(nlp, "He lives in St. Louis and worked for U.S. officials.")
    assert "Place:st louis" in found


def test_a_base_named_after_a_person_is_a_facility(nlp):
    # the model reads the whole name as a person's; "He" is no base's pronoun either
    found = entities(nlp, "Authorities reported 36 infections at General Bernardo O'Higgins "
                          "Riquelme Base in Trinity Peninsula, Antarctica.")
    assert found["Facility:bernardo o higgins riquelme base"] == [
        "Bernardo O'Higgins Riquelme Base"]
    assert not any(key.startswith("Person:") for key in found)


def test_a_places_name_the_model_cut_in_two_is_one_place(nlp):
    # "Punta" (a place) + "Ventana" (a people's word), "Las" + "Estrellas": one name each
    found = entities(nlp, "The quake collapsed the famous Punta Ventana rock formation. On "
                          "Thursday the health secretary reported a case in Las Estrellas' "
                          "village.")
    assert found["Place:punta ventana"] == ["Punta Ventana"]
    assert found["Place:las estrellas"] == ["Las Estrellas"]
    assert not any(key in found for key in ("Place:punta", "Place:las", "Group:ventana"))


def test_a_partys_adjective_beside_a_place_is_no_half_of_its_name(nlp):
    found = entities(nlp, "Sanders won the Democratic New Hampshire primary, and Trump won "
                          "the Republican Iowa caucuses on Monday.")
    assert not any(key.startswith(("Place:republican", "Place:democratic")) for key in found)
    assert any(key.endswith(":iowa") for key in found)
