"""Issue 10, thirteenth iteration: arguments carried from one predicate to another
(docs/extraction.md, "Thirteenth iteration"). Self-written sentences; each test fails
when its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _features(reading, frame: str) -> dict[str, float]:
    event = next(e for e in reading.extraction.events if e.frame == frame)
    return reading.fact_features[event.id]


def test_an_inherited_argument_names_the_path_it_was_carried_along(nlp):
    # on all dev an agent carried into a participle ("..., killing") is right about half
    # as often as one carried into a conjoined verb: the refit can weigh each path
    reading = _read(nlp, "The rebels seized the town and burned the market, killing two people.")
    assert _features(reading, "burn.01")["agent_via=inherited:conj"] == 1.0
    assert _features(reading, "kill.01")["agent_via=inherited:advcl"] == 1.0
    assert not any(k.startswith("agent_via=") for k in _features(reading, "seize.01"))


def test_a_relative_or_controlled_argument_names_its_clause(nlp):
    reading = _read(nlp, "The minister who signed the treaty wants to visit Paris.")
    assert _features(reading, "sign.02")["agent_via=relative:relcl"] == 1.0
    assert _features(reading, "visit.01")["agent_via=control:xcomp"] == 1.0


def _agents(reading, trigger: str) -> set[str]:
    names = {e.key: e.name for e in reading.extraction.entities}
    return {names.get(k, k) for ev in reading.extraction.events if ev.trigger == trigger
            for role, k in ev.arguments if role == "agent"}


def test_a_participle_closing_a_complement_clause_is_done_by_the_reporting_subject(nlp):
    # the parser hangs ", overturning ..." on the complement's verb ("apply"); the
    # charges did not overturn anything, the Supreme Court did
    reading = _read(nlp, "The Supreme Court decided the charges did not apply, overturning "
                         "the convictions.")
    agents = _agents(reading, "overturning")
    assert agents and not any("charges" in a for a in agents)


def test_a_participle_after_there_was_takes_no_reporting_subject(nlp):
    reading = _read(nlp, "Reuters reported there were at least 120,000 cases worldwide, "
                         "resulting in over 4,600 deaths.")
    assert "Reuters" not in _agents(reading, "resulting")
    assert any(c.speaker == "Organization:reuters" for c in reading.extraction.claims)
    assert not any(ev.trigger == "resulting" and any(k for r, k in ev.arguments
                                                     if r == "patient")
                   for ev in reading.extraction.events)


def test_a_participle_set_off_by_a_comma_after_a_noun_is_not_that_nouns_act(nlp):
    # the parser hung ", potentially ending" on "Mindanao": the region's creation ends
    # the conflict, not the island
    reading = _read(nlp, "Voters approved a law seeking to create a new autonomous, "
                         "self-governing region in rural Mindanao, potentially ending "
                         "decades of conflict with the rebels.")
    assert "Mindanao" not in _agents(reading, "ending")
    assert "Voters" in _agents(reading, "approved")
