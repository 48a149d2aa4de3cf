"""What is necessary or enough for an act does not do it (two-hundred-and-sixteenth
extraction iteration, discourse.json means_adjectives, kg.extract.subjects._controlled)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_brain_region_necessary_to_acquire_an_aversion_does_not_acquire_it(nlp):
    # https://en.wikinews.org/wiki/Neuroscientists_tell_Wikinews_about_empathy_and_harm_aversion_observed_in_lab_rats
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "To really see whether the ACC is necessary to acquire the aversion.",
                     "acquire.01")
    assert args and not any(role == "agent" for a in args for role, _ in a), args


def test_one_eager_to_act_acts(nlp):
    # guard: "eager", "able", "ready" keep their subject the doer
    args = events_of(nlp, "The senator is eager to pass the bill.", "pass.01")
    assert any(("agent", "The senator") in a for a in args), args
