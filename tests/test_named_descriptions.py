"""A description a "named"/"called" participle gives a name ("a woman named Heather
Heyer") is the person named, and the participle is naming, no fact (hundred-and-forty-
fourth extraction iteration; "identified as" was so before)."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# https://en.wikinews.org/wiki/Charlottesville,_Virginia_killer_sentenced_to_life_in_prison
# ("Wikinews contributors", CC BY 2.5; a dev article)
HEYER = ("In that event, Fields, a self-described Neo-Nazi, killed a woman named Heather "
         "Heyer and injured at least nineteen others.")


def test_a_woman_named_heather_heyer_is_heather_heyer(nlp):
    reading = _read(nlp, HEYER)
    assert _args(reading, "kill.01", "patient") == {"Heather Heyer"}


def test_naming_a_description_is_no_fact(nlp):
    reading = _read(nlp, HEYER)
    assert "kill.01" in _frames(reading) and "name.01" not in _frames(reading)
    reading = _read(nlp, "She runs a firm called eTranslate, which helps developers.")
    assert "help.01" in _frames(reading) and "call.01" not in _frames(reading)


def test_a_later_mention_of_the_named_description_is_the_person(nlp):
    reading = _read(nlp, "A man called John Smith attacked the guards. The man was "
                         "arrested on Monday.")
    assert _args(reading, "arrest.01", "patient") == {"John Smith"}
