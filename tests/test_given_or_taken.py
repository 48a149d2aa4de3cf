"""A verb of saying whose object is given, withheld or taken says nothing: "the opioid
crisis claimed 15,393 lives" is a fact (claim.02, seize), "they were denied visas" a
denial of visas, neither a claim (hundred-and-forty-fifth extraction iteration; data:
``taking_objects``, ``withholding_verbs`` in kg/data/extract/discourse.json; ``claimed_things`` in senses.json)."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# https://en.wikinews.org/wiki/11-month_old_baby_finds_illegal_drugs_in_playground_in_British_Columbia,_Canadian_police_report
# ("Wikinews contributors", CC BY 2.5; a dev article)
OPIOIDS = ("Before the COVID-19 pandemic, the opioid crisis claimed 15,393 lives in Canada "
           "between January 2016 and December 2019, according to the Canadian Public Health "
           "Infobase.")


def _claims(x, lemma: str) -> list[str]:
    return [c.text for c in x.claims if c.lemma == lemma]


def test_claimed_lives_are_taken_not_said(nlp, read_text):
    x = read_text(OPIOIDS)
    assert not _claims(x, "claim")  # (the "according to" claim is the Infobase's)
    assert _args(_read(nlp, OPIOIDS), "claim.02", "patient") == {"15,393 lives"}


def test_visas_denied_to_someone_are_no_claim(read_text):
    x = read_text("The two women were denied visas to enter the United States.")
    assert not _claims(x, "deny")
    assert any(e.frame == "deny.01" for e in x.events)


def test_a_denied_claim_is_still_a_negated_claim(read_text):
    # a guard: what is denied to be so stays a claim
    x = read_text("Officials denied the reports that the minister had resigned.")
    assert any("the minister had resigned" in c.text and c.polarity == "negative"
               for c in x.claims)
