"""Which words of a parse are predicates, and in which sense (``kg.extract.predicates``
reads their arguments with ``kg.extract.arguments``).

A verb, an event noun (alone, or carried by a light verb: "took a surprise lead"), an
adjective that names an event, or a headline verb the tagger read as a noun is a
predicate when the frame lexicon (``kg.extract.frames``) has a sense for it; the sense is
the first of its readings whose conditions (an object, a preposition, a subject's type,
...) the parse meets. Words that are no facts of their own (speech, attitude, aspectual,
copula, existential "there is") are filtered here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from spacy.tokens import Span, Token

from kg.extract import lexicons
from kg.extract.frames import Lexicon, Reading, Sense, lexicon
from kg.extract.identified import naming_complement, naming_participles
from kg.extract.modality import QUOTE_MARKS
from kg.extract.nodes import POSSESSIVE_PRONOUNS, Nodes, organisation_nouns
from kg.extract.predicated import RELATIVE_TAGS
from kg.extract.table import EntityTable

#: Verbs that, with an expletive "there", only say that something is (the guidelines leave
#: out "there is/are"): "There exist several theories", "there remain doubts".
_EXISTENTIAL = frozenset({"exist", "remain"})
#: Roles a predicate fills once (with the conjuncts of its filler): a second phrase
#: read for them ("focused on infrastructure" after the undergoing subject) is not one.
_SINGLE_ROLES = frozenset({"agent", "patient"})


@dataclass
class Arg:
    """One argument: its kg role and the head token of its phrase."""

    role: str
    token: Token
    #: how it was found, a feature of the fact's confidence (kg.extract.confidence):
    #: direct | inherited | control | relative | nominal | light | prep
    how: str = "direct"


@dataclass
class Predication:
    token: Token  # the predicate's head word
    span: Span  # its trigger text ("air strikes", "pull out", "took out")
    sense: Sense
    lemma: str  # the lemma as read ("take out", "withdrawal", "air strike")
    pos: str  # verb | noun | adjective
    args: list[Arg] = field(default_factory=list)
    light: Token | None = None  # the light verb carrying a noun predicate
    headline: bool = False  # a headline verb the tagger read as a noun

    def has(self, role: str) -> bool:
        return any(a.role == role for a in self.args)

    def add(self, role: str, tok: Token, how: str = "direct") -> None:
        if any(a.token.i == tok.i for a in self.args):
            return
        if role in _SINGLE_ROLES and how != "likeness" and any(
                a.role == role and tok.i not in {c.i for c in a.token.conjuncts}
                for a in self.args):
            return  # one agent, one patient (and its conjuncts): the first one found
        # (but for the subject of an elided clause of likeness, which does the same:
        # SubjectReader.as_was)
        self.args.append(Arg(role, tok, how))


class _Words:
    def __init__(self) -> None:
        self.countries = lexicons.countries()
        entities = lexicons.entities()
        self.force_nouns = frozenset(entities["force_nouns"])
        discourse = lexicons.load_json("discourse.json")
        self.object_control = frozenset(discourse["object_control"])
        self.agentive_control = frozenset(discourse["agentive_control_verbs"])
        self.obligation = frozenset(discourse["obligation_verbs"])
        self.persuasion_control = frozenset(discourse["persuasion_control"])
        self.reason_object = frozenset(discourse["reason_object_verbs"])
        self.earned_for = frozenset(discourse["earned_for_nouns"])
        self.with_deed = frozenset(discourse["with_deed_verbs"])
        self.purpose_verbs = frozenset(discourse["purpose_verbs"])
        self.answer_verbs = frozenset(discourse["answer_verbs"])
        self.sending_verbs = frozenset(discourse["sending_verbs"])
        self.object_raising = frozenset(discourse["object_raising_verbs"])
        self.extraposing = frozenset(discourse["extraposing_verbs"])
        self.extraposed_gerund_nouns = frozenset(discourse["extraposed_gerund_nouns"])
        self.duration_nouns = frozenset(discourse["duration_nouns"])
        self.paying_verbs = frozenset(discourse["paying_verbs"])
        self.paid_doers = frozenset(discourse["paid_doer_verbs"])
        self.addressee_control: dict[str, frozenset[str]] = {
            verb: frozenset(preps) for verb, preps in discourse["addressee_control"].items()}
        self.payment_nouns = frozenset(discourse["payment_nouns"])
        self.measure_units = frozenset(discourse["measure_units"])
        self.subordinators = frozenset(discourse["adverbial_subordinators"])
        roles = lexicons.roles()
        self.title_words = frozenset(t.split()[0] for t in roles["titles"]) | \
            frozenset(roles["ranks"])
        self.title_participles = frozenset(discourse["title_participles"])
        self.gloss_participles = frozenset(discourse["gloss_participles"])
        self.question_tags = frozenset(discourse["question_tags"])
        self.predicating_speech = frozenset(discourse["predicating_speech"])
        self.directive_speech = frozenset(discourse["directive_speech"])
        self.quoting_naming = frozenset(discourse["quoting_naming_verbs"])
        self.opinion_verbs = frozenset(discourse["opinion_verbs"])
        self.assurance: dict[str, frozenset[str]] = {
            verb: frozenset(adjs) for verb, adjs in discourse["assurance_phrases"].items()}
        self.findings = frozenset(discourse["finding_verbs"])
        self.finding_facts = frozenset(discourse["finding_fact_verbs"])
        self.finding_preps: dict[str, str] = dict(discourse["finding_object_prepositions"])
        self.finding_questions = frozenset(discourse["finding_question_words"])
        self.conversation_verbs = frozenset(discourse["conversation_verbs"])
        self.control_nouns = frozenset(discourse["control_nouns"])
        self.directive_nouns = frozenset(discourse["directive_nouns"])
        self.purpose_nouns = frozenset(discourse["purpose_nouns"])
        self.chance_nouns = frozenset(discourse["chance_nouns"])
        self.instrument_nouns = frozenset(discourse["instrument_nouns"])
        self.chance_verbs = frozenset(discourse["chance_verbs"])
        self.purpose_in_nouns = frozenset(discourse["purpose_in_nouns"])
        self.reacting_verbs = frozenset(discourse["reacting_verbs"])
        self.partitives = frozenset(discourse["partitives"])
        self.adverbial_heads = frozenset(discourse["adverbial_relative_heads"])
        self.adverbial_preps = frozenset(discourse["adverbial_prepositions"])
        self.fixed_phrases = frozenset(discourse["fixed_prepositional_phrases"])
        self.temporal_preps = frozenset(discourse["temporal_prepositions"])
        self.of_preps = frozenset(discourse["of_prepositions"])
        self.absolute_preps = frozenset(discourse["absolute_prepositions"])
        self.event_measures = frozenset(discourse["event_measures"])
        self.acts_had = frozenset(discourse["acts_had"])
        self.held_nouns = frozenset(discourse["held_nouns"])
        self.chooser_kinds = frozenset(discourse["chooser_kinds"])
        self.undergone_nouns = frozenset(discourse["undergone_nouns"])
        #: verb -> the PropBank argument of its object event noun its subject fills
        self.governing_roles: dict[str, str] = dict(discourse["governing_verb_roles"])
        self.from_acts = frozenset(discourse["from_acts"])
        self.from_carriers = frozenset(discourse["from_carriers"])
        self.time_witness = frozenset(discourse["time_witness_verbs"])
        self.becoming = frozenset(discourse["becoming_verbs"])
        self.occurrence = frozenset(discourse["occurrence_verbs"])
        self.within_preps = frozenset(discourse["within_prepositions"])
        self.placing_preps = frozenset(discourse["placing_prepositions"])
        self.telling = frozenset(discourse["telling_verbs"])
        lex = lexicon()
        #: verbs whose that-less clause the parser may split from its subject
        #: (``misparses.object_as_subject``): telling, saying, thinking
        self.clause_taking = self.telling | lex.speech | frozenset(lex.attitude)
        self.simultaneous = frozenset(discourse["simultaneous_subordinators"])
        self.possessed_acts = frozenset(discourse["possessed_act_nouns"])
        self.realized_causatives = frozenset(discourse["realized_causatives"])
        self.answering_phrases = frozenset(discourse["answering_phrases"])
        self.verdict_verbs = frozenset(discourse["verdict_verbs"])
        self.result_verbs = frozenset(discourse["result_verbs"])
        self.means_adjectives = frozenset(discourse["means_adjectives"])
        self.means_participles = frozenset(discourse["means_participles"])
        self.gerund_taking = frozenset(discourse["gerund_taking"])
        self.content_nouns = frozenset(discourse["content_nouns"])
        self.relational_verbs = frozenset(discourse["relational_verbs"])


@lru_cache(maxsize=1)
def word_lists() -> _Words:
    return _Words()


# -- which sense -----------------------------------------------------------------------
def _context(tok: Token, table: EntityTable) -> tuple[list[Token], list[Token]]:
    """(objects, subjects) of a predicate, looking through partitives, for its readings."""
    w = word_lists()
    objects = [c for c in table.children(tok) if c.dep_ in ("dobj", "nsubjpass")] + \
        ([table.head(tok)] if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" else [])
    if not objects and tok.pos_ == "VERB":
        adjacent = adjacent_object(tok, table)
        objects = [adjacent] if adjacent is not None else []
    # "half of Europe's gas needs": what the partitive is of
    objects += [g for o in objects if o.lemma_.lower() in w.partitives or o.like_num
                for c in table.children(o) if c.dep_ == "prep" and c.lower_ == "of"
                for g in table.children(c) if g.dep_ == "pobj"]
    subjects = [c for c in table.children(tok) if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl":  # "the bill, which passed the House": the bill is its subject
        subjects = [table.head(tok) if c.tag_ in RELATIVE_TAGS else c for c in subjects]
    subjects += [g for o in subjects if o.lemma_.lower() in w.partitives or o.like_num
                 for c in table.children(o) if c.dep_ == "prep" and c.lower_ == "of"
                 for g in table.children(c) if g.dep_ == "pobj"]
    return objects, subjects


def _fits(cond: tuple[tuple[str, Any], ...], tok: Token, table: EntityTable,
          light: Token | None, nodes: Nodes | None,
          context: tuple[list[Token], list[Token]]) -> bool:
    """Whether the context of ``tok`` meets a reading's conditions."""
    w = word_lists()
    objects, subjects = context

    def type_of(t: Token) -> str | None:
        key = nodes.entity(t) if nodes is not None else table.key_of(t)
        if key:
            return table.type_of(key)
        # an unnamed phrase is typed by its head noun as its description will be ("left
        # his home", "left the city"): without it, no reading that asks a type fits one
        return nodes.kind_of(t) if nodes is not None and t.pos_ == "NOUN" else None

    for name, want in cond:
        if name == "object":
            lemmas = {o.lemma_.lower() for o in objects} | {o.lower_ for o in objects}
            if not objects or (want and not lemmas & set(want)):
                return False
        elif name == "subject":  # "the earthquake struck": a natural force's, no attack
            # (the head or a compound before it: "Hurricane Dorian")
            lemmas = {g.lemma_.lower() for t in subjects for c in [t] + list(t.conjuncts)
                      for g in [c] + [g for g in table.children(c) if g.dep_ == "compound"]}
            if not lemmas & set(want):
                return False
        elif name == "text_subject":  # "the statement read", '"...", read the statement'
            if (speaking_text(tok, table) is not None) != bool(want):
                return False
        elif name == "no_object":
            if bool(objects) == bool(want) or any(c.dep_ in ("ccomp", "xcomp")
                                                  for c in table.children(tok)):
                return False
        elif name in ("object_type", "subject_type"):
            group = objects if name == "object_type" else subjects
            types = {ty for t in group for c in [t] + list(t.conjuncts)
                     if (ty := type_of(c))}
            if not types & set(want):
                return False
        elif name in ("object_forces", "subject_forces"):
            group = objects if name == "object_forces" else subjects
            if not any(_is_forces(t, table, w) for t in group):
                return False
        elif name == "prep":
            found = False
            # (under a light verb its phrases are the noun's: "issued warnings against")
            for c in table.children(tok) + (table.children(light) if light is not None else ()):
                if c.dep_ in ("prep", "agent") and c.lower_ in want:
                    lemmas = set(want[c.lower_])
                    objs = [g for g in table.children(c) if g.dep_ in ("pobj", "pcomp")]
                    if not lemmas or any(g.lemma_.lower() in lemmas or g.lower_ in lemmas
                                         for g in objs):
                        found = True
            if not found:
                return False
        elif name == "complement":
            if not any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr") for c in table.children(tok)):
                return False
        elif name == "complement_clause":
            if not any(c.dep_ == "ccomp" and any(g.lower_ == want for g in table.children(c))
                       for c in table.children(tok)):
                return False
        elif name == "cue":
            start, end = table.sentence_bounds(tok)
            if not any(t.lemma_.lower() in want for t in table.tokens[start:end]):
                return False
        elif name == "light":
            if light is None or light.lemma_.lower() not in want:
                return False
        elif name == "modifier":
            if not any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in want
                       for c in table.children(tok)):
                return False
        elif name == "head_prep":
            if not (tok.dep_ == "pobj" and table.head(tok).lower_ in want):
                return False
        elif name == "plural":
            if (tok.tag_ in ("NNS", "NNPS")) != bool(want):
                return False
        elif name == "governor":  # "will continue to run the base"
            if not (tok.dep_ == "xcomp" and table.head(tok).lemma_.lower() in want):
                return False
        elif name == "dep":  # "a chef named Łukasz": the participle after a noun
            if tok.dep_ not in want:
                return False
        elif name == "name_complement":  # "named Łukasz", not "named chief executive"
            if not any(c.dep_ in ("oprd", "attr") and c.pos_ == "PROPN"
                       for c in table.children(tok)):
                return False
        elif name == "result":  # "tested positive", "fell ill": how it came out
            if not any(c.dep_ in ("oprd", "acomp", "advmod", "attr", "dobj") and c.lower_ in want
                       for c in table.children(tok)):
                return False
        elif name == "negated":
            if not any(c.dep_ == "neg" for c in table.children(tok)):
                return False
        elif name == "gerund_complement":  # "will keep expanding": aspect, no act of its own
            if not any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in table.children(tok)) \
                    or any(c.dep_ == "dobj" for c in table.children(tok)):
                return False
        elif name == "number":  # "was aged 84 years", "a man aged 40": a measure, no act
            if not any(c.dep_ in ("npadvmod", "oprd", "dobj", "attr") and (
                    c.tag_ == "CD" or any(g.dep_ == "nummod" for g in table.children(c)))
                    for c in table.children(tok)):
                return False
        elif name == "resultative":  # "left 20 people dead", "left the building destroyed"
            if result_of(tok, table) is None:
                return False
        elif name == "predicative":  # "remains prorogued", "remained silent": a copula
            if not any(c.dep_ in ("acomp", "attr", "oprd") for c in table.children(tok)):
                return False
        elif name == "form":  # "was born" (bear.02), not "bore the cost" (bear.01)
            if tok.lower_ not in want:
                return False
        elif name == "conferred_by":  # "sought the Democratic Party's nomination"
            if not _conferred_by(tok, table, light, want, type_of):
                return False
    return True


