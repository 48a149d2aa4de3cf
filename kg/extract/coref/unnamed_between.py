"""An unnamed person between a pronoun and the name it would take: "Prosecutor Jane Moss
said the victims were used ... One of the victims decided to allow her name to be made
public. She said she did this to ..." -- "she" is the victim, the subject of the sentence
just before, not the prosecutor named further back. The resolver takes only named
antecedents, so when a singular person description that agrees with a subject pronoun is
the subject of a clause in the sentence before, after the name's last mention, the pronoun
is left unresolved (kept as written: right when the antecedent is unnamed) rather than given
to the name. Only a subject pronoun (a subject goes on with the last subject; an object or
possessive need not: "a third person removed his knife", "one of his lawyers posted"), only
the sentence before (in its own sentence a description is often the pronoun's apposition or
in a quotation: "The daughter of a music teacher, she had planned"), and not when that
sentence has a subject pronoun of the same gender (the description may be its apposition).
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coref.base import discourse_words, SUBJECT_DEPS
from kg.extract.nodes import person_nouns
from kg.extract.table import EntityTable


def _person_description(tok: Token, table: EntityTable) -> Token | None:
    """The person noun of an unnamed singular subject: "the victim", "a man", "one of the
    victims" (the partitive's noun); None for a name, a title, a kin word or anything
    else."""
    if tok.lower_ == "one":
        tok = next((g for c in table.children(tok) if c.dep_ == "prep" and c.lower_ == "of"
                    for g in table.children(c) if g.dep_ == "pobj"), tok)
    elif tok.tag_ != "NN":
        return None
    w = discourse_words()
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in person_nouns() or lemma in w.kinship or \
            lemma in w.titles:
        return None  # (kin and titles are someone's: "Another son has predeceased him")
    if any(table.key_of(t) is not None for t in tok.subtree):
        return None  # "the man, Peter Novak": named
    return tok


#: Subject pronouns by gender: one in the description's sentence may be what it describes.
_SUBJECT_PRONOUNS = {"f": frozenset({"she"}), "m": frozenset({"he"})}


def unnamed_person_between(pron: Token, gender: str, after: int, table: EntityTable) -> bool:
    """Whether a clause subject of the sentence before the pronoun's, after token ``after``
    (the chosen name's last named mention before the pronoun), is an unnamed person of the
    pronoun's gender (``"m"`` / ``"f"``), in a sentence with no subject pronoun of it."""
    start = pron.sent.start
    if start == 0:
        return False
    previous = table.tokens[start - 1].sent  # (only that sentence is scanned)
    other = discourse_words().male if gender == "f" else discourse_words().female
    found = False
    for t in table.tokens[max(after + 1, previous.start):start]:
        if t.dep_ not in SUBJECT_DEPS:
            continue
        if t.lower_ in _SUBJECT_PRONOUNS.get(gender, ()):
            return False  # "The daughter of a music teacher, she had": her apposition
        noun = _person_description(t, table)
        found = found or (noun is not None and noun.lemma_.lower() not in other)
    return found
