"""Stop 63: constructions found on judged samples of unseen news (docs/extraction.md,
"Stop 63"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _entity_with(x, mention: str) -> str | None:
    """The key of the entity one of whose mentions is ``mention``."""
    return next((e.key for e in x.extraction.entities
                 if any(m.text == mention for m in e.mentions)), None)


# Sentences from https://en.wikinews.org/wiki/Neuroscientists_tell_Wikinews_about_empathy_and_harm_aversion_observed_in_lab_rats
# (2020), Wikinews contributors, CC BY 2.5
RATS = ("After developing a preference, the preferred lever was wired to deliver a shock to "
        "another rat in a neighbouring compartment. The study showed the actor rat, which "
        "pressed the lever tend to switch the lever to avoid shocking the other rat.")


def test_the_other_one_is_not_the_one_of_its_noun_just_named(nlp):
    # kg.extract.nodes.Nodes._the_other: "the other rat" was the actor rat it is told from
    x = _read(nlp, RATS)
    other = _entity_with(x, "the other rat")
    assert other is not None and other != _entity_with(x, "the actor rat")
    assert _args(x, "shock.01", "patient") == {"the other rat"}