def _conferred_by(noun: Token, table: EntityTable, light: Token | None, types: list[str],
                  type_of: Callable[[Token], str | None]) -> bool:
    """Does ``noun`` name what its possessor, of one of ``types``, confers rather than an
    act: a possessor, no "of" phrase and no light verb ("sought the Democratic Party's
    nomination" is the candidacy sought; "the party's nomination of Biden" and "gave its
    nomination to the duo" are the party's act)."""
    kids = table.children(noun)
    if light is not None or any(c.dep_ == "prep" and c.lower_ == "of" for c in kids):
        return False
    return any(c.dep_ == "poss" and type_of(c) in types for c in kids)


def adjacent_object(verb: Token, table: EntityTable) -> Token | None:
    """'will continue to run the naval base Misrata and Turkish jets will ...': the parser
    hung the object elsewhere; a name right after a verb without object is its object."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative", "nsubjpass", "attr",
                      "acomp", "oprd") for c in table.children(verb)):
        return None
    doc, sent_end = verb.doc, table.sentence_bounds(verb)[1]
    j = verb.i + 1
    while j < sent_end and table.tokens[j].dep_ in ("det", "amod", "compound", "nmod") and \
            table.key_of(table.tokens[j]) is None:
        j += 1
    if j >= sent_end or j - verb.i > 4 or table.key_of(table.tokens[j]) is None or \
            table.type_of(table.key_of(table.tokens[j])) == "Date":
        return None  # "which occurred yesterday afternoon": a time, no object
    key = table.key_of(table.tokens[j])
    end = j
    while end + 1 < sent_end and table.key_of(table.tokens[end + 1]) == key:
        end += 1
    if table.tokens[end].dep_ in ("nsubj", "nsubjpass") or table.tokens[end].head == verb:
        return None
    return table.tokens[end]


def _choose(readings: tuple[Reading, ...], tok: Token, table: EntityTable,
            light: Token | None = None, nodes: Nodes | None = None
            ) -> tuple[bool, Sense | None]:
    """(whether a reading fit, its sense): a fitting reading with no sense must not fire."""
    context = None
    for r in readings:
        if r.conditions and context is None:
            context = _context(tok, table)
        if not r.conditions or _fits(r.conditions, tok, table, light, nodes, context):
            return True, r.sense
    return False, None


def _is_forces(tok: Token, table: EntityTable, w: _Words) -> bool:
    key = table.key_of(tok)
    return tok.lower_ in w.force_nouns or tok.lemma_.lower() in w.force_nouns \
        or (key is not None and key.endswith(" forces"))


# -- finding predicates ----------------------------------------------------------------------
#: Adverbs that are a phrasal verb's particle when the parser calls them adverbs
#: ("stepped down", "went off").
_PARTICLES = frozenset({"down", "up", "out", "off", "back", "in", "away", "over", "on"})


def verb_particle(tok: Token, table: EntityTable) -> Token | None:
    return next((c for c in table.children(tok) if c.dep_ == "prt"), None)


def _adverb_particle(tok: Token, lemma: str, lex: Lexicon) -> Token | None:
    """'stepped down' with 'down' parsed as an adverb: a particle when the phrasal verb
    is in the lexicon; so is 'dropped out of the race' with 'out' parsed as a preposition
    without an object of its own, when the preposition after it is one PropBank's
    examples give the phrasal verb's numbered role ('drop out of', 'run out of'; not
    'made out of animal teeth')."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.head.i != tok.i or nxt.lower_ not in _PARTICLES:
        return None
    readings = lex.verb_readings(f"{lemma} {nxt.lower_}")
    if not readings:
        return None
    if nxt.dep_ == "advmod":
        return nxt
    if nxt.dep_ == "prep":
        inner = list(nxt.children)
        own = {p for r in readings if r.sense is not None for p, _ in r.sense.preps}
        fixed = word_lists().fixed_phrases
        if inner and all(c.dep_ == "prep" and c.lower_ in own and not any(
                f"{nxt.lower_} {c.lower_} {g.lower_}" in fixed for g in c.children)
                for c in inner):  # (not "has run out of control")
            return nxt
    return None


