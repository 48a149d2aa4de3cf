"""Sixty-eighth iteration: directives of saying verbs ("told residents to evacuate",
"warned people not to travel") are events (docs/extraction.md, "Sixty-eighth
iteration"). Each test fails with its fix reverted; the sentences are self-written."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_saying_verb_telling_someone_to_act_is_a_directive_event(nlp):
    # the speaker is the agent, the one told is addressed, the clause is what is told
    reading = _read(nlp, "The police warned people in the area to stay inside.")
    assert _args(reading, "warn.01", "agent") == {"The police"}
    assert _args(reading, "warn.01", "addressee") == {"people"}
    assert _args(reading, "warn.01", "eventObject")
    reading = _read(nlp, "The mayor told the residents not to travel on Friday.")
    assert _args(reading, "tell.01", "addressee") == {"the residents"}
    # caution controls like warn: the one cautioned is the one to avoid it
    reading = _read(nlp, "The mayor cautioned drivers to avoid the highway.")
    assert _args(reading, "caution.01", "addressee") == {"drivers"}
    assert _args(reading, "avoid.01", "agent") == {"drivers"}


def test_the_one_told_to_act_in_a_passive_is_addressed(nlp):
    reading = _read(nlp, "The residents were warned not to drink the water.")
    assert _args(reading, "warn.01", "addressee") == {"The residents"}
    assert _args(reading, "warn.01", "patient") == set()


def test_telling_someone_a_thing_stays_no_fact(nlp):
    # a that-clause told is a claim, no directive
    reading = _read(nlp, "The bus driver told reporters he lost control.")
    assert "tell.01" not in _frames(reading)
    assert [c.lemma for c in reading.extraction.claims] == ["tell"]  # control: the claim


def test_a_quotation_going_on_or_a_wh_infinitive_is_no_directive(nlp):
    reading = _read(nlp, '"We are glad," Jane Smith told the press, "to show what we can do."')
    assert "tell.01" not in _frames(reading)
    assert any(c.lemma == "tell" for c in reading.extraction.claims)  # control: the quotation
    reading = _read(nlp, "Those who stayed silent cannot tell us what to do about it.")
    assert "tell.01" not in _frames(reading)
    assert "stay.01" in _frames(reading)  # control: the relative clause's verb is read
