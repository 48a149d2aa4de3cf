"""The object a verb of saying or thinking raises into a "to"-clause is its subject:
"outlets reported Hamza bin Laden to be dead", "police believe the man to have acted
alone", "the court declared the vote to be void". spaCy parses the raised noun as the verb's
direct object and the infinitive as an 'xcomp'; without this, the clause took the verb's
subject (the outlets were dead). Only "to be" and "to have ..." after the object: over
news-dev's other infinitives after an object of such a verb were purposes or moved objects.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.frames import Lexicon
from kg.extract.table import EntityTable


def raised_object(verb: Token, head: Token, table: EntityTable, lex: Lexicon) -> list[Token]:
    """The direct object of ``head`` (a verb of saying or of attitude in the lexicon's
    classes: "report", "declare", "believe", "consider") right before its infinitive
    ``verb`` when that is "to be" or a perfect "to have ...", or nothing."""
    lemma = head.lemma_.lower()
    if not (lemma in lex.speech or lemma in lex.attitude) or not _raising_infinitive(
            verb, table):
        return []
    return [c for c in table.children(head) if c.dep_ == "dobj" and
            c.pos_ in ("NOUN", "PROPN", "PRON") and c.right_edge.i + 1 == verb.left_edge.i][:1]


def _raising_infinitive(verb: Token, table: EntityTable) -> bool:
    """'to be dead', 'to have acted': the infinitives of a raised subject. Others after an
    object are mostly purposes ("publish the stories to engage audiences", "prefer the
    easy lever to press") or have the object moved ("what message would you like to
    give")."""
    aux = [c for c in table.children(verb) if c.dep_ == "aux"]
    if not any(c.lower_ == "to" for c in aux):
        return False
    return verb.lemma_ == "be" or any(c.lemma_ == "have" for c in aux)