def _fixed_phrase(prep: Token, table: EntityTable) -> bool:
    """'is called Opus 1, for example': an adverbial phrase ('for example', 'in fact')
    is no prepositional verb's object ('call for' is a demand)."""
    return any(" ".join(t.lower_ for t in table.tokens[prep.i:g.i + 1])
               in word_lists().fixed_phrases
               for g in table.children(prep) if g.dep_ == "pobj")


def _sourceless_naming(tok: Token, table: EntityTable) -> bool:
    """'identified as Sudesh Amman' with no one who identified: an 'as' phrase with a
    name, no active subject and no 'by' agent; or 'named'/'called' giving a name to the
    noun it modifies ('a woman named Heather Heyer'; not 'was named CEO')."""
    children = table.children(tok)
    if any(c.dep_ in ("nsubj", "agent") or c.dep_ == "prep" and c.lower_ == "by"
           for c in children):
        return False
    if naming_complement(tok, table) is not None:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in table.children(c)) for c in children)


def _headline_verb(tok: Token, table: EntityTable) -> bool:
    """'Putin orders withdrawal of ...': a headline verb the tagger read as a noun."""
    if tok.dep_ != "compound" or tok.tag_ not in ("NNS", "VBZ") or tok.i == 0:
        return False
    start, end = table.sentence_bounds(tok)
    last = next((t for t in reversed(table.tokens[start:end]) if not t.is_space), None)
    if last is None or last.text in (".", "!", "?", '"', "”", "'"):
        return False  # a sentence that ends like one is no headline ("Dead associates X")
    left = table.tokens[tok.i - 1]
    return table.key_of(left) is not None and table.head(left).i in (tok.i, table.head(tok).i) \
        and table.head(tok).i > tok.i and tok.lower_.endswith("s")


_TITLE_FUNCTION_WORDS = frozenset({"the", "of", "a", "an", "and", "for", "to", "on", "in"})


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _capitalised_in_name(tok: Token, table: EntityTable) -> bool:
    """'Isabel Ruiz of Heaven Sent Gaming', 'The Man Who Knew Too Much', 'Capitol Hill
    Occupied Protests', 'opposition to Defund the Police': a capitalised verb inside or
    opening a run of capitalised words (a particle between: "Defund the Police"), in a
    sentence that writes its other content words in lower case (so no title-case
    headline, where every verb is capitalised), is a word of a name, no act. Not a word
    in capitals ("I WON THIS ELECTION"), nor one opening a quotation or the sentence."""
    text = tok.text
    if not text[:1].isupper() or text.isupper() or not tok.is_alpha:
        return False
    start, end = table.sentence_bounds(tok)
    words = [t for t in table.tokens[start:end] if not t.is_space]
    k = next((n for n, t in enumerate(words) if t.i == tok.i), None)
    if k is None or k == 0 or k + 1 >= len(words):
        return False
    before, after = words[k - 1], words[k + 1]
    if not _capitalised(after) and not (after.lower_ in _TITLE_FUNCTION_WORDS and
                                        k + 2 < len(words) and _capitalised(words[k + 2])):
        return False
    if not before.is_alpha:
        # "to Defund the Police" opens a name; after a quotation mark, colon or dash the
        # verb may open a sentence of its own
        return False
    return any(t.is_alpha and t.text.islower() and t.pos_ in ("NOUN", "VERB", "ADJ")
               for t in words)


def _subject_noun_verb(tok: Token, lex: Lexicon, table: EntityTable) -> bool:
    """'Millions of pilgrims arrive in Mecca': a bare word the tagger read as a noun but
    the parser gave a subject is a verb (a noun takes a subject only through a copula,
    which it lacks), when PropBank knows it as one."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not lex.verb_readings(tok.lemma_.lower()):
        return False
    children = table.children(tok)
    return (any(c.dep_ == "nsubj" for c in children) or (
        tok.dep_ == "ROOT" and plural_compound_subject(tok, table) is not None)) and not any(
        c.dep_ in ("det", "poss", "amod", "cop", "nummod") or
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in children)


def plural_compound_subject(verb: Token, table: EntityTable) -> Token | None:
    """'Pilgrims arrive in Mecca', 'Millions dwell in slums': a plain-form verb the
    parser gave its plural subject as a compound (not 'air strikes', a noun)."""
    if verb.tag_ not in ("VBP", "NN"):
        return None
    compounds = [c for c in table.children(verb) if c.dep_ == "compound"]
    if len(compounds) != 1 or compounds[0].tag_ not in ("NNS", "NNPS") or \
            compounds[0].i != verb.i - 1:
        return None
    return compounds[0]


def coordinated_verb(tok: Token, lex: Lexicon) -> bool:
    """'countries detect, test, treat, isolate and trace': a bare word the tagger read as a
    noun in a list of verbs is a verb (coordination joins like with like): it is a
    conjunct whose chain of conjuncts leads up to a verb, it has no determiner, modifier
    or object of its own, and PropBank knows it as a verb."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "conj" or \
            not lex.verb_readings(tok.lemma_.lower()):
        return False
    if any(c.dep_ not in ("punct", "cc", "conj") for c in tok.children):
        return False
    head = tok.head
    while head.pos_ == "NOUN" and head.dep_ == "conj" and head.tag_ == "NN" and all(
            c.dep_ in ("punct", "cc", "conj") for c in head.children):
        head = head.head
    return head.pos_ == "VERB" and head.i < tok.i


