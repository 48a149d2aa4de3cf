"""A description's phrase takes its "of" phrase but not a clause or apposition set off by
commas on a noun inside it, so a second noun phrase in that clause stays a participant of
its own (hundred-and-twentieth extraction iteration). The Flyboard sentence is from
Wikinews ("French inventor Franky Zapata successfully crosses English Channel on
jet-powered hoverboard", https://en.wikinews.org/wiki/French_inventor_Franky_Zapata_successfully_crosses_English_Channel_on_jet-powered_hoverboard,
Wikinews contributors, CC BY 2.5); the other is self-written and guards what must stay."""
from __future__ import annotations

import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

FLYBOARD = ("Franky Zapata also invented the original Flyboard, which is propelled by jets of "
            "water drawn up by a hose, unlike the Flyboard Air, which uses jets of air.")


def test_a_noun_phrase_inside_a_comma_clause_of_an_of_phrase_is_its_own(nlp):
    use = events_of(nlp, FLYBOARD, "use.01")
    assert use and ("patient", "jets of air") in use[0]


def test_the_of_phrase_stops_before_the_comma_clause(nlp):
    propel = events_of(nlp, FLYBOARD, "propel.01")
    assert propel and ("agent", "jets of water") in propel[0]


def test_a_restrictive_clause_in_the_of_phrase_stays(nlp):
    provide = events_of(nlp, "Richardson provided reporters with the text of a message he "
                        "sent to the chairman.", "provide.01")
    assert provide and any(r in ("patient", "recipient") and "he sent to the chairman" in n
                           for r, n in provide[0])
