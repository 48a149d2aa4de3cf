"""Issue 10, forty-eighth iteration: right facts kg never read (docs/extraction.md,
"Forty-eighth iteration"). Self-written sentences; each test fails when its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _args(nlp, text: str, frame: str, role: str) -> set[str]:
    x = read_everything(nlp, text).extraction
    names = {e.key: e.name for e in x.entities}
    return {names.get(k, k) for e in x.events if e.frame == frame
            for r, k in e.arguments if r == role}


def test_an_acts_from_phrase_naming_an_actor_is_its_agent(nlp):
    assert _args(nlp, "The mayor signed the order without approval from the City Council.",
                 "approve.01", "agent") == {"City Council"}


def test_a_from_phrase_of_a_noun_naming_a_thing_made_is_no_agent(nlp):
    # "distribution" also names the product: only nouns of acts that come from someone
    assert _args(nlp, "Users prefer the new distribution from the Linux Foundation.",
                 "distribute.01", "agent") == set()
    # control: the sentence's verb is read with its subject
    assert _args(nlp, "Users prefer the new distribution from the Linux Foundation.",
                 "prefer.01", "agent") == {"Users"}


def test_a_conjoined_verb_before_a_bare_plural_is_a_verb_with_its_object(nlp):
    # not "a cease and desist order", where the joined verb sits inside the noun phrase
    assert _args(nlp, "The council will provide a reminder and consider extensions.",
                 "consider.01", "patient") == {"extensions"}


def test_a_verb_of_another_form_than_the_verb_it_joins_stays_inside_the_noun_phrase(nlp):
    assert _args(nlp, "The site shows bugs and pull requests at the bottom.",
                 "pull.01", "agent") == set()
    assert _args(nlp, "The site shows bugs and pull requests at the bottom.",  # control
                 "show.01", "agent") == {"The site"}
