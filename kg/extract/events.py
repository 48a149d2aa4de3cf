"""Events as n-ary nodes: kind, trigger, arguments by role, time, modality.

The event lexicon is data in the ontology (``kg/data/ontology/events.ttl``, linked
as ``ontology/events.ttl``): each event class lists its verb and noun trigger lemmas.
A trigger is a verb ("ordered", "pull out", "call for"), a noun ("the withdrawal",
"air strikes", "peace talks") or a predicative adjective ("present in Syria").

Arguments come from the dependency parse, read through the entity table (so
pronouns and descriptions resolved by coreference count):

- verbs: subject -> agent (passive: patient, "by" -> agent); direct object -> the
  class's object role (patient, addressee, participant, destination); an object,
  'to'-clause or complement clause that is itself an event -> eventObject ("Putin
  ordered the withdrawal", "asked them to negotiate", "announced he would withdraw");
  a subject-less 'to'-clause or conjunct takes its controller's subject (or, after
  ask/urge/order, the object);
- nouns: possessive or demonym modifier -> agent ("Russia's withdrawal", "Russian air
  strikes"); "of" -> the class's of-role ("withdrawal of troops" -> agent); a noun
  that is the object of a light verb takes the verb's subject ("Russia will keep a
  presence"), one attached to an event by "with"/"by" takes that event's agent;
- prepositions: from -> origin, to/into -> destination (movements) or addressee,
  with/between -> participant, in/at/near -> location, on/against -> patient (attacks);
- partitives look through "of" ("the main part of Russian troops" -> Russian forces).

Time comes from the time expressions attached to the trigger's clause; polarity and
modality from ``kg.extract.modality``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicons, modality
from kg.extract.table import EntityTable
from kg.model import Event, Role, TimeExpression
from kg.vocab import KG, entity_key

PLACE_TYPES = frozenset({"Place", "Country", "Facility"})
AGENT_TYPES = frozenset({"Person", "Organization", "Country", "Group", "Place"})
_LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout",
                             "around", "outside"})
_PARTY_PREPS = frozenset({"with", "between", "among"})
_MAX_HOPS = 6


@dataclass(frozen=True)
class EventClass:
    kind: str
    object_role: str = "patient"
    place_object_role: str | None = None
    on_role: str | None = None
    poss_role: str = "agent"
    of_role: str = "patient"
    movement: bool = False


@dataclass(frozen=True)
class EventLexicon:
    """Trigger lemma -> event class, by part of speech, read from the ontology."""

    classes: dict[str, EventClass]
    verbs: dict[str, str]
    nouns: dict[str, str]
    adjectives: dict[str, str]
    weak: frozenset[tuple[str, str]] = frozenset()  # (kind, lemma) often meaning something else
    forces_verbs: dict[str, str] = field(default_factory=dict)  # only with forces as object
    negated_verbs: dict[str, str] = field(default_factory=dict)  # only when negated
    #: noun lemma -> (kind, cue lemmas): that kind when a cue is in the sentence
    cued_nouns: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)

    def verb_lemmas(self) -> frozenset[str]:
        return frozenset(v.split()[0] for v in self.verbs)


def lexicon_path():
    return resources.files("kg").joinpath("data", "ontology", "events.ttl")


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    """The event lexicon, parsed once per process from the ontology file."""
    from rdflib import RDFS, Graph, Literal

    graph = Graph()
    graph.parse(data=lexicon_path().read_text(encoding="utf-8"), format="turtle")
    classes: dict[str, EventClass] = {}
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    weak: set[tuple[str, str]] = set()
    forces_verbs: dict[str, str] = {}
    negated_verbs: dict[str, str] = {}
    cued: dict[str, list[tuple[str, frozenset[str]]]] = {}

    def inherited(cls, prop):
        """The class's value of an annotation, else its nearest superclass's."""
        for _ in range(8):
            value = graph.value(cls, prop)
            if value is not None or cls is None:
                return value
            cls = graph.value(cls, RDFS.subClassOf)
        return None

    for cls in set(graph.subjects(RDFS.subClassOf, None)):
        if not str(cls).startswith(str(KG)):
            continue
        kind = str(cls)[len(str(KG)):]
        obj_role = inherited(cls, KG.objectRole)
        of_role = inherited(cls, KG.ofRole)
        movement = inherited(cls, KG.movement)
        place_role = inherited(cls, KG.placeObjectRole)
        on_role = inherited(cls, KG.onRole)
        poss_role = inherited(cls, KG.possRole)
        classes[kind] = EventClass(
            kind, str(obj_role) if obj_role else "patient",
            str(place_role) if place_role else None,
            str(on_role) if on_role else None,
            str(poss_role) if poss_role else "agent",
            str(of_role) if of_role else "patient",
            bool(movement.toPython()) if isinstance(movement, Literal) else False)
        cues = frozenset(str(c) for c in graph.objects(cls, KG.cueLemma))
        for lemma in graph.objects(cls, KG.cuedNounLemma):
            cued.setdefault(str(lemma), []).append((kind, cues))
        for lemma in graph.objects(cls, KG.verbLemma):
            verbs[str(lemma)] = kind
        for lemma in graph.objects(cls, KG.nounLemma):
            nouns[str(lemma)] = kind
        for lemma in set(graph.objects(cls, KG.triggerLemma)):
            adjectives[str(lemma)] = kind
        weak.update((kind, str(lemma)) for lemma in graph.objects(cls, KG.weakLemma))
        for lemma in graph.objects(cls, KG.forcesVerbLemma):
            forces_verbs[str(lemma)] = kind
        for lemma in graph.objects(cls, KG.negatedVerbLemma):
            negated_verbs[str(lemma)] = kind
    return EventLexicon(classes, verbs, nouns, adjectives, frozenset(weak), forces_verbs,
                        negated_verbs, {k: tuple(v) for k, v in cued.items()})


class _Words:
    def __init__(self) -> None:
        lex = lexicons.load_json("discourse.json")
        self.partitives = frozenset(lex["partitives"])
        self.light_verbs = frozenset(lex["light_verbs"])
        self.object_control = frozenset(lex["object_control"])
        self.countries = lexicons.countries()
        self.force_nouns = frozenset(lexicons.entities()["force_nouns"])
        self.context_nouns = frozenset(lexicons.entities()["org_context_nouns"])


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


@dataclass
class _Draft:
    token: Token
    span: Span
    cls: EventClass
    verbal: bool
    args: list[tuple[str, str]]
    time: TimeExpression | None = None
    id: str = ""
    weak: bool = False

    def has(self, role: str) -> bool:
        return any(r == role for r, _ in self.args)

    def add(self, role: str, key: str | None) -> None:
        if key and (role, key) not in self.args and not any(k == key for _, k in self.args):
            self.args.append((role, key))


def _match_trigger(tok: Token, lex: EventLexicon, table: EntityTable) -> tuple[str, Span] | None:
    """(event kind, trigger span) when ``tok`` triggers an event."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    if tok.pos_ == "VERB":
        for c in tok.children:
            if c.dep_ in ("prt", "prep"):
                kind = lex.verbs.get(f"{lemma} {c.lower_}")
                if kind:
                    return kind, doc[min(tok.i, c.i):max(tok.i, c.i) + 1]
        kind = lex.verbs.get(lemma)
        if kind is None and lemma in lex.forces_verbs and any(
                c.dep_ in ("dobj", "nsubj") and _is_forces(c, table) for c in tok.children):
            kind = lex.forces_verbs[lemma]  # "send troops", not "send a letter"
        if kind is None and lemma in lex.negated_verbs and any(
                c.dep_ == "neg" for c in tok.children):
            kind = lex.negated_verbs[lemma]  # "he did not say how many"
        return (kind, doc[tok.i:tok.i + 1]) if kind else None
    if tok.pos_ in ("NOUN", "PROPN"):
        if _headline_verb(tok, table) and lemma in lex.verbs:
            return lex.verbs[lemma], doc[tok.i:tok.i + 1]
        if table.key_of(tok) is not None or tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
            return None
        if lemma == "order" and tok.head.lower_ == "in":  # "in order to"
            return None
        mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
        if mods:
            kind = lex.nouns.get(f"{mods[0].lemma_.lower()} {lemma}") or \
                lex.nouns.get(f"{mods[0].lower_} {lemma}")
            if kind:
                return kind, doc[mods[0].i:tok.i + 1]
        for cued_kind, cues in lex.cued_nouns.get(lemma, ()):
            if any(t.lemma_.lower() in cues for t in tok.sent):  # "a strike over pay"
                return cued_kind, doc[tok.i:tok.i + 1]
        kind = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_)
        return (kind, doc[tok.i:tok.i + 1]) if kind else None
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        kind = lex.adjectives.get(lemma)
        return (kind, doc[tok.i:tok.i + 1]) if kind else None
    return None


