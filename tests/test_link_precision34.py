"""Names that are part of a longer name (the thirty-fourth linking iteration,
docs/linking.md): a country at the end of a party's name the index knows ("no Change UK
candidates"), and an organisation's bare name written after the name of one of its
divisions that the index does not know ("NBC News ... by NBC's count"). The rules' tests
fail with the rules removed; the others guard their limits. The passages are made up
for the tests."""
from __future__ import annotations

import pytest
from linktools import apart, placed, qid

from kg.link import OfflineLinker

UNITED_KINGDOM, NBC = "Q145", "Q13974"


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_country_ending_a_name_another_item_is_known_by_is_no_mention_of_it(linker):
    text = ("The election results came in on Friday. There were no Change UK "
            "candidates elected, and the party lost all of its seats.")
    links = linker.link(placed(text, ("Change", "Organization"), ("UK", "Country")))
    assert qid(links, "UK", "Country") is None


def test_a_country_named_on_its_own_keeps_its_link(linker):
    # the limit: no capitalised words before it that make another item's name
    text = "The election results came in on Friday. Voters in the UK chose a new party."
    links = linker.link(placed(text, ("UK", "Country")))
    assert qid(links, "UK", "Country") == UNITED_KINGDOM


def test_words_before_that_make_a_name_of_the_same_item_keep_the_link(linker):
    # the limit: "The New York Times" is a name of the newspaper itself
    text = "The story was first reported by The New York Times on Monday."
    links = linker.link(placed(text, ("New York Times", "Organization")))
    assert qid(links, "New York Times", "Organization") == "Q9684"


def test_a_short_name_after_its_unknown_news_division_is_nil(linker):
    text = ("NBC News called the state for Biden on Saturday. By NBC's count, Biden "
            "has 279 electoral votes.")
    links = linker.link(apart(placed(text, ("NBC News", "Organization"),
                                     ("NBC", "Organization"))))
    assert qid(links, "NBC News", "Organization") is None
    assert qid(links, "NBC", "Organization") is None


def test_a_short_name_written_before_the_longer_one_keeps_its_link(linker):
    # the limit: named once before the longer name, it is a mention of its own
    text = ("According to Reuters and NBC, the prince rules the country. Speaking to "
            "NBC News, she said the journalists did their best.")
    links = linker.link(apart(placed(text, ("NBC News", "Organization"),
                                     ("NBC", "Organization"), ("Reuters", "Organization"))))
    assert qid(links, "NBC", "Organization") == NBC


def test_a_company_named_after_its_product_keeps_its_link(linker):
    # the limit: only a division's word ("News") makes the longer name the short one's
    text = ("Google Maps now shows the closures. Google said the change took months.")
    links = linker.link(apart(placed(text, ("Google Maps", "Organization"),
                                     ("Google", "Organization"))))
    assert qid(links, "Google", "Organization") == "Q95"


def test_an_organisation_after_an_unlinked_party_word_is_no_mention_of_its_own(linker):
    text = ("The strike killed the commander and a Kataeb Hezbollah official near the "
            "airport on Friday.")
    links = linker.link(placed(text, ("Kataeb", "Group"), ("Hezbollah", "Organization")))
    assert qid(links, "Hezbollah", "Organization") is None


def test_an_organisation_after_a_faith_word_keeps_its_link(linker):
    # the limit: "Sunni" is a faith's name in the index, no organisation's
    text = "The strike killed a Sunni Hezbollah official near the airport on Friday."
    links = linker.link(placed(text, ("Sunni", "Group"), ("Hezbollah", "Organization")))
    assert qid(links, "Hezbollah", "Organization") == "Q41053"
