"""Fifty-fifth iteration: precision on a fresh sample of unseen news (docs/extraction.md,
"Fifty-fifth iteration"). Self-written sentences; each test fails with its fix
reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_party_asked_in_the_verbs_own_preposition_does_what_is_asked(nlp):
    # discourse.json addressee_control: "plead with", "demand from", "appeal to"
    x = _read(nlp, "His sister pleaded with the doctor to treat the child.")
    assert _args(x, "treat.01", "agent") == {"the doctor"}
    x = _read(nlp, "Iran demanded from Interpol to publish a red notice for the general.")
    assert _args(x, "publish.01", "agent") == {"Interpol"}
    x = _read(nlp, "Police appealed to the public to come forward with information.")
    assert _args(x, "come.01", "agent") == {"the public"}
    # with no such phrase the asker still acts
    x = _read(nlp, "Iran demanded to see the report.")
    assert _args(x, "see.01", "agent") == {"Iran"}


def test_a_bare_means_of_travel_after_by_is_the_instrument_not_the_agent(nlp):
    # discourse.json means_by_nouns: "by ambulance", "by phone" say with what
    x = _read(nlp, "Crash victims were transported by ambulance to hospitals in the area.")
    assert _args(x, "transport.01", "agent") == set()
    assert _args(x, "transport.01", "instrument") == {"ambulance"}
    x = _read(nlp, "Montalvo was put through by phone to a lawyer.")
    assert _args(x, "put.01", "agent") == set()
    # one with a determiner can act
    x = _read(nlp, "The cyclist was hit by a bus.")
    assert _args(x, "hit.01", "agent") == {"a bus"}


def test_a_passive_by_phrase_hung_on_the_goal_is_the_agent(nlp):
    # kg.extract.arguments.ArgumentReader._by_agent_on_goal: the parser hangs "by X" on
    # the object of the verb's "to" phrase after a means took the by-slot
    x = _read(nlp, "The property was returned by mail to the organization by Daniel Montalvo.")
    assert _args(x, "return.02", "agent") == {"Daniel Montalvo"}
    assert _args(x, "return.02", "instrument") == {"mail"}
