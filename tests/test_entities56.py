"""Names on unseen news (stop 56): an abbreviation of a name the model read as a facility
is that facility; a preposition opening a sentence is no part of the name after it."""
from __future__ import annotations

import pytest

from extracttools import entity_mentions

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Sentences from https://en.wikinews.org/wiki/Iranian_International_Master_Dorsa_Derakhshani_discusses_her_chess_career_with_Wikinews
# (2020), Wikinews contributors, CC BY 2.5, shortened
SLU = ("IM Dorsa Derakhshani, who currently studies at Saint Louis University in the United "
       "States and plays for the United States Chess Federation, discussed her chess career. "
       "Before I did my SATs, I talked to two different universities: Saint Louis University "
       "[SLU] and UTT [University of Texas at Tyler]. So SLU offered to cover the summer "
       "housing. How is life at the Saint Louis University? I am more supported by the "
       "University and the Chess Club rather than the Federation as a whole.")


def test_an_abbreviation_of_a_facility_is_that_facility(nlp):
    # the model read "Saint Louis University" as a facility and "SLU" as an organisation:
    # "SLU" and "the University" had become an organisation named "University"
    mentions = entity_mentions(nlp, SLU)
    university = [texts for texts in mentions.values() if "Saint Louis University" in texts]
    assert len(university) == 1, mentions
    assert "SLU" in university[0] and "University" in university[0], mentions


@pytest.mark.parametrize("text, name", [
    # https://en.wikinews.org/wiki/Living_with_HIV_during_COVID-19:_Wikinews_talks_to_HIV-positive_sex_workers_about_how_pandemic_has_effected_their_lives
    # (2020), Wikinews contributors, CC BY 2.5: an interview's question
    ("((WN)) [Would you] tell me about your work?\n\n((Akram Pasha)) Regarding Ashodaya?",
     "Ashodaya"),
])
def test_a_sentences_opening_preposition_is_no_part_of_a_name(nlp, text, name):
    texts = [t for ts in entity_mentions(nlp, text).values() for t in ts]
    assert name in texts and not any(t.startswith("Regarding") for t in texts), texts


def test_a_questions_opening_auxiliary_is_no_part_of_a_name(nlp):
    # https://en.wikinews.org/wiki/Gregory_Kurtzer_discusses_plans_for_Rocky_Linux_with_Wikinews_as_Red_Hat_announces_moving_focus_away_from_CentOS
    # (2020), Wikinews contributors, CC BY 2.5: an interview's question
    texts = [t for ts in entity_mentions(
        nlp, "((WN))  Will Rocky Linux provide a way to migrate CentOS 7 and 8 to Rocky?"
    ).values() for t in ts]
    assert "Rocky Linux" in texts and not any(t.startswith("Will") for t in texts), texts


def test_will_the_given_name_stays_in_the_name(nlp):
    # guard: "Will" as a proper noun is a name's first word
    texts = [t for ts in entity_mentions(nlp, "Will Smith said he was sorry.").values()
             for t in ts]
    assert "Will Smith" in texts, texts


def test_a_hyphenated_given_name_the_model_cut_is_whole(nlp):
    # https://en.wikinews.org/wiki/New_faces_emerge_as_veteran_politicians_step_down_in_Hong_Kong_legislative_election
    # (2016), Wikinews contributors, CC BY 2.5
    texts = [t for ts in entity_mentions(
        nlp, "Localist group Civic Passion's Wong Yeung-tat was defeated in this district, "
             "and resigned his leadership in Civic Passion.").values() for t in ts]
    assert "Wong Yeung-tat" in texts and "Wong Yeung" not in texts, texts


def test_an_adjective_made_of_a_name_is_no_part_of_it(nlp):
    # guard: "a Warhol-like wig", after https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits
    # Wikinews contributors, CC BY 2.5 (dev: the linking bench lost Andy Warhol to it)
    texts = [t for ts in entity_mentions(
        nlp, "Andy Warhol took the photographs. Attendees could wear a Warhol-like wig."
    ).values() for t in ts]
    assert "Warhol-like" not in texts, texts
