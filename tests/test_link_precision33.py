"""A city that stands for its university (the thirty-third linking iteration,
docs/linking.md): "postdoctoral research at Helsinki" in an article that links the
University of Helsinki is the university, not the city. The rule's test fails with the
rule removed; the others guard its limits. The passages are made up for the tests."""
from __future__ import annotations

import pytest
from linktools import apart, placed, qid

from kg.link import OfflineLinker

HELSINKI, UNIVERSITY_OF_HELSINKI = "Q1757", "Q28695"


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_city_after_words_of_academic_work_is_the_university_the_article_links(linker):
    text = ("Jane Roe, of the University of Helsinki, studies ants. She began "
            "postdoctoral research at Helsinki in 2012.")
    links = linker.link(apart(placed(text, ("University of Helsinki", "Organization"),
                               ("Helsinki", "Place"))))
    assert qid(links, "Helsinki", "Place") == UNIVERSITY_OF_HELSINKI


def test_a_city_after_academic_words_without_its_university_keeps_its_link(linker):
    # the limit: no university of the city in the article, nothing to stand for
    text = "Jane Roe studies ants. She began postdoctoral research at Helsinki in 2012."
    links = linker.link(apart(placed(text, ("Helsinki", "Place"))))
    assert qid(links, "Helsinki", "Place") == HELSINKI


def test_a_city_named_as_a_place_too_keeps_its_link(linker):
    # the limit: every name of the city must follow the academic words
    text = ("Jane Roe, of the University of Helsinki, began research at Helsinki in "
            "2012. She lives in Helsinki with her family.")
    links = linker.link(apart(placed(text, ("University of Helsinki", "Organization"),
                               ("Helsinki", "Place"))))
    assert qid(links, "Helsinki", "Place") == HELSINKI
