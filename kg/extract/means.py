"""Phrases after a passive's "by" that say how it was done, not who did it."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.table import EntityTable


def means_by_phrase(obj: Token, table: EntityTable) -> bool:
    """Whether ``obj``, the object of a passive's "by", is the means, not the agent: a
    gerund with an object of its own ("collected by tagging individual penguins", "cured
    by using gaumutra") or the relative "which" ("the process by which an official can be
    removed": who removes is elsewhere, or not said). A bare gerund ("destroyed by
    flooding") names an event that may act, and stays the agent."""
    if obj.lower_ == "which" and obj.tag_ == "WDT":
        return True
    return obj.tag_ == "VBG" and obj.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "ccomp") for c in table.children(obj))
