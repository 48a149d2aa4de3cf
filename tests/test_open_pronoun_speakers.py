"""A third-person "they"/"it" speaker coreference leaves open is the node of its own
mention, as a fact's agent is: 'They also said they believed ...' is said by "They", not
by no one (hundred-and-forty-sixth extraction iteration); a first person outside a
quotation stays unattributed (tests/test_claims119.py)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _speakers(x) -> dict[str, str | None]:
    names = {e.key: e.name for e in x.entities}
    return {c.text: (names.get(c.speaker) if c.speaker else None) for c in x.claims}


def test_an_open_they_speaks(read_text):
    x = read_text("They also said they believed they had identified the attacker.")
    speakers = _speakers(x)
    said = next(t for t in speakers if t.startswith("they believed"))
    assert speakers[said] == "They"


def test_a_resolved_speaker_is_still_the_name(read_text):
    # a guard: a name before the pronoun still speaks
    x = read_text("Police arrested a man on Monday. Police said they believed he acted alone.")
    speakers = _speakers(x)
    said = next(t for t in speakers if "acted alone" in t)
    assert speakers[said] == "Police"