def _is_forces(tok: Token, table: EntityTable) -> bool:
    """Armed forces: a force noun ("troops", "warships") or an entity read as forces."""
    key = table.key_of(tok)
    return tok.lower_ in _words().force_nouns or tok.lemma_.lower() in _words().force_nouns \
        or (key is not None and key.endswith(" forces"))


def _headline_verb(tok: Token, table: EntityTable) -> bool:
    """'Putin orders withdrawal of ...': a headline verb the parser read as a noun compound."""
    if tok.dep_ != "compound" or tok.tag_ not in ("NNS", "VBZ") or tok.i == 0:
        return False
    left = tok.doc[tok.i - 1]
    return table.key_of(left) is not None and left.head.i in (tok.i, tok.head.i) \
        and tok.head.i > tok.i


class _Reader:
    """Reads the arguments of the triggers of one Doc."""

    def __init__(self, doc: Doc, table: EntityTable, roles: list[Role]) -> None:
        self.doc = doc
        self.table = table
        self.words = _words()
        self.holders_country = {
            r.holder: r.organization for r in roles
            if r.organization and r.organization.startswith("Country:")}
        self.drafts: dict[int, _Draft] = {}

    # -- entities -------------------------------------------------------------------
    def _country_mention(self, tok: Token) -> str | None:
        """A demonym modifier ("Russian air strikes") as a mention of its country."""
        country = self.words.countries.demonyms.get(tok.text)
        if not country:
            return None
        return self.table.add(self.doc[tok.i:tok.i + 1], "Country", country,
                              kind="description", key=entity_key("Country", country))

    def _forces_of(self, tok: Token) -> str | None:
        """'its military', 'his troops': forces of the country the possessive names."""
        if tok.lower_ not in self.words.force_nouns and tok.lemma_ not in self.words.force_nouns:
            return None
        for c in tok.children:
            if c.dep_ != "poss":
                continue
            between = tok.doc[c.i + 1:tok.i]
            if any(t.head.i != tok.i and t.head.i != c.i for t in between):
                continue  # "Ethiopia's government and rebel forces": not Ethiopia's forces
            owner = self.table.key_of(c)
            country = None
            if owner and owner.startswith("Country:"):
                country = self.table.name_of(owner)
            elif owner and owner.startswith("Place:"):  # "Moscow's jets"
                country = self.words.countries.capitals.get(self.table.name_of(owner))
            elif owner in self.holders_country:
                country = self.table.name_of(self.holders_country[owner])
            if country:
                adjective = self.words.countries.adjective.get(country, country)
                name = f"{adjective} forces"
                return self.table.add(self.doc[c.i:tok.i + 1], "Group", name,
                                      kind="description", key=entity_key("Group", name))
        return None

    def referents(self, tok: Token, depth: int = 0) -> list[str]:
        """Entity keys or event ids a noun phrase headed by ``tok`` refers to (conjuncts too)."""
        out: list[str] = []
        key = self.table.key_of(tok)
        counted = (tok.lemma_.lower() in self.words.partitives or tok.like_num) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        if tok.i in self.drafts:
            out.append(f"@{tok.i}")
        elif key and not counted:  # "Thousands of Israelis": the Israelis, not a number
            out.append(key)
        else:
            found = self._forces_of(tok)
            if found:
                out.append(found)
            elif counted or tok.lemma_.lower() in self.words.partitives or tok.like_num:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        for p in c.children:
                            if p.dep_ == "pobj":
                                out.extend(self.referents(p, depth + 1))
            else:
                # "the deputy minister, Gennady Gatilov"; "the Hmeimim air base"
                for c in tok.children:
                    if c.dep_ == "appos" and self.table.key_of(c):
                        out.append(self.table.key_of(c))
                        break
                else:
                    for c in tok.children:
                        key = self.table.key_of(c)
                        if c.dep_ in ("compound", "nmod") and key and \
                                self.table.type_of(key) in PLACE_TYPES | {"Organization"}:
                            out.append(key)
                            break
        if depth < 4:
            for c in tok.children:
                if c.dep_ == "conj":
                    out.extend(self.referents(c, depth + 1))
        return list(dict.fromkeys(out))

    def _type(self, key: str) -> str | None:
        return None if key.startswith("@") else self.table.type_of(key)

    # -- arguments ----------------------------------------------------------------------
    def _subject(self, verb: Token, hops: int = 0) -> list[str]:
        """Who does ``verb``: its subject, or its controller's, or its conjunct head's."""
        for c in verb.children:
            if c.dep_ == "nsubj":
                return self.referents(c) or self._state_of(c)
        if hops >= _MAX_HOPS or verb.head.i == verb.i:
            return []
        head = verb.head
        if verb.dep_ == "xcomp":
            raised = [c for c in head.children if c.dep_ == "nsubjpass"]
            if raised:  # "Putin is said to have ordered", "troops are expected to leave"
                return self.referents(raised[0])
            if head.lemma_ in self.words.object_control:
                for c in head.children:
                    if c.dep_ in ("dobj", "dative"):
                        return self.referents(c)
            return self._subject(head, hops + 1)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            return self._subject(head, hops + 1)
        if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN"):
            return self.referents(head)
        return []

    def _preposition(self, d: _Draft, prep: Token, depth: int = 0) -> None:
        word = prep.lower_
        for p in prep.children:
            if p.dep_ != "pobj":
                continue
            found = self.referents(p)
            if not found and (word in _LOCATION_PREPS or word in ("on", "against", "by")) \
                    and depth < 2:
                # "at a market in Kabul", "strikes on positions in Iraq", "by police in
                # Minsk": the place is inside the phrase
                for g in p.children:
                    if g.dep_ == "prep" and g.lower_ in _LOCATION_PREPS:
                        self._preposition(d, g, depth + 1)
            for key in found:
                type_ = self._type(key)
                if key.startswith("@"):
                    if word in _PARTY_PREPS | {"for", "of"} and d.cls.kind != self.drafts[
                            int(key[1:])].cls.kind:
                        d.add("eventObject", key)
                    continue
                if type_ in ("Date", "Quantity", "EventName"):
                    continue
                if word == "from":
                    d.add("origin", key)
                elif word in ("to", "into", "towards", "toward"):
                    d.add("destination" if d.cls.movement else "addressee", key)
                elif word in _PARTY_PREPS:
                    d.add("participant", key)
                elif word in _LOCATION_PREPS and type_ in PLACE_TYPES:
                    d.add("location", key)
                elif word in ("on", "against") and d.cls.on_role:
                    d.add(d.cls.on_role, key)  # "strikes on Aleppo", "sanctions on Iran"
                elif word == "on" and type_ in PLACE_TYPES:
                    d.add("location", key)
                elif word == "by" and type_ in AGENT_TYPES:
                    d.add("agent", key)
                elif word == "of" and not d.verbal:
                    d.add(d.cls.of_role, key)
            if word == "of" and not d.verbal:
                self._object_preps(d, p)

    def _state_of(self, tok: Token) -> list[str]:
        """'Kenyan police', 'Iranian officials': a state acting through its organs."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < tok.i:
                if c.text in self.words.countries.demonyms:
                    key = self._country_mention(c)
                    return [key] if key else []
                key = self.table.key_of(c)
                if key and self._type(key) == "Country":
                    return [key]
                if key and c.dep_ == "poss" and self._type(key) == "Person" and \
                        tok.lemma_.lower() in self.words.context_nouns:
                    return [key]  # "his government", "Biden's administration"
        return []

    def _object(self, d: _Draft, obj: Token, role: str) -> None:
        for key in self.referents(obj):
            if key.startswith("@"):
                d.add("eventObject", key)
            elif self._type(key) not in ("Date", "Quantity"):
                d.add(role, key)
        self._object_preps(d, obj)
        if obj.i not in self.drafts:  # "arrested a leader in Nairobi": where it happened
            for c in obj.children:
                if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS:
                    for p in c.children:
                        for key in self.referents(p) if p.dep_ == "pobj" else ():
                            if self._type(key) in PLACE_TYPES:
                                d.add("location", key)

    def _object_preps(self, d: _Draft, obj: Token) -> None:
        """'withdraw part of the troops from Syria': the parser hangs 'from' on the object."""
        if not d.cls.movement:
            return
        for c in obj.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "to", "into", "out"):
                self._preposition(d, c)

    def read_headline(self, d: _Draft) -> None:
        """'Putin orders withdrawal': agent on the left, object the compound's head."""
        v = d.token
        for key in self.referents(v.doc[v.i - 1]):
            d.add("agent", key)
        self._object(d, v.head, d.cls.object_role)

    def read_verb(self, d: _Draft) -> None:
        v = d.token
        if v.pos_ in ("NOUN", "PROPN"):
            self.read_headline(d)
            return
        clause = v.head if v.pos_ == "ADJ" else v  # "Russia has been present in Syria"
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
        for c in clause.children:
            if c.dep_ == "nsubj":
                agents = self.referents(c) or self._state_of(c)
                for key in agents:
                    if not key.startswith("@") and self._type(key) in AGENT_TYPES:
                        d.add("agent", key)
                if not agents:  # "a court in Moscow sentenced ...": where it happened
                    for g in c.children:
                        if g.dep_ == "prep" and g.lower_ in _LOCATION_PREPS:
                            self._preposition(d, g)
            elif c.dep_ == "nsubjpass":
                self._object(d, c, d.cls.object_role)
            elif c.dep_ == "agent":  # "by police in Minsk": like the preposition "by"
                self._preposition(d, c)
        if not d.has("agent") and not passive:
            for key in self._subject(clause):
                if not key.startswith("@") and self._type(key) in AGENT_TYPES:
                    d.add("agent", key)
        tokens = list(v.children) + ([c for c in clause.children if c.dep_ == "prep"]
                                     if clause is not v else [])
        multi_prep = {t.i for t in d.span if t.i != v.i}
        for c in tokens:
            if c.i in multi_prep:  # "call for X", "call on X": X is the object
                for p in c.children:
                    if p.dep_ == "pobj":
                        self._object(d, p, "patient" if c.lower_ == "for" else d.cls.object_role)
            elif c.dep_ == "dobj":
                role = d.cls.object_role
                if d.cls.place_object_role and any(
                        self._type(k) in PLACE_TYPES for k in self.referents(c)):
                    role = d.cls.place_object_role  # "troops left Afghanistan"
                self._object(d, c, role)
            elif c.dep_ == "dative":
                self._object(d, c, "addressee")
            elif c.dep_ in ("xcomp", "ccomp") and c.i in self.drafts:
                d.add("eventObject", f"@{c.i}")
            elif c.dep_ == "prep":
                self._preposition(d, c)

    def read_noun(self, d: _Draft) -> None:
        n = d.token
        for c in n.children:
            if c.dep_ == "poss":
                for key in self.referents(c):
                    role = d.cls.poss_role
                    if role != "agent" and self._type(key) in PLACE_TYPES:
                        role = "location"  # "South Korea's presidential election"
                    if self._type(key) in AGENT_TYPES | PLACE_TYPES:
                        d.add(role, key)
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < d.span.start:
                if any(h in self.drafts and self.drafts[h].verbal for h in range(c.i + 1, n.i)):
                    continue  # "Putin orders withdrawal": Putin is the order's agent
                key = self.table.key_of(c)
                if c.text in self.words.countries.demonyms:
                    key = self._country_mention(c)
                if key and self._type(key) in AGENT_TYPES:
                    if self._type(key) in ("Place", "Country") and c.text not in \
                            self.words.countries.demonyms:
                        d.add("location", key)  # "the Syria talks"
                    else:
                        d.add("agent", key)
            elif c.dep_ == "prep":
                self._preposition(d, c)
            elif c.dep_ in ("acl", "relcl"):
                for g in c.children:
                    if g.dep_ == "prep":
                        self._preposition(d, g)

    def inherit(self, d: _Draft) -> None:
        """A noun's agent from its verb: light verbs, and events it is the means of."""
        if d.verbal:
            return
        n = d.token
        head = n.head
        if n.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and head.i not in self.drafts:
            # "peace talks resumed in Geneva", "the strikes took place near Homs"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS:
                    self._preposition(d, c)
        if d.has("agent"):
            return
        if n.dep_ in ("dobj", "nsubjpass") and head.lemma_ in self.words.light_verbs \
                and head.i not in self.drafts:
            for key in self._subject(head):
                if not key.startswith("@") and self._type(key) in AGENT_TYPES:
                    d.add("agent", key)
            for c in head.children:  # "keep a presence in X": the verb's preposition
                if c.dep_ == "prep":
                    self._preposition(d, c)
        elif n.dep_ == "pobj" and head.lower_ in ("with", "by", "through", "via") \
                and head.head.i in self.drafts:
            parent = self.drafts[head.head.i]
            for role, key in parent.args:
                if role == "agent":
                    d.add("agent", key)


