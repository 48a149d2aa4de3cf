"""``kg_arc_repairs``: arcs the small parser gets wrong in a regular way, put right once
after the parser, so that every reader after it (subjects, negation, roles) sees them.

One entry of :data:`REPAIRS` per repair: a function that re-heads tokens of the Doc and
says how many it moved. A repair moves a token only where the parse leaves no doubt
what it meant (the dependent the verb lacks, hung on the verb's own auxiliary).
"""
from __future__ import annotations

from typing import Callable

from spacy.attrs import DEP
from spacy.language import Language
from spacy.tokens import Doc, Token

#: Dependents the parser hangs on an auxiliary when something stands between it and its
#: verb ("The United States had not, as of yesterday, announced any plans": 'States' and
#: 'not' on 'had'); they belong to the verb.
_AUXILIARY_DEPENDENTS = frozenset({"nsubj", "nsubjpass", "neg"})


#: A verb with any of these has its subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


#: English auxiliaries, as written (a closed class; this runs before the lemmatizer): a
#: word the parser makes an auxiliary that is none of these is a misparsed verb ("It
#: follows repeated failed attempts").
_AUXILIARIES = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re",
    "'m", "’m", "have", "has", "had", "having", "'ve", "’ve", "'d", "’d", "do", "does",
    "did", "will", "'ll", "’ll", "wo", "would", "shall", "should", "can", "ca", "could",
    "may", "might", "must", "ought", "get", "gets", "got", "getting", "gotten"})


def _verb_of(aux: Token) -> Token | None:
    """The verb an auxiliary serves, if the parser gave it one."""
    if aux.dep_ not in ("aux", "auxpass") or aux.lower_ not in _AUXILIARIES or \
            aux.head.i == aux.i:
        return None
    return aux.head if aux.head.pos_ in ("VERB", "AUX") else None


def dependents_of_auxiliaries(doc: Doc) -> int:
    """A subject or a negation on an auxiliary moves to its verb, when the verb has no
    subject (or negation) of its own ("who had himself been assassinated": 'himself' is
    the verb's, 'who' stays)."""
    moved = 0
    labels = {doc.vocab.strings[d] for d in ("aux", "auxpass")}
    # (the auxiliaries' places from the dependency array: making every Token costs more
    # than the repair)
    for i in [i for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep in labels]:
        aux = doc[i]
        verb = _verb_of(aux)
        if verb is None:
            continue
        own = {c.dep_ for c in verb.children}
        for child in list(aux.children):
            kind = "subject" if child.dep_ in _SUBJECTS else child.dep_
            if child.dep_ in _AUXILIARY_DEPENDENTS and not (
                    own & _SUBJECTS if kind == "subject" else child.dep_ in own):
                child.head = verb
                own.add(child.dep_)
                moved += 1
    return moved


#: The repairs, in the order they run.
REPAIRS: tuple[Callable[[Doc], int], ...] = (dependents_of_auxiliaries,)


class ArcRepairs:
    """Runs :data:`REPAIRS` on each Doc (nothing to load or save)."""

    def __call__(self, doc: Doc) -> Doc:
        for repair in REPAIRS:
            repair(doc)
        return doc


@Language.factory("kg_arc_repairs", assigns=["token.head", "token.dep"],
                  requires=["token.dep", "token.pos"])
def make_arc_repairs(nlp: Language, name: str) -> ArcRepairs:
    return ArcRepairs()
