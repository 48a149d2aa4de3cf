"""Coordinated passive participles share the by-phrase after the last: "Features were tried
and tested by Fedora", "he was arrested and charged by police": the parser hangs "by Fedora"
on "tested" only, and "tried" had no agent. Taken only when nothing but the conjunction
stands between the two participles (not "was born in Ohio and raised by her aunt": each has
a phrase of its own) and the later one has no subject or auxiliary of its own."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.means import margin_by_phrase
from kg.extract.table import EntityTable

_OWN = frozenset({"nsubj", "nsubjpass", "auxpass", "aux", "dobj"})


def shared_by_agent(verb: Token, table: EntityTable) -> Token | None:
    """The noun of the by-phrase of the passive participle coordinated right after
    ``verb`` ("tried and tested by Fedora" -> Fedora), or None."""
    later = next((c for c in table.children(verb) if c.dep_ == "conj" and c.i > verb.i), None)
    if later is None or later.tag_ != "VBN" or verb.tag_ != "VBN":
        return None
    between = table.tokens[verb.i + 1:later.i]
    if not between or any(t.dep_ != "cc" for t in between):
        return None  # only "and" / "or" between them
    if any(c.dep_ in _OWN for c in table.children(later)):
        return None
    return next((o for b in table.children(later) if b.dep_ == "agent"
                 for o in table.children(b) if o.dep_ == "pobj" and
                 o.pos_ in ("NOUN", "PROPN", "PRON") and not margin_by_phrase(o, table)), None)
