"""Calibrated confidence: how a fact or claim was read -> the chance that it is right.

A fact's confidence is a probability, not a hand-set score: features of how the reader
found it (the predicate's part of speech and clause, whether its sense is curated,
which core roles it has and how each argument was found — subject, object, passive
``by`` phrase, control, relative clause, coordination, nominal modifier, light verb —,
whether an argument is a name, a description, a resolved pronoun or an event, how often
the article mentions it, the object's attachment, whether the object names an act kept
as a thing, the event kind, distances, sentence length, mood) go through a logistic model whose weights are data
(``kg/data/extract/confidence.json``), fitted on the Wikinews dev gold by
``scripts/fit_confidence.py`` with cross-validation by article. Three heads share the
format: ``facts`` (the predicate and its agent and object are right), ``predicates``
(the predicate alone is right: the confidence of an event kept without participants)
and ``claims`` (speaker, content and polarity right).

The same file holds the emission thresholds chosen from the cross-validated curves:
facts and claims below them are not emitted (``kg.extract.extract`` takes them as
parameters, these are the defaults).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

from spacy.tokens import Token

from kg.extract.frames import lexicon
from kg.extract.nodes import OPEN_PRONOUNS, QUANTIFIER_PRONOUNS, Node, conjunct_subject
from kg.extract.predicates import Predication
from kg.extract.table import EntityTable

#: Roles that answer "what" a fact is about, in the order a fact's object is taken.
OBJECT_ROLES = ("patient", "eventObject", "participant", "addressee", "destination", "origin")
#: Features: named indicator features have value 1.0 (absent: 0.0).
Features = dict[str, float]


@dataclass(frozen=True)
class Model:
    """A logistic model: P(right) = 1 / (1 + exp(-(bias + sum of weight * feature)))."""

    bias: float = 0.0
    weights: Mapping[str, float] = None  # type: ignore[assignment]

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Calibration:
    """The fitted heads and the default emission thresholds."""

    facts: Model
    predicates: Model
    claims: Model
    fact_threshold: float
    claim_threshold: float


def _model(raw: Mapping) -> Model:
    return Model(float(raw.get("bias", 0.0)), dict(raw.get("weights", {})))


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The weights and thresholds of ``kg/data/extract/confidence.json``, read once."""
    raw = json.loads(resources.files("kg").joinpath(
        "data", "extract", "confidence.json").read_text(encoding="utf-8"))
    thresholds = raw.get("thresholds", {})
    return Calibration(facts=_model(raw["facts"]), predicates=_model(raw["predicates"]),
                       claims=_model(raw["claims"]),
                       fact_threshold=float(thresholds.get("facts", 0.0)),
                       claim_threshold=float(thresholds.get("claims", 0.0)))


# -- features of a fact ------------------------------------------------------------------
def _bucket(value: int, edges: Iterable[int]) -> str:
    """'le3', 'le8', 'gt8' for edges (3, 8)."""
    edges = tuple(edges)
    for edge in edges:
        if value <= edge:
            return f"le{edge}"
    return f"gt{edges[-1]}"


