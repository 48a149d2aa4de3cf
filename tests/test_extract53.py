"""Fifty-first iteration: saying and attitude, questions after a colon (docs/extraction.md,
"Fifty-first iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_what_is_alleged_is_no_fact(nlp):
    # senses.json clausal_only: allege with a noun object says what is claimed
    x = _read(nlp, "Both Saudi Arabia and the United States have alleged Iranian involvement.")
    assert "allege.01" not in _frames(x)
    # control: with a clause, what is alleged is read
    x = _read(nlp, "Both Saudi Arabia and the United States have alleged that Iran was involved.")
    assert "involve.01" in _frames(x)


def test_a_noun_of_alleging_is_no_fact(nlp):
    # senses.json speech_nouns: "allegations of X" names a claim, not an act
    x = _read(nlp, "Despite the opposition leader's allegations of widespread fraud, the "
                   "president ended the power-sharing deal.")
    assert "allege.01" not in _frames(x)
    assert "agreement.00" in _frames(x)  # control: the sentence's other event is read


def test_being_concerned_is_an_attitude_no_fact(nlp):
    # senses.json attitude and clausal_only: concern
    x = _read(nlp, "He claims the founders were concerned a foreign prince would come to America.")
    assert "concern.01" not in _frames(x)
    assert "come.01" in _frames(x)  # control: what they were concerned about is read
    x = _read(nlp, "Officials were concerned about the calculation of the road load.")
    assert "concern.01" not in _frames(x)
    assert "calculate.01" in _frames(x)  # control


def test_countering_that_is_saying(nlp):
    # senses.json speech: counter with a clause is a claim; with an object it is an act
    x = _read(nlp, "Trump countered that Biden would have lost even more votes.")
    assert "counter.01" not in _frames(x)
    x = _read(nlp, "The coalition was formed to counter the Islamic State.")
    assert "counter.01" in _frames(x)


def test_a_question_after_a_colon_is_no_fact(nlp):
    # kg.extract.triggers._colon_question
    x = _read(nlp, "I started comparing the results to the rest of the animals at the site: "
                   "which species were found at the site.")
    assert "find.01" not in _frames(x)
    x = _read(nlp, "I couldn't understand it: why would people hate anyone so much.")
    assert "hate.01" not in _frames(x)
    # a statement after a colon stays a fact
    x = _read(nlp, "The reason was simple: the company closed the factory in March.")
    assert "close.01" in _frames(x)
    # a time clause after a colon is no question (Wikinews contributors, CC BY 2.5,
    # https://en.wikinews.org/wiki/Astronomer_Anthony_Boccaletti_discusses_observation_of_birth_of_potential_exoplanet_with_Wikinews)
    x = _read(nlp, "So you block: when you block the Sun and you try to see around the Sun, well "
                   "it's the same sort of technology but applied to stars instead of the Sun.")
    assert "Sun" in _args(x, "block.01", "patient")


def test_a_relative_after_an_infinitives_object_with_two_antecedents_has_no_subject(nlp):
    # kg.extract.subjects.SubjectReader._two_antecedents: the coalition or the gulf?
    x = _read(nlp, "The United States announced a naval coalition to patrol the Persian Gulf "
                   "which was joined by Australia and Bahrain.")
    assert _args(x, "join.01", "patient") == set()
    # one antecedent: the relative stands for it
    x = _read(nlp, "The United States announced a naval coalition which was joined by Australia.")
    assert _args(x, "join.01", "patient") == {"a naval coalition"}


def test_a_relative_clause_joined_as_a_conjunct_shares_no_subject(nlp):
    # kg.extract.subjects._relative_opening: "which" read as the determiner of "critics"
    x = _read(nlp, "Obama took a veiled shot at Trump for his attacks on mail-in voting, which "
                   "critics, like Obama, have said amounted to voter suppression.")
    assert "Barack Obama" not in _args(x, "amount.01", "patient") | _args(x, "amount.01", "agent")
    assert "Obama" not in _args(x, "amount.01", "patient") | _args(x, "amount.01", "agent")
    assert "Obama" in _args(x, "attack.01", "agent")  # control: Obama's own act is read


def test_a_relative_after_a_common_noun_stands_for_it(nlp):
    # SubjectReader._two_antecedents only doubts a comma-less relative after a name
    x = _read(nlp, "The summit will be the real test to achieve the economic growth that will "
                   "turn our dream into a reality.")
    assert _args(x, "turn.01", "agent") | _args(x, "turn.01", "patient") >= {"the economic growth"}
