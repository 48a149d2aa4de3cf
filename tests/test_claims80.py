"""A speech verb with no subject of its own conjoined to another's reported clause ('claimed
a vaccine was near and said people are ...') is the speaker's second saying: the first
claim's content stops before it and the second is the same speaker's. The Wikinews sentences
keep their source in a comment; the guard's is self-written."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
# ("Wikinews contributors", CC BY 2.5), with a sentence naming the speaker before it
DEBATE = ('Donald Trump spoke first. He claimed a vaccine was near and said people are '
          '"learning to live" with the virus.')


def test_the_first_claim_stops_before_a_second_saying(read_text):
    x = read_text(DEBATE)
    assert claim_of(x, "a vaccine was near").text == "a vaccine was near"


def test_the_second_saying_is_the_same_speakers(read_text):
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text("Howie Hawkins spoke next. Hawkins predicted President Trump would lose in a "
                  "massive landslide and asked voters to vote for what they truly believe.")
    first = claim_of(x, "President Trump would lose")
    assert first.text == "President Trump would lose in a massive landslide"
    assert claim_of(x, "to vote for").speaker == first.speaker


def test_a_saying_with_its_own_subject_stays_inside_the_content(read_text):
    """Guard: 'she left and he said goodbye' is one reported clause with two subjects."""
    x = read_text("The officer said the woman left and her husband said nothing.")
    assert claim_of(x, "the woman left").text.startswith("the woman left")


def test_the_debate_sentences_second_saying_is_not_the_vaccines(read_text):
    x = read_text(DEBATE)
    assert claim_of(x, "people are").speaker == claim_of(x, "a vaccine was near").speaker
