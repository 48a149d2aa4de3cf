"""Issue 10, tenth iteration: readings that misfired on annotator f's dev articles (the
least tuned-on), one self-written sentence each (docs/extraction.md, "Tenth iteration").
Each test fails when its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import roles_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_lone_subject_of_a_verb_whose_first_argument_is_its_theme_acts(read_text):
    # run.02's ARG0 is the runner (a theme in VerbNet): an animal running is no undergoer
    x = read_text("The dinosaur ran on the ground.")
    assert ("agent", "The dinosaur") in roles_of(x, "ran")
    assert ("patient", "The dinosaur") not in roles_of(x, "ran")


def test_a_perfect_participle_after_a_passive_clause_is_its_subjects_act(read_text):
    # "having entered" is active: the ship entered, whatever the main clause's voice
    x = read_text("The ship was seized by the navy, having entered Iranian waters.")
    assert ("agent", "The ship") in roles_of(x, "entered")
    assert ("patient", "The ship") not in roles_of(x, "entered")


def test_a_participle_naming_a_noun_is_no_appointment(read_text):
    # "a Polish chef named Łukasz" says what he is called; "named chief executive" still
    # appoints
    called = read_text("Another man, a Polish chef named Łukasz, chased the attacker.")
    assert not [ev for ev in called.events if ev.kind == "Appointment"]
    appointed = read_text("Smith, named chief executive on Monday, resigned.")
    assert [ev for ev in appointed.events if ev.kind == "Appointment"]


def test_an_object_predicate_adjective_is_said_of_the_object(read_text):
    # "shot the gunman dead": the gunman died, not the police who shot him
    x = read_text("Police shot the gunman dead on Friday.")
    assert roles_of(x, "dead") == {("patient", "the gunman")}


def test_what_a_verb_prevents_does_not_happen(read_text):
    # "stopped the man from entering": he did not enter; the stopping itself stays positive
    x = read_text("The police stopped the man from entering the building.")
    entering = [ev for ev in x.events if ev.trigger == "entering"]
    stopped = [ev for ev in x.events if ev.trigger == "stopped"]
    assert entering and all(ev.polarity == "negative" for ev in entering)
    assert stopped and all(ev.polarity == "positive" for ev in stopped)


def test_what_a_verb_never_prevents_is_not_negated(read_text):
    x = read_text("Red Hat will never prevent its employees from pursuing upstream development.")
    pursuing = [ev for ev in x.events if ev.trigger == "pursuing"]
    assert pursuing and all(ev.polarity == "positive" for ev in pursuing)
