"""Modality of matched facts (eighty-second extraction iteration): "arrange to" is an
intent verb like "plan to" -- what one arranges to do is future, not yet done. Self-written
sentences (the dev case: "arranging instead to provide citizenship information")."""
import pytest

from extracttools import events_at, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_what_one_arranges_to_do_is_future(nlp):
    x = read_everything(nlp, "The ministry arranged to provide the documents to the court.")
    provide = events_at(x.extraction, "provide")
    assert provide and all(e.modality == "future" for e in provide)


def test_arranging_participle_clause_is_future(nlp):
    x = read_everything(nlp, "The government gave up on Friday, arranging instead to provide "
                             "the data to the Census Bureau.")
    provide = events_at(x.extraction, "provide")
    assert provide and all(e.modality == "future" for e in provide)


def test_guard_an_arrangement_already_made_stays_asserted(nlp):
    # guard: "arrange" with an object and no 'to'-clause is the act itself
    x = read_everything(nlp, "The ministry arranged a meeting with the court.")
    arranged = events_at(x.extraction, "arranged")
    assert arranged  # control: the act is read
    assert all(e.modality == "asserted" for e in arranged)
