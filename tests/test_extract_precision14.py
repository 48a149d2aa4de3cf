"""Issue 10, fourteenth iteration: the unseen annotators' false positives
(docs/extraction.md, "Fourteenth iteration"). Self-written sentences; each test fails
when its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _args(reading, trigger: str, role: str) -> set[str]:
    names = {e.key: e.name for e in reading.extraction.entities}
    # a trigger may span a fixed object ("tested positive"): match its first word
    return {names.get(k, k) for ev in reading.extraction.events
            if ev.trigger.split()[:1] == [trigger] for r, k in ev.arguments if r == role}


def test_a_for_gerund_after_a_sentence_is_the_sentenced_persons_deed(nlp):
    # the parser hangs "for driving" on "parole"; the judge did not drive, the one
    # sentenced did
    reading = _read(nlp, "Judge Anna Berg sentenced Tom Walker to life in prison without the "
                         "possibility of parole for driving his truck into a crowd.")
    assert _args(reading, "driving", "agent") == {"Tom Walker"}


def test_an_on_gerund_after_congratulate_is_the_objects_deed(nlp):
    reading = _read(nlp, "The club congratulated Maria Lopez on winning the title.")
    assert _args(reading, "winning", "agent") == {"Maria Lopez"}


def test_an_abbreviation_in_parentheses_names_the_full_name_before_it(nlp):
    # "British American" is read as two nationalities and the name is left out; the
    # argument is the academy under its full name, not the bare abbreviation
    reading = _read(nlp, "Jones attended the British American Drama Academy (BADA) in Oxford.")
    assert _args(reading, "attended", "patient") == {"British American Drama Academy"}


def test_a_country_after_a_comma_locates_the_subject_it_does_not_replace(nlp):
    reading = _read(nlp, "Yesterday, the Parliament of New South Wales (NSW), Australia voted "
                         "to pass the bill.")
    agents = _args(reading, "voted", "agent")
    assert agents and "Australia" not in agents
    assert any("Parliament" in a for a in agents)


def test_a_meaning_participle_glosses_what_came_before(nlp):
    reading = _read(nlp, 'The senator claimed there were "good people on both sides," meaning '
                         "both the marchers and their opponents.")
    assert not any(ev.trigger == "meaning" for ev in reading.extraction.events)
    assert reading.extraction.claims  # the senator's claim is read


def test_a_fronted_description_is_the_apposition_of_the_named_subject(nlp):
    reading = _read(nlp, "A daughter of the prairie and a veteran of the Gulf War, Senator Jane "
                         "Moore devoted her long life to public service.")
    assert _args(reading, "devoted", "agent") == {"Jane Moore"}


def test_a_clause_with_its_own_tense_after_claimed_x_is_xs(nlp):
    # the parser takes "Iran" as the object of "claimed" and joins "is influencing" to it
    reading = _read(nlp, "Farmers have claimed Russia, especially, amongst other foreign powers, "
                         "is unduly influencing their leaders.")
    assert _args(reading, "influencing", "agent") == {"Russia"}


def test_tested_positive_and_fell_ill_are_undergone(nlp):
    reading = _read(nlp, "Mayor Ana Silva tested positive for COVID-19. Her deputy, Paul Roth, "
                         "fell ill on the flight.")
    assert _args(reading, "tested", "patient") == {"Ana Silva"}
    assert not _args(reading, "tested", "agent")
    assert _args(reading, "fell", "patient") == {"Paul Roth"}
    assert not _args(reading, "fell", "agent")


def test_a_clausal_subject_does_not_do_its_clauses_participle(nlp):
    reading = _read(nlp, "Wearing a face covering will become compulsory while riding "
                         "public transport in England.")
    assert not _args(reading, "riding", "agent")
    assert "public transport" in _args(reading, "riding", "patient")
