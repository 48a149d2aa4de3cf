"""The one a verdict is passed on (two-hundred-and-tenth extraction iteration,
discourse.json verdict_verbs, kg.extract.arguments.Reader._small_clause_subject): the
parser makes "found the officer guilty" a clause "the officer guilty" of its own, so the
active verdict had no object (the passive, "was found guilty", always had one).
Self-written sentences of one construction (the dev gold writes verdicts in the passive)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_one_found_guilty_is_the_verdicts_object(nlp):
    args = events_of(nlp, "A jury found the officer guilty of murder on Tuesday.", "find.01")
    assert any(("agent", "A jury") in a and ("patient", "the officer") in a for a in args), args


def test_a_resolved_pronoun_found_guilty_is_the_one_named(nlp):
    args = events_of(nlp, "John Smith was arrested in May. The court found him guilty on all "
                          "charges.", "find.01")
    assert any(("patient", "John Smith") in a for a in args), args


def test_an_extraposed_it_is_no_object(nlp):
    # guard: "found it difficult to leave" finds no "it"
    args = events_of(nlp, "They found it difficult to leave.", "find.01")
    assert args and not any(role == "patient" for a in args for role, _ in a), args


def test_what_is_made_so_is_what_is_made(nlp):
    # "made many people desperate": no verdict, but a result (discourse.json result_verbs);
    # dev's annotators give who is made so as make's patient ("make them available",
    # "making it impossible", "making her a regular")
    args = events_of(nlp, "The pandemic has made many people desperate.", "make.01")
    assert any(("patient", "many people") in a for a in args), args
    assert any(("agent", "The pandemic") in a for a in args), args
