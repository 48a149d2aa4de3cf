"""Seventy-first iteration: first-person pronouns in the later sentences of a quotation
(docs/extraction.md, "Seventy-first iteration"). Self-written sentences; each fix test
fails with its fix reverted (the guard passes on both)."""
from __future__ import annotations

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read


def test_giving_something_thought_is_thinking_about_it(nlp):
    # senses.json light_constructions "give thought": think.01, not a giving
    reading = _read(nlp, "Maria Lopez will give the offer some serious thought.")
    assert "give.01" not in _frames(reading)
    assert _args(reading, "think.01", "agent") == {"Maria Lopez"}


def test_the_person_answered_gets_the_answer(nlp):
    # discourse.json answer_verbs: a person object of "answer" is its recipient
    reading = _read(nlp, "Boris Johnson said he must answer you directly.")
    assert _args(reading, "answer.01", "recipient") == {"you"}
    assert _args(reading, "answer.01", "patient") == set()


def test_an_answered_question_stays_the_patient(nlp):
    reading = _read(nlp, "Boris Johnson answered the question directly.")
    assert _args(reading, "answer.01", "patient") == {"the question"}


def test_what_is_given_thought_is_what_is_thought_about(nlp):
    # arguments.Reader: a light verb's indirect object is its noun's patient when the
    # noun's roleset gives no one to receive it
    reading = _read(nlp, "Maria Lopez will give the offer some serious thought.")
    assert _args(reading, "think.01", "patient") == {"the offer"}
