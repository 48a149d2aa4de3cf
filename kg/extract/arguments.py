"""The arguments of each predicate, read off the parse (``kg.extract.predicates``):
subjects and objects of active and passive clauses, relative and participial clauses,
control and raising, coordination, light verbs, nominal possessives and ``of``/``by``
phrases, and the prepositions each sense gives a role (see that module's docstring).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.accused import accused
from kg.extract.frames import Lexicon, Sense
from kg.extract.means import means_by_phrase
from kg.extract.misparses import claimed_subject
from kg.extract.modality import colon_clause
from kg.extract.nodes import Nodes, is_amount
from kg.extract.table import EntityTable
from kg.extract.triggers import (Predication, adjacent_object, coordinated_verb,
                                 lone_predicative, plural_compound_subject, shared_object,
                                 verb_particle, word_lists)


_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "when", "while",
                            "because", "once", "though", "although", "by", "without",
                            "upon", "on", "despite", "for", "in"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout",
                             "around", "outside", "on", "off", "along", "over", "outside"})
_PLACE_TYPES = frozenset({"Place", "Country", "Facility"})
_AGENTIVE_TYPES = frozenset({"Person", "Organization", "Country", "Group"})
_AMOUNT_LABELS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
#: Nouns whose verb only says that they happened: their place is the event's.
_HAPPEN = frozenset({"take", "happen", "occur", "hit", "begin", "start", "continue", "resume",
                     "end", "erupt", "break", "unfold", "follow", "kill"})
_MAX_HOPS = 5
#: Event kinds a country named before them locates rather than does ("the Syria talks").
_PLACED_KINDS = frozenset({"Negotiation", "Meeting", "Election", "Protest", "Explosion",
                           "Coup", "Ceasefire", "Agreement", "LabourStrike", "Visit"})
#: Relative adverbs: their clause says where, when, why or how of its antecedent ("the
#: place where ..."), it has no object there.
_RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how", "whereby", "wherein"})


def _causative_have(verb: Token) -> bool:
    """'tried to have Waseem released', 'got the ban lifted': a participle clause under a
    causative 'have' or 'get' — its subject undergoes it, the causer does it."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") and \
        verb.head.lemma_.lower() in ("have", "get") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)


def _agrees(verb: Token, antecedent: Token) -> bool:
    """Whether a present-tense verb agrees in number with its antecedent (a conjunction
    of nouns is plural)."""
    plural = antecedent.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in antecedent.children)
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    tag = aux.tag_ if aux is not None else verb.tag_
    if tag == "VBZ":
        return not plural
    if tag == "VBP":
        return plural
    return True


def _infinitive(verb: Token) -> bool:
    """A 'to'-infinitive ("to add")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in verb.children)


def _perfect_active(verb: Token) -> bool:
    """A perfect participle in the active voice ("having joined them"; not "having been
    elected")."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "having" for c in children) and \
        not any(c.dep_ == "auxpass" for c in children)


