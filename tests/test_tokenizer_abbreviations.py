"""Titles and name parts the model's tokenizer splits ("Sr." -> "Sr" + ".") stay one
token (kg/data/extract/tokenizer.json): split, "Robert Cummings Sr. and Ruth Elma
Cummings" parsed as a name plus an apposition "." holding the second one, so the pair
was no coordination and a later "he" was taken for the father."""
from __future__ import annotations

import pytest

from extracttools import events_of

# From "US Representative Elijah Cummings dies at age 68", Wikinews, 2019-10-18,
# https://en.wikinews.org/wiki/US_Representative_Elijah_Cummings_dies_at_age_68
# ("Wikinews contributors", CC BY 2.5).
CUMMINGS = ("Elijah Eugene Cummings, first elected to Congress in 1996, was born in Baltimore, "
            "Maryland, in 1951. His parents, Robert Cummings Sr. and Ruth Elma Cummings, were "
            "sharecroppers. In grade school, Cummings expressed intent to become a lawyer. "
            "After receiving a bachelor's degree in political science from Howard University, "
            "he attended law school at the University of Maryland.")


@pytest.mark.parametrize("text, token", [
    ("Robert Cummings Sr. and Ruth Elma Cummings", "Sr."),
    ("Lt. Col. Alexander Vindman testified.", "Lt."),
    ("Lt. Col. Alexander Vindman testified.", "Col."),
    ("Capt. Carola Rackete docked the ship.", "Capt."),
    ("Sgt. Maj. Ann Lee retired.", "Maj."),
])
def test_a_title_keeps_its_full_stop(nlp, text, token):
    assert token in [t.text for t in nlp(text)]


def test_a_sentence_still_ends_at_a_full_stop_after_a_name(nlp):
    doc = nlp("He met Smith. Sr. officials were there.")
    assert len(list(doc.sents)) >= 2


@pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)
def test_he_after_a_list_of_parents_is_not_the_father(nlp):
    attended = events_of(nlp, CUMMINGS, "attend.01")
    assert attended and ("patient", "law school") in attended[0]
    assert not any("Robert" in name for _, name in attended[0])
