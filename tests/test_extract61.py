"""Fifty-ninth iteration: verbs of saying, attitude and naming (docs/extraction.md,
"Fifty-ninth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_referring_to_something_as_something_is_no_fact(nlp):
    # discourse.json predicating_speech: "referred to X as Y" says what X is, a claim
    x = _read(nlp, "The governor criticised the ruling, which the mayor has referred to as "
                   "a disgrace.")
    assert "refer.01" not in _frames(x)
    x = _read(nlp, "The committee voted to refer the case to the full House.")
    assert "refer.01" in _frames(x)


def test_holding_something_to_be_something_is_an_opinion_no_fact(nlp):
    # discourse.json opinion_verbs: an 'as' phrase, or a passive predicative complement
    for text in ("His role in the film was widely considered a breakthrough.",
                 "Hydrogen gas is considered unsafe in large quantities.",
                 "The newspaper regarded the debate as more civil than the first one."):
        x = _read(nlp, text)
        assert not {"consider.01", "regard.01"} & _frames(x), text
    x = _read(nlp, "A reboot of the series is being considered by the studio.")
    assert "consider.01" in _frames(x)
