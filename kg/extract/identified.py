"""Descriptions of a person the article later (or at once) names: "identified as X".

Crime and disaster news introduce a participant by description and name them when the
police or the reports do: "A 25-year-old man was arrested ... a man approached and
attacked a group ... police detained the man, later identified as Khairi Saadallah";
"The deceased seaman was identified as Jaypee Galicha"; "an eleven-month-old boy,
identified only as Ivan, was rescued". The guidelines give these descriptions the
person as ``_ref``; without this each was a description node of its own.

The identified description (the noun an "identified/named as NAME" participle or passive
is said of, the object of an active "identified the suspect as NAME", or one a
"named/called NAME" participle modifies: "a woman named Heather Heyer") is the person;
so is another singular description with the same head noun, or with one the discourse
table lets refer to a person introduced with it ("a gunman shot shoppers ... officials
identified the suspect as Patrick Crusius"), within ``WINDOW`` sentences of it, when the
article identifies only one such person (two men identified: neither is taken) and does
not tell two of them apart by age.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from kg.extract import lexicons
from kg.extract.table import EntityTable

#: Sentences between a description and the statement naming one with its noun: in
#: practice the article, as news often names a suspect only at its end.
WINDOW = 40
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
        if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in naming_participles():
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
    # the same noun, or one the discourse table lets refer to a person introduced with
    # it ("the suspect ... the gunman", "the gunman ... the attacker")
    fits = {lemma} | _person_heads().get(lemma, frozenset())
    same = [f for f in found if f.lemma in fits]
    for f in same:
        if f.noun == tok.i:
            return f.key
    if len({f.key for f in same}) != 1 or len(_ages(fits, table)) > 1:
        # two identified, or two of the noun told apart by age ("a 30-year-old man died
        # ... police arrested a 25-year-old man, later identified as"): neither is taken
        # (two indefinite mentions may be one person: "A 25-year-old man was arrested
        # ... a man approached and attacked a group")
        return None
    near = [f for f in same if abs(f.sentence - table.sentence_index(tok)) <= WINDOW]
    return near[0].key if near else None


def _ages(lemmas: set[str], table: EntityTable) -> set[str]:
    """The numbers in the modifiers of the article's nouns ``lemmas`` ("a 30-year-old
    man", "a man, 25,"): one per person the noun describes, when told apart by age."""
    out: set[str] = set()
    for t in table.tokens:
        if t.pos_ == "NOUN" and t.lemma_.lower() in lemmas:
            for c in table.children(t):
                if c.dep_ in ("amod", "compound", "nummod", "appos", "npadvmod"):
                    number = next((g.text for g in c.subtree if g.like_num or g.tag_ == "CD"),
                                  None)
                    if number is not None:
                        out.add(number)
    return out


@lru_cache(maxsize=1)
def _person_heads() -> dict[str, frozenset[str]]:
    """Description head -> the nouns a person it refers to may have been introduced
    with (discourse.json ``person_description_heads``; read here, as the coreference
    package's word table imports the node reader that imports this module)."""
    heads = lexicons.load_json("discourse.json")["person_description_heads"]
    return {k: frozenset(v) for k, v in heads.items()}


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
    if participle.lemma_.lower() == "identify":
        # "officials identified the suspect as 21-year-old Patrick Crusius": the object
        # of the active verb is the one named
        candidates += [c for c in table.children(participle) if c.dep_ == "dobj"]
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
