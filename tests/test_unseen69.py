"""Stop 69: constructions found on dev's misses and judged samples of unseen news
(docs/extraction.md, "Stop 69"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentence from https://en.wikinews.org/wiki/Polish_leader_Jaroslaw_Kaczynski_promises_stricter_punishments_for_child_abusers
# (2019), Wikinews contributors, CC BY 2.5
INTENT = ("Prawo i Sprawiedliwość publicly declared intent to impose stricter punishment for "
          "child sexual abuse.")


def test_who_declares_an_intent_to_act_is_the_one_who_acts(nlp):
    # discourse.json control_nouns: "intent" beside "intention", "plan", "bid"
    x = _read(nlp, INTENT)
    assert _args(x, "impose.01", "agent") == {"Prawo i Sprawiedliwość"}


def test_who_feels_the_need_to_act_is_the_one_who_acts(nlp):
    # discourse.json chance_nouns "need" and chance_verbs "feel" (our own sentence)
    x = _read(nlp, "The farmers said they felt the need to sell their land.")
    assert _args(x, "sell.01", "agent") == {"The farmers"}


def test_who_stresses_a_need_to_act_is_not_named_as_the_one_who_acts(nlp):
    # (the control) stressing a need is no having of it: no one named cuts
    x = _read(nlp, "The farmers stressed the need to cut emissions.")
    assert _args(x, "stress.01", "agent") == {"The farmers"}
    assert _args(x, "cut.01", "agent") == set()
