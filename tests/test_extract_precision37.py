"""Thirty-seventh iteration: precision on a fresh sample of unseen news
(docs/extraction.md, "Thirty-seventh iteration"). Self-written sentences; each test fails
with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_passive_prediction_raises_its_subject_to_the_infinitive(nlp):
    # "Biden was projected by multiple media outlets to have surpassed 270": the one
    # projected surpasses, not the projectors of the by-phrase
    reading = _read(nlp, "The governor was projected by multiple media outlets to have "
                         "surpassed 270 electoral votes.")
    assert _args(reading, "surpass.01", "agent") == {"The governor"}
    reading = _read(nlp, "The storm was forecast to reach the coast on Monday.")
    assert _args(reading, "reach.01", "agent") == {"The storm"}
    # a purpose after a passive stays the (unnamed) doer's: "cranes were used to hoist"
    reading = _read(nlp, "Cranes were used by the crew to hoist the beams.")
    assert _args(reading, "hoist.01", "agent") == {"the crew"}


def test_a_question_mark_after_an_editors_bracket_makes_a_question(nlp):
    # "... working with any senator to sponsor a bill [for these changes]?": the parser
    # cut the sentence at the editor's bracket, leaving the question without its mark
    text = ("((WN))  Is the union aware of and working with any senator to sponsor a bill "
            "[for these changes]?\n\n((Richard Stallman))  I do not know.")
    reading = _read(nlp, text)
    assert _args(reading, "sponsor.01", "patient") == set()
    # a statement with a bracketed insertion stays one
    reading = _read(nlp, "The union is working with the senator to sponsor a bill "
                         "[on these changes].  It passed.")
    assert _args(reading, "sponsor.01", "patient") == {"a bill"}


def test_a_document_dated_a_day_is_no_act(nlp):
    # "the WHO's situation report dated March 16": the date is a label, nobody dates
    # anything (like "a man aged 40")
    reading = _read(nlp, "In a letter dated March 16, the minister resigned.")
    assert _args(reading, "date.01", "patient") == set()
    # dating something is an act
    reading = _read(nlp, "Scientists dated the bones to 5,000 years ago.")
    assert _args(reading, "date.01", "agent") == {"Scientists"}


def test_the_one_paid_to_act_does_the_infinitive(nlp):
    # "Russians were paying bounties to the Taliban to kill American soldiers": the
    # Taliban kill, not the payers
    reading = _read(nlp, "The cartel was paying bounties to the Taliban to kill soldiers.")
    assert _args(reading, "kill.01", "agent") == {"Taliban"}
    reading = _read(nlp, "The company donated $2 million to the hospital to build a new wing.")
    assert _args(reading, "build.01", "agent") == {"the hospital"}
    # a price paid to do something: the payer does it
    reading = _read(nlp, "Visitors paid $5 to enter the museum.")
    assert _args(reading, "enter.01", "agent") == {"Visitors"}


def test_a_tensed_conjunct_of_an_infinitive_belongs_to_the_clause_above(nlp):
    # "offered US$1 million to Hunter Biden to have a debate ... and made the same offer
    # available": the parser joined "made" to the infinitive; the offerer made it, and it
    # happened (an infinitive has no tense to share)
    reading = _read(nlp, "Blankenship offered US$1 million to Hunter Biden to have a debate "
                         "with Joe Biden and made the same offer available to Donald Trump.")
    assert _args(reading, "make.01", "agent") == {"Blankenship"}
    reading = _read(nlp, "The rebels agreed to stop fighting and released the prisoners.")
    released = [ev for ev in reading.extraction.events if ev.frame == "release.01"]
    assert [ev.modality for ev in released] == ["asserted"]


def test_the_subject_of_a_requested_bare_clause_is_the_one_asked(nlp):
    # "has requested U.S. President Donald Trump declare a state of emergency": Trump is
    # the one the request is made of (the dev gold's recipient); a "that" clause is not
    reading = _read(nlp, "The governor requested President Donald Trump declare a state of "
                         "emergency in Louisiana.")
    assert _args(reading, "request.01", "addressee") == {"Donald Trump"}
    reading = _read(nlp, "The union requested that the company pay the workers.")
    assert _args(reading, "request.01", "addressee") == set()


def test_an_indirect_question_s_subject_is_not_the_one_asked(nlp):
    # "asked why Biden did not already implement the policies": Biden is asked about,
    # not asked
    reading = _read(nlp, "Trump repeatedly asked why Biden did not already implement the "
                         "policies he proposed.")
    assert _args(reading, "ask.02", "agent") == {"Trump"}
    assert "Biden" not in _args(reading, "ask.01", "addressee") | _args(
        reading, "ask.02", "addressee")
