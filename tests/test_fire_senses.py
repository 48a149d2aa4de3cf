"""Firing a person is dismissing them (two-hundred-and-fourteenth extraction iteration,
senses.json verbs.fire): PropBank's first roleset, fire.01, is firing a gun."""
import pytest

from extracttools import frames_of, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


@pytest.mark.parametrize("text", [
    # https://en.wikinews.org/wiki/Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies_aged_95
    # (2019), Wikinews contributors, CC BY 2.5
    "After Mugabe fired his vice president, the army moved on November 15, 2017.",
    "Comey was fired by Trump.",
])
def test_firing_a_person_is_dismissal(nlp, text):
    frames = frames_of(read_everything(nlp, text))
    assert "fire.02" in frames and "fire.01" not in frames, frames


def test_firing_tear_gas_is_shooting(nlp):
    # guard: a projectile keeps the gun's sense
    frames = frames_of(read_everything(nlp, "Police fired tear gas at protesters."))
    assert "fire.01" in frames and "fire.02" not in frames, frames
