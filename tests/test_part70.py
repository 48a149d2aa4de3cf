"""Seventieth iteration: a partitive ("One of the victims", "some of the protesters") is a
node of its own, the whole phrase, not the group it picks from (docs/extraction.md,
"Seventieth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import _extraction
from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _kinds(x, frame: str, role: str) -> set[str]:
    x = _extraction(x)
    kinds = {e.key: e.kind for e in x.entities}
    return {kinds.get(k, k) for ev in x.events if ev.frame == frame
            for r, k in ev.arguments if r == role}


def test_one_of_a_group_as_subject_is_the_partitive_phrase(nlp):
    # kg.extract.nodes.Nodes._part: "one" picks one of the victims, not all of them
    x = _read(nlp, "One of the victims decided to speak to reporters.")
    assert _args(x, "decide.01", "agent") == {"One of the victims"}


def test_some_of_a_named_group_is_not_linked_to_the_group(nlp):
    x = _read(nlp, "Some of the Democrats voted against the bill.")
    assert _args(x, "vote.01", "agent") == {"Some of the Democrats"}
    assert _kinds(x, "vote.01", "agent") == {"description"}


def test_most_of_a_group_named_before_is_not_that_group(nlp):
    # kg.extract.nodes.Nodes.entity: the group was already a node (the relative's
    # antecedent), the partitive head is not it; the relative clause keeps the group
    x = _read(nlp, "Most of the people who died were affected by pollution.")
    assert _args(x, "affect.01", "patient") == {"Most of the people who died"}
    assert _args(x, "die.01", "patient") == {"the people"}


def test_a_quantifier_covering_the_whole_stands_for_the_group(nlp):
    # kg/data/extract/discourse.json "whole_quantifiers": a fact of each or both is one
    # of the group
    x = _read(nlp, "Both of the flight recorders have been recovered.")
    assert _args(x, "recover.01", "patient") == {"the flight recorders"}
    x = _read(nlp, "All of the detainees were released on Friday.")
    assert _args(x, "release.01", "patient") == {"the detainees"}
    x = _read(nlp, "Each of the candidates received ten votes.")
    assert _args(x, "receive.01", "agent") == {"the candidates"}


def test_a_count_of_an_undetermined_group_stays_the_group(nlp):
    # no group picked from: "thousands of Israelis" are Israelis, "a lot of people" people
    x = _read(nlp, "Thousands of Israelis protested in Tel Aviv.")
    assert _kinds(x, "protest.01", "agent") == {"name"}
    x = _read(nlp, "A lot of people lost their homes.")
    assert _args(x, "lose.02", "agent") == {"people"}


def test_a_partitive_relative_or_vague_noun_is_no_part_node(nlp):
    # "some of whom": the relative's antecedent, as before; "Most of the time": no one
    x = _read(nlp, "At least seventeen people died and 35 were rescued, some of whom were "
                   "hospitalised.")
    assert not any(a.startswith("some of") for a in _args(x, "hospitalize.01", "patient"))
    x = _read(nlp, "Most of the time, the larger groups gain more access to resources.")
    assert _args(x, "gain.02", "agent") | _args(x, "gain.01", "agent") == {"the larger groups"}
