"""Forty-fourth iteration: light verbs emitted as the verb, denied stories (docs/extraction.md,
"Forty-fourth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_committed_or_perpetrated_event_is_the_noun(nlp):
    # "committed the murder": the noun is the event, the light verb's subject its agent
    # (senses.json classes.light + commit, perpetrate), not commit.01 of the murder
    reading = _read(nlp, "Two soldiers committed the murder in the capital.")
    assert "commit.01" not in _frames(reading)
    assert _args(reading, "murder.01", "agent") == {"Two soldiers"}
    reading = _read(nlp, "The rebels perpetrated the attack on the village.")
    assert "perpetrate.01" not in _frames(reading)
    assert _args(reading, "attack.01", "agent") == {"The rebels"}
    # committing troops or oneself to something stays commit.01
    reading = _read(nlp, "The government committed more troops to the mission.")
    assert _args(reading, "commit.01", "agent") == {"The government"}


def test_a_light_verb_the_model_lemmatises_wrongly_still_carries_its_noun(nlp):
    # the small model reads "staged" as "stag": the mended lemma is the light verb
    reading = _read(nlp, "The rebels staged an attack on the base.")
    assert "stage.01" not in _frames(reading)
    assert _args(reading, "attack.01", "agent") == {"The rebels"}


def test_a_strongly_light_verb_carries_any_noun_propbank_lists(nlp):
    # senses.json `light_any_object`: "conducted searches", "performed research",
    # "waged war" are the noun's event, read from PropBank's noun
    reading = _read(nlp, "The coast guard conducted searches of the coast.")
    assert "conduct.01" not in _frames(reading)
    assert _args(reading, "search.01", "agent") == {"The coast guard"}
    reading = _read(nlp, "The students performed their research in Boston.")
    assert "perform.01" not in _frames(reading)
    assert _args(reading, "research.01", "agent") == {"The students"}
    # the passive stays the verb's (the annotators read "the study was conducted by")
    reading = _read(nlp, "The survey was conducted by the ministry.")
    assert _args(reading, "conduct.01", "agent") == {"the ministry"}
    # a vague noun leaves the verb its fact ("conducted a study" is study.01 since the
    # fifty-fourth iteration's light_nouns reading: tests/test_extract56.py)
    reading = _read(nlp, "They perpetrated such reckless action as firing shells.")
    assert _args(reading, "perpetrate.01", "agent") == {"They"}


def test_a_denied_report_with_a_that_clause_denies_the_clause(nlp):
    # "denied reports that he had resigned": a negated claim whose content is the clause,
    # as "denied that he had resigned" (the guidelines: a denial is a negated claim)
    x = _read(nlp, "The minister denied reports that he had resigned.").extraction
    denials = [c for c in x.claims if c.lemma == "deny"]
    assert [(c.text, c.polarity) for c in denials] == [("he had resigned", "negative")]
    # without a clause the thing denied is the content (the dev gold: "denied these
    # allegations" -> a negative claim "these allegations")
    x = _read(nlp, "The company denied the allegations.").extraction
    denials = [c for c in x.claims if c.lemma == "deny"]
    assert [(c.text, c.polarity) for c in denials] == [("the allegations", "negative")]
