"""Forty-seventh iteration: precision on a fresh sample of unseen news (docs/extraction.md,
"Forty-seventh iteration"). Self-written sentences; each test fails with its fix
reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_verb_of_becoming_with_an_adjective_is_no_fact(nlp):
    # discourse.json becoming_verbs: "turned viral" says what the event became, as
    # "become" does (the guidelines annotate no fact for it)
    assert "turn.01" not in _frames(_read(nlp, "As the event turned viral, the media took notice."))
    assert "go.01" not in _frames(_read(nlp, "The hashtag went viral on Twitter."))
    assert "go.01" not in _frames(_read(nlp, "The hashtag #WrongTrump went viral on Twitter."))
    # a degree word or an adverb of place after the verb is no state it became
    assert "grow.01" in _frames(_read(nlp, "We hope that it will grow enough to be recognised."))
    assert "go.01" in _frames(_read(nlp, "The road goes right up to the river."))
    # with an object it is the subject's act
    assert _args(_read(nlp, "The company grew its sales."), "grow.01", "patient") == {"its sales"}


def test_the_one_paid_to_do_something_does_it(nlp):
    # discourse.json paid_doer_verbs: the payer's object right before the infinitive
    x = _read(nlp, "The book alleges that Trump paid his friend Joe Shapiro to take the SAT for him.")
    assert _args(x, "take.01", "agent") == {"Joe Shapiro"}
    x = _read(nlp, "The company paid workers to leave.")
    assert _args(x, "leave.11", "agent") == {"workers"}
    # money or a fee does nothing: the payer qualifies (the one qualifying is qualify.01's
    # patient since stop 68, as the annotators give it)
    x = _read(nlp, "Two candidates paid the fee to qualify for the ballot.")
    assert _args(x, "qualify.01", "patient") == {"Two candidates"}


def test_a_source_after_by_is_no_agent(nlp):
    # discourse.json source_by_nouns: "by early reports" says according to whom
    x = _read(nlp, "The tremor left five dead and, by early reports, at least 30 injured.")
    assert _args(x, "injure.01", "agent") == set()
    assert _args(x, "injure.01", "patient") == {"at least 30"}
    # a definite report can act
    x = _read(nlp, "The plan was criticised by the report.")
    assert _args(x, "criticize.01", "agent") == {"the report"}


def test_a_conjoined_title_before_a_name_is_that_person(nlp):
    # kg.extract.nodes.Nodes._titled_name: the parser hung the name on the first
    # conjunct and left the bare title as the conjunct
    x = _read(nlp, "In 1966, Baker, Bruce and singer/guitarist Eric Clapton formed Cream.")
    assert _args(x, "form.01", "agent") == {"Baker", "Bruce", "Eric Clapton"}
    x = _read(nlp, "Wikinews contacted campaign manager Steve Dasbach and deputy campaign "
                   "manager Jess Mears about the incident.")
    assert _args(x, "contact.01", "patient") == {"Steve Dasbach", "Jess Mears"}
    # a title with a determiner is a participant of its own
    x = _read(nlp, "The mayor and the governor met protesters.")
    assert _args(x, "meet.03", "agent") == {"The mayor", "the governor"}


def test_a_parenthesis_opened_in_an_argument_closes_with_it(nlp):
    # kg.extract.nodes.phrase: the parser left the closing parenthesis outside the phrase
    x = _read(nlp, "CentOS 8's End of Life (EOL) has been moved up from May 2029 to December 31, 2021.")
    assert _args(x, "move.01", "patient") == {"CentOS 8's End of Life (EOL)"}
    x = _read(nlp, "Don loved and supported Zachary (Cates), who first met the family at age 10.")
    assert _args(x, "support.01", "patient") == {"Zachary (Cates)"}