def _attach_times(drafts: dict[int, _Draft], times: list[tuple[Span, TimeExpression]]) -> None:
    """Give each event the time expression of its clause (the nearest governing trigger)."""
    for span, expr in times:
        _attach_time(drafts, span, expr)
    # "detained the president on Wednesday and announced ...": conjoined verbs share it
    for d in sorted(drafts.values(), key=lambda d: d.token.i):
        head = d.token.head
        if d.time is None and d.verbal and d.token.dep_ == "conj" and head.i in drafts \
                and drafts[head.i].verbal:
            d.time = drafts[head.i].time


#: Sentences after a headline searched for the dates of the events it announces.
LEAD_SENTENCES = 10


def _is_headline(sent: Span) -> bool:
    """A first line without a full stop, followed by a blank line: a headline."""
    text = sent.text.rstrip()
    after = sent.doc[sent.end - 1].text if sent.end > sent.start else ""
    return bool(text) and text[-1] not in ".!?\"'”" and ("\n\n" in sent.text_with_ws[-4:]
                                                       or after.count("\n") >= 2
                                                       or sent.end == len(sent.doc))


def _date_headline(drafts: dict[int, _Draft], table: EntityTable) -> None:
    """Headline events take the date of the same news in the lead paragraph.

    "Putin orders withdrawal of troops from Syria" / "Russia this morning began
    withdrawing its military from Syria, after Putin last night announced ...": the
    headline's withdrawal is dated by the lead's (same kind, a shared argument), its
    order by the lead's dated event with the same agent.
    """
    doc = next(iter(drafts.values())).token.doc if drafts else None
    if doc is None:
        return
    first = next(doc.sents, None)
    if first is None or not _is_headline(first):
        return
    head_index = table.sentence_index(first)
    lead = [d for d in sorted(drafts.values(), key=lambda d: d.token.i)
            if d.time is not None and
            0 < table.sentence_index(d.token) - head_index <= LEAD_SENTENCES]
    for d in drafts.values():
        if d.time is not None or table.sentence_index(d.token) != head_index:
            continue
        mine = {k for _, k in d.args if not k.startswith("@")}
        agents = {k for r, k in d.args if r == "agent"}
        same = [e for e in lead if e.cls.kind == d.cls.kind and
                mine & {k for _, k in e.args}]
        by_agent = [e for e in lead if agents & {k for r, k in e.args if r == "agent"}]
        found = (same or by_agent or [None])[0]
        if found is not None:
            d.time = found.time


