"""Links in short texts (the twelfth iteration, docs/linking.md): a sentence or a
headline linked alone, with none of its article around it, should say NIL where it
cannot tell, not the most popular item of the name. Each passage is written for the
test and shows one construction; each test fails when its rule is removed."""
from __future__ import annotations

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from scripttools import load_script


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def test_a_little_known_party_named_alone_in_a_text_naming_no_place_is_nil(linker):
    # the index's only "Constitution Party" is Estonia's: a sentence that names no
    # place does not say it is the one meant
    alone = linker.link(placed("How is it different from the Constitution Party?",
                               ("Constitution Party", "Organization")))
    assert qid(alone, "Constitution Party", "Organization") is None
    estonia = linker.link(placed("In Estonia, the Constitution Party won seats in Tallinn.",
                                 ("Constitution Party", "Organization"),
                                 ("Estonia", "Country"), ("Tallinn", "Place")))
    assert qid(estonia, "Constitution Party", "Organization") == "Q652831"


def test_a_place_that_well_known_people_bear_as_surname_is_nil_alone(linker):
    # "Bolton" is a town in England and the surname of a well-known singer: the model's
    # place, the subject of "said", is more likely someone called Bolton
    said = linker.link(placed("Trump said Bolton broke the law.", ("Trump", "Person"),
                              ("Bolton", "Place")))
    assert qid(said, "Bolton", "Place") is None
    # written as a place is ("in Bolton"), it is the town
    rain = linker.link(placed("Heavy rain fell in Bolton on Monday.", ("Bolton", "Place")))
    assert qid(rain, "Bolton", "Place") == "Q184579"


def test_an_acronym_in_brackets_after_other_words_is_not_the_item_of_its_letters(linker):
    chess = linker.link(placed("He played against Israeli Grand Master (GM) Alexander Huzman.",
                               ("GM", "Organization")))
    assert qid(chess, "GM", "Organization") is None
    cars = linker.link(placed("Shares of General Motors (GM) fell.", ("GM", "Organization"),
                              ("General Motors", "Organization")))
    assert qid(cars, "GM", "Organization") == "Q81965"
    shares = linker.link(placed("Shares of GM fell.", ("GM", "Organization")))
    assert qid(shares, "GM", "Organization") == "Q81965"


def test_a_surname_known_alone_is_nobody_s_when_a_better_known_person_bears_it(linker):
    # a source lists "Parker" as the name Trey Parker is known by alone, but the index
    # knows Charlie Parker better: a sentence naming no place cannot tell them apart
    ticket = linker.link(placed("The party settled on the Collins/Parker ticket.",
                                ("Parker", "Person")))
    assert qid(ticket, "Parker", "Person") is None
    # no other Obama is as well known
    obama = linker.link(placed("Obama spoke on Monday.", ("Obama", "Person")))
    assert qid(obama, "Obama", "Person") == "Q76"


def _bench():
    return load_script("bench/bench_linking_dev.py")


def test_the_short_text_links_are_compared_with_the_full_ones_span_by_span():
    bench = _bench()
    full = {(0, 6): ("Q1", "Warren", "Person"), (10, 16): (None, "Bolton", "Place"),
            (20, 25): ("Q3", "Texas", "Place"), (30, 34): ("Q4", "NASA", "Organization")}
    short = {(0, 6): ("Q9", "Warren", "Place"), (10, 16): ("Q5", "Bolton", "Place"),
             (20, 25): ("Q3", "Texas", "Place"), (30, 34): (None, "NASA", "Organization"),
             (40, 45): ("Q6", "Paris", "Place")}
    verdicts = {now[1]: verdict for verdict, _, now in bench.compare(full, short)}
    assert verdicts == {"Warren": bench.OTHER, "Bolton": bench.GAINED, "Texas": bench.AGREE,
                        "NASA": bench.LOST, "Paris": bench.NEW_SPAN}
    # a headline is not part of the text: its names are matched by their words
    headline = bench.compare(full, {(-1, 5): ("Q3", "Texas", "Place")}, headline=True)
    assert [verdict for verdict, _, _ in headline] == [bench.AGREE]
    # the text's sentences, paragraphs and headline, with their offsets
    text = "One line.\nAnother line."
    assert bench.units(text, "Title", "paragraph", ()) == [(0, "One line."),
                                                           (10, "Another line.")]
    assert bench.units(text, "Title", "headline", ()) == [(-1, "Title")]
