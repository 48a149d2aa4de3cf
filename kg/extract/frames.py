"""The frame lexicon: which sense a verb or event noun has, and what its roles are.

Two data files in ``kg/data/extract/``, read once per process on first use:

- ``propbank.json.gz``, derived from the PropBank 3.4 frame files by
  ``scripts/derive_propbank.py`` (CC BY-SA 4.0, source and credit in its header): every
  roleset's numbered roles with their function tag and VerbNet role, the prepositions
  that introduce them, and the verbs, nouns, adjectives and light-verb constructions
  that evoke it;
- ``senses.json``, kg's curated table: a roleset -> event kind, ontology property, the
  role the fact's object is, role overrides, selectional constraints; per word, readings
  tried in order (conditions -> sense; a null sense must not fire: "met with
  criticism" is no meeting); and the word classes that are no facts on their own
  (speech, attitude, intent, aspectual, raising, light verbs, copulas).

A new verb or event noun is one entry of ``senses.json``; a word not listed still reads
with PropBank's roles and gives ``kg:relatedBy`` with its lemma.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

#: Event nominals PropBank lists that read as events on their own (other nouns it lists,
#: "leader", "matter", "center", need a curated entry).
_NOMINAL_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ing", "ure", "al", "age", "ery")
#: Roles kg knows (object properties of kg:Event in ontology/kg.ttl).
ROLES = frozenset({"agent", "patient", "recipient", "addressee", "instrument", "location",
                   "origin", "destination", "participant", "amount", "eventObject"})


@dataclass(frozen=True)
class Sense:
    """One reading of a predicate: its roleset, what kg makes of it and its roles."""

    frame: str  # the PropBank roleset ("withdraw.01"), or a kg one for nouns PropBank lacks
    roles: tuple[tuple[str, str], ...]  # (argument number, kg role)
    kind: str | None = None  # event class local name
    property: str | None = None  # kg property local name; None -> relatedBy
    object: str | None = None  # the role the fact's object is (None: patient, then eventObject)
    #: the role the fact's subject is: "Chirac was born in Paris" states a birth place of
    #: the one born (the patient), "Page is married to X" a spouse of the one married
    subject: str = "agent"
    direct: str = "patient"  # the role of the direct object ("visited Paris" -> destination)
    agent_types: frozenset[str] = frozenset()  # empty: any
    #: entity types the fact's object must have (empty: any): "born in" a place, not in
    #: "studied law" the parser conjoined to it
    object_types: frozenset[str] = frozenset()
    #: both ends must be someone or something kg can say who or what: "it is not owned by
    #: the vendor" with "it" unresolved states nothing about anyone
    identified: bool = False
    weak: bool = False
    symmetric: bool = False
    undergoer_subject: bool = False  # "the building collapsed": the subject is ARG1
    #: the verb's lone subject acts whatever it is ("humans breathe", "life can survive"):
    #: PropBank's examples give it an ARG0 alone as subject, never an ARG1 alone
    actor_subject: bool = False
    #: the undergoer moves ("arrived", "returned", "came in third"): a subject that can
    #: act moves itself, so it is the agent (PropBank: no ARG0, ARG1 a VerbNet theme)
    mover: bool = False
    #: ... but is moved, not moving itself ("fell", "collapsed", "crashed"): its subject
    #: undergoes the motion, a person too
    moved: bool = False
    #: the direct object is part of the predicate ("took place", "caught fire")
    fixed_object: bool = False
    preps: tuple[tuple[str, str], ...] = ()  # (preposition, argument number) from PropBank
    #: PropBank gives it a predicative argument (PRD) and no one given to (GOL): a passive's
    #: remaining object says what the subject is ("was hailed a hero", "was crowned Miss
    #: Universe"), it is no thing given ("was awarded a medal")
    predicative: bool = False
    #: numbered roles kg files as a place or receiver only from PropBank's function tag or a
    #: bare VerbNet "goal" (list.01's list, inflict.01's injured, limit.01's limit): a
    #: preposition's phrase fills one only when it names such a thing
    goals: frozenset[str] = frozenset()
    #: PropBank makes its second argument a value (a VSP function, or a VerbNet value,
    #: asset or extent): a length of time as its object is what it spends or takes
    #: ("spent two years", "took five hours"), not how long the act went on ("drive an
    #: hour", "waited two hours")
    measured_object: bool = False

    def role(self, n: str) -> str | None:
        for number, role in self.roles:
            if number == n:
                return role
        return None

    def arg_of(self, role: str) -> str | None:
        for number, r in self.roles:
            if r == role:
                return number
        return None

    def prep_role(self, prep: str) -> str | None:
        """The kg role PropBank's examples give a preposition's phrase, if any."""
        n = self.prep_arg(prep)
        return self.role(n) if n is not None else None

    def prep_arg(self, prep: str) -> str | None:
        """The PropBank argument number a preposition introduces in its examples."""
        return next((n for p, n in self.preps if p == prep), None)

    def lemma(self) -> str:
        """The roleset's word: "take_out.27" -> "take out"."""
        return self.frame.split(".")[0].replace("_", " ")


