"""Verbs of dying whose PropBank data read their lone subject as the one acting: "drowned"
takes drown.02 (die under water), not PropBank's first roleset drown.01 ("cover
completely", kept for "drowned out"); perish.01 numbers the one expiring ARG0. Both
subjects undergo a death (hundred-and-twenty-fourth extraction iteration; curated in
kg/data/extract/senses.json)."""
from __future__ import annotations

import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "German migrant rescue charity renames ship after drowned Syrian toddler", Wikinews,
# 2019, https://en.wikinews.org/wiki/German_migrant_rescue_charity_renames_ship_after_drowned_Syrian_toddler
# ("Wikinews contributors", CC BY 2.5).
SEA_EYE = ("German migrant marine rescue charity Sea-Eye on Sunday renamed their ship after "
           "Alan Kurdi, a three-year-old Syrian child who drowned offshore of Turkey.")


def test_a_drowned_child_is_the_one_who_died(nlp):
    drowned = events_of(nlp, SEA_EYE, "drown.02")
    assert drowned and ("patient", "Alan Kurdi") in drowned[0]
    assert not any(role == "agent" for role, _ in drowned[0])


def test_what_drowns_someone_is_its_agent(nlp):
    drowned = events_of(nlp, "The floods drowned three villagers.", "drown.02")
    assert drowned and ("agent", "The floods") in drowned[0]
    assert ("patient", "three villagers") in drowned[0]


def test_drowned_out_keeps_its_own_sense(nlp):
    out = events_of(nlp, "Music drowned out the speech.", "drown_out.03")
    assert out and ("patient", "the speech") in out[0]


def test_who_perished_is_the_one_who_died(nlp):
    perished = events_of(nlp, "Forty passengers perished in the fire.", "perish.01")
    assert perished and ("patient", "Forty passengers") in perished[0]
