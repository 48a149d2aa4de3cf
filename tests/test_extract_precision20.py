"""Twentieth iteration: the wrong facts still emitted on unseen articles
(docs/extraction.md, "Twentieth iteration"). Self-written sentences, and one Wikinews
passage quoted with its URL (Wikinews contributors, CC BY 2.5); each test fails when its
rule is removed."""
from __future__ import annotations

import pytest

from extracttools import events_at as _events
from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _modality(reading, trigger: str) -> set[str]:
    return {ev.modality for ev in _events(reading.extraction, trigger)}


def test_a_person_noun_under_a_country_is_a_person_not_the_state(nlp):
    # "Iranian government officials", "No U.S. president": people of the state, unnamed
    # participants of their own (the guidelines' "officials"), not the country
    reading = _read(nlp, "Iranian government officials met the delegation in Vienna on "
                         "Monday.")
    assert _args(reading, "meet.03", "agent") == {"Iranian government officials"}
    reading = _read(nlp, "No U.S. president has ever been removed by impeachment.")
    assert "United States" not in _args(reading, "remove.01", "patient")
    # institutions and forces stay the state acting
    reading = _read(nlp, "Kenyan police arrested two men in Nairobi on Sunday.")
    assert _args(reading, "arrest.01", "agent") == {"Kenya"}


# https://en.wikinews.org/wiki/US_President_Trump_grants_eleven_people_clemency
# (Wikinews contributors, CC BY 2.5)
_SAFAVIAN = (
    "Trump granted David Hossein Safavian, formerly the General Services Administration's "
    "chief of staff, a full and unconditional pardon. Safavian was charged with making false "
    "statements (perjury) and obstruction of justice in connection with the investigation "
    "into the activities of former Washington lobbyist Jack Abramoff. He was convicted in "
    "2006. The Court of Appeals for the D.C. Circuit vacated his conviction and ordered a new "
    "trial, where in 2008 he was again found guilty.")


def test_a_surname_the_entity_step_did_not_join_is_still_the_person_for_a_pronoun(nlp):
    # "Safavian" alone, which the entity step typed as no person, is David Hossein
    # Safavian: "he was again found guilty" is about him, not about Trump
    reading = _read(nlp, _SAFAVIAN)
    found = _args(reading, "find.01", "patient")
    assert "Donald Trump" not in found and "Trump" not in found
    assert found == {"David Hossein Safavian"}


def test_who_is_charged_with_a_deed_does_it(nlp):
    # "charged the man with murdering": the man murders, not the prosecutors
    reading = _read(nlp, "Prosecutors charged the man with murdering two people.")
    assert _args(reading, "murder.01", "agent") == {"the man"}
    reading = _read(nlp, "The team credited Smith with saving the club.")
    assert _args(reading, "save.01", "agent") == {"Smith"}
    # not the deed of a verb that is no accounting: the attacker shells
    reading = _read(nlp, "Troops attacked the city with shelling on Monday.")
    assert "the city" not in _args(reading, "shell.01", "agent")


def test_who_is_convicted_of_a_plot_to_do_something_would_do_it(nlp):
    # "convicted X of conspiracy to violate": X conspired, not the jury
    reading = _read(nlp, "A jury convicted Don Blankenship of conspiracy to violate safety "
                         "standards.")
    assert _args(reading, "violate.01", "agent") == {"Don Blankenship"}
    reading = _read(nlp, "The man was convicted of conspiracy to defraud the government.")
    assert _args(reading, "defraud.01", "agent") == {"The man"}


def test_a_passive_to_clause_called_for_is_planned_not_done(nlp):
    # "called for his death to be investigated": the investigation is asked for, not
    # done; a passive infinitive is a 'to'-clause like an active one
    reading = _read(nlp, "The union called for the law to be repealed.")
    assert _modality(reading, "repealed") == {"future"}
    reading = _read(nlp, "The ship was sent to Norway to be repaired.")
    assert _modality(reading, "repaired") == {"future"}


def test_a_conjunct_clause_with_its_own_subject_keeps_its_own_mood(nlp):
    # "X can survive, but oxygen permits ...": the second clause states a fact; only a
    # bare conjunct shares the first one's modal ("will withdraw and close the base")
    reading = _read(nlp, "Some life forms can survive without oxygen, but oxygen permits "
                         "more energy-intensive metabolism.")
    assert _modality(reading, "permits") == {"asserted"}
    reading = _read(nlp, "Russia will withdraw its troops and close the base.")
    assert _modality(reading, "close") == {"future"}


def test_a_fronted_description_before_a_passive_subject_is_its_apposition(nlp):
    # "A resident of Antioch, Illinois, Rittenhouse is accused of killing": the name is
    # the one accused and the one who killed, not the description before it
    reading = _read(nlp, "A veteran of the war, Smith was convicted of killing two people.")
    assert _args(reading, "convict.01", "patient") == {"Smith"}
    assert _args(reading, "kill.01", "agent") == {"Smith"}


def test_a_group_word_with_a_person_in_apposition_is_that_person(nlp):
    # "a Republican, Mark Amodei, voiced support": Amodei, not the party's members
    reading = _read(nlp, "Since then, a Republican, Mark Amodei, has publicly voiced "
                         "support for the impeachment inquiry.")
    assert _args(reading, "voice.01", "agent") == {"Mark Amodei"}
    reading = _read(nlp, "A Briton, John Smith, was arrested in Paris on Monday.")
    assert _args(reading, "arrest.01", "patient") == {"John Smith"}


def test_what_a_participle_of_saying_claims_has_its_own_subject(nlp):
    # "groups claiming the election was stolen gathered": the parser makes the groups
    # the subject of "stolen"; the auxiliary's number says the election was stolen
    reading = _read(nlp, "Several groups claiming the election was stolen from the "
                         "president gathered in the capital on Saturday.")
    assert "Several groups" not in _args(reading, "steal.01", "patient")
    reading = _read(nlp, "Protesters claiming the vote was rigged marched through the city.")
    assert _args(reading, "rig.01", "patient") == {"the vote"}
    # an agreeing subject is left alone: the protesters were arrested
    reading = _read(nlp, "Protesters claiming fraud were arrested by police.")
    assert _args(reading, "arrest.01", "patient") == {"Protesters"}


def test_what_someone_is_accused_of_is_alleged_not_done(nlp):
    # "is accused of crossing state lines": the guidelines' "alleged" (hedged), not a deed
    # stated; "convicted of" states it
    reading = _read(nlp, "Police accused the man of killing his wife.")
    assert _modality(reading, "killing") == {"hedged"}
    reading = _read(nlp, "The man was convicted of killing his wife.")
    assert _modality(reading, "killing") == {"asserted"}
