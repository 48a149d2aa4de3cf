"""A reflexive object of an unnamed agent (two-hundred-and-eleventh extraction iteration,
kg.extract.facts._reflexive_objects): coreference resolves "himself" to a name only, so
"A suicide bomber blew himself up" was a fact on an unresolved pronoun, dropped."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_an_unnamed_bomber_blew_himself_up(nlp):
    args = events_of(nlp, "A suicide bomber blew himself up at a market in Baghdad on Monday.",
                     "blow_up.05")
    assert any(("agent", "A suicide bomber") in a and ("patient", "A suicide bomber") in a
               for a in args), args


def test_an_unnamed_developer_challenged_himself(nlp):
    # after https://en.wikinews.org/wiki/Open_source_game_developer_Perttu_Ahola_talks_about_Minetest_with_Wikinews
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Minecraft was in alpha version when the developer challenged himself "
                          "to create something similar.", "challenge.01")
    assert any(("patient", "the developer") in a for a in args), args


def test_a_named_agents_reflexive_stays_the_name(nlp):
    # guard: coreference's answer for a name is kept
    args = events_of(nlp, "John Smith devoted himself to the cause.", "devote.01")
    assert any(("patient", "John Smith") in a for a in args), args
