"""What an unnamed participant is, by its head noun: a plural agent noun in -ers, -ists,
-ants or -ents names people ("protesters", "residents"), but a noun in -ments does not
("arguments", "treatments"), nor a short word that only ends like one ("fists", "lists")
(hundred-and-forty-first extraction iteration: these were typed Person and made agents)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _types(x) -> dict[str, str]:
    return {e.name: e.type for e in x.entities}


def test_plural_agent_nouns_are_people(read_text):
    x = read_text("The protesters blocked the road. The residents left their homes. "
                  "Activists criticised the plan.")
    types = _types(x)
    assert types["The protesters"] == "Person" and types["The residents"] == "Person"
    assert types["Activists"] == "Person"


def test_nouns_in_ments_and_short_lookalikes_are_no_people(read_text):
    x = read_text("The arguments convinced the judge. The treatments helped thousands. "
                  "The lists named dozens of officials.")
    types = _types(x)
    # (each is read, as a thing: not people)
    assert types["The arguments"] == types["The treatments"] == types["The lists"] == "Thing"
