"""Parses of the small model that put a clause, or its subject, on the wrong verb, read
back into what the sentence says (one function per shape)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.modality import PLURAL_FORMS, SINGULAR_FORMS
from kg.extract.table import EntityTable
from kg.extract.triggers import split_predicate


#: Names that can be the one told, glued onto the clause subject after them.
_GLUED_LABELS = frozenset({"PERSON", "ORG"})


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


#: Quotation marks that may close a quotation inside the object before the clause.
_CLOSING_QUOTES = frozenset({'"', "”", "''", "»"})


def object_as_subject(clause: Token, table: EntityTable, verbs: frozenset[str]) -> Token | None:
    """'He told her Trump had not met Shapiro', 'the governor has promised each victim will
    be paid', 'Rappler reported three malls were damaged': the parser makes the phrase
    after a verb of telling, saying or thinking (``verbs``: lemmas) its object and the
    clause that follows, a verb with a tense and no 'to' or subject of its own
    (``split_predicate``), its complement. The subject of ``clause`` is then that object:
    the verb's object ending right before the clause's first word, with no 'that', 'if'
    or question word between. None when the parse is not that ("told reporters he would
    resign" has the clause's own subject)."""
    if clause.dep_ != "ccomp" or not split_predicate(clause, table) or not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in (clause, *(
                c for c in table.children(clause) if c.dep_ in ("aux", "auxpass")))):
        return None  # (no tense: "told our correspondent a transponder will broadcast
        # automatically provided ...", "broadcast" read as an auxiliary of "provided")
    verb = table.head(clause)
    if verb.i == clause.i or verb.i > clause.i or verb.lemma_.lower() not in verbs:
        return None
    if any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.dep_ == "advcl"
           for c in table.children(clause) if c.i < clause.i):
        return None  # ("told them if they stayed ...": a subordinate clause opens it)
    for obj in table.children(verb):
        # (the clause's left edge: its first word, or a quotation mark opening it: 'told
        # MSNBC Cummings "was a great man"')
        # (or a quotation closing inside the object: 'remarked lack of tournaments in a
        # country where "women are seen as second-class citizens" was one of the
        # challenges', the closing mark hung on the verb)
        if obj.dep_ == "dobj" and obj.i < clause.i and \
                obj.right_edge.i + 1 <= clause.left_edge.i and all(
                    t.text in _CLOSING_QUOTES
                    for t in table.tokens[obj.right_edge.i + 1:clause.left_edge.i]) and \
                obj.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and obj.tag_ != "PRP$":
            # (a number too: "reported this year 908 of the 2240 attendees ... brought")
            return None if _glued_name(obj) else obj
    return None


def _glued_name(obj: Token) -> bool:
    """Whether a person's or organisation's name stands before ``obj``'s head inside its
    phrase ("told The Jakarta Post radio broadcasts were being used"): the parser glued
    the one told onto the clause's subject, and the phrase, as one, is neither."""
    return any(e.label_ in _GLUED_LABELS and e.start >= obj.left_edge.i and e.end <= obj.i
               for e in obj.doc.ents)


def told_before_subject(obj: Token, table: EntityTable) -> Token | None:
    """The one told, when the parser folded them into the clause subject ``obj`` it took for
    the telling verb's object: "He told her Trump had not met Shapiro" reads "her" as
    Trump's possessive; a name takes no possessive pronoun, so "her" is the one told.
    None otherwise (the telling verb then has no one told in the sentence's parse)."""
    if obj.pos_ != "PROPN":
        return None
    return next((c for c in table.children(obj) if c.dep_ == "poss" and c.lower_ == "her"
                 and c.i == obj.left_edge.i), None)
