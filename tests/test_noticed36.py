"""Thirty-fifth iteration: the defects noticed and left, again (docs/extraction.md,
"Thirty-fifth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

from extracttools import frame_args as _args
from extracttools import read_everything as _read


def _features(reading, frame: str) -> dict[str, float]:
    event = next(ev for ev in reading.extraction.events if ev.frame == frame)
    return reading.fact_features[event.id]


def test_an_active_change_by_an_amount_has_the_amount_not_an_agent(nlp):
    # "Apple's sales increased by 49 percent": the percentage is by how much, never who
    # increased them; the passive ("defeated by 10,694 votes") was read so already
    reading = _read(nlp, "Apple reported that its sales in France increased by 49 percent.")
    assert _args(reading, "increase.01", "agent") == set()
    assert _args(reading, "increase.01", "amount") == {"49 percent"}
    # an inchoative change with its amount lacks no causer: not scored as a lost agent
    assert "agent_expected" not in _features(reading, "increase.01")
    # a counted group still acts, and a causer stays the agent
    reading = _read(nlp, "The company raised its prices by 5 percent.")
    assert _args(reading, "raise.01", "agent") == {"The company"}
