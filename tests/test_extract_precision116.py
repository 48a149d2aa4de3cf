""""Acknowledge" takes a clause only (hundred-and-ninth extraction iteration): what is
acknowledged is a claim or an attitude in the guidelines, never a fact of the
acknowledger's ("acknowledged the problem" is no acknowledge fact); the sentence's other
facts are read as before. Self-written sentences."""
import pytest

from extracttools import named_events as _read
from extracttools import read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _frames(nlp, text: str) -> set[str]:
    return {frame for frame, _ in _read(nlp, text)}


def test_acknowledged_with_a_noun_object_is_no_fact(nlp):
    assert "acknowledge.01" not in _frames(nlp, "The company acknowledged the problem.")
    # control: with a clause, what is acknowledged is read
    assert "shoot.02" in _frames(nlp, "The police acknowledged that the officer had shot the man.")


def test_acknowledged_with_a_noun_object_gives_no_relation(nlp):
    x = read_everything(nlp, "The company acknowledged the problem.").extraction
    assert not x.relations
    assert [c.lemma for c in x.claims] == ["acknowledge"]  # control: the claim is read


def test_guard_acknowledged_noun_object_is_a_claim(nlp):
    # guard: passes with or without the rule (the claim was read before too)
    x = read_everything(nlp, "The company acknowledged the problem.").extraction
    assert [c.lemma for c in x.claims] == ["acknowledge"]


def test_acknowledged_flaw_and_released_patch_keeps_release_only(nlp):
    events = _read(nlp, "Microsoft acknowledged the flaw and released a patch on Tuesday.")
    frames = {f for f, _ in events}
    assert "acknowledge.01" not in frames
    release = next(args for f, args in events if f == "release.01")
    assert ("agent", "Microsoft") in release
    assert ("patient", "a patch") in release


def test_guard_acknowledged_clause_keeps_the_clauses_fact(nlp):
    # guard: passes with or without the rule (the clause was always the claim's)
    events = _read(nlp, "The police acknowledged that the officer had shot the man.")
    assert "acknowledge.01" not in {f for f, _ in events}
    shooting = next(args for f, args in events if f == "shoot.02")
    assert ("agent", "the officer") in shooting


def test_guard_other_fact_beside_acknowledge_is_read(nlp):
    # positive control: the sentence's other fact stays
    events = _read(nlp, "The minister acknowledged the mistake and resigned from the government.")
    resignation = next(args for f, args in events if f == "resign.01")
    assert ("agent", "The minister") in resignation
