"""Twenty-seventh iteration: precision of emitted facts on fresh news (docs/extraction.md,
"Twenty-seventh iteration"). Self-written sentences; each test fails when its fix is
removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_an_active_verbs_by_phrase_is_how_not_who(nlp):
    # PropBank's "by" is the agent of a passive; an active verb with an object has its
    # agent as subject, and its "by" phrase says how ("pass it by a two-thirds majority")
    # (a subjectless infinitive: the majority passes nothing)
    reading = _read(nlp, "To pass the budget by a two-thirds majority is hard.")
    assert not _args(reading, "pass.01", "agent")
    assert _args(reading, "pass.01", "patient") == {"the budget"}
    reading = _read(nlp, "The senators would have to pass the budget by a two-thirds majority.")
    assert _args(reading, "pass.01", "agent") == {"The senators"}
    # the passive keeps its by-phrase as agent
    reading = _read(nlp, "The budget was passed by the senators on Friday.")
    assert _args(reading, "pass.01", "agent") == {"the senators"}


def test_characterised_as_an_adjective_is_a_claim_not_a_fact(nlp):
    # 'characterized the call as "perfectly fine"': the adjective hangs on "as" as a
    # modifier, no object; the verb still says what its object is (a claim, no fact)
    reading = _read(nlp, 'The senator characterized the meeting as "perfectly fine."')
    assert "characterize.01" not in _frames(reading)
    assert [c.lemma for c in reading.extraction.claims
            if "perfectly fine" in c.text] == ["characterize"]
    reading = _read(nlp, "The mayor described the new rules as unfair.")
    assert "describe.01" not in _frames(reading)
    # with no "as" phrase, describing is a fact
    reading = _read(nlp, "The mayor described the new rules.")
    assert _args(reading, "describe.01", "agent") == {"The mayor"}


def test_have_to_gives_its_subject_to_the_infinitive_whatever_it_names(nlp):
    # "the aim is to reduce the risk" names no one who reduces; "have to" is obligation:
    # its subject does the infinitive's act even when it is no person ("both houses")
    reading = _read(nlp, "Both houses of the parliament would have to approve the budget.")
    assert _args(reading, "approve.01", "agent") == {"Both houses of the parliament"}
    assert _args(reading, "approve.01", "patient") == {"the budget"}
    # a copula's subject that names no one still gives none ("the aim is to reduce")
    reading = _read(nlp, "The aim is to reduce the risk.")
    assert not _args(reading, "reduce.01", "agent")
    assert _args(reading, "reduce.01", "patient") == {"the risk"}


def test_a_reading_that_asks_the_objects_type_fits_an_unnamed_object(nlp):
    # "the mayor left his home": "leave" is read only when its object is a place, a
    # facility, a country or a body; a description was never typed at that point, so
    # leaving a described place gave no fact at all (a named one did)
    reading = _read(nlp, "The mayor left his home on Thursday morning.")
    assert _args(reading, "leave.11", "agent") == {"The mayor"}
    assert _args(reading, "leave.11", "origin") == {"his home"}
    reading = _read(nlp, "The police shot two protesters.")
    assert _args(reading, "shoot.02", "patient") == {"two protesters"}


def test_a_relative_clause_on_an_occupation_apposed_to_a_name_is_about_that_person(nlp):
    # "Richard Guy, a British mathematician who has published": an occupation noun is a
    # person, so the apposition is the named person, as "a politician who" already was
    reading = _read(nlp, "Anna Berg, a British chemist who has published over 300 papers, "
                         "died on Monday.")
    assert _args(reading, "publish.01", "agent") == {"Anna Berg"}
    assert _args(reading, "publish.01", "patient") == {"over 300 papers"}
    # a "model" is no person ("a discrete model consisting of cells")
    reading = _read(nlp, "The team built a model that predicts floods.")
    assert not any(e.type == "Person" for e in reading.extraction.entities
                   if "model" in e.name)


def test_the_accused_standing_alone_is_a_person(nlp):
    # "Police arrested the accused": the parser reads "accused" as a participle with no
    # noun to modify, so the arrest had no one arrested; "the" + participle or adjective
    # standing as an argument names people
    reading = _read(nlp, "Police arrested the accused near the station.")
    assert _args(reading, "arrest.01", "patient") == {"the accused"}
    assert _args(reading, "arrest.01", "agent") == {"Police"}
    reading = _read(nlp, "The family buried the deceased on Monday.")
    assert _args(reading, "bury.01", "patient") == {"the deceased"}
    assert any(e.type == "Person" and e.name == "the deceased"
               for e in reading.extraction.entities)
