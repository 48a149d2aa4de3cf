"""A place or building described, not named, says where (hundred-and-fifty-seventh
extraction iteration): "remain at the station", "triggered fires at a processing plant".
The reader kept only a dozen hard-coded nouns ("city", "house"); now any noun the node
lexicon calls a place or facility (``nodes.json``) counts, unless a named place inside
the phrase says where ("at his home in San Rafael": San Rafael)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_described_station_is_where_the_capsule_remains(nlp):
    # Sentence from https://en.wikinews.org/wiki/SpaceX_Crew_Dragon_capsule_docks_with_International_Space_Station
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "The Crew Dragon is scheduled to remain at the station during "
                          "the week and return to Earth on Friday.", "remain.01")
    assert any(("location", "the station") in a for a in args)


def test_a_named_place_inside_the_description_is_where_instead(nlp):
    # After a sentence of https://en.wikinews.org/wiki/Singer-songwriter_Robert_Hunter_dies,_aged_78
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Robert Hunter died at his home in San Rafael on Monday.", "die.01")
    assert all(("location", "his home") not in a for a in args)
    assert any(("location", "San Rafael") in a for a in args)


def test_a_thing_after_in_is_no_place(nlp):
    # guard: "in the neck" is no location (a body part is no place noun)
    args = events_of(nlp, "Sirhan was stabbed in the neck on Friday.", "stab.01")
    assert args and not any(r == "location" for a in args for r, _ in a)


def test_a_bare_noun_of_a_longer_preposition_is_no_place(nlp):
    # guard: "in front of" is a preposition; its "front" (a place noun: a war's front) is
    # not where. After a sentence of https://en.wikinews.org/wiki/Living_with_HIV_during_COVID-19:_Wikinews_talks_to_HIV-positive_sex_workers_about_how_pandemic_has_effected_their_lives
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "The lender humiliated the weavers in front of the neighbours.",
                     "humiliate.01")
    assert args and not any(r == "location" for a in args for r, _ in a)
