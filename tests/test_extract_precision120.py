"""An unresolved "they" subject stands for the people before it (hundred-and-thirteenth
extraction iteration): a "they" that coreference leaves open is, as a fact argument, the
nearest plural noun of people that is a clause subject in its sentence or the one before
("The researchers plan to gather data so they can evaluate the sites"), as the
hundred-and-sixth iteration did for claim speakers (one shared rule, ``people_before``).
A nearer plural subject that names things leaves it open; an object "them" is not read
this way. Self-written sentences unless marked."""
import pytest

from extracttools import read_everything, roles_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _roles(nlp, text: str, trigger: str) -> set[tuple[str, str | None]]:
    return roles_of(read_everything(nlp, text).extraction, trigger)


def test_they_in_a_purpose_clause_is_the_subject_people(nlp):
    roles = _roles(nlp, "The engineers built a new bridge so they could cross the river.",
                   "cross")
    assert ("agent", "The engineers") in roles


def test_they_of_the_next_sentence_is_the_people_before(nlp):
    roles = _roles(nlp, "Firefighters arrived at the scene within minutes. "
                        "They rescued three children from the building.", "rescued")
    assert ("agent", "Firefighters") in roles


def test_they_of_a_wikinews_sentence_is_the_researchers(nlp):
    # https://en.wikinews.org/wiki/Scientists_report_correlation_between_locations_of_Easter_Island_statues_and_water_resources
    # Wikinews contributors, CC BY 2.5
    text = ("The researchers plan to gather information on more freshwater resources so "
            "they can evaluate statue sites on the rest of Easter Island.")
    assert ("agent", "The researchers") in _roles(nlp, text, "evaluate")


def test_nearer_plural_thing_subject_leaves_they_open(nlp):
    # a plural subject naming things stands between the people and "they"
    roles = _roles(nlp, "The farmers said the prices were falling. The storms came early "
                        "and they destroyed the crops.", "destroyed")
    assert ("agent", "The farmers") not in roles
    assert ("agent", "they") in roles  # control: the clause is read, its "they" left open


def test_guard_object_them_is_not_the_subject_people(nlp):
    # guard: an object "them" is more often what was acted on than who acted
    roles = _roles(nlp, "Fishermen found the sailors on the shore. A ship was sent to "
                        "collect them.", "collect")
    assert ("patient", "Fishermen") not in roles
    assert ("patient", "them") in roles  # control: the clause is read, "them" left open


def test_they_is_not_the_people_its_own_verb_acts_on(nlp):
    # Sentences from https://en.wikinews.org/wiki/Living_with_HIV_during_COVID-19:_Wikinews_talks_to_HIV-positive_sex_workers_about_how_pandemic_has_effected_their_lives
    # (2020), Wikinews contributors, CC BY 2.5. Binding: "they bribed the police" speaks
    # of others than the police before (the boyfriend's family), so "they" stays open.
    text = ("Police told me that I had absolutely no one. I think because of the influence "
            "the family of my boyfriend had, and maybe they bribed the police, the police "
            "told me that they would file a case on me.")
    roles = _roles(nlp, text, "bribed")
    assert ("agent", "Police") not in roles
    assert ("agent", "they") in roles  # control: the clause is read, its "they" left open

