"""A storm's name is an event whatever label the model gave it: "Cyclone Phailin" and the
"Storm Barry" of "Tropical Storm Barry", which the small model reads as people, are named
events (EventName), as "Hurricane Humberto" already was; a bare "Storm" opens a storm's
name only after "Tropical" ("Storm Reid" is a person). Self-written sentences."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from kg.extract import extract
from kg.model import Article

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _types(nlp, text: str) -> dict[str, str]:
    x = extract(nlp(text), Article(text=text, source="test",
                                   retrieved=datetime.now(timezone.utc)), 0.0, 0.0)
    return {m.text: e.type for e in x.entities for m in x.entity(e.key).mentions}


def test_cyclone_read_as_a_person_is_a_named_event(nlp):
    types = _types(nlp, "Cyclone Phailin hit India on Saturday.")
    assert types.get("Cyclone Phailin") == "EventName"
    assert types.get("India") == "Country"  # control: the rest is typed as before


def test_tropical_storm_read_as_a_person_is_a_named_event(nlp):
    types = _types(nlp, "Tropical Storm Barry approached Louisiana on Friday.")
    storm = [t for text, t in types.items() if "Barry" in text]
    assert storm == ["EventName"]


def test_storm_as_a_first_name_stays_a_person(nlp):
    types = _types(nlp, "Actress Storm Reid spoke to reporters on Friday.")
    assert types.get("Storm Reid") == "Person"