def _argument(f: dict[str, float], side: str, p: Predication, node: Node,
              table: EntityTable) -> None:
    """The features of a predicate's first agent or object (``side``): its kind, how it
    was found, and for a description or a bare pronoun which one."""
    kind = node_kind(node, table)
    f[f"{side}={kind}"] = 1.0
    how = _how(p, node)
    f[f"{side}_how={how}"] = 1.0
    if how in ("inherited", "control", "relative"):
        # the path an argument was carried along: the carrying clause's attachment
        # ("conj", "xcomp", "advcl", "acl", "relcl", ...), which are right at unlike rates
        f[f"{side}_via={how}:{p.token.dep_}"] = 1.0
    if node.token is not None:
        # "lost their lives and scores more were injured": the reader re-attached the
        # conjunct the parser joined to the object before as this clause's subject, so
        # its attachment is read as that (one arc, a subject), not the parser's
        conjoined = conjunct_subject(p.token, table) if p.pos == "verb" else None
        subject = conjoined is not None and conjoined.i == node.token.i
        # an argument far from its predicate, in words or in the parse, was reached
        # through more of the parser's attachments, each of which may be wrong
        path = 1 if subject else _path(p.token, node.token, table)
        f[f"{side}_path={_bucket(path, (1, 3))}"] = 1.0
        if side == "object":
            # the object's own attachment: a direct object is right far more often than
            # a prepositional object, a subject read as the undergoer or a possessor
            # (coarse: the fine labels fitted dev more than unseen annotators; the
            # agent's attachment told nothing beyond how it was found: left out)
            f[f"object_dep={_attachment('nsubj' if subject else node.token.dep_)}"] = 1.0
            if node.event is None and _names_an_act(node.token):
                # "released a statement", "received assistance", "offered an
                # endorsement": an object naming an act or its content is one the
                # annotators take, under every one of them, more often than a thing's
                f["object_eventive"] = 1.0
        if node.token.i < p.token.i and any(
                t.text == "," for t in table.tokens[node.token.i + 1:p.token.i]):
            f[f"{side}_comma"] = 1.0  # "Rescuers, some using only their hands, dug out"
    if node.key is not None and node.event is None:
        # an argument the article names or refers to again is one of what it is about,
        # which the reader's attachment found right more often than a one-off phrase
        # picked up by a misattached clause ("the request ... asking schools to pay")
        f[f"{side}_mentions={_bucket(table.mention_count(node.key), (1, 2, 4))}"] = 1.0
    if kind == "description":
        f[f"{side}_{_definite(node)}"] = 1.0
    elif kind == "bare_pronoun":
        f[f"{side}_pronoun={_PERSONS.get(node.token.lower_, 'it')}"] = 1.0


def _names_an_act(tok: Token) -> bool:
    """A common noun the frame lexicon has a predicate reading for ("statement",
    "findings", "assistance"), kept as a thing: the reader did not read it as an event."""
    if tok.pos_ != "NOUN":
        return False
    lex = lexicon()
    return bool(lex.noun_readings(tok.lemma_.lower()) or lex.noun_readings(tok.lower_))


def _attachment(dep: str) -> str:
    """An argument's dependency label, coarsely: dobj | pobj | subject | other."""
    if dep in ("dobj", "pobj"):
        return dep
    return "subject" if dep.startswith("nsubj") else "other"


def _path(a: Token, b: Token, table: EntityTable) -> int:
    """Dependency arcs between two tokens (through their lowest common head)."""
    up: dict[int, int] = {}
    t, n = a, 0
    while True:
        up[t.i] = n
        h = table.head(t)
        if h.i == t.i or n > 40:
            break
        t, n = h, n + 1
    t, n = b, 0
    while t.i not in up:
        h = table.head(t)
        if h.i == t.i or n > 40:
            return n + len(up)
        t, n = h, n + 1
    return n + up[t.i]


def _how(p: Predication, node: Node) -> str:
    """How the reader found an argument node: its Arg's ``how``; a conjunct of an
    argument's head is 'conj'."""
    if node.token is None:
        return "none"
    for a in p.args:
        if a.token.i == node.token.i:
            return a.how
    return "conj"


def node_kind(node: Node, table: EntityTable) -> str:
    """name | pronoun (resolved) | standin (a description or organ standing for a named
    entity) | bare_pronoun (an unresolved "we", "they", "it") | description | quantity |
    event."""
    if node.event is not None:
        return "event"
    if node.key is None:
        return "none"
    type_ = table.type_of(node.key)
    if type_ == "Quantity":
        return "quantity"
    tok = node.token
    if table.is_description(node.key):
        if tok is not None and tok.pos_ in ("PRON", "DET") and tok.lower_ in OPEN_PRONOUNS:
            return "bare_pronoun"
        return "description"
    if tok is None:
        return "name"
    if tok.pos_ == "PRON":
        return "pronoun"
    if table.mention_kind(node.key, tok) == "name":
        return "name"  # also "the Hmeimim (Lattakia) air base": a name with a noun head
    return "standin"  # "the Swedish government", "the network" resolved, "its military"