def _event_noun(tok: Token, lex: Lexicon, table: EntityTable,
                light: Token | None = None) -> tuple[Sense, Span, str] | None:
    """(sense, trigger span, lemma) when the noun ``tok`` names an event."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP"):
        return None
    if table.key_of(tok) is not None and not table.is_description(table.key_of(tok)):
        return None
    lemma = tok.lemma_.lower()
    doc = tok.doc
    mods = [c for c in table.lefts(tok) if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    if mods:
        for form in (f"{mods[0].lemma_.lower()} {lemma}", f"{mods[0].lower_} {lemma}"):
            readings = lex.nouns.get(form)
            if readings:
                fit, sense = _choose(readings, tok, table, light)
                if fit:
                    return (sense, doc[mods[0].i:tok.i + 1], form) if sense else None
    hyphen = tok.i >= 2 and table.tokens[tok.i - 1].tag_ == "HYPH" and \
        table.tokens[tok.i - 2].head.i == tok.i
    if hyphen:  # "pull-out", "take-over": the closed noun or the phrasal verb it names
        first = table.tokens[tok.i - 2].lower_
        readings = lex.noun_readings(first + tok.lower_) or lex.verb_readings(
            f"{first} {tok.lower_}")
        if readings:
            fit, sense = _choose(readings, tok, table, light)
            if fit:
                return (sense, doc[tok.i - 2:tok.i + 1], f"{first}-{tok.lower_}") \
                    if sense else None
    of = "of" if any(c.dep_ == "prep" and c.lower_ == "of" for c in table.children(tok)) else None
    readings = lex.noun_readings(lemma, of) or lex.noun_readings(tok.lower_, of)
    if not readings and light is not None and _carries_any_noun(light, lex, table):
        # "made threats against", "made several posts": the noun PropBank lists is the
        # fact; not an intent or attitude verb used as a noun ("make plans", "make an
        # offer": making is the act the annotators give, the plan its object)
        readings = () if lemma in lex.intent or lemma in lex.attitude else \
            lex.light_noun_readings(lemma)
        if _verb_lemma(light, lex) not in lex.light_any_noun and (
                lemma in word_lists().event_measures or
                any(r.sense is not None and r.sense.property for r in readings)):
            # a roleset kg reads as a relation of another meaning (study.01 is kg's
            # educatedAt, unless senses.json light_nouns reads "conducted a study"), or a
            # measure whose "of" phrase is the event ("carried out a wave of attacks"): no
            # event of the noun's
            readings = ()
    if not readings and light is None and lemma not in lex.aspectual and \
            lemma not in lex.intent and lemma not in lex.attitude and (
                _named_participant(tok, table) or _possessed_act(tok, lemma, table) or
                _body_done_act(tok, table)):
        # "a move by the RIAA": a noun whose first sense is an act (event_nouns.json)
        # names one when a named doer hangs on it; alone or under a light verb ("ended
        # their work", "launched a campaign") the verb stays the fact, and "attempts by
        # X to encourage" is the attempted act's (aspectual, intent and attitude nouns)
        readings = lex.act_noun_readings(lemma, of)
    fit, sense = _choose(readings, tok, table, light)
    if not readings and light is not None:  # "placed a strong emphasis on"
        sense, fit = _construction_sense(light, tok, lex), True
    if not fit or sense is None:
        return None
    return sense, doc[tok.i:tok.i + 1], lemma


#: Entity types that can do something (the agent of most frames).
AGENTIVE_TYPES = frozenset({"Person", "Organization", "Country", "Group"})
#: Entity types that can take part in an act named by a noun.
_PARTICIPANT_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _named_participant(noun: Token, table: EntityTable) -> bool:
    """Whether a named person, body or place is the object of ``noun``'s "by" phrase, its
    doer ("a move by the RIAA", "a tweet by Mike Pompeo"). Not an "of" phrase, whose object
    is the doer or the undergoer by the noun ("the conduct of Donald Trump", "the analysis
    of the Institute", "the leadership of the party" read it in the wrong role), nor a
    possessor ("Trump's diagnosis": the patient); not a capitalised noun inside a
    sentence, part of a title ("Game of Thrones")."""
    if noun.is_title and not noun.is_sent_start:
        return False
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and any(
        g.dep_ == "pobj" and g.ent_type_ in _PARTICIPANT_TYPES for g in table.children(c))
        for c in table.children(noun))


def _possessed_act(noun: Token, lemma: str, table: EntityTable) -> bool:
    """Whether ``noun`` is an act its possessor does ("her campaign", "their support",
    discourse.json ``possessed_act_nouns``) with a possessor who can do it: a possessive
    pronoun of a person or body, or a named person, body or country."""
    if lemma not in word_lists().possessed_acts or (noun.is_title and not noun.is_sent_start):
        return False
    for c in table.children(noun):
        if c.dep_ != "poss":
            continue
        if c.lower_ in POSSESSIVE_PRONOUNS or c.lower_ in ("our", "my"):
            return True  # (a quotation's own: "our campaign")
        key = table.key_of(c)
        if key is not None and table.type_of(key) in AGENTIVE_TYPES:
            return True
    return False


#: Prepositions whose object an act noun is done to ("a crackdown on", "a takeover of").
_ACT_OBJECT_PREPOSITIONS = frozenset({"of", "on", "against", "into"})


def _body_done_act(noun: Token, table: EntityTable) -> bool:
    """Whether ``noun`` is an act a body named right before it does to the object of its
    own phrase ("the police crackdown on protesters", "a government takeover of the
    bank"): an unnamed body as the doer, as a named one in "a move by the RIAA"."""
    if noun.i == 0 or (noun.is_title and not noun.is_sent_start):
        return False
    body = table.tokens[noun.i - 1]
    return body.dep_ == "compound" and body.pos_ == "NOUN" and \
        table.head(body).i == noun.i and table.key_of(body) is None and \
        body.lemma_.lower() in organisation_nouns() and any(
            c.dep_ == "prep" and c.lower_ in _ACT_OBJECT_PREPOSITIONS and any(
                g.dep_ == "pobj" for g in table.children(c)) for c in table.children(noun))


def _carries_any_noun(verb: Token, lex: Lexicon, table: EntityTable) -> bool:
    """Whether a light verb carries any noun PropBank lists (``light_any_noun``): not
    when it makes its object into something ("made gun control a key issue", "make
    them available": a fact of its own, as the annotators give it)."""
    kids = table.children(verb)
    objects = sum(c.dep_ == "dobj" for c in kids)
    lemma = _verb_lemma(verb, lex)
    particle = verb_particle(verb, table)
    full = f"{lemma} {particle.lower_}" if particle is not None else lemma
    # two objects: "made X the issue"; none in a passive whose subject is the noun
    # ("threats were made against the judge")
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in kids):
        return False
    if full in lex.light_any_object:
        # only an active object: the annotators read "the study was conducted by" and
        # "activities are being conducted" as the verb's fact
        return objects == 1
    return full in lex.light_any_noun and (
        objects == 1 or objects == 0 and any(c.dep_ == "nsubjpass" for c in kids))


def _construction_sense(verb: Token, noun: Token, lex: Lexicon) -> Sense | None:
    """The roleset of a light-verb construction PropBank lists ("place emphasis" ->
    emphasize.01, "give address" -> address.03), when kg has read it."""
    for frame in lex.light_constructions.get(
            f"{_verb_lemma(verb, lex)} {noun.lemma_.lower()}", ()):
        sense = lex.sense(frame)
        if sense is not None:
            return sense
    return None


#: prepositions that name a light verb's event noun's target ("filed against the officers")
_NOUN_TARGETS = ("against", "into", "on", "upon")


def light_noun(verb: Token, lex: Lexicon, table: EntityTable) -> Token | None:
    """The event noun a light verb carries ("carried out an attack", "took a lead")."""
    # the mended lemma: the small model reads "staged" as "stag", "waged" as "wag"
    lemma = _verb_lemma(verb, lex)
    particle = verb_particle(verb, table)
    full = f"{lemma} {particle.lower_}" if particle is not None else lemma
    if full in lex.judged_light:
        # "Qawi drew criticism", "she received online criticism": the judging is the
        # fact, its patient the subject; not "received treatment", "drew attention"
        for c in table.children(verb):
            if c.dep_ == "dobj" and c.pos_ == "NOUN":
                found = _event_noun(c, lex, table, light=verb)
                if found is not None and found[0].property in lex.judged_properties:
                    return c
    if full not in lex.light and lemma not in lex.light:
        # a construction PropBank lists ("place emphasis on"): light for that noun only
        return next((c for c in table.children(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and _construction_sense(verb, c, lex) is not None), None)
    carried = [c for c in table.children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if full in lex.passive_own_fact and all(c.dep_ == "nsubjpass" for c in carried) and \
            not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in _NOUN_TARGETS and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in table.children(c))
                    for c in table.children(verb)):
        # "the trial was held in Manhattan", "a large search operation was launched",
        # "phase one had been completed": with no doer named, the annotators give the
        # verb, its event noun the patient; not when the verb carries the noun's doer or
        # target ("was launched by police", "charges were filed against the officers",
        # "an investigation was launched into the crash": the noun's fact)
        carried = []
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not carried and any(
            c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("to", "against") and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lower_ != "date"
                for g in table.children(c)) for c in table.children(verb)):
        # "the attack carried out by the gunmen", "payments made to two women": a light
        # verb's participle on its event noun carries it as its passive would, when the
        # participle has its doer or recipient (not "the largest demonstration ever held
        # to date", which annotators read as "hold")
        carried = [table.head(verb)]
    for c in carried:
        if c.pos_ == "NOUN" and not (full in lex.light_any_object and
                                     c.lemma_.lower() in lex.vague_event_nouns):
            # ("perpetrated such reckless action": the annotators give the verb)
            if f"{lemma} {c.lemma_.lower()}" in lex.light_constructions or \
                    _event_noun(c, lex, table, light=verb) is not None:
                return c
            if c.lower_ in word_lists().event_measures:
                # "held the first round of primary elections": the events it counts
                for g in (g for o in table.children(c) if o.dep_ == "prep" and o.lower_ == "of"
                          for g in table.children(o) if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                    if _event_noun(g, lex, table, light=verb) is not None:
                        return g
    return None


#: The parts of speech ``predicate_at`` reads a predicate from (it returns None for others).
PREDICATE_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})


#: Prefixes that say a verb's act is done again ("re-") or jointly ("co-hosted",
#: "co-owned"): the verb's own frame and roles fit it.
_FRAME_KEEPING_PREFIXES = frozenset({"re", "co"})
#: A word ending in one vowel and one consonant (which -ed and -ing would double).
_CVC = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")


