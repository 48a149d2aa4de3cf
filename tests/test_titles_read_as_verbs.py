"""A title noun the parser read as a predicate between a name and a person's name ("Caloundra
coach Geoff Ingram said": coach.01 with Caloundra coaching Ingram) is the person's title,
no act, when the name's own verb was left without a subject of its own
(hundred-and-twenty-ninth extraction iteration)."""
from __future__ import annotations

import pytest

from extracttools import events_of, named_events

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "Caloundra defeat Maroochydore in third round of 2020 Sunshine Coast Rugby Union
# season", Wikinews, 2020-08-18,
# https://en.wikinews.org/wiki/Caloundra_defeat_Maroochydore_in_third_round_of_2020_Sunshine_Coast_Rugby_Union_season
# ("Wikinews contributors", CC BY 2.5).
INGRAM = '"I am [pretty happy with that]", Caloundra coach Geoff Ingram said.'


def test_a_title_between_two_names_is_no_coaching(nlp):
    assert not events_of(nlp, INGRAM, "coach.01")
    # the rest of the sentence is still read: the coach said it
    events = named_events(nlp, "Caloundra coach Geoff Ingram said the team improved.")
    assert ("improve.01", [("patient", "the team")]) in events
    assert not any(frame == "coach.01" for frame, _ in events)


def test_a_verb_between_two_names_with_its_own_clause_stays(nlp):
    # a guard: "judge" here is the sentence's verb; the name after it waits for no verb
    judged = events_of(nlp, "Americans judge Trump harshly.", "judge.01")
    assert judged
