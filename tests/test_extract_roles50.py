"""Forty-ninth iteration: event roles (docs/extraction.md, "Forty-ninth iteration: event
roles"). Each test fails with its fix reverted; the sentences are self-written."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_propbank_goal_is_no_place_unless_its_phrase_names_one(nlp):
    # limit.01's ARG2 ("limit", VerbNet goal) was filed as a destination whatever the
    # phrase named
    reading = _read(nlp, "The state still limits abortions to cases with two doctors' "
                         "approval.")
    assert _args(reading, "limit.01", "destination") == set()
    assert _args(reading, "limit.01", "patient") == {"abortions"}
    # a goal that is a place is still where something goes
    reading = _read(nlp, "The soldiers went to Kabul.")
    assert _args(reading, "go.01", "destination") == {"Kabul"}


def test_a_goal_phrase_naming_someone_is_no_receiver_unless_handed_on(nlp):
    # list.01's "as" phrase (GOL) was a destination, then a recipient for an organisation
    reading = _read(nlp, "The plaintiffs were listed as Western Native Voice, Montana "
                         "Native Vote and the Crow Tribe.")
    assert _args(reading, "list.01", "recipient") == set()
    # discuss.01's conversation partner (GOL, VerbNet co_agent) is no receiver
    reading = _read(nlp, "With Wikinews, Jephcott discussed climate change and water "
                         "security.")
    assert _args(reading, "discuss.01", "recipient") == set()
    # a to-phrase of a sense whose examples give "to" the office is no receiver
    reading = _read(nlp, "Mukherjee was elected to the Rajya Sabha in 1969.")
    assert _args(reading, "elect.01", "recipient") == set()
    # giving still has its receiver
    reading = _read(nlp, "The council gave the award to the Red Cross.")
    assert _args(reading, "give.01", "recipient") == {"Red Cross"}


def test_an_in_phrase_naming_an_organisation_is_no_receiver(nlp):
    # stick.01's ARG2 (VerbNet destination) with an organisation was turned into a recipient
    reading = _read(nlp, "The eleven bills have been stuck in the Senate since July.")
    assert _args(reading, "stick.01", "recipient") == set()
    assert _args(reading, "stick.01", "patient") == {"The eleven bills"}  # control
