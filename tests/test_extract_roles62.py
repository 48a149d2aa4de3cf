"""Sixtieth iteration: event roles on a fresh sample (docs/extraction.md, "Sixtieth
iteration: event roles on a fresh sample"). Each test fails with its fix reverted; the
sentences are self-written."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_someone_reached_into_or_onto_is_no_recipient(nlp):
    reading = _read(nlp, "The singer was inducted into the National Radio Hall of Fame.")
    assert _args(reading, "induct.01", "recipient") == set()
    reading = _read(nlp, "The man drove his car into a crowd of people.")
    assert _args(reading, "drive.01", "recipient") == set()
    # handed to someone, still is; a country gone into is where to
    reading = _read(nlp, "The company sold the plant to Siemens.")
    assert _args(reading, "sell.01", "recipient") == {"Siemens"}
    reading = _read(nlp, "Turkey began a military offensive into Syria.")
    assert _args(reading, "offensive.00", "destination") == {"Syria"}


def test_a_from_phrase_is_never_a_destination(nlp):
    reading = _read(nlp, "The governor threatened to withhold federal funds from the districts.")
    assert _args(reading, "withhold.01", "destination") == set()
    assert _args(reading, "withhold.01", "patient") == {"federal funds"}  # control
    reading = _read(nlp, "The patient was transferred from the hospital to a clinic in Berlin.")
    assert "the hospital" not in _args(reading, "transfer.01", "destination")
    assert "a clinic" in _args(reading, "transfer.01", "destination")  # control


def test_a_mere_thing_is_no_place(nlp):
    reading = _read(nlp, "The document must be completed in English.")
    assert _args(reading, "complete.01", "location") == set()
    reading = _read(nlp, "The case revolved around their convictions.")
    assert _args(reading, "revolve.06", "location") == set()
    # a named place still is
    reading = _read(nlp, "Pohiva taught classes at a campus in Tonga.")
    assert _args(reading, "teach.01", "location") == {"Tonga"}
