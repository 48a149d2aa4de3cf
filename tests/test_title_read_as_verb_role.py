"""A title the tagger read as a verb between two names is still a title (hundred-and-
ninety-fifth extraction iteration, kg.extract.roles._left_title and _find_title):
"Caloundra coach Geoff Ingram said" gave the coach no position, so the "we" he is quoted
saying stood for no one. Now he coaches Caloundra, and his "we" is the club."""
import pytest

from extracttools import events_of, positions_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Sentences from https://en.wikinews.org/wiki/Caloundra_defeat_Maroochydore_in_third_round_of_2020_Sunshine_Coast_Rugby_Union_season
# (2020), Wikinews contributors, CC BY 2.5
TEXT = ('"I am [pretty happy with that]", Caloundra coach Geoff Ingram said.  "We made a lot '
        'of ground on where we were [in the] last couple of weeks."')


def test_a_title_read_as_a_verb_between_two_names_is_the_persons(extract_text):
    assert ("Geoff Ingram", "coach", "Caloundra") in positions_of(extract_text(TEXT))


def test_the_we_of_a_quoted_coach_is_the_club(nlp):
    args = events_of(nlp, TEXT, "make.01")
    assert any(("agent", "Caloundra") in a for a in args), args
