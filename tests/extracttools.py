"""What the extraction tests look up in an extraction: the events a trigger word starts
and the named (or keyed) arguments they take."""
from __future__ import annotations

from kg.model import Event, Extraction


def events_at(x: Extraction, trigger: str) -> list[Event]:
    """The events triggered by the word ``trigger``."""
    return [ev for ev in x.events if ev.trigger == trigger]


def roles_of(x: Extraction, trigger: str) -> set[tuple[str, str | None]]:
    """(role, name) of every argument of the events triggered by ``trigger``."""
    names = {e.key: e.name for e in x.entities}
    return {(role, names.get(key, key)) for ev in events_at(x, trigger)
            for role, key in ev.arguments}
