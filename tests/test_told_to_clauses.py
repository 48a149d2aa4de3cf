"""What someone is told to do (two-hundred-and-seventeenth extraction iteration,
senses.json classes.directing_speech, kg.extract.subjects._controlled): a bare 'to'-clause
of "say" or "tell" with no one addressed is directed at someone unnamed, not done by the
sayer; and a 'to'-infinitive joined to another shares its mood."""
import pytest

from extracttools import events_at, events_of, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# https://en.wikinews.org/wiki/Living_with_HIV_during_COVID-19:_Wikinews_talks_to_HIV-positive_sex_workers_about_how_pandemic_has_effected_their_lives
# (2020), Wikinews contributors, CC BY 2.5
LANDLORDS = "Most of the landlords have said to vacate the place, or to pay the rent."


def test_the_sayer_is_no_doer_of_what_was_said_to_be_done(nlp):
    args = events_of(nlp, LANDLORDS, "vacate.01")
    assert args and not any(("agent", "Most of the landlords") in a for a in args), args


def test_what_was_said_to_be_done_is_not_done_nor_its_alternative(nlp):
    x = read_everything(nlp, LANDLORDS).extraction
    moods = [e.modality for t in ("vacate", "pay") for e in events_at(x, t)]
    assert len(moods) == 2 and set(moods) == {"future"}, moods


def test_one_claiming_to_represent_is_the_one_representing(nlp):
    # guard: "claim" is no telling; its subject is the one it is about
    args = events_of(nlp, "Giuliani, claiming to represent the State Department, met Yermak.",
                     "represent.01")
    assert any(("agent", "Giuliani") in a for a in args), args
