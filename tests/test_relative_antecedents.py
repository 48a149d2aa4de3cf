"""What a "who" clause is about when its noun sits inside a larger phrase or under a
copula: "the families of those who lost their lives" (those lost them, not the
families); "Jephcott is a veterinarian and farmer, who has completed a degree" (one
person under two nouns: Jephcott completed it, and "farmer" is no second agent)
(hundred-and-twenty-second extraction iteration)."""
from __future__ import annotations

import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "Hotel fire kills at least seventeen in Karol Bagh, New Delhi", Wikinews, 2019,
# https://en.wikinews.org/wiki/Hotel_fire_kills_at_least_seventeen_in_Karol_Bagh,_New_Delhi
# ("Wikinews contributors", CC BY 2.5).
MODI = ('Prime Minister Narendra Modi tweeted "Deeply saddened by the loss of lives" and '
        'offered "condolences to the families of those who lost their lives."')

# From "Wikinews interviews Sandra Jephcott, Sustainable Australia candidate for 2020
# Groom by-election", Wikinews, 2020,
# https://en.wikinews.org/wiki/Wikinews_interviews_Sandra_Jephcott,_Sustainable_Australia_candidate_for_2020_Groom_by-election
# ("Wikinews contributors", CC BY 2.5).
JEPHCOTT = ("According to the party's website, Jephcott is a veterinarian and farmer, who "
            "has completed a veterinary degree from the University of Queensland.")


def test_who_after_those_in_an_of_phrase_is_about_those(nlp):
    lost = events_of(nlp, MODI, "lose.02")
    assert lost and ("agent", "those") in lost[0]
    assert not any("families" in name for _, name in lost[0])


def test_who_after_a_named_persons_of_phrase_is_still_the_person(nlp):
    # control: the climb through "of" to a person stays ("the mayor of Paris, who said")
    text = "Anne Hidalgo, the mayor of Paris, who visited the site, praised the firefighters."
    visited = events_of(nlp, text, "visit.01")
    assert visited and ("agent", "Anne Hidalgo") in visited[0]


def test_who_after_a_conjoined_copula_complement_is_the_subject(nlp):
    completed = events_of(nlp, JEPHCOTT, "complete.01")
    assert completed and ("agent", "Jephcott") in completed[0]
    assert [r for r, _ in completed[0]].count("agent") == 1  # not also "farmer"


def test_plural_conjoined_antecedent_still_disagrees_with_a_singular_verb(nlp):
    # control: a conjunction the singular verb does not agree with is not its subject;
    # the noun right before "which" is
    text = "Fires broke out in Beni and Butembo, which has suffered an outbreak of Ebola."
    suffered = events_of(nlp, text, "suffer.01")
    assert suffered and ("agent", "Butembo") in suffered[0]
    assert ("agent", "Beni") not in suffered[0]