def _attach_time(drafts: dict[int, _Draft], span: Span, expr: TimeExpression) -> None:
    """Give the expression to the nearest event its clause hangs from."""
    tok = span.root
    for _ in range(_MAX_HOPS):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.i in drafts:
            if drafts[tok.i].time is None:
                drafts[tok.i].time = expr
            # "ordered the withdrawal on Monday": the parser hangs the date on the
            # object noun; the verb event it is the object of shares it
            head = tok.head
            if not drafts[tok.i].verbal and tok.dep_ == "dobj" and head.i in drafts \
                    and drafts[head.i].time is None:
                drafts[head.i].time = expr
            break
        if tok.pos_ in ("VERB", "AUX"):
            # "began withdrawing", "started the withdrawal": aspectual verb + event
            targets = [c for c in tok.children
                       if c.dep_ in ("xcomp", "dobj", "nsubj", "nsubjpass")]
            if tok.dep_ in ("relcl", "acl"):  # "the withdrawal, which began last week"
                targets.append(tok.head)
            for c in targets:
                if c.i in drafts and drafts[c.i].time is None:
                    drafts[c.i].time = expr
                    break
            break


_ANAPHORIC = frozenset({"the", "this", "that", "its", "his", "her", "their"})


def _unresolved_modifier(d: _Draft, reader: "_Reader") -> bool:
    """'the presence of fundamentalist militias': the noun is specified by something
    that is not an entity of the article, so it may be another event of the kind."""
    for c in d.token.children:
        if c.dep_ in ("prep",) and c.lower_ == "of":
            if not any(reader.referents(p) for p in c.children if p.dep_ == "pobj"):
                return True
        if c.dep_ in ("amod", "compound") and c.i < d.span.start and not c.is_stop \
                and reader.table.key_of(c) is None and c.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _same_events(reader: "_Reader") -> dict[int, str]:
    """Definite noun mentions of an event already read: token index -> the first event's id.

    "Putin ordered the withdrawal ... the withdrawal will not be a complete one": the
    second noun refers back to the nearest earlier event of its kind, unless an argument
    they both have differs or the noun is specified by something else.
    """
    ordered = sorted(reader.drafts.values(), key=lambda d: d.token.i)
    root: dict[int, str] = {}
    out: dict[int, str] = {}
    last: dict[str, _Draft] = {}  # the latest event of each kind so far
    for d in ordered:
        root[d.token.i] = d.id
        prev = last.get(d.cls.kind)
        last[d.cls.kind] = d
        if d.verbal or not any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC
                               for c in d.token.children):
            continue
        if _unresolved_modifier(d, reader):
            continue
        if prev is None:
            continue
        mine, theirs = {}, {}
        for role, key in d.args:
            mine.setdefault(role, set()).add(key)
        for role, key in prev.args:
            theirs.setdefault(role, set()).add(key)
        if any(role in theirs and not keys & theirs[role] for role, keys in mine.items()
               if role != "eventObject"):
            continue
        root[d.token.i] = root[prev.token.i]
        out[d.token.i] = root[prev.token.i]
    return out


