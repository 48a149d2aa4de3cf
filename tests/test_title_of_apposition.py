"""The holder apposed to a title's "of" phrase (hundred-and-eighty-third extraction
iteration): "The mayor of New Orleans, LaToya Cantrell, advised residents" — the parser
hangs the name on New Orleans; a person apposed to a place or body is the title's
holder, so the mayor who advised is Cantrell (a place apposed to a place stays a place)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_person_apposed_after_the_of_phrase_holds_the_title(nlp):
    # Sentence from https://en.wikinews.org/wiki/Tropical_Storm_Barry_approaches_Louisiana
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "The mayor of New Orleans, LaToya Cantrell, advised residents of "
                          "her city to make plans.", "advise.01")
    assert any(("agent", "LaToya Cantrell") in a for a in args), args


def test_a_place_apposed_to_a_place_is_no_holder(nlp):
    # guard: "the city of Paris, France": France is where Paris is, no one holding it
    args = events_of(nlp, "The mayor of Paris, France, visited Berlin on Monday.", "visit.01")
    assert args and not any(n == "France" for a in args for r, n in a if r == "agent"), args
