"""Who does what a predicate says: the subject of a clause, read off the parse also
where the clause has none of its own (control and raising, coordination, relative and
participial clauses, "for X to", gerunds after "of", fronted prepositions the parser
misread) and when the subject is a relative pronoun or an apposition.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.accused import accused
from kg.extract.doc_view import RELATIVE, DocView
from kg.extract.frames import lexicon
from kg.extract.lexicons import people_words
from kg.extract.means import medium_of_saying
from kg.extract.misparses import object_as_subject
from kg.extract.modality import QUOTE_MARKS, infinitive, shared_clause
from kg.extract.nodes import POSSESSIVE_PRONOUNS, conjunct_subject
from kg.extract.raised_object import raised_object
from kg.extract.table import EntityTable, is_headline
from kg.extract.triggers import (attributive_participle, coordinated_verb,
                                 plural_compound_subject, result_of, word_lists)

#: Words introducing a clause whose object the parser may take for the clause's subject
#: ("after President Erdogan ordered").
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "when", "while",
                            "because", "once", "though", "although", "by", "without",
                            "upon", "on", "despite", "for", "in"})
#: How far subjects are looked up through other clauses.
_MAX_HOPS = 5

#: What ``SubjectReader.subjects`` finds: the subject heads, whether they undergo the
#: predicate (a passive subject), and how they were found ("direct", "relative",
#: "control", "inherited").
Found = tuple[list[Token], bool, str]


def causative_have(verb: Token) -> bool:
    """'tried to have Waseem released', 'got the ban lifted': a participle clause under a
    causative 'have' or 'get' — its subject undergoes it, the causer does it."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") and \
        verb.head.lemma_.lower() in ("have", "get") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)


def experiencer_have(verb: Token) -> bool:
    """'customers had water restored', 'residents had their homes destroyed': a finite
    'have' with a participle clause tells what befell its subject, who did not do it
    (unlike an intended 'tried to have Waseem released' or 'got the ban lifted')."""
    have = verb.head
    return causative_have(verb) and have.lemma_.lower() == "have" and \
        have.tag_ in ("VBD", "VBZ", "VBP")


def _relative_opening(verb: Token, table: EntityTable) -> bool:
    """A clause that opens with a relative word right after a comma ('..., which critics
    have said amounted to')."""
    first = verb.left_edge
    return first.i > 0 and first.tag_ in ("WDT", "WP", "WP$") and \
        table.tokens[first.i - 1].text == ","


def _agrees(verb: Token, antecedent: Token) -> bool:
    """Whether a present-tense verb agrees in number with its antecedent (a conjunction
    of nouns is plural)."""
    # (not a singular copula's complement: "Jephcott is a veterinarian and farmer, who
    # has completed" — one person under two nouns)
    plural = antecedent.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in antecedent.children) and not (
        antecedent.dep_ == "attr" and (antecedent.head.tag_ == "VBZ" or
                                       antecedent.head.lower_ == "was"))
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    tag = aux.tag_ if aux is not None else verb.tag_
    if tag == "VBZ":
        return not plural
    if tag == "VBP":
        return plural
    return True


def _prep_clause(verb: Token) -> bool:
    """A verb that heads a preposition's clause: its ``pcomp``, or a gerund the parser made
    the preposition's object ("prevent many Native Americans from voting": voting/pobj)."""
    return verb.dep_ == "pcomp" or verb.dep_ == "pobj" and verb.tag_ == "VBG"


#: Forms of the perfect's auxiliary.
_PERFECT = frozenset({"have", "has", "had", "having", "'ve", "’ve", "'d", "’d"})


