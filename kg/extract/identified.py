"""Descriptions of a person the article later (or at once) names: "identified as X".

Crime and disaster news introduce a participant by description and name them when the
police or the reports do: "A 25-year-old man was arrested ... a man approached and
attacked a group ... police detained the man, later identified as Khairi Saadallah";
"The deceased seaman was identified as Jaypee Galicha"; "an eleven-month-old boy,
identified only as Ivan, was rescued". The guidelines give these descriptions the
person as ``_ref``; without this each was a description node of its own.

The identified description (the noun an "identified/named as NAME" participle or passive
is said of, or one a "named/called NAME" participle modifies: "a woman named Heather
Heyer") is the person; so is another singular description with the same head noun
within ``WINDOW`` sentences of it, when the article identifies only one such noun
(two men identified: neither is taken).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from kg.extract import lexicons
from kg.extract.table import EntityTable

#: Sentences between a description and the statement naming one with its noun.
WINDOW = 4
_BETWEEN = frozenset({"later", "only", "since", "subsequently", "officially", "publicly"})


@dataclass(frozen=True)
class Identity:
    """A description's head noun and the person an "identified as" names it."""

    noun: int  # token index of the identified description's head
    lemma: str
    sentence: int
    key: str


@lru_cache(maxsize=1)
def naming_participles() -> frozenset[str]:
    """The participles that name ("identified as", "named", "called"): discourse.json."""
    return frozenset(lexicons.load_json("discourse.json")["naming_participles"])


def naming_complement(participle: Token, table: EntityTable) -> Token | None:
    """The name a "named"/"called" participle gives the noun it modifies, its predicate
    right after it ("a woman named Heather Heyer"); None for "was named CEO" (no noun
    modified) and for "identified", whose name follows "as"."""
    if participle.dep_ != "acl" or participle.lemma_.lower() == "identify":
        return None
    return next((c for c in table.children(participle) if c.dep_ in ("oprd", "attr", "dobj")
                 and c.pos_ == "PROPN" and c.i > participle.i), None)


def identities(table: EntityTable) -> tuple[Identity, ...]:
    """Every "identified/named as NAME" the article says of a singular common noun."""
    out = []
    for tok in table.tokens:  # one pass; the tests are on the rare naming participle
        if tok.tag_ != "VBN" or tok.lemma_.lower() not in naming_participles():
            continue
        key = _named(tok, table)
        noun = _described(tok, table) if key is not None else None
        if noun is not None and key is not None:
            out.append(Identity(noun.i, noun.lemma_.lower(), table.sentence_index(noun), key))
    return tuple(out)


def identified_person(tok: Token, table: EntityTable, found: tuple[Identity, ...]
                      ) -> str | None:
    """The person a description headed by ``tok`` is, by ``found``: its own "identified
    as", or the one identity of its head noun near it."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    lemma = tok.lemma_.lower()
    same = [f for f in found if f.lemma == lemma]
    for f in same:
        if f.noun == tok.i:
            return f.key
    if len({f.key for f in same}) != 1:
        return None
    near = [f for f in same if abs(f.sentence - table.sentence_index(tok)) <= WINDOW]
    return near[0].key if near else None


def _named(participle: Token, table: EntityTable) -> str | None:
    """The person after the participle's "as" ("identified as Jaypee Galicha") or, for
    "named"/"called", right after it as its predicate ("a woman named Heather Heyer")."""
    def person(g: Token) -> str | None:
        key = table.key_of(g)
        return key if key is not None and not table.is_description(key) and \
            table.type_of(key) == "Person" else None

    for c in table.children(participle):
        if c.dep_ == "prep" and c.lower_ == "as":
            for g in table.children(c):
                if g.dep_ == "pobj" and (key := person(g)):
                    return key
    named = naming_complement(participle, table)
    return person(named) if named is not None else None


def _described(participle: Token, table: EntityTable) -> Token | None:
    """The common noun the participle names: its passive subject ("The seaman was
    identified as"), the noun it modifies ("an eleven-month-old boy, identified only
    as"), or the noun before its comma when the parser hung it elsewhere ("detained the
    man, later identified as")."""
    candidates = [c for c in table.children(participle) if c.dep_ == "nsubjpass"]
    if participle.dep_ == "acl":
        candidates.append(table.head(participle))
    i = participle.i - 1
    while i >= 0 and table.tokens[i].lower_ in _BETWEEN:
        i -= 1
    if i > 0 and table.tokens[i].text == ",":
        candidates.append(table.tokens[i - 1])
    for noun in candidates:
        key = table.key_of(noun)
        if noun.pos_ == "NOUN" and noun.tag_ == "NN" and (
                key is None or table.is_description(key)):
            return noun
    return None
