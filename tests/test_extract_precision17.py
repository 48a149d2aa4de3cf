"""Seventeenth iteration: precision on unseen articles (docs/extraction.md, "Seventeenth
iteration"). Self-written sentences; each test fails when its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_describing_something_as_something_is_a_claim_not_a_fact(nlp):
    # the guidelines make "described X as Y" a claim (what X is, said by someone)
    reading = _read(nlp, 'The archbishop was described by the council as "a tireless '
                         'friend of the poor."')
    assert "describe.01" not in _frames(reading)
    reading = _read(nlp, "The governor characterised the shooting as an act of terror.")
    assert "characterize.01" not in _frames(reading)
    assert "shoot.02" in _frames(reading)  # the sentence's event noun is still read


def test_describing_without_as_stays_a_fact(nlp):
    # with a plain object the verb is still read (the guidelines' speech verbs about a
    # thing: "described the plan")
    reading = _read(nlp, "The minister described the plan in detail on Monday.")
    assert "describe.01" in _frames(reading)


def test_the_object_of_cite_as_acts_in_the_gerund(nlp):
    # "cited X as prohibiting him": X prohibits, he is prohibited (as "accused X of
    # arming")
    reading = _read(nlp, "President Morales refused to publish the report. Morales has "
                         "cited a pending audit as prohibiting him from releasing it.")
    assert _args(reading, "prohibit.01", "agent") == {"a pending audit"}
    assert _args(reading, "prohibit.01", "patient") == {"Morales"}


def test_such_as_lists_examples_not_a_controller(nlp):
    # "condemned such reckless action as firing shells": the subject fires
    reading = _read(nlp, "North Korea condemned such reckless action as firing 36 shells "
                         "into the sea.")
    assert _args(reading, "fire.01", "agent") == {"North Korea"}


def test_a_description_with_a_proper_modifier_names_no_other_organisation(nlp):
    # "the Democratic party" is not the caucus named before it: only an organisation
    # whose name has "Democratic" can be its antecedent (since stop 57 it is the party's
    # own name: a party adjective keeps its lower-case "party")
    reading = _read(nlp, "The Congressional Black Caucus met on Monday. The senator "
                         "chaired the Judiciary Committee while the Democratic party "
                         "controlled the House from 2007 until 2011.")
    assert _args(reading, "control.01", "agent") == {"Democratic party"}
    reading = _read(nlp, "The Democratic Party won the vote in May. Observers said the "
                         "party gained seats.")
    assert _args(reading, "gain.01", "agent") == {"Democratic Party"}


def test_a_subject_stranded_after_a_preposition_keeps_its_apposition(nlp):
    # "after X, mayor of Y, was attacked": the parser reads "after" as a preposition and
    # the verb as the main clause's conjunct; X is attacked, not the main clause's subject
    reading = _read(nlp, "Two men were detained after Jan Kowalski, mayor of the town of "
                         "Brzeg, was attacked at a concert.")
    assert _args(reading, "attack.01", "patient") == {"Jan Kowalski"}
    # an unnamed description stands for the name in apposition to it
    reading = _read(nlp, "The league changed its rules after the club's first coach, Tom "
                         "Hill, signed a new contract.")
    assert _args(reading, "sign.02", "agent") == {"Tom Hill"}


def test_a_light_verb_participle_on_its_event_noun_is_no_fact(nlp):
    # "the attack carried out by the gunmen", "payments made to two women": the
    # guidelines annotate the noun (with the participle's doer), not the light verb
    reading = _read(nlp, "Police investigated the attack carried out by the gunmen.")
    assert "carry_out.03" not in _frames(reading)
    assert _args(reading, "attack.01", "agent") == {"the gunmen"}
    reading = _read(nlp, "The lawyer admitted to violations connected to payments made to "
                         "two women.")
    assert "make.01" not in _frames(reading)
    assert _args(reading, "pay.01", "recipient") == {"two women"}
    # a bare participle keeps its verb, as annotators have it ("ever held to date")
    reading = _read(nlp, "It was the largest demonstration ever held to date.")
    assert "hold.01" in _frames(reading)
