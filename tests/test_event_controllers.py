"""An event does not do what a purpose clause says: when the parser hangs an infinitive on
a clause whose subject is an event noun ('The rallies happened ... to choose the
president-elect'), the infinitive gets no agent from it (hundred-and-thirty-ninth
extraction iteration); nor does a clause an event noun's verb takes as its complement
('Their demands have included dissolving Parliament', the hundred-and-fortieth), though
an event can go on, seem or have to do something ('the protests continued to spread', 'an
investigation has to be completed'); nor does an event that is the object of a verb whose
object acts ('requiring a return to shore to fix broken equipment', the
hundred-and-forty-third, which also counts every noun the frame lexicon reads as an event)."""
from __future__ import annotations

import pytest

from extracttools import named_events

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# https://en.wikinews.org/wiki/Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_President_Trump
# ("Wikinews contributors", CC BY 2.5)
RALLIES = ("The rallies happened two days before the formal vote of the Electoral College to "
           "choose the president-elect.")


def test_an_event_subject_does_not_choose(nlp):
    args = next(a for f, a in named_events(nlp, RALLIES) if f == "choose.01")
    assert not any(role == "agent" for role, _ in args)


def test_a_person_subject_still_does_the_purpose(nlp):
    # a guard: "Protesters gathered ... to demand" keeps its agent
    text = "Thousands of protesters gathered in the capital to demand new elections."
    args = next(a for f, a in named_events(nlp, text) if f == "demand.01")
    assert any(role == "agent" for role, _ in args)


# https://en.wikinews.org/wiki/Coalition_authorities_report_no_casualties_from_missile_strike_on_Iraqi_air_base
# ("Wikinews contributors", CC BY 2.5; a dev article)
DEMANDS = ("Their demands have included dissolving Parliament, appointing an election "
           "committee, and a clear date set for new elections.")


def _patient_without_agent(nlp, text: str, frame: str, patient: str) -> bool:
    """Whether ``frame``'s first event in ``text`` has ``patient`` and no agent."""
    args = next(a for f, a in named_events(nlp, text) if f == frame)
    return ("patient", patient) in args and not any(role == "agent" for role, _ in args)


def test_demands_do_not_dissolve_parliament(nlp):
    assert _patient_without_agent(nlp, DEMANDS, "dissolve.01", "Parliament")


def test_an_event_still_goes_on_doing_what_an_aspectual_verb_says(nlp):
    # a guard: aspectual and raising verbs pass their subject on, event or not
    args = next(a for f, a in named_events(nlp, "The storm continued battering the coast.")
                if f == "batter.01")
    assert ("agent", "The storm") in args


def test_an_event_that_has_to_be_done_is_still_what_is_done(nlp):
    # a guard: obligation passes any subject on, and an event can undergo the clause
    args = next(a for f, a in named_events(
        nlp, "The agency said the investigation has to be completed in three months.")
        if f == "complete.01")
    assert ("patient", "the investigation") in args


# https://en.wikinews.org/wiki/Lost_52_Project_announces_discovery_of_wrecked_sub_near_Okinawa
# ("Wikinews contributors", CC BY 2.5; a dev article)
RETURN = ("The trip was subject to technical problems requiring a return to shore to fix "
          "broken equipment.")


def test_a_return_does_not_fix_the_equipment(nlp):
    assert _patient_without_agent(nlp, RETURN, "fix.01", "broken equipment")


def test_a_person_asked_to_act_still_acts(nlp):
    # a guard: object control by someone who can act
    args = next(a for f, a in named_events(
        nlp, "The union asked the government to release the prisoners.") if f == "release.01")
    assert ("agent", "the government") in args
