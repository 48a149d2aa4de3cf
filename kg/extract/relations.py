"""Relations between entities read from the dependency parse, normalised to kg properties.

For every verb: who (nsubj, the agent of a passive, inherited through conj and
subject-control xcomp, a relative clause's head), the property (verb-lemma lexicon
in ``kg/data/extract/relations.json``: plain verbs, particle verbs "pull out", light
verbs "keep a presence in", aspectual/control verbs "continue to run", "began
withdrawing"), and what (direct object, dative, passive subject, the object of a
preposition the property takes, an addressee inside a noun "with a phone call to X",
or a nominal/clausal object kept as text and pointed at an event when one was found
there). Subjects and objects are looked up in the entity table, so pronouns resolve
once coreference has added them. Unknown verbs give ``relatedBy`` with the lemma, only
between two entities. Negation sets polarity; will/would/may and intent verbs set
modality.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicons
from kg.extract.table import EntityTable
from kg.model import Event, Relation

FALLBACK = "relatedBy"
#: Entity types that can do things (subjects) or be related to (objects).
SUBJECT_TYPES = frozenset({"Person", "Organization", "Country", "Group", "Place"})
OBJECT_TYPES = frozenset({"Person", "Organization", "Country", "Group", "Place", "Facility",
                          "EventName"})
#: Properties whose conjoined subjects relate to each other: "Putin and Erdogan met".
SYMMETRIC = frozenset({"meets", "negotiatesWith", "calls"})
#: Verbs of saying: a "would" under them is a reported future, not a hedge.
_SAYING = frozenset({"say", "announce", "tell", "declare", "state", "confirm", "add", "report",
                     "claim", "insist", "warn", "promise", "pledge", "vow", "indicate"})
#: Conjunctions the parser often reads as prepositions ("after Putin announced").
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "when", "while",
                            "because", "once", "though", "although"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
_NEG_ADVERBS = frozenset({"never"})
#: Properties whose object may be an event ("ordered the withdrawal"); for the others a
#: nominal object that is an event trigger is the action itself ("carried out air
#: strikes") or, for "says", the content of a claim, which attribution records.
_EVENT_OBJECTS = frozenset({"orders", "announces", "asks", "communicatesTo", "supports",
                            "opposes", "accuses", "signs", FALLBACK})
#: Properties that need an entity object.
_ENTITY_OBJECT_ONLY = frozenset({FALLBACK, "calls", "meets", "visits"})
#: Verbs too light to relate two entities on their own ("X is Y", "X has Y").
_NO_FALLBACK = frozenset({"be", "have", "do", "become", "seem", "get", "remain", "include"})
_MAX_TEXT_TOKENS = 25

# confidence: how sure each rule is
_LEXICON, _FALLBACK, _HEADLINE = 0.8, 0.45, 0.7
_LITERAL_OBJECT, _INHERITED, _RESOLVED = 0.15, 0.1, 0.1


@dataclass(frozen=True)
class _Lexicon:
    verbs: dict
    particles: dict
    light: dict
    passthrough: frozenset
    intent: frozenset
    negating: frozenset
    special: dict
    object_preps: dict
    addressee_preps: dict
    presence: frozenset
    future: frozenset
    hedge: frozenset
    facility_cues: frozenset
    raising: dict


#: Entity labels of amounts: a name the parser hangs on one is the real object.
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
#: Properties whose place may sit inside a text object ("visited camps in Gaza").
_PLACE_INSIDE_OBJECT = frozenset({"visits"})


#: Nouns that stand for a country's state when the country qualifies them.
_GOVERNMENT_NOUNS = frozenset({"government", "authorities", "administration", "cabinet"})


@lru_cache(maxsize=1)
def _place_cues() -> frozenset[str]:
    return frozenset(lexicons.entities()["place_cues"])


@lru_cache(maxsize=1)
def _org_nouns() -> frozenset[str]:
    return frozenset(lexicons.entities()["org_common_nouns"])


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    lex = lexicons.relations()
    cues = frozenset(c.split()[-1] for c in lexicons.entities()["facility_cues"])
    return _Lexicon(
        verbs=lex["verbs"], particles=lex["particle_verbs"], light=lex["light_verbs"],
        passthrough=frozenset(lex["passthrough"]), intent=frozenset(lex["intent"]),
        negating=frozenset(lex["negating"]), special=lex["passthrough_special"],
        object_preps=lex["object_preps"], addressee_preps=lex["addressee_preps"],
        presence=frozenset(lex["presence_adjectives"]), future=frozenset(lex["future_auxiliaries"]),
        hedge=frozenset(lex["hedge_auxiliaries"]), facility_cues=cues, raising=lex["raising"])


@dataclass(frozen=True)
class _Arg:
    """A subject or object: an entity key, or text (and maybe an event) for objects."""

    token: Token
    key: str | None
    text: str | None = None
    event: str | None = None
    penalty: float = 0.0


class _Reader:
    """Reads the relations of one Doc."""

    def __init__(self, doc: Doc, table: EntityTable, events: Sequence[Event]) -> None:
        self.doc, self.table, self.lex = doc, table, _lexicon()
        self.events = sorted((e.start, e.end, e.id) for e in events)
        self._event_starts = [start for start, _, _ in self.events]
        self.sent: Span = doc[0:0]  # the sentence being read (Token.sent is O(n))

    # -- entities ------------------------------------------------------------------
    def key(self, tok: Token, types: frozenset) -> str | None:
        """The entity ``tok`` stands for: itself, its apposition, or a named facility head."""
        key = self.table.key_of(tok)
        if key is None:
            for child in tok.children:
                if child.dep_ == "appos":
                    key = self.table.key_of(child)
                    break
        if key is None and tok.lower_ in _GOVERNMENT_NOUNS:
            # "the Swedish government": the country it is the government of
            for child in tok.lefts:
                k = self.table.key_of(child) if child.dep_ in ("amod", "compound", "poss") \
                    else None
                if k and self.table.type_of(k) == "Country":
                    key = k
                    break
        if key is None and tok.lower_ in _place_cues():
            # "the city of El Obeid": the named place
            for child in tok.rights:
                if child.dep_ == "prep" and child.lower_ == "of":
                    k = next((self.table.key_of(g) for g in child.children
                              if g.dep_ == "pobj"), None)
                    if k and self.table.type_of(k) == "Place":
                        key = k
                    break
        if key is None and tok.lemma_.lower() in _org_nouns():
            # "the IG Metall union": the organisation noun after its name
            for child in tok.lefts:
                k = self.table.key_of(child) if child.dep_ == "compound" else None
                if k and self.table.type_of(k) == "Organization":
                    key = k
                    break
        if key is None and tok.lower_ in self.lex.facility_cues:
            # "the Hmeimim (Lattakia) air base": the name is a modifier of the cue noun
            for child in tok.lefts:
                k = self.table.key_of(child)
                if k and self.table.type_of(k) == "Facility":
                    key = k
                    break
        if key is not None and self.table.type_of(key) in types:
            return key
        return None

    def event_at(self, tok: Token) -> str | None:
        """The event whose trigger covers ``tok`` (the nearest starting before it)."""
        i = bisect_right(self._event_starts, tok.idx)
        for start, end, ident in reversed(self.events[max(0, i - 3):i]):
            if start <= tok.idx < end:
                return ident
        return None

    @staticmethod
    def conjuncts(tok: Token) -> list[Token]:
        return [tok] + [c for c in tok.conjuncts if c.i > tok.i]

    def text_of(self, tok: Token, after: Token | None = None, until: Token | None = None) -> str:
        """The phrase ``tok`` heads (after ``after``, before ``until``'s phrase), trimmed."""
        lo, hi = tok.left_edge.i, tok.right_edge.i
        if until is not None and until.left_edge.i > tok.i:
            hi = min(hi, until.left_edge.i - 1)
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            for child in tok.rights:  # "the leader and his opponents": one conjunct only
                if child.dep_ in ("cc", "conj"):
                    hi = child.i - 1
                    break
            for j in range(tok.i + 1, hi + 1):  # a noun phrase ends at a comma
                if self.doc[j].text == ",":
                    hi = j - 1
                    break
        if after is not None:
            lo = max(lo, after.i + 1)
        hi = min(hi, lo + _MAX_TEXT_TOKENS - 1)
        doc = self.doc
        while lo < hi and (doc[lo].is_space or doc[lo].dep_ == "mark"
                           or doc[lo].is_punct and not doc[lo].is_quote):
            lo += 1
        while hi > lo and (doc[hi].is_space or doc[hi].dep_ == "cc"
                           or doc[hi].is_punct and not doc[hi].is_quote):
            hi -= 1
        # keep quotes only in pairs: '"the main part" of his troops', not 'part" of'
        if sum(t.is_quote for t in doc[lo:hi + 1]) % 2:
            if doc[lo].is_quote and lo < hi:
                lo += 1
            elif doc[hi].is_quote and hi > lo:
                hi -= 1
        return doc[lo:hi + 1].text

    # -- subjects ------------------------------------------------------------------
    def subjects(self, verb: Token, depth: int = 0) -> list[_Arg]:
        """Who does ``verb``: own subject, passive agent, or inherited from a head verb."""
        out: list[_Arg] = []
        for child in verb.children:
            if child.dep_ in ("nsubj", "csubj"):
                out += self._subject_args(child, verb)
            elif child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        out += self._subject_args(obj, verb)
        if out or depth > 3:
            return out
        has_own = any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
        if has_own:
            return out
        stranded = self._stranded_subject(verb)
        if stranded is not None:
            return [stranded]
        head = verb.head
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            inherited = [self._inherit(a) for a in self.subjects(head, depth + 1)]
            if not inherited and not any(c.dep_ == "auxpass" for c in verb.children):
                # "Lee was sworn in and appointed Kim": the one sworn in appoints
                inherited = [self._inherit(a) for c in head.children if c.dep_ == "nsubjpass"
                             for a in self._subject_args(c, head)]
            return inherited
        if verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative") for c in head.children):
            return [self._inherit(a) for a in self.subjects(head, depth + 1)]
        if verb.dep_ in ("relcl", "acl") and verb.tag_ != "VBN":
            key = self.key(head, SUBJECT_TYPES)
            if key:
                return [_Arg(head, key, penalty=_INHERITED / 2)]
        return out

    def _stranded_subject(self, verb: Token) -> _Arg | None:
        """'after President Erdogan last night ordered ...': the parser read 'after' as a
        preposition, leaving the name as its object and the verb without a subject."""
        if verb.dep_ not in ("advcl", "conj", "ccomp", "ROOT"):
            return None
        for child in verb.lefts:  # the preposition hangs on the verb itself
            if child.dep_ in ("prep", "mark") and child.lower_ in _SUBORDINATORS:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[-1].i < verb.i and (key := self.key(objs[-1], SUBJECT_TYPES)):
                    return _Arg(objs[-1], key, penalty=_INHERITED)
        j = verb.left_edge.i - 1
        while j >= self.sent.start and self.doc[j].dep_ in ("npadvmod", "advmod", "amod",
                                                              "det", "punct"):
            j -= 1
        if j < self.sent.start:
            return None
        tok = self.doc[j]
        if tok.dep_ == "pobj" and tok.head.lower_ in _SUBORDINATORS:
            key = self.key(tok, SUBJECT_TYPES)
            if key:
                return _Arg(tok, key, penalty=_INHERITED)
        return None

    def raised_subjects(self, governor: Token) -> list[_Arg]:
        """Subjects of a control or raising head: 'Putin is expected to visit' (passive),
        'Macron is due to travel' (adjective under 'be'), else the head's own subject."""
        if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "attr"):
            return self.subjects(governor.head)
        if governor.lemma_.lower() in self.lex.raising:
            raised = [a for c in governor.children if c.dep_ == "nsubjpass"
                      for a in self._subject_args(c, governor)]
            if raised:
                return raised
        return self.subjects(governor)

    @staticmethod
    def _inherit(arg: _Arg) -> _Arg:
        return _Arg(arg.token, arg.key, penalty=arg.penalty + _INHERITED)

    def _subject_args(self, tok: Token, verb: Token) -> list[_Arg]:
        if tok.lower_ in _RELATIVE and verb.dep_ == "relcl":
            tok = verb.head  # "Putin, who ordered ...": the relative's antecedent
        out = []
        for t in self.conjuncts(tok):
            key = self.key(t, SUBJECT_TYPES)
            if key:
                penalty = _RESOLVED if t.pos_ == "PRON" or not self._is_named(t, key) else 0.0
                out.append(_Arg(t, key, penalty=penalty))
        return out

    def _is_named(self, tok: Token, key: str) -> bool:
        """Whether ``tok`` is a name of the entity (not a pronoun or description)."""
        return tok.ent_type_ != "" or any(c.ent_type_ for c in tok.children if c.dep_ == "appos")

    # -- objects -------------------------------------------------------------------
    def objects(self, verb: Token, prop: str, light_noun: Token | None) -> list[_Arg]:
        """What the relation points at, best kind first (entities, then text)."""
        direct: list[Token] = []
        preps: list[Token] = []
        wanted = set(self.lex.object_preps.get(prop, ()))
        nested = set(self.lex.addressee_preps.get(prop, ()))
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        for child in verb.children:
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "deliver systems to Ukraine"
                direct += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("dobj", "dative", "attr", "oprd") and child is not light_noun:
                direct.append(child)
            elif child.dep_ == "nsubjpass":
                direct.append(child)
            elif child.dep_ == "prep" and child.lower_ in wanted:
                preps += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "prep" and \
                    f"{verb.lemma_.lower()} {child.lower_}" in self.lex.particles:
                # "called on Russia", "pulled out of Kabul"
                preps += [c for c in child.children if c.dep_ == "pobj"]
                preps += [g for c in child.children if c.dep_ == "prep"
                          for g in c.children if g.dep_ == "pobj"]
        if not direct:  # "criticised FIFA" parsed as an adverbial noun: still the object
            direct += [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                       and self.table.key_of(c) is not None]
        for tok in list(direct):
            if tok.ent_type_ in _AMOUNTS or any(  # "fined Barclays 40 million pounds"
                    c.dep_ == "nummod" and c.ent_type_ in _AMOUNTS for c in tok.children):
                direct[:0] = [c for c in tok.children if c.dep_ in ("nmod", "compound")
                              and c.pos_ == "PROPN"]
        if prop in _PLACE_INSIDE_OBJECT:  # "visited evacuation centres in Tuguegarao"
            preps += [g for tok in direct for c in tok.children
                      if c.dep_ == "prep" and c.lower_ in ("in", "at", "near")
                      for g in c.children if g.dep_ == "pobj"]
        particle_objs = [] if direct else list(preps)
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not direct:
            direct.append(verb.head)  # "the rebels, backed by Turkey, ...": the rebels
        if verb.dep_ == "relcl" and not direct and not passive:
            if not any(c.dep_ in ("nsubj",) and c.lower_ not in _RELATIVE for c in verb.children) \
                    or any(c.lower_ in _RELATIVE and c.dep_ == "dobj" for c in verb.children):
                direct.append(verb.head)  # "the terrorists that Putin set out to defeat"
        holders = ([light_noun] if light_noun is not None else []) + direct + preps
        if light_noun is not None:
            wanted_light = wanted | nested
            for child in light_noun.children:
                if child.dep_ == "prep" and child.lower_ in wanted_light:
                    preps += [c for c in child.children if c.dep_ == "pobj"]
        deep: list[Token] = []
        if nested:
            for holder in [verb] + holders:
                for child in holder.children:
                    if child.dep_ == "prep":
                        for obj in child.children:
                            if obj.dep_ == "pobj":
                                for sub in obj.children:
                                    if sub.dep_ == "prep" and sub.lower_ in nested:
                                        deep += [c for c in sub.children if c.dep_ == "pobj"]
                        if child.lower_ in nested and holder is not verb:
                            deep += [c for c in child.children if c.dep_ == "pobj"]
        def entities(group: list[Token]) -> list[_Arg]:
            return [_Arg(t, k) for tok in group for t in self.conjuncts(tok)
                    if (k := self.key(t, OBJECT_TYPES)) is not None]

        def literal(group: list[Token] = direct) -> list[_Arg]:
            for tok in group:
                if (tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or (
                        tok.pos_ == "VERB" and any(c.dep_ == "det" for c in tok.children))) \
                        and tok.lower_ not in _RELATIVE:
                    until = verb if tok == verb.head else None  # "the rebels, backed by"
                    return [_Arg(t, None, self.text_of(t, until=until), self.event_at(t),
                                 _LITERAL_OBJECT) for t in self.conjuncts(tok)]
            return []

        # addressee-like properties prefer an entity anywhere over a text object;
        # others keep the direct object ("withdrew its troops from Syria": troops)
        # "called on the security forces to ...": the particle's object, last
        order = ((lambda: entities(direct), lambda: entities(preps), lambda: entities(deep),
                  literal, lambda: literal(particle_objs)) if nested else
                 (lambda: entities(direct), lambda: entities(preps), literal)
                 if prop in _ENTITY_OBJECT_ONLY else
                 (lambda: entities(direct), literal, lambda: entities(preps),
                  lambda: literal(particle_objs)))
        for step in order:
            found = step()
            if found:
                return found
        if not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") for c in verb.children):
            adjacent = self._adjacent_entity(verb)
            if adjacent is not None:
                return [adjacent]
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX"):
                return [_Arg(child, None, self.text_of(child), self.event_at(child),
                             _LITERAL_OBJECT)]
        return []

    def _adjacent_entity(self, verb: Token) -> _Arg | None:
        """'will continue to run the naval base Misrata and ...': the parser hung the
        object elsewhere; a named entity right after the verb is still its object."""
        j = verb.i + 1
        while j < self.sent.end and self.doc[j].dep_ in ("det", "amod", "compound", "nmod") \
                and self.table.key_of(self.doc[j]) is None:
            j += 1
        if j >= self.sent.end or j - verb.i > 4:
            return None
        tok = self.doc[j]
        key = self.key(tok, OBJECT_TYPES)
        if key is None:
            return None
        # the whole mention's words: its last token is the one the parser attached
        end = j
        while end + 1 < self.sent.end and self.table.key_of(self.doc[end + 1]) == key:
            end += 1
        if self.doc[end].dep_ in ("nsubj", "nsubjpass") or self.doc[end].head == verb:
            return None
        return _Arg(self.doc[end], key, penalty=_LITERAL_OBJECT)

    # -- the verb ------------------------------------------------------------------
    def predicate(self, verb: Token) -> tuple[str, Token | None, Token]:
        """(property, light noun, the verb that governs modality): 'relatedBy' when unknown."""
        lex = self.lex
        lemma = verb.lemma_.lower()
        head = verb.head
        if verb.dep_ == "xcomp" and (head.lemma_.lower() in lex.passthrough
                                     or head.lemma_.lower() in lex.raising):
            special = lex.special.get(head.lemma_.lower(), {})
            if lemma in special:
                return special[lemma], None, head
            prop, light, _ = self._own_predicate(verb)
            return prop, light, head  # "pledged to deliver": the head sets the modality
        return self._own_predicate(verb)

    def _own_predicate(self, verb: Token) -> tuple[str, Token | None, Token]:
        lex = self.lex
        lemma = verb.lemma_.lower()
        for child in verb.children:
            if child.dep_ == "prt":
                # a particle changes the verb ("rule out" is not "rule"): unknown ones fall back
                return lex.particles.get(f"{lemma} {child.lower_}", FALLBACK), None, verb
        for child in verb.children:
            if child.dep_ == "dobj":
                prop = lex.light.get(lemma, {}).get(child.lemma_.lower())
                if prop:
                    return prop, child, verb
        for child in verb.children:
            if child.dep_ == "prep":
                prop = lex.particles.get(f"{lemma} {child.lower_}")
                if prop:
                    return prop, None, verb
        if lemma == "be" or (verb.tag_ == "VBN" and lemma in ("station", "base", "deploy")
                             and not any(c.dep_ == "agent" for c in verb.children)
                             and any(c.dep_ == "nsubjpass" for c in verb.children)):
            for child in verb.children:
                if child.dep_ == "acomp" and child.lemma_.lower() in lex.presence:
                    return "presentIn", child, verb
            if lemma != "be":
                return "presentIn", None, verb
        return lex.verbs.get(lemma, FALLBACK), None, verb

    def polarity_modality(self, verb: Token, governor: Token) -> tuple[str, str]:
        lex = self.lex
        negative = False
        modality = "asserted"
        chain = [verb] if governor is verb else [verb, governor]
        for v in chain:
            for child in v.children:
                if child.dep_ == "neg" or child.lower_ in _NEG_ADVERBS or (
                        child.lower_ == "longer" and any(g.lower_ == "no" for g in child.children)):
                    negative = True  # "not", "never", "no longer"
                if child.dep_ == "aux" and child.lower_ in lex.future:
                    modality = "future"
                elif child.dep_ == "aux" and child.lower_ in lex.hedge:
                    saying = v.dep_ == "ccomp" and v.head.lemma_.lower() in _SAYING
                    modality = "future" if child.lower_ == "would" and saying else "hedged"
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.negating:
            negative = not negative  # "Russia denied that it had attacked the convoy"
        if governor is not verb:
            g = governor.lemma_.lower()
            if g in lex.negating:
                negative = not negative
            elif g in lex.raising and modality == "asserted":
                modality = lex.raising[g]
            elif g in lex.intent and modality == "asserted":
                modality = "hedged"
            if g == "unlikely":
                negative = not negative
        return ("negative" if negative else "positive"), modality

    def evidence(self, verbs: Iterable[Token], args: Iterable[_Arg]) -> tuple[int, int]:
        """Character span of the clause: the verbs' phrases without other clauses, plus args."""
        verbs = list(verbs)
        sent = self.sent
        idx = [v.i for v in verbs]
        for verb in verbs:
            for child in verb.children:
                if child.dep_ in ("conj", "cc", "punct", "advcl", "parataxis", "xcomp"):
                    continue
                idx += [child.left_edge.i, child.right_edge.i]
        for arg in args:
            idx += [arg.token.left_edge.i, arg.token.i]
            if arg.key is None:
                idx.append(arg.token.right_edge.i)
        lo = max(min(idx), sent.start)
        hi = min(max(idx), sent.end - 1)
        doc = self.doc
        while hi > lo and (doc[hi].is_space or doc[hi].dep_ == "cc"
                           or doc[hi].is_punct and doc[hi].text not in ")\"”'"):
            hi -= 1
        while lo < hi and (doc[lo].is_space or doc[lo].dep_ == "mark"
                           or doc[lo].is_punct and doc[lo].text not in "(\"“'"):
            lo += 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi])

    def skip(self, verb: Token) -> bool:
        """Control verbs whose xcomp carries the relation ('began withdrawing'), and nouns
        misread as verbs (a verb has no compound noun: 'air strikes')."""
        if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            return True
        if verb.lemma_.lower() not in self.lex.passthrough:
            return False
        return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)

    def verb_relations(self, verb: Token) -> list[Relation]:
        if self.skip(verb):
            return []
        prop, light_noun, governor = self.predicate(verb)
        subjects = self.subjects(verb) if governor is verb else self.raised_subjects(governor)
        if governor is not verb and verb.dep_ == "xcomp" and not subjects:
            subjects = self.subjects(verb)
        if not subjects or (prop == FALLBACK and verb.lemma_.lower() in _NO_FALLBACK):
            return []
        if prop == "calls" and any(c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children):
            return []  # "called the incident 'state terrorism'" names, it does not phone
        objects = self.objects(verb, prop, light_noun)
        if not objects and prop in SYMMETRIC and len(subjects) > 1:
            # "Putin and Erdogan met": each conjunct meets the first
            objects = [subjects[1]] + subjects[2:]
            subjects = subjects[:1]
        lemma = verb.lemma_.lower()
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        if particle:
            lemma = f"{lemma} {particle}"
        elif governor is not verb and prop != self.lex.verbs.get(lemma):
            lemma = f"{governor.lemma_.lower()} {lemma}"
        polarity, modality = self.polarity_modality(verb, governor)
        base = _FALLBACK if prop == FALLBACK else _LEXICON
        out = []
        for s in subjects:
            for o in objects:
                if o.key is None and prop in _ENTITY_OBJECT_ONLY:
                    continue  # an unknown verb, or a call, with a text object says too little
                if o.key is not None and o.key == s.key:
                    continue
                event = o.event if prop in _EVENT_OBJECTS else None
                start, end = self.evidence((verb, governor), (s, o))
                out.append(Relation(
                    subject=s.key, predicate=prop, obj=o.key,
                    sentence=self.table.sentence_index(verb), start=start, end=end,
                    confidence=round(max(0.05, base - s.penalty - o.penalty), 3),
                    lemma=lemma, obj_text=o.text, obj_event=event,
                    polarity=polarity, modality=modality))
        return out

    def headline_relations(self, sent: Span) -> list[Relation]:
        """'Putin orders withdrawal of troops': a verbless headline whose verb was read as a noun."""
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return []
        out = []
        for tok in sent:
            if not (tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.i > sent.start):
                continue
            prop = self.lex.verbs.get(tok.lemma_.lower())
            before = self.doc[tok.i - 1]
            subj = self.key(before, SUBJECT_TYPES)
            if prop is None or subj is None or tok.head.i <= tok.i:
                continue
            obj_tok = tok.head
            key = self.key(obj_tok, OBJECT_TYPES)
            text = None if key else self.text_of(obj_tok, after=tok)
            start = self.doc[before.left_edge.i].idx
            end_tok = obj_tok.right_edge
            while end_tok.i > obj_tok.i and (end_tok.is_space or end_tok.is_punct):
                end_tok = self.doc[end_tok.i - 1]
            out.append(Relation(
                subject=subj, predicate=prop, obj=key, sentence=self.table.sentence_index(tok),
                start=start, end=end_tok.idx + len(end_tok),
                confidence=round(_HEADLINE if key else _HEADLINE - _LITERAL_OBJECT, 3),
                lemma=tok.lemma_.lower(), obj_text=text,
                obj_event=None if key or prop not in _EVENT_OBJECTS else self.event_at(obj_tok)))
        return out


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
        if j + 2 < len(doc) and doc[j].text == "(":
            k = j + 1
            if doc[k].lower_ in ("near", "in", "outside", "at"):
                k += 1
            places.append((doc[k], 0.75))
        for child in ent.root.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "near", "outside", "at"):
                places += [(c, 0.7) for c in child.children if c.dep_ == "pobj"]
        for tok, confidence in places:
            place = table.key_of(tok)
            if place and place != key and table.type_of(place) in ("Place", "Country"):
                end_tok = tok.right_edge
                if end_tok.i + 1 < len(doc) and doc[end_tok.i + 1].text == ")":
                    end_tok = doc[end_tok.i + 1]
                out.append(Relation(
                    subject=key, predicate="locatedIn", obj=place,
                    sentence=table.sentence_index(ent), start=ent.start_char,
                    end=end_tok.idx + len(end_tok), confidence=confidence, lemma=""))
    return out


def find_relations(doc: Doc, table: EntityTable, events: Sequence[Event] = ()) -> list[Relation]:
    """Relations of ``doc``, one per (subject, property, object, sentence), best first kept.

    ``events`` (from the event step, if it ran) lets a nominal or clausal object point
    at the event whose trigger it is (``Relation.obj_event``).
    """
    reader = _Reader(doc, table, events)
    found: dict[tuple, Relation] = {}
    for r in facility_locations(doc, table):
        found.setdefault((r.subject, r.predicate, r.obj, r.sentence), r)
    for sent in doc.sents:
        reader.sent = sent
        rels = reader.headline_relations(sent)
        for tok in sent:
            if tok.pos_ in ("VERB", "AUX"):
                rels += reader.verb_relations(tok)
        for r in rels:
            ident = (r.subject, r.predicate, r.obj or r.obj_text, r.sentence)
            if ident not in found or found[ident].confidence < r.confidence:
                found[ident] = r
    return sorted(found.values(), key=lambda r: (r.start, r.end, r.predicate))
