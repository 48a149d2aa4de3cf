"""A passive speech verb raising its subject reports hearsay about it with no speaker
(hundred-and-fourth extraction iteration): "33 were reported hospitalised", "Dorian was
forecast to reach", "X is said to have ..." are claims with no speaker unless a by-phrase
names one, their content the subject with the complement, as the dev gold has it. A
directive ("was told to") and a verb that is not speech ("is expected to") claim nothing;
hearsay inside what another says is that speaker's claim only. The Wikinews sentences
keep their source in a comment."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From https://en.wikinews.org/wiki/State-run_bus_crashes_in_Cuba_en_route_to_Havana,_killing_seven
# ("Wikinews contributors", CC BY 2.5; the gold's spelling "hopitalised" corrected)
HOSPITALISED = "In addition to the deaths, 33 were reported hospitalised with five seriously injured."

# From https://en.wikinews.org/wiki/Hurricane_Dorian_strengthens_to_Category_5,_makes_landfall_in_the_Bahamas
# ("Wikinews contributors", CC BY 2.5)
DORIAN = ("After passing over the Bahamas, Dorian was forecast to reach the eastern coast of "
          "the United States late on Monday or early Tuesday.")

# From https://en.wikinews.org/wiki/Louisiana_declares_state_of_emergency_as_Tropical_Storm_Barry_approaches_U.S._coast
# ("Wikinews contributors", CC BY 2.5; shortened)
BARRY = ("Although its winds are only predicted to reach about 75 miles per hour, the National "
         "Weather Service has issued a flash flood warning.")

# From https://en.wikinews.org/wiki/Scheduled_power_outages_in_Northern_California_begin
# ("Wikinews contributors", CC BY 2.5)
DUFFEY = ('"This is forecast to be the strongest offshore wind event since October 2017," '
          "Company meteorologist Evan Duffey said.")


def test_reported_with_a_participle_is_a_claim_with_no_speaker(read_text):
    claim = claim_of(read_text(HOSPITALISED), "33 were reported hospitalised")
    assert claim.lemma == "report" and claim.speaker is None


def test_forecast_to_is_a_claim_of_the_subject_with_its_complement(read_text):
    claim = claim_of(read_text(DORIAN), "Dorian was forecast to reach the eastern coast")
    assert claim.lemma == "forecast" and claim.speaker is None


def test_raised_hearsay_in_an_adverbial_clause_takes_no_speaker_from_the_main_clause(read_text):
    claim = claim_of(read_text(BARRY), "its winds are only predicted to reach")
    assert claim.speaker is None  # (not the Weather Service of the main clause)


def test_is_said_to_with_a_by_phrase_is_the_agents_claim(read_text):
    x = read_text("The minister is said by Reuters to have resigned last week.")
    claim = claim_of(x, "The minister is said")
    assert "Reuters" in (name_of(x, claim.speaker) or "")


def test_is_said_to_is_a_claim_with_no_speaker(read_text):
    claim = claim_of(read_text("The minister is said to have resigned last week."),
                     "The minister is said to have resigned")
    assert claim.lemma == "say" and claim.speaker is None


def test_guard_a_directive_and_expected_to_claim_nothing(read_text):
    # a guard: "told/warned to" directs, "expected to" is no saying
    x = read_text("She was told to disconnect from her mother. Residents were warned to stay "
                  "indoors. The storm is expected to reach the coast on Monday. The storm "
                  "was forecast to weaken.")
    assert [c.text for c in x.claims] == ["The storm was forecast to weaken"]


def test_hearsay_inside_what_another_says_is_only_the_outer_claim(read_text):
    x = read_text(DUFFEY)
    claims = [c for c in x.claims if c.text.startswith("This is forecast")]
    assert [c.lemma for c in claims] == ["say"]
