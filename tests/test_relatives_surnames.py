"""A bare surname several people of an article share is the one person it names who is
not introduced as someone's relative (hundred-and-twenty-seventh extraction iteration):
obituaries and profiles name the family in full ("His parents, Robert Cummings Sr. and
Ruth Elma Cummings"; "his wife Maya Rockeymoore Cummings") and the subject by the surname
alone. Nouns of family are data (``kin_nouns`` in kg/data/extract/entities.json)."""
from __future__ import annotations

import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "US Representative Elijah Cummings dies at age 68", Wikinews, 2019-10-18,
# https://en.wikinews.org/wiki/US_Representative_Elijah_Cummings_dies_at_age_68
# ("Wikinews contributors", CC BY 2.5).
CUMMINGS = ("Early yesterday morning, United States Representative Elijah Cummings died while "
            "in hospice care. Elijah Eugene Cummings, first elected to Congress in 1996, was "
            "born in Baltimore, Maryland, in 1951. His parents, Robert Cummings Sr. and Ruth "
            "Elma Cummings, were sharecroppers. In grade school, Cummings expressed intent to "
            "become a lawyer.")


def test_the_surname_alone_is_the_subject_not_a_parent(nlp):
    expressed = events_of(nlp, CUMMINGS, "express.01")
    agents = [name for role, name in expressed[0] if role == "agent"] if expressed else []
    assert agents and agents[0].startswith("Elijah") and agents[0].endswith("Cummings")


def test_a_surname_two_unrelated_people_share_stays_unresolved(nlp):
    # a guard: neither is introduced as a relative, so "Clinton" could be either
    text = ("Hillary Clinton met voters in Iowa. Bill Clinton spoke in Ohio. Clinton "
            "criticized the plan.")
    criticized = events_of(nlp, text, "criticize.01")
    assert criticized and not any(name in ("Hillary Clinton", "Bill Clinton")
                                  for _, name in criticized[0])