@dataclass(frozen=True)
class Reading:
    """Conditions on the context, and the sense they select (None: no fact at all)."""

    conditions: tuple[tuple[str, Any], ...]
    sense: Sense | None


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[Reading, ...]]
    nouns: dict[str, tuple[Reading, ...]]
    adjectives: dict[str, tuple[Reading, ...]]
    light_constructions: dict[str, tuple[str, ...]]  # "make decision" -> rolesets
    speech: frozenset[str]
    speech_nouns: frozenset[str]
    denial: frozenset[str]
    attitude: dict[str, str]
    intent: dict[str, str]
    aspectual: frozenset[str]
    raising: dict[str, str]
    light: frozenset[str]
    copula: frozenset[str]
    clausal_only: frozenset[str]
    undergoing_light: frozenset[str]
    modal_words: dict[str, frozenset[str]]
    #: light verbs whose direct object is their event noun whenever PropBank lists the
    #: noun, suffix or not ("made threats", "made several posts": the noun is the fact)
    light_any_noun: frozenset[str] = frozenset()
    #: verbs carrying a noun of judging whose subject is the one judged ("drew
    #: criticism"), only for a noun whose roleset kg reads with a ``judged_properties`` one
    judged_light: frozenset[str] = frozenset()
    judged_properties: frozenset[str] = frozenset()
    #: light verbs that carry any noun PropBank lists as their active object only
    #: ("committed the murder", "conducted searches"; "the study was conducted" stays)
    light_any_object: frozenset[str] = frozenset()
    #: light verbs whose passive with no one named as its doer is a fact of its own, the
    #: event noun its patient ("the trial was held in Manhattan")
    passive_own_fact: frozenset[str] = frozenset()
    #: nouns naming no event of their own ("perpetrated such reckless action"): a
    #: ``light_any_object`` verb keeps its own fact over them
    vague_event_nouns: frozenset[str] = frozenset()
    #: raising verbs that are no fact of their own before a to-infinitive ("is set to
    #: open", "is poised to win": only the infinitive happens, in the future)
    raising_only: frozenset[str] = frozenset()
    #: verbs whose participle before a noun is an act the noun underwent ("the injured
    #: teenagers", "a rescued woman"); other participles there only qualify it
    attributive: frozenset[str] = frozenset()
    #: event nouns whose "on" phrase is their patient ("restrictions on flights")
    on_patient_nouns: frozenset[str] = frozenset()
    #: verbs of taking a side whose clause is advocated, with no one named to do it
    #: ("favored expanding space exploration")
    advocacy: frozenset[str] = frozenset()
    #: preposition -> verbs that advocate (or oppose) the gerund after it ("argued for
    #: using ballot access")
    advocacy_preps: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: verbs whose gerund is done by someone the clause does not name ("circumstances
    #: may require delaying reopenings", "the work involved building models")
    unstated_doers: frozenset[str] = frozenset()
    #: negative intent verbs whose negation says the clause happened ("did not hesitate to")
    negative_implicatives: frozenset[str] = frozenset()
    #: adjectives that weigh a 'that'-clause's truth -> its modality ("it is possible that")
    epistemic_adjectives: Mapping[str, str] = field(default_factory=dict)
    #: verbs of saying whose bare 'to'-clause directs someone unnamed ("said to vacate")
    directing_speech: frozenset[str] = frozenset()
    #: nouns of saying that name an occasion, not what was said: under a light verb
    #: with a listed construction they are the act ("gave a speech": speak.01)
    speech_occasions: frozenset[str] = frozenset()
    #: nouns of something said: a denial verb with one as object is a negated claim of it
    #: ("dismissed the claim from Berlin"), no fact
    claim_objects: frozenset[str] = frozenset()
    #: objects that make "claim" one of taking ("claimed 6606 lives", "claiming asylum")
    claimed_things: frozenset[str] = frozenset()
    #: what "deny" with it as object says is not so ("denied the allegations"); any
    #: other object is withheld ("denied funding for the wall"), no claim
    denied_content: frozenset[str] = frozenset()
    _senses: dict[str, Sense] = field(default_factory=dict, repr=False)
    _generic: dict[str, tuple[Reading, ...]] = field(default_factory=dict, repr=False)
    _event_verbs: frozenset[str] = field(default=frozenset(), repr=False)
    #: noun -> the first of its rolesets whose PropBank examples give an "of" phrase a
    #: role ("retirement of the shuttles": retire.02, the thing retired; not retire.01,
    #: the one who retires)
    _of_nouns: dict[str, tuple[Reading, ...]] = field(default_factory=dict, repr=False)
    #: every noun PropBank lists -> its first roleset, read only under a ``light_any_noun``
    #: verb (on their own, nouns without a nominal suffix are too often no event)
    _light_nouns: dict[str, tuple[Reading, ...]] = field(default_factory=dict, repr=False)
    #: nouns without a nominal suffix whose first WordNet sense is an act, event or
    #: process ("campaign", "spread", "outbreak"; ``event_nouns.json``) -> their first
    #: roleset (or the first giving "of" a role, under key "of:<noun>"): read only with a
    #: named participant (``triggers._named_participant``)
    _act_nouns: dict[str, tuple[Reading, ...]] = field(default_factory=dict, repr=False)

    def sense(self, frame: str) -> Sense | None:
        return self._senses.get(frame)

    def senses(self) -> list[Sense]:
        """Every sense built so far: the curated ones and every word's first roleset."""
        return list(self._senses.values())

    def verb_readings(self, lemma: str) -> tuple[Reading, ...]:
        return self.verbs.get(lemma) or self._generic.get(f"v:{lemma}", ())

    def noun_readings(self, lemma: str, prep: str | None = None) -> tuple[Reading, ...]:
        """A noun's readings; with ``prep`` "of", PropBank's first roleset that gives an
        "of" phrase a role, when the first roleset does not (curated readings win)."""
        if prep == "of" and lemma not in self.nouns and lemma in self._of_nouns:
            return self._of_nouns[lemma]
        return self.nouns.get(lemma) or self._generic.get(f"n:{lemma}", ())

    def act_noun_readings(self, lemma: str, prep: str | None = None
                          ) -> tuple[Reading, ...]:
        """The reading of an act noun without a nominal suffix ("Sanders' exit")."""
        if prep == "of" and f"of:{lemma}" in self._act_nouns:
            return self._act_nouns[f"of:{lemma}"]
        return self._act_nouns.get(lemma, ())

    def light_noun_readings(self, lemma: str) -> tuple[Reading, ...]:
        """A noun's PropBank reading under a ``light_any_noun`` verb ("made threats")."""
        return self._light_nouns.get(lemma, ())

    def advocates_through(self, verb_lemma: str, prep: str) -> bool:
        """Whether ``verb_lemma`` takes a side on the gerund after ``prep`` ("argued for
        using", "lobbied against expanding")."""
        return verb_lemma in self.advocacy_preps.get(prep, ())

    def event_verbs(self) -> frozenset[str]:
        """Verb lemmas that can read as an event kind ("it withdrew")."""
        return self._event_verbs

    def is_function_word(self, lemma: str) -> bool:
        """Verbs that are no facts on their own (speech, attitude, aspect, copula)."""
        return lemma in self.speech or lemma in self.attitude or lemma in self.copula \
            or lemma in self.aspectual


def _mover(roles: dict) -> bool:
    """PropBank's motion rolesets: no ARG0, ARG1 the theme that moves, and a path role
    (a direction: where from) — "arrive", "return", "come", "go"; not "remain", "occur",
    "flow", "drift", whose subject only undergoes."""
    return "0" not in roles and roles.get("1", ["", ""])[1] == "theme" and any(
        r[0] == "DIR" for r in roles.values())


def _predicative(pb_roles: dict) -> bool:
    """Whether a roleset's second object is said of its theme (a PRD argument) and it has
    no one given to (GOL: "give", "award", "promise"): "hail as", "crown", "brand"."""
    functions = {r[0] for r in pb_roles.values()}
    return "PRD" in functions and "GOL" not in functions


def _measured_object(pb_roles: dict) -> bool:
    """Whether a roleset's ARG1 is a value, asset or extent (spend.02, take.10, cost.01)."""
    function, vn, _descr = (pb_roles.get("1") or ["", "", ""])[:3]
    return function == "VSP" or vn in ("value", "asset", "extent")


def _read(name: str) -> bytes:
    return resources.files("kg").joinpath("data", "extract", name).read_bytes()


def _kg_roles(entry: dict, by_vn: dict, by_f: dict, by_pair: dict | None = None
              ) -> dict[str, str]:
    out = {}
    for n, (function, vn, _descr) in entry.get("roles", {}).items():
        pair = (by_pair or {}).get(f"{function} {vn}")
        if pair:  # "the construction of a wall": PPT 'result', the thing made, a patient
            out[n] = pair
            continue
        role = by_vn.get(vn) if vn in by_vn else by_f.get(function)
        if role is None and vn not in by_vn:
            role = by_f.get(function)
        if role:
            out[n] = role
    return out


def _goals(entry: dict, roles: dict[str, str], by_vn: dict, loose_vn: frozenset[str],
           spec: dict) -> frozenset[str]:
    """The numbered roles whose place or receiver kg reads from the function tag alone or
    from a VerbNet role in ``loose_verbnet`` (PropBank's reading, before kg's curated
    roles; not those kg's curated sense files as a place or receiver itself)."""
    curated = {n for n, r in spec.get("roles", {}).items()
               if r in ("destination", "origin", "recipient")} | set(spec.get("preps", {}))
    return frozenset(
        n for n, (_function, vn, _descr) in entry.get("roles", {}).items()
        if n not in curated and roles.get(n) in ("destination", "origin", "recipient")
        and (vn not in by_vn or vn in loose_vn))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The frame lexicon, parsed once per process."""
    pb = json.loads(gzip.decompress(_read("propbank.json.gz")))
    cur = {k: v for k, v in json.loads(_read("senses.json")).items() if not k.startswith("_")}
    by_vn, by_f = cur["roles"]["by_verbnet"], cur["roles"]["by_function"]
    by_pair = {k: v for k, v in cur["roles"].get("by_function_and_verbnet", {}).items()
               if not k.startswith("_")}
    loose_vn = frozenset(cur["roles"].get("loose_verbnet", ()))
    rolesets: dict[str, dict] = pb["rolesets"]
    curated: dict[str, dict] = cur["senses"]
    senses: dict[str, Sense] = {}

    def sense(frame: str, override: dict | None = None) -> Sense:
        base = senses.get(frame)
        if base is None:
            entry = rolesets.get(frame, {"roles": {"0": ["PAG", "agent", ""],
                                                   "1": ["PPT", "theme", ""]}})
            roles = _kg_roles(entry, by_vn, by_f, by_pair)
            spec = curated.get(frame, {})
            goals = _goals(entry, roles, by_vn, loose_vn, spec)
            roles.update(spec.get("roles", {}))
            # kg's own prepositions first ("take part in X": X is what is taken part in)
            preps = tuple((p, n) for source in (spec, entry)
                          for n, ps in source.get("preps", {}).items() for p in ps)
            base = senses[frame] = Sense(
                frame=frame, roles=tuple(sorted(roles.items())), kind=spec.get("kind"),
                property=spec.get("property"), object=spec.get("object"),
                subject=spec.get("subject", "agent"),
                direct=spec.get("direct") or (spec.get("object") if spec.get("object") in (
                    "addressee", "participant", "destination", "origin") else "patient"),
                agent_types=frozenset(spec.get("agent", ())), weak=bool(spec.get("weak")),
                object_types=frozenset(spec.get("object_types", ())),
                identified=bool(spec.get("identified")),
                symmetric=bool(spec.get("symmetric")),
                undergoer_subject=bool(spec.get("undergoer", entry.get("undergoer_subject"))),
                actor_subject=bool(spec.get("actor", entry.get("actor_subject")))
                and not spec.get("undergoer"),
                mover=bool(spec.get("mover", _mover(entry.get("roles", {})))),
                moved=bool(spec.get("moved")),
                fixed_object=bool(spec.get("fixed_object")), preps=preps,
                predicative=_predicative(entry.get("roles", {})),
                goals=goals, measured_object=_measured_object(entry.get("roles", {})))
        if not override:
            return base
        changes = {k: override[k] for k in ("kind", "property", "object", "weak", "direct",
                                            "subject", "identified") if k in override}
        if "object_types" in override:
            changes["object_types"] = frozenset(override["object_types"])
        if "agent" in override:  # ("capture" as no arrest: a camera captures too)
            changes["agent_types"] = frozenset(override["agent"])
        if "undergoer" in override:  # a verb's reading only: its noun keeps the sense's
            changes["undergoer_subject"] = bool(override["undergoer"])
            if override["undergoer"]:
                changes["actor_subject"] = False
        if "object" in override and "direct" not in override:
            changes["direct"] = override["object"] if override["object"] in (
                "addressee", "participant", "destination", "origin") else "patient"
        return replace(base, **changes)

    def condition(cond: dict) -> tuple[tuple[str, Any], ...]:
        # an object condition may name a class ("object": "claim_objects"): its list
        return tuple(sorted((k, cur["classes"][v] if k == "object" and isinstance(v, str)
                             else v) for k, v in cond.items()))

    def readings(table: dict) -> dict[str, tuple[Reading, ...]]:
        out = {}
        for word, items in table.items():
            if word.startswith("_"):
                continue  # a comment on the entry after it
            out[word] = tuple(
                Reading(condition(item.get("if", {})),
                        sense(item["sense"], item) if item.get("sense") else None)
                for item in items)
        return out

    generic: dict[str, tuple[Reading, ...]] = {}
    for word, frames in pb["verbs"].items():
        first = min(frames, key=_roleset_order)
        generic[f"v:{word}"] = (Reading((), sense(first)),)
    of_nouns: dict[str, tuple[Reading, ...]] = {}
    light_nouns: dict[str, tuple[Reading, ...]] = {}
    # nouns without a suffix whose first WordNet sense is an act, event or process
    # ("campaign", "spread", "outbreak"; not "plan", "copy", "way")
    acts = frozenset(json.loads(_read("event_nouns.json"))["nouns"])
    act_nouns: dict[str, tuple[Reading, ...]] = {}
    for word, frames in pb["nouns"].items():
        if " " not in word:
            light_nouns[word] = (Reading((), sense(min(frames, key=_roleset_order))),)
        if word in acts:
            ordered = sorted(frames, key=_roleset_order)
            act_nouns[word] = (Reading((), sense(ordered[0])),)
            if "of" not in _core_preps(rolesets.get(ordered[0], {})):
                with_of = next((f for f in ordered[1:]
                                if "of" in _core_preps(rolesets.get(f, {}))), None)
                if with_of is not None:
                    act_nouns[f"of:{word}"] = (Reading((), sense(with_of)),)
        if word.endswith(_NOMINAL_SUFFIXES) and " " not in word:
            ordered = sorted(frames, key=_roleset_order)
            generic[f"n:{word}"] = (Reading((), sense(ordered[0])),)
            if "of" not in _core_preps(rolesets.get(ordered[0], {})):
                with_of = next((f for f in ordered[1:]
                                if "of" in _core_preps(rolesets.get(f, {}))), None)
                if with_of is not None:
                    of_nouns[word] = (Reading((), sense(with_of)),)
    # kg's own readings under such a light verb where PropBank's first is a relation
    light_nouns.update(readings(cur.get("light_nouns", {})))
    classes = cur["classes"]
    verbs = readings(cur["verbs"])
    event_verbs = frozenset(word.split()[0] for word, rs in verbs.items()
                            if any(r.sense is not None and r.sense.kind for r in rs)) | \
        frozenset(s.lemma().split()[0] for s in senses.values() if s.kind)
    return Lexicon(
        verbs=verbs, nouns=readings(cur["nouns"]),
        adjectives=readings(cur["adjectives"]),
        light_constructions={k: tuple(v) for k, v in
                             {**pb["light_verbs"], **cur.get("light_constructions", {})}.items()},
        speech=frozenset(classes["speech"]), speech_nouns=frozenset(classes["speech_nouns"]),
        denial=frozenset(classes["denial"]), attitude=dict(classes["attitude"]),
        intent=dict(classes["intent"]), aspectual=frozenset(classes["aspectual"]),
        raising=dict(classes["raising"]), light=frozenset(classes["light"]),
        copula=frozenset(classes["copula"]),
        clausal_only=frozenset(classes.get("clausal_only", ())),
        undergoing_light=frozenset(classes.get("undergoing_light", ())),
        judged_light=frozenset(classes.get("judged_light", ())),
        judged_properties=frozenset(classes.get("judged_properties", ())),
        modal_words={k: frozenset(v) for k, v in classes["modal_words"].items()},
        light_any_noun=frozenset(classes.get("light_any_noun", ())),
        light_any_object=frozenset(classes.get("light_any_object", ())),
        passive_own_fact=frozenset(classes.get("passive_own_fact", ())),
        vague_event_nouns=frozenset(classes.get("vague_event_nouns", ())),
        raising_only=frozenset(classes.get("raising_only", ())),
        attributive=frozenset(classes.get("attributive_participles", ())),
        on_patient_nouns=frozenset(classes.get("on_patient_nouns", ())),
        advocacy=frozenset(classes.get("advocacy", ())),
        advocacy_preps={p: frozenset(v) for p, v in classes.get("advocacy_preps", {}).items()},
        unstated_doers=frozenset(classes.get("unstated_doers", ())),
        epistemic_adjectives=dict(classes.get("epistemic_adjectives", {})),
        negative_implicatives=frozenset(classes.get("negative_implicatives", ())),
        directing_speech=frozenset(classes.get("directing_speech", ())),
        speech_occasions=frozenset(classes.get("speech_occasions", ())),
        claim_objects=frozenset(classes.get("claim_objects", ())),
        claimed_things=frozenset(classes.get("claimed_things", ())),
        denied_content=frozenset(classes.get("denied_content", ())),
        _senses=senses, _generic=generic, _event_verbs=event_verbs, _of_nouns=of_nouns,
        _light_nouns=light_nouns, _act_nouns=act_nouns)


def _core_preps(entry: dict) -> set[str]:
    """The prepositions PropBank's examples give a numbered role of a roleset."""
    return {p for n, ps in entry.get("preps", {}).items() if n.isdigit() for p in ps}


def _roleset_order(frame: str) -> tuple[int, str]:
    """PropBank's first sense of a word: the lowest roleset number."""
    number = frame.rsplit(".", 1)[-1]
    return (int(number) if number.isdigit() else 999, frame)


def events_ontology():
    """The event classes (``kg/data/ontology/events.ttl``, linked as ontology/events.ttl)."""
    return resources.files("kg").joinpath("data", "ontology", "events.ttl")


def used_terms() -> tuple[set[str], set[str]]:
    """(event kinds, properties) the lexicon can give, for checks against the ontology."""
    lex = lexicon()
    senses = lex.senses()
    for table in (lex.verbs, lex.nouns, lex.adjectives):
        senses += [r.sense for rs in table.values() for r in rs if r.sense is not None]
    curated = json.loads(_read("senses.json"))["senses"]
    senses += [s for f in curated if (s := lex.sense(f)) is not None]
    return ({s.kind for s in senses if s.kind}, {s.property for s in senses if s.property})
