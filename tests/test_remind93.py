"""A copular clause after "remind/inform/assure X that ..." (ninety-third extraction
iteration): a copula is no predicate of its own, so when the clause's predicative adjective
is one ("that the army was responsible for the attack") that predicate is the governor's
event object; a clause whose complement is no predicate ("that the hospital was full")
still gives none. Self-written sentences."""
import pytest

from extracttools import read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _event_object_frames(nlp, text: str, frame: str) -> set[str]:
    """The frames of the events that ``frame``'s events take as event objects."""
    x = read_everything(nlp, text).extraction
    by_id = {e.id: e for e in x.events}
    return {by_id[k].frame for e in x.events if e.frame == frame
            for r, k in e.arguments if r == "eventObject" and k in by_id}


def test_a_copular_clauses_predicative_adjective_is_the_reminders_event_object(nlp):
    frames = _event_object_frames(
        nlp, "The minister reminded voters that the army was responsible for the attack.",
        "remind.01")
    assert "responsible.01" in frames


def test_a_present_that_is_the_clauses_predicate_is_what_readers_are_reminded_of(nlp):
    frames = _event_object_frames(
        nlp, "The report reminded readers that Russia was present in Syria.", "remind.01")
    assert "present.02" in frames


def test_guard_a_copular_clause_without_a_predicate_gives_no_event_object(nlp):
    # guard: passes with or without the rule (no event for "full" to point to)
    x = read_everything(nlp, "The nurses reminded the minister that the hospital was full.")
    remind = [e for e in x.extraction.events if e.frame == "remind.01"]
    assert remind and not any(r == "eventObject" for e in remind for r, _ in e.arguments)
