"""An act someone takes a side on (two-hundredth extraction iteration, senses.json classes
advocacy, kg.extract.modality and kg.extract.subjects): what "favored", "opposed" or
"endorsed" governs as a gerund is advocated, not done, and the one taking the side is no
doer of it."""
import pytest

from extracttools import events_at, events_of, read_everything, roles_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# after https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
# (2020), Wikinews contributors, CC BY 2.5
FAVORED = "Blankenship favored expanding space exploration, arguing the US should lead."
OPPOSED = "Blankenship opposed ending the War on Drugs."


@pytest.mark.parametrize("text, trigger", [(FAVORED, "expanding"), (OPPOSED, "ending")])
def test_an_advocated_act_is_not_done(nlp, text, trigger):
    events = events_at(read_everything(nlp, text).extraction, trigger)
    assert events, f"no event {trigger!r} read"
    assert all(e.modality == "future" for e in events), [e.modality for e in events]


@pytest.mark.parametrize("text, frame", [(FAVORED, "expand.01"), (OPPOSED, "end.01")])
def test_the_one_taking_a_side_is_no_doer_of_the_act(nlp, text, frame):
    args = events_of(nlp, text, frame)
    assert args and any(role == "patient" for a in args for role, _ in a), args
    assert not any(("agent", "Blankenship") in a for a in args), args


def test_the_side_taken_is_still_read(nlp):
    # guard: favoring is the fact, its agent the one who favors
    args = events_of(nlp, FAVORED, "favor.01")
    assert any(("agent", "Blankenship") in a for a in args), args


def test_a_verb_of_trying_still_makes_its_subject_the_doer(nlp):
    # guard: "tried" is no advocacy; the one trying acts
    args = events_of(nlp, "Blankenship tried expanding the company.", "expand.01")
    assert any(("agent", "Blankenship") in a for a in args), args


def test_a_gerund_argued_for_is_advocated_by_no_named_doer(nlp):
    # Sentence from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    # (2020), Wikinews contributors, CC BY 2.5: they argued for it; nobody used it yet
    x = read_everything(nlp, "Pierce and Hawkins both argued for using ballot access as an "
                             "inclusion standard for debates.").extraction
    using = events_at(x, "using")
    assert using and all(e.modality == "future" for e in using), using
    assert not any(r == "agent" for e in using for r, _ in e.arguments), using


def test_a_gerund_voted_against_keeps_the_voter_as_its_doer(nlp):
    # guard: a body voting against doing something is the one that would do it
    x = read_everything(nlp, "The committee voted against expanding the program.").extraction
    assert ("agent", "The committee") in roles_of(x, "expanding")
