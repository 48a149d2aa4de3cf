"""Forty-third iteration: who a description or pronoun names (docs/extraction.md,
"Forty-third iteration"). Self-written sentences; each test fails with its fix
reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_first_person_in_reported_speech_told_to_the_narrator_is_the_narrator(nlp):
    # "Seemanna told me that they might harm me": the narrator is "me" outside the
    # reported words, so the "me" inside is the narrator too, not the one reported
    reading = _read(nlp, "Maria Lopez told me that the guards might arrest me.")
    assert "Maria Lopez" not in _args(reading, "arrest.01", "patient")
    # in quotation marks the "I" is the one quoted, whoever hears it
    reading = _read(nlp, '"I will sign the contract tomorrow," Maria Lopez told me.')
    assert _args(reading, "sign.02", "agent") == {"Maria Lopez"}
    # a first person elsewhere in the same quotation is the one quoted, not a narrator
    reading = _read(nlp, 'Maria Lopez said to the board: "Today, I am asking all voters to '
                         'support the plan, which I endorse."')
    assert _args(reading, "endorse.01", "agent") == {"Maria Lopez"}


def test_a_kind_specific_description_takes_up_no_organisation_of_another_kind(nlp):
    # "Germany banned Mahan Air ... ties to the Islamic Revolutionary Guard Corps ...
    # this airline": an organisation never introduced as an airline is not "the airline";
    # the description stays a description of its own
    text = ("The pilots criticised the Islamic Revolutionary Guard Corps on Monday. "
            "The airline transports weapons across the region.")
    reading = _read(nlp, text)
    assert "Islamic Revolutionary Guard Corps" not in _args(reading, "transport.01", "agent")
    # one introduced as an airline still is
    text = ("The pilots criticised the Iranian airline Kish Aviation on Monday. "
            "The airline transports weapons across the region.")
    reading = _read(nlp, text)
    assert _args(reading, "transport.01", "agent") == {"Kish Aviation"}


def test_they_takes_up_no_nationality_used_as_a_modifier(nlp):
    # "the Martian brines ... They published a map": a nationality or religion as an
    # adjective, or one member ("as a Muslim"), names no people "they" can stand for
    text = ("The researchers studied the Martian brines for years. "
            "They published a detailed map of the brines.")
    reading = _read(nlp, text)
    assert "Martian" not in _args(reading, "publish.01", "agent")
    # the people named as a plural still are
    text = ("The Kurds rejected the offer on Monday. They published a statement.")
    reading = _read(nlp, text)
    assert _args(reading, "publish.01", "agent") == {"Kurds"}
