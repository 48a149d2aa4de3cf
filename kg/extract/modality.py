"""Polarity, modality and tense of a clause: the one place facts, events, claims and
times read them from.

- negative: "not", "n't", "never", "no longer" on the verb, "no" or "neither" on its
  subject or object ("no civilians were killed", "neither side signed"), "neither ... nor"
  on the verb and the conjunct after "nor" ("nor did police charge him"), a clause under a
  denial ("denied that it had attacked") or under refuse/fail ("refused to meet");
- future: will/shall/must, "going to", a 'to'-clause under plan/vow/order/ask... or under
  a raising head ("is set to", "is due to", "is to play"; also as a reduced relative: "a
  plan designed to reinvigorate the economy"), what an order or request asks
  for; a purpose 'to'-clause ("flew to Paris to meet") and a noun's 'to'-clause ("a plan to
  close the mine", "the will to form a constitution"), but not after "the first/last/only
  … to" ("the first woman to win" won);
- hedged: would/could/may/might/should, "perhaps", "reportedly", a condition ("if talks
  fail"; a present "when" clause on a present main clause, a rule's condition: "when
  people lack harm aversion, they cause damage"), a clause under believe/suspect, "is
  said/expected to"; "would" in a clause
  reported by a speech or intent verb ("announced he would withdraw") is a future seen
  from the past;
- tense: "future" as above, "past" for a past-tense or perfect verb, else "present";
  times resolve in that direction ("took place on December 4" is in the past). A future
  seen from the past ("announced he would meet", "was to meet", "was slated for") is
  "prospective": its bare dates resolve to the nearest occurrence on either side.

A noun predicate takes the mood of the verb it is an argument of ("the withdrawal will
not be a complete one" -> negative, future) and of its own modifiers ("the planned
withdrawal" -> future, "a suspected gas leak" -> hedged). The words are data:
``classes`` in ``kg/data/extract/senses.json``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Token

from kg.extract import lexicons
from kg.extract.frames import lexicon
from kg.extract.table import EntityTable

#: Auxiliary forms by the number of the subject they agree with ("1300 were killed",
#: "2019 was"): the readers use them to tell a count from a year and a clause's own
#: subject from a participle's noun.
SINGULAR_FORMS = frozenset({"is", "was", "has", "'s"})
PLURAL_FORMS = frozenset({"are", "were", "have", "'re"})
#: Dependencies by which a noun is an argument its verb's mood covers.
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"})
#: Clause links through which a governing verb's mood reaches the governed one.
_EMBEDDING = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
_MAX_DEPTH = 4
#: Words before a noun whose 'to'-clause says what happened, not what is intended.
_FACTIVE_RANK = frozenset({"first", "last", "only", "next", "second", "third"})
#: Raising heads that set the mood of their 'to'-clause in the active too; "be" is the
#: planned "is to play", "are to be kept" (the dev gold has every such clause future).
_ACTIVE_RAISING = frozenset({"set", "due", "poised", "bound", "about", "going", "be"})
#: Infinitives after "be" that are no plan: "is to blame" says who is responsible.
_BE_TO_IDIOMS = frozenset({"blame"})


@dataclass(frozen=True)
class Mood:
    polarity: str = "positive"  # positive | negative
    modality: str = "asserted"  # asserted | hedged | future (reported: set by attribution)
    tense: str = "present"  # past | present | future


def infinitive(verb: Token) -> bool:
    """A 'to'-infinitive in the active ("to add"; ``_to_clause`` also takes a passive)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in verb.children)


def _kids(tok: Token, table: EntityTable | None) -> Iterable[Token]:
    """``tok.children``, read once through the table when there is one."""
    return table.children(tok) if table is not None else tok.children


def shared_clause(verb: Token, head: Token, table: EntityTable | None) -> Token:
    """The clause ``verb``, hung on ``head``, shares: ``head``, or the clause above it when
    ``verb`` is tensed and ``head`` a 'to'-infinitive the parser joined it to ("offered $1
    million to Hunter Biden to have a debate ... and made the same offer available": the
    offering's clause; an infinitive has no tense)."""
    above = _up(head, table)
    if infinitive(head) and verb.tag_ in ("VBD", "VBZ") and above.pos_ in ("VERB", "AUX") \
            and above.i != head.i:
        return above
    return head


def _up(tok: Token, table: EntityTable | None) -> Token:
    """``tok.head``, through the table when there is one."""
    return table.head(tok) if table is not None else tok.head


def _combine(outer: str, inner: str) -> str:
    """Hedged wins over future, future over asserted (the guidelines' precedence)."""
    order = {"asserted": 0, "future": 1, "hedged": 2}
    return outer if order.get(outer, 0) > order.get(inner, 0) else inner


def _verb_of(token: Token, table: EntityTable | None = None) -> Token:
    """The verb (or predicative adjective) a token's clause hangs from."""
    verb = token
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or _up(verb, table).i == verb.i:
            break
        verb = _up(verb, table)
    return verb