def _verb_lemma(tok: Token, lex: Lexicon) -> str:
    """The verb's lemma, mended where the small model's lemmatiser fails ("fined" ->
    "fin"): the first form of the word the lexicon knows, curated forms first."""
    lemma = tok.lemma_.lower()
    if lemma in lex.verbs:
        return lemma
    if "-" in lemma and not lex.verb_readings(lemma):
        # "re-opened", "re-excavated", "co-hosted": PropBank writes the prefixed verb
        # whole ("reopen", "cofound"), or has only the verb done again or jointly, whose
        # roles it keeps
        prefix, _, rest = lemma.partition("-")
        for form in (prefix + rest, rest if prefix in _FRAME_KEEPING_PREFIXES else ""):
            if form and lex.verb_readings(form):
                return form
    low = tok.lower_
    if _CVC.search(lemma) and low in (lemma + "ed", lemma + "ing") and \
            lex.verb_readings(lemma + "e"):
        # "hated" -> "hate", not "hat": a final consonant after one short vowel would
        # have been doubled ("hatted"), so the word's own form ends in -e
        return lemma + "e"
    if lemma.endswith("ise") and lex.verb_readings(lemma[:-3] + "ize") and \
            not lex.verb_readings(lemma):
        lemma = lemma[:-3] + "ize"  # "criticise" -> PropBank's "criticize"
        if lemma in lex.verbs or lex.verb_readings(lemma):
            return lemma
    if tok.tag_ in ("VB", "VBP") and low == lemma and lex.verb_readings(lemma):
        # a base form has no ending to strip: "commit", "combat", "comply" are no forms
        # of "come", nor "testify" of "test", "signal" of "sign", "pressure" of "press"
        return lemma
    forms = [low[:-1], low[:-2], low[:-3], low[:-3] + "e", low[:-2] + "e", low]
    if low.endswith("ied"):
        forms.insert(0, low[:-3] + "y")
    for form in forms:
        if form and form in lex.verbs and form[:2] == lemma[:2]:
            return form
    if lex.verb_readings(lemma):
        return lemma
    for form in forms:
        if form and lex.verb_readings(form) and form[:2] == lemma[:2]:
            return form
    return lemma


def _discourse_filler(verb: Token, table: EntityTable) -> bool:
    """Whether ``verb`` and the pronoun subject right before it are a filler of talk: a
    discourse tag (discourse.json ``question_tags``: "I mean", "I think", "you know") set
    off by a comma after it ("I mean, just a ball of flames", "It was, I think, a
    mistake") or with nothing of its own besides its subject. Such a filler reports no
    act, thought or knowledge; "I think the law protects life", "I mean what I say" keep
    theirs."""
    if verb.i == 0 or verb.i + 1 >= len(table.tokens):
        return False
    subject = table.tokens[verb.i - 1]
    if subject.dep_ != "nsubj" or table.head(subject).i != verb.i or \
            f"{subject.lower_} {verb.lower_}" not in word_lists().question_tags:
        return False
    if table.tokens[verb.i + 1].text in (",", "\u2014", "--"):
        return True
    return all(c.is_punct or c.is_space or c.i == subject.i for c in table.children(verb))


def title_read_as_verb(tok: Token, table: EntityTable) -> bool:
    """'Caloundra coach Geoff Ingram said': a title noun the parser read as a predicate
    (a verb, or a noun with a subject and an object), between a name and a person's name
    whose own verb was left without a subject of its own (the parser made the name the
    title's object). Not "Americans judge Trump harshly": there the name after it has no
    verb of its own waiting for it."""
    tokens = table.tokens
    if tok.lower_ not in word_lists().title_words or tok.i == 0 or \
            tok.i + 1 >= len(tokens) or tokens[tok.i - 1].pos_ != "PROPN":
        return False
    key = table.key_of(tokens[tok.i + 1])
    if key is None or table.type_of(key) != "Person":
        return False
    j = tok.i + 1
    while j < len(tokens) and table.key_of(tokens[j]) == key:
        j += 1
    after = tokens[j] if j < len(tokens) else None
    # (its subject missing, or the title itself: "coach ... said" with coach as subject)
    return after is not None and after.pos_ == "VERB" and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in table.children(after))


def job_read_as_verb(tok: Token, table: EntityTable) -> bool:
    """'systems engineer Yutaka Iwasaki of Kobe came across', '; photographers Nat
    Finkelstein, Christopher Makos and Felice Quinto': a job or person noun the tagger read
    as a verb, right before a person's name it governs (its object or its head), with no
    subject of its own: what the person is, no act. A subject that is itself a person noun
    ("Amateur researcher and systems engineer": a title's conjunct) or lies past a
    semicolon is the misparse's, not the verb's; "Americans judge Trump harshly", "The
    film stars Tom Hanks" keep their verbs."""
    tokens = table.tokens
    low = tok.lower_
    words = lexicons.people_words()
    if tok.pos_ != "VERB" or tok.i + 1 >= len(tokens) or not (
            low in words or low.endswith("s") and low[:-1] in words):
        return False
    key = table.key_of(tokens[tok.i + 1])
    if key is None or table.type_of(key) != "Person":
        return False
    if table.key_of(table.head(tok)) != key and not any(
            c.dep_ == "dobj" and table.key_of(c) == key for c in table.children(tok)):
        return False
    return all(s.pos_ == "NOUN" and lexicons.names_people(s) or any(
        t.text == ";" for t in tokens[s.i + 1:tok.i])
        for s in table.children(tok) if s.dep_ in ("nsubj", "nsubjpass"))


