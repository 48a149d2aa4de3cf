"""Fifty-sixth iteration: subjects of control, infinitival and coordinated verbs
(docs/extraction.md, "Fifty-sixth iteration"). Self-written sentences; each test fails with
its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_one_a_control_verb_asks_or_forces_to_act_is_the_agent(nlp):
    # discourse.json agentive_control_verbs, object_control and senses.json intent: the
    # controller of a 'to'-clause without an object acts, though the bare verb's lone
    # subject undergoes it ("residents evacuated": PropBank's ARG1)
    reading = _read(nlp, "Prime Minister Hubert Minnis urged residents to evacuate.")
    assert _args(reading, "evacuate.01", "agent") == {"residents"}
    reading = _read(nlp, "The wildfire forced 5,000 civilians to evacuate.")
    assert _args(reading, "evacuate.01", "agent") == {"5,000 civilians"}
    reading = _read(nlp, "The farmers need to stand by the union.")
    assert _args(reading, "stand.01", "agent") == {"The farmers"}


def test_a_raising_or_causing_verb_leaves_the_lone_subject_undergoing(nlp):
    # not a raising verb's complement, nor a thing caused to change
    reading = _read(nlp, "The storm caused the river to rise.")
    assert _args(reading, "rise.01", "patient") == {"the river"}
    reading = _read(nlp, "The ostrich tended to flap.")
    assert _args(reading, "flap.01", "agent") == set()


def test_directing_or_forbidding_someone_to_act_makes_them_the_doer(nlp):
    # discourse.json object_control + direct, forbid, coerce, goad, exhort, entreat,
    # beseech, commission (VerbNet's order, force and forbid classes): the object, not
    # the subject, does the 'to'-clause
    reading = _read(nlp, "The minister directed the police to arrest the protesters.")
    assert _args(reading, "arrest.01", "agent") == {"the police"}
    reading = _read(nlp, "The company commissioned an artist to paint a mural.")
    assert _args(reading, "paint.01", "agent") == {"an artist"}


def test_failing_to_do_it_says_nothing_of_who_acts(nlp):
    # fail and manage are aspectual, not agentive control: the lone subject keeps the
    # bare verb's role
    reading = _read(nlp, "The aircraft failed to stop on the runway.")
    assert _args(reading, "stop.01", "agent") == set()
    assert _args(reading, "stop.01", "patient") == {"The aircraft"}  # control