def _to_clause(verb: Token, table: EntityTable | None = None) -> bool:
    """Is ``verb`` the head of an infinitive with 'to' ("to meet"), also a passive one
    ("called for his death to be investigated", "the plan to be implemented")?"""
    kids = list(_kids(verb, table))
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in kids):
        return False
    return verb.tag_ == "VB" or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids)


def _accusing(gov: Token, table: EntityTable | None = None) -> bool:
    """Is ``gov`` a verb of accusing ("accused of"), or its object ("accused the man of",
    the parser hanging "of" on the man)?"""
    if gov.dep_ == "dobj" and gov.pos_ in ("NOUN", "PROPN", "PRON"):
        gov = _up(gov, table)
    return gov.pos_ == "VERB" and gov.lemma_.lower() in lexicon().modal_words["accusation"]


def _irrealis_noun_clause(clause: Token, table: EntityTable | None = None) -> bool:
    """A noun's 'to'-clause that is not yet done ("a plan to close", "the will to form"),
    unlike a ranked one ("the first woman to win"; the parser hangs it as acl or relcl)."""
    noun = _up(clause, table)
    return clause.dep_ in ("acl", "relcl") and noun.pos_ in ("NOUN", "PROPN") and \
        _to_clause(clause, table) and not any(
            c.lower_ in _FACTIVE_RANK or c.tag_ == "JJS" or c.ent_type_ == "ORDINAL"
            for c in _kids(noun, table))


def _weighing(head: Token, table: EntityTable | None) -> str | None:
    """The adjective weighing a 'that'-clause's truth that ``head`` is or has as its
    predicate: "called it unlikely that ...", "it is possible that ..."."""
    words = lexicon().epistemic_adjectives
    if head.pos_ == "ADJ" and head.lemma_.lower() in words:
        return head.lemma_.lower()
    if head.lemma_ == "be":
        return next((c.lemma_.lower() for c in _kids(head, table) if c.dep_ == "acomp"
                     and c.pos_ == "ADJ" and c.lemma_.lower() in words), None)
    return None


def _reduced_passive(verb: Token) -> bool:
    """A participle standing for a passive relative clause ("a plan designed to
    reinvigorate the economy" = "which is designed to"): it raises like the passive."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl"


def _present(verb: Token, table: EntityTable | None) -> bool:
    """A finite clause in the simple present ("lack", "is threatened", "can cause"): not
    past, perfect or future, and not a bare participle ("when treated")."""
    auxes = [c for c in _kids(verb, table) if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "VBD" or c.lemma_.lower() == "have" or
           c.lower_ in lexicon().modal_words["future"] for c in auxes):
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP", "MD") for c in auxes)


def _generic_condition(clause: Token, table: EntityTable | None) -> bool:
    """Whether ``clause``, opened by "when"/"whenever", is a generic condition: an
    adverbial clause in the present on a main clause in the present, whose subject is no
    name ("When Heidecker narrowly avoids a murder conviction, he sets out to run": a
    plot told in the present, events of the story)."""
    head = _up(clause, table)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in _kids(clause, table)):
        return False
    return clause.dep_ == "advcl" and head.i != clause.i and \
        head.pos_ in ("VERB", "AUX") and _present(clause, table) and _present(head, table)


def nor_negated(verb: Token, table: EntityTable | None = None) -> bool:
    """A verb that "neither" or "nor" negates: "neither confirmed nor denied" (both),
    "did not arrest the driver, nor did police charge him" (the conjunct after "nor",
    own subject or not). "Nor" always joins what did not happen too."""
    if any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in _kids(verb, table)):
        return True
    if verb.dep_ != "conj":
        return False
    head = _up(verb, table)
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.lower_ == "nor" and c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i
               for c in _kids(head, table)) or any(
        c.lower_ == "nor" and c.dep_ == "cc" and c.i < verb.i for c in _kids(verb, table))


def _neither_subject(noun: Token, table: EntityTable | None = None) -> bool:
    """A subject or object "neither" makes none of: "Neither side signed", "Neither the EU
    nor the US would endorse it", "Neither was charged"."""
    return noun.lower_ == "neither" or any(
        g.dep_ in ("det", "preconj") and g.lower_ == "neither" for g in _kids(noun, table))


def _none_of(noun: Token, table: EntityTable | None = None) -> bool:
    """A subject or object that is no one: "no" on it ("no civilians were killed", "No
    one claimed"), "neither", or a subject that is itself a word for none ("Nobody was
    hurt", "None of the officials said")."""
    return any(g.dep_ == "det" and g.lower_ == "no" for g in _kids(noun, table)) or \
        _neither_subject(noun, table) or (
            noun.dep_ in ("nsubj", "nsubjpass") and
            noun.lower_ in lexicon().modal_words["negative_pronouns"])


def withheld(verb: Token, table: EntityTable | None = None) -> bool:
    """A saying its governor says did not happen: "failed to mention his own request",
    "declined to say", "refused to confirm that ..." (a verb of ``intent`` read negative,
    itself not negated: "did not hesitate to say" says it)."""
    if verb.dep_ != "xcomp":
        return False
    head = _up(verb, table)
    return lexicon().intent.get(head.lemma_.lower()) == "negative" and not any(
        c.dep_ == "neg" for c in _kids(head, table))


