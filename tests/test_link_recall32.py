"""Parties named by their letters alone (the thirty-second linking iteration,
docs/linking.md): the sources give many parties no short name, so "NWSC" found nothing;
the initials of a party's label name it when the article links its country and no other
party of the article's places has those letters. The passages are made up for the tests;
the QIDs are the shipped index's."""
from __future__ import annotations

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.link.letters import lettered
from kg.link.records import Record
from kg.vocab import entity_key

NWSC = "Q6988161"  # Neighbourhood and Worker's Service Centre (PartyFacts, Hong Kong)


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_party_named_by_its_letters_in_its_country_is_linked(linker):
    text = ("Leung Yiu-chung of NWSC kept his seat in the Hong Kong district council "
            "election, and the NWSC said it would work with other pan-democrats.")
    links = linker.link(placed(text, ("NWSC", "Organization"), ("Hong Kong", "Place")))
    assert qid(links, "NWSC", "Organization") == NWSC


def test_letters_without_the_party_s_country_stay_nil(linker):
    text = ("Leung Yiu-chung of NWSC kept his seat in the district council election, and "
            "the NWSC said it would work with other pan-democrats.")
    links = linker.link(placed(text, ("NWSC", "Organization")))
    assert qid(links, "NWSC", "Organization") is None


def test_letters_two_parties_of_the_country_share_stay_nil(linker):
    # the New Zealand Labour Party and the New Zealand Liberal Party
    text = "The NZLP lost two seats in New Zealand's election on Saturday."
    links = linker.link(placed(text, ("NZLP", "Organization"), ("New Zealand", "Country")))
    assert qid(links, "NZLP", "Organization") is None


def test_letters_the_index_knows_are_left_to_the_ranking(linker):
    # "SNP" is the Scottish National Party's short name: a candidate, not the rule's
    text = "Andrej Danko of the SNP spoke in Slovakia's parliament on Monday."
    links = linker.link(placed(text, ("SNP", "Organization"), ("Slovakia", "Country")))
    assert qid(links, "SNP", "Organization") != "Q221480"  # not the Slovak party by letters
    assert links[entity_key("Organization", "SNP")].candidates


def test_only_described_items_are_known_by_their_initials():
    party = Record("Q1", "Neighbourhood and Worker's Service Centre",
                   description="political party", related=("Q8646",))
    company = Record("Q2", "Northern Water Supply Company", description="company")
    assert {k: [r.qid for r in v] for k, v in lettered([party, company]).items()} == \
        {"NWSC": ["Q1"]}
