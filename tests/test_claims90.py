"""A set-off "by" phrase of a reporting source ("By reports on Saturday, ...", "and, by early
reports, ...", "by some estimates") says its clause is someone's report, as "according to"
does (ninetieth extraction iteration): it reads a claim, and the facts inside it are reported.
The Wikinews sentences keep their source in a comment; the guards' are self-written."""
from __future__ import annotations

import pytest

from claimtools import claim_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _modality(x, trigger: str) -> str:
    return next(ev.modality for ev in x.events if ev.trigger == trigger)


# https://en.wikinews.org/wiki/Bystanders_foil_knife-weilding_man_on_London_Bridge_with_fire_extinguisher,_whale_tusk
# ("Wikinews contributors", CC BY 2.5)
KHAN = "By reports on Saturday, two of Khan's victims died, and three others were seriously injured."


def test_a_dated_by_reports_phrase_reads_the_clause_as_a_claim(read_text):
    x = read_text(KHAN)
    claim = claim_of(x, "two of Khan's victims died")
    assert claim.text.endswith("seriously injured")


def test_the_facts_a_by_reports_phrase_sources_are_reported(read_text):
    x = read_text(KHAN)
    assert _modality(x, "died") == "reported"
    assert _modality(x, "injured") == "reported"


def test_by_reports_after_a_conjunction_sources_only_its_conjunct(read_text):
    # https://en.wikinews.org/wiki/Aftershocks_increase_death_toll_of_magnitude_6.3_earthquake_in_southern_Philippines
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text("On Wednesday, the strong tremor left five dead and, by early reports, "
                  "at least 30 injured.")
    assert claim_of(x, "at least 30").text == "at least 30 injured"
    assert _modality(x, "injured") == "reported"


def test_a_yardstick_after_by_is_not_a_source(read_text):
    """Guard: 'by any measure' judges; it reports nothing."""
    x = read_text("By any measure, the storm was the worst in decades.")
    assert not x.claims
    # the same clause set off by a source is a claim: the phrase, not the clause, decides
    assert claim_of(read_text("By reports, the storm was the worst in decades."),
                    "the storm was the worst").text == "the storm was the worst in decades"


def test_a_by_phrase_not_set_off_reads_no_claim(read_text):
    """Guard: a means or a number's source inside the clause is not the clause's source."""
    x = read_text("The crew located three or four by varying reports.")
    assert not x.claims
    # set off before its clause, the same phrase sources it
    assert claim_of(read_text("By varying reports, the crew located three or four."),
                    "the crew located").text == "the crew located three or four"


# https://en.wikinews.org/wiki/Greta_Thunberg_named_2019_Time_Person_of_the_Year
# ("Wikinews contributors", CC BY 2.5)
THUNBERG = ("Thunberg then led, according to Time, the largest climate change demonstration "
            "ever held to date, on September 20 of this year.")


def test_according_to_inside_its_verbs_clause_sources_the_verb_before_it(read_text):
    x = read_text(THUNBERG)
    assert claim_of(x, "Thunberg then led").text.endswith("September 20 of this year")
    assert _modality(x, "led") == "reported"


def test_according_to_which_sources_only_the_relative_clause(read_text):
    """Guard: 'an agreement, according to which ...' says what the agreement says, not that
    it was signed."""
    # https://en.wikinews.org/wiki/Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text("On November 27, Turkey and Libya signed a maritime border agreement, "
                  "according to which a section between Crete and Cyprus would cross the "
                  "Turkish economic zone.")
    assert not any(c.text.startswith("On November 27") for c in x.claims)
    assert claim_of(x, "a section between Crete").text.endswith("Turkish economic zone")
