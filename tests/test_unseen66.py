"""Stop 66: constructions found on dev's misses and judged samples of unseen news
(docs/extraction.md, "Stop 66"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentence from https://en.wikinews.org/wiki/Florida_highway_pileup,_fire_kills_five_children,_two_truck_drivers
# (2019), Wikinews contributors, CC BY 2.5
COLLIDED = ("After crossing the center divider, the out-of-control vehicles collided with the "
            "church bus and a second semi truck in the southbound lanes.")


def test_a_sentence_root_read_as_a_participle_is_a_past_tense(nlp):
    # kg.extract.arcs.past_tenses_read_as_participles: 'collided' was tagged a past
    # participle with no auxiliary, and the vehicles were what was collided
    x = _read(nlp, COLLIDED)
    assert _args(x, "collide.01", "agent") == {"the out-of-control vehicles"}
    assert "the church bus" in _args(x, "collide.01", "patient")


def test_a_headline_participle_stays_a_passive(nlp):
    # (the control) no full stop: a headline's participle keeps its passive reading
    x = _read(nlp, "Parents prosecuted after homeopathic treatment leads to daughter's death")
    assert _args(x, "prosecute.01", "patient") == {"Parents"}
    assert not _args(x, "prosecute.01", "agent")
