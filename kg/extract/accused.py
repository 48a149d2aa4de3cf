"""Who does the deed a verb of accounting names: "charged the man with murdering two
people", "convicted Blankenship of conspiracy to violate safety standards", "was charged
with a plot to kill": the one charged, convicted or accused (the verb's object, or the
subject of its passive), not the one who charges. The gerund under "of", "for" and
"on" is read in ``arguments`` already; this covers "with" and a 'to'-clause of the deed's
noun, which the parser hangs on the noun or, misled, on the verb."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.modality import infinitive
from kg.extract.table import EntityTable

#: The prepositions that introduce the deed of a verb of accounting.
_DEED_PREPS = frozenset({"of", "with", "for", "on"})


def _held(verb: Token, table: EntityTable) -> Token | None:
    """The object (or passive subject) of a verb of accounting, or None."""
    held = [c for c in table.children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    return held[0] if held and held[0].pos_ in ("NOUN", "PROPN", "PRON") else None


def _deed_prep(noun: Token, table: EntityTable) -> Token | None:
    """The 'of'/'with'/'for'/'on' phrase a noun is the object of, or None."""
    prep = table.head(noun)
    return prep if noun.dep_ == "pobj" and prep.dep_ == "prep" and \
        prep.lower_ in _DEED_PREPS else None


def _accounting_verb(prep: Token, table: EntityTable, verbs: frozenset[str]) -> Token | None:
    """The verb of accounting a deed phrase belongs to (hung on the verb or on its
    object: "convicted Blankenship of ..." with "of" under the name)."""
    gov = table.head(prep)
    if gov.dep_ in ("dobj", "nsubjpass") and gov.pos_ in ("NOUN", "PROPN", "PRON"):
        gov = table.head(gov)
    return gov if gov.pos_ == "VERB" and gov.lemma_.lower() in verbs else None


def accused(verb: Token, table: EntityTable, accounting: frozenset[str],
            with_deed: frozenset[str]) -> Token | None:
    """The one held to account who does ``verb`` (a gerund after "with", or a
    'to'-clause of the deed's noun), or None. ``accounting``: verbs whose object answers
    for a deed (``reason_object_verbs``); ``with_deed``: those of them whose deed "with"
    introduces ("charged with", "credited with"; not "attacked the city with shelling")."""
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG":
        prep = table.head(verb)
        if prep.dep_ != "prep" or prep.lower_ != "with":
            return None
        gov = _accounting_verb(prep, table, with_deed)
        return _held(gov, table) if gov is not None else None
    if not infinitive(verb):
        return None
    if verb.dep_ == "acl":  # "of conspiracy to violate": the noun's clause
        noun = table.head(verb)
    elif verb.dep_ == "advcl" and verb.left_edge.i > 0:
        # "convicted Blankenship of misdemeanor conspiracy to violate", the clause hung on
        # the verb: the noun right before it
        noun = table.tokens[verb.left_edge.i - 1]
    else:
        return None
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in table.children(noun)):
        return None  # ("convicted of his plot to ...": the owner, read as usual)
    prep = _deed_prep(noun, table)
    gov = _accounting_verb(prep, table, accounting) if prep is not None else None
    if gov is None or verb.dep_ == "advcl" and table.head(verb).i != gov.i:
        return None
    return _held(gov, table)
