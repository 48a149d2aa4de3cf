"""A later definite description that picks out something else than the earlier one with
its head: "Red Hat's ... paid operating system" ... "the Fedora operating system"; "their
skulls" ... "the weirdest skulls"; "the Montreal team" ... "the team from UCL".
``Nodes.describe`` makes a later definite description the node of the one earlier
description with its head; a name or a superlative the later one adds, before its noun or
in a prepositional phrase after it, says it is another (a named one, or a part singled
out), not the same again."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.table import EntityTable

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: prepositions whose name places or sources a description ("the team from UCL", "the
#: officials at the embassy of Peru"); not "with", "for", "about" (what it has or does)
_NAMING_PREPOSITIONS = frozenset({"from", "of", "at", "in"})


def _is_name(t: Token, table: EntityTable) -> bool:
    return t.pos_ == "PROPN" or table.key_of(t) is not None


def names_after(tok: Token, table: EntityTable,
                prepositions: frozenset[str] = _NAMING_PREPOSITIONS) -> set[str]:
    """The names (lower case) of the prepositional phrases after a description's noun:
    "the team from UCL" -> {"ucl"}."""
    return {g.lower_ for c in table.children(tok)
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in prepositions
            for g in table.children(c) if g.dep_ == "pobj" and _is_name(g, table)}


def singled_out(tok: Token, table: EntityTable, earlier_modifiers: set[str]) -> bool:
    """Whether the description headed by ``tok`` has a name or a superlative or ordinal
    among its modifiers, or a name in a prepositional phrase after it, that the earlier
    description's (``earlier_modifiers``, lower case, with ``names_after``) lack."""
    if names_after(tok, table) - earlier_modifiers:
        return True  # "the team from UCL" after "the Montreal team"
    return any(c.dep_ in _MODIFIER_DEPS and c.i < tok.i and c.lower_ not in earlier_modifiers
               and (_is_name(c, table) or c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL")
               for c in table.children(tok))
