"""Descriptions the text says a named entity is, qualified by a clause of their own.

"Faithless Hijabi is an organisation which helps ex-Muslim women", "RAF Croughton, which
is an intelligence base used by the Royal Air Force", "Michael Avenatti, the lawyer who
represented Stormy Daniels": the relative clause or participle hangs on the description
("an organisation", "the lawyer"), but what it says is said of the named entity that
the copula or the apposition makes the description. The guidelines annotate it so
(``agent: "an organisation", agent_ref: "Faithless Hijabi"``); without this the fact's
participant was a description node of its own, which no ``_ref`` matches.

A conjunct of the copula's complement is taken too ("John Luk was very honest,
hardworking and a brilliant person who devoted"). Only a description with a relative
clause or participle of its own is taken: that is how
such a phrase becomes an argument at all (a copula is no fact, and an apposition's name
heads the phrase). Plural descriptions ("researchers who ...") and coordinated names are
left: a list's members need not be all the description covers.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from kg.extract.table import EntityTable

#: The tags of relative pronouns ("which", "that", "who", "whom").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
_NOT_PARTICIPANTS = frozenset({"Date", "Quantity"})


def predicated_name(tok: Token, table: EntityTable, kind_of: Callable[[Token], str]
                    ) -> str | None:
    """The named entity the description headed by ``tok`` is said to be, when a relative
    clause or participle hangs on it; else None. ``kind_of`` says what a description is
    (Person, Organization, Thing, ...), asked only of an apposition."""
    if tok.tag_ not in ("NN", "NNP") or not any(
            c.dep_ in ("relcl", "acl") for c in table.children(tok)):
        return None
    holder = _holder(tok, table)
    if holder is None or holder.dep_ == "conj" or any(
            c.dep_ == "conj" for c in table.children(holder)):
        return None  # "Smith and Jones are researchers who": not one entity
    key = table.key_of(holder)
    if key is None or table.is_description(key) or table.type_of(key) in _NOT_PARTICIPANTS:
        return None
    if tok.dep_ == "appos" and (kind_of(tok) == "Person") != (table.type_of(key) == "Person"):
        # an apposition the parser hung on the wrong name ("Avenatti, the California,
        # US lawyer": not California): a person's description needs a person
        return None
    return key


def _first_conjunct(tok: Token, table: EntityTable) -> Token:
    """The first of the conjuncts ``tok`` is one of (``tok`` itself when none)."""
    while tok.dep_ == "conj" and table.head(tok).i != tok.i:
        tok = table.head(tok)
    return tok


def _holder(tok: Token, table: EntityTable) -> Token | None:
    """The phrase a description is predicated of: the subject of its copula ("X is a
    N", also through "which": "X, which is a N", and as a conjunct of the complement: "X
    was honest and a person who") or the name it is in apposition to."""
    head = table.head(tok)
    if tok.dep_ == "appos":
        return head
    first = _first_conjunct(tok, table)
    if first is not tok and (first.dep_ in ("attr", "acomp") or first.dep_ == "advcl" and (
            first.pos_ == "ADJ" or first.tag_ == "VBG") and not any(
            c.dep_ in ("dobj", "nsubj") for c in table.children(first))):
        # "Luk was very honest, hardworking and a brilliant person who devoted": a
        # conjunct of the copula's complement (the parser may hang an adjective, or one in
        # -ing, as 'advcl')
        if table.head(first).lemma_ != "be":
            return None
        head = table.head(first)
    elif tok.dep_ != "attr" or head.lemma_ != "be":
        return None
    subject = next((c for c in table.children(head) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in RELATIVE_TAGS and head.dep_ == "relcl":
        return table.head(head)  # "RAF Croughton which is an intelligence base"
    if subject is not None and subject.tag_ in RELATIVE_TAGS:
        return None
    return subject
