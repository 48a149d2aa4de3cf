"""A coordinated subject of a speech verb says the content, each conjunct of it (ninety-ninth
extraction iteration): "Biden and Sanders announced X" is a claim of Biden's and one of
Sanders's, as the gold has it; a comma the parser read as a coordination, or a coordination
that is no list of names, gives no second speaker. The Wikinews sentences keep their source
in a comment; the guards' are from Wikinews too."""
from __future__ import annotations

import pytest

from claimtools import name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _speakers(x, start: str) -> list[str]:
    return sorted(name_of(x, c.speaker) or "" for c in x.claims if c.text.startswith(start))


# https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
# ("Wikinews contributors", CC BY 2.5)
BIDEN = ("Biden and Sanders announced they were to form six working groups relating to "
         "different policy fields.")

# https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
# ("Wikinews contributors", CC BY 2.5)
FSB = ("The Investigative Committee and the Federal Security Service (FSB) said they believe "
       "gas, which leaks relatively frequently in Russia, was the trigger for the disaster.")

# https://en.wikinews.org/wiki/Pioneering_oceanographer_Walter_Munk_dies_of_pneumonia_in_California
# ("Wikinews contributors", CC BY 2.5)
KHOSLA = ('"Walter was the most brilliant scientist I have ever known," said University of '
          "California, San Diego's chancellor, Pradeep Khosla.")

# https://en.wikinews.org/wiki/Louisiana_declares_state_of_emergency_as_Tropical_Storm_Barry_approaches_U.S._coast
# ("Wikinews contributors", CC BY 2.5)
LEVEES = ("New Orleans and Jefferson Parish officials have said they are not concerned about "
          "the levees.")


def test_each_of_two_named_speakers_claims_what_they_announced(read_text):
    speakers = _speakers(read_text(BIDEN), "they were to form")
    assert len(speakers) == 2
    assert any("Biden" in s for s in speakers) and any("Sanders" in s for s in speakers)


def test_the_second_organisation_of_a_coordinated_subject_says_it_too(read_text):
    speakers = _speakers(read_text(FSB), "they believe gas")
    assert len(speakers) == 2
    assert any("Federal Security Service" in s or "FSB" in s for s in speakers)


def test_guard_a_comma_before_the_speakers_name_is_no_second_speaker(read_text):
    # a guard: the parser reads "San Diego's chancellor, Pradeep Khosla" as a coordination
    assert len(_speakers(read_text(KHOSLA), "Walter was")) == 1


def test_guard_coordinated_modifiers_of_one_speaker_give_one_claim(read_text):
    # a guard: "New Orleans and Jefferson Parish officials" are one group of officials
    assert len(_speakers(read_text(LEVEES), "they are not concerned")) == 1


# https://en.wikinews.org/wiki/Conservative_groups_hold_rally_in_Washington_D.C._claiming_U.S._elections_were_stolen_from_President_Trump
# ("Wikinews contributors", CC BY 2.5; the first sentence is ours, to introduce Trump)
SUPPORTERS = ("President Donald Trump spoke on Friday. Trump and his supporters claimed Joe "
              "Biden only won the elections due to voter fraud.")

# https://en.wikinews.org/wiki/World_Health_Organization_declares_COVID-19_pandemic
# ("Wikinews contributors", CC BY 2.5)
FAUCI = ("The United States' National Institute of Allergy and Infectious Disease's "
         'director, Dr. Anthony Fauci, said of the outbreak, "[b]ottom line, it\'s going to '
         'get worse."')


def test_a_described_second_speaker_claims_it_too(read_text):
    # (hundred-and-thirty-seventh iteration) a noun with its own determiner after "and"
    speakers = _speakers(read_text(SUPPORTERS), "Joe Biden only won")
    assert speakers == ["Donald Trump", "his supporters"]


def test_guard_an_and_inside_a_name_gives_no_second_speaker(read_text):
    # a guard: the parser reads "... Allergy and Infectious Disease's director" as a
    # coordination of the institute and its director
    assert len(_speakers(read_text(FAUCI), "it's going to get worse")) == 1
