"""Stop 72: constructions found on dev's misses and wrong facts and on unseen news
(docs/extraction.md, "Stop 72"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentence from https://en.wikinews.org/wiki/Lost_52_Project_announces_discovery_of_wrecked_sub_near_Okinawa
# (2019), Wikinews contributors, CC BY 2.5
IWASAKI = ("Amateur researcher and systems engineer Yutaka Iwasaki of Kobe, Japan came across "
           "military records that showed a Japanese bomber had attacked a U.S. vessel in late "
           "February.")


def test_a_job_read_as_a_verb_before_a_name_is_what_the_person_is(nlp):
    # kg.extract.triggers.job_read_as_verb
    x = _read(nlp, IWASAKI)
    assert _args(x, "attack.01", "agent") == {"a Japanese bomber"}
    assert _args(x, "engineer.01", "patient") == set()
    assert _args(x, "engineer.01", "agent") == set()


def test_a_verb_with_a_subject_of_its_own_before_a_name_stays_a_verb(nlp):
    # (the control) "stars" has its own subject, a thing
    assert _args(_read(nlp, "The film stars Tom Hanks."), "star.01", "patient") == {"Tom Hanks"}
    x = _read(nlp, "The company will engineer John Smith's comeback.")
    assert _args(x, "engineer.01", "agent") == {"The company"}
