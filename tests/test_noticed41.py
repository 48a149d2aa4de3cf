"""Forty-second extraction iteration: the defects earlier iterations left (docs/extraction.md,
"Forty-second iteration: the left defects"). Self-written sentences; each test fails with
its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _claims(reading) -> set[str]:
    return {c.text for c in reading.extraction.claims}


def test_the_claim_under_a_factive_question_is_presupposed(nlp):
    # "Are you aware X said ...?" takes the saying as true: its claim stands
    assert _claims(_read(nlp, "Are you aware the minister said that taxes will rise?")) == \
        {"taxes will rise"}
    assert "close.01" in _frames(_read(nlp, "Did you know that the factory closed last year?"))
    # after an interview's speaker label
    assert _claims(_read(nlp, "((WN)) Are you aware the minister said that taxes will rise?")) \
        == {"taxes will rise"}
    # a question about whether or what was said still claims nothing
    assert _claims(_read(nlp, "Do you know whether the minister said that taxes will rise?")) \
        == set()
    assert _claims(_read(nlp, "Did the minister say that taxes will rise?")) == set()


def test_a_question_tag_in_an_editor_s_brackets_keeps_the_statement(nlp):
    reading = _read(nlp, "You said you have been working on the farm for twenty years, [right]?")
    assert any(c.lemma == "say" for c in reading.extraction.claims)
    reading = _read(nlp, "You said you have been working on the farm for twenty years, alright?")
    assert any(c.lemma == "say" for c in reading.extraction.claims)
    # without a tag the statement phrased as a question asks
    reading = _read(nlp, "You said you have been working on the farm for twenty years?")
    assert not any(c.lemma == "say" for c in reading.extraction.claims)


def test_a_noun_phrase_under_a_factive_question_is_still_asked(nlp):
    # "aware of" some things asks whether there are any: what the phrase says is no fact
    reading = _read(nlp, "Are we aware of other bone tools used for hunting by Neanderthals?")
    assert "use.01" not in _frames(reading)
    # control: stated, not asked, the phrase's fact is read
    reading = _read(nlp, "We are aware of other bone tools used for hunting by Neanderthals.")
    assert "use.01" in _frames(reading)


def _agents(reading, trigger: str) -> set[str]:
    names = {e.key: e.name for e in reading.extraction.entities}
    return {names.get(k, k) for ev in reading.extraction.events if ev.trigger == trigger
            for r, k in ev.arguments if r == "agent"}


def test_a_possessive_on_a_light_verb_s_noun_is_its_agreeing_subject(nlp):
    # coreference resolves "his" across sentences (to Biden); within its clause the
    # light verb's subject binds it: the doctor speaks
    reading = _read(nlp, "Joe Biden said he would win. A doctor then gave his first speech "
                         "in the hall.")
    assert _agents(reading, "speech") == {"A doctor"}
    # a subject that does not agree leaves the possessor to coreference
    reading = _read(nlp, "Joe Biden said he would win. The nurses then gave his speech "
                         "in the hall.")
    assert "A doctor" not in _agents(reading, "speech")
    assert _agents(reading, "speech") != {"The nurses"}
