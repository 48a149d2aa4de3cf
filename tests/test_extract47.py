"""Forty-sixth iteration: rejected or dismissed claims, the subject of "for X to" after an
adjective's "for" phrase (docs/extraction.md, "Forty-sixth iteration"). Self-written
sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_rejecting_or_dismissing_a_claim_is_a_negated_claim(nlp):
    # senses.json classes.claim_objects: a denial verb whose object is something said
    # claims it is not so (the dev gold: "dismissed the claim from Berlin" -> a negative
    # claim "the claim from Berlin"), and is no fact
    x = _read(nlp, "The Russian government dismissed the claim from Berlin as groundless.")
    assert "dismiss.01" not in _frames(x)
    assert [(c.lemma, c.text, c.polarity) for c in x.extraction.claims] == [
        ("dismiss", "the claim from Berlin", "negative")]
    # with a that-clause the clause is what is denied, as for deny
    x = _read(nlp, "Biden rejected Pelosi's suggestion that the debate be cancelled.")
    assert "reject.01" not in _frames(x)
    rejected = [(c.text, c.polarity) for c in x.extraction.claims if c.lemma == "reject"]
    assert rejected == [("the debate be cancelled", "negative")]
    x = _read(nlp, "The company rebutted the report that it had laid off workers.")
    assert [(c.text, c.polarity) for c in x.extraction.claims if c.lemma == "rebut"] == [
        ("it had laid off workers", "negative")]


def test_rejecting_or_dismissing_anything_else_stays_a_fact(nlp):
    x = _read(nlp, "The company dismissed the employee.")
    assert _args(x, "dismiss.01", "patient") == {"the employee"}
    assert not x.extraction.claims
    x = _read(nlp, "Parliament rejected the bill.")
    assert _args(x, "reject.01", "patient") == {"the bill"}
    assert not x.extraction.claims


def test_the_for_phrase_right_before_to_is_the_infinitives_subject(nlp):
    # "essential for jobs in the region for Acland Mine to receive": the parser made
    # "for" the infinitive's mark and the adjective's "jobs" its subject; the "for X"
    # right before "to" governs the clause
    x = _read(nlp, "It is essential for jobs in the region for the mine to receive approvals.")
    assert _args(x, "receive.01", "agent") == {"the mine"}
    x = _read(nlp, "It is important for the company for its workers to receive training.")
    assert _args(x, "receive.01", "agent") == {"its workers"}
    # a noun's own "for" complement stays inside the subject ("the demand for coal")
    x = _read(nlp, "It is essential for the demand for coal to rise.")
    assert "coal" not in _args(x, "rise.01", "patient") | _args(x, "rise.01", "agent")