#: Bare pronouns by person: "we" (often the speaker's side, named or not), "they", "you".
_PERSONS = {"we": "we", "us": "we", "ourselves": "we", "they": "they", "them": "they",
            "themselves": "they", "those": "they", "you": "you",
            **{q: "some" for q in QUANTIFIER_PRONOUNS}}


def _definite(node: Node) -> str:
    """'definite' for a description that may stand for something named ("the network",
    "their campaigns"), 'indefinite' for one that stands alone ("a gunman", "two people",
    "prosecutors")."""
    tok = node.token
    if tok is None:
        return "indefinite"
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in (
            "the", "this", "that", "these", "those")) for c in tok.children):
        return "definite"
    return "indefinite"


def _lost(p: Predication, deps: tuple[str, ...], used: set[int]) -> bool:
    """The predicate has a syntactic argument (subject, object) that gave no node."""
    return any(c.dep_ in deps and c.i not in used and not c.lower_ in (
        "who", "which", "that", "whom") for c in p.token.children)


#: The predicate's clause, coarsely: a main clause, a non-finite or subordinate one (its
#: subject is inherited), a relative clause, or a noun's place in another clause.
_CLAUSES = {"ROOT": "main", "conj": "main", "ccomp": "main", "parataxis": "main",
            "xcomp": "nonfinite", "advcl": "nonfinite", "pcomp": "nonfinite",
            "acl": "relative", "relcl": "relative"}


