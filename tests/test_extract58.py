"""Fifty-sixth iteration: subjects of control, infinitival and coordinated verbs
(docs/extraction.md, "Fifty-sixth iteration"). Self-written sentences; each test fails with
its fix reverted."""
from __future__ import annotations

from extracttools import frame_args as _args
from extracttools import read_everything as _read


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