def _confidence(d: _Draft) -> float:
    """Trigger strength plus the evidence the parse gave: calibrated on the dev gold set."""
    score = 0.6 if d.verbal else (0.65 if len(d.span) > 1 else 0.55)
    entity_args = [r for r, k in d.args if not k.startswith("@")]
    if any(r == "agent" for r in entity_args):
        score += 0.2
    if len(entity_args) > (1 if d.has("agent") else 0):
        score += 0.1
    if d.has("eventObject"):
        score += 0.05
    if d.time is not None:
        score += 0.05
    if d.weak:  # "a great deal", "a labour strike", "law and order"
        score -= 0.2
    if not d.args and len(d.span) == 1:
        score -= 0.05
    return round(max(0.1, min(score, 0.95)), 2)


def find_events(doc: Doc, table: EntityTable, times: list[tuple[Span, TimeExpression]] = (),
                roles: list[Role] | tuple[Role, ...] = ()) -> list[Event]:
    """Every event of ``doc``, with arguments, time, polarity, modality and confidence."""
    lex = lexicon()
    reader = _Reader(doc, table, list(roles))
    for tok in doc:
        found = _match_trigger(tok, lex, table)
        if found:
            kind, span = found
            verbal = tok.pos_ in ("VERB", "ADJ") or _headline_verb(tok, table)
            weak = len(span) == 1 and (kind, tok.lemma_.lower()) in lex.weak
            reader.drafts[tok.i] = _Draft(tok, span, lex.classes[kind], verbal, [], weak=weak)
    for n, i in enumerate(sorted(reader.drafts)):
        reader.drafts[i].id = f"e{n + 1}"
    for d in reader.drafts.values():
        (reader.read_verb if d.verbal else reader.read_noun)(d)
    for i in sorted(reader.drafts):  # left to right, so parents are read first
        reader.inherit(reader.drafts[i])
    _attach_times(reader.drafts, list(times))
    _date_headline(reader.drafts, table)
    same = _same_events(reader)
    ids = {f"@{i}": d.id for i, d in reader.drafts.items()}
    out = []
    for i in sorted(reader.drafts):
        d = reader.drafts[i]
        mod = modality.of_token(d.token)
        args = tuple((role, ids.get(key, key)) for role, key in d.args
                     if ids.get(key, key) != d.id)
        out.append(Event(
            id=d.id, kind=d.cls.kind, trigger=d.span.text, start=d.span.start_char,
            end=d.span.end_char, sentence=table.sentence_index(d.token),
            confidence=_confidence(d), arguments=args, time=d.time,
            polarity=mod.polarity, modality=mod.modality, same_as=same.get(i)))
    return out
