""""End up" and "wind up" are aspectual (hundred-and-fifth extraction iteration): the
guidelines give "ended up spending" the fact of *spend*, with the subject, and no fact of
"end up"; with no object ("ended up in hospital", "ended up dead", "ended up being a
walking zombie") the verb only says where or what its subject came to be, like *become*,
and is no fact; with an object ("wound up the study") it stays a fact. Self-written
sentences unless marked."""
import pytest

from extracttools import named_events as _read
from extracttools import read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _frames(nlp, text: str) -> set[str]:
    return {frame for frame, _ in _read(nlp, text)}


def test_ended_up_with_a_gerund_gives_the_gerunds_fact_only(nlp):
    events = _read(nlp, "The company ended up selling the factory to Siemens.")
    assert "end_up.03" not in {f for f, _ in events}
    sale = next(args for f, args in events if f == "sell.01")
    assert ("agent", "The company") in sale


def test_end_up_with_a_place_is_no_fact(nlp):
    assert "end_up.03" not in _frames(nlp, "The driver ended up in hospital.")
    # control: with an object the verb is a fact
    assert "end_up.03" in _frames(nlp, "The driver ended up the race in hospital.")


def test_end_up_with_an_adjective_is_no_fact(nlp):
    assert "end_up.03" not in _frames(nlp, "Two of the climbers ended up dead.")
    # control: with an object the verb is a fact
    assert "end_up.03" in _frames(nlp, "Two of the climbers ended up the climb dead.")


def test_end_up_with_a_with_phrase_is_no_fact(nlp):
    assert "end_up.03" not in _frames(nlp, "The company ended up with a loss of $3 million.")
    # control: with an object the verb is a fact
    assert "end_up.03" in _frames(nlp, "The team ended up the season with a win.")


def test_wound_up_with_a_gerund_is_no_fact_of_its_own(nlp):
    assert "wind_up.02" not in _frames(nlp, "The striker wound up scoring twice in the final.")
    # control: with an object the verb is a fact
    assert "wind_up.02" in _frames(nlp, "The striker wound up the match.")


def test_ended_up_being_is_no_fact(nlp):
    # https://en.wikinews.org/wiki/Neuroscientists_tell_Wikinews_about_empathy_and_harm_aversion_observed_in_lab_rats
    # Wikinews contributors, CC BY 2.5
    assert "end_up.03" not in _frames(nlp, "The individual ends up being better-off.")
    # control: with an object the verb is a fact
    assert "end_up.03" in _frames(nlp, "The individual ends up the study better-off.")


def test_guard_ended_up_being_in_a_claim_is_no_fact(nlp):
    # guard: passes with or without the rule (alone, the sentence reads no end_up fact)
    # https://en.wikinews.org/wiki/Australian_woman_claims_Church_of_Scientology_imprisoned_her_for_twelve_years
    # Wikinews contributors, CC BY 2.5
    text = ("On board the Freewinds, Paris claims that she was working from 6:00am to "
            "midnight and due to lack of sleep ended up being a walking zombie.")
    assert "end_up.03" not in _frames(nlp, text)
    # control: what Paris claims is read
    assert [c.lemma for c in read_everything(nlp, text).extraction.claims] == ["claim"]


def test_guard_wind_up_with_an_object_stays_a_fact(nlp):
    # guard: passes with or without the rule
    events = _read(nlp, "The government wound up the company.")
    closing = next(args for f, args in events if f == "wind_up.02")
    assert ("patient", "the company") in closing
