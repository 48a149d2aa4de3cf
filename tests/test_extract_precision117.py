"""Conditional and generic clauses are not asserted facts (hundred-and-tenth extraction
iteration): a "when"/"whenever" clause in the present on a main clause in the present is
a rule's condition ("when people lack harm aversion, they cause damage"), hedged as an
"if" clause is; a past or future "when" dates an event and stays as it was. A participle
standing for a passive relative ("a plan designed to reinvigorate the economy") raises
its 'to'-clause like the passive does: what it is designed, intended or meant for is
future, not done. Self-written sentences unless marked."""
import pytest

from extracttools import read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _moods(nlp, text: str) -> dict[str, tuple[str, str]]:
    """Trigger -> (modality, polarity) of every event read in ``text``."""
    return {ev.trigger: (ev.modality, ev.polarity)
            for ev in read_everything(nlp, text).extraction.events}


def test_present_when_clause_is_a_hedged_condition(nlp):
    moods = _moods(nlp, "When farmers lose their crops, they borrow money from the bank.")
    assert moods["lose"] == ("hedged", "positive")


def test_present_whenever_clause_is_a_hedged_condition(nlp):
    moods = _moods(nlp, "Whenever the army attacks a village, the villagers flee to the hills.")
    assert moods["attacks"][0] == "hedged"


def test_present_when_clause_of_a_wikinews_interview_is_hedged(nlp):
    # https://en.wikinews.org/wiki/Neuroscientists_tell_Wikinews_about_empathy_and_harm_aversion_observed_in_lab_rats
    # Wikinews contributors, CC BY 2.5
    moods = _moods(nlp, "When people lack harm aversion, they really cause a lot of damage "
                        "to society.")
    assert moods["lack"][0] == "hedged"


def test_designed_to_after_a_noun_is_future(nlp):
    moods = _moods(nlp, "The city built a wall designed to stop floods.")
    assert moods["stop"][0] == "future"
    assert moods["built"][0] == "asserted"


def test_designed_to_reinvigorate_of_wikinews_is_future(nlp):
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
    # Wikinews contributors, CC BY 2.5
    text = ("In a July 9 speech in Pennsylvania, Biden introduced an economic plan called "
            "\"Build Back Better\" designed to reinvigorate the US economy in the aftermath "
            "of the coronavirus pandemic.")
    assert _moods(nlp, text)["reinvigorate"][0] == "future"


def test_meant_to_after_a_noun_is_future(nlp):
    assert _moods(nlp, "Police used a device meant to disperse crowds.")["disperse"][0] == "future"


def test_guard_past_when_clause_stays_asserted(nlp):
    # guard: passes with or without the rule (a past "when" dates an event)
    moods = _moods(nlp, "When the rebels attacked the town, the army withdrew.")
    assert moods["attacked"] == ("asserted", "positive")
    assert moods["withdrew"] == ("asserted", "positive")


def test_guard_future_when_clause_is_not_hedged(nlp):
    # guard: passes with or without the rule ("when" before a future main clause)
    moods = _moods(nlp, "When the court meets on Monday, it will sentence the men.")
    assert moods["meets"][0] != "hedged"
    assert moods["sentence"][0] == "future"


def test_guard_relative_when_stays_asserted(nlp):
    # guard: passes with or without the rule ("a time when" is a relative, no condition)
    moods = _moods(nlp, "The accident occurred at a time when the workers were repairing "
                        "the roof.")
    assert moods["repairing"][0] == "asserted"


def test_guard_if_clause_and_its_would_clause_are_hedged(nlp):
    # guard: passes with or without the rule (the "if" mark and the modal already hedge)
    moods = _moods(nlp, "If the talks fail, the army would attack the city.")
    assert moods["fail"][0] == "hedged"
    assert moods["attack"][0] == "hedged"


def test_present_when_clause_with_a_named_subject_stays_asserted(nlp):
    # passes on main too; fails if the named-subject exception is removed (a plot told in
    # the present is the story's events, no rule's condition)
    # https://en.wikinews.org/wiki/Mockumentary_Mister_America_has_world_premiere
    # Wikinews contributors, CC BY 2.5
    moods = _moods(nlp, "When Heidecker narrowly avoids a murder conviction, he sets out to "
                        "run for District Attorney of San Bernardino County and fails to even "
                        "be on the ballot.")
    assert moods["avoids"][0] == "asserted"
