"""One falls, collapses, crashes or sinks without acting: the lone subject of such a verb
is what falls, a person too, though the verb has an end point that makes arriving
subjects act (hundred-and-thirty-fourth extraction iteration)."""
from __future__ import annotations

import pytest

from extracttools import named_events

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


@pytest.mark.parametrize("text, frame, subject", [
    # (sentences written for this test: one construction each)
    ("This person fell to the ground as the other protesters ran.", "fall.01", "This person"),
    ("Once the smoke cleared the man had collapsed.", "collapse.01", "the man"),
    ("The pilot crashed near the end of a runway.", "crash.01", "The pilot"),
])
def test_the_subject_of_a_fall_undergoes_it(nlp, text, frame, subject):
    events = named_events(nlp, text)
    args = next(a for f, a in events if f == frame)
    assert ("patient", subject) in args and not any(role == "agent" for role, _ in args)


def test_one_who_arrives_still_acts(nlp):
    # a guard: a mover whose subject can act is its agent
    events = named_events(nlp, "The team arrived in Paris on Monday.")
    assert ("agent", "The team") in next(a for f, a in events if f == "arrive.01")
