"""A two-word preposition of place read as its one-word form (seventy-seventh extraction
iteration): "died inside of the hall", "gathered outside of the embassy" give the place as
"inside the hall" does, whichever way the parser hangs the "of"; and a reflexive object
("devoted himself") keeps its agent's node in the object's role. Sentences adapted from
Wikinews (
https://en.wikinews.org/wiki/Bystanders_foil_knife-weilding_man_on_London_Bridge_with_fire_extinguisher,_whale_tusk,
Wikinews contributors, CC BY 2.5) or self-written."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _location(nlp, text: str, frame: str) -> set[str]:
    return {n for f, args in _read(nlp, text) if f == frame for r, n in args if r == "location"}


def test_inside_of_a_named_hall_is_where_it_happened(nlp):
    # the parser hangs "inside" and "of" both on the verb
    assert "Fishmongers' Hall" in _location(
        nlp, "One of them died inside of Fishmongers' Hall.", "die.01")


def test_outside_of_the_embassy_is_where_they_gathered(nlp):
    # the parser hangs "of" under the adverb "outside"
    assert "US Embassy" in _location(
        nlp, "Protesters gathered outside of the US Embassy in Baghdad.", "gather.01")


def test_inside_of_a_facility_is_the_place_of_a_passive(nlp):
    assert any("Westfield" in n for n in _location(
        nlp, "A man was stabbed inside of the Westfield shopping centre in London.",
        "stab.01"))


def test_guard_the_one_word_form_reads_the_same_place(nlp):
    # guard: passes with the rule reverted too
    assert "Fishmongers' Hall" in _location(
        nlp, "One of them died inside Fishmongers' Hall.", "die.01")


def test_guard_out_of_stays_an_origin(nlp):
    # guard: "out of" is not one of the of-prepositions; it stays where from
    events = _read(nlp, "The United States pulled out of Kabul.")
    assert not any(r == "location" for f, args in events for r, _ in args)
    assert any(("origin", "Kabul") in args for _, args in events)  # control


# A reflexive object is the clause's own agent: the gold guidelines give "himself" with the
# subject's entity as its ref ("having thus armed himself" -> patient_ref the man), so the
# fact keeps the agent's node in the object's role too (one node, two roles).


def _roles(nlp, text: str, frame: str) -> set[tuple[str, str]]:
    return {(r, n) for f, args in _read(nlp, text) if f == frame for r, n in args}


def test_a_reflexive_object_is_the_agents_own_node(nlp):
    roles = _roles(nlp, "Francis D'Souza devoted himself to public service.", "devote.01")
    assert ("agent", "Francis D'Souza") in roles
    assert ("patient", "Francis D'Souza") in roles


def test_an_organisation_investigating_itself_is_its_own_patient(nlp):
    # adapted from https://en.wikinews.org/wiki/US_Department_of_Justice_investigating_Ford_over_emissions_testing_problems
    # (Wikinews contributors, CC BY 2.5)
    roles = _roles(nlp, "Ford Motor Company announced investigating itself.", "investigate.01")
    assert ("patient", "Ford Motor Company") in roles


def test_a_participles_reflexive_object_takes_the_controllers_node(nlp):
    # adapted from
    # https://en.wikinews.org/wiki/Bystanders_foil_knife-weilding_man_on_London_Bridge_with_fire_extinguisher,_whale_tusk
    # (Wikinews contributors, CC BY 2.5)
    roles = _roles(nlp, "Łukasz Koczocik, having thus armed himself, participated in the chase.",
                   "arm.01")
    assert ("patient", "Łukasz Koczocik") in roles


def test_guard_an_intensifier_is_no_object(nlp):
    # guard: "himself" after the object only stresses the doer; the object stays the daughter
    roles = _roles(nlp, "Thomas Sam decided to treat his daughter himself.", "treat.01")
    assert ("patient", "Thomas Sam") not in roles
    assert ("agent", "Thomas Sam") in roles  # control: the doer is read