class Reader:
    """Finds the arguments of the predicates of one Doc."""

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

    def read(self, p: Predication) -> None:
        if p.pos == "noun":
            self.read_noun(p)
        elif p.pos == "adjective":
            self.read_adjective(p)
        elif p.headline:
            self.read_headline(p)
        else:
            self.read_verb(p)

    # -- subjects ---------------------------------------------------------------------
    def subjects(self, verb: Token, hops: int = 0) -> tuple[list[Token], bool, str]:
        """(subject heads, whether they are the undergoer (a passive subject), how found)."""
        own = [c for c in self.table.children(verb) if c.dep_ in ("nsubj", "csubj")]
        if own and _causative_have(verb):
            return own[:1], True, "direct"  # "have Waseem released": he is released
        if len(own) > 1 and all(c.i < verb.i for c in own) and any(
                t.text in (":", '"', "“") for t in
                verb.doc[own[-2].right_edge.i + 1:own[-1].left_edge.i]):
            # 'The statement on the death read: "Don loved ..."' read as two subjects of
            # "loved": the one after the colon or quotation mark is its own
            own = own[-1:]
        elif self._fronted_description(own, verb):
            # "The daughter of a music teacher, she broke her leg", "A son of the Midwest
            # heartland and a veteran of World War II, Justice Stevens devoted": a fronted
            # description is the apposition of the pronoun or name after it, the subject
            own = own[-1:]
        if len(own) == 1:
            owner = self._apposed_country(own[0])
            if owner is not None:
                # "the Parliament of New South Wales, Australia voted": the country is
                # where the place before it lies; the subject is that place's phrase
                own = [owner]
        passive = [c for c in self.table.children(verb) if c.dep_ == "nsubjpass"]
        if self._fronted_description(passive, verb):
            passive = passive[-1:]  # "A resident of Antioch, Illinois, Rittenhouse is accused"
        if not own and not passive:
            compound = plural_compound_subject(verb, self.table)
            own = [compound] if compound is not None else []
        if len(own) == 1 and own[0].lower_ == "what" and verb.dep_ == "csubj":
            # 'What will stop Ebola is good surveillance and ...': a free relative subject
            # of a copula is what the copula names (the pseudo-cleft's focus)
            head = self.table.head(verb)
            named = [c for c in self.table.children(head) if c.dep_ in ("attr", "conj")
                     and c.pos_ in ("NOUN", "PROPN")] if head.lemma_ == "be" else []
            return named, False, "direct"
        if own or passive:
            heads = own or passive
            how = "direct"
            if heads[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
                if not _agrees(verb, self.table.head(verb)):
                    # "Beni, Butembo and Katwa in the DRC, which has suffered": a singular
                    # verb is not about a plural antecedent the parser gave it, but about
                    # the noun right before the relative pronoun when that one agrees
                    j = heads[0].i - 1
                    while j > 0 and self.table.tokens[j].is_punct:
                        j -= 1
                    near = self.table.tokens[j]
                    if j < heads[0].i - 1 and near.pos_ in ("NOUN", "PROPN") and \
                            near.i != self.table.head(verb).i and _agrees(verb, near) and \
                            self.table.key_of(near) is not None:
                        return [near], bool(passive) and not own, "relative"
                    return [], False, ""
                # "Putin, who ordered ...": the antecedent
                heads, how = [self._who_antecedent(heads[0], self.table.head(verb))], "relative"
            return heads, bool(passive) and not own, how
        for_subject = self._for_subject(verb)
        if for_subject is not None:
            # "a method for rescue personnel to find the tanker", "called for the
            # government to reduce corruption": the parser hung "for X" on the noun or
            # verb before; X is the infinitive's subject, not the main clause's
            return [for_subject], any(c.dep_ == "auxpass" for c in
                                      self.table.children(verb)), "control"
        gerund_subject = self._gerund_subject(verb)
        if gerund_subject is not None:
            # "spoke of Turkey assuming the duty": Turkey assumes it, not the speaker
            return [gerund_subject], False, "control"
        held = accused(verb, self.table, self.w.reason_object, self.w.with_deed)
        if held is not None:
            # "charged the man with murdering", "convicted X of conspiracy to violate"
            return [held], False, "control"
        stranded = self._stranded_subject(verb) if hops < _MAX_HOPS else None
        if stranded is not None:
            return [stranded], any(c.dep_ == "auxpass"
                                   for c in self.table.children(verb)), "inherited"
        if hops >= _MAX_HOPS or self.table.head(verb).i == verb.i:
            return [], False, ""
        head = self.table.head(verb)
        if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in self.table.children(verb)):
            # "ZMapp is to be retired", "the prisoners are expected to be released": the
            # controller of a passive infinitive undergoes it
            heads, _, how = self._controlled(verb, head, hops)
            return heads, bool(heads), how
        if verb.dep_ == "xcomp":
            return self._controlled(verb, head, hops)
        if verb.dep_ == "conj" and (head.lemma_.lower() in self.lex.speech or
                                    head.lemma_.lower() in self.lex.attitude) and any(
                c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD", "MD")
                for c in self.table.children(verb)):
            # "Protesters have claimed Iran ... is unduly influencing their government": a
            # finite clause with a tense of its own that the parser joined to the speech
            # verb; its subject is the phrase parsed as that verb's object
            objects = [c for c in self.table.children(head) if c.dep_ == "dobj" and
                       c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
            if objects and not any(c.dep_ == "cc" and objects[0].i < c.i < verb.i
                                   for c in self.table.children(head)):
                # (not "announced the deal and is hiring": a conjunct after "and")
                return objects[:1], False, "direct"
        if verb.dep_ == "conj" and (head.pos_ in ("VERB", "AUX") or
                                    coordinated_verb(head, self.lex)):
            if head.tag_ == "VBG" and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP"):
                # "meaning scientists used it and compared the treatments": a finite verb
                # the parser joined to the gerund above is the nearer finite verb's conjunct
                nearer = [t for t in self.table.tokens[head.i + 1:verb.i]
                          if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN", "VBZ", "VBP") and
                          any(c.dep_ == "nsubj" for c in self.table.children(t))]
                if nearer:
                    head = nearer[-1]
            heads, undergoer, how = self.subjects(head, hops + 1)
            own_passive = any(c.dep_ == "auxpass" for c in self.table.children(verb))
            mine_passive = own_passive or (undergoer and verb.tag_ == "VBN")
            # "Lee was sworn in and appointed Kim": the one sworn in appoints; "a niqab
            # is a veil and is worn by women": a passive of its own undergoes it
            return heads, (undergoer and mine_passive) or own_passive, "inherited"
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            granted = self._granted_to(verb)
            if granted:
                return granted, False, "control"
            if verb.tag_ == "VBN":
                return [self._anchor(head)], True, "relative"  # "rebels backed by Turkey"
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i in self.found and \
                    self.found[head.i].pos == "noun" and head.pos_ == "NOUN":
                # "Trump's order banning travel", "the request of X asking Y to pay": the
                # act of the event's own agent, not of the event or the main clause
                owner = [a.token for a in self.found[head.i].args if a.role == "agent"]
                if owner:
                    return owner[:1], False, "inherited"
            if verb.dep_ == "acl" and verb.tag_ == "VBG":
                if not self._can_act(head) and head.dep_ in ("dobj", "pobj") and \
                        head.pos_ == "NOUN" and head.lemma_.lower() not in self.w.content_nouns \
                        and verb.lemma_.lower() not in self.w.relational_verbs \
                        and not (head.dep_ == "pobj" and self.table.head(head).lower_ in
                                 ("of", *self.w.absolute_preps)):
                    # "carried out the attack using ten drones", "spent all her energy
                    # battling the infections": a participle after a thing that cannot
                    # act is the clause's, done by its subject (not after a work that
                    # shows or tells, "a video featuring Tom Cruise", nor a participle
                    # that relates two things, "the conflict involving the church", nor
                    # one whose subject a preposition introduces: "despite several
                    # states certifying their results")
                    main = self.table.head(head)
                    while main.pos_ not in ("VERB", "AUX") and self.table.head(main).i != main.i:
                        main = self.table.head(main)
                    undergone = head.dep_ == "dobj" and main.lemma_.lower() in \
                        self.lex.undergoing_light and main.lemma_.lower() not in self.lex.copula
                    if main.pos_ in ("VERB", "AUX") and main.i != verb.i and not undergone:
                        # (not what the subject suffers: "suffered an earthquake causing
                        # eleven deaths", "received a letter asking him to resign")
                        heads, undergoer, _ = self.subjects(main, hops + 1)
                        return ([] if undergoer else heads), False, "inherited"
                if verb.left_edge.i > head.i + 1 and \
                        self.table.tokens[verb.left_edge.i - 1].text == "," and \
                        verb.lemma_.lower() not in self.w.relational_verbs:
                    # "a new region in Mindanao, potentially ending decades of conflict": a
                    # participle set off by a comma the parser hung on the noun before is
                    # the clause's result, not that noun's act (dev: 0 right of 3); one
                    # that relates ("infections, totaling a quarter of a million") is its
                    return [], False, ""
                return [self._anchor(head)], False, "relative"  # "troops guarding the base"
            if verb.dep_ == "acl" and head.i in self.found and \
                    self.found[head.i].pos == "noun":
                # "the U.S. decision to take out": the noun's agent, later; "took the
                # decision to leave": the one who took it
                owned = any(c.dep_ in ("poss", "compound", "amod")
                            for c in self.table.children(head))
                return ([] if owned or not _infinitive(verb) else
                        self._noun_controller(head, hops)), False, "control"
            if verb.dep_ == "relcl" and not any(c.dep_ == "dobj"
                                                for c in self.table.children(verb)):
                return [head], False, "relative"
            if verb.dep_ == "relcl" and _infinitive(verb) and self._can_act(head):
                # "a candidate to win the nomination", "the first woman to lead it": an
                # infinitive relative with an object of its own is its head's act (not
                # a thing's: "visas to enter the country")
                return [head], False, "relative"
            if verb.dep_ == "acl" and head.pos_ == "NOUN" and _infinitive(verb):
                return self._noun_controller(head, hops), False, "control"
            return [], False, ""
        reason_object = self._reason_object(verb, head)
        if reason_object is not None:
            # "sentenced Fields to life without parole for driving his car": Fields drove
            return [reason_object], False, "control"
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in (
                "of", "for", "from", "into", "against", "as") and \
                self.table.head(head).pos_ == "VERB" and not self._adverbial(head):
            objects = [c for c in self.table.children(self.table.head(head))
                       if c.dep_ in ("dobj", "nsubjpass")]
            if self._fronted_description(objects, self.table.head(head)):
                objects = objects[-1:]  # "A resident of Antioch, X is accused of killing"
            if head.lower_ == "as" and any(t.lower_ == "such" for o in objects
                                           for t in self.table.children(o)):
                objects = []  # "condemned such reckless action as firing shells": examples
            # "accused Burhan of arming the RSF": Burhan arms; "cited an audit as
            # prohibiting him": the audit prohibits
            if objects:
                return objects[:1], False, "control"
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
            noun = self.table.head(head)
            gov = self.table.head(noun)
            if noun.dep_ in ("dobj", "nsubjpass") and noun.pos_ in ("NOUN", "PROPN", "PRON") \
                    and gov.i in self.found and self.found[gov.i].pos == "verb" and \
                    self.found[gov.i].sense.prep_arg("of") is not None and \
                    (noun.pos_ == "PRON" or self._can_act(noun)):
                # "accused the network of swindling" with "of" hung on the network: the
                # verb's own "of" role, its object acts (not "the cost of building", nor
                # a thing that cannot act: "assuming the duty of guarding militants")
                return [noun], False, "control"
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                        for c in self.table.children(verb)):
            # "hearing her son had been convicted": a finite clause has a subject of its
            # own; the parser made it the object of the verb before
            before = self.table.tokens[verb.left_edge.i - 1] if verb.left_edge.i else None
            if before is not None and before.dep_ in ("dobj", "pobj") and \
                    before.pos_ in ("NOUN", "PROPN", "PRON"):
                return [before], any(c.dep_ == "auxpass" for c in self.table.children(verb)), \
                    "direct"
        if verb.dep_ in ("advcl", "pcomp", "conj") or (verb.dep_ == "pobj"):
            # "after battering Nicaragua", "..., killing 20": the main clause's subject
            main = head
            # a participle used as a preposition is no clause of its own: "met leaders,
            # including meeting the Pope" -> the one who met
            while (main.pos_ not in ("VERB", "AUX") or main.dep_ == "prep" and main.tag_ in (
                    "VBG", "VBN")) and self.table.head(main).i != main.i:
                main = self.table.head(main)
            if main.i != verb.i and verb.tag_ in ("VBG", "VBN", "VB"):
                if verb.dep_ == "advcl" and _infinitive(verb) and (
                        main.lemma_.lower() in self.w.object_control
                        or main.lemma_.lower() in self.w.sending_verbs):
                    objects = [c for c in self.table.children(main) if c.dep_ == "dobj"
                               and c.i < verb.i and c.right_edge.i + 1 == verb.left_edge.i]
                    if objects:  # "we get translators to translate it": the translators
                        return objects, False, "control"
                if self._sentence_participle(verb, main):
                    # "the court decided their actions did not qualify, reversing the
                    # convictions": a participle set off at the end of a complement clause
                    # the parser hung on that clause's verb is the whole sentence's
                    main = self.table.head(main)
                heads, undergoer, _ = self.subjects(main, hops + 1)
                if verb.dep_ in ("advcl", "pcomp"):
                    # "Wearing a face covering would become compulsory while riding public
                    # transport": a clause as the subject does not do the participle
                    heads = [h for h in heads if h.dep_ != "csubj"]
                if verb.tag_ == "VBN" and verb.dep_ == "advcl" and any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in self.table.children(verb)):
                    objects = [c for c in self.table.children(main) if c.dep_ == "dobj"]
                    if objects:  # "refer them to the House to be held in contempt": they are
                        return objects[:1], True, "control"
                if verb.tag_ == "VBN" and _perfect_active(verb):
                    # "was signed for Stardom, having joined them in 2019": a perfect
                    # participle is active whatever the main clause's voice
                    return heads, False, "inherited"
                if verb.tag_ == "VBN":
                    return heads, True, "inherited"
                if undergoer and _infinitive(verb):
                    if main.lemma_.lower() in self.w.sending_verbs:
                        return heads, False, "control"  # "was sent to negotiate": the envoy
                    return self._by_agent(main), False, "control"
                if undergoer and self._subject_gerund(verb, head, main):
                    # "was taken ill after attending a game": the one taken ill attended
                    return heads, False, "inherited"
                return ([] if undergoer else heads), False, "inherited"
        return [], False, ""

    def _apposed_country(self, subject: Token) -> Token | None:
        """The phrase a country subject right after a comma locates ("the Parliament of
        New South Wales (NSW), Australia voted", "Police in Sydney, Australia said"): the
        parser made the country the subject and left the phrase before it hanging."""
        i = subject.left_edge.i
        if subject.i != i or i < 2 or self.type_of(subject) != "Country" or \
                self.table.tokens[i - 1].text != "," or any(
                c.dep_ in ("conj", "cc", "appos") for c in self.table.children(subject)):
            return None
        j = i - 2
        if self.table.tokens[j].text == ")":  # "New South Wales (NSW), Australia"
            while j > 0 and self.table.tokens[j].text != "(":
                j -= 1
            j -= 1
        place = self.table.tokens[j]
        key = self.nodes.entity(place)
        kind = self.table.type_of(key) if key else None
        if place.pos_ != "PROPN" or place.dep_ in ("nsubj", "nsubjpass", "conj", "appos") or \
                kind not in ("Place", "Country", "Organization") or kind == "Organization" \
                and " of " not in self.table.name_of(key):
            return None  # an organisation only when named by its place ("Parliament of")
        node = place
        while self.table.head(node).i < node.i and self.table.head(node).pos_ in (
                "NOUN", "PROPN", "ADP"):
            node = self.table.head(node)
        return node if node.pos_ in ("NOUN", "PROPN") else None

    def _reason_object(self, verb: Token, prep: Token) -> Token | None:
        """The object of a verb that holds someone to account for a deed ("sentenced",
        "thanked", "congratulated"; ``reason_object_verbs``), who did the gerund of its
        "for"/"on" adjunct, also when the parser hung the adjunct on a noun of the verb's
        phrase ("to life in prison without the possibility of parole for driving")."""
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or \
                prep.lower_ not in ("for", "on") or self._adverbial(prep) or any(
                c.dep_ in ("nsubj", "poss") for c in self.table.children(verb)):
            return None
        gov = self.table.head(prep)
        for _ in range(6):  # up through the nouns and prepositions of the verb's phrase
            if gov.pos_ in ("VERB", "AUX") or self.table.head(gov).i == gov.i:
                break
            if gov.dep_ not in ("pobj", "prep", "dobj", "npadvmod"):
                return None
            gov = self.table.head(gov)
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in self.w.reason_object:
            return None
        objects = [c for c in self.table.children(gov) if c.dep_ in ("dobj", "nsubjpass")
                   and c.i < prep.i]
        return objects[0] if objects and self._can_act(objects[0]) else None

    def _sentence_participle(self, verb: Token, main: Token) -> bool:
        """An active participle after a comma, without a subject of its own, hung on the
        verb of a complement clause ("said they need ..., while addressing"): on all dev
        that clause's subject did it 0 times in 5, the reporting clause's 3 times."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or main.dep_ != "ccomp" or any(
                c.dep_ == "expl" for c in self.table.children(main)):
            return False  # "reported there were 126,000 cases, resulting in": the cases
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in self.table.children(verb)):
            return False
        start = verb.left_edge.i
        return start > 0 and self.table.tokens[start - 1].text == ","

    def _subject_gerund(self, verb: Token, head: Token, main: Token) -> bool:
        """An active gerund after a preposition of time ("after attending", "while
        seeking") under a passive clause with a subject: that subject does it (not "after
        being hit"; not ", killing 20" or "without losing", whose doer is often the
        passive's unnamed agent; not under a participle, "lives saved since commencing")."""
        if verb.tag_ != "VBG" or any(c.dep_ in ("auxpass", "nsubj", "nsubjpass")
                                     for c in self.table.children(verb)) or not any(
                c.dep_ == "nsubjpass" for c in self.table.children(main)):
            return False
        preps = self.w.temporal_preps
        if verb.dep_ == "pcomp":
            return head.dep_ == "prep" and head.lower_ in preps
        return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in preps
                                            for c in self.table.children(verb))

    def _adverbial(self, prep: Token) -> bool:
        """A preposition whose gerund is an adjunct of time, manner or alternative ("upon
        hearing", "rather than travelling", "instead of attending"), or an absolute "with"
        whose gerund has its own subject ("with Zinichev describing the threat")."""
        if prep.lower_ in self.w.adverbial_preps or any(
                c.dep_ == "advmod" and c.lower_ in self.w.adverbial_preps
                for c in self.table.children(prep)):
            return True
        return prep.lower_ == "with" and any(
            g.dep_ == "pcomp" and any(s.dep_ == "nsubj" for s in self.table.children(g))
            for g in self.table.children(prep))

    def _through_aspect(self, clause: Token) -> Token:
        """'vowed to keep fighting', 'vowed to begin withdrawing': an aspectual verb that is
        no predicate of its own hands the clause it governs over (what was vowed is the
        fight). Only for a controlled clause: 'found it tended to flap' has a subject and
        a claim of its own."""
        for _ in range(3):
            if clause.i in self.found or clause.lemma_.lower() not in self.lex.aspectual:
                break
            inner = next((c for c in self.table.children(clause) if c.dep_ == "xcomp"
                          and c.pos_ in ("VERB", "AUX")), None)
            if inner is None:
                break
            clause = inner
        return clause

    def _fronted_description(self, subjects: list[Token], verb: Token) -> bool:
        """Two or more subjects before the verb, the last a pronoun or a name set off by a
        comma after common nouns: the nouns are its fronted apposition."""
        last = subjects[-1] if subjects else None
        return len(subjects) > 1 and all(c.i < verb.i for c in subjects) and (
            last.tag_ == "PRP" or last.pos_ == "PROPN" and
            self.table.key_of(last) is not None and
            all(c.pos_ == "NOUN" for c in subjects[:-1])) and last.i > 0 and \
            self.table.tokens[last.left_edge.i - 1].text == ","

    def _anchor(self, noun: Token) -> Token:
        """The phrase an apposition describes: a participle on "a monoclonal antibody" in
        "mAb114, a monoclonal antibody first isolated from survivors" is about mAb114
        (the guidelines' argument is the phrase without its apposition)."""
        if noun.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                        for c in self.table.children(noun)):
            # a classifying apposition only ("a monoclonal antibody"), not a partitive
            # ("Rescuers, some using their hands") or a phrase of its own the parser
            # hung there ("the coach, Alireza Mehraban, ... the team's robot, named")
            anchor = self.table.head(noun)
            if anchor.pos_ in ("NOUN", "PROPN") and anchor.i < noun.i:
                return anchor
        return noun

    def _controlled(self, verb: Token, head: Token, hops: int
                    ) -> tuple[list[Token], bool, str]:
        """Who acts in an 'xcomp' clause: the raised or controlling subject or object."""
        raised = [c for c in self.table.children(head) if c.dep_ == "nsubjpass"]
        if raised and (head.lemma_.lower() in self.lex.raising
                       or head.lemma_.lower() in self.w.sending_verbs):
            return raised, False, "control"  # "is expected to visit", "was sent to join"
        controllers = [c for c in self.table.children(head) if c.dep_ in ("dobj", "dative")
                       and c.pos_ != "ADP"]
        if controllers and head.lemma_.lower() in self.w.sending_verbs:
            return controllers, False, "control"  # "sent Pompeo to join": Pompeo joins
        if not controllers and head.lemma_.lower() in self.w.object_control:
            # "called on Italy and Egypt to join the project": the prepositional verb's
            # object, right before the infinitive, acts
            controllers = [g for c in self.table.children(head) if c.dep_ == "prep" and
                           c.lower_ in ("on", "upon") for g in self.table.children(c)
                           if g.dep_ == "pobj" and g.right_edge.i + 1 == verb.left_edge.i]
        if controllers and (head.lemma_.lower() in self.w.object_control
                            or head.lemma_.lower() in self.lex.intent):
            return controllers, False, "control"  # "asked X to negotiate"
        head_lemma = head.lemma_.lower()
        if raised and head_lemma not in self.w.object_control and \
                head_lemma not in self.lex.intent:
            # "cranes were used to hoist workers": the purpose is the user's, not the
            # passive subject's ("X was asked to leave": X leaves); named by a by-phrase
            # or no one ("was founded by Dean Kamen to encourage interest": Kamen)
            return self._by_agent(head), False, "control"
        if head_lemma in self.lex.copula and verb.tag_ == "VB" and not any(
                self._can_act(c) for c in self.table.children(head) if c.dep_ == "nsubj"):
            return [], False, ""  # "the aim is to reduce the risk": no one named
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr", "oprd"):
            heads, undergoer, _ = self.subjects(self.table.head(head), hops + 1)
            return heads, False, "control"  # "Macron is due to travel"
        heads, _, _ = self.subjects(head, hops + 1)
        return heads, False, "control"

    def _by_agent(self, passive: Token) -> list[Token]:
        """The by-phrase of a passive verb ("founded by Dean Kamen"), if any."""
        return [g for c in self.table.children(passive) if c.dep_ == "agent"
                for g in self.table.children(c) if g.dep_ == "pobj"][:1]


    def _noun_controller(self, noun: Token, hops: int) -> list[Token]:
        """Who acts in a noun's 'to'-clause: its owner ("Trump's attempt to add", "his
        bid to add", "their plans to oppose", for a noun of intent also in 'of': "an
        effort of the Railways to promote"), else, for a noun of intent or attempt, the
        subject of the verb it is the object of ("announced plans to oppose", "made an
        attempt to reach"); a thing's purpose ("a weapon to evict") is no one's named."""
        owners = [self._bound(c) for c in self.table.children(noun)
                  if c.dep_ == "poss" and c.lower_ not in _RELATIVE]
        if owners:
            return owners[:1] if self._can_act(owners[0]) or owners[0].pos_ == "PRON" \
                else []
        # "an effort of the Railways to promote": the owner in "of" of a noun of intent
        of = [g for c in self.table.children(noun) if c.dep_ == "prep" and c.lower_ == "of"
              for g in self.table.children(c) if g.dep_ == "pobj"]
        if of and noun.lemma_.lower() in self.w.control_nouns and self._can_act(of[0]):
            return of[:1]
        if noun.lemma_.lower() not in self.w.control_nouns or noun.dep_ != "dobj" or \
                self.table.head(noun).pos_ != "VERB":
            return []
        heads, undergoer, _ = self.subjects(self.table.head(noun), hops + 1)
        return [] if undergoer else heads

    def _granted_to(self, verb: Token) -> list[Token]:
        """'gave the farmers permission to sell', 'they were denied visas to enter': the
        'to'-clause of a thing given, granted or denied is the act of the one it is given
        to (the indirect object, or the subject of the passive that keeps the thing as its
        object), not of the giver."""
        noun = self.table.head(verb)
        if not _infinitive(verb) or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or any(
                c.dep_ == "poss" for c in self.table.children(noun)):
            return []
        giver = self.table.head(noun)
        if giver.pos_ != "VERB":
            return []
        datives = [c for c in self.table.children(giver) if c.dep_ == "dative" and c.pos_ != "ADP"]
        if datives:
            return datives[:1]
        if any(c.dep_ == "auxpass" for c in self.table.children(giver)):
            return [c for c in self.table.children(giver) if c.dep_ == "nsubjpass"][:1]
        return []

    def _bound(self, owner: Token, hops: int = 0) -> Token:
        """An unresolved possessive pronoun in a verb's object is bound by that verb's
        subject ("the unions announced their plans", "Sanders ended his campaign": the
        unions', Sanders'), when it agrees ('his'/'her' a person, 'its' no person);
        anything else is itself."""
        low = owner.lower_
        if owner.tag_ != "PRP$" or low not in ("their", "his", "her", "its"):
            return owner
        key = self.table.key_of(owner)
        if key is not None and key != self.table.key_of(self.table.head(owner)):
            return owner  # resolved by coreference
        noun = self.table.head(owner)
        verb = self.table.head(noun)
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            verb = self.table.head(verb)  # "called for their release"
        elif noun.dep_ != "dobj":
            return owner
        if verb.pos_ != "VERB" or hops >= _MAX_HOPS:
            return owner
        heads, undergoer, _ = self.subjects(verb, hops + 1)
        if undergoer or not heads:
            return owner
        type_ = self.type_of(heads[0])
        if (low in ("his", "her") and type_ != "Person") or (low == "its" and (
                type_ in ("Person", None))) or (low == "their" and type_ is None and
                                                heads[0].pos_ == "PRON"):
            return owner
        return heads[0]

    def _stranded_subject(self, verb: Token) -> Token | None:
        """'after President Erdogan last night ordered ...': the parser read 'after' as a
        preposition, leaving the name as its object and the verb without a subject."""
        if verb.dep_ not in ("advcl", "conj", "ccomp", "ROOT", "pcomp"):
            return None
        sent = self.doc[slice(*self.table.sentence_bounds(verb))]
        for child in self.table.lefts(verb):
            if child.dep_ != "prep":
                continue
            for t in child.subtree:
                # "On Friday in Pakistan, Mohammed Waseem, brother of ..., was sentenced":
                # a person the parser joined to the fronted place or date
                key, head_key = self.table.key_of(t), self.table.key_of(self.table.head(t))
                if t.dep_ == "conj" and key and head_key and key != head_key and \
                        self.table.type_of(key) == "Person" and \
                        self.table.type_of(head_key) in ("Place", "Country", "Date") and \
                        t.left_edge.i > 0 and self.table.tokens[t.left_edge.i - 1].text == ",":
                    return t
        for child in self.table.lefts(verb):
            if child.dep_ in ("prep", "mark") and child.lower_ in _SUBORDINATORS:
                objs = [c for c in self.table.children(child) if c.dep_ == "pobj"]
                if objs and objs[-1].i < verb.i and self._stranded_name(objs[-1]):
                    return objs[-1]
        j = verb.left_edge.i - 1
        while j >= sent.start and self.table.tokens[j].dep_ in (
                "npadvmod", "advmod", "amod", "det", "punct"):
            j -= 1
        if j < sent.start:
            return None
        tok = self._apposed_object(self.table.tokens[j], verb)
        head = self.table.head(tok)
        if not (tok.dep_ == "pobj" and head.lower_ in _SUBORDINATORS and
                self.table.head(head).i != verb.i and
                (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and any(
                    c.dep_ == "auxpass" and c.tag_ in ("VBD", "VBZ", "VBP")
                    for c in self.table.children(verb)))):
            return None
        if self._stranded_name(tok):
            return tok
        # "the country's first president, George Washington, sought": an unkeyed
        # description stands for its named apposition
        return next((c for c in self.table.children(tok) if c.dep_ == "appos" and
                     self._stranded_name(c)), None)

    def _apposed_object(self, tok: Token, verb: Token) -> Token:
        """'after Pawel Adamowicz, mayor of the city of Gdansk, was stabbed', 'after the
        country's first president, George Washington, sought': the last word before the
        verb ends an apposition (and its phrases) of the preposition's object; that
        object is the stranded subject."""
        t = tok
        while t.dep_ in ("pobj", "prep", "appos", "punct") and \
                self.table.head(t).i != t.i and t.right_edge.i <= tok.i:
            if t.dep_ == "appos":
                owner = self.table.head(t)
                return owner if owner.right_edge.i < verb.i else tok
            t = self.table.head(t)
        return tok

    def _gerund_subject(self, verb: Token) -> Token | None:
        """The subject of a gerund the parser hung beside an 'of' or 'about' phrase of
        its head ("spoke of Turkey assuming the duty", "warned about China using it"):
        an actor whose phrase ends right before the gerund."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or verb.left_edge.i != verb.i \
                or verb.i == 0:
            return None
        np = self.table.tokens[verb.i - 1]
        while not (np.dep_ == "pobj" and self.table.head(np).lower_ in ("of", "about")):
            head = self.table.head(np)
            if head.i == np.i or head.i >= verb.i or np.pos_ in ("VERB", "AUX"):
                return None
            np = head
        prep = self.table.head(np)
        if np.right_edge.i + 1 != verb.i or self.table.head(prep).i != self.table.head(verb).i:
            return None
        return np if self._can_act(np) else None

    def _for_subject(self, verb: Token) -> Token | None:
        """The subject of a 'for X to'-infinitive the parser read as a 'for' phrase of the
        word before: an actor (or, for a passive, anything but a time or amount) whose
        phrase ends right before 'to'."""
        to = next((c for c in self.table.children(verb) if c.dep_ == "aux" and
                   c.lower_ == "to" and c.i < verb.i), None)
        if to is None or to.i == 0:
            return None
        np = self.table.tokens[to.i - 1]
        # climb from the word before "to" through its phrase ("the government of
        # Ukraine", "search and rescue personnel") to the object of "for"
        while not (np.dep_ == "pobj" and self.table.head(np).lower_ == "for"):
            head = self.table.head(np)
            if head.i == np.i or head.i >= to.i or np.pos_ in ("VERB", "AUX"):
                return None
            np = head
        if np.right_edge.i + 1 < to.i:
            return None
        if any(c.dep_ == "auxpass" for c in self.table.children(verb)):
            fits = np.pos_ in ("NOUN", "PROPN") and not self._is_amount(np) and \
                self.type_of(np) != "Date"
        else:
            fits = self._can_act(np)
        return np if fits else None

    def _stranded_name(self, tok: Token) -> bool:
        """Whether the object of a fronted preposition can be a stranded subject: a name
        or description, not a date ("and in 2015 sold its chain": the company sold)."""
        key = self.table.key_of(tok)
        return key is not None and self.table.type_of(key) != "Date"

    # -- verbs -----------------------------------------------------------------------------
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
        adjacent = adjacent_object(v, self.table) if v.pos_ == "VERB" else None
        if adjacent is not None:
            objects = [adjacent]
            p.add(sense.direct, adjacent, "inherited")
        shared = shared_object(v) if not objects and not sense.fixed_object and \
            not sense.undergoer_subject and (sense.arg_of("patient") is not None
                                              or sense.arg_of("agent") is not None) else None
        if shared is not None:  # "Don loved and adored Deirdre": both verbs take her
            objects = [shared]
            p.add(sense.direct, shared, "inherited")
        object_role = sense.direct
        complement = [c for c in self.table.children(v) if c.dep_ in ("xcomp", "ccomp")
                      and c.pos_ in ("VERB", "AUX", "ADJ") and not colon_clause(c, v, self.table)]
        if how == "relative" and undergoer and v.tag_ == "VBN" and objects:
            undergoer = False  # "the man killed his wife" misparsed: keep it active
        relative_object = self._relative_object(v, sense, objects, passive)
        if relative_object is not None:
            # "the damage the storm caused": the storm is the subject of a verb with an
            # object, the one that acts, not an intransitive subject undergoing it
            objects = objects + [relative_object]
        aspectual = p.lemma in self.lex.aspectual
        for h in heads:
            if undergoer and objects and how in ("direct", "inherited") and any(
                    c.dep_ == "auxpass" for c in self.table.children(v)):
                # "the team was awarded a silver medal": a passive that keeps its object
                # makes its subject the one given to (also a conjunct's: "was elected and
                # was given posts by Gandhi")
                p.add("addressee" if sense.object == "addressee" else "recipient", h, how)
            elif undergoer:
                p.add(object_role, h, how)
            elif how == "direct" and v.tag_ == "VBN" and not objects \
                    and not any(c.dep_ in ("aux", "auxpass") for c in self.table.children(v)) \
                    and object_role is not None and not self._can_act(h):
                # "the taxes requested in arrears are ...": a participle with no auxiliary
                # is no finite clause; its subject, a thing, is what was requested
                p.add(object_role, h, how)
            elif sense.undergoer_subject and sense.mover and not objects and \
                    self._can_act(h):
                p.add("agent", h, how)  # "the team arrived", "O'Rourke returned to El Paso"
            elif (not objects and not complement and not self._has_agent_prep(v) and (
                    sense.undergoer_subject or (sense.arg_of("patient") not in (None, "0")
                                                and not self._animate(h)
                                                and not self._core_prep(v, sense)))) or (
                    aspectual and not objects and (not complement or not self._can_act(h))):
                # "the building collapsed", "gas leaks", "the vote passed": an intransitive
                # verb whose subject cannot act undergoes it; so does whatever an
                # aspectual verb without object or clause says began or resumed ("rescue
                # work resumed", "the Group of Six, which started in the 1970s")
                p.add("patient", h, how)
            elif not sense.agent_types or self.type_of(h) is None or \
                    self.type_of(h) in sense.agent_types:
                p.add("agent", h, how)
        if _causative_have(v) and not p.has("agent"):
            causers, undergoes, _ = self.subjects(self.table.head(v))
            for h in ([] if undergoes else causers[:1]):
                p.add("agent", h, "control")  # "the parents tried to have Waseem released"
        controller = bool(complement) and (v.lemma_.lower() in self.w.object_control
                                           or v.lemma_.lower() in self.lex.intent)
        for c in self.table.children(v):
            if c.dep_ == "dobj" and (sense.fixed_object or c.i in detached):
                continue  # part of the predicate ("took place"), or no object of it
            if c.dep_ == "dobj" and self._is_amount(c):
                named = [g for g in c.subtree if g.dep_ in ("compound", "nmod")
                         and g.pos_ == "PROPN" and self.table.key_of(g) and g.i < c.i]
                if named:  # "fined Google 2.4 billion euros": the parser hung the name on it
                    p.add(object_role, named[0])
                    p.add("amount", c)
                    continue
            if c.dep_ == "dobj" or (lone is not None and c.i == lone.i and
                                    not self._is_amount(c)):
                role = object_role
                if controller:
                    role = "addressee"  # "ordered the troops to withdraw", "urged X to end"
                elif sense.object in (None, "patient") and self._is_amount(c) and \
                        any(o.i != c.i for o in objects):
                    role = "amount"  # "fined Barclays 40 million pounds"
                p.add(role, c)
                for tok in self._amount_inside(c):  # "fined Google 2.4 billion euros"
                    p.add("amount", tok)
            elif c.dep_ == "dative":
                if c.pos_ == "ADP":  # "deliver systems to Ukraine"
                    for g in self.table.children(c):
                        if g.dep_ == "pobj":
                            p.add(self._to_role(p, g), g, "prep")
                else:
                    p.add("addressee" if sense.object == "addressee" else "recipient", c)
            elif c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX", "ADJ"):
                if c.dep_ == "xcomp" and v.lemma_.lower() in self.w.purpose_verbs:
                    continue  # "used the primaries to select": what for, not what is used
                if not colon_clause(c, v, self.table):
                    p.add("eventObject", self._through_aspect(c) if c.dep_ == "xcomp" else c)
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
            elif c.dep_ in ("prep", "agent"):
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
        if sense.object == "participant" and not p.has("participant"):
            agents = [a for a in p.args if a.role == "agent"]
            conj = [c for a in agents for c in a.token.conjuncts if c.i > a.token.i]
            if conj:  # "Putin and Erdogan met": one meets the other
                p.add("participant", conj[0], "direct")

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
                for b in self.table.children(g):
                    if b.dep_ in ("prep", "agent") and b.lower_ == "by":
                        for o in self.table.children(b):
                            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN"):
                                p.add("agent", o, "prep")
                                return

    def _detached_object(self, v: Token, obj: Token, sense: Sense) -> bool:
        """'She died from infection ..., a form of alternative medicine': a direct object
        the parser hung on a verb whose sense has no actor, across a comma, is an
        apposition of something before it, not what the verb does to something; for any
        verb, one a lone comma splits from it is no object of it."""
        if obj.i < v.i:
            return False
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
        if v.dep_ != "relcl" or objects or passive:
            return None
        children = self.table.children(v)
        if any(c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS for c in children):
            return None  # "a new process, where warm water cuts into the shelf"
        rel = [c for c in children if c.lower_ in _RELATIVE and c.dep_ == "dobj"]
        own_subject = [c for c in children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
        preps = [c for c in children if c.dep_ == "prep"]
        head = self.table.head(v)
        if rel or (own_subject and head.pos_ in ("NOUN", "PROPN")
                   and head.lemma_.lower() not in self.w.adverbial_heads
                   and self.lex.sense(sense.frame) is not None and
                   sense.arg_of("patient") is not None and (not preps or (
                       sense.arg_of("patient") == "1" and not sense.undergoer_subject
                       and all(any(g.dep_ in ("pobj", "pcomp") for g in self.table.children(c))
                               for c in preps)))):
            return head
        return None

    def _animate(self, tok: Token) -> bool:
        """Whether a subject can act: a person, organisation, country or group (named,
        resolved or described), a pronoun, or an event ("the attack killed")."""
        if tok.pos_ == "PRON" or tok.i in self.found:
            return True
        type_ = self.type_of(tok)
        if type_ is None and tok.pos_ in ("NOUN", "PROPN"):
            type_ = self.nodes.kind_of(tok)
        return type_ in _AGENTIVE_TYPES or type_ == "Place" or self._counted_people(tok)

    def _who_antecedent(self, pronoun: Token, head: Token) -> Token:
        """The person a "who" is about when the parser hung it on a place or organisation
        in the person's "of" phrase ("Rahman, a director of the Anti-Corruption
        Commission, who was cared for": Rahman; "the mayor of Paris, who said": the
        mayor); otherwise the head it was given."""
        if pronoun.lower_ not in ("who", "whom") or self._kind(head) in ("Person", "Group"):
            return head
        t = head
        for _ in range(3):  # "the head of the office of the governor of X, who"
            prep = self.table.head(t)
            if t.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
                return head
            t = self.table.head(prep)
            if t.pos_ in ("NOUN", "PROPN") and self._kind(t) == "Person":
                return self._anchor(t)
        return head

    def _kind(self, tok: Token) -> str | None:
        """A token's entity type, or the kind its noun names ("director": Person)."""
        type_ = self.type_of(tok)
        if type_ is None and tok.pos_ in ("NOUN", "PROPN"):
            type_ = self.nodes.kind_of(tok)
        return type_

    def _can_act(self, tok: Token) -> bool:
        """A person, organisation, country or group, named or described (not a place, a
        thing or an event)."""
        if tok.pos_ == "PRON":
            return tok.lower_ not in ("it", "this", "that", "which")
        type_ = self.type_of(tok)
        if type_ is None and tok.pos_ in ("NOUN", "PROPN"):
            type_ = self.nodes.kind_of(tok)
        return type_ in _AGENTIVE_TYPES or self._counted_people(tok)

    def _counted_people(self, tok: Token) -> bool:
        """A number or share of people: '90% of their patients', 'the 2.8 million who
        voted' (an amount with people in its 'of' phrase, or the antecedent of 'who')."""
        if not (tok.like_num or tok.ent_type_ in _AMOUNT_LABELS or self._is_amount(tok)):
            return False
        for c in self.table.children(tok):
            if c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") and g.dep_ in (
                    "nsubj", "nsubjpass", "dobj") for g in self.table.children(c)):
                return True
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in self.table.children(c):
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and \
                            (self.type_of(g) or self.nodes.kind_of(g)) in ("Person", "Group"):
                        return True
        return False

    def _core_prep(self, v: Token, sense: Sense | None = None) -> bool:
        """A prepositional complement beyond place and time ("led to an explosion"); a
        preposition of time or cause counts when the sense gives it a numbered role ("the
        study accounts for air traffic")."""
        own = {p for p, n in sense.preps if n in ("1", "2")} if sense is not None else set()
        return any(c.dep_ in ("prep", "dative") and c.lower_ not in _LOCATION_PREPS and (
                   c.lower_ in own or
                   c.lower_ not in ("during", "after", "before", "since", "until", "for",
                                    "amid", "despite", "from"))
                   for c in self.table.children(v))

    def _has_agent_prep(self, v: Token) -> bool:
        return any(c.dep_ == "agent" for c in self.table.children(v))

    def _is_amount(self, tok: Token) -> bool:
        return tok.ent_type_ in _AMOUNT_LABELS or is_amount(tok, self.table)

    def _amount_inside(self, tok: Token) -> list[Token]:
        """'fined Barclays 40 million pounds': the parser hangs the name on the amount."""
        if tok.ent_type_ in _AMOUNT_LABELS and self.table.key_of(tok) is None:
            return []
        return [c for c in self.table.children(tok) if c.dep_ in ("npadvmod", "appos")
                and self._is_amount(c)]

    def _to_role(self, p: Predication, tok: Token) -> str:
        type_ = self.type_of(tok)
        if p.sense.object == "addressee":
            return "addressee"
        if type_ in _PLACE_TYPES and type_ != "Country":
            return "destination"
        if p.sense.prep_role("to") in ("recipient", "destination", "addressee"):
            return p.sense.prep_role("to")  # type: ignore[return-value]
        return "destination" if type_ in _PLACE_TYPES else "recipient"

    def preposition(self, p: Predication, prep: Token, passive: bool = False,
                    depth: int = 0) -> None:
        """The role of a prepositional phrase, by PropBank's examples for the sense, then
        by the preposition and what its object is."""
        word = prep.lower_
        sense = p.sense
        if word == "as" and p.pos == "verb" and prep.i < p.token.i:
            return  # "As president, you would work with Congress": a capacity, not what
        objs = [g for g in self.table.children(prep) if g.dep_ in ("pobj", "pcomp")]
        for obj in objs:
            if (obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in (
                    "time", "day", "week", "month", "year", "moment", "period")) and \
                    sense.prep_role(word) != "amount":
                continue  # times are the clause's, read by the time step (not "to 9 years")
            type_ = self.type_of(obj)
            if (prep.dep_ == "agent" or word == "by") and means_by_phrase(obj, self.table):
                continue  # "collected by tagging penguins", "the process by which": how
            if prep.dep_ == "agent" or (word == "by" and (passive or p.pos == "noun")
                                        and obj.pos_ != "VERB"):
                if p.pos == "noun" and prep.dep_ != "agent" and not self._animate(obj):
                    continue  # "trial for manslaughter by gross negligence": how, not who
                p.add("agent", obj, "prep")
                continue
            if obj.dep_ == "pcomp" or obj.pos_ == "VERB":
                if obj.i in self.found and word not in ("by", "after", "before", "while") \
                        and not self._adverbial(prep):
                    p.add("eventObject", obj, "prep")
                continue
            role = sense.prep_role(word)
            if role is None and sense.prep_arg(word) is not None and \
                    sense.role(sense.prep_arg(word)) is None:
                continue  # PropBank's examples: a role kg keeps no node for ("with murder")
            if word == "with" and type_ in _AGENTIVE_TYPES and role == "patient":
                role = "participant"  # "a phone call with Putin"
            if word in ("to", "into", "toward", "towards", "from") and type_ is not None:
                role = None  # by what the object is, below: the examples mislead here
            if type_ in _PLACE_TYPES and word in _LOCATION_PREPS and role not in (
                    "destination", "origin"):
                role = "location"  # "collapsed in Magnitogorsk", whatever the examples say
            particle = verb_particle(p.token, self.table) if p.pos == "verb" else None
            if word == "of" and particle is not None and particle.lower_ == "out":
                role = "origin"  # "pulled out of Kabul"
            elif word == "of" and p.pos == "verb":
                role = role if role in ("patient", "origin") else None
            of_agent = role == "agent" and word == "of"
            if role in ("agent",) and word not in ("by", "between", "among"):
                role = None  # (PropBank's "collaboration between X and Y": both act)
            if role is None and word == "of" and p.pos == "noun" and \
                    (sense.prep_arg(word) is None or of_agent):
                # "the resignation of MP John McVeigh", "at the invitation of the
                # Government": PropBank's 'of' is the actor; what it names decides
                role = self._of_role(sense, type_ in _AGENTIVE_TYPES)
            elif word == "of" and p.pos == "noun" and self.table.head(prep).i == p.token.i and \
                    role in ("addressee", "recipient", "origin", "destination") and \
                    obj.pos_ != "PRON" and self._can_act(obj):
                # "the request of the municipalities": PropBank's 'of' is the verb's
                # ("request X of Y": who is asked); right after the noun, an actor is
                # its subject, the genitive
                role = self._of_role(sense, True)
            elif role == "amount" and word == "of" and not self._is_amount(obj) and \
                    type_ not in _AGENTIVE_TYPES:
                role = "patient"  # "the use of drugs": VerbNet's asset, no sum
            if role is None:
                role = self._generic_prep_role(p, word, obj, type_)
            if role == "location" and type_ not in _PLACE_TYPES:
                # "at a market in Kabul", "by police in Minsk": the place is inside
                if depth < 2:
                    for g in self.table.children(obj):
                        if g.dep_ == "prep" and g.lower_ in _LOCATION_PREPS:
                            self.preposition(p, g, passive, depth + 1)
                if type_ is None and obj.lemma_.lower() not in (
                        "area", "city", "town", "village", "region", "country", "building",
                        "house", "street", "border", "camp", "capital", "province"):
                    continue
            if role is None:
                continue
            if role in ("origin", "destination") and type_ not in _PLACE_TYPES and \
                    type_ is not None and sense.kind not in ("Resignation",):
                role = "recipient" if role == "destination" and type_ in _AGENTIVE_TYPES \
                    else None
                if role is None:
                    continue
            p.add(role, obj, "prep")
            if obj.i not in self.found and word == "of" and p.pos == "noun":
                # "withdrawal of troops from Syria": the parser hangs "from" on the object
                for g in self.table.children(obj):
                    if g.dep_ == "prep" and g.lower_ in ("from", "to", "into", "in"):
                        self.preposition(p, g, passive, depth + 1)

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
            return "origin" if type_ in _PLACE_TYPES or p.sense.kind in (
                "Withdrawal", "Resignation") else None
        if word in ("to", "into", "towards", "toward", "onto"):
            return self._to_role(p, obj)
        if word in ("with", "between", "among", "alongside"):
            if type_ in _AGENTIVE_TYPES and (p.sense.symmetric or p.sense.kind in (
                    "Meeting", "Negotiation", "Agreement", "PhoneCall", "Ceasefire")):
                return "participant"
            if type_ is None and obj.pos_ == "NOUN" and word == "with" and \
                    obj.lemma_.lower() not in ("help", "support") and p.pos == "verb":
                return "instrument" if p.sense.kind in ("Killing", "Attack") else None
            return "participant" if type_ in _AGENTIVE_TYPES and p.sense.kind else None
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
        for c in self.table.children(n):
            if c.dep_ == "poss":
                role = self._poss_role(p, c, has_of)
                if role:
                    p.add(role, self._bound(c), "nominal")
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < p.span.start and sense.kind:
                if any(h in self.found and self.found[h].pos == "verb"
                       for h in range(c.i + 1, n.i)):
                    continue  # "Putin orders withdrawal": Putin is the order's agent
                key = self.table.key_of(c)
                demonym = c.text in self.w.countries.demonyms
                if key is None and not demonym:
                    continue
                type_ = self.table.type_of(key) if key else "Country"
                if type_ == "Place" or (type_ == "Country" and (
                        sense.arg_of("agent") is None or sense.kind in _PLACED_KINDS)):
                    p.add("location", c, "nominal")  # "the Syria talks"
                elif type_ in _AGENTIVE_TYPES and sense.kind not in ("Election",):
                    p.add("agent", c, "nominal")  # "Russian air strikes", "the U.S. decision"
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

    def _poss_role(self, p: Predication, owner: Token, has_of: bool) -> str | None:
        type_ = self.type_of(owner)
        sense = p.sense
        if sense.arg_of("agent") is None or (sense.undergoer_subject and not has_of) or (
                sense.kind in ("Arrest", "Killing", "Appointment", "Conviction", "Kidnapping",
                               "Release", "Election") and not has_of):
            if type_ in _PLACE_TYPES and sense.kind not in ("Killing", "Arrest"):
                return "location"  # "South Korea's presidential election"
            return "patient"  # "his arrest", "Kirchner's conviction"
        if owner.pos_ == "PRON" and owner.lower_ in ("its", "their", "his", "her") and \
                self.table.key_of(owner) is None:
            return "agent"
        return "agent"

    def _inherit(self, p: Predication) -> None:
        """A noun's agent from its light verb, from the predicate it is the means of, and
        its place from a verb that only says it happened."""
        n = p.token
        head = self.table.head(n)
        if p.light is not None and not p.has("agent"):
            heads, undergoer, how = self.subjects(p.light)
            undergoing = p.light.lemma_.lower() in self.lex.undergoing_light and \
                p.sense.kind not in self.w.acts_had  # "countries had protests": they protest
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
                elif c.dep_ == "agent" and p.light.dep_ == "acl":
                    # "the attack carried out by the gunmen": the passive's doer
                    for g in self.table.children(c):
                        if g.dep_ == "pobj":
                            p.add("agent", g, "light")
        elif p.light is not None:
            for c in p.light.children:
                if c.dep_ == "prep":
                    self.preposition(p, c)
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
        # "the U.S. decision to take out X": the acl verb's agent is the noun's
        for a in list(p.args):
            if a.role == "eventObject" and a.token.dep_ == "acl" and a.token.i in self.found \
                    and not self._granted_to(a.token):
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
