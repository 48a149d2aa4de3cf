"""Predications -> ``kg.model`` events and facts, with nodes, mood, time and confidence.

Every predicate the reader found becomes an ``Event`` (its kind from the sense, else
the generic ``kg:Event``) when it has a core argument node or a curated kind, with its
arguments by role, the time of its clause, its polarity and modality (one source:
``kg.extract.modality``) and its frame. A predicate with an agent and an object also
becomes a ``Relation``: the sense's property, or ``kg:relatedBy`` with the lemma when
the sense names none — never a property of another sense. Facts carry the resolved
time of their clause.

Also here: definite event nouns that refer back to an earlier event of their kind
(``Event.same_as``), headline events dated by the lead, and the one structural fact
that is no predicate, a facility located in a place ("air base Hmeimim (near
Lattakia)").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.extract import attribution, confidence, modality
from kg.extract.time import year_modified_noun
from kg.extract.frames import Lexicon, lexicon
from kg.extract.nodes import Node, Nodes, organisation_nouns
from kg.extract.predicates import Predication
from kg.extract.relation_nouns import relation_nouns
from kg.extract.table import EntityTable, is_headline
from kg.extract.triggers import word_lists
from kg.model import Claim, Event, Relation, Role, TimeExpression

FALLBACK = "relatedBy"
#: Roles that make a predicate a fact (the guidelines: an agent or a patient).
CORE_ROLES = ("agent", "patient", "eventObject", "recipient", "addressee", "participant",
              "origin", "destination", "location")
#: Roles that say who did it or to what: a reading kept below the fact threshold loses them.
PARTICIPANT_ROLES = frozenset({"agent", "recipient", *confidence.OBJECT_ROLES})
_MAX_TEXT_TOKENS = 25
_MAX_HOPS = 6
#: Sentences after a headline searched for the dates of the events it announces.
LEAD_SENTENCES = 10
_ANAPHORIC = frozenset({"the", "this", "that", "its", "his", "her", "their"})
_PLACE_ROLES = frozenset({"location", "destination", "origin"})
_PARTICIPLE_CAUSATIVES = frozenset({"have", "get"})


@dataclass
class _Draft:
    p: Predication
    id: str = ""
    args: list[tuple[str, Node]] = field(default_factory=list)
    time: TimeExpression | None = None
    #: argument heads that gave a node (a relative or partitive pronoun gives its
    #: antecedent's: "which Iowa uses", "some of the supporters")
    filled: set[int] = field(default_factory=set)
    #: roles a reflexive object fills with the agent's own node ("devoted himself")
    reflexive: set[str] = field(default_factory=set)

    @property
    def verbal(self) -> bool:
        return self.p.pos != "noun"

    def keys(self, role: str | None = None) -> list[str]:
        return [n.key for r, n in self.args if n.key and (role is None or r == role)]


@dataclass(frozen=True)
class Built:
    """The events and facts of one article, and the features each event was read with
    (``kg.extract.confidence``), by event id."""

    events: list[Event]
    relations: list[Relation]
    features: dict[str, confidence.Features]


def build(doc: Doc, table: EntityTable, predications: list[Predication],
          times: list[tuple[Span, TimeExpression]], roles: list[Role] | tuple[Role, ...] = (),
          claims: list[Claim] | tuple[Claim, ...] = (), threshold: float | None = None
          ) -> Built:
    """Events and facts of ``doc`` from its predications, with calibrated confidences.

    A predication with participants whose fact confidence is below ``threshold`` (default:
    the calibrated one of ``kg/data/extract/confidence.json``) is no fact: it gives no
    ``Relation``, and its event is kept without participants (kind, trigger, time and
    place, with the confidence that the predicate alone is right) when it has a curated
    kind or an emitted event refers to it, else it is not emitted."""
    cal = confidence.calibration()
    threshold = cal.fact_threshold if threshold is None else threshold
    lex = lexicon()
    nodes = Nodes(doc, table, roles, set())
    # a noun PropBank lists ("production", "building") is an event only with its own
    # "of"/"by" participants, carried by a light verb, or of a curated kind; otherwise
    # it is a plain participant
    drafts = {p.token.i: _Draft(p) for p in predications if p.pos != "noun" or p.sense.kind
              or p.light is not None or any(a.how == "prep" and a.role in CORE_ROLES[:6]
                                            for a in p.args) or _owned_act(p, table)}
    # first every argument that is no event, then which predicates are events at all
    for d in drafts.values():
        for a in d.p.args:
            if a.token.i in drafts:
                continue  # an event, or (dropped) its phrase: below
            for node in nodes.of(a.token, events=False):
                if a.how == "relative" and node.token is not None and \
                        a.token.i < d.p.token.i < node.token.i:
                    # "mAb114, now produced by Ridgeback; and REGN-EB3": a conjunct after
                    # the clause on its antecedent is no part of that antecedent
                    continue
                d.args.append((a.role, node))
                d.filled.add(a.token.i)
        _reflexive_objects(d, nodes)
    # a direct question asserts nothing ("How did you grow the site?"): no fact, no event
    # (an image's caption is dropped before, kg.extract.captions)
    drafts = {i: d for i, d in drafts.items() if not modality.asks(d.p.token, table)}
    # nor does an embedded wh-question ("we don't know which mass is creating this
    # structure"): at volume such facts were wrong far more often than right
    drafts = {i: d for i, d in drafts.items()
              if not (d.p.pos != "noun" and modality.in_indirect_question(d.p.token, table))}
    kept = {i: d for i, d in drafts.items() if _is_fact(d) and not _unresolved(d)}
    # an object that is itself a predicate is the event (or, dropped, its phrase's node)
    changed = True
    while changed:  # a predicate kept only through its event object may keep its governor
        changed = False
        for i, d in drafts.items():
            for a in d.p.args:
                if a.token.i not in drafts or \
                        a.role not in ("eventObject", "patient", "instrument"):
                    continue
                for act in _joined_acts(a.token, drafts, table):
                    if act.i in kept and not any(n.event == act.i for _, n in d.args):
                        role = "instrument" if a.role == "instrument" else "eventObject"
                        d.args.append((role, Node(event=act.i, token=act)))
                        if i not in kept and _is_fact(d) and not _unresolved(d):
                            kept[i] = d
                            changed = True
    for d in kept.values():
        for a in d.p.args:
            if a.token.i in kept and a.role not in ("eventObject", "patient", "instrument"):
                # "the decision surprised many": the event is the agent
                d.args.append((a.role, Node(event=a.token.i, token=a.token)))
                continue
            if a.token.i in drafts and a.token.i not in kept and a.role != "eventObject":
                for node in nodes.of(a.token, events=False):
                    if not any(n.key == node.key for _, n in d.args):
                        d.args.append((a.role, node))
    for n, i in enumerate(sorted(kept)):
        kept[i].id = f"e{n + 1}"
    _borrow_addressees(kept)
    loose = _attach_times(kept, times)
    _date_headline(kept, table, loose)
    same = _same_events(kept, nodes)
    ids = {i: d.id for i, d in kept.items()}
    # how sure each reading is, and which are facts to emit
    moods = {i: modality.of_token(d.p.token, table) for i, d in kept.items()}
    features: dict[str, confidence.Features] = {}
    sure: dict[int, float] = {}  # fact confidence of the emitted facts
    unsure: dict[int, float] = {}  # predicate confidence of the rest
    for i, d in kept.items():
        span = d.p.span
        f = confidence.fact_features(
            d.p, d.args, table, moods[i].polarity, moods[i].modality,
            attribution.inside_claim(list(claims), span.start_char, span.end_char),
            _curated(d.p, lex), d.p.lemma in lex.speech or d.p.lemma in lex.attitude)
        features[d.id] = f
        if _participants(d):
            fact = cal.facts.probability(f)
            if fact >= threshold:
                sure[i] = fact
                continue
        unsure[i] = cal.predicates.probability(f)
    # a reading below the threshold stays an event when its kind says something or an
    # emitted event refers to it (without its participants: they are what is unsure)
    emitted = set(sure) | {i for i in unsure if kept[i].p.sense.kind}
    todo = list(emitted)
    while todo:
        i = todo.pop()
        for role, node in kept[i].args:
            # a reference that stays: any of an emitted fact's, a kept event's other roles
            # ("killed in an airstrike": the instrument)
            if node.event is not None and node.event in kept and node.event not in emitted \
                    and (i in sure or role not in PARTICIPANT_ROLES):
                emitted.add(node.event)
                todo.append(node.event)
    events: list[Event] = []
    relations: list[Relation] = []
    emitted_ids = {ids[j] for j in emitted}
    for i in sorted(emitted):
        d = kept[i]
        mood = moods[i]
        args = _arguments(d, ids, emitted)
        if i not in sure:
            args = tuple((r, k) for r, k in args if r not in PARTICIPANT_ROLES)
        sense = d.p.sense
        events.append(Event(
            id=d.id, kind=sense.kind or "Event", trigger=table.text_of(d.p.span),
            start=d.p.span.start_char, end=d.p.span.end_char,
            sentence=table.sentence_index(d.p.token),
            confidence=round(sure.get(i, unsure.get(i, 0.0)), 3),
            arguments=args, time=d.time, polarity=mood.polarity, modality=mood.modality,
            same_as=same.get(i) if same.get(i) in emitted_ids else None,
            frame=sense.frame))
        if i in sure:
            relations += _relations(d, ids, mood, table, doc, sure[i])
    relations += [r for r in facility_locations(doc, table) if r.confidence >= threshold]
    relations += [r for r in relation_nouns(doc, table) if r.confidence >= threshold]
    return Built(events, _dedupe(relations), features)


def _owned_act(p: Predication, table: EntityTable) -> bool:
    """'his retirement', 'Sanders' exit', 'her campaign': a person's own act, named by
    the possessive of a PropBank nominal; so is one done to the person, named by one of
    ``undergone_nouns`` ('Soleimani's burial', 'his confirmation')."""
    undergone = [table.key_of(a.token) for a in p.args if a.how == "nominal" and
                 a.role == "patient" and a.token.dep_ == "poss"] \
        if p.token.lemma_.lower() in word_lists().undergone_nouns else []
    if any(k is not None and table.type_of(k) == "Person" for k in undergone):
        return True
    keys = [table.key_of(a.token) for a in p.args if a.how == "nominal" and
            a.role == "agent" and a.token.dep_ == "poss"]
    return any(k is not None and (table.type_of(k) == "Person" or (
        # "the Supreme Court's ruling", "Iran's response": a body's or country's act,
        # when the noun names no body itself ("the state's government")
        table.type_of(k) in ("Organization", "Country") and
        p.token.lemma_.lower() not in organisation_nouns())) for k in keys)


def _curated(p: Predication, lex: Lexicon) -> bool:
    """Whether the predicate's word has curated readings (not only PropBank's first)."""
    words = lex.nouns if p.pos == "noun" else lex.adjectives if p.pos == "adjective" \
        else lex.verbs
    return p.lemma in words or lex.sense(p.sense.frame) is not None and bool(
        p.sense.kind or p.sense.property)


def _participants(d: _Draft) -> bool:
    """Whether a reading says who did it or to what: an agent or an object."""
    return any(r in PARTICIPANT_ROLES and (n.key or n.event is not None) for r, n in d.args)


def _borrow_addressees(kept: dict[int, _Draft]) -> None:
    """'conveyed by Erdogan in a phone call to al-Abadi': a communication without an
    addressee of its own reaches the one of the call it was made in."""
    for d in kept.values():
        if d.p.sense.object != "addressee" or any(r == "addressee" for r, _ in d.args):
            continue
        for _, node in list(d.args):
            inner = kept.get(node.event) if node.event is not None else None
            if inner is not None and inner.p.sense.object == "addressee":
                d.args += [(r, n) for r, n in inner.args if r == "addressee"]


def _unresolved(d: _Draft) -> bool:
    """A generic fact whose agent or patient is a pronoun of one person coreference could
    not resolve ("he fired the manager"): kg cannot say who, and an empty slot would say
    no one (an unresolved "we", "they", "it" is a node of its own: ``kg.extract.nodes``)."""
    if d.p.sense.kind:
        return False
    filled = {n.token.i for _, n in d.args if n.token is not None} | d.filled
    return any(a.role in ("agent", "patient") and a.token.pos_ == "PRON"
               and a.token.i not in filled for a in d.p.args)


def _reflexive_objects(d: _Draft, nodes: Nodes) -> None:
    """The roles of the draft's reflexive objects ("he devoted himself", "Ford announced
    investigating itself"): coreference gives the pronoun its agent's node, which the
    fact keeps in that role too, as the gold guidelines resolve it."""
    reflexives = [a for a in d.p.args if a.token.dep_ == "dobj"
                  and a.token.lower_ in nodes.words.reflexives and a.role != "agent"]
    d.reflexive |= {a.role for a in reflexives}
    agent = next((n for r, n in d.args if r == "agent" and n.key is not None), None)
    for a in reflexives:
        if a.token.i not in d.filled and agent is not None:
            # "A suicide bomber blew himself up": coreference resolves a reflexive to a
            # name only, and "himself" is no node of its own; an unnamed agent's is that
            # description's node too ("themselves", "itself" keep the node of their own
            # mention, which the guidelines give as written)
            d.args.append((a.role, agent))
            d.filled.add(a.token.i)
            table = nodes.table
            if table.mention_kind(agent.key, a.token) is None:  # how the text names it
                table.add(a.token.doc[a.token.i:a.token.i + 1], table.type_of(agent.key),
                          table.name_of(agent.key), kind="pronoun", key=agent.key)


def _joined_acts(obj: Token, drafts: dict[int, _Draft], table: EntityTable) -> list[Token]:
    """An event object and the acts joined to it ("vowed to capture the city and kill
    the governor", "demanded dissolving Parliament and appointing a committee", "ordered
    the withdrawal and the return of the troops"): each is what the governing predicate
    is about. A joined verb with a subject of its own is a clause of its own ("said the
    army withdrew and the rebels advanced" is read by the claim), and one of another form
    is no part of the same object ("decided to stay, and left")."""
    acts = [obj]
    for c in obj.conjuncts:
        if c.i < obj.i or c.i not in drafts or c.pos_ != obj.pos_ or \
                obj.pos_ in ("VERB", "AUX") and (c.tag_ != obj.tag_ or any(
                    g.dep_ in ("nsubj", "nsubjpass", "expl") for g in table.children(c))):
            continue
        acts.append(c)
    return acts


def _is_fact(d: _Draft) -> bool:
    """A curated event kind always; any other predicate only with a core node."""
    if d.p.sense.kind:
        return True
    core = [n for r, n in d.args if r in CORE_ROLES[:6] and (n.key or n.event is not None)]
    return bool(core)


def _arguments(d: _Draft, ids: dict[int, str], emitted: set[int]
               ) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for role, node in d.args:
        if node.event is not None and node.event not in emitted:
            continue
        key = ids.get(node.event) if node.event is not None else node.key
        if key is None or key == d.id or any(k == key and (role not in d.reflexive or r == role)
                                             for r, k in out):
            continue  # one role a node, but a reflexive object's (its agent's own node)
        out.append((role, key))
    return tuple(out)


def _relations(d: _Draft, ids: dict[int, str], mood: modality.Mood, table: EntityTable,
               doc: Doc, sure: float) -> list[Relation]:
    """The facts of an emitted reading, each with the reading's fact confidence."""
    sense = d.p.sense
    agents = [(n, r) for r, n in d.args if r == sense.subject and n.key]
    if not agents:
        return []
    wanted = [sense.object] if sense.object else ["patient", "eventObject"]
    if sense.object == "addressee":
        wanted += ["patient", "eventObject"]  # "asked for a 30-year term"
    if sense.kind == "Withdrawal":
        wanted += ["origin"]  # "NATO pulled out of Kabul"
    elif sense.kind == "Deployment":
        wanted += ["destination"]
    if sense.object is None and sense.kind is None:
        wanted += ["recipient"]
    objects = []
    for role in wanted:
        objects = [n for r, n in d.args if r == role and (
            not sense.object_types or (n.key and table.type_of(n.key) in sense.object_types))]
        if objects:
            break
    if not objects:
        return []
    if role in _PLACE_ROLES and d.verbal:
        after = [n for n in objects if n.token is not None and n.token.i > d.p.token.i]
        if after:
            # "In Greater Melbourne at the 2016 census, 63.3% of residents were born in
            # Australia": a place fronted before the clause is its scene; the place the
            # verb's own phrase names is where it happened
            objects = [n for n in objects if n in after or n.token is None]
    if sense.object == "destination" and all(n.key and table.is_description(n.key)
                                             for n in objects):
        # "visited evacuation centres in Tuguegarao City": the named place is visited too
        objects += [n for r, n in d.args if r == "location" and n.key]
    prop = sense.property or FALLBACK
    out = []
    sentence = table.sentence_index(d.p.token)
    for subj, _ in agents:
        for obj in objects:
            obj_key = obj.key
            obj_event = ids.get(obj.event) if obj.event is not None else None
            if obj_key is None and obj_event is None:
                continue
            if obj_key is not None and obj_key == subj.key:
                continue
            if sense.identified and "bare_pronoun" in (confidence.node_kind(subj, table),
                                                       confidence.node_kind(obj, table)):
                continue
            text = _text_of(obj.token, d.p.token if d.p.headline else None) \
                if obj_event is not None and obj.token is not None else None
            start, end = _evidence(d, subj, obj, doc, table)
            out.append(Relation(
                subject=subj.key, predicate=prop, obj=obj_key, sentence=sentence,
                start=start, end=end, confidence=round(sure, 3),
                lemma=d.p.lemma, obj_text=text, obj_event=obj_event,
                polarity=mood.polarity, modality=mood.modality, time=d.time,
                frame=sense.frame))
    return out


def _dedupe(relations: list[Relation]) -> list[Relation]:
    found: dict[tuple, Relation] = {}
    for r in relations:
        ident = (r.subject, r.predicate, r.obj or r.obj_event or r.obj_text, r.sentence)
        if ident not in found or found[ident].confidence < r.confidence:
            found[ident] = r
    return sorted(found.values(), key=lambda r: (r.start, r.end, r.predicate))


def _text_of(tok: Token, after: Token | None = None) -> str:
    """The phrase ``tok`` heads (after ``after``), trimmed: a fact's object as text."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if after is not None and lo <= after.i:
        lo = after.i + 1
    if tok.pos_ in ("NOUN", "PROPN", "PRON"):
        for child in tok.rights:  # one conjunct only
            if child.dep_ in ("cc", "conj"):
                hi = child.i - 1
                break
    hi = min(hi, lo + _MAX_TEXT_TOKENS - 1)
    while lo < hi and (doc[lo].is_space or doc[lo].dep_ == "mark"
                       or doc[lo].is_punct and not doc[lo].is_quote):
        lo += 1
    while hi > lo and (doc[hi].is_space or doc[hi].dep_ == "cc"
                       or doc[hi].is_punct and not doc[hi].is_quote):
        hi -= 1
    if sum(t.is_quote for t in doc[lo:hi + 1]) % 2:  # keep quotes only in pairs
        if doc[lo].is_quote and lo < hi:
            lo += 1
        elif doc[hi].is_quote and hi > lo:
            hi -= 1
    return doc[lo:hi + 1].text


def _evidence(d: _Draft, subj: Node, obj: Node, doc: Doc, table: EntityTable
              ) -> tuple[int, int]:
    """Character span of the fact: the predicate, its subject and object, in one sentence."""
    tok = d.p.token
    start, end = table.sentence_bounds(tok)  # (no Span of the sentence: only its bounds)
    idx = [d.p.span.start, d.p.span.end - 1]
    for node in (subj, obj):
        if node.token is not None and start <= node.token.i < end:
            t = node.token
            idx += [t.left_edge.i, t.i]
            if node.event is not None:
                idx.append(min(t.right_edge.i, t.i + _MAX_TEXT_TOKENS))
    lo, hi = max(min(idx), start), min(max(idx), end - 1)
    tokens = table.tokens
    while hi > lo and (tokens[hi].is_space or tokens[hi].is_punct and
                       tokens[hi].text not in ")\"”'"):
        hi -= 1
    while lo < hi and (tokens[lo].is_space or tokens[lo].is_punct and
                       tokens[lo].text not in "(\"“'"):
        lo += 1
    return table.tokens[lo].idx, table.tokens[hi].idx + len(table.tokens[hi])


# -- time --------------------------------------------------------------------------------------
def _attach_times(drafts: dict[int, _Draft], times: list[tuple[Span, TimeExpression]]
                  ) -> list[tuple[Token, TimeExpression]]:
    """Give each event the time expression of its clause (the nearest governing predicate);
    return the times of verbs that are no events ("last night announced")."""
    loose = []
    # nearest first: a time hung on the clause's verb dates it before one inside a phrase
    # the clause holds ("Despite signs of recovery on Sunday, he suffered a cardiac arrest
    # on Monday": Monday)
    for span, expr in sorted(times, key=lambda t: _hops_to_predicate(t[0], drafts)):
        verb = _attach_time(drafts, span, expr)
        if verb is not None and all(v.i != verb.i for v, _ in loose):
            loose.append((verb, expr))  # (the nearest only)
    _date_time_relatives(drafts, times)
    # "detained the president on Wednesday and announced ...": conjoined verbs share it
    for d in sorted(drafts.values(), key=lambda d: d.p.token.i):
        head = d.p.token.head
        if d.time is None and d.verbal and d.p.token.dep_ == "conj" and head.i in drafts \
                and drafts[head.i].verbal and _forms_agree(d.p.token, head):
            d.time = drafts[head.i].time
    # a noun an ordered/announced clause is about takes that clause's time when it has none
    for d in sorted(drafts.values(), key=lambda d: d.p.token.i):
        if d.time is None and not d.verbal and d.p.light is not None and \
                d.p.light.i in drafts:
            d.time = drafts[d.p.light.i].time
    _carry_times(drafts, loose)
    return loose


#: Verbs of a deed's onset, which is when they are ("began to stab people").
_ONSETS = frozenset({"begin", "start", "commence"})


def _carry_times(drafts: dict[int, _Draft], loose: list[tuple[Token, TimeExpression]]) -> None:
    """A clause with no time of its own that elaborates its governing clause takes that
    clause's resolved time: an absolute "with" clause ("resumed on Wednesday, with bodies
    recovered"), a bare participle ("reached the Bahamas today, making landfall"), a purpose
    clause ("held an election on Monday to select") and a "to" complement ("voted on Tuesday
    to elect"), a "when" clause of the same tense ("were killed yesterday when a bomber
    crashed"). A clause with still no time takes that of the dated event noun it took place in
    (``_occasion_time``) or, as a past relative clause on it, did (``_done_by_dated_event``),
    or that is its subject (``_by_dated_subject``). A time of the clause's own, attached
    earlier, stays."""
    at = {verb.i: expr for verb, expr in loose}  # verbs that are no events keep theirs here
    at.update({i: d.time for i, d in drafts.items() if d.time is not None})
    for d in sorted(drafts.values(), key=lambda d: d.p.token.i):
        # an event noun of a light verb ("making landfall") is dated through the verb
        tok = d.p.light if d.p.light is not None and not d.verbal else d.p.token
        governor = _elaborated(tok)
        for _ in range(2):
            # through verbs that are no events ("tried to have Waseem released": have, tried)
            if governor is None or governor.i in at or governor.i in drafts:
                break
            if governor.dep_ == "conj" and governor.lemma_.lower() in _ONSETS and \
                    governor.head.i in at and governor.head.pos_ in ("VERB", "AUX") and \
                    _forms_agree(governor, governor.head):
                # "ran outside with it and began to stab people": the onset of a deed
                # joined to a dated verb is then (not "went on to start his own practice",
                # "retired in 1982 but continued to work": later)
                governor = governor.head
                break
            governor = _elaborated(governor)
        if d.time is None and governor is not None and governor.i in at:
            d.time = at[governor.i]
        if d.time is None and d.verbal:
            d.time = _occasion_time(drafts, tok) or _done_by_dated_event(drafts, tok) or \
                _by_dated_subject(drafts, tok)
    _from_when_clauses(drafts, at)
    _share_with_conjuncts(drafts, at)


def _from_when_clauses(drafts: dict[int, _Draft], at: dict[int, TimeExpression]) -> None:
    """A clause with no time of its own takes that of its "when" or "while" clause of the
    same tense: "Johnson first entered politics when elected in 2001" (the same moment, as
    ``_elaborated`` reads it the other way round: "were killed yesterday when a bomber
    crashed"), also one the parser hung on its last conjunct ("were killed and 30
    wounded when a car bomb exploded on Sunday")."""
    at.update({i: d.time for i, d in drafts.items() if d.time is not None})
    for d in sorted(drafts.values(), key=lambda d: d.p.token.i):
        tok = d.p.token
        if d.time is not None or not d.verbal:
            continue
        # its own, or one after the last of its conjuncts ("At least 12 people were killed
        # and 30 wounded when a car bomb exploded in Kabul on Sunday": both, when it did)
        holders = [tok] + [c for c in tok.children if c.dep_ == "conj" and c.i > tok.i]
        when = next((c for h in holders for c in h.children if c.dep_ == "advcl" and
                     c.i in at and _simultaneous(c) and (h is tok or c.i > h.i) and
                     modality.clause_tense(c) == modality.clause_tense(tok)), None)
        if when is not None:
            d.time = at[when.i]


def _share_with_conjuncts(drafts: dict[int, _Draft], at: dict[int, TimeExpression]) -> None:
    """A verb conjoined to a dated verb of the same tense shares its time once every clause
    has its own or carried one: "observing the rescue and visiting the wounded" (the first
    dated by "flew ... on Monday"), "took control of Iran and captured the embassy" (a light
    verb, dated through its noun), "the storm was 90 miles off and moving" (a verb that is
    no event). A base-form head ("to suggest designs and determine", "come in Tuesday and
    pick") is a purpose, a habit or an order, no dated deed to share."""
    at.update({i: d.time for i, d in drafts.items() if d.time is not None})
    at.update({d.p.light.i: d.time for d in drafts.values()
               if d.time is not None and not d.verbal and d.p.light is not None})
    for d in sorted(drafts.values(), key=lambda d: d.p.token.i):
        tok, head = d.p.token, d.p.token.head
        if d.time is None and d.verbal and tok.dep_ == "conj" and head.i in at and \
                head.pos_ in ("VERB", "AUX") and head.tag_ != "VB" and \
                modality.clause_tense(tok) == modality.clause_tense(head) and \
                _forms_agree(tok, head):
            d.time = at[head.i]
            at[tok.i] = d.time


_FINITE = {"VBD": "past", "VBP": "present", "VBZ": "present"}


def _forms_agree(conjunct: Token, head: Token) -> bool:
    """Whether a conjunct's verb form fits its head's: a bare base form with no auxiliary of
    its own ("announced the start of a process to suggest designs, and determine whether")
    or a present beside a past ("delivered a speech and a fireworks show") is the parser
    joining an infinitive or a noun to the head, no second deed of that time."""
    if conjunct.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in conjunct.children):
        return False
    mine, its = _FINITE.get(conjunct.tag_), _FINITE.get(head.tag_)
    return mine is None or its is None or mine == its


def _date_time_relatives(drafts: dict[int, _Draft], times: list[tuple[Span, TimeExpression]]
                         ) -> None:
    """A relative clause on a time expression ("yesterday, when a bomber crashed", "in 2016,
    when ...") happened at that time: its verb takes the expression when it has none. Any other
    relative clause keeps its own time (or none): it is another event than its head's clause."""
    for span, expr in times:
        for tok in span:
            for c in tok.children:
                if c.dep_ == "relcl" and c.i in drafts and drafts[c.i].verbal and \
                        drafts[c.i].time is None:
                    drafts[c.i].time = expr


def _done_by_dated_event(drafts: dict[int, _Draft], tok: Token) -> TimeExpression | None:
    """The time of a dated event noun a past relative clause says what it did ("the attack on
    Tuesday that killed five"): the relative pronoun is the clause's subject, so the clause is
    the noun's own deed at its time."""
    head = drafts.get(tok.head.i)
    if tok.dep_ != "relcl" or head is None or head.verbal or head.time is None:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children):
        return None
    return head.time if modality.clause_tense(tok) == "past" else None


def _by_dated_subject(drafts: dict[int, _Draft], tok: Token) -> TimeExpression | None:
    """The time of a dated event noun that is the clause's subject: "The attack on Monday
    killed five people" (what the attack did, it did then)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    d = drafts.get(subject.i) if subject is not None else None
    return d.time if d is not None and not d.verbal else None


def _occasion_time(drafts: dict[int, _Draft], tok: Token) -> TimeExpression | None:
    """The time of the dated event noun ``tok``'s clause took place in or during ("were wounded
    in the 2015 attack", "injured in a bombing that happened on June 27")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in word_lists().within_preps:
            continue
        for obj in prep.children:
            d = drafts.get(obj.i)
            if obj.dep_ == "pobj" and d is not None and not d.verbal and d.time is not None:
                return d.time
    return None


def _elaborated(tok: Token) -> Token | None:
    """The verb whose clause ``tok``'s clause elaborates at the same time, if any."""
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "pcomp" and head.lower_ == "with" and head.dep_ == "prep" and \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        governor = head.head  # "with X doing": an absolute clause has its own subject
    elif tok.dep_ in ("advcl", "xcomp") or tok.dep_ == "ccomp" and \
            head.lemma_.lower() in word_lists().realized_causatives:
        governor = head
    else:
        return None
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    to = any(c.tag_ == "TO" for c in tok.children)
    # "to have killed": a perfect infinitive places the event before the governing time
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
    # a subordinator, an auxiliary or a subject of its own make an adverbial clause a
    # separate event ("after being diagnosed", "when a bomber crashed")
    own = any(c.dep_ in ("mark", "aux", "auxpass", "nsubj", "nsubjpass") and c.tag_ != "TO"
              for c in tok.children)
    if tok.dep_ == "pcomp":
        return governor
    if tok.dep_ == "advcl" and _simultaneous(tok) and \
            modality.clause_tense(tok) == modality.clause_tense(governor):
        return governor  # "were killed yesterday when a bomber crashed": the same moment
    if tok.dep_ == "advcl" and not own and (tok.tag_ == "VBG" or to):
        return governor  # a bare participle or a purpose clause
    if tok.dep_ == "xcomp" and to and not perfect:
        return governor
    if tok.dep_ == "ccomp" and not perfect and (
            tok.tag_ == "VBN" or governor.lemma_.lower() not in _PARTICIPLE_CAUSATIVES):
        # (a causative's, chosen above) "caused a crane to fall", "had Waseem released":
        # made to happen ("have people coming to you" is had, not made: "have" and "get"
        # cause a participle only)
        return governor
    return None


def _simultaneous(clause: Token) -> bool:
    """Whether an adverbial clause opens with a subordinator of the same time ("when")."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in word_lists().simultaneous and
               c.i < clause.i for c in clause.children)


def _heads_up(span: Span) -> Iterator[Token]:
    """The heads above a time expression, nearest first, at most ``_MAX_HOPS``: where
    ``_attach_time`` looks for the event or verb it dates."""
    tok = span.root
    for _ in range(_MAX_HOPS):
        if tok.head.i == tok.i:
            return
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN") and \
                tok.ent_type_ not in ("DATE", "TIME"):
            # "the AIP, the same party that nominated ... Trump in 2016, nominated a
            # candidate": a time inside an apposition is said of what it describes,
            # never the clause its noun phrase is in (a time's own apposition is one
            # time: "5:03 AM, February 10, 2019")
            return
        tok = tok.head
        yield tok


def _hops_to_predicate(span: Span, drafts: dict[int, _Draft]) -> int:
    """How many heads up from a time expression its event or verb is."""
    return next((hops for hops, tok in enumerate(_heads_up(span))
                 if tok.i in drafts or tok.pos_ in ("VERB", "AUX")), _MAX_HOPS)


def _attach_time(drafts: dict[int, _Draft], span: Span, expr: TimeExpression
                 ) -> Token | None:
    noun = year_modified_noun(span, expr)
    if noun is not None:
        # "the 2020 election", "a 2020 candidate": the year dates the noun's own event at
        # most, never the clause the noun phrase is in
        if noun.i in drafts and drafts[noun.i].time is None:
            drafts[noun.i].time = expr
        return None
    for tok in _heads_up(span):
        if tok.i in drafts:
            d = drafts[tok.i]
            if d.time is None:
                d.time = expr
            if d.verbal and (d.p.lemma in lexicon().aspectual or
                             d.p.lemma in word_lists().occurrence):
                # "the withdrawal, which began last week", "a bombing that happened on June
                # 27": what began or took place is dated by it too
                for c in [*tok.children, tok.head]:
                    if (c.dep_ in ("nsubj", "nsubjpass") and c.head.i == tok.i or
                            c.i == tok.head.i and tok.dep_ in ("relcl", "acl")) and \
                            c.i in drafts and drafts[c.i].time is None:
                        drafts[c.i].time = expr
            # "ordered the withdrawal on Monday": the parser hangs the date on the object
            # noun; the verb event it is the object of shares it
            head = tok.head
            if not d.verbal and tok.dep_ == "dobj" and head.i in drafts \
                    and drafts[head.i].time is None:
                drafts[head.i].time = expr
            break
        if tok.pos_ in ("VERB", "AUX"):
            # "began withdrawing", "started the withdrawal", "took a lead": the verb that
            # carries the event
            targets = [c for c in tok.children
                       if c.dep_ in ("xcomp", "dobj", "nsubj", "nsubjpass")]
            if tok.dep_ in ("relcl", "acl"):  # "the withdrawal, which began last week"
                targets.append(tok.head)
            for c in targets:
                if c.i in drafts and drafts[c.i].time is None:
                    drafts[c.i].time = expr
                    break
            return tok  # said or done then, by the verb's subject (headline dating)
    return None


def _date_headline(drafts: dict[int, _Draft], table: EntityTable,
                   loose: list[tuple[Token, TimeExpression]] = ()) -> None:
    """Headline events take the date of the same news in the lead paragraph: the same kind
    with a shared argument, else a dated event of the same agent."""
    if not drafts:
        return
    doc = next(iter(drafts.values())).p.token.doc
    first = next(doc.sents, None)
    if first is None or not is_headline(first):
        return
    head_index = table.sentence_index(first)
    lead = [d for d in sorted(drafts.values(), key=lambda d: d.p.token.i)
            if d.time is not None and
            0 < table.sentence_index(d.p.token) - head_index <= LEAD_SENTENCES]
    for d in drafts.values():
        if d.time is not None or table.sentence_index(d.p.token) != head_index:
            continue
        mine = set(d.keys())
        agents = set(d.keys("agent"))
        same = [e for e in lead if e.p.sense.kind == d.p.sense.kind and mine & set(e.keys())]
        by_agent = [e for e in lead if agents & set(e.keys("agent"))]
        found = (same or by_agent or [None])[0]
        if found is not None:
            d.time = found.time
            continue
        for verb, expr in loose:  # "... after Putin last night announced": said when
            if 0 < table.sentence_index(verb) - head_index <= LEAD_SENTENCES and any(
                    table.key_of(c) in agents for c in table.children(verb) if c.dep_ == "nsubj"):
                d.time = expr
                break


# -- event coreference ------------------------------------------------------------------------
def _unresolved_modifier(d: _Draft, nodes: Nodes) -> bool:
    """'the presence of fundamentalist militias': specified by something that is not an
    entity of the article, so it may be another event of the kind."""
    for c in d.p.token.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            if not any(nodes.entity(p) for p in c.children if p.dep_ == "pobj"):
                return True
        if c.dep_ in ("amod", "compound") and c.i < d.p.span.start and not c.is_stop \
                and nodes.table.key_of(c) is None and c.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _same_events(drafts: dict[int, _Draft], nodes: Nodes) -> dict[int, str]:
    """Definite noun mentions of an event already read: token index -> the first's id."""
    root: dict[int, str] = {}
    out: dict[int, str] = {}
    last: dict[str, _Draft] = {}
    for d in sorted(drafts.values(), key=lambda d: d.p.token.i):
        root[d.p.token.i] = d.id
        kind = d.p.sense.kind
        if not kind:
            continue
        prev = last.get(kind)
        last[kind] = d
        if d.verbal or not any(c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC
                               for c in d.p.token.children):
            continue
        if prev is None or _unresolved_modifier(d, nodes):
            continue
        mine: dict[str, set] = {}
        theirs: dict[str, set] = {}
        for role, n in d.args:
            mine.setdefault(role, set()).add(n.key or n.event)
        for role, n in prev.args:
            theirs.setdefault(role, set()).add(n.key or n.event)
        if any(role in theirs and not keys & theirs[role] for role, keys in mine.items()
               if role != "eventObject"):
            continue
        root[d.p.token.i] = root[prev.p.token.i]
        out[d.p.token.i] = root[prev.p.token.i]
    return out


# -- structure ----------------------------------------------------------------------------------
def facility_locations(doc: Doc, table: EntityTable) -> list[Relation]:
    """'air base Hmeimim (near Lattakia)', 'the Hmeimim (Lattakia) air base', 'the port
    of Tartous in Syria': a facility located in a place."""
    out = []
    for ent in table.ents:
        key = table.key_of(ent.root)
        if key is None or table.type_of(key) != "Facility":
            continue
        places: list[tuple[Token, float]] = []
        j = ent.end
        if j + 2 < len(doc) and table.tokens[j].text == "(":
            k = j + 1
            if table.tokens[k].lower_ in ("near", "in", "outside", "at"):
                k += 1
            places.append((table.tokens[k], 0.75))
        for child in ent.root.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "near", "outside", "at"):
                places += [(c, 0.7) for c in table.children(child) if c.dep_ == "pobj"]
        for tok, confidence in places:
            place = table.key_of(tok)
            if place and place != key and table.type_of(place) in ("Place", "Country"):
                end_tok = tok.right_edge
                if end_tok.i + 1 < len(doc) and table.tokens[end_tok.i + 1].text == ")":
                    end_tok = table.tokens[end_tok.i + 1]
                out.append(Relation(
                    subject=key, predicate="locatedIn", obj=place,
                    sentence=table.sentence_index(ent), start=ent.start_char,
                    end=end_tok.idx + len(end_tok), confidence=confidence, lemma=""))
    return out
