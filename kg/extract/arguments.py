"""The arguments of each predicate, read off the parse (``kg.extract.predicates``):
subjects and objects of active and passive clauses, relative and participial clauses,
control and raising, coordination, light verbs, nominal possessives and ``of``/``by``
phrases, and the prepositions each sense gives a role (see that module's docstring).
Subjects are found in ``kg.extract.subjects``.
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from kg.extract.doc_view import AGENTIVE_TYPES, AMOUNT_LABELS, RELATIVE
from kg.extract.frames import Sense
from kg.extract.means import bare_means, margin_by_phrase, means_by_phrase, source_by_phrase
from kg.extract.misparses import claimed_subject, object_as_subject, told_before_subject
from kg.extract.modality import WH_TAGS, colon_clause, infinitive
from kg.extract.nodes import POSSESSIVE_PRONOUNS
from kg.extract.shared_agent import shared_by_agent
from kg.extract.table import EntityTable
from kg.extract.subjects import SubjectReader, causative_have, experiencer_have
from kg.extract.triggers import (Arg, Predication, adjacent_object, lone_predicative,
                                 shared_object, verb_particle, word_lists)


_LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout",
                             "around", "outside", "on", "off", "along", "over", "outside"})
_PLACE_TYPES = frozenset({"Place", "Country", "Facility"})
#: Prepositions of being inside a place: a place noun after one says where.
_IN_PREPS = frozenset({"in", "at", "inside", "within", "throughout"})
#: Personal pronouns that name someone answered ("answer you"), not a thing ("it").
_ANSWERED_PRONOUNS = frozenset({"me", "you", "him", "her", "us", "them"})
#: Prepositions of rest: their phrase says where something is, not where it goes.
_STATIC_PREPS = frozenset({"in", "at", "inside", "within", "near"})
#: Nouns whose verb only says that they happened: their place is the event's.
_HAPPEN = frozenset({"take", "happen", "occur", "hit", "begin", "start", "continue", "resume",
                     "end", "erupt", "break", "unfold", "follow", "kill"})
#: Event kinds a country named before them locates rather than does ("the Syria talks").
_PLACED_KINDS = frozenset({"Negotiation", "Meeting", "Election", "Protest", "Explosion",
                           "Coup", "Ceasefire", "Agreement", "LabourStrike", "Visit"})
#: Relative adverbs: their clause says where, when, why or how of its antecedent ("the
#: place where ..."), it has no object there.
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how", "whereby", "wherein"})


#: Kinds of unnamed nouns that act as one body ("police", "government", "rebels").
_BODY_KINDS = frozenset({"Group", "Organization"})

def _complex_preposition(noun: Token, table: EntityTable) -> bool:
    """'in front of the neighbours', 'on top of the building': a bare noun with an "of"
    phrase after a preposition is part of a longer preposition, no place of its own."""
    children = table.children(noun)
    return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children)


def _placed_after_a_place(p: Predication, prep: Token) -> bool:
    """Whether the place phrase ``prep`` ("in Berlin") comes right after a place the
    predication is at or goes to ("to Charité in Berlin", "rallied at Freedom Plaza in
    Washington"): then it says where that place is, not where the event happens, whatever
    the parser hangs it on. (Not after a comma: "took place in Iraq, at Baghdad
    International Airport" names the event's place again, closer; nor after "near X",
    which the next place need not be inside: "located near San Diego in El Cajon".)"""
    return any(a.role in ("location", "destination") and a.how == "prep" and
               a.token.head.lower_ in word_lists().placing_preps and
               a.token.right_edge.i == prep.i - 1 for a in p.args)


#: Adjectives that count a length of time rather than describe it ("a few hours").
_COUNTING_ADJECTIVES = frozenset({"few", "several", "many", "full", "entire", "whole",
                                  "additional", "extra", "consecutive", "more"})


class Reader(SubjectReader):
    """Finds the arguments of the predicates of one Doc (their subjects through
    ``SubjectReader``)."""

    def read(self, p: Predication) -> None:
        if p.pos == "noun":
            self.read_noun(p)
        elif p.pos == "adjective":
            self.read_adjective(p)
        elif p.headline:
            self.read_headline(p)
        else:
            self.read_verb(p)

    # -- verbs -----------------------------------------------------------------------------
    def _told_subjects(self, v: Token) -> set[int]:
        """Indices of the objects of ``v`` (telling, saying, thinking) that are the subjects
        of the tensed clause after them ("promised each victim will be paid")."""
        found = (object_as_subject(c, self.table, self.w.clause_taking)
                 for c in self.table.children(v) if c.dep_ == "ccomp")
        return {t.i for t in found if t is not None}

    def _measure(self, tok: Token) -> bool:
        """A measured quantity or percentage, not a part of something ('10 percent of its
        staff')."""
        kids = self.table.children(tok)
        return (tok.ent_type_ in ("QUANTITY", "PERCENT") or tok.lemma_.lower() in
                self.w.measure_units and any(c.dep_ == "nummod" for c in kids)) and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in kids)

    def _extent(self, v: Token, sense: Sense, objects: list[Token]) -> Token | None:
        """The measure a change of state goes by, as its lone object or the parser's
        adverbial noun ("expand one inch", "the Dow fell 500 points"); not a measure of
        where ("sank two miles off the coast") nor a part ("10 percent of its staff")."""
        if not sense.undergoer_subject or sense.arg_of("amount") is None:
            return None
        if objects:
            return objects[0] if len(objects) == 1 and self._measure(objects[0]) else None
        return next((c for c in self.table.children(v) if c.dep_ == "npadvmod" and (
            self._measure(c) or self._is_amount(c)) and not any(
            g.dep_ in ("prep", "advmod") for g in self.table.children(c))), None)

    def _time_given(self, v: Token, obj: Token, sense: Sense) -> Token | None:
        """The length of time right after a giving verb's object that the parser made an
        adverbial noun ("gave tenants a month to find", "allowed them 30 days"), for a
        sense with someone given to."""
        if not any(r == "recipient" for _, r in sense.roles) or not self._can_act(obj):
            return None  # ("carry a sentence up to twelve years", "exhibit their photographs
            # every ten years": no one given anything)
        return next((c for c in self.table.children(v) if c.dep_ == "npadvmod" and
                     c.i > obj.i and c.left_edge.i == obj.right_edge.i + 1 and
                     self._duration(c)), None)

    def _extraposed(self, v: Token) -> Token | None:
        """The infinitive an expletive subject stands for ("it took weeks to repair")."""
        return next((c for c in self.table.children(v) if c.dep_ in ("advcl", "xcomp")
                     and c.pos_ in ("VERB", "AUX") and any(
                         g.dep_ == "aux" and g.lower_ == "to" for g in self.table.children(c))),
                    None)

    def _own_subject(self, h: Token, v: Token) -> bool:
        """Whether ``h`` is the nominal subject the parser gave an active finite or bare
        verb ``v`` itself ("humans to breathe"), not one a control or tough construction
        lends it ("enough collagen to study": what is studied) or a participle's."""
        head = self.table.head(v)
        return h.dep_ == "nsubj" and self.table.head(h).i == v.i and v.tag_ != "VBN" and not (
            # "had her home searched" with the participle read as a past tense
            v.dep_ == "ccomp" and v.tag_ == "VBD" and head.lemma_.lower() in ("have", "get"))

    def _acting_controller(self, verb: Token, controller: Token) -> bool:
        """Whether ``controller``, read as the subject of the infinitive ``verb``, is the
        one a control verb asks, forces or means to do it: the clause (or its first
        conjunct) is the 'to'-complement of such a verb (not of a raising verb: "tended
        to flap", "is due to stand down"), and the controller can act."""
        clause = verb
        while clause.dep_ == "conj" and self.table.head(clause).i != clause.i:
            clause = self.table.head(clause)
        if clause.dep_ != "xcomp" or not infinitive(clause):
            return False
        gov = self.table.head(clause).lemma_.lower()
        if gov not in self.w.object_control and gov not in self.w.agentive_control and (
                gov not in self.lex.intent or gov in self.lex.aspectual):
            return False  # (not "the aircraft failed to stop": fail, manage say nothing
            # of purpose; try, attempt, seek are in agentive_control_verbs)
        return self._can_act(controller)

    def read_verb(self, p: Predication) -> None:
        v, sense = p.token, p.sense
        heads, undergoer, how = self.subjects(v)
        claimed = claimed_subject(v, self.table, self.lex.speech) if heads else None
        if claimed is not None:
            # "groups claiming the election was stolen gathered": the election was stolen
            heads, how = [claimed], "direct"
        passive = undergoer or any(c.dep_ == "auxpass" for c in self.table.children(v))
        lone = lone_predicative(v, self.table) if not sense.fixed_object else None
        # (main had "or c is lone" here: never true while every access made new Tokens,
        # so the lone predicative is read only below; kept so, the output unchanged)
        detached = {c.i for c in self.table.children(v) if c.dep_ == "dobj" and
                    self._detached_object(v, c, sense)}
        objects = [c for c in self.table.children(v) if c.dep_ == "dobj"
                   and not sense.fixed_object and c.i not in detached]
        extent = self._extent(v, sense, objects)
        adjacent = adjacent_object(v, self.table) if v.pos_ == "VERB" and extent is None \
            and how != "attributive" else None
        # ("the Dow Jones Industrial Average fell 500 points": no object "500"; "captured
        # Islamic State fighters": the name is inside the noun that underwent it)
        if adjacent is not None:
            objects = [adjacent]
            p.add(sense.direct, adjacent, "inherited")
        shared = shared_object(v) if not objects and not sense.fixed_object and \
            not sense.undergoer_subject and (sense.arg_of("patient") is not None
                                              or sense.arg_of("agent") is not None) else None
        if shared is not None:  # "Don loved and adored Deirdre": both verbs take her
            objects = [shared]
            p.add(sense.direct, shared, "inherited")
        small = self._small_clause_subject(v) if not objects and not sense.fixed_object \
            else None
        if small is not None:  # "a jury found the officer guilty": the officer is found
            objects = [small]
            p.add(sense.direct, small, "inherited")
        object_role = sense.direct
        if extent is not None and objects:
            # "NATO would not expand one inch", "the river rose two metres": a change of
            # state's measure is how far, and its subject is what changes
            object_role, objects = "amount", []
        if extent is not None and extent.dep_ == "npadvmod" and not self._is_amount(extent):
            p.add("amount", extent)  # "the Dow fell 500 points" (amounts: the loop below)
        complement = [c for c in self.table.children(v) if c.dep_ in ("xcomp", "ccomp")
                      and c.pos_ in ("VERB", "AUX", "ADJ") and not colon_clause(c, v, self.table)]
        if how == "relative" and undergoer and v.tag_ == "VBN" and objects and not any(
                c.dep_ == "auxpass" for c in self.table.children(v)):
            undergoer = False  # "the man killed his wife" misparsed: keep it active (not
            # "the locations that would be given the orbiters", a passive by its auxiliary)
        relative_object = self._relative_object(v, sense, objects, passive)
        if relative_object is not None:
            # "the damage the storm caused": the storm is the subject of a verb with an
            # object, the one that acts, not an intransitive subject undergoing it
            objects = objects + [relative_object]
        aspectual = p.lemma in self.lex.aspectual
        if sense.predicative and undergoer and objects and how in ("direct", "inherited") \
                and any(c.dep_ == "auxpass" for c in self.table.children(v)):
            # "Mugabe was hailed a national hero": the object is what the subject is
            # called, no thing given to it; the subject is the one hailed
            detached |= {c.i for c in objects}
            objects = []
        for h in heads:
            if undergoer and objects and how in ("direct", "inherited", "relative") and any(
                    c.dep_ == "auxpass" for c in self.table.children(v)):
                # "the team was awarded a silver medal": a passive that keeps its object
                # makes its subject the one given to (also a conjunct's: "was elected and
                # was given posts by Gandhi")
                p.add("addressee" if sense.object == "addressee" else "recipient", h, how)
            elif undergoer and v.lemma_.lower() in self.w.directive_speech and any(
                    c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to"
                                              for g in self.table.children(c))
                    for c in complement):
                # "she was told to disconnect", "residents were warned not to drink": the
                # one told to act is addressed, as the active's object is
                p.add("addressee", h, how)
            elif undergoer:
                p.add(object_role, h, how)
            elif extent is not None:
                # "the Dow fell 500 points", "shares rose 3 percent": what changes by the
                # measure undergoes the change, even one that could act (no mover's agent)
                p.add("patient", h, how)
            elif sense.undergoer_subject and object_role == "agent" and objects:
                p.add("patient", h, how)  # "the Act passed the Senate": the Senate acts
            elif sense.undergoer_subject and object_role == "amount" and objects:
                # "the review took four months": the object is how long, and the subject
                # is what lasts that long, no one who takes anything; an expletive "it"
                # leaves that to the infinitive ("it took five hours to gain control")
                clause = self._extraposed(v) if h.lower_ == "it" else None
                if clause is None:
                    p.add("patient", h, how)
                elif clause.dep_ == "advcl":  # an xcomp is the event object below
                    # the clause's event, a light verb's noun if it carries one, is what
                    # lasted that long ("it took five hours to gain control of the blaze":
                    # the control, as the annotators give it)
                    done = self.found.get(clause.i) or next(
                        (q for q in self.found.values()
                         if q.light is not None and q.light.i == clause.i), None)
                    p.add("eventObject", clause if done is None else done.token, how)
                    for o in objects if done is not None else ():
                        done.add("amount", o, "inherited")
            elif how == "direct" and v.tag_ == "VBN" and not objects \
                    and not any(c.dep_ in ("aux", "auxpass") for c in self.table.children(v)) \
                    and object_role is not None and not self._can_act(h):
                # "the taxes requested in arrears are ...": a participle with no auxiliary
                # is no finite clause; its subject, a thing, is what was requested
                p.add(object_role, h, how)
            elif sense.undergoer_subject and sense.mover and not sense.moved and \
                    not objects and self._can_act(h):
                p.add("agent", h, how)  # "the team arrived", "O'Rourke returned to El Paso"
            elif not objects and how == "control" and sense.arg_of("agent") is not None \
                    and self._acting_controller(v, h):
                # "urged residents to evacuate", "they need to stand by us": the one a
                # control verb asks, forces or means to do it acts, though the bare verb's
                # lone subject undergoes it ("residents evacuated" is ARG1 in PropBank)
                p.add("agent", h, how)
            elif (not objects and not complement and not self._has_agent_prep(v) and (
                    sense.undergoer_subject or (sense.arg_of("patient") not in (None, "0")
                                                and not (sense.actor_subject and
                                                         self._own_subject(h, v))
                                                and not (self._animate(h) and
                                                         not self._event_subject(h))
                                                and not self._core_prep(v, sense)))) or (
                    aspectual and not objects and (not complement or not self._can_act(h))):
                # "the building collapsed", "gas leaks", "the vote passed": an intransitive
                # verb whose subject cannot act undergoes it, unless PropBank's examples
                # show only actors as its lone subject ("life can survive"); so does whatever an
                # aspectual verb without object or clause says began or resumed ("rescue
                # work resumed", "the Group of Six, which started in the 1970s")
                p.add("patient", h, how)
            elif not sense.agent_types or (kind := self._kind(h)) is None or \
                    kind in sense.agent_types:
                # (a described thing too: "testimony of two witnesses is required to
                # convict a person" is no one's convicting)
                p.add("agent", h, how)
        first = next((a for a in p.args if a.token.i == heads[0].i), None) if heads else None
        if first is not None and how == "direct":
            for h in self.as_was(v):  # "was cancelled, as was another NBA game"
                p.add(first.role, h, "likeness")
        if causative_have(v) and not p.has("agent") and not experiencer_have(v):
            causers, undergoes, _ = self.subjects(self.table.head(v))
            for h in ([] if undergoes else causers[:1]):
                p.add("agent", h, "control")  # "the parents tried to have Waseem released"
        controller = bool(complement) and (v.lemma_.lower() in self.w.object_control
                                           or v.lemma_.lower() in self.lex.intent)
        relative_theme = self._relative_theme(v, objects)
        told = self._told_subjects(v)
        for c in self.table.children(v):
            if c.dep_ == "dobj" and (sense.fixed_object or c.i in detached):
                continue  # part of the predicate ("took place"), or no object of it
            if c.i in told:
                # "promised each family will receive": the object is the subject of what
                # was said, no one told (unless "her" was folded into it: "told her Trump")
                addressee = told_before_subject(c, self.table)
                if addressee is not None:
                    p.add("addressee" if sense.object == "addressee" else "recipient",
                          addressee)
                continue
            if relative_theme is not None and c.i in (relative_theme.i,
                                                      *(o.i for o in objects)):
                # "a penalty which the referee awarded Sweden": the relative pronoun
                # is what is given, the object the one given to
                p.add(object_role if c.i == relative_theme.i else "recipient", c)
                continue
            if c.dep_ == "dobj" and self._is_amount(c):
                named = [g for g in c.subtree if g.dep_ in ("compound", "nmod")
                         and g.pos_ == "PROPN" and self.table.key_of(g) and g.i < c.i]
                if named:  # "fined Google 2.4 billion euros": the parser hung the name on it
                    p.add(object_role, named[0])
                    p.add("amount", c)
                    continue
            if c.dep_ == "dobj" and object_role == "patient" and \
                    not sense.measured_object and sense.arg_of("amount") is None and \
                    self._duration(c) and not any(
                        g.dep_ == "prep" and g.lower_ == "of" or g.dep_ == "amod" and
                        g.lower_ not in _COUNTING_ADJECTIVES for g in self.table.children(c)) \
                    and not any(g.dep_ == "prep" and g.lower_ in ("off", "from")
                                for g in self.table.children(v)):
                # "voters drive an hour": how long, not what ("held a minute of silence",
                # "served eight years of a sentence", "marked a sad day", "cut two years
                # off the term" are what)
                p.add("amount", c)
                continue
            if c.dep_ == "dobj" or (lone is not None and c.i == lone.i and
                                    not self._is_amount(c)):
                role = object_role
                if role == "amount" and not (self._is_amount(c) or self._measure(c) or
                                             c.lemma_.lower() in self.w.duration_nouns):
                    continue  # "it took us five years": we are no amount
                if controller:
                    # "ordered the troops to withdraw", "urged X to end": the one told or
                    # asked is addressed; where the frame file makes the to-clause a
                    # predication on the object (PRD, no one given to: "forced him to lie",
                    # "led the crane to fall") it undergoes it, unless talked into it
                    # ("persuaded users to stop": said to them)
                    role = "patient" if sense.predicative and v.lemma_.lower() not in \
                        self.w.persuasion_control else "addressee"
                elif sense.object in (None, "patient") and self._is_amount(c) and \
                        any(o.i != c.i for o in objects):
                    role = "amount"  # "fined Barclays 40 million pounds"
                elif role == "patient" and v.lemma_.lower() in self.w.answer_verbs and (
                        c.lower_ in _ANSWERED_PRONOUNS or self.type_of(c) in AGENTIVE_TYPES):
                    role = "recipient"  # "I must answer you": the one answered gets the
                    # answer ("answered the question" keeps what is answered its patient)
                elif role == "patient" and self._with_theme(v, c, sense) is not None:
                    role = "recipient"  # "provide the network with a license": the
                    # with-phrase is what is given (PropBank's examples), the object gets it
                elif role == "patient" and (given := self._time_given(v, c, sense)) is not None:
                    # "gave tenants a month to find new homes": the parser made the month
                    # an adverbial noun; the month is what is given, the tenants get it
                    role = "recipient"
                    p.add("patient", given)
                p.add(role, c)
                with_theme = self._with_theme(v, c, sense) if role == "recipient" else None
                if with_theme is not None and self.table.head(with_theme).i == c.i:
                    self.preposition(p, with_theme, passive)  # hung on the object
                for tok in self._amount_inside(c):  # "fined Google 2.4 billion euros"
                    p.add("amount", tok)
            elif c.dep_ == "dative":
                if c.pos_ == "ADP":  # "deliver systems to Ukraine"
                    for g in self.table.children(c):
                        role = self._to_role(p, g) if g.dep_ == "pobj" else None
                        if role is not None:
                            p.add(role, g, "prep")
                else:
                    p.add("addressee" if sense.object == "addressee" else "recipient", c)
            elif c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "ADJ"):
                if c.dep_ == "xcomp" and v.lemma_.lower() in self.w.purpose_verbs:
                    continue  # "used the primaries to select": what for, not what is used
                if c.dep_ == "xcomp" and self._purpose_after_object(v, c):
                    continue
                if self._sentence_before(v, c):
                    continue
                if self._means_participle(v, c):
                    # "analyzed the data using their own software": with what it was done
                    for g in self.table.children(c):
                        if g.dep_ == "dobj":
                            p.add("instrument", g)
                    continue
                if not colon_clause(c, v, self.table):
                    clause = self._through_aspect(c) if c.dep_ == "xcomp" \
                        else self._through_copula(c)
                    p.add("eventObject", clause)
                    if not objects:
                        for g in self._eventless_clause_subject(v, c, clause, sense):
                            p.add("patient", g)
                if c.dep_ == "ccomp" and c.tag_ == "VB" and sense.object == "addressee" and \
                        v.lemma_.lower() in self.w.object_control and \
                        not any(g.dep_ in ("mark", "aux", "auxpass") or g.tag_ in WH_TAGS
                                for g in self.table.children(c)):
                    # "has requested U.S. President Donald Trump declare a state of
                    # emergency": the bare clause's subject is the one asked (not a 'that',
                    # 'to' or wh-clause, nor one with an auxiliary: "allows the perpetrators
                    # to go unpunished", "asked why Biden did not implement"; only a
                    # sense with an addressee: "helped Montalvo leave" has him as patient)
                    for g in self.table.children(c):
                        if g.dep_ == "nsubj" and self._can_act(g):
                            p.add("addressee", g)
            elif c.dep_ == "prep" and p.lemma.endswith(" " + c.lower_) and \
                    p.lemma not in self.lex.verb_readings(v.lemma_.lower()) and \
                    p.lemma.split()[0] == v.lemma_.lower() and verb_particle(v, self.table) is None:
                # "called on Russia": the prepositional verb's object
                for g in self.table.children(c):
                    if g.dep_ == "pobj":
                        p.add(object_role, g)
                    elif g.dep_ == "prep" and g.lower_ == "of" and c.lower_ == "out":
                        for o in self.table.children(g):  # "pulled out of Kabul"
                            if o.dep_ == "pobj":
                                p.add("origin", o, "prep")
            elif c.dep_ in ("prep", "agent") or c.dep_ == "advmod" and self._of_objects(c):
                # (the parser hangs "outside of the embassy" as an adverb with its "of")
                self.preposition(p, c, passive)
            elif c.dep_ == "npadvmod" and self._is_amount(c) and c.lemma_.lower() not in (
                    "year", "day", "week", "month", "time", "hour"):
                p.add("amount", c)
            elif c.dep_ == "npadvmod" and c.pos_ == "PROPN" and self.table.key_of(c) \
                    and not objects:
                if self.type_of(c) in _PLACE_TYPES:
                    # "returned home El Paso": where to, or where, not what
                    p.add("destination" if sense.mover else "location", c, "prep")
                else:
                    p.add(object_role, c)  # "criticised FIFA" read as an adverbial noun
            elif c.dep_ in ("attr", "oprd") and self._is_amount(c):
                p.add("amount", c)
        if relative_object is not None:
            p.add(object_role, relative_object, "relative")
        if passive and not p.has("agent"):
            self._stranded_by_agent(p)
        if passive and not p.has("agent"):
            shared = shared_by_agent(v, self.table)  # "tried and tested by Fedora"
            if shared is not None:
                p.add("agent", shared, "prep")
        if sense.object == "participant" and not p.has("participant"):
            agents = [a for a in p.args if a.role == "agent"]
            conj = [c for a in agents for c in a.token.conjuncts if c.i > a.token.i]
            if conj:  # "Putin and Erdogan met": one meets the other
                p.add("participant", conj[0], "direct")

    def _eventless_clause_subject(self, v: Token, c: Token, clause: Token, sense: Sense
                                  ) -> list[Token]:
        """'Pakistani law allowed the perpetrators of honor killings to go unpunished',
        'the skulls would allow the frogs to have big mouths': a clause an object-control
        verb governs that names no event is read by its subject, where dev's gold starts
        the allowed or caused clause (not a question or a that-clause: "asked whether
        Oakland was part of the US"; not where the object is someone addressed)."""
        if clause.i in self.found or c.dep_ != "ccomp" or \
                v.lemma_.lower() not in self.w.object_control or \
                sense.arg_of("patient") is None or sense.object not in (None, "patient"):
            return []
        kids = self.table.children(c)
        if any(g.dep_ == "mark" or g.tag_ in WH_TAGS for g in kids):
            return []
        return [g for g in kids if g.dep_ in ("nsubj", "nsubjpass") and g.i > v.i and
                g.lower_ not in RELATIVE]

    def _small_clause_subject(self, v: Token) -> Token | None:
        """'found the officer guilty', 'declared him dead', 'made gun control a key
        issue', 'the trough renders the shelf weak': an object and what it is found or
        made the parser made a clause of their own (a ccomp adjective or noun with a
        subject and no verb); that subject is the verb's object (verbs of a verdict or a
        result only; not an "it" standing for a clause: "found it difficult to", "makes
        it dangerous for predators to hit")."""
        lemma = v.lemma_.lower()
        verdict = lemma in self.w.verdict_verbs
        if not verdict and lemma not in self.w.result_verbs:
            return None
        kinds = ("ADJ",) if verdict else ("ADJ", "NOUN", "PROPN", "NUM")
        for c in self.table.children(v):
            if c.dep_ != "ccomp" or c.pos_ not in kinds or c.i < v.i:
                continue
            kids = self.table.children(c)
            if any(g.dep_ in ("aux", "auxpass", "cop", "mark") for g in kids):
                continue
            subject = next((g for g in kids if v.i < g.i < c.i and (
                g.dep_ == "nsubj" or g.dep_ == "compound" and c.pos_ == "ADJ"
                and g.pos_ in ("NOUN", "PROPN"))), None)  # ("renders the shelf weak":
            # an adjective has no compound noun; it is the adjective's subject)
            if subject is None and not verdict:
                # "making her the party's first female candidate": an object "her" the
                # parser read as a possessive, though the noun has a determiner of its own
                her = next((g for g in kids if g.dep_ == "poss" and g.lower_ == "her"
                            and g.i == v.i + 1), None)
                if her is not None and any(g.dep_ in ("det", "poss") and g.i > her.i
                                           for g in kids):
                    subject = her
            if subject is None or any(g.dep_ == "nsubj" for g in subject.children) or any(
                    # (nothing between them but what the noun has; no subject of a subject:
                    # "making it the first system visible")
                    t.dep_ not in ("det", "amod", "compound", "poss", "nummod", "case",
                                   "advmod", "punct")
                    for t in self.table.tokens[subject.right_edge.i + 1:c.i]):
                continue
            if subject.lower_ == "it" and (verdict or any(
                    g.dep_ in ("xcomp", "ccomp", "advcl") and g.i > c.i
                    for g in kids)):
                continue
            return subject
        return None

    def _through_copula(self, clause: Token) -> Token:
        """'reminded voters that the army was responsible for the attack': a copula is no
        predicate of its own; when its predicative adjective is one, that is the clause's
        event (the clause 'was full' has none and stays the copula, read as nothing). Not
        a noun: at volume the parser's attributes were mostly what an existential or a
        misparsed clause names ("there will be no suspended sentences"), no event."""
        if clause.i in self.found or clause.lemma_.lower() != "be":
            return clause
        return next((c for c in self.table.children(clause)
                     if c.dep_ == "acomp" and c.i in self.found), clause)

    def _relative_theme(self, v: Token, objects: list[Token]) -> Token | None:
        """The relative pronoun the parser made the indirect object of a relative clause
        whose direct object is the one given to: in "a penalty which the referee awarded
        Sweden" the antecedent cannot receive and the object can, so the pronoun is
        the theme (not in "the team which the jury awarded a medal")."""
        if v.dep_ != "relcl" or len(objects) != 1 or objects[0].i < v.i:
            return None
        rel = next((c for c in self.table.children(v) if c.dep_ == "dative" and
                    c.lower_ in RELATIVE and c.i < v.i), None)
        if rel is None or self._can_act(self.table.head(v)) or \
                not self._can_act(objects[0]):
            return None
        return rel

    def _with_theme(self, v: Token, obj: Token, sense: Sense) -> Token | None:
        """The with-phrase of ``v`` that is its theme, if any: PropBank's examples give
        "with" the patient's argument and the sense has a recipient ("supplied the rebels
        with weapons"); the parser often hangs it on the direct object ``obj`` ("provide
        the greatest number of people with the best opportunity")."""
        if sense.prep_role("with") != "patient" or sense.arg_of("recipient") is None:
            return None
        # (not a party: "provided compatibility with Red Hat Enterprise Linux")
        return next((c for c in (*self.table.children(v), *self.table.children(obj))
                     if c.dep_ == "prep" and c.lower_ == "with" and c.i > obj.i and any(
                         g.dep_ == "pobj" and self.type_of(g) not in AGENTIVE_TYPES
                         for g in self.table.children(c))), None)

    def _stranded_by_agent(self, p: Predication) -> None:
        """'can be prevented from drifting away by high places in the ocean floor', 'were
        stopped from entering the building by police': the parser hangs the passive's
        by-phrase on the clause it governs, whose verb is active; it is the passive's."""
        for c in self.table.children(p.token):
            inner = [c] if c.dep_ == "xcomp" else [
                g for g in self.table.children(c) if g.dep_ == "pcomp"] if c.dep_ == "prep" \
                else []
            for g in inner:
                if g.tag_ not in ("VB", "VBG") or any(
                        k.dep_ == "auxpass" for k in self.table.children(g)):
                    continue  # (a passive of its own keeps its by-phrase)
                if any(k.dep_ == "nsubj" for k in self.table.children(g)):
                    continue  # "with Junius Ho defeating Lee by 5,000 votes": its own clause
                for o in self._by_objects(g, ("prep", "agent")):
                    if o.pos_ in ("NOUN", "PROPN") and not margin_by_phrase(o, self.table) \
                            and not source_by_phrase(o, self.table) and \
                            not bare_means(o, self.table):
                        p.add("agent", o, "prep")
                        return
        self._by_agent_on_goal(p)

    def _by_objects(self, t: Token, deps: tuple[str, ...] = ("prep",)) -> Iterator[Token]:
        """The objects of the "by" phrases hung on ``t`` (with one of ``deps``)."""
        for b in self.table.children(t):
            if b.dep_ in deps and b.lower_ == "by":
                yield from (o for o in self.table.children(b) if o.dep_ == "pobj")

    def _by_agent_on_goal(self, p: Predication) -> None:
        """'was returned by mail to the organization by Montalvo': the parser hangs the
        passive's by-phrase on the object of the verb's "to"/"from" phrase before it; a
        named one who can act there is the passive's agent (not a means: "by ambulance")."""
        kids = self.table.children(p.token)
        hosts = [g for c in kids if c.dep_ == "prep" and c.lower_ in ("to", "into", "from")
                 for g in self.table.children(c) if g.dep_ == "pobj"]
        if any(c.dep_ == "auxpass" for c in kids):
            # "Google was fined 2.4 billion euros by the European Commission": likewise on
            # the object a passive keeps
            hosts += [g for g in kids if g.dep_ == "dobj"]
        for o in (o for g in hosts for o in self._by_objects(g)):
            if o.pos_ == "PROPN" and self._can_act(o):
                p.add("agent", o, "prep")
                return

    def _detached_object(self, v: Token, obj: Token, sense: Sense) -> bool:
        """'She died from infection ..., a form of alternative medicine': a direct object
        the parser hung on a verb whose sense has no actor, across a comma, is an
        apposition of something before it, not what the verb does to something; for any
        verb, one a lone comma splits from it is no object of it. A clock time the parser
        made an object says when ("passed away 5:03 AM"); nor is a noun after a reduced
        passive relative's "by" phrase.
        """
        if obj.ent_type_ == "TIME" and obj.pos_ != "PRON" and \
                obj.lemma_.lower() not in self.w.duration_nouns:
            return True  # (not a duration: "the review took five hours")
        if obj.i < v.i:
            return False
        if v.tag_ == "VBN" and v.dep_ == "acl" and any(
                c.dep_ == "agent" and c.i < obj.i for c in self.table.children(v)):
            # 'data collected by one of the NOAA's "Hurricane Hunters"': a reduced passive
            # relative has its "by" phrase; a noun after it is that phrase's (the parser
            # made the name after a possessive the verb's object)
            return True
        gap = self.table.tokens[v.i + 1:obj.left_edge.i]
        commas = [t.i for t in gap if t.text == ","]
        if not commas:
            return False
        if sense.arg_of("agent") is None:
            return True
        # "collaborate with the other powers, calming relations": a direct object is not
        # split from its verb by a comma, unless that comma closes an inserted phrase set
        # off by commas ("signed, on Monday, a deal"; "met on Monday, May 4, the envoy")
        after = self.table.tokens[commas[-1] + 1:obj.left_edge.i]
        if after and all(t.dep_ in ("cc", "preconj") or t.pos_ == "CCONJ" or
                         t.lower_ in ("as", "well", "also") for t in after):
            return False  # "owed $850,000 to the IRS, as well as penalties": a conjunct
        return not (len(commas) >= 2 and commas[-1] == obj.left_edge.i - 1)

    def _relative_object(self, v: Token, sense: Sense, objects: list[Token],
                         passive: bool) -> Token | None:
        """'the terrorists that Putin had set out to defeat': the antecedent is the
        object; so is that of a clause with a subject of its own and no pronoun ('the
        songs he would mail to Garcia'), unless the antecedent says when, where, how or
        why ('the day Congress reconvened') or a preposition lacks its object ('the case
        the court ruled on')."""
        if v.dep_ != "relcl" or objects:
            return None
        children = self.table.children(v)
        if any(c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS for c in children):
            return None  # "a new process, where warm water cuts into the shelf"
        if any(c.dep_ == "prep" and sense.prep_arg(c.lower_) is None and any(
                g.dep_ == "pobj" and g.lower_ in RELATIVE for g in self.table.children(c))
               for c in children):
            # "a system in which a planet is forming": the antecedent is the object of a
            # preposition the sense gives no role of its own (not "the election in which
            # Biden is running", "the deal with which they agreed")
            return None
        head = self.table.head(v)
        if passive:
            # "the creams they had been given": a passive of giving with a subject of
            # its own leaves the antecedent what was given, the subject the one given to
            # (not "the way Horus is shown", "a proceeding the subpoena was issued in",
            # "a proceeding in which a subpoena had been issued")
            return head if (sense.arg_of("recipient") is not None or
                            sense.arg_of("addressee") is not None) and \
                head.pos_ in ("NOUN", "PROPN") and \
                head.lemma_.lower() not in self.w.adverbial_heads and \
                self.type_of(head) not in _PLACE_TYPES and not self._can_act(head) and \
                any(c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE for c in children) \
                and not any(c.dep_ == "prep" and not any(
                    g.dep_ in ("pobj", "pcomp") and g.lower_ not in RELATIVE
                    for g in self.table.children(c)) for c in children) else None
        rel = [c for c in children if c.lower_ in RELATIVE and c.dep_ == "dobj"]
        own_subject = [c for c in children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE]
        if any(g.dep_ == "poss" and g.lower_ == "whose" for c in own_subject
               for g in self.table.children(c)):
            return None  # "asylum seekers whose boat sank": the antecedent owns the subject
        preps = [c for c in children if c.dep_ == "prep"]
        if rel or (own_subject and head.pos_ in ("NOUN", "PROPN")
                   and head.lemma_.lower() not in self.w.adverbial_heads
                   # a subject that is the sense's only participant ("the news that
                   # Ginger Baker has died") or a clause that fills the object ("the
                   # announcement that Bloomberg planned to invest") leaves no gap
                   and not (sense.undergoer_subject and sense.arg_of("agent") is None
                            and sense.arg_of("patient") == "1")
                   and not any(c.dep_ == "ccomp" or c.dep_ == "xcomp" and any(
                       a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       for c in children)
                   and self.lex.sense(sense.frame) is not None and
                   sense.arg_of("patient") is not None and (not preps or (
                       sense.arg_of("patient") == "1" and not sense.undergoer_subject
                       and all(any(g.dep_ in ("pobj", "pcomp") for g in self.table.children(c))
                               for c in preps)))):
            return head
        return None

    def _core_prep(self, v: Token, sense: Sense | None = None) -> bool:
        """A prepositional complement beyond place and time ("led to an explosion"); a
        preposition of time or cause counts when the sense gives it a numbered role ("the
        study accounts for air traffic"), else not ("riots had broken out due to the
        shooting")."""
        own = {p for p, n in sense.preps if n in ("1", "2")} if sense is not None else set()
        # (a place preposition counts when the sense numbers it: "resulted in higher
        # prices", "participated in the talks")
        return any(c.dep_ in ("prep", "dative") and (c.lower_ in own or (
                   c.lower_ not in _LOCATION_PREPS and
                   c.lower_ not in ("during", "after", "before", "since", "until", "for",
                                    "amid", "despite", "from", "due", "because", "owing",
                                    "following")) and not any(
                       # (a phrase naming a time says when: "broke out by the evening hours")
                       g.dep_ == "pobj" and self._is_time(g) for g in self.table.children(c)))
                   for c in self.table.children(v))

    def _event_subject(self, tok: Token) -> bool:
        """Whether a subject is an event read as such, no one who acts: with no object, what
        it does it undergoes ("violence broke out", "the fighting stopped"); an event acts
        only on something ("the attack killed three")."""
        return tok.i in self.found and tok.pos_ != "PRON" and \
            self._kind(tok) not in AGENTIVE_TYPES

    def _has_agent_prep(self, v: Token) -> bool:
        return any(c.dep_ == "agent" for c in self.table.children(v))

    def _amount_inside(self, tok: Token) -> list[Token]:
        """'fined Barclays 40 million pounds': the parser hangs the name on the amount."""
        if tok.ent_type_ in AMOUNT_LABELS and self.table.key_of(tok) is None:
            return []
        return [c for c in self.table.children(tok) if c.dep_ in ("npadvmod", "appos")
                and self._is_amount(c)]

    def _prep_role(self, sense: Sense, word: str, obj: Token) -> str | None:
        """The kg role PropBank's examples give a preposition for this sense, unless the
        sense's role is a place or receiver only by its function tag (``Sense.goals``) and
        the phrase names neither ("listed as X", "inflicting it on our communities",
        "limited to cases", "discussed with Wikinews"): then the generic reading decides."""
        role = sense.prep_role(word)
        if (role, word) in (("destination", "from"), ("origin", "to")):
            return None  # ("withhold funds from districts": whatever moves leaves from, never to)
        if role not in ("destination", "origin", "recipient") or \
                sense.prep_arg(word) not in sense.goals:
            return role
        if role == "recipient":
            return role if self._can_act(obj) else None
        place = self._kind(obj) in _PLACE_TYPES or \
            obj.lemma_.lower() in self.nodes.words.facility_nouns
        if role == "destination" and word in _STATIC_PREPS and not sense.mover:
            # "a press conference held in Saudi Arabia": a goal reached by a preposition of
            # rest, where nothing moves, is where it happens
            return "location" if place else None
        # (what moves goes somewhere, named or not: "go to the polls")
        return role if place or sense.mover else None

    def _to_role(self, p: Predication, tok: Token) -> str | None:
        """The role of a 'to' phrase: a place or facility, named or described, is where
        something goes ("taken to the hospital"); a recipient or addressee is someone
        who can receive or be told (a person, organisation, country or group); anything
        else is neither ("signed into law", "added to the agenda", "strengthens to
        Category 3")."""
        if p.sense.object == "addressee":
            return "addressee"
        kind = self._kind(tok)
        if kind in _PLACE_TYPES and kind != "Country":
            return "destination"
        given = self._prep_role(p.sense, "to", tok)
        if given == "destination" or given is None and self.type_of(tok) is None and \
                p.sense.arg_of("destination") is not None and \
                tok.lemma_.lower() in self.nodes.words.facility_nouns:
            # ("flown to a hospital": a building named by a noun that is also an
            # organisation's, where a sense that moves something takes it)
            return "destination"
        if not (tok.pos_ == "PRON" or self._can_act(tok)):
            return None
        if tok.head.lower_ != "to":
            # things are handed or told *to* someone; "into", "onto", "toward(s)" someone is
            # no receiver ("inducted into the Hall of Fame", "drove his car into a crowd");
            # a country still is where one goes ("an offensive into Syria")
            return "destination" if kind == "Country" else None
        if given in ("recipient", "addressee"):
            return given
        if kind == "Country":
            return "destination"
        # a sense whose own examples give "to" another role hands nothing on ("elected
        # to the Senate": the office; "referred them to the House"): no receiver
        # unless it has one; with no cue from PropBank, someone reached is the receiver
        # ("turned off to customers", "reached out to the party", "a plea to the president")
        word = tok.head.lower_
        args = {n for w, n in p.sense.preps if w == word and w in ("to", "into")}
        if not args or args & p.sense.goals:
            return "recipient"  # (a bare goal reached by someone: "appealed to X")
        return "recipient" if any(p.sense.arg_of(r) is not None for r in (
            "recipient", "addressee")) else None

    def _of_objects(self, prep: Token) -> list[Token]:
        """The objects of a two-word preposition's "of" ("died inside of the hall"), read as
        the one-word form's ("inside the hall"), for the prepositions ``of_prepositions``."""
        if prep.lower_ not in self.w.of_preps:
            return []
        return [g for c in self.table.children(prep) if c.dep_ == "prep" and c.lower_ == "of"
                for g in self.table.children(c) if g.dep_ == "pobj"]

    def _one_word(self, prep: Token) -> str:
        """The preposition as read: an "of" that the parser hangs beside the adverb before it
        ("died inside of Fishmongers' Hall": "inside", "of" both on the verb) is that
        preposition of ``of_prepositions``, read as "inside Fishmongers' Hall"; "upon" is
        "on"."""
        before = self.doc[prep.i - 1] if prep.i > 0 else None
        if prep.lower_ == "of" and before is not None and before.lower_ in self.w.of_preps \
                and before.dep_ == "advmod" and before.head.i == prep.head.i:
            return before.lower_
        if prep.lower_ == "upon":
            return "on"  # "impacted upon popular tourist attractions": PropBank writes "on"
        return prep.lower_

    def preposition(self, p: Predication, prep: Token, passive: bool = False,
                    depth: int = 0) -> None:
        """The role of a prepositional phrase, by PropBank's examples for the sense, then
        by the preposition and what its object is."""
        word = self._one_word(prep)
        sense = p.sense
        if word == "as" and p.pos == "verb" and prep.i < p.token.i:
            return  # "As president, you would work with Congress": a capacity, not what
        if word.split()[0] == "according":
            return  # "signed an agreement, according to which a section would cross the
            # zone": a source or the terms of something, never the predicate's argument
        objs = [g for g in self.table.children(prep) if g.dep_ in ("pobj", "pcomp")] or \
            self._of_objects(prep)
        if word in ("with", "without") and p.pos == "verb" and self._circumstance(p, prep):
            return  # "With the vote over, ...", "killed eleven, with a child the sole survivor"
        for obj in objs:
            if obj.i > prep.i and " ".join(
                    t.lower_ for t in self.doc[prep.i:obj.i + 1]) in self.w.fixed_phrases:
                continue  # "arrested in connection with", "came to light": no role
            if (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in (
                    "time", "day", "week", "month", "year", "moment", "period", "hour",
                    "morning", "afternoon", "evening", "night", "weekend", "decade",
                    "century")) and \
                    sense.prep_role(word) != "amount":
                continue  # times are the clause's, read by the time step (not "to 9 years")
            type_ = self.type_of(obj)
            if (prep.dep_ == "agent" or word == "by") and means_by_phrase(obj, self.table):
                continue  # "collected by tagging penguins", "the process by which": how
            if (prep.dep_ == "agent" or word == "by") and bare_means(obj, self.table):
                p.add("instrument", obj, "prep")  # "transported by ambulance": with what
                continue
            if (prep.dep_ == "agent" or word == "by") and source_by_phrase(obj, self.table):
                continue  # "by early reports, at least 30 injured": according to whom
            if (prep.dep_ == "agent" or word == "by") and margin_by_phrase(obj, self.table):
                p.add("amount", obj, "prep")  # "defeated by 10,694 votes": by how much
                continue
            if prep.dep_ == "agent" or (word == "by" and (passive or p.pos == "noun")
                                        and obj.pos_ != "VERB"):
                if p.pos == "noun" and prep.dep_ != "agent" and not self._animate(obj):
                    continue  # "trial for manslaughter by gross negligence": how, not who
                p.add("agent", obj, "prep")
                continue
            if word == "from" and p.pos == "noun" and self._own_from(p, prep) \
                    and (p.token.lemma_.lower() in self.w.from_acts
                         and sense.prep_arg(word) is None
                         or sense.prep_role(word) == "agent") \
                    and sense.role("0") == "agent" \
                    and (type_ not in _PLACE_TYPES or type_ == "Country") and obj.pos_ != "PRON" \
                    and self._can_act(obj) and not p.has("agent"):
                # "approval from Congress", "a concession from Trump": the "from" phrase of
                # an act that comes from someone (``from_acts``; not "a distribution from
                # RHEL"), when PropBank's examples give it no role, or of any noun whose
                # examples make it the ARG0 ("attacks from Azerbaijan", "assurances from the
                # US"), is who does it, when that can act (a country does; not a place)
                p.add("agent", obj, "prep")
                continue
            if obj.dep_ == "pcomp" or obj.pos_ == "VERB":
                if obj.i in self.found and word not in ("by", "after", "before", "while") \
                        and not self._adverbial(prep) and not _manner_in(p, word):
                    p.add("eventObject", obj, "prep")
                continue
            role = self._prep_role(sense, word, obj)
            if word == "of" and p.pos == "noun" and \
                    p.token.lemma_.lower() in self.w.undergone_nouns and self._animate(obj):
                role = "patient"  # "the funeral of General Soleimani": the one buried
            if role is None and sense.prep_arg(word) is not None and \
                    sense.role(sense.prep_arg(word)) is None:
                continue  # PropBank's examples: a role kg keeps no node for ("with murder")
            if word == "with" and type_ in AGENTIVE_TYPES and role == "patient":
                role = "participant"  # "a phone call with Putin"
            if word in ("to", "into", "toward", "towards", "from") and type_ is not None \
                    and not (sense.fixed_object and role == "patient") \
                    and not (sense.symmetric and role is not None and role == sense.object):
                # by what the object is, below: the examples mislead here, except for an
                # idiom's own preposition, kg's ("played host to the festival"), and the
                # other party of a symmetric fact ("married to Lucinda Southworth")
                role = None
            target = word == "on" and p.pos == "noun" and (
                role == "patient" or role is None and (
                    sense.kind in ("Attack", "Airstrike", "Sanction") or
                    p.token.lemma_.lower() in self.lex.on_patient_nouns))
            if word in _LOCATION_PREPS and role not in ("destination", "origin") and \
                    not target and (
                        type_ in _PLACE_TYPES or type_ is None and word in _IN_PREPS and
                        self.nodes.kind_of(obj) in _PLACE_TYPES and not any(
                            c.dep_ == "compound" for c in self.table.children(obj))):
                # "collapsed in Magnitogorsk", whatever the examples say; so is "in a city"
                # ("collaborate in a city": a place noun not yet read as a participant, by
                # its kind; not "on the areas of", "on a common code base"); not the target
                # of an act named by a noun whose examples make "on" its patient ("the
                # attack on the United States Embassy", "sanctions on Iran")
                role = "location"
            particle = verb_particle(p.token, self.table) if p.pos == "verb" else None
            if word == "of" and particle is not None and particle.lower_ == "out":
                role = "origin"  # "pulled out of Kabul"
            elif word == "of" and p.pos == "verb":
                role = role if role in ("patient", "origin") else None
                if role == "patient" and sense.undergoer_subject:
                    # "Robert died of an unspecified illness": the verb's subject is
                    # what undergoes it; the of-phrase is the cause (PropBank's "of"
                    # example is the noun's: "the death of X")
                    role = None
            of_agent = role == "agent" and word == "of"
            if role in ("agent",) and word not in ("by", "between", "among"):
                role = None  # (PropBank's "collaboration between X and Y": both act)
            if role == "agent" and word == "by" and p.pos == "verb" and not passive and any(
                    c.dep_ == "dobj" for c in self.table.children(p.token)):
                # PropBank's "by" is a passive's; an active verb with an object has its
                # agent as subject, and "by" says how ("pass it by two-thirds majority")
                role = None
            if word == "of" and p.pos == "noun" and role in ("patient", None) and \
                    self.table.head(prep).i == p.token.i and obj.pos_ != "PRON" and \
                    type_ not in _PLACE_TYPES and self._can_act(obj) and \
                    not p.has("agent") and self._undergoer_elsewhere(p, prep):
                # "the participation of this team in the competition": another phrase is
                # what PropBank's examples make the noun's ARG1, so an actor in the "of"
                # phrase is its ARG0 (the patient only when the noun's verb is transitive)
                role = "agent"
            elif role is None and word == "of" and p.pos == "noun" and \
                    self.table.head(prep).i == p.token.i and \
                    sense.arg_of("patient") not in (None, "0") and any(
                        c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i
                        for c in self.table.children(p.token)):
                # "the rejection of Johnson Space Center as a location", "the election of
                # Biden as president": what an "as" phrase is said of is the one rejected
                # or elected, whoever it is
                role = "patient"
            elif role is None and word == "of" and p.pos == "noun" and \
                    (sense.prep_arg(word) is None or of_agent):
                # "the resignation of MP John McVeigh", "at the invitation of the
                # Government": PropBank's 'of' is the actor; what it names decides
                role = self._of_role(sense, type_ in AGENTIVE_TYPES)
            elif word == "of" and p.pos == "noun" and self.table.head(prep).i == p.token.i and \
                    role in ("addressee", "recipient", "origin", "destination") and \
                    obj.pos_ != "PRON" and self._can_act(obj):
                # "the request of the municipalities": PropBank's 'of' is the verb's
                # ("request X of Y": who is asked); right after the noun, an actor is
                # its subject, the genitive
                role = self._of_role(sense, True)
            elif role == "amount" and word == "of" and not self._is_amount(obj) and \
                    type_ not in AGENTIVE_TYPES:
                role = "patient"  # "the use of drugs": VerbNet's asset, no sum
            if role in ("addressee", "recipient") and obj.i in self.found and \
                    obj.i != p.token.i:
                # "communicated by Putin with a phone call to Assad": an act is no one
                # addressed or given to; with it, it is how
                role = "instrument" if word == "with" else None
            if role is None:
                role = self._generic_prep_role(p, word, obj, type_)
            if role == "location" and type_ not in _PLACE_TYPES:
                # "at a market in Kabul", "by police in Minsk": the place is inside
                inner = [g for g in self.table.children(obj)
                         if g.dep_ == "prep" and g.lower_ in _LOCATION_PREPS]
                for g in inner if depth < 2 else ():
                    self.preposition(p, g, passive, depth + 1)
                if self._number(obj):
                    continue  # "estimated in the range 2-4", "at 3 mph": how much, never where
                if type_ is None and (inner or self.nodes.kind_of(obj) not in _PLACE_TYPES
                                      or _complex_preposition(obj, self.table)):
                    # a place or building described says where ("remained at the station",
                    # "at a processing plant"), unless a place inside it does ("at his home
                    # in San Rafael") or it is part of a preposition ("in front of")
                    continue
            if role is None or role == "location" and type_ == "Thing":
                # a mere thing is no place ("completed in English", "revolved around their
                # convictions"; a person is left alone: places typed Person by mistake, "banded
                # at Punta Tombo", outnumber people read as places)
                continue
            if role in ("origin", "destination") and type_ not in _PLACE_TYPES and \
                    type_ is not None and sense.kind not in ("Resignation",) and \
                    not (role == "origin" == sense.object):  # "graduated from Princeton"
                role = "recipient" if role == "destination" and type_ in AGENTIVE_TYPES \
                    and word == "to" else None
                # ("stuck in Congress", "served in the party": a place word is no handing on)
                if role is None:
                    continue
            if role == "location" and _placed_after_a_place(p, prep):
                continue  # "transferred to Charité in Berlin": the parser's slip; Charité's
            p.add(role, obj, "prep")
            if obj.i not in self.found and word == "of" and p.pos == "noun":
                # "withdrawal of troops from Syria": the parser hangs "from" on the object
                for g in self.table.children(obj):
                    if g.dep_ == "prep" and g.lower_ in ("from", "to", "into", "in"):
                        self.preposition(p, g, passive, depth + 1)

    def _carried_from(self, p: Predication, verb: Token) -> None:
        """'Requests have come from the Municipality': the event noun that comes from an
        actor is that actor's act, when its roleset has an ARG0 agent and does not make
        "from" a source (not "withdrawal"; not "deaths", which no one does: die.01 has no
        ARG0; request.01's "from" is the verb's one asked, not the noun's) and
        the actor can act (not a place, a building or a country: "the shot came from a
        building", "the attacks came from Yemen")."""
        sense = p.sense
        if p.has("agent") or sense.role("0") != "agent" or \
                sense.prep_role("from") in ("origin", "patient", "instrument"):
            return  # (a roleset whose "from" is where something leaves, or what moves)
        for c in self.table.children(verb):
            if c.dep_ != "prep" or c.lower_ != "from":
                continue
            for obj in self.table.children(c):
                # (a country too is where things come from: "the attacks came from Yemen")
                if obj.dep_ == "pobj" and obj.pos_ != "PRON" and self._can_act(obj) and \
                        self.type_of(obj) not in _PLACE_TYPES:
                    p.add("agent", obj, "governing")

    def _own_from(self, p: Predication, prep: Token) -> bool:
        """A "from" phrase of the noun itself ("approval from Congress"), or of the light
        verb that carries it ("drew criticism from the opposition": the parser hangs the
        phrase on "drew", but what comes from someone is the criticism)."""
        head = self.table.head(prep).i
        return head == p.token.i or (p.light is not None and head == p.light.i)

    def _governed_noun(self, p: Predication) -> None:
        """An event noun's doer or undergoer from the verb whose object it is, by the verb
        ("a fire caused damage to 60 cars": the fire damages; "Wiranto survived the
        attack": he was attacked), when the noun's roleset has that role and nothing
        fills it. Only an active verb's subject (its own, a relative's antecedent, a
        controller), and one fit for the role: no "it" or "which" left to resolve, no place
        or time; who undergoes it must be a person or body kg knows, named or resolved
        ("they survive these explosions", of stars, is no explosion of them)."""
        n = p.token
        verb = self.table.head(n)
        number = self.w.governing_roles.get(verb.lemma_.lower())
        if p.pos != "noun" or n.dep_ != "dobj" or verb.pos_ != "VERB" or number is None:
            return
        role = p.sense.role(number)
        if role not in ("agent", "patient") or p.has(role):
            return
        heads, undergoer, how = self.subjects(verb)
        if undergoer or how not in ("direct", "relative", "control"):
            return  # a passive's subject, or one guessed from a clause further off
        for h in heads:
            if h.i == n.i or h.ent_type_ in ("DATE", "TIME") or h.lower_ in RELATIVE or \
                    h.pos_ == "PRON" and h.lower_ in ("it", "this", "that") or \
                    not self._can_act(h) and self.type_of(h) in _PLACE_TYPES or \
                    role == "patient" and self._kind(h) not in AGENTIVE_TYPES:
                return
        for h in heads:
            p.add(role, h, "governing")

    def _undergoer_elsewhere(self, p: Predication, of: Token) -> bool:
        """Whether a noun's ARG1 comes through a prepositional phrase other than its "of"
        phrase, by the roleset's PropBank examples ("the participation of the team in the
        competition": "in" is participate.01's ARG1). The roleset needs an ARG0 that acts."""
        sense = p.sense
        arg1 = sense.arg_of("patient")
        if arg1 is None or arg1 == "0" or sense.role("0") != "agent":
            return False
        for c in self.table.children(p.token):
            if c.i == of.i:
                continue
            if c.dep_ == "prep" and c.lower_ != "of" and sense.prep_arg(c.lower_) == arg1 and \
                    any(g.dep_ == "pobj" for g in self.table.children(c)):
                return True
        return False

    def _sentence_before(self, verb: Token, clause: Token) -> bool:
        """'It recently published its 50,000th article, and ..., Wikinews interviewed the
        site's founder': a clause with a subject of its own set before the subject of a
        verb that takes no clause (no saying, thinking or telling) is a sentence of its
        own the parser hung there, not what the verb is about."""
        if clause.dep_ != "ccomp" or clause.i > verb.i or \
                verb.lemma_.lower() in self.w.clause_taking:
            return False
        subject = next((c for c in self.table.children(verb) if c.dep_ == "nsubj"), None)
        return subject is not None and clause.right_edge.i < subject.left_edge.i and any(
            c.dep_ == "nsubj" for c in self.table.children(clause))

    def _purpose_after_object(self, v: Token, clause: Token) -> bool:
        """'sued Vance to block the release', 'rebuilt the source code to provide a free
        alternative': a 'to'-clause after the direct object of a verb that asks, makes or
        means no one to do it (no object control, intent, raising, saying or attitude
        verb, nor "paid smugglers to take them", what was paid for) says what for, not what
        was done: no event object of the verb (its doer is still read, kg.extract.subjects).
        Not after an "it" subject, whose clause is extraposed ("it took us years to come
        out": what took years)."""
        lemma = v.lemma_.lower()
        if not infinitive(clause) or lemma in self.w.object_control or \
                lemma in self.lex.intent or lemma in self.lex.raising or \
                lemma in self.w.paid_doers or self.lex.is_function_word(lemma):
            return False
        children = self.table.children(v)
        return not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children) and \
            any(c.dep_ == "dobj" and c.i < clause.i for c in children)

    def _circumstance(self, p: Predication, prep: Token) -> bool:
        """A with-phrase that sets the scene rather than saying with what: fronted before
        the subject ("With Sunday's signings, all have signed"), set off by a comma
        ("sustained heavy rains, with flooding"), or with a predicate of its own ("with the
        vote over", "with the number rising", "with a child the sole survivor")."""
        if prep.i < p.token.i and not any(
                o.lower_ in RELATIVE for o in self.table.children(prep)) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > prep.i
                for c in self.table.children(p.token)):
            return True
        if prep.i > 0 and self.doc[prep.i - 1].lower_ in (",", ";", "\u2014", "\u2013", "--"):
            return True
        for obj in self.table.children(prep):
            if obj.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass")
                                           for c in self.table.children(obj)):
                return True  # "with the vote over": the parser's small clause
            if obj.dep_ == "pobj" and any(
                    c.dep_ == "appos" and c.i > obj.i and not self.doc[c.left_edge.i - 1].is_punct
                    for c in self.table.children(obj)):
                return True  # (not an apposition after a comma: "with Novichok, a nerve agent")
        return False

    @staticmethod
    def _number(tok: Token) -> bool:
        """A number or a numeric range ("2-4"), which names how much, not where."""
        text = tok.text.replace(",", "").replace(".", "")
        # (not a name the recogniser took for a sum: "the 2020 Constitution Party Convention")
        return tok.like_num or tok.ent_type_ in AMOUNT_LABELS and tok.pos_ != "PROPN" or \
            bool(text) and all(
            part.isdigit() for part in text.replace("\u2013", "-").split("-"))

    @staticmethod
    def _of_role(sense: Sense, agentive: bool) -> str | None:
        """The 'of' phrase of an event noun PropBank's examples say nothing of: what the
        verb's object would be ("the enforcement of the act", "the use of drugs"), or,
        for a verb with no object or a named actor, its subject ("marches of protesters",
        "the resistance of the Catholic Church")."""
        numbered = {number for number, _ in sense.roles if number.isdigit()}
        if agentive and "0" in numbered and sense.role("0") == "agent":
            return "agent"
        if numbered & {"1", "2"}:
            return "patient" if sense.arg_of("patient") not in (None, "0") else None
        return "agent" if "0" in numbered else None

    def _generic_prep_role(self, p: Predication, word: str, obj: Token,
                           type_: str | None) -> str | None:
        if word in ("with", "by", "through", "via") and obj.i in self.found and \
                self.found[obj.i].pos == "noun":
            return "instrument"  # "by air strikes", "through talks"
        if word == "from":
            # "graduated from Princeton University": an organisation is where from when
            # the sense's fact is the origin
            return "origin" if type_ in _PLACE_TYPES or p.sense.kind in (
                "Withdrawal", "Resignation") or p.sense.object == "origin" else None
        if word in ("to", "into", "towards", "toward", "onto"):
            return self._to_role(p, obj)
        if word in ("with", "between", "among", "alongside"):
            if type_ in AGENTIVE_TYPES and (p.sense.symmetric or p.sense.kind in (
                    "Meeting", "Negotiation", "Agreement", "PhoneCall", "Ceasefire")):
                return "participant"
            if type_ is None and obj.pos_ == "NOUN" and word == "with" and \
                    obj.lemma_.lower() not in ("help", "support") and p.pos == "verb":
                return "instrument" if p.sense.kind in ("Killing", "Attack") else None
            return "participant" if type_ in AGENTIVE_TYPES and p.sense.kind else None
        if word in ("in", "at", "near", "inside", "outside", "across", "throughout", "within",
                    "around", "off", "along"):
            if obj.i in self.found and p.sense.kind in (
                    "Killing", "Attack", "Arrest", "Communication", "Death", "Release"):
                return "instrument"  # "killed in an airstrike", "conveyed in a phone call"
            return "location"
        if word in ("on", "against") and p.sense.kind in ("Attack", "Airstrike", "Sanction"):
            return "patient"
        if word == "on" and type_ in _PLACE_TYPES:
            return "location"
        if (word == "against" or word == "on" and
                p.token.lemma_.lower() in self.lex.on_patient_nouns) and p.pos == "noun" and \
                p.sense.arg_of("patient") not in (None, "0") and not p.has("patient") and \
                obj.i not in self.found:
            # "the federal charges against Fields", "new restrictions on flights to Cuba": an
            # event noun's "against" phrase, and the "on" phrase of those the lexicon lists,
            # is what it bears on, where PropBank's few noun examples give it no role (not
            # an act: "talks on ending the war" is the topic's event object)
            return "patient"
        if word == "for" and self._is_amount(obj):
            return "amount"
        if word == "by" and self._is_amount(obj):
            return "amount"
        return None

    def place_inside(self, p: Predication) -> None:
        """'arrested a leader in Nairobi', 'a court in Moscow sentenced', 'strikes on
        positions in northern Iraq', 'by police in Minsk': without a place of its own, the
        event happened where its participant is placed."""
        if p.has("location"):
            return
        for a in list(p.args):
            if a.role not in ("agent", "patient", "recipient", "destination",
                              "participant") or a.how not in (
                    "direct", "prep", "nominal") or a.token.i in self.found:
                continue
            for g in a.token.children:
                if g.dep_ == "prep" and g.lower_ in ("in", "at", "near"):
                    for o in self.table.children(g):
                        if o.dep_ == "pobj" and self.type_of(o) in ("Place", "Country"):
                            p.add("location", o, "prep")
                            return

    def members_among(self, p: Predication) -> None:
        """'Kurdi, his brother, and his mother were among eleven migrants who died', 'Two
        journalists were among those killed': the subject of "be among" the participants
        is one of them, in the same role (its conjuncts follow it, as any argument's do)."""
        for a in list(p.args):
            among = self.table.head(a.token)
            be = self.table.head(among)
            if a.role not in ("agent", "patient", "recipient") or a.token.dep_ != "pobj" or \
                    among.lower_ != "among" or be.lemma_.lower() != "be" or be.i == among.i:
                continue
            for c in self.table.children(be):
                # (beside the group's own filler, which ``Predication.add`` keeps alone)
                if c.dep_ == "nsubj" and not any(x.token.i == c.i for x in p.args):
                    p.args.append(Arg(a.role, c, "among"))

    # -- headlines -------------------------------------------------------------------------
    def read_headline(self, p: Predication) -> None:
        """'Putin orders withdrawal': agent on the left, object the compound's head."""
        v = p.token
        p.add("agent", self.table.tokens[v.i - 1])
        obj = self.table.head(v)
        p.add("eventObject" if obj.i in self.found else (p.sense.object or "patient"), obj)

    # -- nouns -----------------------------------------------------------------------------
    def read_noun(self, p: Predication) -> None:
        n, sense = p.token, p.sense
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in self.table.children(n))
        bodies: list[Token] = []  # unnamed bodies modifying the noun ("the police shooting")
        for c in self.table.children(n):
            if c.dep_ == "poss":
                role = self._poss_role(p, c, has_of)
                if role:
                    p.add(role, self._bound(c, light=p.light is not None), "nominal")
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < p.span.start and sense.kind:
                if any(h in self.found and self.found[h].pos == "verb"
                       for h in range(c.i + 1, n.i)):
                    continue  # "Putin orders withdrawal": Putin is the order's agent
                key = self.table.key_of(c)
                demonym = c.text in self.w.countries.demonyms
                if key is None and not demonym:
                    if self._unnamed_body(c):
                        bodies.append(c)
                    continue
                type_ = self.table.type_of(key) if key else "Country"
                if type_ == "Place" or (type_ == "Country" and (
                        sense.arg_of("agent") is None or sense.kind in _PLACED_KINDS)):
                    p.add("location", c, "nominal")  # "the Syria talks"
                elif type_ in AGENTIVE_TYPES and sense.kind not in ("Election",):
                    p.add("agent", c, "nominal")  # "Russian air strikes", "the U.S. decision"
            elif c.i < p.span.start and self._unnamed_body(c):
                bodies.append(c)  # (a noun of no event kind: "a police investigation")
            elif c.dep_ == "prep":
                self.preposition(p, c)
            elif c.dep_ in ("acl", "relcl"):
                if c.dep_ == "acl" and c.tag_ in ("VB", "TO") or any(
                        g.dep_ == "aux" and g.lower_ == "to" for g in self.table.children(c)):
                    if c.i in self.found:
                        p.add("eventObject", c, "nominal")  # "the decision to take out"
                for g in self.table.children(c):
                    if g.dep_ == "prep" and g.lower_ in _LOCATION_PREPS:
                        self.preposition(p, g)
        self._inherit(p)
        if len(bodies) == 1 and not p.has("agent") and sense.arg_of("agent") is not None \
                and not sense.undergoer_subject and any(
                    a.role in ("patient", "eventObject") and a.how == "prep" for a in p.args):
            # "the police shooting of Jacob Blake", "a government crackdown on protesters":
            # with what it is done to said in a phrase of its own, a body named before the
            # noun is who does it (not "a prisoner release": people undergo it; not "the
            # government shutdown": nothing else is its object)
            p.add("agent", bodies[0], "nominal")

    def _unnamed_body(self, modifier: Token) -> bool:
        """Whether a noun modifier is a common noun naming a body that acts as one
        ("police", "government", "rebels"), no entity of its own."""
        return modifier.dep_ == "compound" and modifier.pos_ == "NOUN" and \
            self.table.key_of(modifier) is None and \
            self.nodes.kind_of(modifier) in _BODY_KINDS

    def _means_participle(self, verb: Token, clause: Token) -> bool:
        """Whether ``clause``, a participle the parser made the verb's complement, says
        with what the act is done ("can be measured using the emission of light", "Obama
        tweeted using his @POTUS account"): one of ``means_participles``, not the clause
        of a verb that takes one ("stop using IE6", "endorsed using 'life' as the
        measure", "don't seem to be using bone tools")."""
        if clause.tag_ != "VBG" or clause.dep_ != "xcomp" or \
                clause.lemma_.lower() not in self.w.means_participles:
            return False
        lemma, lex = verb.lemma_.lower(), self.lex
        # (a verb that takes a gerund as what it is about: aspect, advocacy, raising,
        # intent or attitude; "avoid" and "quit" too)
        return not (lemma in lex.aspectual or lemma in lex.advocacy or lemma in lex.raising
                    or lemma in lex.intent or lemma in lex.attitude or lemma in lex.copula
                    or lemma in self.w.gerund_taking)

    def _poss_role(self, p: Predication, owner: Token, has_of: bool) -> str | None:
        type_ = self.type_of(owner)
        sense = p.sense
        if sense.arg_of("agent") is None or (sense.undergoer_subject and not has_of) or (
                (sense.kind in ("Arrest", "Killing", "Appointment", "Conviction", "Kidnapping",
                                "Release", "Election") or
                 p.token.lemma_.lower() in self.w.undergone_nouns) and not has_of):
            if type_ in _PLACE_TYPES and sense.kind not in ("Killing", "Arrest"):
                return "location"  # "South Korea's presidential election"
            if type_ == "Organization" and sense.kind in self.w.chooser_kinds:
                return "agent"  # "the Democratic Party's nomination": the party nominates
            return "patient"  # "his arrest", "Kirchner's conviction"
        if owner.pos_ == "PRON" and owner.lower_ in POSSESSIVE_PRONOUNS and \
                self.table.key_of(owner) is None:
            return "agent"
        return "agent"

    def _inherit(self, p: Predication) -> None:
        """A noun's agent from its light verb, from the predicate it is the means of, and
        its place from a verb that only says it happened."""
        n = p.token
        head = self.table.head(n)
        undergoing = p.light is not None and \
            p.light.lemma_.lower() in self.lex.undergoing_light and \
            p.sense.kind not in self.w.acts_had and not (  # "had protests": they protest
                p.light.lemma_.lower() == "have" and n.lemma_.lower() in self.w.held_nouns)
        # ("Sweden had ball possession", "IBM had no influence": the holder acts)
        if p.light is not None and (not p.has("agent") or undergoing and not p.has("patient")):
            # (an undergoing verb's subject undergoes it whoever acts: "Trump faced
            # condemnation from Russia", the noun's own "from" phrase its agent)
            heads, undergoer, how = self.subjects(p.light)
            if undergoing and not undergoer and heads:
                # "are undergoing trial for manslaughter", "had surgery on his knee": the
                # one who undergoes it is its patient, not the phrase the noun took
                p.args[:] = [a for a in p.args if not (a.role == "patient" and a.how == "prep")]
            for h in heads:
                if undergoing and not undergoer and not p.has("patient"):
                    p.add("patient", h, "light")  # "Hunter had surgery": he undergoes it
                elif not undergoer and not undergoing:
                    p.add("agent", h, "light")
            for c in p.light.children:  # "keep a presence in X": the verb's preposition
                if c.dep_ == "prep":
                    self.preposition(p, c)
                elif c.dep_ == "agent" and (p.light.dep_ == "acl" or n.dep_ == "nsubjpass"):
                    # "the attack carried out by the gunmen", "a decision was made by the
                    # board": the passive's doer
                    for g in self.table.children(c):
                        if g.dep_ == "pobj":
                            p.add("agent", g, "light")
        elif p.light is not None:
            for c in p.light.children:
                if c.dep_ == "prep":
                    self.preposition(p, c)
        else:
            self._governed_noun(p)
        if n.dep_ == "nsubj" and head.pos_ == "VERB" and \
                head.lemma_.lower() in self.w.from_carriers:
            self._carried_from(p, head)
        if n.dep_ == "nsubj" and head.lemma_.lower() == "be" and p.sense.undergoer_subject \
                and not p.has("patient"):
            for c in self.table.children(head):  # "the confirmed deaths are fourteen civilians"
                if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN", "NUM") and \
                        c.i not in self.found:
                    p.add("patient", c, "nominal")
        if n.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB" and \
                head.lemma_.lower() in _HAPPEN:
            for c in self.table.children(head):  # "the strikes took place near Homs"
                if c.dep_ == "prep" and c.lower_ in _LOCATION_PREPS:
                    self.preposition(p, c)
        if not p.has("agent") and n.dep_ == "pobj" and head.lower_ in (
                "with", "by", "through", "via", "in") and self.table.head(head).i in self.found:
            parent = self.found[self.table.head(head).i]
            # "killed X in an airstrike", "by air strikes", "communicated with a phone
            # call": the means is the actor's own (read as the parent's argument: "charged
            # X with murder" is not, PropBank's 'with' names the crime there)
            if (parent.sense.kind in ("Killing", "Attack") or head.lower_ != "in") and \
                    any(a.token.i == n.i for a in parent.args):
                for a in parent.args:  # "killed X in an airstrike": the killer's strike
                    if a.role == "agent":
                        p.add("agent", a.token, "inherited")
        if not p.has("agent") and n.dep_ == "pobj" and \
                f"{head.lower_} {n.lower_}" in self.w.answering_phrases and \
                self.table.head(head).i in self.found and self.table.head(head).pos_ == "VERB":
            # "Iran fired missiles in response to the US airstrike": the clause's doer
            # responds (its subject, however the clause reads it)
            heads, undergoer, _ = self.subjects(self.table.head(head))
            for h in ([] if undergoer else heads):
                p.add("agent", h, "inherited")
        # "the U.S. decision to take out X": the acl verb's agent is the noun's (not a
        # directive's: "Putin's order to withdraw the troops", the troops withdraw)
        for a in list(p.args):
            if a.role == "eventObject" and a.token.dep_ == "acl" and a.token.i in self.found \
                    and not self._granted_to(a.token) and \
                    n.lemma_.lower() not in self.w.directive_nouns:
                inner = self.found[a.token.i]
                for g in p.args:
                    if g.role == "agent" and not inner.has("agent"):
                        inner.add("agent", g.token, "control")

    # -- adjectives ----------------------------------------------------------------------------
    def read_adjective(self, p: Predication) -> None:
        """'Russia has been present in Syria': the copula's subject, the adjective's place."""
        adj = p.token
        verb = self.table.head(adj)
        heads, _, how = self.subjects(verb)
        objects = [c for c in self.table.children(verb) if c.dep_ == "dobj"]
        if adj.dep_ == "oprd" and objects:
            heads, how = objects[:1], "control"  # "shot him dead": he is dead, not police
        # "39 are confirmed dead", "two were injured": a subject the adjective's roleset
        # makes its ARG1 undergoes it
        role = "patient" if p.sense.arg_of("patient") == "1" else "agent"
        for h in heads:
            p.add(role, h, how)
        for c in list(self.table.children(adj)) + [c for c in self.table.children(verb)
                                                    if c.dep_ == "prep"]:
            if c.dep_ == "prep":
                self.preposition(p, c)


def _manner_in(p: Predication, word: str) -> bool:
    """'Communities are built in overcoming challenges': an "in" gerund on a verb whose
    PropBank examples give "in" no role says how or while it was done, not what was done
    (unlike 'participated in extinguishing', 'succeed in restricting', 'specialize in
    hunting', whose rolesets list the "in" phrase)."""
    return word == "in" and p.pos == "verb" and p.sense.prep_arg("in") is None
