"""Who says it. A document that "reads" a quotation says it (hundred-and-twenty-fifth
extraction iteration): a press release, a summary or a notice is as much a text as a
statement, and what the parser hangs on it after a comma (the rest of the quotation, read
as its apposition) names no speaker. A "who" the parser left without its noun speaks for
the noun right before it (hundred-and-twenty-eighth)."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "US professional wrestler Jon Huber dies aged 41", Wikinews, 2020-12-28,
# https://en.wikinews.org/wiki/US_professional_wrestler_Jon_Huber_dies_aged_41
# ("Wikinews contributors", CC BY 2.5).
HUBER = ('"Huber was exceptionally respected and loved in every way", reads an AEW press '
         'release, "a fierce and captivating talent, a thoughtful mentor and simply a very '
         'kind soul that starkly contradicted his persona as Mr. Brodie Lee."')


def test_a_press_release_that_reads_a_quotation_says_it(read_text):
    x = read_text(HUBER)
    claim = claim_of(x, "Huber was exceptionally respected")
    speaker = name_of(x, claim.speaker) or ""
    assert "AEW" in speaker  # the release, or the company whose release it is
    assert "Huber" not in speaker and "Brodie" not in speaker


# From "Gunman opens fire in El Paso, Texas superstore; more than 20 dead", Wikinews,
# 2019-08-08, https://en.wikinews.org/wiki/Gunman_opens_fire_in_El_Paso,_Texas_superstore;_more_than_20_dead
# ("Wikinews contributors", CC BY 2.5).
EL_PASO = ("The shooting began at 10:39 a.m. local time (1639 UTC), according to police, who "
           "said officers arrived at the Walmart six minutes later.")


def test_a_who_the_parser_left_without_its_noun_is_the_noun_before_it(read_text):
    # "who said" joined to "began" as a conjunct: the speaker is the police, not what
    # the clause it was joined to is about (the shooting)
    x = read_text(EL_PASO)
    claim = claim_of(x, "officers arrived")
    assert (name_of(x, claim.speaker) or "").lower() == "police"