def _perfect_active(verb: Token) -> bool:
    """A perfect participle in the active voice ("having joined them", "was known for her
    stance and had released 70 plans"; not "having been elected")."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in children) and \
        not any(c.dep_ == "auxpass" for c in children)


#: Verbs of staying whose complement says what their subject stays ("remain missing").
_STATE_VERBS = frozenset({"remain", "stay"})



#: Auxiliaries that stand for a whole clause after "as" ("as was another game", "as did
#: Kushner").
_ELIDED_AUXILIARIES = frozenset({"was", "were", "is", "are", "did", "do", "does", "has",
                                 "have", "had", "will", "would"})
#: What an elided clause of likeness has besides its auxiliary and subject.
_ELIDED_CLAUSE_DEPS = frozenset({"mark", "nsubj", "nsubjpass", "punct", "advmod", "npadvmod",
                                 "prep", "cc"})


class SubjectReader(DocView):
    """Finds the subjects of a Doc's clauses (see the module docstring)."""

    def subjects(self, verb: Token, hops: int = 0) -> Found:
        """(subject heads, whether they are the undergoer (a passive subject), how found):
        the clause's own subject, else one the parser hung elsewhere, else the subject
        of the clause or noun it depends on."""
        found = self._stated(verb)
        told = object_as_subject(verb, self.table, self.w.clause_taking) if found is None else None
        if told is not None:
            # "told her Trump had not met Shapiro", "reported three malls were damaged":
            # the object the parser gave the telling or saying verb is the clause's subject
            found = [told], any(c.dep_ == "auxpass" for c in self.table.children(verb)), \
                "direct"
        if found is None:
            found = self._misattached(verb, hops)
        if found is not None:
            return found
        head = self.table.head(verb)
        if hops >= _MAX_HOPS or head.i == verb.i:
            return [], False, ""
        if attributive_participle(verb, self.lex, self.table) is not None:
            return [head], True, "attributive"  # "the injured teenagers": they were injured
        result = result_of(head, self.table) if verb.tag_ == "VBN" else None
        if result is not None and result[1].i == verb.i:
            # "the attack left three soldiers injured": the object is what came out so
            return [result[0]], True, "direct"
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            given = self._given_time_clause(verb, head)
            return given if given is not None else self._modified_noun(verb, head, hops)
        extraposed = self._extraposed_subject(verb, head)
        if extraposed is None:
            extraposed = self._given_time(verb, head)
        if extraposed is None:
            extraposed = self._paid_to(verb, head)
        if extraposed is None:
            extraposed = self._asked_party(verb, head)
        if extraposed is not None:
            return extraposed
        for read in (self._governing_clause, self._controlled_object, self._main_clause):
            found = read(verb, head, hops)
            if found is not None:
                return found
        return [], False, ""

    def as_was(self, verb: Token) -> list[Token]:
        """The subjects of an elided clause of likeness after the verb: "The Jazz's game
        was cancelled, as was another NBA game", "Barron tested negative, as did Jared
        Kushner and Ivanka Trump", "90 civilians were wounded, as were seventeen from the
        Armed Forces": a bare auxiliary with "as" and nothing of its own but its subject
        after it (the parser reads a bare number there as the auxiliary's complement)."""
        out: list[Token] = []
        for c in self.table.children(verb):
            if c.dep_ != "advcl" or c.i < verb.i or c.lower_ not in _ELIDED_AUXILIARIES:
                continue
            kids = self.table.children(c)
            if not any(g.dep_ == "mark" and g.lower_ == "as" for g in kids) or any(
                    g.dep_ not in _ELIDED_CLAUSE_DEPS and not (
                        g.dep_ in ("acomp", "attr") and g.tag_ == "CD") for g in kids):
                continue  # (not "as it is one of the pillars", "as if they were")
            subject = [g for g in kids if g.dep_ in ("nsubj", "nsubjpass")] or \
                [g for g in kids if g.dep_ in ("acomp", "attr") and g.tag_ == "CD"]
            # the subject after the auxiliary, as likeness puts it ("as did NBC News"; "as
            # they do", "as I did" may say how)
            out += [g for g in subject[:1] if g.i > c.i]
        return out

    def _extraposed_subject(self, verb: Token, head: Token) -> Found | None:
        """An infinitive an expletive "it" stands for has no subject from it: "it took five
        hours to gain control", "it cost $5 million to build" (only who the measure is
        said of, "it took him a week to reply", does it)."""
        if verb.dep_ not in ("advcl", "xcomp") or not infinitive(verb) or \
                head.lemma_.lower() not in self.w.extraposing:
            return None
        kids = self.table.children(head)
        measured = [c for c in kids if c.dep_ in ("dobj", "npadvmod") and c.i < verb.i and (
            c.lemma_.lower() in self.w.duration_nouns or c.tag_ == "CD" or any(
                g.dep_ == "nummod" for g in self.table.children(c)))]
        if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids) or not measured:
            return None  # "it took steps to protect its workers": the company did
        said_of = [c for c in kids if c.dep_ in ("dative", "dobj") and c not in measured
                   and c.pos_ in ("PRON", "PROPN", "NOUN")]  # "took the engineers a week"
        return (said_of[:1], False, "control") if said_of else ([], False, "")

    def _duration(self, tok: Token) -> bool:
        """A length of time: 'five hours', 'weeks', '45 days', 'a month'."""
        return tok.lemma_.lower() in self.w.duration_nouns and (tok.tag_ == "NNS" or any(
            g.dep_ == "nummod" or g.dep_ == "det" and g.lower_ in ("a", "an", "another")
            for g in self.table.children(tok)))

    def _given_time(self, verb: Token, head: Token) -> Found | None:
        """The one given time does its 'to'-clause: "gives airlines 45 days to wind down",
        "provides airlines with 45 days to wind down", "granted the company two weeks to
        respond" (not the giver, nor the days)."""
        if verb.dep_ not in ("advcl", "xcomp") or not infinitive(verb) or head.pos_ != "VERB":
            return None
        kids = [c for c in self.table.children(head) if c.i < verb.i]
        within = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with"
                  for g in self.table.children(c) if g.dep_ == "pobj"]
        if any(c.dep_ in ("dobj", "npadvmod") and self._duration(c) for c in kids):
            # the dative, or the object beside a time the parser made an adverbial noun
            # ("gave tenants a month to find")
            given = [c for c in kids if c.dep_ == "dative" and c.pos_ != "ADP" or
                     c.dep_ == "dobj" and not self._duration(c)]
        elif any(self._duration(g) for g in within):
            given = [c for c in kids if c.dep_ == "dobj"]
        else:
            return None
        if not given:  # "The company was given two weeks to respond": the one given it
            given = [c for c in kids if c.dep_ == "nsubjpass"]
        return (given[:1], False, "control") if given else None

    def _given_time_clause(self, verb: Token, time: Token) -> Found | None:
        """The one given a time does the infinitive the parser hung on that time: "allowed
        them 30 days to leave" (a clause on "days"), "gave the company two weeks to
        respond"; the time does nothing."""
        giver = self.table.head(time)
        if not infinitive(verb) or time.dep_ not in ("dobj", "npadvmod") or \
                giver.pos_ != "VERB" or not self._duration(time):
            return None
        kids = self.table.children(giver)
        given = [c for c in kids if c.i < time.i and (
            c.dep_ == "dative" and c.pos_ != "ADP" or c.dep_ == "dobj" and c.i != time.i)]
        if not given:  # "they have three days to respond", "was given a week to leave"
            given = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it"]
        return (given[:1], False, "control") if given else None

    def _paid_to(self, verb: Token, head: Token) -> Found | None:
        """The one paid or offered something to do a 'to'-clause does it: "paying bounties
        to the Taliban to kill American soldiers", "offered $1 million to Hunter Biden to
        have a debate" (not the payer). Only money paid, to a 'to' phrase right before the
        clause naming someone who can act: "paid $5 to enter" and "offered his support to
        the mayor to show unity" stay the subject's."""
        if verb.dep_ not in ("advcl", "xcomp") or not infinitive(verb) or \
                head.lemma_.lower() not in self.w.paying_verbs:
            return None
        if not any(c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lemma_.lower() in
                                         self.w.payment_nouns)
                   for c in self.table.children(head)):
            return None
        paid = [g for c in self.table.children(head) if c.dep_ in ("prep", "dative")
                and c.lower_ == "to" and c.right_edge.i + 1 == verb.left_edge.i
                for g in self.table.children(c) if g.dep_ == "pobj" and self._can_act(g)]
        return (paid[:1], False, "control") if paid else None

    def _asked_party(self, verb: Token, head: Token) -> Found | None:
        """The party asked in the verb's own prepositional phrase right before the
        'to'-clause does what is asked, not the asker: "pleaded with him to send Gloria",
        "demanded from Interpol to publish a red notice", "appealed to the public to come
        forward" (the parser hangs the clause on the verb, as an 'xcomp' or an 'advcl')."""
        preps = self.w.addressee_control.get(head.lemma_.lower())
        if verb.dep_ not in ("advcl", "xcomp") or not infinitive(verb) or not preps or \
                any(c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" and c.i < verb.i
                    for c in self.table.children(head)):
            return None  # "asked the court to rule": the object, read as before
        asked = [g for c in self.table.children(head) if c.dep_ == "prep" and
                 c.lower_ in preps and c.i < verb.i and
                 c.right_edge.i + 1 == verb.left_edge.i
                 for g in self.table.children(c) if g.dep_ == "pobj" and self._can_act(g)]
        return (asked[:1], False, "control") if asked else None

    def _absolute_participle(self, verb: Token) -> bool:
        """A past participle with a subject and no auxiliary in an absolute "with" or
        "without" phrase ("with 25 others injured", "with occupants ejected"): a passive
        small clause, its subject what undergoes it."""
        if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass")
                                     for c in self.table.children(verb)):
            return False
        if verb.dep_ == "pcomp":
            return self.table.head(verb).lower_ in ("with", "without")
        return any(c.dep_ == "mark" and c.lower_ in ("with", "without")
                   for c in self.table.children(verb))

    def _headline_passive(self, verb: Token) -> bool:
        """A headline's past participle with a subject and nothing after it that a verb
        of its kind takes ("After visa snags, all-girl Afghan team honored for
        'courageous achievement'", "Parents prosecuted after homeopathic treatment
        ..."): headlines drop the passive's "is", and give an act done in the present
        tense ("Putin orders withdrawal"); only a verb whose sense has both an agent and
        a patient, with neither object nor clause."""
        if verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith(("ed", "en", "wn")):
            return False
        if self.table.sentence_index(verb) != 0 or not is_headline(self.table.sents[0]):
            return False
        if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "attr", "oprd",
                          "acomp") for c in self.table.children(verb)):
            return False
        p = self.found.get(verb.i)
        return p is not None and p.pos == "verb" and \
            p.sense.arg_of("agent") is not None and p.sense.arg_of("patient") is not None \
            and not p.sense.undergoer_subject

    def _stated(self, verb: Token) -> Found | None:
        """The clause's own subject (active or passive), or its relative pronoun's
        antecedent; None when it has none."""
        own = [c for c in self.table.children(verb) if c.dep_ in ("nsubj", "csubj")]
        if own and causative_have(verb):
            return own[:1], True, "direct"  # "have Waseem released": he is released
        if own and self._absolute_participle(verb):
            return own[:1], True, "direct"  # "with 25 others injured": they were injured
        if len(own) == 1 and self._headline_passive(verb):
            return own, True, "direct"  # "all-girl Afghan team honored for ...": honoured
        if len(own) > 1 and all(c.i < verb.i for c in own) and any(
                t.text in (":", '"', "“") for t in
                verb.doc[own[-2].right_edge.i + 1:own[-1].left_edge.i]):
            # 'The statement on the death read: "Don loved ..."' read as two subjects of
            # "loved": the one after the colon or quotation mark is its own
            own = own[-1:]
        elif self._folded_clause(own, verb):
            # "While many offered versions of products, one business focused on ...": the
            # parser folded the while-clause into the main one, its subject beside the
            # main subject; the subject after the comma is the verb's own
            own = own[-1:]
        elif self._fronted_description(own, verb):
            # "The daughter of a music teacher, she broke her leg", "A son of the Midwest
            # heartland and a veteran of World War II, Justice Stevens devoted": a fronted
            # description is the apposition of the pronoun or name after it, the subject
            own = own[-1:]
        if len(own) == 1:
            inner = self._inner_for_subject(own[0], verb)
            if inner is not None:
                # "It is essential for jobs in the region for Acland Mine to receive
                # approvals": the parser read the adjective's "for" as the infinitive's
                # mark and hung the "for X" right before "to" inside its phrase; that X,
                # the object of the "for" governing the clause, is the subject
                own = [inner]
            owner = self._apposed_country(own[0])
            if owner is not None:
                # "the Parliament of New South Wales, Australia voted": the country is
                # where the place before it lies; the subject is that place's phrase
                own = [owner]
        passive = [c for c in self.table.children(verb) if c.dep_ == "nsubjpass"]
        if any(self._for_infinitive_subject(c, verb) for c in own + passive):
            # "for a trial to result in removal, a two-thirds majority is needed": the
            # parser took "for" as this verb's mark and the infinitive's subject as its own
            # (the trial is not what is needed); no subject rather than that one
            return [], False, ""
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
            if heads[0].lower_ in RELATIVE and verb.dep_ == "relcl":
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
                if self._two_antecedents(heads[0], verb):
                    return [], False, ""
                inner = self._apposed_relative_noun(heads[0], verb)
                if inner is not None:
                    return [inner], bool(passive) and not own, "relative"
                # "Putin, who ordered ...": the antecedent
                heads, how = [self._anchor(
                    self._who_antecedent(heads[0], self.table.head(verb)))], "relative"
                if own and own[0].lower_ in ("that", "which") and self._is_time(heads[0]):
                    # "an earthquake the previous day that collapsed the rock", "at the
                    # Camp David Accords in 1978 that brought about the treaty", "He died
                    # in 2014 which stalled the study": a time the parser gave the relative
                    # does nothing. No subject rather than the noun it dates: that noun's
                    # phrase holds the time and its clause, a run-on agent. ("who" is left
                    # as it was: "a force for 80 years who was interested in sparking a
                    # discussion" loses its event, a dev gold predicate, without one)
                    return [], False, ""
            return heads, bool(passive) and not own, how
        return None

    def _two_antecedents(self, rel: Token, verb: Token) -> bool:
        """'a naval coalition to patrol the Persian Gulf which was joined by Australia':
        a relative right after the object of an infinitive that modifies a noun may stand
        for either noun. A name takes no restrictive relative (no comma), so one right
        after a name is likelier the other noun's; when the verb agrees with both the parse
        alone cannot say which (here the coalition is joined, not the gulf): no subject,
        rather than a wrong one. After a common noun the nearest one stands ('the real
        test to achieve the economic growth that will turn ...')."""
        near = self.table.head(verb)
        clause = self.table.head(near)
        if near.dep_ != "dobj" or near.pos_ != "PROPN" or rel.i != near.i + 1 or \
                clause.dep_ not in ("acl", "relcl") or not infinitive(clause):
            return False
        far = self.table.head(clause)
        return far.pos_ in ("NOUN", "PROPN") and far.i < clause.i and _agrees(verb, far)

    def _inner_for_subject(self, subject: Token, verb: Token) -> Token | None:
        """The object of a second "for" right before an infinitive's "to", inside the
        phrase of the subject the parser gave it after a "for" mark ("for jobs in the
        region for Acland Mine to receive"); None when that "for" is the noun's own
        complement ("for the demand for coal to rise": a noun PropBank gives a "for"
        role) or there is none."""
        if subject.i > verb.i or not any(c.dep_ == "mark" and c.lower_ == "for" and
                                         c.i < subject.i for c in self.table.children(verb)):
            return None
        # (any noun: the "for" mark already says the clause has a subject of its own;
        # "for Acland Mine to receive approvals" names no actor)
        inner = self._for_subject(verb, any_noun=True)
        if inner is None or inner.i <= subject.i or \
                not subject.left_edge.i <= inner.i <= subject.right_edge.i:
            return None
        owner = self.table.head(self.table.head(inner))
        takes_for = any(r.sense is not None and any(p == "for" for p, _ in r.sense.preps)
                        for r in lexicon().noun_readings(owner.lemma_.lower()))
        return None if owner.pos_ in ("NOUN", "PROPN") and takes_for else inner

    def _folded_clause(self, subjects: list[Token], verb: Token) -> bool:
        """Two subjects before ``verb``, the first opened by an adverbial subordinator
        (while, although, because ...) hung on ``verb`` and a comma between the two: the
        first is the subject of an adverbial clause the parser folded into this one."""
        if len(subjects) < 2 or not all(c.i < verb.i for c in subjects):
            return False
        marks = [c for c in self.table.children(verb) if c.dep_ == "mark" and
                 c.lower_ in self.w.subordinators and c.i < subjects[0].left_edge.i]
        return bool(marks) and any(
            t.text == "," for t in verb.doc[subjects[-2].right_edge.i + 1:subjects[-1].left_edge.i])

    def _misattached(self, verb: Token, hops: int) -> Found | None:
        """A subject the parser hung on another word: "for X to", a gerund's subject in
        an "of" phrase, who is charged with the deed, a name stranded after a fronted
        preposition."""
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
        owner = self._practice_owner(verb)
        if owner is not None:
            # "the government's practice of registering men": the government registers
            # (not the judge who ruled on the practice)
            return [owner], False, "control"
        held = accused(verb, self.table, self.w.reason_object, self.w.with_deed)
        if held is not None:
            # "charged the man with murdering", "convicted X of conspiracy to violate"
            return [held], False, "control"
        conjoined = conjunct_subject(verb, self.table)
        if conjoined is not None:
            # "lost their lives and scores more were injured": the noun the parser joined
            # to the object before is this conjunct's own subject
            return [conjoined], any(c.dep_ == "auxpass" for c in
                                    self.table.children(verb)), "direct"
        stranded = self._stranded_subject(verb) if hops < _MAX_HOPS else None
        if stranded is not None:
            return [stranded], any(c.dep_ == "auxpass"
                                   for c in self.table.children(verb)), "inherited"
        return None

    def _practice_owner(self, verb: Token) -> Token | None:
        """The possessor of the noun an 'of' gerund depends on ("the government's
        practice of registering men", "Russia's policy of arming rebels"), if any."""
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in self.table.children(verb)):
            return None
        prep = self.table.head(verb)
        if prep.lower_ != "of" or prep.dep_ != "prep":
            return None
        noun = self.table.head(prep)
        if noun.pos_ != "NOUN":
            return None
        owner = next((c for c in self.table.children(noun) if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ not in ("NOUN", "PROPN") and owner.lower_ not in (
                "his", "her", "its", "their", "our", "my", "your"):
            return None
        return owner

    def _governing_clause(self, verb: Token, head: Token, hops: int) -> Found | None:
        """The subject of a controlled ('xcomp') clause or of a conjunct: the controller's
        or the first conjunct's."""
        if verb.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in self.table.children(verb)):
            # "ZMapp is to be retired", "the prisoners are expected to be released": the
            # controller of a passive infinitive undergoes it
            heads, _, how = self._controlled(verb, head, hops)
            return heads, bool(heads), how
        if verb.dep_ == "acomp" and verb.tag_ == "VBN" and \
                head.lemma_.lower() in self.lex.copula and any(
                    c.dep_ == "agent" for c in self.table.children(verb)):
            # "Mokha is generally less affected by violence": a participle the parser made
            # the copula's complement, with its "by" phrase, is a passive of its subject
            heads, _, how = self._controlled(verb, head, hops)
            return heads, bool(heads), how
        if verb.dep_ == "xcomp" or verb.dep_ == "acomp" and verb.tag_ == "VBG" and (
                head.lemma_.lower() in self.lex.copula or head.lemma_.lower() in _STATE_VERBS):
            # ("68 people were missing", "five sailors remain missing": the participle the
            # parser made the complement of a copula or of a verb of staying is said of
            # that verb's subject)
            return self._controlled(verb, head, hops)
        if verb.dep_ == "conj" and (head.lemma_.lower() in self.lex.speech or
                                    head.lemma_.lower() in self.lex.attitude or
                                    head.lemma_.lower() in word_lists().findings):
            # "Protesters have claimed Iran ... is unduly influencing their government": a
            # finite clause with a tense of its own that the parser joined to the speech
            # verb; its subject is the phrase parsed as that verb's object ("established
            # that poor hygiene ... is responsible": 'that' read as the object's determiner)
            objects = [c for c in self.table.children(head) if c.dep_ == "dobj" and
                       c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
            tensed = any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD", "MD")
                         for c in self.table.children(verb)) or (
                verb.tag_ in ("VBZ", "VBP", "VBD") and bool(objects) and any(
                    c.dep_ == "det" and c.lower_ == "that" and c.i == objects[0].left_edge.i
                    for c in self.table.children(objects[0])))
            if tensed and objects and not any(c.dep_ == "cc" and objects[0].i < c.i < verb.i
                                              for c in self.table.children(head)):
                # (not "announced the deal and is hiring": a conjunct after "and")
                return objects[:1], False, "direct"
        if verb.dep_ == "conj" and _relative_opening(verb, self.table):
            # "attacks on mail-in voting, which critics, like Obama, have said amounted
            # to voter suppression": a relative clause the parser joined to the main
            # verb ("which" read as a determiner) shares no subject with it
            return [], False, ""
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
            # a tensed verb the parser joined to a 'to'-infinitive is a conjunct of the
            # clause above it
            head = shared_clause(verb, head, self.table)
            heads, undergoer, how = self.subjects(head, hops + 1)
            own_passive = any(c.dep_ == "auxpass" for c in self.table.children(verb))
            mine_passive = own_passive or (undergoer and verb.tag_ == "VBN" and
                                           not _perfect_active(verb))
            # "Lee was sworn in and appointed Kim": the one sworn in appoints; "a niqab
            # is a veil and is worn by women": a passive of its own undergoes it; a
            # perfect of its own is active ("was known for her stance and had released
            # 70 plans")
            return heads, (undergoer and mine_passive) or own_passive, "inherited"
        return None

    def _oblique_relative(self, verb: Token) -> bool:
        """Whether a relative clause is introduced by a preposition's relative pronoun
        ("at which", "in whom"): its noun is no argument the clause's subject position
        could take. ("where" is left: a subjectless "where" clause is most often a typo
        for "were", "caucuses where held on February 3")"""
        for c in self.table.children(verb):
            if c.dep_ == "prep" and c.i < verb.i and any(
                    g.dep_ == "pobj" and g.lower_ in ("which", "whom")
                    for g in self.table.children(c)):
                return True
        return False

    def _modified_noun(self, verb: Token, head: Token, hops: int) -> Found:
        """The subject of a relative or participial clause on a noun: the noun, its
        event's agent, or the main clause's subject."""
        granted = self._granted_to(verb)
        if granted:
            return granted, False, "control"
        if verb.dep_ == "relcl" and self._oblique_relative(verb):
            # "the speed at which Dorian moved" with "Dorian" misparsed as a modifier:
            # the noun is where, when or how the clause happens, never its subject; no
            # subject rather than that one
            return [], False, ""
        if verb.tag_ == "VBN" and (head.lemma_.lower() in self.w.chance_nouns or (
                head.lemma_.lower() in self.w.purpose_in_nouns and head.dep_ == "pobj" and
                self.table.head(head).lower_ == "in")) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in self.table.children(verb)):
            # "have the ability to be involved", "in order to be invited to the debates,
            # we must ...": who has it, or means to, would undergo it, not the ability or
            # the order (no one rather than the noun, when no one is named)
            return self._noun_controller(head, hops), True, "control"
        if verb.tag_ == "VBN":
            return [self._anchor(head)], True, "relative"  # "rebels backed by Turkey"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.i in self.found and \
                self.found[head.i].pos == "noun" and head.pos_ == "NOUN":
            # "Trump's order banning travel", "the request of X asking Y to pay": the
            # act of the event's own agent, not of the event or the main clause
            owner = [a.token for a in self.found[head.i].args if a.role == "agent"]
            if owner:
                return owner[:1], False, "inherited"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "attr" and \
                head.lemma_.lower() in self.w.extraposed_gerund_nouns and any(
                c.dep_ == "nsubj" and c.lower_ == "it"
                for c in self.table.children(self.table.head(head))):
            # "It has been a great pleasure discussing this with you": the gerund is what
            # "it" stands for, done by the speaker, not by the pleasure
            return [], False, ""
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            medium = medium_of_saying(head, self.table)
            if medium is not None:
                # "Pompeo posted a message on Twitter blaming Iran": where it was said
                # does not blame; who said it does
                heads, undergoer, _ = self.subjects(medium, hops + 1)
                return ([] if undergoer else heads), False, "inherited"
            if not self._can_act(head) and head.dep_ in ("dobj", "pobj") and \
                    head.pos_ == "NOUN" and head.lemma_.lower() not in self.w.content_nouns \
                    and verb.lemma_.lower() not in self.w.relational_verbs \
                    and verb.lemma_.lower() not in self.w.agentive_control \
                    and not (head.dep_ == "pobj" and self.table.head(head).lower_ in
                             ("of", *self.w.absolute_preps)):
                # "carried out the attack using ten drones", "spent all her energy
                # battling the infections": a participle after a thing that cannot
                # act is the clause's, done by its subject (not after a work that
                # shows or tells, "a video featuring Tom Cruise", nor a participle
                # that relates two things, "the conflict involving the church", nor
                # one whose subject a preposition introduces: "despite several
                # states certifying their results", nor one of will, which only the
                # noun can have: "rats not wanting to hurt other rats")
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
            kids = self.table.children(head)
            if infinitive(verb) and head.lemma_.lower() in self.w.directive_nouns:
                # "Putin's order to withdraw the troops", "the Church's requests to take
                # down the video": the owner directs; someone else acts, rarely named
                return [], False, ""
            if infinitive(verb) and any(c.dep_ == "poss" for c in kids):
                # "the administration's decision to try to add": the owner, here too, so
                # that a clause the infinitive controls ("to add") inherits it
                return self._noun_controller(head, hops), False, "control"
            owned = any(c.dep_ in ("compound", "amod") for c in kids)
            return ([] if owned or not infinitive(verb) else
                    self._noun_controller(head, hops)), False, "control"
        if verb.dep_ == "relcl" and infinitive(verb) and \
                head.lemma_.lower() in self.w.chance_nouns:
            # "no longer had a valid franchise to continue airing their programs" (the
            # parser's relative): the one who has it airs them
            return self._noun_controller(head, hops), False, "control"
        if verb.dep_ == "relcl" and not any(c.dep_ == "dobj"
                                            for c in self.table.children(verb)):
            return [head], False, "relative"
        if verb.dep_ == "relcl" and infinitive(verb) and self._can_act(head):
            # "a candidate to win the nomination", "the first woman to lead it": an
            # infinitive relative with an object of its own is its head's act (not
            # a thing's: "visas to enter the country")
            return [head], False, "relative"
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and infinitive(verb):
            if head.lemma_.lower() in self.w.instrument_nouns and not any(
                    c.dep_ == "nsubj" for c in self.table.children(verb)):
                # "passed a resolution to establish procedural rules", "no evidence to
                # support the claims": a thing made to do it does it
                return [head], False, "relative"
            return self._noun_controller(head, hops), False, "control"
        return [], False, ""

    def _controlled_object(self, verb: Token, head: Token, hops: int) -> Found | None:
        """The object of a verb that also does the gerund or finite clause hung on it
        ("sentenced Fields to life for driving", "accused Burhan of arming the RSF",
        "hearing her son had been convicted")."""
        reason_object = self._reason_object(verb, head)
        if reason_object is not None:
            # "sentenced Fields to life without parole for driving his car": Fields drove
            return [reason_object], False, "control"
        if _prep_clause(verb) and head.dep_ == "conj" and head.pos_ == "ADP":
            # "accused of defrauding clients, and of keeping money": the parser joined the
            # second "of" to the verb as a conjunct; its clause has the subject of the
            # clause of the first (whoever that is: "attract criticism for making it
            # easier, and for presenting a burden" is the questionnaires')
            gov = self.table.head(head)
            first = next((g for c in self.table.children(gov) if c.dep_ == "prep" and
                          c.lower_ == head.lower_ and c.i < head.i
                          for g in self.table.children(c) if _prep_clause(g)), None)
            if first is not None and gov.pos_ == "VERB":
                return self.subjects(first, hops + 1)
        if _prep_clause(verb) and head.dep_ == "prep" and head.lower_ in (
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
            gov = self.table.head(head)
            if head.lower_ == "into" and objects and not (
                    objects[0].pos_ == "PRON" or self._can_act(objects[0])) and \
                    gov.i in self.found and any(self.found[gov.i].sense.arg_of(r) is not None
                                                for r in ("destination", "recipient")):
                objects = []  # "put effort into landing a shuttle": the one who put it
                # lands it (not "pressured the senators into voting"; only a verb that
                # puts its object somewhere, not "shared their insights into getting started")
            if verb.dep_ == "pobj" and objects and not (
                    objects[0].pos_ == "PRON" or self._can_act(objects[0])):
                objects = []  # a gerund read as a noun is less surely a clause: only an
                # object that can act does it ("made pointed objects for piercing": used)
            if head.lower_ == "for" and objects and objects[0].dep_ == "dobj" and \
                    objects[0].lemma_.lower() in self.w.earned_for:
                # "the questionnaires attract criticism for presenting a burden", "won the
                # prize for discovering": who gets it did the deed
                heads, undergoer, _ = self.subjects(gov, hops + 1)
                return ([] if undergoer else heads), False, "control"
            if objects:
                return objects[:1], False, "control"
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and self.lex.advocates_through(
                self.table.head(head).lemma_.lower(), head.lower_):
            # "Pierce argued for using ballot access": who would use it is not said; the
            # one taking a side is no doer of the act
            return [], False, ""
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
        return None

    def _main_clause(self, verb: Token, head: Token, hops: int) -> Found | None:
        """The subject of an adverbial, prepositional or conjoined participle or
        infinitive: the main clause's ("after battering Nicaragua", ", killing 20")."""
        if verb.dep_ in ("advcl", "pcomp", "conj") or (verb.dep_ == "pobj"):
            # "after battering Nicaragua", "..., killing 20": the main clause's subject
            main = head
            path = [main]
            # a participle used as a preposition is no clause of its own: "met leaders,
            # including meeting the Pope" -> the one who met
            while (main.pos_ not in ("VERB", "AUX") or main.dep_ == "prep" and main.tag_ in (
                    "VBG", "VBN")) and self.table.head(main).i != main.i:
                main = self.table.head(main)
                path.append(main)
            described = self._described_object(verb, main, path)
            if described is not None:
                return [described], False, "control"
            if main.i != verb.i and verb.tag_ in ("VBG", "VBN", "VB"):
                if verb.dep_ == "advcl" and infinitive(verb) and (
                        main.lemma_.lower() in self.w.object_control
                        or main.lemma_.lower() in self.w.sending_verbs
                        or main.lemma_.lower() in self.w.object_raising):
                    objects = [c for c in self.table.children(main) if c.dep_ == "dobj"
                               and c.i < verb.i and c.right_edge.i + 1 == verb.left_edge.i]
                    if objects:  # "we get translators to translate it": the translators
                        # (an event is no one: "requiring a return to shore to fix broken
                        # equipment" names no fixer)
                        return [o for o in objects if not self._event_noun(o)], False, \
                            "control"
                if verb.dep_ == "advcl" and infinitive(verb) and \
                        main.lemma_.lower() in self.w.paid_doers:
                    paid = self._paid_doer(verb, main)
                    if paid:  # "paid his friend to take the SAT": the friend takes it
                        return paid, False, "control"
                if self._sentence_participle(verb, main):
                    # "the court decided their actions did not qualify, reversing the
                    # convictions": a participle set off at the end of a complement clause
                    # the parser hung on that clause's verb is the whole sentence's
                    main = self.table.head(main)
                heads, undergoer, _ = self.subjects(main, hops + 1)
                if verb.dep_ == "advcl" and infinitive(verb):
                    # "The rallies happened ... before the vote of the Electoral College to
                    # choose the president-elect": an event does not do what a purpose
                    # clause says (the parser hung the clause on the main verb)
                    heads = [h for h in heads if not self._event_noun(h)]
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
                if undergoer and infinitive(verb):
                    if main.lemma_.lower() in self.w.sending_verbs:
                        return heads, False, "control"  # "was sent to negotiate": the envoy
                    return self._by_agent(main), False, "control"
                if undergoer and self._subject_gerund(verb, head, main):
                    # "was taken ill after attending a game": the one taken ill attended
                    return heads, False, "inherited"
                if undergoer and verb.tag_ == "VBG" and verb.dep_ == "advcl" and heads and \
                        not any(c.dep_ in ("mark", "nsubj", "auxpass")
                                for c in self.table.children(verb)) and \
                        (all(h.pos_ == "PRON" and h.lower_ in ("he", "she", "they")
                             or self._kind(h) == "Person" for h in heads)
                         or self._consequence_of_passive(verb, main)):
                    # "Munk was involved in weapons research, observing a bomb test": a
                    # person the passive is about does the participle set off after it;
                    # so does a thing when no one else is named (dev's annotators'
                    # reading), but not beside a doer in "by" ("is being attacked by
                    # hackers, causing the site to shut down")
                    return heads, False, "inherited"
                return ([] if undergoer else heads), False, "inherited"
        return None

    def _who_antecedent(self, pronoun: Token, head: Token) -> Token:
        """The person a "who" is about when the parser hung it on a place or organisation
        in the person's "of" phrase ("Rahman, a director of the Anti-Corruption
        Commission, who was cared for": Rahman; "the mayor of Paris, who said": the
        mayor); otherwise the head it was given."""
        if pronoun.lower_ not in ("who", "whom") or self._kind(head) in ("Person", "Group") \
                or head.pos_ in ("PRON", "DET"):
            # ("the families of those who lost their lives": the pronoun the relative
            # hangs on is the one it is about, whatever phrase holds it)
            return head
        place = head
        while place.dep_ == "conj" and self.table.head(place).i < place.i:
            place = self.table.head(place)  # "hopefuls from Afghanistan, ... and Yemen who"
        if place.dep_ == "pobj" and self.table.head(place).lower_ == "from" and \
                self._kind(place) in ("Country", "Place"):
            # "Rai Benjamin from the United States, who finished": a place someone comes
            # from is never the who; the one from it is, when that one can act
            prep = self.table.head(place)
            owner = self.table.head(prep)
            if owner.pos_ not in ("NOUN", "PROPN") and prep.i > 0:
                # "won by Rai Benjamin from the United States": the parser hung the
                # "from" on the verb; the one it describes is the noun right before it
                owner = self.table.tokens[prep.i - 1]
            if owner.pos_ == "PROPN" and self._can_act(owner):
                # (a named one only: "asylee hopefuls from Afghanistan ... who applied" is
                # read right so, but a described agent falls under the emission threshold
                # and dev loses the predicate; the confidence model is not refitted here)
                return self._anchor(owner)
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

    def _apposed_relative_noun(self, pronoun: Token, verb: Token) -> Token | None:
        """The noun a "that"/"which" is about when the parser hung it on a named person
        further back: "Professor Muyembe, Director General of the Institut that monitored
        the trial" (the institute monitored it). A "which" or a "that" with another noun
        of the person's phrase right before it is that noun's, when the verb agrees with it
        and it can be a node; None otherwise (the person stands)."""
        head = self.table.head(verb)
        if pronoun.lower_ not in ("that", "which") or head.pos_ != "PROPN" or \
                self._kind(head) != "Person":
            return None
        j = pronoun.i - 1
        while j > 0 and self.table.tokens[j].is_punct:
            j -= 1
        near = self.table.tokens[j]
        if near.i <= head.i or near.pos_ not in ("NOUN", "PROPN") or \
                self._kind(near) in ("Person", None) or near.dep_ in ("compound", "flat", "conj") or \
                not (head.left_edge.i <= near.i <= head.right_edge.i):
            return None
        # the noun right before the pronoun heads its own phrase (not a name part, not a
        # conjunct of the person) inside the person's apposition or of-phrase
        t = near
        while t.i != head.i and self.table.head(t).i != t.i:
            t = self.table.head(t)
            if t.dep_ == "conj":
                return None
        if t.i != head.i or not _agrees(verb, near) or self.table.key_of(near) is None:
            return None
        return self._anchor(near)

    def _for_infinitive_subject(self, subject: Token, verb: Token) -> bool:
        """Whether a subject the parser gave a verb is the subject of a "for X to"
        infinitive on it instead: a "for" mark of the verb right before the subject's
        phrase, and a 'to'-infinitive the parser hung on the subject."""
        before = subject.left_edge.i - 1
        if before < 0 or before >= verb.i:
            return False
        mark = self.table.tokens[before]
        return mark.lower_ == "for" and mark.dep_ == "mark" and \
            self.table.head(mark).i == verb.i and any(
                c.dep_ in ("acl", "relcl") and infinitive(c) and c.i < verb.i
                for c in self.table.children(subject))

    def _is_time(self, tok: Token) -> bool:
        """A date or length of time: "1978", "the previous day", "80 years"."""
        return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in self.w.duration_nouns \
            or self.type_of(tok) == "Date"

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
        that clause's subject did it 0 times in 5, the reporting clause's 3 times; but not
        a consequence of a reported event (``_reported_consequence``)."""
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or main.dep_ != "ccomp" or any(
                c.dep_ == "expl" for c in self.table.children(main)):
            return False  # "reported there were 126,000 cases, resulting in": the cases
        if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in self.table.children(verb)):
            return False
        start = verb.left_edge.i
        if start == 0 or self.table.tokens[start - 1].text != ",":
            return False
        return not self._reported_consequence(verb, main)

    def _reported_consequence(self, verb: Token, main: Token) -> bool:
        """'Authorities said they believed a fruit had exploded in her mouth, damaging her
        jaw': after what someone says or believes, not quoted, a participle that says
        nothing itself (no verb of saying, no clause, no "while") is what the reported
        event did (dev's gold: the fruit; 'a community emerged, numbering about 400')."""
        reporter = self.table.head(main)
        lemma = reporter.lemma_.lower()
        if lemma not in self.lex.speech and lemma not in self.lex.attitude or \
                verb.lemma_.lower() in self.lex.speech or reporter.tag_ == "VBG":
            return False  # (not after a participle of saying: "also suggesting life could
            # exist on Mars, de Vera et al, using the facilities ..., studied")
        if any(c.dep_ in ("mark", "ccomp") for c in self.table.children(verb)):
            return False
        return not any(t.text in QUOTE_MARKS for t in self.table.tokens[reporter.i:verb.i])

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
        comma after common nouns, or a person's name right after a common noun's phrase:
        the nouns are its fronted apposition."""
        last = subjects[-1] if subjects else None
        if len(subjects) > 1 and all(c.i < verb.i for c in subjects) and \
                last.pos_ == "PROPN" and subjects[-2].pos_ == "NOUN" and \
                subjects[-2].lemma_.lower() in people_words() and \
                subjects[-2].right_edge.i + 1 == last.left_edge.i and \
                (key := self.table.key_of(last)) is not None and \
                self.table.type_of(key) == "Person":
            # "Psychology major at University of Texas Arlington Amneh Jafari heard": a
            # title's phrase run on into the person's name, with no comma, is a title too
            return True
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
            if anchor.pos_ in ("NOUN", "PROPN") and anchor.i < noun.i and self._adjoins(
                    anchor, noun):
                noun = anchor
        named = self._predicated_name(noun)
        return noun if named is None else named

    def _adjoins(self, anchor: Token, appos: Token) -> bool:
        """Whether the apposition follows its anchor's phrase: only words of that phrase
        lie between them. "The effects of IDD are goiter and cretinism, a condition
        characterised by ...": the parser hung the condition on "effects", past a verb."""
        phrase = {t.i for t in anchor.subtree}
        return all(i in phrase for i in range(anchor.i, appos.left_edge.i))

    def _predicated_name(self, noun: Token) -> Token | None:
        """The named subject a copula classifies by ``noun``: "Stardust is a NASA space
        capsule that collected samples", "Aner Shalev is an Israeli mathematician and
        writer born in 1958": what the clause on the description does, the name does (a
        copula says they are one). Only "a"/"an" classifies, and only a name or
        "he"/"she" is sure: "It was a decision that shocked many" keeps the decision."""
        first = noun
        while first.dep_ == "conj" and self.table.head(first).i < first.i:
            first = self.table.head(first)
        copula = self.table.head(first)
        if first.dep_ != "attr" or copula.lemma_ != "be" or copula.i > first.i or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in self.table.children(first)):
            return None
        subject = [c for c in self.table.children(copula) if c.dep_ == "nsubj"]
        if len(subject) != 1 or not (subject[0].pos_ == "PROPN" or
                                     subject[0].lower_ in ("he", "she")):
            return None
        return subject[0]

    def _controlled(self, verb: Token, head: Token, hops: int) -> Found:
        """Who acts in an 'xcomp' clause: the raised or controlling subject or object."""
        raised = [c for c in self.table.children(head) if c.dep_ == "nsubjpass"]
        if raised and verb.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in self.table.children(verb)):
            # "Two soldiers were reported killed", "33 were reported hospitalised": a
            # passive participle after a passive verb says what its subject underwent
            return raised, True, "control"
        if raised and (head.lemma_.lower() in self.lex.raising
                       or head.lemma_.lower() in self.w.sending_verbs):
            return raised, False, "control"  # "is expected to visit", "was sent to join"
        if raised and head.lemma_.lower() in self.lex.attitude and infinitive(verb):
            # "Macron is known to have tested positive", "the ibis was considered to
            # represent Thoth": a passive verb of knowing or thinking raises its subject,
            # as "is believed to" does
            return raised, False, "control"
        if head.lemma_.lower() in self.lex.directing_speech and infinitive(verb) and not any(
                c.dep_ in ("dobj", "dative", "nsubjpass") for c in self.table.children(head)):
            # "the landlords have said to vacate the place", "he told to go back": a
            # saying's bare 'to'-clause is what someone unnamed is told to do, not the
            # sayer's act (unlike "claimed to represent", "pretended to be")
            return [], False, ""
        if head.lemma_.lower() in self.lex.advocacy:
            # "Blankenship favored expanding space exploration": who would expand it is
            # not said; the one taking a side is no doer of the act
            return [], False, ""
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
        if head.lemma_.lower() in self.w.paid_doers and (paid := self._paid_doer(verb, head)):
            return paid, False, "control"  # "paid workers to leave"
        if controllers and (head.lemma_.lower() in self.w.object_control
                            or head.lemma_.lower() in self.lex.intent):
            # "asked X to negotiate" (an event does nothing: "required a return to fix")
            return [c for c in controllers if not self._event_noun(c)], False, "control"
        head_lemma = head.lemma_.lower()
        subject = raised_object(verb, head, self.table, self.lex)
        if subject:
            return subject, False, "control"  # "reported Hamza to be dead": Hamza is dead
        if head.lemma_.lower() in self.lex.unstated_doers and verb.tag_ == "VBG" and \
                not infinitive(verb):
            # "circumstances may require delaying some school reopenings", "the work
            # involved building population models": the gerund's doer is not said
            # (but "requires intelligent life sending us a signal": the life, above)
            return [], False, ""
        if raised and verb.tag_ == "VBG" and not infinitive(verb):
            # "one seat was pictured lying beside the wreck", "two men were found hiding",
            # "he was seen leaving the house": the one seen or found does what the
            # participle says (a purpose is an infinitive: "cranes were used to hoist")
            return raised, False, "control"
        kids = self.table.children(verb)
        if raised and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                 for c in kids) and \
                any(c.dep_ == "aux" and c.lower_ == "have" for c in kids):
            # "Biden was declared to have won Pennsylvania", "was reported to have fled": a
            # perfect infinitive is no purpose; the passive raises its subject into it
            return raised, any(c.dep_ == "auxpass" for c in kids), "control"
        passive = bool(raised) or self._passive_conjunct(verb, head)
        if passive and head_lemma not in self.w.object_control and \
                head_lemma not in self.lex.intent:
            # "cranes were used to hoist workers": the purpose is the user's, not the
            # passive subject's ("X was asked to leave": X leaves); named by a by-phrase
            # or no one ("was founded by Dean Kamen to encourage interest": Kamen)
            return self._by_agent(head), False, "control"
        if head_lemma in self.lex.copula and head_lemma != "have" and verb.tag_ == "VB" and \
                not any(self._can_act(c) for c in self.table.children(head) if c.dep_ == "nsubj"):
            # "the aim is to reduce the risk": no one named; but "have to" is obligation,
            # its subject the infinitive's ("both houses would have to pass it"), and an
            # act or thing that is to do something does it ("the invasion was to prevent
            # a terror corridor", "the drilling is only to protect Turkish interests")
            return self._purposed_subject(verb, head), False, "control"
        if head.pos_ == "ADJ" and head.lemma_.lower() in self.w.means_adjectives:
            return [], False, ""  # "the ACC is necessary to acquire the aversion": a means
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "attr", "oprd"):
            heads, undergoer, _ = self.subjects(self.table.head(head), hops + 1)
            return heads, False, "control"  # "Macron is due to travel"
        heads, _, _ = self.subjects(head, hops + 1)
        if head_lemma not in self.lex.raising and head_lemma not in self.lex.aspectual and \
                head_lemma not in self.w.obligation and not any(
                    c.dep_ == "auxpass" for c in self.table.children(verb)):
            # "Their demands have included dissolving Parliament": an event named by a
            # noun does not act in a clause (it can go on, seem or have to: "the fighting
            # continued to spread", "an investigation has to be completed"; and it can
            # undergo one: "all risks need to be removed"); nor does a clause as subject
            # ("what constitutes his role ... and why voters ... should consider casting
            # their vote", as parsed, had the clause cast it)
            heads = [h for h in heads if not self._event_noun(h) and h.pos_ not in ("VERB", "AUX")]
        return heads, False, "control"

    def _purposed_subject(self, verb: Token, copula: Token) -> list[Token]:
        """The subject of "be" + infinitive with nothing between them ("the invasion was
        to prevent", "the drilling is only to protect") when it is an act or a thing
        named, not what it says (a goal, plan or priority: ``purpose_nouns``, the control
        and chance nouns). Not a pronoun: "it" as often stands for the clause or no one
        ("it was to prevent voter fraud": the law; "it's not to cause any discomfort")."""
        if copula.lemma_.lower() != "be" or verb.i < copula.i:
            return []
        kids = self.table.children(copula)
        if any(c.dep_ in ("acomp", "attr", "oprd", "neg", "expl") for c in kids):
            return []
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None:
            return []
        lemma = subject.lemma_.lower()
        if lemma in self.w.purpose_nouns or lemma in self.w.control_nouns or \
                lemma in self.w.chance_nouns:
            return []
        named = subject.pos_ == "NOUN" and (self.table.key_of(subject) is not None
                                            or self._event_noun(subject))
        return [subject] if named else []

    def _event_noun(self, tok: Token) -> bool:
        """An event named by a common noun ("demands", "the rallies", "a return"): one
        kg reads as an event here or whose lemma the frame lexicon reads as one, and not
        an entity nor a noun that can act ("the administration" is also administering)."""
        lemma = tok.lemma_.lower()
        return self.table.key_of(tok) is None and tok.pos_ == "NOUN" and (
            lemma in self.lex.nouns or tok.i in self.found
            or bool(self.lex.noun_readings(lemma) or self.lex.light_noun_readings(lemma))
        ) and not self._can_act(tok)

    def _paid_doer(self, verb: Token, payer: Token) -> list[Token]:
        """The one paid or bribed to do an infinitive: the payer's direct object that can
        act, right before the clause ("paid his friend Joe Shapiro to take the SAT"); not
        money or a fee ("paid $5 to enter")."""
        return [c for c in self.table.children(payer) if c.dep_ == "dobj" and
                c.right_edge.i + 1 == verb.left_edge.i and
                (c.pos_ == "PRON" and c.lower_ not in ("it", "this", "that") or self._can_act(c))][:1]

    def _passive_conjunct(self, verb: Token, head: Token) -> bool:
        """Whether ``head`` is a passive conjunct (its subject the first conjunct's) and
        ``verb`` its 'to'-infinitive: "the victims were vulnerable and had been used to
        satisfy them". Not a participle ("put the fire out and were pictured searching the
        apartments": they search), nor after a raising or sending verb ("and was sent to
        join": the one sent joins)."""
        lemma = head.lemma_.lower()
        return infinitive(verb) and head.dep_ == "conj" and head.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in self.table.children(head)) and \
            lemma not in self.lex.raising and lemma not in self.w.sending_verbs

    def _consequence_of_passive(self, verb: Token, main: Token) -> bool:
        """Whether a participle set off after a passive main clause, with no doer named in
        "by", says what its subject then does ("The constitution was changed, allowing
        him to run"; "A search was launched, involving 500 officers"): not a means ("it is
        analysed using a technology": the analyst's), nor a participle in a clause of
        its own or before the main verb ("According to Yonhap, quoting KCNA")."""
        return verb.i > main.i and main.dep_ in ("ROOT", "conj") and \
            not self._by_agent(main) and \
            verb.lemma_.lower() not in self.w.means_participles and \
            not any(c.tag_ == "WRB" for c in self.table.children(verb))

    def _by_agent(self, passive: Token) -> list[Token]:
        """The by-phrase of a passive verb ("founded by Dean Kamen"), if any."""
        return [g for c in self.table.children(passive) if c.dep_ == "agent"
                for g in self.table.children(c) if g.dep_ == "pobj"][:1]

    def _described_object(self, verb: Token, main: Token, path: list[Token]
                          ) -> Token | None:
        """'described the speech as "flat" and lacking energy': a participle joined to
        what an "as" phrase says of a verb's object is said of that object (the speech
        lacks energy, not the commentators)."""
        if verb.tag_ != "VBG" or verb.dep_ != "conj" or len(path) < 2:
            return None
        as_ = path[-2]
        if as_.dep_ != "prep" or as_.lower_ != "as" or self.table.head(as_).i != main.i:
            return None
        return next((c for c in self.table.children(main)
                     if c.dep_ == "dobj" and c.i < as_.i), None)

    def _noun_controller(self, noun: Token, hops: int) -> list[Token]:
        """Who acts in a noun's 'to'-clause: its owner ("Trump's attempt to add", "his
        bid to add", "their plans to oppose", for a noun of intent also in 'of': "an
        effort of the Railways to promote"), else, for a noun of intent or attempt, the
        subject of the verb it is the object of ("announced plans to oppose", "made an
        attempt to reach"), and for a chance or right, of the verb that has or gets it
        ("had the chance to vote"); a thing's purpose ("a weapon to evict") is no one's named."""
        owners = [self._bound(c) for c in self.table.children(noun)
                  if c.dep_ == "poss" and c.lower_ not in RELATIVE]
        if owners:
            return owners[:1] if self._can_act(owners[0]) or owners[0].pos_ == "PRON" \
                else []
        # "an effort of the Railways to promote": the owner in "of" of a noun of intent
        # (or in "by": "attempts by officials to lure her out", "a bid by Iran to join")
        of = [g for c in self.table.children(noun) if c.dep_ == "prep" and c.lower_ in ("of", "by")
              for g in self.table.children(c) if g.dep_ == "pobj"]
        if of and noun.lemma_.lower() in self.w.control_nouns and self._can_act(of[0]):
            return of[:1]
        held = self.table.head(noun)
        lemma = noun.lemma_.lower()
        if noun.dep_ == "pobj" and held.lower_ == "in" and (
                lemma in self.w.control_nouns or lemma in self.w.purpose_in_nouns):
            # "continued the observations in order to determine", "fired tear gas in an
            # attempt to disperse the crowd": the purpose of the clause's own subject (none
            # named for a passive: "the crowd was dispersed in an effort to ...")
            main = self.table.head(held)
            if main.pos_ not in ("VERB", "AUX") or main.i == held.i:
                return []
            # (one who can mean to: not "Construction began in 2006 in order to enlarge")
            return self._acting_subjects(main, hops)
        if noun.dep_ == "dobj" and held.pos_ == "VERB" and \
                lemma in self.w.chance_nouns and \
                held.lemma_.lower() in self.w.chance_verbs:
            # "we find a big chance to show", "maintain the right to defend ourselves": the
            # one who has or gets the chance uses it (not "defended the right to protest")
            return self._acting_subjects(held, hops)
        if noun.lemma_.lower() not in self.w.control_nouns or noun.dep_ != "dobj" or \
                self.table.head(noun).pos_ != "VERB" or \
                self.table.head(noun).lemma_.lower() in self.w.reacting_verbs:
            return []  # (not "halted attempts to take down": the halters' reaction)
        heads, undergoer, _ = self.subjects(self.table.head(noun), hops + 1)
        return [] if undergoer else heads

    def _acting_subjects(self, verb: Token, hops: int) -> list[Token]:
        """The subjects of an active ``verb`` that can act (none for a passive: what
        undergoes it means nothing by it)."""
        heads, undergoer, _ = self.subjects(verb, hops + 1)
        return [] if undergoer else [h for h in heads if self._can_act(h)]

    def _granted_to(self, verb: Token) -> list[Token]:
        """'gave the farmers permission to sell', 'they were denied visas to enter': the
        'to'-clause of a thing given, granted or denied is the act of the one it is given
        to (the indirect object, or the subject of the passive that keeps the thing as its
        object), not of the giver."""
        noun = self.table.head(verb)
        if not infinitive(verb) or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or any(
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

    def _bound(self, owner: Token, hops: int = 0, light: bool = False) -> Token:
        """An unresolved possessive pronoun in a verb's object is bound by that verb's
        subject ("the unions announced their plans", "Sanders ended his campaign": the
        unions', Sanders'), when it agrees ('his'/'her' a person, 'its' no person);
        anything else is itself. On the noun a ``light`` verb carries ("Trump gave his
        first speech") an agreeing subject binds it even against coreference, which
        resolves the pronoun across sentences (to Biden) and not within its clause."""
        low = owner.lower_
        if owner.tag_ != "PRP$" or low not in POSSESSIVE_PRONOUNS:
            return owner
        key = self.table.key_of(owner)
        resolved = key is not None and key != self.table.key_of(self.table.head(owner))
        if resolved and not light:
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
        if resolved and (self.table.key_of(heads[0]) == key or (
                self.table.key_of(heads[0]) is None and heads[0].pos_ == "PRON")):
            return owner  # coreference agrees with the subject, or it is an unresolved pronoun
        # (a light verb's subject may be an unnamed description: "A doctor gave his speech")
        type_ = self._kind(heads[0]) if light else self.type_of(heads[0])
        if light and low != "their" and (heads[0].tag_ in ("NNS", "NNPS") or
                                         heads[0].lower_ in ("they", "we", "you")):
            return owner  # no agreement in number ("The nurses carried out his orders")
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

    def _for_subject(self, verb: Token, any_noun: bool = False) -> Token | None:
        """The subject of a 'for X to'-infinitive the parser read as a 'for' phrase of the
        word before: an actor (or, for a passive or with ``any_noun``, anything but a time
        or amount) whose phrase ends right before 'to'."""
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
        if any_noun or any(c.dep_ == "auxpass" for c in self.table.children(verb)):
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
