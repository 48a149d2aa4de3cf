"""A definite description takes up an earlier description with its head only when both
have one number (hundred-and-eighty-ninth extraction iteration, kg.extract.nodes.Nodes.describe):
"the states filing suit" had become "the state of emergency" named a sentence before,
the one description with the head "state"."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_plural_description_is_not_an_earlier_singular_one(nlp):
    # Sentences after https://en.wikinews.org/wiki/Sixteen_states_sue_U.S._President_Trump_to_stop_declaration_of_emergency_for_border_wall
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Attorneys general from sixteen states filed a lawsuit against the "
                          "state of emergency Trump declared last Friday. The motion claims "
                          "that the states filing suit have standing to do so.", "file.01")
    agents = {n for a in args for r, n in a if r == "agent"}
    assert "the states" in agents, args
    assert "the state of emergency" not in agents, args


def test_a_singular_description_still_takes_up_its_earlier_mention(nlp):
    # guard: one number, one head, near: the same thing
    args = events_of(nlp, "A truck hit a bridge in El Paso on Saturday. Police towed the "
                          "truck an hour later.", "tow.01")
    patients = {n for a in args for r, n in a if r == "patient"}
    assert patients == {"A truck"}, args
