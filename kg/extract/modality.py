"""Polarity and modality of a clause, read from its verb's auxiliaries and adverbs.

- negative: "not", "n't", "never", "no" on the verb (or "no" on a noun trigger);
- future: "will"/"shall", or a 'to'-clause under plan/intend/expect/vow...;
- hedged: would/could/may/might/should, "perhaps", "reportedly", seem/appear to;
  "would" in a clause reported by a speech or announcement verb ("announced he would
  withdraw") is future-in-the-past, so it reads as future.

Nouns take the modality of the verb they hang from ("the withdrawal will not be a
complete one" -> negative, future).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from kg.extract import lexicons


_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative"})


@dataclass(frozen=True)
class Modality:
    polarity: str = "positive"
    modality: str = "asserted"  # asserted | hedged | future


class _Words:
    def __init__(self) -> None:
        lex = lexicons.load_json("discourse.json")
        self.hedge_aux = frozenset(lex["hedge_auxiliaries"])
        self.future_aux = frozenset(lex["future_auxiliaries"])
        self.future_verbs = frozenset(lex["future_verbs"])
        self.hedge_words = frozenset(lex["hedge_words"])
        self.hedge_verbs = frozenset(lex["hedge_verbs"])
        self.negation = frozenset(lex["negation_words"])
        self.reporting = frozenset(lex["speech_verbs"])
        self.light_verbs = frozenset(lex["light_verbs"]) | {"happen", "occur"}


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def governing_verb(token: Token) -> Token:
    """The verb a token belongs to: itself if a verb, else the nearest verbal ancestor."""
    verb = token
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 8:
        verb = verb.head
        steps += 1
    return verb


def of_verb(verb: Token) -> Modality:
    """Modality of the clause headed by ``verb``."""
    w = _words()
    polarity, modality = "positive", "asserted"
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" or (low in ("never",) and child.dep_ == "advmod"):
            polarity = "negative"
        elif child.dep_ in ("aux", "auxpass"):
            if low in w.future_aux:
                modality = "future" if modality == "asserted" else modality
            elif low in w.hedge_aux:
                reported = verb.dep_ == "ccomp" and verb.head.lemma_ in w.reporting
                modality = "future" if low == "would" and reported else "hedged"
        elif child.dep_ == "advmod" and low in w.hedge_words:
            modality = "hedged"
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
                g.dep_ == "det" and g.lower_ == "no" for g in child.children):
            polarity = "negative"  # "no civilians were killed"
    # "if talks fail, ...", "unless the raids stop": a condition, not a fact
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        modality = "hedged"
    # "the deployment is expected to be completed": the verb's subject lies ahead
    if verb.lemma_ in w.future_verbs and any(c.dep_ == "xcomp" for c in verb.children):
        modality = "future" if modality == "asserted" else modality
    # a 'to'-clause: "plans to withdraw", "seems to withdraw", "will continue to run"
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        head = verb.head
        outer = of_verb(head)
        if head.lemma_ in w.future_verbs:
            modality = "future" if modality == "asserted" else modality
        elif head.lemma_ in w.hedge_verbs or (head.lemma_ in w.reporting and any(
                c.dep_ == "auxpass" for c in head.children)):
            modality = "hedged"  # "seems to", "is said to have ordered"
        if outer.polarity == "negative":
            polarity = "negative"
        if modality == "asserted":
            modality = outer.modality
    return Modality(polarity, modality)


def of_token(token: Token) -> Modality:
    """Modality of an event trigger (a verb, or a noun under some verb).

    A noun that is a core argument of its verb shares the verb's modality ("will keep a
    presence" -> future); its polarity only when the verb carries the event itself (a
    light verb or a copula: "will not keep a presence", "the withdrawal will not be
    complete"), not when the verb is another act ("would not attend the summit": the
    summit still happens). A purpose phrase ("will visit for talks") shares modality.
    """
    if token.pos_ in ("VERB", "AUX"):
        return of_verb(token)
    if any(c.lower_ in ("no",) and c.dep_ == "det" for c in token.children):
        return Modality("negative", "asserted")
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("for", "to") and head.head.pos_ == "VERB":
        return Modality("positive", of_verb(head.head).modality)
    if token.dep_ not in _CORE_DEPS or head.pos_ not in ("VERB", "AUX"):
        return Modality()
    outer = of_verb(head)
    w = _words()
    carries = head.lemma_ in w.light_verbs or head.lemma_ == "be" or head.pos_ == "AUX"
    polarity = outer.polarity if carries else "positive"
    if token.dep_ == "dobj" and head.lemma_ in w.future_verbs and outer.modality == "asserted":
        return Modality(polarity, "future")  # "plotting a coup", "plans an offensive"
    return Modality(polarity, outer.modality)