def predicate_at(tok: Token, lex: Lexicon, table: EntityTable,
               light: Token | None, nodes: Nodes | None = None) -> Predication | None:
    doc = tok.doc
    lemma = _verb_lemma(tok, lex) if tok.pos_ == "VERB" else tok.lemma_.lower()
    listed = coordinated_verb(tok, lex) or _subject_noun_verb(tok, lex, table)
    if listed:
        lemma = tok.lemma_.lower()
    attributive = attributive_participle(tok, lex, table)
    if attributive is not None:
        lemma, listed = attributive, True  # "the injured teenagers" (a JJ one too: "wounded")
    if tok.lower_ in word_lists().title_participles and tok.i + 1 < len(doc) and \
            table.tokens[tok.i + 1].lower_ in word_lists().title_words and \
            table.tokens[tok.i + 1].dep_ == "compound" and \
            table.key_of(table.head(table.tokens[tok.i + 1])) is not None:
        return None  # "sitting President Donald Trump": the participle qualifies the title
    if tok.pos_ == "VERB" and _capitalised_in_name(tok, table):
        return None  # "Isabel Ruiz of Heaven Sent Gaming": a word of a name
    if tok.pos_ in ("VERB", "NOUN") and title_read_as_verb(tok, table):
        return None  # "Caloundra coach Geoff Ingram said": the name's title, no act
    if job_read_as_verb(tok, table):
        return None  # "systems engineer Yutaka Iwasaki": what the person is, no act
    if tok.tag_ == "VBG" and lemma in word_lists().gloss_participles and tok.i > 0 and \
            tok.dep_ in ("advcl", "acl", "conj") and \
            table.tokens[tok.left_edge.i - 1].text in (",", '"', "”", "''") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in table.children(tok)):
        # "claimed there were 'fine people on both sides,' meaning both ...", "served as
        # a control, meaning scientists used it": the participle glosses what came
        # before, no act of the clause's subject (nor any fact of the guidelines')
        return None
    if tok.pos_ == "VERB" and _discourse_filler(tok, table):
        return None  # "I mean, we had to act", "It was, I think, a mistake": no act
    if tok.tag_ == "VBN" and lemma in naming_participles() and \
            _sourceless_naming(tok, table):
        return None  # "The attacker, identified as Sudesh Amman": naming, no fact
    if tok.pos_ == "VERB" and lemma in word_lists().predicating_speech and \
            _says_what_it_is(tok, table):
        return None  # "described the attacks as a 'dastardly act'": a claim, no fact
    if tok.pos_ == "VERB" and lemma in word_lists().opinion_verbs and \
            _holds_it_to_be(tok, table):
        return None  # "was widely considered a breakthrough": an opinion, no fact
    if tok.pos_ == "VERB" and lemma in word_lists().quoting_naming and \
            calls_it_quoted(tok, table):
        return None  # 'Sanders called Biden a "decent man"': a claim, no fact
    if lemma in word_lists().findings and lemma not in word_lists().finding_facts and \
            reports_finding(tok, table):
        return None  # "a study found that ...": a claim of the study, no fact
    if tok.pos_ == "VERB" and _ensures(tok, lemma, table):
        return None  # "to make sure it's a real thing": the clause is the fact
    if tok.pos_ in ("VERB", "AUX") and _colon_question(tok, table):
        return None  # "comparing the results to the rest: which species [were] found"
    if tok.pos_ == "VERB" or listed or (tok.pos_ in ("NOUN", "PROPN") and
                                         _headline_verb(tok, table)):
        headline = tok.pos_ != "VERB" and not listed
        if headline:
            lemma = lemma if lex.verb_readings(lemma) else tok.lower_.rstrip("s")
        particle = verb_particle(tok, table) or _adverb_particle(tok, lemma, lex)
        phrasal = f"{lemma} {particle.lower_}" if particle is not None else None
        if phrasal and lex.verb_readings(phrasal):
            key, span = phrasal, doc[min(tok.i, particle.i):max(tok.i, particle.i) + 1]
        elif phrasal and (not lex.verb_readings(lemma) or any(
                c.dep_ == "dobj" for c in table.children(tok))):
            # "rule out" is not "rule": an unknown particle verb with an object gives
            # nothing (and the parser's particles before a place are prepositions: "fled
            # up London Bridge")
            return None
        elif phrasal:
            # with no object, a particle verb PropBank lacks is its verb and a direction
            # ("reached out to X", "came back", "was located off the A496"): the verb's
            # senses, the trigger keeping its particle
            key, span = lemma, doc[min(tok.i, particle.i):max(tok.i, particle.i) + 1]
        else:
            key, span = lemma, doc[tok.i:tok.i + 1]
            for c in table.children(tok):  # "call on", "call for", "appeal to": curated only
                if c.dep_ == "prep" and f"{lemma} {c.lower_}" in lex.verbs and not any(
                        g.ent_type_ in ("DATE", "TIME") for g in table.children(c)) \
                        and not _fixed_phrase(c, table):
                    key = f"{lemma} {c.lower_}"
                    span = doc[tok.i:c.i + 1] if c.i == tok.i + 1 else span
                    break
        if key == lemma and lex.is_function_word(lemma) and lemma not in lex.verbs and not (
                lemma in lex.aspectual and lemma not in lex.speech and lemma not in lex.copula
                and lemma not in lex.attitude and not any(
                    c.dep_ in ("xcomp", "ccomp") for c in table.children(tok))) and not (
                (_nominal_only(tok, table) and (lemma in lex.speech or lemma in lex.attitude)
                 or lemma in lex.speech and _topic_only(tok, table))
                and lemma not in lex.clausal_only and lemma not in lex.copula) and not (
                lemma in word_lists().directive_speech and directs(tok, table)):
            # an aspectual verb hands over to its clause ("began withdrawing"); with an
            # object of its own it is a fact ("rescuers ended their work"); so is a verb
            # of saying or attitude about a thing, not a clause ("posted a message",
            # "loved Deirdre", "findings published Wednesday"); one telling someone to act
            # is a directive, a fact ("told residents to evacuate")
            return None
        if key == lemma and lemma in lex.raising_only and _raising_head(tok, table):
            return None  # "is set to open": a raising head, the infinitive is the fact
        if key != lemma and key in lex.aspectual and any(
                c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
                    g.dep_ == "aux" and g.lower_ == "to" for g in table.children(c))
                for c in table.children(tok)):
            return None  # "went on to cite": a particle verb of aspect hands over too
        if tok.tag_ == "VB" and tok.dep_ == "conj" and 2 <= tok.i < len(doc) - 1 and \
                table.tokens[tok.i - 1].dep_ == "cc" and \
                table.tokens[tok.i - 2].pos_ == "NOUN" and \
                table.tokens[tok.i - 2].dep_ in ("dobj", "pobj", "nsubj") and \
                table.tokens[tok.i + 1].pos_ == "NOUN" and \
                (table.tokens[tok.i + 1].tag_ != "NNS" or
                 table.head(tok).tag_ != "VB") and \
                table.head(table.tokens[tok.i + 1]).i == tok.i:
            # "issued a cease and desist order": a verb inside a noun phrase (a bare plural
            # after it is its object when the verb it joins has its form, as conjoined
            # verbs do: "will provide a reminder and consider extensions"; not "shows bugs
            # and pull requests", "issues and pull requests are")
            return None
        if tok.tag_ == "VBG" and tok.dep_ == "conj" and 2 <= tok.i < len(doc) - 1 and \
                table.tokens[tok.i - 1].dep_ == "cc" and \
                table.tokens[tok.i - 2].pos_ == "NOUN" and \
                table.tokens[tok.i - 2].dep_ == "pobj" and \
                table.tokens[tok.i + 1].pos_ == "NOUN" and \
                table.tokens[tok.i + 1].dep_ == "dobj" and \
                table.head(table.tokens[tok.i + 1]).i == tok.i and \
                table.head(tok).pos_ in ("VERB", "AUX") and table.head(tok).tag_ != "VBG" and \
                len(table.children(tok)) == 1:
            # "to defend themselves from bacteria and encroaching seaweed": a participle
            # before a bare noun after "NOUN and", joined to the verb by the parser, is
            # that noun's modifier (the seaweed encroaches), not the subject's act (a
            # participle joined to one, with more than its object, is parallel: "observing
            # a test from a raft and receiving fallout from it")
            return None
        if lemma in word_lists().time_witness and not any(
                c.dep_ == "nsubj" and c.ent_type_ not in ("DATE", "TIME")
                for c in table.children(tok)) and any(
                c.dep_ in ("nsubj", "npadvmod") and c.i < tok.i and (
                    c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in (
                        "day", "week", "month", "year", "morning", "afternoon", "evening",
                        "night", "weekend", "decade", "century")) for c in table.children(tok)):
            return None  # "this week saw a referendum": when, not who saw what
        if key == lemma and lemma in word_lists().becoming and _becomes(tok, table):
            return None  # "the event turned viral": what it became, as with "become"
        if not headline and attributive is None and _skip_verb(tok) and \
                plural_compound_subject(tok, table) is None:
            return None
        fit, sense = _choose(lex.verb_readings(key), tok, table, None, nodes)
        if not fit or sense is None:
            return None
        if sense.fixed_object:  # "took place", "caught fire": the object is the predicate's
            obj = next((c for c in table.children(tok) if c.dep_ == "dobj"), None)
            if obj is not None:
                span = doc[min(span.start, obj.i):max(span.end, obj.i + 1)]
                key = f"{key} {obj.lower_}"
        return Predication(tok, span, sense, key, "verb", headline=headline)
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma in lex.speech_nouns and not (
                lemma in lex.speech_occasions and light is not None and
                _construction_sense(light, tok, lex) is not None):
            # a noun of saying gives a claim, not a fact; one naming an occasion, carried
            # by a light verb whose construction is listed, is the act of speaking ("gave
            # a speech", as the annotators read "giving an address"); "made a statement"
            # stays the claim's
            return None
        found = _event_noun(tok, lex, table, light)
        if found is None:
            return None
        sense, span, form = found
        return Predication(tok, span, sense, form, "noun", light=light)
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr", "oprd") and lemma in lex.adjectives:
        fit, sense = _choose(lex.adjectives[lemma], tok, table)
        if fit and sense is not None:
            return Predication(tok, doc[tok.i:tok.i + 1], sense, lemma, "adjective")
    return None


def result_of(verb: Token, table: EntityTable) -> tuple[Token, Token] | None:
    """(object, state) of a resultative: 'The earthquake left 20 people dead', 'The attack
    left three soldiers injured', 'the storm left thousands without power': an object with
    what it was left in right after it (a bare adjective or participle, or a "without"
    phrase), the state the act brought about; not an adverbial ("when compared to", ",
    followed by Biden", "if forgiven by")."""
    kids = table.children(verb)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for c in kids:
        # (a bare adjective or participle, adverbs before it only: not "when elected in
        # 2001", "approached Khan armed with the fire extinguisher")
        if c.i > obj.i and c.left_edge.i == obj.right_edge.i + 1 and (
                (c.pos_ == "ADJ" or c.tag_ == "VBN") and c.dep_ in (
                    "oprd", "acomp", "xcomp", "advcl", "ccomp") and all(
                    g.dep_ in ("advmod", "conj", "cc", "punct") and g.tag_ != "WRB"
                    for g in table.children(c)) or
                c.dep_ == "prep" and c.lower_ == "without"):
            return obj, c
    for c in table.children(obj):  # "left the building destroyed": the parser's modifier
        if c.i > obj.i and c.right_edge.i == obj.right_edge.i and c.dep_ in ("acl", "amod") \
                and (c.pos_ == "ADJ" or c.tag_ == "VBN") and all(
                    g.dep_ == "advmod" for g in table.children(c)):
            return obj, c
    return None


def _ensures(verb: Token, lemma: str, table: EntityTable) -> bool:
    """'make sure', 'make certain': the verb and the adjective right after it mean
    'ensure' (``assurance_phrases``), no act of the verb's own."""
    adjectives = word_lists().assurance.get(lemma)
    return bool(adjectives) and verb.i + 1 < len(verb.doc) and \
        table.tokens[verb.i + 1].lower_ in adjectives


def _colon_question(verb: Token, table: EntityTable) -> bool:
    """'... the rest of the fauna at the site: which species of fauna [were] found at the
    site', 'why would people hate anyone so much': a clause that opens right after a colon
    with a question word of its own asks, it states nothing (the guidelines annotate no
    fact for a question)."""
    if verb.dep_ == "advcl":
        return False  # "So you block: when you block the Sun, ...": a time clause
    # the clause opens after the colon nearest before the verb: its left edge, or the
    # colon inside its subtree when the parser hung the sentence before it on the verb
    # ("I couldn't understand it: why would people hate ...": 'understand' is its ccomp)
    first = verb.left_edge
    colon = next((t.i for t in reversed(table.tokens[first.i:verb.i]) if t.text == ":"),
                 first.i - 1 if first.i > 0 else None)
    if colon is None or table.tokens[colon].text != ":":
        return False
    i = colon + 1
    while i < verb.i and table.tokens[i].text in ('"', "\u201c", "'", "["):
        i += 1
    wh = table.tokens[i]
    if wh.tag_ not in ("WDT", "WP", "WP$", "WRB"):
        return False
    if verb.dep_ in ("relcl", "acl") and wh.dep_ != "det" and wh.lower_ not in ("why", "how"):
        # "the model: which raises ...": a relative pronoun may still stand for the noun
        # before the colon; "which species", "why", "how" cannot
        return False
    # the question word belongs to this clause (not to a clause nested before its verb)
    tok = wh
    for _ in range(4):
        if tok.i == verb.i:
            return True
        if table.head(tok).i == tok.i or tok.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return False
        tok = table.head(tok)
    return tok.i == verb.i


