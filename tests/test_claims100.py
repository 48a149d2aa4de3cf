"""A verb of saying with an 'as' phrase that does not take the thing it describes as its
direct object says only what the 'as' phrase calls it (hundredth extraction iteration):
"which the Church describes as a religious retreat", "he referred to the team as ..." are
claims of the subject whose content is the 'as' phrase, as the dev gold has it; passive
naming ("has been described as", "is referred to as") says no one's claim. An editor's
bracket opening a quotation ('"[a]nd we ..."') keeps it a quotation. The Wikinews
sentences keep their source in a comment."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Adapted (the speaker's full name) from
# https://en.wikinews.org/wiki/US_House_of_Representatives_holds_two_Cabinet_officers_in_criminal_contempt_of_Congress
# ("Wikinews contributors", CC BY 2.5)
ROSS = ("Kerri Kupec sharply criticized the House's decision, which Wilbur Ross has referred "
        'to as "gamesmanship" and a "stunt".')

# Adapted (names for pronouns, one network) from
# https://en.wikinews.org/wiki/Radio_host_Don_Imus_dies_aged_79
# ("Wikinews contributors", CC BY 2.5)
IMUS = ("Don Imus was dropped in 2007 by MSNBC after Don Imus referred to the Rutgers "
        'University women\'s basketball team as "nappy headed hos."')

# Adapted (shortened) from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_May_2020
# ("Wikinews contributors", CC BY 2.5)
OBAMAGATE = ("The unmasking came to light in a release of documents, which President Donald "
             'Trump described as "Obamagate".')


def test_a_relative_object_described_as_gives_the_as_phrase_as_content(read_text):
    x = read_text(ROSS)
    claim = claim_of(x, "gamesmanship")
    assert claim.lemma == "refer"
    assert "Ross" in (name_of(x, claim.speaker) or "")


def test_referred_to_someone_as_says_the_as_phrase_not_to_whom(read_text):
    x = read_text(IMUS)
    claim = claim_of(x, "nappy headed hos")
    assert "Imus" in (name_of(x, claim.speaker) or "")
    assert claim.addressee is None  # (the team is what is named, not who is told)


def test_which_x_described_as_a_quotation_is_xs_claim(read_text):
    x = read_text(OBAMAGATE)
    claim = claim_of(x, "Obamagate")
    assert "Trump" in (name_of(x, claim.speaker) or "")


def test_guard_passive_described_as_claims_nothing(read_text):
    # a guard: a sourceless passive label names without saying who says so
    x = read_text("John Smith said homeopathy is a form of alternative medicine that has "
                  "been described as pseudoscience.")
    assert claim_of(x, "homeopathy is").lemma == "say"
    assert not any(c.text.startswith("pseudoscience") for c in x.claims)


def test_guard_a_direct_object_keeps_object_and_as_phrase(read_text):
    # a guard: with a direct object the object and the phrase are what is said
    x = read_text('Rodrigo Duterte described the attacks as a "dastardly act".')
    assert claim_of(x, "the attacks as").lemma == "describe"


# Adapted (the name for "He") from
# https://en.wikinews.org/wiki/World_Health_Organization_declares_COVID-19_pandemic
# ("Wikinews contributors", CC BY 2.5)
BRACKET = ('Tedros Adhanom Ghebreyesus continued, "[a]nd we have never before seen a pandemic '
           'that can be controlled at the same time."')


def test_an_editors_bracket_opening_a_quotation_keeps_it_a_quotation(read_text):
    # "continued" says something only with a quotation: the bracket must not hide the mark
    x = read_text(BRACKET)
    claim = claim_of(x, "[a]nd we have never")
    assert claim.lemma == "continue" and claim.quote
    assert "Ghebreyesus" in (name_of(x, claim.speaker) or "")
