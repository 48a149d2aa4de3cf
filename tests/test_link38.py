"""A people described by where it lives (the thirty-eighth linking iteration,
docs/linking.md): "original inhabitants of the Australian continent" names a people, not
a continent, so a link to that item neither retypes the name a place nor fits a place
better than a group. The passages are made up for the tests; the QIDs and records are
the shipped index's."""
from __future__ import annotations

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.link.classes import kinds
from kg.model import Link
from kg.vocab import entity_key

INDIGENOUS_AUSTRALIANS = "Q170355"  # "original inhabitants of the Australian continent"
TEXT = ("The survey found that Indigenous Australians in remote communities wait longer "
        "for a doctor than other residents of Queensland.")


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_people_described_as_inhabitants_is_a_group_not_a_place(linker):
    record = linker.record(INDIGENOUS_AUSTRALIANS)
    assert kinds(record.classes, record.description, record.kinds) == {"Group"}


def test_a_people_read_as_an_organisation_is_linked_but_not_retyped_a_place(linker):
    found = linker.link(placed(TEXT, ("Indigenous Australians", "Organization"),
                               ("Queensland", "Place")))
    link: Link = found[entity_key("Organization", "Indigenous Australians")]
    assert link.qid == INDIGENOUS_AUSTRALIANS
    assert link.type != "Place"


def test_a_people_read_as_a_group_keeps_its_link(linker):
    # read as a place, the people fitted a name typed a group too badly to be linked
    found = linker.link(placed(TEXT, ("Indigenous Australians", "Group")))
    assert qid(found, "Indigenous Australians", "Group") == INDIGENOUS_AUSTRALIANS