def _becomes(verb: Token, table: EntityTable) -> bool:
    """'turned viral', 'went quiet', 'grew tired of': an adjective complement (or an
    adjective the parser made an adverbial: 'The hashtag #X went viral') and no object, so
    the verb only links its subject to what it became."""
    kids = table.children(verb)
    return any(c.dep_ == "acomp" and c.pos_ == "ADJ" or c.dep_ == "advmod" and c.tag_ == "JJ"
               and c.i > verb.i and _bare_adjective(c, table) for c in kids) and not any(
        c.dep_ in ("dobj", "dative", "oprd", "xcomp", "ccomp") for c in kids)


def _bare_adjective(adj: Token, table: EntityTable) -> bool:
    """An adjective standing alone as what something became ('went viral on Twitter'),
    not a degree word or an adverb of place ('grow enough to be recognised', 'goes right
    up to Hubli')."""
    nxt = table.tokens[adj.i + 1] if adj.i + 1 < len(table.tokens) else None
    return not table.children(adj) and (nxt is None or nxt.pos_ not in ("ADV", "PART"))


def _raising_head(verb: Token, table: EntityTable) -> bool:
    """'is set to open', 'are poised to win': a participle with a to-infinitive, no doer
    and a plain form of *be* (not 'fires have been deliberately set to clear away slum
    buildings', someone's act done for a purpose)."""
    kids = table.children(verb)
    # (a sentence adverb before the subject says nothing of a doer: "Unfortunately,
    # extensive property damage is bound to occur")
    subject = min((c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass")), default=verb.i)
    return verb.tag_ == "VBN" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in table.children(c))
        for c in kids) and not any(
        c.dep_ == "agent" or c.lower_ == "been" or
        c.dep_ == "advmod" and c.lower_.endswith("ly") and c.i > subject for c in kids)


def speaking_text(verb: Token, table: EntityTable) -> Token | None:
    """The text a verb like 'read' reports: its subject when that is a document ('The decree
    read "..."', 'signs which read', 'It read, "..."'), or, after a quotation, its object
    ('"No troops were injured," read the statement'); a person reading is none."""
    children = table.children(verb)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None:
        subject = next((c for c in children if c.dep_ == "dobj" and any(
            q.dep_ == "ccomp" and q.i < verb.i for q in children)), None)
    if subject is None:
        return None
    noun = table.head(verb) if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" \
        else subject
    w = word_lists()
    if noun.lemma_.lower() in w.partitives:  # "Part of the judge's statement reads"
        noun = next((g for c in table.children(noun) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in table.children(c) if g.dep_ == "pobj"), noun)
    if noun.lower_ == "it" or noun.lemma_.lower() in w.content_nouns:
        return subject
    return None


def lone_predicative(verb: Token, table: EntityTable) -> Token | None:
    """'Time also considered the Speaker of the House Nancy Pelosi': an object predicate
    ('oprd') with no direct object beside it is the direct object the parser missed
    ('considered him a hero' has both)."""
    if any(c.dep_ == "dobj" for c in table.children(verb)):
        return None
    return next((c for c in table.children(verb) if c.dep_ == "oprd" and c.pos_ in (
        "NOUN", "PROPN") and c.i > verb.i), None)


def shared_object(v: Token) -> Token | None:
    """'loved and supported Zachary', 'condemned and rejected the plan', 'recognize,
    pick up, carry and deposit balls': a verb with no object of its own, joined to the
    next verbs only by commas and 'and'/'or', shares the direct object of the first
    of them that has one."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative", "nsubjpass", "auxpass")
           and not (c.dep_ == "prep" and c.i < v.i) for c in v.children):
        return None  # (a phrase fronted before the clause is no object of the verb's:
        # "For the first time in sixteen weeks, police fired and landed a live round")
    prev = v
    for c in sorted((t for t in v.conjuncts if t.i > v.i), key=lambda t: t.i):
        if c.pos_ != "VERB" or any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) \
                or not all(t.dep_ in ("cc", "advmod", "punct", "prt")
                           for t in v.doc[prev.i + 1:c.i]):
            return None
        obj = next((g for g in c.children if g.dep_ == "dobj"), None)
        if obj is not None:
            return obj
        if any(g.dep_ in ("ccomp", "xcomp", "prep", "dative") for g in c.children):
            return None
        prev = c
    return None


#: Pronouns that stand for people (or things), never for a clause: "Police saw him", "He
#: was seen with an oxygen tank", "I love them" are about someone ("it", "this", "that"
#: may stand for what was said: "he denied it", "she knew that").
_PERSONAL_PRONOUNS = frozenset({
    "he", "him", "himself", "she", "her", "herself", "they", "them", "themselves",
    "i", "me", "myself", "we", "us", "ourselves", "you", "yourself", "yourselves"})


def _nominal_only(verb: Token, table: EntityTable) -> bool:
    """A verb whose object is a noun phrase, with no clause it reports or governs."""
    if any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in table.children(verb)) or \
            verb.dep_ == "parataxis":
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and (
            c.pos_ in ("NOUN", "PROPN") or c.lower_ in _PERSONAL_PRONOUNS)
           for c in table.children(verb)) or lone_predicative(verb, table) is not None:
        return True
    if verb.dep_ == "relcl" and table.head(verb).pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.tag_ in RELATIVE_TAGS
            for c in table.children(verb)):
        return True  # "Guaido, who is recognized by 50 countries": the name is its object
    shared = shared_object(verb)
    if shared is not None and shared.pos_ in ("NOUN", "PROPN"):
        return True  # "loved and adored Deirdre"
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and table.head(verb).pos_ in ("NOUN", "PROPN")


def _says_what_it_is(verb: Token, table: EntityTable) -> bool:
    """'described the attacks as a "dastardly act"', 'Gutierrez was described by the CBCP
    as "a strong advocate"', 'characterised the deaths as a tragedy': a verb of saying
    with an 'as' phrase (on it or on its object) says what its object is. The guidelines
    make that a claim, not a fact (as the dev annotators' gold has it)."""
    heads = [verb] + [c for c in table.children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    # an adjective after "as" hangs on it as a modifier, not an object ('characterized
    # the call as "perfectly fine"', 'described the risk as low')
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ in ("pobj", "pcomp") or g.pos_ == "ADJ" for g in table.children(c))
        for h in heads for c in table.children(h))


def _holds_it_to_be(verb: Token, table: EntityTable) -> bool:
    """'regarded the debate as "more civil"', 'was widely considered a breakthrough', 'is
    considered unsafe': a verb of opinion saying what its object is, active with an 'as'
    phrase or passive with a predicative complement. Active, the parser often reads a list
    after the object as its complement ('Time considered the Speaker Nancy Pelosi, ...');
    passive with 'as' the dev gold keeps the fact ('is considered as a commercial one')."""
    children = table.children(verb)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        return any(c.dep_ in ("oprd", "attr", "acomp") for c in children)
    return _says_what_it_is(verb, table)


def reports_finding(verb: Token, table: EntityTable) -> bool:
    """'The researchers found that the birds flew faster', 'Results showed the flies
    hovered', 'the court ruled the ban was unlawful': a verb of finding, showing, ruling or
    estimating with a content clause reports what its subject found, a claim (the gold
    guidelines' notes); with a noun object ('found Novichok') or a particle ('ruled out',
    'found out') it is no finding, nor with a clause of no tense ('found him guilty', a
    verdict; 'found the body lying in the road', what was seen; 'found it hard to sleep');
    'found the prorogation to be unlawful' is one."""
    return finding_clause(verb, table) is not None


