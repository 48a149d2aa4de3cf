"""A body's or country's possessed nominal is its act (two-hundred-and-sixth extraction
iteration, kg.extract.facts._owned_act): "the Supreme Court's ruling" is a ruling by the
court, as "his retirement" is his; a noun that names a body itself is no act."""
import pytest

from extracttools import events_of, frames_of, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_courts_ruling_is_the_courts_act(nlp):
    # https://en.wikinews.org/wiki/US_House_of_Representatives_holds_two_Cabinet_officers_in_criminal_contempt_of_Congress
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "The administration tried to add the question to the census, "
                          "disregarding the Supreme Court's ruling.", "rule.01")
    assert any(("agent", "Supreme Court") in a for a in args), args


def test_a_countrys_operations_are_its_act(nlp):
    args = events_of(nlp, "Turkey defended its drilling operations near Cyprus.", "operate.01")
    assert any(("agent", "Turkey") in a for a in args), args


def test_a_states_government_is_no_act(nlp):
    # guard: "government" names a body, not an act of governing
    x = read_everything(nlp, "Texas's government collapsed after the vote.")
    assert "govern.01" not in frames_of(x), frames_of(x)
    assert "collapse.01" in frames_of(x), frames_of(x)
