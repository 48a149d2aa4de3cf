"""What every argument reader asks of one parsed Doc: its entity table, frame lexicon,
the predicates found in it and the nodes of its phrases, and whether a phrase names
something that can act (a person, organisation, country or group) or an amount.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.frames import Lexicon
from kg.extract.nodes import Nodes, is_amount, partitive_of
from kg.extract.table import EntityTable
from kg.extract.triggers import AGENTIVE_TYPES, Predication, word_lists

#: spaCy's labels for numbers and amounts.
AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
#: Relative pronouns: their clause is about the noun they hang on.
RELATIVE = frozenset({"who", "which", "that", "whom"})


class DocView:
    """One Doc as the argument readers see it."""

    def __init__(self, doc: Doc, table: EntityTable, lex: Lexicon,
                 found: dict[int, Predication], nodes: Nodes) -> None:
        self.doc, self.table, self.lex, self.found = doc, table, lex, found
        self.w = word_lists()
        self.nodes = nodes

    def type_of(self, tok: Token) -> str | None:
        """The type of the entity a phrase head names or stands for ("the Hmeimim air
        base" -> Facility), None for anything else."""
        key = self.nodes.entity(tok)
        return self.table.type_of(key) if key else None

    def _kind(self, tok: Token) -> str | None:
        """A token's entity type, or the kind its noun names ("director": Person)."""
        type_ = self.type_of(tok)
        if type_ is None and tok.pos_ in ("NOUN", "PROPN"):
            whole = self._vague_whole(tok)
            type_ = self._kind(whole) if whole is not None else self.nodes.kind_of(tok)
        return type_

    def _vague_whole(self, tok: Token) -> Token | None:
        """'A lot of the best chess players refused to play': a vague head of a subject
        is of the kind of what its "of" phrase names (as kg.extract.nodes reads it)."""
        if tok.lemma_.lower() not in self.nodes.words.vague or \
                tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        whole = partitive_of(tok)
        return whole if whole is not None and whole.pos_ in ("NOUN", "PROPN") else None

    def _can_act(self, tok: Token) -> bool:
        """A person, organisation, country or group, named or described (not a place, a
        thing or an event)."""
        if tok.pos_ == "PRON":
            return tok.lower_ not in ("it", "this", "that", "which")
        type_ = self._kind(tok)
        return type_ in AGENTIVE_TYPES or self._counted_people(tok)

    def _animate(self, tok: Token) -> bool:
        """Whether a subject can act: a person, organisation, country or group (named,
        resolved or described), a pronoun, or an event ("the attack killed")."""
        if tok.pos_ == "PRON" or tok.i in self.found:
            return True
        type_ = self._kind(tok)
        return type_ in AGENTIVE_TYPES or type_ == "Place" or self._counted_people(tok)

    def _counted_people(self, tok: Token) -> bool:
        """A number or share of people: '90% of their patients', 'the 2.8 million who
        voted' (an amount with people in its 'of' phrase, or the antecedent of 'who')."""
        if not (tok.like_num or tok.ent_type_ in AMOUNT_LABELS or self._is_amount(tok)):
            return False
        for c in self.table.children(tok):
            if c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.dep_ in (
                    "nsubj", "nsubjpass", "dobj") for g in self.table.children(c)):
                return True
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in self.table.children(c):
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and \
                            self._kind(g) in ("Person", "Group"):
                        return True
        return False

    def _is_amount(self, tok: Token) -> bool:
        return tok.ent_type_ in AMOUNT_LABELS or is_amount(tok, self.table)
