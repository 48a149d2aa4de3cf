"""Speakers of claims the parser left without a subject (hundred-and-twelfth extraction
iteration): a name after "according to" is the source whatever type the tagger gave it
("the Sydney Morning Herald" read as an event); a body's name right before a speech verb
that has no subject is its displaced subject ("On Friday Ford Motor Company announced ..."
hangs the name on the date's phrase), as are people a noun phrase apposed to the opening
phrase describes ("In findings published in PLOS ONE, an international team of scientists
report ..."); an inverted speech verb the parser made a modifier of the name after it
('"...", added KCNA.') is that name's; a speaker-less claim said by "I" or "we" inside
quotation marks is the speaker's of the claim whose words hold it ('"I am saddened to report
that ..." wrote Roberts'). A number's "over" after the "according to" phrase opens the
sourced clause, not another adjunct; a speech verb negated through its adverb ("will no
longer say that") claims nothing. The Wikinews sentences keep their source in a comment."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_name_after_according_to_is_the_source_whatever_its_type(read_text):
    # From https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text('By this time, "her skin was weeping, her body malnourished and her corneas '
                  'melting", according to the Sydney Morning Herald.')
    claim = claim_of(x, "By this time")
    assert claim.lemma == "according to"
    assert name_of(x, claim.speaker) == "Sydney Morning Herald"


def test_a_company_name_hung_on_a_leading_date_phrase_is_the_speaker(read_text):
    # From https://en.wikinews.org/wiki/US_Department_of_Justice_investigating_Ford_over_emissions_testing_problems
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text("On Friday Ford Motor Company announced the United States Department of "
                  "Justice was performing a criminal investigation of Ford's internal emission "
                  "testing practices.")
    claim = claim_of(x, "the United States Department of Justice was performing")
    assert name_of(x, claim.speaker) == "Ford Motor Company"


def test_an_inverted_verb_read_as_a_modifier_is_the_names_saying(read_text):
    # From https://en.wikinews.org/wiki/North_Korea_puts_military_in_%27quasi-state_of_war%27
    # ("Wikinews contributors", CC BY 2.5; shortened)
    x = read_text('"Commanders were hastily dispatched to the front-line troops to command '
                  'military operations", added KCNA.')
    claim = claim_of(x, "Commanders were hastily dispatched")
    assert claim.lemma == "add" and name_of(x, claim.speaker) == "KCNA"


def test_a_name_earlier_in_the_opening_phrase_is_not_the_speaker(read_text):
    # (only a name right before the verb is its displaced subject: the place of "In London"
    # is not who spoke)
    x = read_text("In London on Friday the company announced the factory would close.")
    claim = claim_of(x, "the factory would close")
    assert name_of(x, claim.speaker) != "London"


def test_a_number_opening_the_clause_after_according_to_is_sourced(read_text):
    # From https://en.wikinews.org/wiki/Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text("Since their discovery, according to the academy, over four thousand other "
                  "exoplanets have been discovered.")
    claim = next(c for c in x.claims if c.lemma == "according to")
    assert "over four thousand other exoplanets have been discovered" in claim.text


def test_people_apposed_to_an_opening_phrase_report(read_text):
    # From https://en.wikinews.org/wiki/Ancient_Egyptians_collected_wild_ibis_birds_for_sacrifice,_says_study
    # ("Wikinews contributors", CC BY 2.5; shortened)
    x = read_text("In findings published on Wednesday in the journal PLOS ONE, an international "
                  "team of scientists report ancient Egyptians captured sacred ibises from the "
                  "wild.")
    claim = claim_of(x, "ancient Egyptians captured sacred ibises")
    assert name_of(x, claim.speaker) == "an international team of scientists"



def test_first_person_saying_inside_a_quotation_is_the_quoted_speakers(read_text):
    # From https://en.wikinews.org/wiki/Retired_US_Supreme_Court_Justice_John_Paul_Stevens_dies
    # ("Wikinews contributors", CC BY 2.5; shortened)
    x = read_text('"On behalf of the Court and retired Justices," wrote Chief Justice John G. '
                  'Roberts, "I am saddened to report that our colleague Justice John Paul Stevens '
                  'has passed away. Justice Stevens devoted his long life to public service."')
    claim = next(c for c in x.claims if c.lemma == "report")
    assert name_of(x, claim.speaker) == "John G. Roberts"


def test_first_person_outside_quotation_marks_is_not_the_speakers(read_text):
    x = read_text("The minister said the talks failed. I think we should report that the "
                  "talks failed.")
    claim = next(c for c in x.claims if c.lemma == "report")
    assert claim.speaker is None


def test_a_saying_negated_through_its_adverb_claims_nothing(read_text):
    x = read_text("The minister no longer says that the talks failed.")
    assert not [c for c in x.claims if c.text.startswith("the talks failed")]
    # control: without the negating adverb the same saying is a claim
    x = read_text("The minister says that the talks failed.")
    assert [c for c in x.claims if c.text.startswith("the talks failed")]


def test_first_person_saying_in_a_condition_stays_unattributed(read_text):
    # From https://en.wikinews.org/wiki/Astronomer_Anthony_Boccaletti_discusses_observation_of_birth_of_potential_exoplanet_with_Wikinews
    # ("Wikinews contributors", CC BY 2.5; the speaker's name for "he")
    x = read_text('"[I]f we confirm that it\'s a planet in formation then it becomes very '
                  'important to follow up", Anthony Boccaletti said.')
    claim = next(c for c in x.claims if c.lemma == "confirm")
    assert claim.speaker is None
