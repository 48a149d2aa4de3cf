"""Lines in capitals (wire headlines, datelines, articles sent in capitals) are read in
ordinary case, with every offset the source's. Passages written for these tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kg.model import Article
from kg.pipeline import extract_one
from kg.truecase import common_words, shouting, truecase

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

WIRE = ("SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT\n\n"
        "Japan began the defence of its title with a lucky win against Syria on Friday, "
        "while China lost to Uzbekistan in the second game of the group.")


def test_a_headline_in_capitals_is_read_in_the_case_its_words_have_elsewhere(nlp):
    text = truecase(WIRE, lambda: common_words(nlp))
    assert len(text) == len(WIRE)
    assert text.split("\n")[0] == "Soccer - Japan get lucky win, China in surprise defeat"
    assert text.split("\n", 1)[1] == WIRE.split("\n", 1)[1]  # ordinary lines untouched


def test_names_in_a_headline_in_capitals_are_found_at_the_source_offsets(nlp):
    article = Article(text=WIRE, source="wire", retrieved=datetime.now(timezone.utc))
    x = extract_one(article, nlp)
    headline = len(WIRE.split("\n")[0])
    found = {WIRE[m.start:m.end] for e in x.entities if e.type in ("Country", "Place")
             for m in e.mentions if m.end <= headline}
    assert found == {"JAPAN", "CHINA"}, found


def test_acronyms_and_known_names_keep_their_case(nlp):
    text = ("UN AND EU OFFICIALS MEET MCDONALD'S CHIEF IN GENEVA\n\n"
            "McDonald's said the talks in Geneva went well.")
    first = truecase(text, lambda: common_words(nlp)).split("\n")[0]
    assert first == "UN and EU officials meet McDonald's chief in Geneva"


def test_only_lines_mostly_in_capitals_with_a_few_words_shout():
    assert shouting("RUSSIA DENIES SHOOTING DOWN AIRLINER")
    assert not shouting("BERLIN, Jan 17 (Reuters) - German Chancellor Olaf Scholz said")
    assert not shouting("NATO")  # a word alone: no headline to read
    assert truecase("The UN met. NATO agreed.", lambda: None) == \
        "The UN met. NATO agreed."
