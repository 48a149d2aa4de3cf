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


# Sentences from https://en.wikinews.org/wiki/GitHub_blocks_public_access_to_youtube-dl_after_RIAA_issues_DMCA_notice
# and https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020 (2020),
# Wikinews contributors, CC BY 2.5
VIDEOS = ("Videos downloaded using youtube-dl are also used for the purpose of fair use, or for "
          "evidence.")
DEJOY = ("DeJoy maintained the USPS could handle the increased demand for mail-in ballots amid "
         "the coronavirus pandemic.")


def test_a_reduced_relative_read_as_the_root_leaves_the_tensed_verb_the_sentence(nlp):
    # kg.extract.arcs.reduced_relatives_read_as_main_verbs: 'downloaded' was the root and
    # the videos downloaded something; 'are used' hung below it
    x = _read(nlp, VIDEOS)
    assert _args(x, "download.01", "patient") == {"Videos"}
    assert not _args(x, "download.01", "agent")
    assert _args(x, "use.01", "patient") >= {"Videos"}


def test_a_verb_of_saying_keeps_its_complement_with_the_parsers_object(nlp):
    # (the control) "maintained the USPS could handle": the USPS handles it, not DeJoy
    x = _read(nlp, DEJOY)
    assert _args(x, "handle.01", "agent") == {"USPS"}
