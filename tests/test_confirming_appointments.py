"""Confirming a person or a nomination is an appointment, a fact; confirming anything else
is saying (two-hundred-and-twentieth extraction iteration, senses.json verbs.confirm)."""
import pytest

from extracttools import events_of, frames_of, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_senate_confirming_a_judge_is_a_fact(nlp):
    args = events_of(nlp, "The Senate voted to confirm Barrett to the Supreme Court.",
                     "confirm.01")
    assert any(("agent", "Senate") in a and ("patient", "Barrett") in a for a in args), args


def test_a_house_confirming_a_nomination_is_a_fact(nlp):
    # after https://en.wikinews.org/wiki/Puerto_Rico_Supreme_Court_removes_Governor_Pierluisi;_Wanda_V%C3%A1zquez_becomes_governor
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "The House of Representatives confirmed Pierluisi's nomination on "
                          "Friday.", "confirm.01")
    assert any(("agent", "House of Representatives") in a for a in args), args


@pytest.mark.parametrize("text", ["Officials confirmed the death of the singer.",
                                  "Twenty people were confirmed killed in the blast."])
def test_confirming_a_report_is_no_fact(nlp, text):
    # guard: confirming is otherwise saying
    frames = frames_of(read_everything(nlp, text))
    assert "confirm.01" not in frames and frames, frames
