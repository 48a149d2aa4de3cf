"""An unnamed person between a pronoun and the name it would take: "Prosecutor Jane Moss
said the victims were used ... One of the victims decided to allow her name to be made
public. She said she did this to ..." -- "she" is the victim, the subject of the sentence
just before, not the prosecutor named further back. The resolver takes only named
antecedents, so when a singular person description that agrees with a subject pronoun is
the subject of a clause after the name's last mention, the pronoun is left unresolved (kept
as written: right when the antecedent is unnamed) rather than given to the name. Only a
subject or possessive pronoun ("she", "her name"): a subject goes on with the last
subject, an object need not ("a third person removed his knife ... the police surrounded
the attacker, aiming at him").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.extract import lexicons
from kg.extract.coref.base import discourse_words, SUBJECT_DEPS
from kg.extract.table import EntityTable


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(lexicons.load_json("nodes.json")["person_nouns"])


def _person_description(tok: Token, table: EntityTable) -> Token | None:
    """The person noun of an unnamed singular subject: "the victim", "a man", "one of the
    victims" (the partitive's noun); None for a name, a title or anything else."""
    if tok.lower_ == "one":
        tok = next((g for c in table.children(tok) if c.dep_ == "prep" and c.lower_ == "of"
                    for g in table.children(c) if g.dep_ == "pobj"), tok)
    elif tok.tag_ != "NN":
        return None
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _person_nouns():
        return None
    if any(table.key_of(t) is not None for t in tok.subtree):
        return None  # "the man, Peter Novak": named
    return tok


def unnamed_person_between(pron: Token, gender: str, after: int, table: EntityTable,
                           sentences: int = 1) -> bool:
    """Whether a clause subject between token ``after`` (the chosen name's last mention
    before the pronoun) and the pronoun, in the pronoun's sentence or the ``sentences``
    before it, is an unnamed person of the pronoun's gender (``"m"`` / ``"f"``)."""
    w = discourse_words()
    other = w.male if gender == "f" else w.female
    first = table.sentence_index(pron) - sentences
    for t in table.tokens[after + 1:pron.i]:
        if t.dep_ not in SUBJECT_DEPS or table.sentence_index(t) < first:
            continue
        noun = _person_description(t, table)
        if noun is not None and noun.lemma_.lower() not in other:
            return True
    return False
