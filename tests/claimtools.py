"""Lookups the claims tests share: an entity's name by key, the one claim starting with a text."""
from __future__ import annotations

from kg.model import Claim, Extraction


def name_of(x: Extraction, key: str | None) -> str | None:
    """The name of the entity ``key`` names, or None."""
    return next((e.name for e in x.entities if e.key == key), None)


def claim_of(x: Extraction, start: str) -> Claim:
    """The one claim whose content starts with ``start``."""
    found = [c for c in x.claims if c.text.startswith(start)]
    assert len(found) == 1, [(c.lemma, c.text) for c in x.claims]
    return found[0]
