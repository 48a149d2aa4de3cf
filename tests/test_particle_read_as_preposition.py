"""A particle the parser made a preposition without an object (hundred-and-seventy-fifth
extraction iteration): "Steyer dropped out of the presidential race" read "out" as a
preposition holding "of the race", so the verb was drop.01 and Steyer what was dropped.
The phrasal verb is read when PropBank's examples give it the preposition after the
particle ("drop out of", "run out of"); not "made out of animal teeth", not "run out of
control"."""
import pytest

from extracttools import events_of, frames_of, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_dropped_out_of_the_race_is_the_phrasal_verb(nlp):
    # Sentence from https://en.wikinews.org/wiki/Joe_Biden_wins_South_Carolina_Democratic_primary
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Following the primary, Steyer dropped out of the presidential race.",
                     "drop_out.04")
    assert any(("agent", "Steyer") in a for a in args), args


def test_a_fixed_phrase_after_the_particle_is_no_phrasal_verb(nlp):
    # guard: "out of control" says how, it is nothing run out of
    x = read_everything(nlp, "Pierce said the government has run out of control.")
    assert "run.02" in frames_of(x) and "run_out.05" not in frames_of(x), frames_of(x)


def test_made_out_of_is_no_phrasal_verb(nlp):
    # guard: "make out" takes no "of" in PropBank's examples
    x = read_everything(nlp, "They wore pendants made out of animal teeth.")
    frames = frames_of(x)
    assert "make.01" in frames and not any(f.startswith("make_out") for f in frames), frames
