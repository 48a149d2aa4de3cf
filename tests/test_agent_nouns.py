"""Someone named by what they did (hundred-and-eighty-second extraction iteration):
"28-year-old Usman Khan stabbed several people ... Police reported the attacker exited the
Hall" — the attacker is the one named person the article makes the active subject of a
verb the noun names the doer of (discourse.json ``agent_nouns``); with two such people, or
"the other attacker", no one."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_attacker_is_the_one_who_stabbed(nlp):
    # After https://en.wikinews.org/wiki/Two_killed_in_London_Bridge_stabbing
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "On Friday, 28-year-old Usman Khan stabbed several people at "
                          "Fishmongers' Hall in London. Police reported the attacker exited "
                          "the Hall.", "exit.01")
    assert any(("agent", "Usman Khan") in a for a in args), args


def test_two_who_stabbed_leave_the_attacker_open(nlp):
    # guard: two named doers, neither is "the attacker"
    args = events_of(nlp, "John Smith stabbed a guard on Monday. Tom Brown stabbed a nurse "
                          "on Tuesday. Police said the attacker fled the city.", "flee.05")
    assert args and not any(n in ("John Smith", "Tom Brown") for a in args for _, n in a), args


def test_the_other_attacker_is_someone_else(nlp):
    # guard: "the other attacker" is not the one named
    args = events_of(nlp, "John Smith stabbed a guard on Monday. Police said the other attacker "
                          "fled the city.", "flee.05")
    assert args and not any(n == "John Smith" for a in args for _, n in a), args
