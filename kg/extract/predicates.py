"""The predicate–argument reader: one pass over the parse for verbs and event nouns.

For every predicate it finds the sense (``kg.extract.frames``) and the core roles —
agent, patient, recipient/addressee, instrument, location, origin, destination,
participant, amount, and an embedded event — through:

- active and passive clauses ("by" is the agent of a passive);
- relative and participial clauses ("al-Adnani, who was killed" -> patient al-Adnani;
  "rebels backed by Turkey" -> patient the rebels; "troops guarding the base" -> agent);
- infinitival and control clauses ("Russia vowed to withdraw" -> Russia withdraws;
  "asked X to negotiate" -> X negotiates; "after battering Nicaragua" -> the main
  clause's subject batters; "is expected to visit" -> its raised subject);
- coordination (conjoined verbs share a subject; conjoined objects are one fact each);
- light verbs ("took a surprise lead in the election", "carried out an attack", "keep a
  presence in Tartous": the noun is the predicate, the verb's subject its agent);
- nominalisations ("the U.S. decision to take out X": agent the U.S., event object the
  taking out, whose agent the U.S. is; "Russia's withdrawal from Syria"; "the killing
  of X by Y"): possessives, "of" and "by" phrases, demonyms ("Russian air strikes").

Words that are no facts of their own pass through: speech verbs make claims
(``kg.extract.attribution``), attitude/intent/raising verbs set the mood of what they
govern (``kg.extract.modality``), aspectual verbs hand over to their complement, light
verbs to their event noun, copulas to their predicative adjective ("present in Syria").

spaCy types stay inside this package: ``kg.extract.facts`` turns the predications into
``kg.model`` events and facts.

Which words are predicates and in which sense is ``kg.extract.triggers``; how their
arguments are read is ``kg.extract.arguments``; this module runs the two over a parse.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.arguments import Reader
from kg.extract.frames import lexicon
from kg.extract.nodes import Nodes
from kg.extract.table import EntityTable
from kg.extract.triggers import PREDICATE_POS, Arg, Predication, light_noun, predicate_at

__all__ = ["Arg", "Predication", "find"]


def find(doc: Doc, table: EntityTable) -> list[Predication]:
    """Every predicate of ``doc`` with its sense and arguments, in text order."""
    lex = lexicon()
    found: dict[int, Predication] = {}
    carried: dict[int, Token] = {}  # event noun index -> its light verb
    tokens = table.tokens  # one Token object each (indexing a Doc makes a new one every time)
    for tok in tokens:
        if tok.pos_ == "VERB":
            noun = light_noun(tok, lex, table)
            if noun is not None:
                carried[noun.i] = tok
    lights = {verb.i for verb in carried.values()}
    nodes = Nodes(doc, table, (), set())
    for tok in tokens:
        if tok.i in lights or tok.pos_ not in PREDICATE_POS:
            continue  # the noun it carries is the predicate; no other word is one
        pred = predicate_at(tok, lex, table, carried.get(tok.i), nodes)
        if pred is not None:
            found[tok.i] = pred
    reader = Reader(doc, table, lex, found, nodes)
    for i in sorted(found):
        reader.read(found[i])
    for i in sorted(found):
        reader.place_inside(found[i])
        reader.members_among(found[i])
    return [found[i] for i in sorted(found)]
