"""Nineteenth iteration: the wrong facts still emitted on unseen articles
(docs/extraction.md, "Nineteenth iteration"). Self-written sentences; each test fails when
its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import events_at as _events
from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _ids(reading, frame: str) -> set[str]:
    return {ev.id for ev in reading.extraction.events if ev.frame == frame}


def _modality(reading, trigger: str) -> set[str]:
    return {ev.modality for ev in _events(reading.extraction, trigger)}


def test_be_to_with_an_infinitive_is_planned_not_done(nlp):
    # "is to play", "are to be kept": a plan or an arrangement, as "is set to" (every
    # such clause in the dev gold is future)
    reading = _read(nlp, "The actor Simu Liu is to play the title character in the film.")
    assert _modality(reading, "play") == {"future"}
    reading = _read(nlp, "The new bridge over the Danube is to be completed by December "
                         "2023.")
    assert _modality(reading, "completed") == {"future"}
    reading = _read(nlp, "The two foreign ministers were to meet in Geneva in August.")
    assert _modality(reading, "meet") == {"future"}


def test_be_to_blame_is_no_plan(nlp):
    # "is to blame" says who is responsible, not what will be done
    reading = _read(nlp, "Captain John Smith was to blame for the crash of the plane.")
    assert _modality(reading, "blame") == {"asserted"}


def test_what_something_is_used_to_do_is_no_object_of_use(nlp):
    # "uses primary elections to select its nominee": the guidelines' object of "use" is
    # the thing used (every use fact in the dev gold); the clause says what for
    reading = _read(nlp, "The Democratic Party uses primary elections to select its "
                         "nominee.")
    selects = _ids(reading, "select.01")
    assert selects
    assert not _args(reading, "use.01", "eventObject") & selects
    assert _args(reading, "select.01", "agent") == {"Democratic Party"}
    reading = _read(nlp, "The national health survey was used to find data on smoking.")
    finds = _ids(reading, "find.01")
    assert not _args(reading, "use.01", "eventObject") & finds


def test_who_is_sent_to_do_something_does_it(nlp):
    # "sent Pompeo to join the meeting": Pompeo joins, and stays the one sent
    reading = _read(nlp, "The United States sent Secretary of State Mike Pompeo to join "
                         "the meeting in Athens.")
    assert _args(reading, "join.01", "agent") == {"Mike Pompeo"}
    assert _args(reading, "send.01", "patient") == {"Mike Pompeo"}
    reading = _read(nlp, "General Ahmed Khan was sent to negotiate with the rebels.")
    assert _args(reading, "negotiate.01", "agent") == {"Ahmed Khan"}
    reading = _read(nlp, "Prosecutors want to extradite the gunman Brenton Tarrant to face "
                         "charges in Australia.")
    assert _args(reading, "face.01", "agent") == {"Brenton Tarrant"}


def test_go_with_an_adjective_is_a_copula(nlp):
    # "my eyes go blurry", "went bankrupt": a change of state said of the subject, like
    # "became blurry"; no fact of going
    reading = _read(nlp, "Artist Leisha Riddell played video games until her eyes went "
                         "blurry.")
    assert "go.01" not in _frames(reading)
    assert "play.01" in _frames(reading)
    reading = _read(nlp, "The regional airline Flybe went bankrupt in March.")
    assert "go.01" not in _frames(reading)


def test_going_somewhere_stays_a_fact(nlp):
    # the dev gold's "go" facts all go somewhere ("go to the polls", "went to the Moon")
    reading = _read(nlp, "Voters in the district of Groom go to the polls on Saturday.")
    assert "go.01" in _frames(reading)
    reading = _read(nlp, "Russia is going to withdraw its troops from Syria.")
    assert "withdraw.01" in _frames(reading)
    assert "go.01" not in _frames(reading)


def test_calling_something_an_adjective_is_a_claim_not_a_fact(nlp):
    # "called its actions defensive in nature": an opinion of the object, quoted or not,
    # as the quoted "called the plan 'reckless'" already was; a name stays a fact
    reading = _read(nlp, "The Pentagon called its actions defensive in nature.")
    assert "call.01" not in _frames(reading)
    reading = _read(nlp, "Senator Ann Lee called the budget plan reckless.")
    assert "call.01" not in _frames(reading)
    reading = _read(nlp, "The new region, to be called Bangsamoro, will govern itself.")
    assert "call.01" in _frames(reading)
