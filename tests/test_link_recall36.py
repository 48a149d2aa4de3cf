"""Recall near the evidence floor (the thirty-sixth linking iteration, docs/linking.md):
a name left NIL whose best candidate is the item the article links elsewhere under
another kind takes that link (the extraction's type, not the item, differs). The
passages are made up for the tests; the QIDs are the shipped index's."""
from __future__ import annotations

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker

MELBOURNE = "Q3141"


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_mistyped_name_takes_the_item_the_article_links_as_another_kind(linker):
    # "Melbourne Australia" read as an organisation, after the city "Melbourne"
    text = ("The candidate lives in Melbourne, Australia, and teaches history. He wants "
            "to make Melbourne Australia's capital again.")
    found = linker.link(placed(text, ("Melbourne", "Place"), ("Australia", "Country"),
                               ("Melbourne Australia", "Organization")))
    assert qid(found, "Melbourne", "Place") == MELBOURNE
    assert qid(found, "Melbourne Australia", "Organization") == MELBOURNE


def test_a_mistyped_name_stays_nil_when_the_article_links_no_candidate(linker):
    text = "He wants to make Melbourne Australia's capital again."
    found = linker.link(placed(text, ("Melbourne Australia", "Organization")))
    assert qid(found, "Melbourne Australia", "Organization") is None
