"""A later definite description that picks out something else than the earlier one with
its head: "Red Hat's ... paid operating system" ... "the Fedora operating system"; "their
skulls" ... "the weirdest skulls". ``Nodes.describe`` makes a later definite description
the node of the one earlier description with its head; a name or a superlative the later
one adds says it is another (a named one, or a part singled out), not the same again."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.table import EntityTable

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def singled_out(tok: Token, table: EntityTable, earlier_modifiers: set[str]) -> bool:
    """Whether the description headed by ``tok`` has a name or a superlative or ordinal
    among its modifiers that the earlier description's (``earlier_modifiers``, lower
    case) lack."""
    return any(c.dep_ in _MODIFIER_DEPS and c.i < tok.i and c.lower_ not in earlier_modifiers
               and (c.pos_ == "PROPN" or table.key_of(c) is not None or
                    c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL")
               for c in table.children(tok))
