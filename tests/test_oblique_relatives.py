"""A relative clause opened by a preposition and "which"/"whom" ("the speed at which
Dorian moved") is about where, when or how its noun is involved: the noun is never the
clause's subject, even when the parser left the clause without one (hundred-and-sixteenth
extraction iteration)."""
from __future__ import annotations

import pytest

from extracttools import named_events

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "Hurricane Dorian leaves trail of destruction in the Bahamas", Wikinews, 2019-09-05,
# https://en.wikinews.org/wiki/Hurricane_Dorian_leaves_trail_of_destruction_in_the_Bahamas
# ("Wikinews contributors", CC BY 2.5). The small model reads "Dorian" as a modifier of
# "moved", which then has no subject of its own.
DORIAN = ("After landfall, the speed at which Dorian moved slowed down dramatically, "
          "resulting in a very long stay over the island of Grand Bahama.")


def test_noun_of_an_at_which_clause_is_not_its_subject(nlp):
    events = named_events(nlp, DORIAN)
    moved = [args for frame, args in events if frame == "move.01"]
    assert not any(name == "the speed" for args in moved for _, name in args)
    # control: the main clause's slowing is read, of the speed
    slowed = [args for frame, args in events if frame == "slow_down.03"]
    assert slowed and ("patient", "the speed") in slowed[0]


def test_clause_with_its_own_subject_keeps_it(nlp):
    events = named_events(nlp, "The rate at which the virus spreads increased sharply.")
    spread = [args for frame, args in events if frame == "spread.01"]
    assert spread and ("patient", "the virus") in spread[0]
    assert not any(name == "The rate" for _, name in spread[0])


def test_relative_without_preposition_keeps_its_noun_as_subject(nlp):
    # a plain subject relative: the noun does it
    events = named_events(nlp, "Rebels who attacked the town were arrested on Monday.")
    attacked = [args for frame, args in events if frame == "attack.01"]
    assert attacked and ("agent", "Rebels") in attacked[0]