def negated_by_subject(verb: Token, table: EntityTable | None = None) -> bool:
    """No one is the subject of ``verb``: "No candidate mentioned that ...", "Nobody said
    ...". (Not its object: "reported no results yet" reports that there are none.)"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _none_of(c, table)
               for c in _kids(verb, table))


def of_verb(verb: Token, depth: int = 0, table: EntityTable | None = None) -> Mood:
    """Mood of the clause headed by ``verb`` (a verb, or an adjective under a copula)."""
    lex = lexicon()
    words = lex.modal_words
    predicative = verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "attr")
    clause = _up(verb, table) if predicative else verb
    negative = False
    modality = "asserted"
    tense = "past" if verb.tag_ == "VBD" else "present"
    # (the adjective's own children too: "is not likely")
    children = list(_kids(clause, table)) + (list(_kids(verb, table)) if predicative else [])
    for child in children:
        low = child.lower_
        if child.dep_ == "neg" or (low == "never" and child.dep_ == "advmod") or (
                low == "longer" and any(g.lower_ == "no" for g in _kids(child, table))):
            negative = True
        elif child.dep_ in ("aux", "auxpass"):
            if low in words["future"]:
                modality = _combine(modality, "future")
                tense = "future"
            elif low in words["hedged"]:
                governor = _up(clause, table)
                reported = clause.dep_ in ("ccomp", "xcomp") and (
                    governor.lemma_.lower() in lex.speech or governor.lemma_.lower() in lex.intent)
                if low == "would" and reported:
                    modality = _combine(modality, "future")
                    tense = "prospective"  # the past's "will": either side of today
                else:
                    modality = _combine(modality, "hedged")
            elif child.tag_ == "VBD" or low in ("had", "has", "have", "'ve", "'d"):
                tense = "past" if tense != "future" else tense
        elif child.dep_ == "advmod" and low in words["hedge_adverbs"]:
            modality = _combine(modality, "hedged")
        elif child.dep_ in ("nsubj", "nsubjpass", "dobj") and _none_of(child, table):
            negative = True
        elif child.dep_ == "mark" and low in words["conditions"]:
            modality = _combine(modality, "hedged")
        elif child.dep_ in ("advmod", "mark") and low in words["generic_conditions"] and \
                child.i < clause.i and _generic_condition(clause, table):
            # "when people lack harm aversion, they cause damage": a rule's condition,
            # no event that happened (a past or future "when" dates one)
            modality = _combine(modality, "hedged")
    if not negative and nor_negated(clause, table):
        negative = True
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'ve")
                                  for c in children):
        tense = "past"
    if (verb.lemma_.lower() in words["scheduling"] or verb.lower_ in words["scheduling"]) \
            and any(c.dep_ == "auxpass" for c in children):
        # "was slated for October 15", "has been scheduled for July": what is scheduled
        # lies ahead of the scheduling, which the clause's tense dates (the word too: the
        # small model's lemma of "slated" is "slat")
        tense = "prospective" if tense == "past" else "future" if tense == "present" \
            else tense
    # "is going to withdraw"
    if clause.dep_ == "xcomp" and _up(clause, table).lower_ == "going":
        modality, tense = _combine(modality, "future"), "future"
    if depth < _MAX_DEPTH and clause.dep_ == "pcomp" and _up(clause, table).lower_ == "from" \
            and _up(_up(clause, table), table).lemma_.lower() in words["prevention"] and \
            _up(_up(clause, table), table).pos_ == "VERB":
        # "stopped the person from destroying the disk", "would prevent voters from
        # voting": what is prevented does not happen, within the preventing verb's mood
        # (what is never prevented may: "will never prevent its employees from pursuing")
        outer = of_verb(_up(_up(clause, table), table), depth + 1, table=table)
        prevented = outer.polarity == "positive"
        return Mood("negative" if negative != prevented else "positive",
                    _combine(modality, outer.modality), outer.tense if tense == "present"
                    else tense)
    if depth < _MAX_DEPTH and clause.dep_ == "pcomp":
        prep = _up(clause, table)
        gov = _up(prep, table)
        governed = None
        if prep.lower_ == "without" and gov.pos_ in ("VERB", "AUX"):
            governed = "negative"  # "milled the shell without damaging the membrane"
        elif prep.lower_ == "of" and _accusing(gov, table):
            governed = "hedged"  # "is accused of crossing state lines": alleged, not done
        elif prep.lower_ == "of" and gov.pos_ == "ADJ" and gov.lemma_.lower() in lex.raising:
            governed = lex.raising[gov.lemma_.lower()]  # "kits capable of detecting"
        elif gov.pos_ == "VERB" and lex.advocates_through(gov.lemma_.lower(), prep.lower_):
            governed = "future"  # "argued for using ballot access": advocated, not done
        if governed is not None:
            # within the governor's own mood ("had to mill it without damaging")
            outer = of_verb(gov, depth + 1, table=table) if gov.pos_ in ("VERB", "AUX") \
                else of_token(gov, table) if depth + 1 < _MAX_DEPTH else Mood()
            if governed == "negative":
                negative = not negative
            else:
                modality = _combine(modality, governed)
                if governed == "future" and tense == "present":
                    tense = "prospective" if outer.tense == "past" else "future"
            return Mood("negative" if negative else "positive",
                        _combine(modality, outer.modality),
                        outer.tense if tense == "present" else tense)
    head = _up(clause, table)
    if depth < _MAX_DEPTH and clause.dep_ in _EMBEDDING and head.i != clause.i \
            and not colon_clause(clause, head, table):
        head_lemma = head.lemma_.lower()
        outer = of_verb(head, depth + 1, table=table) if head.pos_ in ("VERB", "AUX", "ADJ") \
            else Mood()
        governed = None
        if clause.dep_ == "xcomp" and (head_lemma in lex.raising and (
                any(c.dep_ == "auxpass" for c in _kids(head, table)) or head.pos_ == "ADJ"
                or head_lemma in _ACTIVE_RAISING or _reduced_passive(head))) and not (
                head_lemma == "be" and clause.lemma_.lower() in _BE_TO_IDIOMS):
            # "is expected to", "is set to", "is due to"; "is to play", "are to be kept"
            governed = lex.raising[head_lemma]
        elif head_lemma in lex.speech and any(c.dep_ == "auxpass" for c in _kids(head, table)):
            governed = "hedged"  # "is said to have ordered"
        elif clause.dep_ in ("xcomp", "ccomp") and head_lemma in lex.intent and not (
                clause.i < head.i and head.tag_ == "VB" and head.dep_ == "ROOT"):
            # (not a clause before a bare root verb: "Amodei has voiced support ..., so
            # let's let the committees get to work", the parser's "voiced" under "let")
            governed = lex.intent[head_lemma]
        elif clause.dep_ in ("xcomp", "ccomp") and head_lemma in lex.attitude:
            governed = lex.attitude[head_lemma]
        elif clause.dep_ == "ccomp" and head_lemma in lex.speech and \
                head_lemma not in lex.denial and outer.polarity == "negative":
            # "did not say that Russia attacked", "Nobody said the vote was rigged": no
            # claim, and the article does not assert it either
            governed = "hedged"
        elif clause.dep_ == "ccomp" and (weighing := _weighing(head, table)) is not None:
            governed = lex.epistemic_adjectives[weighing]  # "it is possible that ..."
        elif clause.dep_ == "xcomp" and head_lemma in lex.advocacy:
            governed = "future"  # "favored expanding space exploration": advocated, not done
        elif clause.dep_ == "xcomp" and head_lemma in lex.directing_speech \
                and _to_clause(clause, table) and \
                not any(c.dep_ == "auxpass" for c in _kids(head, table)):
            governed = "future"  # "have said to vacate the place": told to, not done
        if head_lemma in lex.denial and clause.dep_ in ("ccomp", "xcomp", "pcomp"):
            negative = not negative  # "denied that it had attacked", "denied supporting"
        if governed == "negative":
            negative = not negative  # "refused to meet", "failed to agree"
        elif governed is not None:
            modality = _combine(modality, governed)
            if governed == "future":
                # "was to meet Monday", "planned to visit on Friday": a future seen from
                # the past may have come by the time of writing
                tense = "prospective" if outer.tense == "past" else "future"
        # "could be helping them find", "do not allow citizens to directly vote", "don't
        # need Islamic law to run our country": the parser often makes the infinitive
        # after an implicative, intent or attitude verb's object a ccomp; it happens as
        # far as its governor lets it, like any xcomp
        complement = clause.dep_ == "xcomp" or clause.dep_ == "ccomp" and (
            lex.intent.get(head_lemma) == "asserted" or
            (head_lemma in lex.intent or head_lemma in lex.attitude)
            and _to_clause(clause, table))
        if complement or (clause.dep_ == "advcl" and clause.tag_ in ("VBG", "VBN")
                          and not _to_clause(clause, table)):
            # a 'to'-clause or participle shares its governor's mood ("will continue to
            # run", "did not begin withdrawing", "could not stop talking")
            if outer.polarity == "negative" and governed not in ("negative",) and \
                    head_lemma not in lex.denial:
                negative = not negative if complement else negative
            elif outer.polarity == "negative" and governed == "negative" and complement:
                # "did not hesitate to attack": the negations cancel; "did not refuse to
                # attack", "don't mind to harm" leave the act only likely
                negative = not negative
                if head_lemma not in lex.negative_implicatives:
                    modality = _combine(modality, "hedged")
            if complement or outer.modality == "hedged" or (
                    clause.tag_ == "VBG" and clause.i > head.i and any(
                        c.dep_ == "aux" and c.lower_ in words["future"]
                        for c in _kids(head, table))):
                # "allegedly released a document, outlining ...": what the participle
                # adds is as uncertain as its clause; and what an act its clause says
                # will come brings with it is to come ("will invest $3.7 billion,
                # creating 3,200 jobs")
                modality = _combine(modality, outer.modality)
            if tense == "present":
                tense = outer.tense
        elif clause.dep_ == "advcl" and _to_clause(clause, table):
            # a purpose clause is intended, within its governor's mood; its dates keep
            # the governor's direction ("flew to Paris on Monday to meet")
            modality = _combine(_combine(modality, "future"), outer.modality)
            if tense == "present":
                tense = outer.tense
        elif clause.dep_ == "ccomp" and outer.modality == "hedged" and governed is None:
            modality = _combine(modality, "hedged")
        elif clause.dep_ == "pcomp" and clause.tag_ == "VBG" and tense == "present" and \
                _up(head, table).pos_ in ("VERB", "AUX"):
            # "Despite winning the primary in March, Collins lost": a gerund has no tense
            # of its own; its dates go the way of the clause its preposition modifies
            tense = of_verb(_up(head, table), depth + 1, table=table).tense
    elif depth < _MAX_DEPTH and _irrealis_noun_clause(clause, table):
        # what a plan or a will is for comes after it: its dates resolve forward; and
        # what no plan is for is not to be ("has no plan to raise taxes", "made no
        # attempt to hide it")
        noun = of_token(head, table)
        modality = _combine(_combine(modality, "future"), noun.modality)
        if any(c.dep_ == "det" and c.lower_ == "no" for c in _kids(head, table)) or (
                head.dep_ == "dobj" and _up(head, table).lemma_.lower() in lex.light
                and noun.polarity == "negative"):
            # (the noun's own "no", or a light verb's "not": "did not have a plan to";
            # not a denial's object, "denied visas to enter", nor a copula's subject,
            # "the decision to advise is not justiciable")
            negative = not negative
        tense = "future"
    elif depth < _MAX_DEPTH and clause.dep_ == "conj" and \
            head.pos_ in ("VERB", "AUX"):
        # "will withdraw and close the base": a bare conjunct shares its head's modal
        # (not a clause with a subject of its own: "some life forms can survive without
        # oxygen, but oxygen permits more energy-intensive metabolism")
        # ("to vacate the place, or to pay the rent": the second 'to' repeats the first's)
        repeated_to = _to_clause(head, table)
        # ("want him to resign or be impeached", "could resign or be removed": a bare
        # "be" of a passive conjoined to a bare verb is no auxiliary of its own)
        own_aux = any(c.dep_ in ("aux", "auxpass") and not (repeated_to and c.tag_ == "TO")
                      and not (c.dep_ == "auxpass" and c.tag_ == "VB" and head.tag_ == "VB")
                      for c in children)
        own_subject = verb.tag_ in ("VBZ", "VBP", "VBD") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children)
        if not own_aux and not own_subject:
            # a tensed conjunct the parser joined to an infinitive shares the clause above
            # it, not the infinitive's purpose
            outer = of_verb(shared_clause(verb, head, table), depth + 1, table=table)
            modality = _combine(modality, outer.modality)
            if outer.polarity == "negative" and any(
                    c.dep_ == "cc" and c.lower_ in ("or", "nor") and c.i < verb.i
                    for c in _kids(head, table)):
                # "did not practice social distancing or wear face masks", "has not been
                # charged or arrested": the negation covers each of the alternatives ("did
                # not resign and left" does not: "and" adds what happened)
                negative = True
            elif outer.polarity == "negative" and verb.tag_ == "VB" and head.tag_ == "VB" \
                    and any(c.dep_ == "neg" for c in _kids(head, table)) and \
                    not any(c.dep_ == "aux" for c in children):
                # "did not build and sell the cars", "can't make and sell discs": a bare
                # conjunct of a bare verb shares its auxiliary, and the "not" on it ("not
                # to be happy and to disrespect": a 'to' of its own starts a clause anew)
                negative = True
            if tense == "present":
                tense = outer.tense
    return Mood("negative" if negative else "positive", modality, tense)


def colon_clause(clause: Token, head: Token, table: EntityTable | None = None) -> bool:
    """'Singapore ... have conducted searches of the Java Sea: All three nations offered
    assistance': a clause the parser made the complement of a verb after a colon or
    semicolon is a sentence of its own, neither what that verb governs nor in its mood."""
    if clause.dep_ not in ("ccomp", "xcomp") or clause.i > head.i:
        return False
    tokens = table.tokens if table is not None else clause.doc
    return any(t.text in (":", ";") for t in tokens[clause.right_edge.i + 1:head.i])


def of_token(token: Token, table: EntityTable | None = None) -> Mood:
    """Mood of a predicate: a verb's clause, or a noun's verb and modifiers.

    A noun that is a core argument of its verb shares the verb's modality ("will keep a
    presence" -> future); its polarity only when the verb carries the event itself (a
    light verb or a copula: "will not keep a presence", "the withdrawal will not be
    complete"), not when the verb is another act ("would not attend the summit": the
    summit still happens). A purpose phrase ("will visit for talks") shares modality.
    """
    if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ in ("acomp", "attr")):
        return of_verb(token, table=table)
    lex = lexicon()
    words = lex.modal_words
    negative = any(c.lower_ == "no" and c.dep_ == "det" for c in _kids(token, table))
    modality = "asserted"
    for c in _kids(token, table):
        if c.dep_ in ("amod", "compound") and c.lower_ in words["hedge_nouns"]:
            modality = _combine(modality, "future" if c.lower_ in words["future_nouns"]
                                else "hedged")
    head = _up(token, table)
    if token.dep_ == "pobj" and head.lower_ in ("for", "to") and _up(head, table).pos_ == "VERB":
        outer = of_verb(_up(head, table), table=table)
        return Mood("negative" if negative else "positive",
                    _combine(modality, outer.modality), outer.tense)
    if token.dep_ not in _CORE_DEPS or head.pos_ not in ("VERB", "AUX"):
        return Mood("negative" if negative else "positive", modality, "present")
    outer = of_verb(head, table=table)
    lemma = head.lemma_.lower()
    carries = lemma in lex.light or lemma in lex.copula or head.pos_ == "AUX"
    if carries and outer.polarity == "negative":
        # "will not keep a presence"; "has no plan to": the verb's clause is negative
        # through the noun's own "no", which must not cancel it
        negative = True
    if token.dep_ == "dobj" and lemma in lex.intent and lex.intent[lemma] == "future":
        modality = _combine(modality, "future")  # "ordered the withdrawal", "plans an offensive"
    if token.dep_ == "dobj" and lemma in lex.denial:
        negative = not negative  # "Russia denied involvement in the attack": none, it says
    return Mood("negative" if negative else "positive", _combine(modality, outer.modality),
                outer.tense)


def clause_tense(token: Token, table: EntityTable | None = None) -> str:
    """'future', 'past' or 'present': the direction a bare date in the token's clause
    resolves in ("on Monday" in "will meet on Monday" is the coming one)."""
    return of_token(_verb_of(token, table), table).tense if token.pos_ not in ("VERB", "AUX") \
        else of_verb(token, table=table).tense


#: Tags of interrogative words ("what", "which", "who", "how", "why").
#: tags of wh-words (which, who, whose, where...)
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Clause links below which a wh-word belongs to an embedded clause, not the question.
_EMBEDDED = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj"})
_CLOSING = frozenset({'"', "”", "’", "'", ")", "]"})
_OPENING = frozenset({"(", "["})
#: Quotation marks as the tokenizer leaves them (straight, curly, PTB's, guillemets).
QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''", "«", "»"})


def _opens_with_auxiliary(start: int, last: int, table: EntityTable) -> bool:
    """Whether a sentence's first word, after an interview's bracketed speaker label
    ("((WN))"), is an auxiliary heading the sentence or its first verb: a yes/no question
    when the sentence ends in "?" ("Were there any challenges the team faced?", which the
    parser may root at the label)."""
    depth, i = 0, start
    while i < last:
        tok = table.tokens[i]
        if tok.text in _OPENING:
            depth += 1
        elif tok.text in (")", "]"):
            depth = max(depth - 1, 0)
        elif not (tok.is_space or tok.is_punct or depth):
            break
        i += 1
    first = table.tokens[i]
    return i < last and first.pos_ == "AUX" and first.dep_ in ("ROOT", "aux", "auxpass")


def _unmarked_wh_question(token: Token, start: int, last: int, table: EntityTable) -> bool:
    """Whether the sentence of ``token`` (tokens ``start``..``last``) is a question
    without its question mark: its first word is the main clause's auxiliary before its
    subject ("Do you mean the developer"), or a wh-word of the main clause whose root has
    an auxiliary before its subject ("How did you come to ...").
    Declaratives opening with a wh-word have no such inversion ("How many died is
    unknown", "What he did was legal")."""
    i = start
    while i < last and (table.tokens[i].is_punct or table.tokens[i].is_space):
        i += 1
    first = table.tokens[i]
    root = token
    for _ in range(40):
        if _up(root, table).i == root.i:
            break
        root = _up(root, table)
    if first.pos_ == "AUX" and first.tag_ != "VB" and first.dep_ in ("aux", "auxpass") and \
            _up(first, table).i == root.i:
        # "Do you mean the developer", "Could I have a sample": the main clause's finite
        # auxiliary opens it; "Had I known, ..." has it on a clause below the root, and a
        # bare "Be" is a name's ("Be stars rotate quickly")
        subjects = [c.i for c in _kids(root, table) if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and first.i < min(subjects)
    if first.tag_ not in WH_TAGS:
        return False
    up = first
    while up.i != root.i and _up(up, table).i != up.i:
        if up.dep_ in _EMBEDDED:
            return False  # "When he arrived, ...": the wh-word opens a clause below
        up = _up(up, table)
    kids = list(_kids(root, table))
    subjects = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and any(c.dep_ in ("aux", "auxpass") and first.i < c.i < min(subjects)
                                  for c in kids)


_FINAL_MARKS = frozenset({".", "!", "?"})


def _last_mark(start: int, end: int, table: EntityTable) -> int:
    """The index of the last token of ``start:end`` before closing quotes, brackets and
    spaces: where a sentence's final mark, if any, is."""
    last = end - 1
    while last > start and (table.tokens[last].text in _CLOSING or table.tokens[last].is_space):
        last -= 1
    return last


def _bracketed_mark(end: int, table: EntityTable) -> str | None:
    """The mark closing an editor's bracketed insertion right after a sentence without
    one, which the parser split off as a sentence of its own: "... working with any
    senator to sponsor a bill [for these changes]?" ends in "?"."""
    tokens = table.tokens
    i = end
    while i < len(tokens) and tokens[i].is_space and "\n" not in tokens[i].text:
        i += 1
    if i >= len(tokens) or tokens[i].text != "[":
        return None
    _, after = table.sentence_bounds(tokens[i])
    return tokens[_last_mark(i, after, table)].text


def asks(token: Token, table: EntityTable) -> bool:
    """Whether ``token`` is in a direct question ("How did you grow the site?", "Have you
    played in the Olympiad?"): a question asserts nothing, so what it names is no fact.

    The sentence ends in "?" and its main clause is interrogative: an auxiliary before
    the subject, or a wh-word of the main clause before the verb. A quoted question
    under a declarative verb ('asked: "Is this person a citizen?"') is not one."""
    start, end = table.sentence_bounds(token)
    last = _last_mark(start, end, table)
    mark = table.tokens[last].text
    if mark not in _FINAL_MARKS:
        mark = _bracketed_mark(end, table) or mark
    if mark != "?":
        # an interview's question whose mark the text lost or never had ("How did you
        # come to be involved with this discovery", "How do you approach ... when they
        # don't want Israel to exist."): a wh-word opening the sentence and an
        # auxiliary before the subject of its main clause
        return _unmarked_wh_question(token, start, last, table)
    elided = _last_elision(start, last, table)
    if elided is not None and token.i < elided:
        return False  # "Trump is behaving like a bully boy[...] How can you do this?": a
        # sentence the model joined at an editor's elision is no part of the question
    if elided is not None:
        start = elided
    if _presupposed(token, start, last, table):
        return False  # "Are you aware X said it was a move?": the clause under a factive
        # head is taken as true, not asked
    if _opens_with_auxiliary(start, last, table):
        return True  # "((WN)) Were all the observations made from La Silla?"
    root, path = token, [token]
    for _ in range(40):
        if _up(root, table).i == root.i:
            break
        root = _up(root, table)
        path.append(root)
    low, high = sorted((token.i, root.i))
    if any(t.text in QUOTE_MARKS for t in table.tokens[low + 1:high]):
        return False  # 'trying to add the question, "Is this ...?"': a quotation's root
    # the inverted clause may sit below a root the parser misplaced ("Based on your
    # feeling, about how many votes do you expect to receive?": rooted at "Based")
    for verb in path:
        kids = _kids(verb, table)
        # a speaker label the parser took for the subject ("((WN)) Were all the
        # observations made ...?", an interview's turn) is none: it is in brackets
        subjects = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl")
                    and table.tokens[c.left_edge.i].text not in _OPENING]
        if not subjects:
            continue
        first = min(subjects)
        if verb.pos_ == "AUX" and verb.i < first and verb.i == root.i:
            return True  # "Is this person a citizen?"
        if any(c.dep_ in ("aux", "auxpass") and c.i < first for c in kids):
            return True  # "Have you played ...?", "How did you grow ...?"
    for t in table.tokens[start:root.i]:
        if t.tag_ not in WH_TAGS:
            continue
        up, embedded = t, False
        while up.i != root.i and _up(up, table).i != up.i:
            if up.dep_ in _EMBEDDED:
                embedded = True
                break
            up = _up(up, table)
        if not embedded:
            return True  # "Which players influence you?"
    # a question phrased as a statement ("So you used the same artefacts?", "But you
    # haven't received any legal notices, right?"): its mark is all that tells it, unless
    # the mark closes a quotation ('say "what battle are we gonna fight?"')
    if _question_clause_after(path, start, last, table):
        return False  # "we came up thinking how do we portray ...?", "X has winds ..., as
        # it surges over land will it begin to lose strength?": the mark is that clause's
    comma = next((t.i for t in reversed(table.tokens[start:last]) if t.text == ","), None)
    # (an editor's brackets around the tag are no part of it: "..., [right]?")
    if comma is not None and " ".join(t.lower_ for t in table.tokens[comma + 1:last]
                                      if t.text not in ("[", "]")) in \
            _question_words("question_tags"):
        return False  # "... girls have gone through abuse, right?": a statement seeking assent
    if root.lemma_.lower() in _question_words("asking_verbs") and any(
            c.dep_ == "nsubj" and c.i < root.i for c in _kids(root, table)):
        return False  # "She asked me how long I will sit here?": a question reported
    return not _quotation_asks(start, last, end, table)


def _presupposed(token: Token, start: int, last: int, table: EntityTable) -> bool:
    """Whether ``token`` is in the complement clause of a factive head ("aware", "know")
    that no "whether", "if" or wh-word opens: the clause is taken as true even in a
    question ("Are you aware X said ...?", "Did you know that the plant closed?").

    The head is found on the token's path (a complement clause of it) or, as the parser
    often roots such a question at the complement's verb ("Are" an adverbial of "said"),
    as the word after the question's opening auxiliary and its subject."""
    factive = _question_words("factive_heads")

    def opens_clause(i: int) -> bool:  # the complement, not "whether"/"if"/a wh-word
        first = table.tokens[i]
        return first.lower_ not in ("whether", "if") and first.tag_ not in WH_TAGS

    tok = token
    for _ in range(40):
        head = _up(tok, table)
        if head.i == tok.i:
            break
        if tok.dep_ == "ccomp" and head.lemma_.lower() in factive:
            return opens_clause(tok.left_edge.i)
        tok = head
    i = start
    while i < last and (table.tokens[i].is_punct or table.tokens[i].is_space or
                        table.tokens[i].text in _OPENING):
        i += 1  # (an interview's speaker label: "((WN)) Are you aware ...")
    if not (table.tokens[i].pos_ == "AUX" and i + 2 < last and
            table.tokens[i + 1].pos_ in ("PRON", "PROPN", "NOUN")):
        return False
    head = table.tokens[i + 2]
    if head.lemma_.lower() not in factive or head.pos_ not in ("ADJ", "VERB") or \
            token.i <= head.i:
        return False
    # a clause follows ("... aware X said"), not a noun phrase ("Did you notice any
    # change?", "Are we aware of some other tools used ...?", which asks whether any exist)
    return opens_clause(head.i + 1) and table.tokens[head.i + 1].pos_ != "ADP" and any(
        t.pos_ in ("VERB", "AUX") for t in table.tokens[head.i + 1:token.i + 1])


def _last_elision(start: int, last: int, table: EntityTable) -> int | None:
    """Where the last sentence an editor's elision ("[...]") ends before ``last`` starts:
    the capitalised word after it ("bully boy[...] How can you ...")."""
    for i in range(last - 1, start + 2, -1):
        tok = table.tokens[i]
        if (tok.is_title or tok.text == "I") and table.tokens[i - 1].text == "]" and \
                table.tokens[i - 3].text == "[" and \
                set(table.tokens[i - 2].text) <= {".", "…"}:
            return i
    return None


def _question_clause_after(path: list[Token], start: int, last: int,
                           table: EntityTable) -> bool:
    """Whether an inverted clause off ``path`` ("how do we portray ...", "will it begin
    ...") runs up to the final mark at ``last``: the question is that clause, embedded
    in or joined to a statement that asserts its own words."""
    on_path = {t.i for t in path}
    for verb in table.tokens[start:last]:
        if verb.i in on_path or verb.pos_ not in ("VERB", "AUX") or \
                verb.right_edge.i < last - 1:
            continue
        kids = _kids(verb, table)
        subjects = [c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects and any(c.dep_ in ("aux", "auxpass") and c.i < min(subjects)
                            for c in kids):
            return True
    return False


@lru_cache(maxsize=4)
def _question_words(name: str) -> frozenset[str]:
    """A list of discourse.json: 'question_tags', 'asking_verbs' or 'factive_heads'."""
    return frozenset(lexicons.load_json("discourse.json")[name])


#: Clause links of an embedded question ("we don't know which mass is creating it",
#: "try to find which object has triggered the spiral", "not sure which company is allowed").
_QUESTION_CLAUSES = frozenset({"ccomp", "pcomp", "csubj", "xcomp"})
#: Interrogative determiners; "whose" is left out: it is mostly a relative's
#: ("a young woman whose eye was injured" states the injury).
_WH_DETERMINERS = frozenset({"which", "what"})


def in_indirect_question(verb: Token, table: EntityTable) -> bool:
    """Whether ``verb`` heads an embedded wh-question whose subject or object is the
    questioned phrase ("we don't know which mass is creating this structure", "understand
    what type of cells is involved"): the clause asks who or what, it states no fact with
    that phrase as a participant. A relative clause ("the site which was found") is none."""
    if verb.dep_ not in _QUESTION_CLAUSES:
        return False
    for child in _kids(verb, table):
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if any(g.dep_ == "det" and g.tag_ == "WDT" and g.lower_ in _WH_DETERMINERS
               for g in _kids(child, table)):
            return True
    return False


def _quotation_asks(start: int, last: int, end: int, table: EntityTable) -> bool:
    """Whether the final "?" at ``last`` is a quotation's or an aside's: a quote mark or
    the bracket of an aside follows it, or a quotation opened before it is still open."""
    after = {t.text for t in table.tokens[last + 1:end]}
    if after & QUOTE_MARKS or after & {"'", "’"}:
        return True  # "would ask me, 'Is Rock Hudson really gay?'"
    if ")" in after and any(t.text == "(" for t in table.tokens[start:last]):
        return True  # "we went off to college; and ... (how do I best explain this?)"
    return sum(t.text in QUOTE_MARKS for t in table.tokens[start:last]) % 2 == 1