def fact_features(p: Predication, args: list[tuple[str, Node]], table: EntityTable,
                  mood_polarity: str, mood_modality: str, reported: bool,
                  curated: bool, speech: bool = False) -> Features:
    """Features of one predication as read, for the ``facts`` and ``predicates`` heads:
    indicators of the predicate (part of speech, clause, sense, voice), of its agent and
    its object (kind of node, how found, type), of what is missing, and of the sentence
    and mood."""
    f: Features = {}
    tok = p.token
    f["pos=headline" if p.headline else f"pos={p.pos}"] = 1.0
    # a headline verb the tagger read as a noun heads the headline's clause, whatever arc
    # the misparse gave it ("Putin orders withdrawal": 'orders' a compound)
    # a predicative adjective's clause is its copula's ("X is married to Y": a main clause;
    # "X, who is married to Y": a relative one), as its mood is (modality.of_verb)
    head = table.head(tok) if p.pos == "adjective" and tok.dep_ in ("acomp", "attr") else tok
    clause = "main" if p.headline else _CLAUSES.get(head.dep_, "nominal" if p.pos == "noun"
                                                    else "other")
    # "the injured teenagers": a participle before the noun that underwent it
    attributive = any(a.how == "attributive" for a in p.args)
    if attributive:
        clause = "attributive"
    f[f"clause={clause}"] = 1.0
    f["sense=kind" if p.sense.kind else "sense=generic"] = 1.0
    if p.sense.kind:
        # the event class's own intercept: the reader draws some kinds' participants as
        # the guidelines do more often than others' (it raised the ranking on annotators
        # the models never saw, unlike a learnt rate per frame, which fitted dev's verbs)
        f[f"kind={p.sense.kind}"] = 1.0
    if p.sense.property:
        f["sense=property"] = 1.0
    if curated:
        f["sense=curated"] = 1.0
    if speech:
        f["word=speech"] = 1.0  # "announced their plans": often a claim rather than a fact
    if p.sense.weak:
        f["sense=weak"] = 1.0
    if p.light is not None:
        f["light"] = 1.0
    if len(p.span) > 1:
        f["multiword"] = 1.0
    # (a reduced relative, "rebels backed by Turkey", is passive; a relative with its
    # own subject or perfect "have", "who has worked for Google", is not)
    passive = p.pos == "verb" and (
        attributive or
        any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
            tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl") and not any(
                c.dep_ in ("nsubj", "aux") for c in tok.children)))
    voice = "passive" if passive else "active"
    f[f"voice={voice}"] = 1.0
    agents = [n for r, n in args if r == "agent" and (n.key or n.event is not None)]
    objects: list[tuple[str, Node]] = []
    # the role the sense takes a fact's object from first ("keep a presence in X": X)
    # (a sense whose fact's subject is its patient, "was born in Paris", "is based in
    # Seattle", has the patient as the object the weights were fitted on)
    first = (p.sense.object,) if p.sense.object and p.sense.subject == "agent" else ()
    for role in first + OBJECT_ROLES:
        objects = [(r, n) for r, n in args if r == role and (n.key or n.event is not None)]
        if objects:
            break
    used = {n.token.i for _, n in args if n.token is not None}
    if agents:
        a = agents[0]
        _argument(f, "agent", p, a, table)
        if a.key and a.event is None:
            f[f"agent_type={table.type_of(a.key)}"] = 1.0
        if len(agents) > 1:
            kinds = {(node_kind(n, table), table.type_of(n.key) if n.key else "event")
                     for n in agents}
            f["agents>1=alike" if len(kinds) == 1 else "agents>1=unlike"] = 1.0
    else:
        f[f"agent=none&{voice}"] = 1.0
        if p.sense.arg_of("agent") is not None and not passive and not any(
                r == "amount" for r, _ in args):
            f["agent_expected"] = 1.0  # an active predicate whose sense has an agent
    if objects:
        role, o = objects[0]
        f[f"object_role={role}"] = 1.0
        _argument(f, "object", p, o, table)
        if len(objects) > 1:
            # conjoined objects: alike ("the Hmeimim air base and Tartous naval base") or a
            # conjunction the parser may have spread over unlike phrases
            kinds = {(node_kind(n, table), table.type_of(n.key) if n.key else "event")
                     for _, n in objects}
            f["objects>1=alike" if len(kinds) == 1 else "objects>1=unlike"] = 1.0
        if len({r for r, n in args if r in OBJECT_ROLES}) > 1:
            f["object_roles>1"] = 1.0
    else:
        f["object=none"] = 1.0
        if p.sense.arg_of("patient") is not None and not passive and p.pos == "verb":
            f["object_expected"] = 1.0
    if agents and objects:
        f["agent+object"] = 1.0
    if _lost(p, ("nsubj", "nsubjpass", "csubj"), used):
        f["subject_lost"] = 1.0  # an unresolved pronoun, a name the entity step missed
    if _lost(p, ("dobj",), used):
        f["object_lost"] = 1.0
    if any(r == "location" for r, _ in args):
        f["has_location"] = 1.0
    start, end = table.sentence_bounds(tok)
    f[f"sentence_len={_bucket(end - start, (15, 30, 45))}"] = 1.0
    # many verbs: many clauses whose arguments the parser may have crossed
    f[f"verbs={_bucket(table.verbs_in_sentence(tok), (2, 4, 6))}"] = 1.0
    if any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")
           for c in table.children(tok)) and p.pos == "verb":
        # "called Biden a decent man", "characterized homeopathy as quackery", "cited the
        # move as an abuse": a verb that predicates something of its object judges or
        # describes it, which the guidelines read as a claim more often than a fact
        f["object_predicate"] = 1.0
    if mood_polarity == "negative":
        f["negative"] = 1.0
    f["modality=reported" if reported else f"modality={mood_modality}"] = 1.0
    if sum(t.is_quote for t in table.tokens[start:tok.i]) % 2:
        f["quoted"] = 1.0  # inside a quotation: the speaker's words, pronouns and all
    return f
