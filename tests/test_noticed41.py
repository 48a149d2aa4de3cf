"""Forty-second extraction iteration: the defects earlier iterations left (docs/extraction.md,
"Forty-second iteration: the left defects"). Self-written sentences; each test fails with
its fix reverted."""
from __future__ import annotations

from extracttools import frames_of as _frames
from extracttools import read_everything as _read


def _claims(reading) -> set[str]:
    return {c.text for c in reading.extraction.claims}


def test_the_claim_under_a_factive_question_is_presupposed(nlp):
    # "Are you aware X said ...?" takes the saying as true: its claim stands
    assert _claims(_read(nlp, "Are you aware the minister said that taxes will rise?")) == \
        {"taxes will rise"}
    assert "close.01" in _frames(_read(nlp, "Did you know that the factory closed last year?"))
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
