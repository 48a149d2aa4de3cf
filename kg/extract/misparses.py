"""Parses of the small model that put a participle's clause on the wrong verb, read back
into what the sentence says (one function per shape)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.modality import PLURAL_FORMS, SINGULAR_FORMS
from kg.extract.table import EntityTable


def _number(aux: Token) -> str | None:
    low = aux.lower_
    return "sg" if low in SINGULAR_FORMS else "pl" if low in PLURAL_FORMS else None


def _noun_number(noun: Token) -> str:
    return "pl" if noun.tag_ in ("NNS", "NNPS") else "sg"


def claimed_subject(verb: Token, table: EntityTable, saying: frozenset[str]) -> Token | None:
    """'Several groups claiming the election was stolen gathered': the parser makes
    "stolen" the sentence's verb with "groups" as its subject and "the election" the
    object of "claiming". The subject of ``verb`` is then that object: the phrase right
    before ``verb``'s auxiliaries, object of a saying participle (``saying``: lemmas of
    verbs of saying) on the parsed subject, when the auxiliary does not agree with that
    subject ("groups ... was"). None when the parse is not that."""
    subjects = [c for c in table.children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    auxes = [c for c in table.children(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if len(subjects) != 1 or not auxes or _number(auxes[0]) is None or \
            _number(auxes[0]) == _noun_number(subjects[0]):
        return None  # (the parsed subject agrees: "Protesters claiming fraud were arrested")
    for participle in table.children(subjects[0]):
        if participle.dep_ != "acl" or participle.tag_ != "VBG" or \
                participle.lemma_.lower() not in saying:
            continue
        for obj in table.children(participle):
            if obj.dep_ == "dobj" and obj.right_edge.i + 1 == auxes[0].i and \
                    obj.pos_ in ("NOUN", "PROPN", "PRON"):
                return obj
    return None