def finding_clause(verb: Token, table: EntityTable) -> tuple[int, int, bool] | None:
    """The clause a finding verb reports (see ``reports_finding``): its first and last
    token and whether it is the verb's own complement (False: a clause the parser split
    into the verb's object and a verb hung on the finding verb, 'show dicot species, such
    as soybean, lose more yield', 'found reduction of crop yields exceeded 10%'; or an
    object and what it amounts to, 'estimated the population at one million')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in word_lists().findings:
        return None
    children = table.children(verb)
    if any(c.dep_ == "prt" for c in children):
        return None
    # (a clause before the verb is not what it found: 'they reasoned, the specimens would
    # have shown ...'; nor one it asks: 'sought to determine whether ...', a fact)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > verb.i and
                   _tensed_or_to(c, table) and any(
                       g.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                       for g in table.children(c)) and not any(
                       g.dep_ == "mark" and g.lower_ in ("whether", "if")
                       for g in table.children(c))), None)
    if clause is not None:
        return _reported(verb, clause.left_edge.i, clause.right_edge.i, True)
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    prep = word_lists().finding_preps.get(verb.lemma_.lower())
    amount = next((c for c in [*children, *table.children(obj)] if c.dep_ == "prep" and
                   c.lower_ == prep and c.i > obj.i and any(
                       g.dep_ == "pobj" for g in table.children(c))), None) if prep else None
    if amount is not None:  # "estimated the population at just over one million"
        return obj.left_edge.i, amount.right_edge.i, False
    for c in children:
        if c.dep_ in ("ccomp", "conj") and c.i > obj.right_edge.i and \
                c.pos_ in ("VERB", "AUX") and split_predicate(c, table):
            return _reported(verb, obj.left_edge.i, c.right_edge.i, False)
    return None


def _reported(verb: Token, left: int, right: int, own: bool) -> tuple[int, int, bool] | None:
    """A finding's clause, unless it opens with a question word or the parser joined it
    across a coordinator or a semicolon ('found an alleged murder weapon ...; inside his
    home was a bag', 'showed support at less than one percent and a recent poll ...
    rounded his number'). (A coordinated predicate inside the clause is kept: 'found the
    air strike justified and called Trump's order swift' still runs on, left.)"""
    doc = verb.doc
    if doc[left].lower_ in word_lists().finding_questions:
        return None
    if any(t.lower_ in ("and", "but", "or", "nor", ";") for t in doc[verb.i + 1:right + 1]
           if t.i < left or (t.i > left and t.head.i == verb.i)) or any(
            t.text == ";" for t in doc[left:right + 1]):
        return None
    return left, right, own


def _tensed_or_to(clause: Token, table: EntityTable) -> bool:
    """Whether a clause has a tense ('the flies had', 'it could rule'; a past the tagger
    took for a participle, 'the flies hovered', has its subject) or is a 'to'-infinitive of
    its own ('the prorogation to be unlawful')."""
    children = table.children(clause)
    words = [clause, *(c for c in children if c.dep_ in ("aux", "auxpass"))]
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ == "to" for t in words) or (
        clause.tag_ == "VBN" and len(words) == 1 and any(c.dep_ == "nsubj" for c in children))


def split_predicate(verb: Token, table: EntityTable) -> bool:
    """A verb with a tense and no subject of its own: the predicate of a clause whose
    subject the parser took for the object before it ('dicot species ... lose')."""
    children = table.children(verb)
    words = [verb, *(c for c in children if c.dep_ in ("aux", "auxpass"))]
    return not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children) and \
        not any(t.lower_ == "to" for t in words) and any(
            t.tag_ in ("VBD", "VBZ", "VBP", "VB", "MD") for t in words)


def calls_it_quoted(verb: Token, table: EntityTable) -> bool:
    """'Sanders called Biden a "decent man"', 'called D'Souza "humble and soft-spoken"':
    an active naming verb with an object and a quoted complement says what someone
    thinks of its object, a claim (the dev annotators' gold, 7 of 7); naming in the
    passive or without quotation marks stays a fact ('to be called Bangsamoro', 'We will
    call it a mosque')."""
    children = table.children(verb)
    objects = [c for c in children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ == "auxpass" for c in children):
        return False
    # the quoted complement, or what the parser hung after the object's head ('called
    # the plan "reckless and cruel"' read as adjectives on "plan")
    spans = [(max(c.left_edge.i - 1, 0), c.right_edge.i + 1) for c in children
             if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")]
    spans += [(o.i + 1, o.right_edge.i + 1) for o in objects]
    return any(verb.doc[i].text in QUOTE_MARKS for a, b in spans for i in range(a, b)) or \
        _calls_it_adjective(children, objects, table)


def _calls_it_adjective(children: list[Token], objects: list[Token],
                        table: EntityTable) -> bool:
    """'called its actions defensive in nature', 'called the plan reckless': an adjective
    says what the speaker thinks of the object, quoted or not; a name is a noun ('called
    prorogation', 'call it a mosque') and stays a fact. The parser hangs the adjective on
    the verb or, right after the object, on the object."""
    if any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.pos_ == "ADJ"
           for c in children):
        return True
    return any(c.pos_ == "ADJ" and c.dep_ in ("acl", "amod") and c.i > o.i
               for o in objects for c in table.children(o))


def directs(verb: Token, table: EntityTable) -> bool:
    """A verb of saying that tells someone to act: an object or passive subject (the one
    told) and a 'to'-infinitive ("told residents to evacuate", "warned people not to
    travel", "she was told to disconnect"); not "told reporters he lost control"."""
    kids = table.children(verb)
    told = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if not told and not any(c.dep_ == "nsubjpass" for c in kids):
        return False
    # the clause follows the one told (or the passive verb) at once and opens with its
    # 'to' (or a negation): not a quotation's next part ('told the press, "to show'),
    # nor a wh-infinitive ("tell us what to do")
    before = told[-1].right_edge.i if told else verb.i
    return any(c.dep_ == "xcomp" and c.left_edge.i == before + 1 and
               c.left_edge.dep_ in ("aux", "neg") and any(
                   g.dep_ == "aux" and g.lower_ == "to" for g in table.children(c))
               for c in kids)


#: Prepositions that give what a verb of saying is about ("spoke about healthcare"; not
#: "on", which is as often the medium: "speaking on al-Masirah TV").
_TOPIC_PREPS = frozenset({"about"})


def _topic_only(verb: Token, table: EntityTable) -> bool:
    """A verb of saying with a topic and nothing said: 'He spoke about healthcare',
    'talked about the ruling', or a conversation ('spoke to Wikinews'; no clause, no
    quotation in its sentence)."""
    children = table.children(verb)
    if any(c.dep_ in ("ccomp", "xcomp", "csubj", "dobj") for c in children) or \
            verb.dep_ in ("parataxis", "ccomp"):
        return False
    conversation = verb.lemma_.lower() in word_lists().conversation_verbs and not (
        verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in lexicon().speech)
    if not conversation and not any(
            c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and any(
                g.dep_ in ("pobj", "pcomp") for g in table.children(c)) for c in children):
        # a conversation is a fact with or without its topic ("spoke to X"), unless it
        # only frames the saying it goes with ("Speaking on television, X said ...")
        return False
    start, end = table.sentence_bounds(verb)
    return not any(t.text in ('"', "\u201c", "\u201d", ":") for t in table.tokens[start:end])


def attributive_participle(tok: Token, lex: Lexicon, table: EntityTable) -> str | None:
    """'the injured teenagers', 'a rescued woman', '35,000 war-damaged structures': the verb
    of a participle right before the noun it modifies, when the lexicon lists it as an act
    that noun underwent (``Lexicon.attributive``); the tagger calls some adjectives
    ("wounded", "kidnapped") and some past tenses ("captured Islamic State fighters")."""
    head = table.head(tok)
    if tok.dep_ != "amod" or head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN") or \
            not (tok.tag_ in ("VBN", "VBD") or tok.tag_ == "JJ" and tok.lower_.endswith(
                ("ed", "en", "wn", "nt"))):  # (an adjective in its own right: "executive")
        return None
    before = table.tokens[tok.i - 1] if tok.i > 0 else None
    if before is not None and (before.dep_ == "cc" or tok.tag_ == "VBD" and before.is_punct):
        return None  # "made many albums and rescued animals": a verb the parser hung on it
    lemma = _verb_lemma(tok, lex)
    return lemma if lemma in lex.attributive and lemma != tok.lower_ else None


def _hyphenated_modifier(tok: Token) -> bool:
    """Whether a verb opens a word group joined by hyphens that stands before a noun ("stay-
    at-home orders", "a take-down notice"): a modifier, no act, however the parser hung
    it (a conjunct of the word before, "ongoing and stay-at-home orders", too)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in ("-", "‐") or tok.whitespace_:
        return False
    end = tok.i
    while end + 1 < len(doc) and not doc[end].whitespace_:
        end += 1  # the last word of the group (no space after any word before it)
    return end > tok.i + 1 and end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN") \
        and doc[end].pos_ != "PUNCT" and (tok.i == 0 or doc[tok.i - 1].whitespace_ != "")


def _skip_verb(tok: Token) -> bool:
    """Nouns the tagger read as verbs (a verb has no compound noun: 'air strikes') and
    verbs used as adjectives before a noun ("the ruling party")."""
    if any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in tok.children):
        return True
    if tok.dep_ == "prep" and tok.tag_ in ("VBG", "VBN"):
        return True  # a participle used as a preposition: "including X", "following the vote"
    if tok.lemma_.lower() in _EXISTENTIAL and any(c.dep_ == "expl" for c in tok.children):
        return True  # "there exist several theories": like "there are", no event
    if _hyphenated_modifier(tok):
        return True  # "stay-at-home orders", "a take-down notice", "follow-up questions"
    return tok.dep_ == "amod" and tok.tag_ in ("VBG", "VBN") and tok.head.i > tok.i


