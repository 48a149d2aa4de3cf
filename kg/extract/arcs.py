"""``kg_arc_repairs``: arcs the small parser gets wrong in a regular way, put right once
after the parser, so that every reader after it (subjects, negation, roles) sees them.

One entry of :data:`REPAIRS` per repair: a function that re-heads tokens of the Doc and
says how many it moved. A repair moves a token only where the parse leaves no doubt
what it meant (the dependent the verb lacks, hung on the verb's own auxiliary).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.attrs import DEP, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.frames import lexicon
from kg.extract.lexicons import (countries, entities, load_json, names_people, people_words,
                                 roles)
from kg.textdates import MONTHS, WEEKDAYS

#: Dependents the parser hangs on an auxiliary when something stands between it and its
#: verb ("The United States had not, as of yesterday, announced any plans": 'States' and
#: 'not' on 'had'); they belong to the verb.
_AUXILIARY_DEPENDENTS = frozenset({"nsubj", "nsubjpass", "neg"})
#: A verb with any of these has its subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: English auxiliaries, as written (a closed class, whatever the lemmatizer makes of it): a
#: word the parser makes an auxiliary that is none of these is a misparsed verb ("It
#: follows repeated failed attempts").
_AUXILIARIES = frozenset({
    "be", "am", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re",
    "'m", "’m", "have", "has", "had", "having", "'ve", "’ve", "'d", "’d", "do", "does",
    "did", "will", "'ll", "’ll", "wo", "would", "shall", "should", "can", "ca", "could",
    "may", "might", "must", "ought", "get", "gets", "got", "getting", "gotten"})


def _verb_of(aux: Token) -> Token | None:
    """The verb an auxiliary serves, if the parser gave it one."""
    if aux.dep_ not in ("aux", "auxpass") or aux.lower_ not in _AUXILIARIES or \
            aux.head.i == aux.i:
        return None
    return aux.head if aux.head.pos_ in ("VERB", "AUX") else None


def _labelled(doc: Doc, label: str) -> list[Token]:
    """The tokens the parser gave dependency ``label``, as they were when the repair
    began (read from the Doc's array: making every Token costs more than a repair)."""
    wanted = doc.vocab.strings[label]
    return [doc[i] for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep == wanted]


def dependents_of_auxiliaries(doc: Doc) -> int:
    """A subject or a negation on an auxiliary moves to its verb, when the verb has no
    subject (or negation) of its own ("who had himself been assassinated": 'himself' is
    the verb's, 'who' stays)."""
    moved = 0
    labels = {doc.vocab.strings[d] for d in ("aux", "auxpass")}
    # (the auxiliaries' places from the dependency array: making every Token costs more
    # than the repair)
    for i in [i for i, dep in enumerate(doc.to_array(DEP).tolist()) if dep in labels]:
        aux = doc[i]
        verb = _verb_of(aux)
        if verb is None:
            continue
        own = {c.dep_ for c in verb.children}
        for child in list(aux.children):
            has_one = own & _SUBJECTS if child.dep_ in _SUBJECTS else child.dep_ in own
            if child.dep_ in _AUXILIARY_DEPENDENTS and not has_one:
                child.head = verb
                own.add(child.dep_)
                moved += 1
    return moved


#: Dependents before a noun that belong to its own phrase ("the out-of-control vehicles").
_NOUN_PHRASE_DEPENDENTS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod",
                                     "quantmod", "predet", "case", "punct"})
#: Dependents a reduced relative clause's participle never has: a participle with one of
#: these is a clause's own verb, or a passive one ("notice published by GitHub").
_CLAUSE_DEPENDENTS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "agent", "csubj"})


def verbs_read_as_noun_modifiers(doc: Doc) -> int:
    """A sentence the parser rooted in its subject noun, whose verb it made a reduced
    relative on that noun ("the out-of-control vehicles collided with the church bus":
    'vehicles' the root, 'collided' an acl), is that verb's: the verb becomes the root and
    the noun its subject. Only a full sentence (ending in a full stop), no comma
    between noun and verb but round an apposition, and nothing of a clause or a passive
    on the verb ("A large 3D printer, installed in a trailer." stays a fragment)."""
    moved = 0
    for sent in doc.sents:
        noun = sent.root
        if noun.pos_ not in ("NOUN", "PROPN") or \
                not sent.text.rstrip().rstrip("\"'”’").endswith("."):
            continue
        verb = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")),
                    None)
        if verb is None or any(c.dep_ in _CLAUSE_DEPENDENTS for c in verb.children) or \
                not _plain_between(doc[noun.i + 1:verb.i], noun):
            continue
        # what the parser hung on the root noun outside its own phrase (a fronted "After
        # crossing the divider,", "According to the campaign,", the full stop) is the
        # clause's
        first = min((c.i for c in noun.lefts if c.dep_ in _NOUN_PHRASE_DEPENDENTS
                     and c.dep_ != "punct"), default=noun.i)
        outside = [c for c in noun.children if c.i > verb.i or c.i < first or (
            c.i < noun.i and c.dep_ not in _NOUN_PHRASE_DEPENDENTS)]
        verb.head = verb
        verb.dep_ = "ROOT"
        noun.head = verb
        noun.dep_ = "nsubj"
        for c in outside:
            c.head = verb
        moved += 1
    return moved


#: Clause relations of a tensed verb that must have a subject of its own (not a ccomp:
#: "tweeted that state plans to use mail-in ballots would result in fraud" is a noun
#: phrase, the subject of the verb after it, and "runs the politics blog" an object).
_SUBJECT_TAKING = frozenset({"ROOT", "conj", "relcl", "advcl"})


def subjects_read_as_compounds(doc: Doc) -> int:
    """'The party advocates for a balanced budget amendment', 'the mainstream media
    laughs', 'evidence accumulates in favour of': the parser took the noun and the verb
    after it for one noun phrase (the noun a compound of the verb, its determiner the
    verb's) and left the verb without a subject. The noun is the subject, its phrase's
    words its own. Only a tensed verb with no subject right after the noun (no hyphen
    between: "Halloween-themed") heading a clause of its own."""
    moved = 0
    for noun in _labelled(doc, "compound"):
        verb = noun.head
        if verb.i != noun.i + 1 or not noun.whitespace_ or noun.pos_ not in ("NOUN", "PROPN") \
                or verb.tag_ not in ("VBZ", "VBD", "VBP") or verb.pos_ != "VERB" or \
                verb.dep_ not in _SUBJECT_TAKING or \
                any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        for c in [c for c in verb.lefts if c.i < noun.i and
                  c.dep_ in _NOUN_PHRASE_DEPENDENTS and c.dep_ != "punct"]:
            c.head = noun
        noun.dep_ = "nsubj"
        moved += 1
    return moved


def verbs_read_as_adjectives(doc: Doc) -> int:
    """'Trump claimed carbon emissions have been lower', 'President Trump nominated Federal
    Judge Amy Coney Barrett for the seat', 'McArthur murdered gay men': the parser made a
    past-tense verb with a subject of its own an adjective of the noun after it. The verb
    heads the clause: a verb of saying or thinking takes the clause that noun is the
    subject of as its complement; another takes the noun's phrase as its object. What
    the parser hung before the subject on the clause's head (a fronted "When asked about
    climate change,") is the verb's."""
    moved = 0
    for verb in _labelled(doc, "amod"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        noun = verb.head
        modifier = subject is None
        if modifier:
            subject = _modifier_subject(verb, noun)
        if verb.tag_ != "VBD" or subject is None or noun.i < verb.i or \
                subject.pos_ not in ("NOUN", "PROPN", "PRON") and not modifier:
            continue
        top = noun
        while top.dep_ in ("compound", "amod", "nmod") and top.head.i > top.i:
            top = top.head
        clause = top.head if top.dep_ in ("nsubj", "nsubjpass") else None
        if clause is not None and verb.lemma_.lower() in _clause_taking():
            moved_node, role = clause, "ccomp"
        elif clause is None and top.dep_ in ("ROOT", "dep", "appos", "conj") and \
                top.pos_ in ("NOUN", "PROPN"):
            moved_node, role = top, "dobj"
        else:
            continue
        above = moved_node.head
        # (and the full stop the parser hung on the noun it took for the root)
        fronted = [c for c in moved_node.children if c.i < subject.left_edge.i or (
            c.dep_ == "punct" and c.i == c.right_edge.i and c.is_sent_end)]
        if moved_node.dep_ == "ROOT" or above.i == moved_node.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = above, moved_node.dep_
        moved_node.head, moved_node.dep_ = verb, role
        for c in fronted:
            c.head = verb
        if modifier:  # (a modifier of the noun taken for its subject)
            for c in [c for c in moved_node.children if c.i < subject.i]:
                c.head = subject  # "The" of "The British"
            subject.head, subject.dep_ = verb, "nsubj"
            for c in [c for c in moved_node.children if c.i > moved_node.i and
                      c.dep_ == "prep" and c.lower_ != "of"]:
                c.head = verb  # "to China in 1997": the act's, not the noun's
        moved += 1
    return moved


def _modifier_subject(verb: Token, noun: Token) -> Token | None:
    """'Trump fired FBI Director James Comey', 'The British relinquished control of Hong
    Kong': with no subject of its own, a past tense the parser made a modifier of the
    sentence's root noun has the name or noun right before it as subject, when that word
    too modifies the root (a proper name, or a capitalised adjective of a people)."""
    if verb.i == 0 or noun.dep_ != "ROOT" or \
            not verb.sent.text.rstrip().rstrip("\"'”’").endswith("."):
        return None  # (a headline keeps its noun phrase)
    before = verb.doc[verb.i - 1]
    if before.head.i != noun.i or before.dep_ not in ("compound", "amod", "nmod") or not (
            before.pos_ in ("NOUN", "PROPN") and before.is_title or
            before.tag_ == "JJ" and before.is_title and before.i > verb.sent.start) or \
            any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.sent.start:verb.i]):
        return None
    return before


def clauses_read_as_adjectives(doc: Doc) -> int:
    """'The airport and nearby hotel were both evacuated and local police warned people':
    the parser made the first clause's verb, with its own subject and auxiliary, an
    adjective of the second clause's subject ("evacuated ... police"). It is a clause of
    its own, and the second is its conjunct; an adjective the parser joined to it
    ("local") is the noun's again."""
    moved = 0
    for verb in _labelled(doc, "amod"):
        noun = verb.head
        clause = noun.head
        kids = list(verb.children)
        cc = next((c for c in kids if c.dep_ == "cc" and c.i > verb.i), None)
        if verb.tag_ not in ("VBN", "VBD") or cc is None or noun.i < verb.i or \
                noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ROOT" or \
                clause.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in kids) or \
                not any(c.dep_ in ("aux", "auxpass") for c in kids):
            continue
        for c in kids:
            if c.dep_ == "conj" and c.pos_ == "ADJ" and cc.i < c.i < noun.i:
                c.head, c.dep_ = noun, "amod"
        # (what the parser hung on the second clause's verb before the first clause
        # ends, and its full stop, stay with it: the coordination spans both)
        verb.head, verb.dep_ = verb, "ROOT"
        clause.head, clause.dep_ = verb, "conj"
        moved += 1
    return moved


def participles_read_as_main_verbs(doc: Doc) -> int:
    """'Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think
    tank called the border agreement "null and void"', 'thousands of protesters wearing
    black clothes, face masks, and helmets gathered around the complex': the parser made
    the participle after the subject the sentence's verb and the tensed verb a modifier of
    the noun before it. The tensed verb is the root, with the subject; the participle
    describes the subject. Only a participle with no auxiliary, a tensed verb right after
    a noun (not after a comma or "and") with nothing of a clause of its own and something
    it governs."""
    moved = 0
    for sent in doc.sents:
        verb = sent.root
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.tag_ != "VBG" or subject is None or subject.i > verb.i or \
                subject.pos_ not in ("NOUN", "PROPN") or \
                any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        tensed = next((t for t in doc[verb.i + 1:sent.end] if t.tag_ in ("VBD", "VBZ", "VBP")),
                      None)
        if tensed is None or tensed.dep_ not in ("acl", "relcl", "conj") or \
                not verb.is_ancestor(tensed) or \
                doc[tensed.i - 1].pos_ not in ("NOUN", "PROPN") or any(
                    c.dep_ in _CLAUSE_DEPENDENTS or c.dep_ == "mark" or c.tag_ in ("WDT", "WP")
                    for c in tensed.children) or not any(
                    c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "oprd") for c in tensed.children):
            continue
        # (what the parser hung on the participle before its subject, "On Tuesday,", or
        # after the tensed verb, the full stop, is the clause's)
        outside = [c for c in verb.children if c.i < subject.left_edge.i or c.i > tensed.i]
        tensed.head, tensed.dep_ = tensed, "ROOT"
        subject.head, subject.dep_ = tensed, "nsubj"
        verb.head, verb.dep_ = subject, "acl"
        for c in outside:
            c.head = tensed
        moved += 1
    return moved


def _plain_between(between: Span, noun: Token) -> bool:
    """Whether the words between a noun and its verb have no comma, or only the two round
    an apposition to the noun ("Baker, a life-long smoker and former heroin addict,
    suffered from health problems")."""
    commas = [t for t in between if t.text == ","]
    if not commas:
        return True
    return len(commas) == 2 and between[0].text == "," and between[-1].text == "," and \
        any(t.dep_ == "appos" and t.head.i == noun.i for t in between)


def speech_read_as_complement(doc: Doc) -> int:
    """'Affleck tweeted: "Tony Mendez was a true American hero."', 'Al Jazeera reported on
    Thursday, coverage had risen to 55 percent': the parser made the verb of saying, which
    opens the sentence, a complement of the clause it reports. When the verb has a subject
    and nothing it says of its own (no object or clause), and only a comma, colon or
    quotation mark stands between its phrase and the reported clause, that clause is its
    complement and the verb the root."""
    speech = lexicon().speech
    moved = 0
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("VERB", "AUX"):
            continue
        said = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i
                     and c.lemma_.lower() in speech), None)
        if said is None or said.left_edge.i != sent.start:
            continue
        kids = list(said.children)
        if not any(k.dep_ == "nsubj" for k in kids) or \
                any(k.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for k in kids):
            continue
        end = said.right_edge.i  # (its phrase's last word: the parser may hang the comma
        while end > said.i and doc[end].is_punct:  # on the verb)
            end -= 1
        if end + 1 >= len(doc) or doc[end + 1].text not in (",", ":") or \
                not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in root.children):
            continue
        said.head = said
        said.dep_ = "ROOT"
        root.head = said
        root.dep_ = "ccomp"
        moved += 1
    return moved


#: The longest editor's bracket after a pronoun read as naming it, in tokens.
_BRACKET_WORDS = 8


def brackets_naming_pronouns(doc: Doc) -> int:
    """'We [Ashodaya] operates in four districts', 'it [Haghia Sophia] is not only a
    great temple', 'they [the Iranian Chess Federation] wanted': an editor's bracket right
    after a pronoun says what the pronoun stands for. The parser made the bracket's noun
    a second subject or an object of the verb, or the bracket the clause's subject; the
    pronoun takes the group's place in the clause and the bracket's noun becomes its
    apposition, which coreference reads. Not a bracket with a verb in it ("they [would
    know] each other", "she [grew] up"): that supplies missing words."""
    moved = 0
    opening = doc.vocab.strings["["]
    # (the brackets' places from the array: making every Token costs more than the repair)
    brackets = [i for i, orth in enumerate(doc.to_array(ORTH).tolist())
                if orth == opening and 0 < i < len(doc) - 2]
    for pron in (doc[i - 1] for i in brackets):
        if pron.pos_ != "PRON" or pron.tag_ == "PRP$":
            continue  # (not "their [fate]": the owned thing the bracket supplies)
        close = next((j for j in range(pron.i + 2, min(pron.i + 2 + _BRACKET_WORDS, len(doc)))
                      if doc[j].text in ("[", "]")), None)
        if close is None or doc[close].text != "]" or close == pron.i + 2 or \
                any(t.is_sent_start for t in doc[pron.i + 1:close + 1]):
            continue
        inside = range(pron.i + 2, close)
        if any(doc[i].pos_ in ("VERB", "AUX") or doc[i].tag_ == "TO" for i in inside):
            continue
        group = range(pron.i, close + 1)
        roots = [doc[i] for i in inside if doc[i].head.i not in inside]
        sent = pron.sent
        if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or any(
                t.head.i in group and t.i not in group for t in sent):
            continue  # one phrase, and nothing outside hangs on the group
        top = pron
        while top.head.i in group and top.head.i != top.i:
            top = top.head
        if top.head.i == top.i:
            continue  # (the group is the sentence's root: nowhere to put the pronoun)
        before = [(t, t.head, t.dep_) for t in doc[pron.i:close + 1]]
        if top.i != pron.i:  # "they [the ... Federation] wanted", the bracket the subject
            pron.head, pron.dep_ = top.head, top.dep_
        roots[0].head, roots[0].dep_ = pron, "appos"
        for b in (doc[pron.i + 1], doc[close]):
            b.head, b.dep_ = pron, "punct"
        if not _rooted(doc[pron.i:close + 1]):
            for t, head, dep in before:  # (never leave the tree cyclic)
                t.head, t.dep_ = head, dep
            continue
        moved += 1
    return moved


def _rooted(tokens: Span) -> bool:
    """Whether every token's chain of heads ends at a root (no cycle)."""
    for t in tokens:
        seen = set()
        while t.head.i != t.i:
            if t.i in seen:
                return False
            seen.add(t.i)
            t = t.head
    return True


#: Words that open a relative clause; a clause without one is a contact relative.
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why",
                             "how", "what"})


def contact_relatives(doc: Doc) -> int:
    """'the political divide in a council chamber she inherited', 'a group of people we
    manage': a relative clause with no relative word stands right after the noun it
    modifies. The parser hung it on a noun further up (the one the preposition's phrase
    depends on); it moves to the noun just before it, the object of a preposition in
    that noun's phrase. Only a finite clause that opens with its own subject."""
    moved = 0
    for verb in _labelled(doc, "relcl"):
        left = verb.left_edge
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if left.i == 0 or subject is None or subject.left_edge.i != left.i or \
                any(t.lower_ in _RELATIVE_WORDS for t in doc[left.i:verb.i]):
            continue
        noun = doc[left.i - 1]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or \
                noun.i == verb.head.i or not verb.head.is_ancestor(noun):
            continue
        verb.head = noun
        moved += 1
    return moved


_TENSED = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _tensed_auxiliary(verb: Token) -> bool:
    """Whether a verb has an auxiliary with a tense of its own ("had", "might", "was")."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _TENSED for c in verb.children)


@lru_cache(maxsize=1)
def _clause_taking() -> frozenset[str]:
    """Verbs of saying and thinking, whose clause the parser may split off (read once,
    not per Doc)."""
    lex = lexicon()
    return frozenset(lex.speech) | frozenset(lex.attitude)


def clauses_read_as_conjuncts(doc: Doc) -> int:
    """'Nadler has repeatedly maintained an impeachment inquiry is what the committee is
    doing': after a verb of saying or thinking, the parser made the clause's subject the
    verb's object and the clause's tensed verb a conjunct of the saying verb, with no
    "and" between. That verb is the saying verb's complement (its subject is then read
    back from the object, ``misparses.object_as_subject``)."""
    moved = 0
    # (each verb once, however many conjuncts it has)
    heads = sorted({t.head.i for t in _labelled(doc, "conj")})
    for verb in (doc[i] for i in heads):
        if verb.lemma_.lower() not in _clause_taking() or verb.pos_ not in ("VERB", "AUX"):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        for clause in verb.children:
            kids = list(clause.children)
            if clause.dep_ != "conj" or clause.i < obj.i or \
                    clause.left_edge.i != obj.right_edge.i + 1 or \
                    any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in kids) or \
                    not (clause.tag_ in _TENSED or _tensed_auxiliary(clause)):
                continue
            clause.dep_ = "ccomp"
            moved += 1
    return moved


#: Adverbs that put one action after another ("stabbed several people, then fled").
_SEQUENCE_ADVERBS = frozenset({"then", "later", "subsequently", "afterwards", "afterward",
                               "eventually", "finally"})


def sequenced_verbs_read_as_dependents(doc: Doc) -> int:
    """'He served as a member of the committee until 1995, then joined the Judiciary
    Committee': the parser left a tensed verb after a comma and "then" unattached
    (``dep``) to the verb before it. With no "and" between, it is that verb's conjunct
    all the same, and shares its subject. Only a verb of the same tense with no subject
    of its own, the adverb of sequence right after the comma."""
    moved = 0
    for verb in _labelled(doc, "dep"):
        head = verb.head
        if head.i >= verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
                head.tag_ != verb.tag_ or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.i < verb.i and
                       c.lower_ in _SEQUENCE_ADVERBS), None)
        if adverb is None or adverb.i == 0 or doc[adverb.i - 1].text != "," or \
                adverb.i != verb.left_edge.i:
            continue
        verb.dep_ = "conj"
        moved += 1
    return moved


_SUBJECT_OR_AUXILIARY = _SUBJECTS | {"aux", "auxpass"}
#: Attachments of a verb heading a clause (not a noun tagged as a verb: "amount to amnesty").
_CLAUSE_HEADS = frozenset({"ROOT", "xcomp", "ccomp", "conj", "advcl", "relcl", "acl",
                           "pcomp", "csubj", "parataxis"})
#: Forms a bare infinitive cannot be conjoined with: a past, a participle, a third person.
_NOT_BARE = frozenset({"VBN", "VBD", "VBZ"})


def bare_infinitives_joined_to_tensed_verbs(doc: Doc) -> int:
    """'allowed the government to extradite people who had been accused of crimes and try
    them': the parser joined a bare infinitive ('try') to a tensed verb or participle
    ('accused') inside the phrase of an infinitive before it. Conjuncts share their form,
    so the infinitive is a conjunct of the nearest infinitive verb above ('extradite'),
    and takes that verb's subject, not the relative clause's. The "and" before it moves
    with it. Only a conjunct with no subject or auxiliary of its own. With no infinitive
    above, it joins the tensed verb's own 'to'-infinitive before it ('the robots were
    required to recognize, pick up, carry': the robots carry, not are carried)."""
    moved = 0
    for verb in _labelled(doc, "conj"):
        head = verb.head
        if verb.tag_ != "VB" or head.tag_ not in _NOT_BARE or any(
                c.dep_ in _SUBJECT_OR_AUXILIARY for c in verb.children):
            continue
        above = next((a for a in head.ancestors if a.tag_ == "VB" and a.pos_ == "VERB"
                      and a.dep_ in _CLAUSE_HEADS), None) or next(
            (c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" and
             c.i < verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)),
            None)  # "were required to recognize, pick up, carry": the infinitive beside it
        if above is None or above.i > verb.i:  # a first conjunct comes first
            continue
        for cc in head.children:
            if cc.dep_ in ("cc", "punct") and head.i < cc.i < verb.i and all(
                    t.dep_ in ("cc", "punct") or t.head.i != head.i
                    for t in doc[cc.i + 1:verb.i]):
                cc.head = above
        verb.head = above
        moved += 1
    return moved


#: Words that give a verb no tense of its own: a modal or the "to" of an infinitive.
_UNTENSING = frozenset({"would", "will", "could", "can", "may", "might", "should", "must",
                        "'d", "'ll", "wo", "ca", "to"})


def past_tenses_joined_to_infinitives(doc: Doc) -> int:
    """'Hawkins predicted Trump would lose in a landslide and asked voters to vote', 'urged
    the embassy to reconsider and spoke with Pompeo': the parser joined a past tense to
    the bare verb of a modal or an infinitive in the complement of a tensed verb. A past
    tense cannot share "would" or "to", so it is a conjunct of the tensed verb above, and
    its subject is that verb's (Hawkins asked, not Trump). The "and" before it moves with
    it. Only a conjunct after "and", "but" or "then" with no subject or auxiliary of its
    own ('sign the Act, renamed the John Lewis Act' is a participle on a noun)."""
    moved = 0
    for verb in _labelled(doc, "conj"):
        head = verb.head
        if verb.tag_ != "VBD" or head.tag_ != "VB" or head.i > verb.i or \
                head.pos_ not in ("VERB", "AUX") or \
                head.dep_ not in ("ccomp", "xcomp", "advcl") or any(
                    c.dep_ in _SUBJECT_OR_AUXILIARY for c in verb.children) or not any(
                    c.dep_ == "aux" and c.lower_ in _UNTENSING for c in head.children):
            continue
        above = head.head
        if above.tag_ not in ("VBD", "VBZ", "VBP") or above.i > head.i:
            continue
        joining = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
        if not joining:
            continue
        for cc in joining:
            cc.head = above
        verb.head = above
        moved += 1
    return moved


def absolute_participles(doc: Doc) -> int:
    """'With NASA's James Webb Telescope scheduled to be deployed next year': after an
    absolute "with" or "without", a verb the tagger read as a past tense is a past
    participle, passive, and the noun before it what is done to ("with the suspect
    arrested"), not its doer. Only a verb with no auxiliary of its own ("with prices
    rising", "with X having won" keep theirs)."""
    moved = 0
    for with_ in _labelled(doc, "mark"):
        if with_.lower_ not in ("with", "without"):
            continue
        i, verb = with_.i, with_.head
        if verb.tag_ != "VBD" or verb.i < i or any(
                c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and i < c.i < verb.i),
                       None)
        if subject is None:
            continue
        verb.tag_ = "VBN"
        subject.dep_ = "nsubjpass"
        moved += 1
    return moved


#: Marks a sentence ends with when it is one, not a headline or a caption.
_SENTENCE_ENDS = frozenset({".", "!", "?"})


#: Marks that close a reduced relative clause or an apposition before its sentence's verb.
_CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "—", "–"})


def reduced_relatives_read_as_main_verbs(doc: Doc) -> int:
    """'Videos downloaded using youtube-dl are also used for ...', 'Factors cited for the
    drop include habitat loss', 'the taxes requested in arrears are under the ICI
    system': the parser rooted the sentence in the participle of a reduced relative,
    and the tensed verb after it, with no subject of its own, hangs below. The tensed
    verb is the sentence's; the participle a clause on its subject (a noun: "They
    downloaded ..." has no relative). Only with no comma, conjunction or subordinator
    between them ("The company reported profits and is expanding" keeps its two verbs)."""
    moved = 0
    for verb in _labelled(doc, "ROOT"):
        if verb.tag_ not in ("VBD", "VBN") or not verb.lower_.endswith("ed"):
            continue
        kids = list(verb.children)
        subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
        # a direct object or a verb of saying: "DeJoy maintained the USPS could handle
        # ...", the parser's object is the complement's subject
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or \
                any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids) or \
                verb.lemma_.lower() in lexicon().speech:
            continue
        main = next((c for c in kids if c.dep_ in ("advcl", "conj", "ccomp") and c.i > verb.i
                     and _tensed_without_subject(c) and not any(
                         k.dep_ in ("cc", "mark") and k.i < c.i for k in c.children)), None)
        if main is None or any(t.text in _CLAUSE_BREAKS or t.lower_ in ("and", "but", "or")
                               for t in doc[verb.i:main.left_edge.i]):
            continue
        passive = any(c.dep_ == "auxpass" for c in main.children)
        outside = [c for c in kids if c.i > main.i or c.i < subject.left_edge.i]
        main.head, main.dep_ = main, "ROOT"
        subject.head, subject.dep_ = main, "nsubjpass" if passive else "nsubj"
        verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
        for c in outside:
            c.head = main
        moved += 1
    return moved


def _tensed_without_subject(verb: Token) -> bool:
    """A present-tense verb, or one with a tensed auxiliary, and no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return False
    return verb.tag_ in ("VBZ", "VBP") or _tensed_auxiliary(verb)


def past_tenses_read_as_participles(doc: Doc) -> int:
    """'After crossing the divider, the out-of-control vehicles collided with the church
    bus', 'The band reunited in 2005': a sentence's root the tagger read as a past
    participle, with a subject before it and no auxiliary, is a past tense; read as a
    participle, its subject (a thing) was what the verb was done to. Only a form a past
    tense shares ("-ed"; "given", "seen" are never one) and only in a sentence that ends
    as one does ("Parents prosecuted after treatment leads to death", a headline, is a
    passive)."""
    moved = 0
    for verb in _labelled(doc, "ROOT"):
        if verb.tag_ != "VBN" or not verb.lower_.endswith("ed"):
            continue
        kids = list(verb.children)
        subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in kids) \
                or any(_tensed_without_subject(c) for c in kids if c.dep_ in ("ccomp", "conj")):
            continue  # "the taxes requested in arrears are ...": 'are' is the clause's verb
        before = doc[subject.left_edge.i - 1] if subject.left_edge.i else None
        if before is not None and before.dep_ == "prep" and not list(before.children):
            continue  # "..., in all cases examined.": the subject is the preposition's
        last = verb.sent[-1]
        ends = [t for t in verb.sent if t.is_punct and t.text in _SENTENCE_ENDS]
        if not ends or last.i - ends[-1].i > 2:  # a closing mark may follow the full stop
            continue
        verb.tag_ = "VBD"
        moved += 1
    return moved


#: Pronouns a "who" clause may go back to, past the noun the parser hung it on.
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me"})


def who_clauses_on_things(doc: Doc) -> int:
    """'a hat tip to him, who never got to see the success', 'had disagreements with Mike
    Pompeo who is the secretary of state': a "who" clause the parser hung on a noun that is
    no person ('tip', 'disagreements') belongs to the person named or pronoun right before
    it, after that noun. A noun of people keeps it ("people like me who say", "a doctor
    here in the US who writes")."""
    moved = 0
    for clause in _labelled(doc, "relcl"):
        who = next((c for c in clause.children if c.lower_ in ("who", "whom")
                    and c.i < clause.i), None)
        if who is None:
            continue
        j = who.i - 1 if who.i > 0 and doc[who.i - 1].text != "," else who.i - 2
        if j < 0:
            continue
        person, noun = doc[j], clause.head
        # (a proper noun stands for a name: the repairs run before the entity recogniser)
        if not noun.i < person.i or clause.is_ancestor(person) or \
                noun.pos_ != "NOUN" or \
                names_people(noun) or \
                not (person.lower_ in _PERSONAL_OBJECTS or person.pos_ == "PROPN"):
            continue
        clause.head = person
        moved += 1
    return moved


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names from open Wikidata records (read once, not per Doc)."""
    return frozenset(load_json("given_names.json")["names"])


def _named_person(name: Token) -> bool:
    """Whether a proper noun is surely a person's name before the entity recogniser runs:
    a title or a known given name stands before it in its phrase ("Vice President Joe
    Biden", "Marek Sekielski"), unlike "Space Shuttle Atlantis" or "Typhoon Haiyan"."""
    words = [c for c in name.children if c.dep_ == "compound" and c.i < name.i]
    return name.pos_ == "PROPN" and bool(words) and any(
        w.lower_ in people_words() or w.lower_ in _given_names() for w in words)


def which_clauses_on_people(doc: Doc) -> int:
    """'the ticket of Gary Johnson for president and Bill Weld for vice president, which
    received 4,489,235 votes', 'a debate between Donald Trump and Joe Biden, which was
    slated for October': a ", which" clause the parser hung on a person, at the end of a
    prepositional phrase, belongs to the thing that phrase modifies. A "which" clause is
    not on a person; the parser took the nearest noun. Only a noun for people or a name
    surely a person's, and only when a thing's noun heads the phrase (a verb there leaves
    the clause alone)."""
    moved = 0
    for clause in _labelled(doc, "relcl"):
        which = next((c for c in clause.children if c.lower_ == "which" and c.i < clause.i),
                     None)
        person = clause.head
        if which is None or which.i == 0 or doc[which.i - 1].text != "," or \
                not (person.pos_ == "NOUN" and names_people(person) or _named_person(person)):
            continue
        node, hops = person, 0
        # up through prepositional phrases and conjuncts, past other people's nouns
        while node.dep_ in ("pobj", "conj", "prep", "compound") and hops < 8 and (
                node.i == person.i or node.dep_ != "prep" or node.head.lemma_.lower() in
                people_words() or node.head.pos_ == "PROPN"):
            node, hops = node.head, hops + 1
        if node.dep_ == "prep":
            node = node.head
        if node.i == person.i or node.pos_ != "NOUN" or node.i > person.i or \
                names_people(node):
            continue
        clause.head = node
        moved += 1
    return moved


def as_saying_on_the_quoting_verb(doc: Doc) -> int:
    """'The BBC also cited Budi Gunawan, chief of the ... Agency, as saying the suspects
    were linked to the ... network, which itself was related to the Islamic State': the
    parser hung "as saying" on a verb after it ("related"); it belongs to the verb of
    quoting or citing before it, whose object is the one quoted."""
    moved = 0
    for prep in _labelled(doc, "prep"):
        saying = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"
                       and c.lemma_.lower() in lexicon().speech), None)
        if prep.lower_ != "as" or saying is None or prep.head.i < prep.i:
            continue
        verb = next((t for t in reversed(doc[prep.sent.start:prep.i])
                     if t.pos_ == "VERB" and t.lemma_.lower() in lexicon().speech), None)
        if verb is None or not any(c.dep_ == "dobj" and c.i < prep.i for c in verb.children):
            continue
        prep.head = verb
        moved += 1
    return moved


def sources_read_as_complements(doc: Doc) -> int:
    """'a Turkish official said that the pipeline renders it unnecessary, Cyprus Mail
    reported': the parser made the reported clause the complement of the source's verb
    after it ('reported'), and that verb the first speech verb's complement. The clause is
    what the first verb says; the source's verb after the comma is an aside on it (which
    the claims read as such: "The troops, Peskov said, will stay"). Only a speech verb
    whose complement comes before it, after another speech verb."""
    moved = 0
    for source in _labelled(doc, "ccomp"):
        first = source.head
        if first.i >= source.i or source.lemma_.lower() not in _clause_taking() or \
                first.lemma_.lower() not in _clause_taking():
            continue
        clause = next((c for c in source.children if c.dep_ == "ccomp"
                       and first.i < c.left_edge.i and c.right_edge.i < source.i), None)
        subject = next((c for c in source.children if c.dep_ == "nsubj"), None)
        if clause is None or subject is None or \
                doc[subject.left_edge.i - 1].text != ",":
            continue
        clause.head = first
        source.head = clause
        source.dep_ = "parataxis"
        moved += 1
    return moved


def repeated_noun_adverbials(doc: Doc) -> int:
    """'deliver medicines door to door', 'met face to face': a noun repeated round "to"
    says how, and is no object; the parser made the first 'door' the object and what was
    delivered its modifier. The noun before it is then the verb's object again."""
    orth = doc.to_array(ORTH).tolist()
    to = doc.vocab.strings["to"]
    moved = 0
    for i in range(1, len(doc) - 2):
        if orth[i + 1] != to or orth[i] != orth[i + 2]:
            continue
        first = doc[i]
        verb = first.head
        if first.pos_ != "NOUN" or not first.is_lower or \
                first.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB":
            continue
        thing = doc[i - 1]
        if first.dep_ == "dobj" and thing.head.i == first.i and thing.dep_ == "compound" \
                and thing.pos_ == "NOUN":
            thing.head, thing.dep_ = verb, "dobj"
            for c in [c for c in first.children if c.i < thing.i]:
                c.head = thing  # "the medicines": its determiner and modifiers
        first.dep_ = "npadvmod"
        if doc[i + 1].head.i == verb.i:
            doc[i + 1].head = first  # "to door": part of the adverbial, no destination
        moved += 1
    return moved


def relatives_read_as_complements(doc: Doc) -> int:
    """'you can't make and sell Blu-ray discs that anyone can copy': a clause whose "that"
    or "which" is its own verb's object, right after a noun, is a relative clause on that
    noun; the parser made it the complement of the verb above. A complement's "that"
    is no object ("said that anyone can copy it"). Not after a verb of saying or thinking,
    whose complement may follow its object ("told reporters that ...")."""
    moved = 0
    for clause in _labelled(doc, "ccomp"):
        that = clause.left_edge
        noun = doc[that.i - 1] if that.i > 0 else None
        if that.lower_ not in ("that", "which") or that.head.i != clause.i or \
                that.dep_ != "dobj" or noun is None or noun.pos_ not in ("NOUN", "PROPN") or \
                clause.head.lemma_.lower() in _clause_taking() or \
                not clause.head.is_ancestor(noun) or \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or \
                sum(c.dep_ == "dobj" for c in clause.children) != 1:
            continue
        clause.head, clause.dep_ = noun, "relcl"
        moved += 1
    return moved


def complements_read_as_relatives(doc: Doc) -> int:
    """'A hospital official told Anadolu Agency, a local news outlet, that one of the
    deceased was Jalal Saifur Rahman': a clause opened by the complementiser "that" (no
    relative pronoun: it is not the clause's subject or object) that the parser hung on
    the object of a verb of saying, or on its apposition, is what the verb says. Not past
    a bracket, where the clause belongs to a noun before it ("made a convincing case (not
    difficult ... the three branches of government) that Daniel would be put")."""
    moved = 0
    for clause in _labelled(doc, "relcl"):
        that = clause.left_edge
        noun = clause.head
        obj = noun.head if noun.dep_ == "appos" else noun
        verb = obj.head
        if that.lower_ != "that" or that.dep_ != "mark" or that.head.i != clause.i or \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) or \
                obj.dep_ not in ("dobj", "dative") or verb.pos_ != "VERB" or \
                verb.lemma_.lower() not in _clause_taking() or \
                any(t.text in "()[]" for t in doc[obj.i:that.i]):
            continue
        clause.head, clause.dep_ = verb, "ccomp"
        moved += 1
    return moved


def clauses_read_as_adverbials(doc: Doc) -> int:
    """'The researchers suggested the algae, like warming temperatures, might render ...',
    'You mentioned the result from one of the sites did not give any results': after a
    verb of saying or thinking, the parser made the clause's subject the verb's object
    and the clause, a tensed verb with no subject and nothing to subordinate it, an
    adverbial. The clause, with a tensed auxiliary, is the verb's complement, and what
    stands between (a comma, a phrase the parser hung on the verb) belongs to the object,
    so that the clause's subject is read back from it (``misparses.object_as_subject``)."""
    moved = 0
    for clause in _labelled(doc, "advcl"):
        verb, kids = clause.head, list(clause.children)
        if verb.i > clause.i or verb.lemma_.lower() not in _clause_taking() or \
                verb.pos_ not in ("VERB", "AUX") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark")
                    or c.tag_ in ("WDT", "WP", "WRB", "TO") for c in kids) or \
                not _tensed_auxiliary(clause):
            # (a tensed auxiliary, not a verb read as a past tense alone: "announced a
            # withdrawal, beyond the withdrawal first announced seven days earlier")
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or \
                obj.tag_ == "PRP$":
            continue
        between = [c for c in verb.children
                   if obj.right_edge.i < c.i < clause.left_edge.i]
        if any(c.dep_ not in ("prep", "punct") or c.dep_ == "punct" and c.text != ","
               for c in between) or \
                sum(len(list(c.subtree)) for c in between) != \
                clause.left_edge.i - obj.right_edge.i - 1:
            continue
        for c in between:
            c.head = obj
        clause.dep_ = "ccomp"
        moved += 1
    return moved


def clauses_spliced_before_speech(doc: Doc) -> int:
    """'She asked me what I was studying now, I told her I was doing my course': a verb
    of saying or thinking with a complement after it says that, not the clause a comma
    splices on before it, which the parser made a second complement. That clause is a
    sentence of its own, beside it."""
    moved = 0
    heads = sorted({t.head.i for t in _labelled(doc, "ccomp")})
    for verb in (doc[i] for i in heads):
        if verb.lemma_.lower() not in _clause_taking():
            continue
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if not any(c.i > verb.i for c in clauses):
            continue
        for before in (c for c in clauses if c.i < verb.i):
            if doc[before.right_edge.i + 1].text != ",":
                continue
            before.dep_ = "parataxis"
            moved += 1
    return moved


def that_clauses_read_as_objects(doc: Doc) -> int:
    """'Wilkins observed that the 2007 starting date of the donation program, which is
    part of the Foundation, coincided with the anniversary', 'scientists report spiky
    skulls evolved 25 times': the parser made the clause's subject ('date', 'skulls') the
    verb's object, with any "that" on it, and the clause's tensed verb a modifier of a
    noun inside it. The verb is the complement, and the object its subject. Only after a
    verb of saying or thinking, and a tensed verb with no subject and no "and" or "but"
    before it."""
    moved = 0
    for verb in _labelled(doc, "acl"):
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in verb.children):
            continue
        obj = next((a for a in verb.ancestors if a.dep_ == "dobj"), None)
        if obj is None or obj.i > verb.i or obj.head.lemma_.lower() not in _clause_taking() \
                or doc[verb.left_edge.i - 1].pos_ == "CCONJ":
            continue  # ("signaled an intent to run but ultimately decided against it")
        that = next((c for c in obj.children if c.dep_ == "mark" and c.lower_ == "that"
                     and c.i == obj.left_edge.i), None)
        said = obj.head
        verb.head, verb.dep_ = said, "ccomp"
        obj.head, obj.dep_ = verb, "nsubj"
        if that is not None:
            that.head = verb
        moved += 1
    return moved


#: Prepositions a gerund with its own subject follows ("led to him working", "worried about
#: them leaving"); not a place's ("spent his time in the House promoting": his act).
_GERUND_PREPOSITIONS = frozenset({"to", "about", "on", "of", "for", "against"})


def gerund_subjects_read_as_objects(doc: Doc) -> int:
    """'eTranslate had led to him working with the government', 'worried about them
    leaving': the parser made the gerund's subject the preposition's object
    and the gerund a complement of the verb, whose subject then did the working. The
    gerund is the preposition's complement, and the noun before it its subject. Only a
    gerund with no subject right after the preposition's object."""
    moved = 0
    for gerund in _labelled(doc, "xcomp"):
        verb = gerund.head
        if gerund.tag_ != "VBG" or gerund.i == 0 or verb.i > gerund.i or any(
                c.dep_ in _SUBJECT_OR_AUXILIARY for c in gerund.children):
            continue
        # (the preposition's object, whose phrase ends right before the gerund)
        noun = next((t for t in (doc[gerund.i - 1], *doc[gerund.i - 1].ancestors)
                     if t.dep_ == "pobj"), None)
        if noun is None or noun.right_edge.i != gerund.i - 1 or \
                noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.head.i != verb.i \
                or noun.head.dep_ != "prep" or noun.head.lower_ not in _GERUND_PREPOSITIONS:
            continue
        prep = noun.head
        gerund.head, gerund.dep_ = prep, "pcomp"
        noun.head, noun.dep_ = gerund, "nsubj"
        moved += 1
    return moved


def subjects_read_as_conjoined_nouns(doc: Doc) -> int:
    """'La Riva argued socialism is growing in popularity and private ownership is the
    real tyranny': the parser joined the second clause's subject to a noun of the first
    ('ownership' to 'popularity') and its tensed verb, left with no subject, to the verb
    above. A noun phrase that runs straight into a tensed verb with no subject is that
    verb's subject, and the verb a conjunct of the clause the noun's first conjunct is in.
    Only where nothing stands between the two: a shared subject follows a comma or an
    "and" ("arrested the man and his son and charged them")."""
    moved = 0
    for verb in _labelled(doc, "conj"):
        left = verb.left_edge.i
        if verb.pos_ not in ("VERB", "AUX") or left == 0 or \
                any(c.dep_ in _SUBJECTS for c in verb.children) or \
                not (verb.tag_ in _TENSED or _tensed_auxiliary(verb)):
            continue
        noun = doc[left - 1]
        while noun.dep_ != "conj" and noun.head.i > noun.i and noun.head.i < left:
            noun = noun.head
        first = noun.head
        if noun.dep_ != "conj" or noun.right_edge.i != left - 1 or \
                noun.pos_ not in ("NOUN", "PROPN") or first.pos_ not in ("NOUN", "PROPN"):
            continue
        clause = next((a for a in first.ancestors if a.pos_ in ("VERB", "AUX")
                       and a.dep_ in _CLAUSE_HEADS), None)
        if clause is None or clause.i > first.i or not (
                clause.i == verb.head.i or verb.head.is_ancestor(clause)):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        verb.head = clause
        moved += 1
    return moved


@lru_cache(maxsize=1)
def _setting_nouns() -> frozenset[str]:
    """Nouns of where people are, which no person is: places, buildings, bodies and
    vehicles (nodes.json)."""
    kinds = load_json("nodes.json")
    return frozenset(kinds["place_nouns"]) | frozenset(kinds["facility_nouns"]) | \
        frozenset(kinds["organisation_nouns"]) | frozenset(kinds["vehicle_nouns"])


def _person(tok: Token) -> bool:
    # (by its noun: the repairs run before the entity recogniser)
    return tok.pos_ == "NOUN" and names_people(tok)


def _setting(tok: Token) -> bool:
    return not _person(tok) and tok.lemma_.lower() in _setting_nouns()


def people_conjoined_to_settings(doc: Doc) -> int:
    """'A road accident killed five children in a church bus and two truck drivers': the
    parser joined the second people to the place, body or vehicle of the phrase after the
    first (the drivers to the bus). People joined to where people were are a conjunct of the
    people before that phrase: the object the phrase hangs on, or the verb's object or
    passive subject before it."""
    moved = 0
    for person in _labelled(doc, "conj"):
        setting = person.head
        prep = setting.head
        if setting.dep_ != "pobj" or prep.dep_ != "prep" or not _person(person) or \
                not _setting(setting):
            continue
        owner = prep.head
        if owner.pos_ in ("VERB", "AUX"):
            owner = next((c for c in owner.children if c.dep_ in ("dobj", "nsubjpass")
                          and c.i < prep.i), None)
        if owner is None or owner.i > prep.i or not _person(owner) or \
                any(c.dep_ == "conj" and c.i > setting.i for c in owner.children):
            continue
        cc = next((c for c in setting.children if c.dep_ == "cc" and c.i < person.i), None)
        person.head = owner
        if cc is not None:
            cc.head = owner
        moved += 1
    return moved


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Countries and the regions written after a city ("Kenosha, Wisconsin")."""
    return frozenset(countries().names) | frozenset(entities()["regions_after_places"])


def countries_read_as_subjects(doc: Doc) -> int:
    """'a propeller plane in Nevada, United States crashed', 'Yutaka Iwasaki of Kobe,
    Japan came across military records': the country (or state, province) after a place
    and a comma says where that place is; the parser made it a second subject of the
    verb. It is the place's apposition when the place is inside the verb's other
    subject (not "According to CNN, Turkey has", "In the first game of Group G, Belgium
    faced": a phrase set before the clause). (This runs before the entity model: the
    names are read off the tokens.)"""
    moved = 0
    names = _regions()
    for tok in _labelled(doc, "nsubj") + _labelled(doc, "nsubjpass"):
        left = tok.left_edge.i
        if tok.pos_ != "PROPN" or left < 2 or tok.head.i < tok.i or \
                doc[left - 1].text != "," or doc[left:tok.i + 1].text not in names:
            continue
        place = doc[left - 2]
        if place.pos_ != "PROPN" or place.dep_ != "pobj" or \
                doc[place.left_edge.i:place.i + 1].text in countries().names or not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i and
                    c.left_edge.i <= place.i <= c.right_edge.i for c in tok.head.children):
            continue
        tok.head, tok.dep_ = place, "appos"
        moved += 1
    return moved


@lru_cache(maxsize=1)
def _withheld_details() -> frozenset[str]:
    return frozenset(load_json("discourse.json")["withheld_details"])


def _speakers_manner(tok: Token) -> bool:
    """A "without" phrase of holding back ("without elaborating", "without giving
    details"), or a participle of saying set off by a comma (", cautioning about the
    dangers", ", citing safety concerns")."""
    if tok.lower_ == "without" and tok.dep_ == "prep":
        return any(c.dep_ == "pcomp" and c.tag_ == "VBG" and
                   c.lemma_.lower() in _withheld_details() for c in tok.children)
    return tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i > 0 and \
        tok.doc[tok.i - 1].text == "," and tok.lemma_.lower() in lexicon().speech and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children)


def speakers_manner_in_reports(doc: Doc) -> int:
    """'his daughter said he died in Britain without elaborating', 'said legalization
    would not be helpful, cautioning about the dangers of pharmaceuticals': a closing
    "without" phrase of holding back, or a participle of saying after a comma, which the
    parser hung on the reported clause, is how the speaker spoke; it belongs to the verb
    of saying (so the daughter did not elaborate, and neither is part of the claim)."""
    moved = 0
    for manner in doc:
        if not _speakers_manner(manner):
            continue
        end = manner.sent.end
        while end > manner.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if manner.right_edge.i != end - 1:
            continue  # (the sentence goes on: not its closing words)
        clause, hops = manner.head, 0
        while clause.dep_ != "ccomp" and clause.head.i != clause.i and hops < 4:
            clause, hops = clause.head, hops + 1
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in lexicon().speech or \
                not verb.i < manner.i:
            continue
        manner.head = verb
        moved += 1
    return moved


#: Subordinators of an adverbial clause, never of what is said or asked ("if" and
#: "whether" are: "asked whether", "wondered if").
_ADVERBIAL_MARKS = frozenset({"so", "because", "although", "though", "unless", "since",
                              "until", "once", "while", "whereas", "lest"})


def adverbials_read_as_complements(doc: Doc) -> int:
    """'the state of emergency Trump declared last Friday so he could fund a wall': the
    parser made a clause a subordinator opens a verb's complement. A purpose or a reason
    is an adverbial clause: Trump declared no "so he could fund a wall" (only "that"
    clauses and questions are said)."""
    moved = 0
    for clause in _labelled(doc, "ccomp"):
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.i < clause.i), None)
        if mark is None or mark.lower_ not in _ADVERBIAL_MARKS or \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        clause.dep_ = "advcl"
        moved += 1
    return moved


#: Words that name a day or a part of one ("said on Monday", "said Tuesday", "said late
#: last night"), months by their full names.
_TIME_WORDS = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 3) | frozenset({
    "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night",
    "weekend", "week"})


def subjects_read_as_dated_objects(doc: Doc) -> int:
    """'On Sunday teams had already begun to disassemble the tents': with no comma after
    the fronted date, the parser made the clause's subject the object of "On" and the
    day its modifier, leaving the verb with no subject. A noun after "on"/"in" plus a
    day or month, before a verb that has no subject, is that verb's subject, and the day
    the preposition's object."""
    moved = 0
    for noun in _labelled(doc, "pobj"):
        prep = noun.head
        verb = prep.head
        day = doc[prep.i + 1] if prep.i + 1 < noun.i else None
        if day is None or prep.lower_ not in ("on", "in") or day.head.i != noun.i or \
                day.dep_ != "compound" or day.lower_ not in _TIME_WORDS or \
                noun.lower_ in _TIME_WORDS or verb.pos_ not in ("VERB", "AUX") or \
                not noun.i < verb.i or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        day.head, day.dep_ = prep, "pobj"
        noun.head, noun.dep_ = verb, "nsubjpass" if any(
            c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        moved += 1
    return moved


def times_read_past_relatives(doc: Doc) -> int:
    """'aftershocks of a powerful earthquake that struck southern Philippines on Wednesday
    night have increased the death toll': a time phrase right after a relative clause
    inside the subject, before the main verb, that the parser hung on the main verb is
    the relative clause's (the main clause's time stands elsewhere: "On Saturday")."""
    moved = 0
    for prep in _labelled(doc, "prep"):
        verb = prep.head
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or prep.lower_ not in ("on", "at", "in") or \
                verb.pos_ not in ("VERB", "AUX") or not prep.i < verb.i or not (
                    obj.lower_ in _TIME_WORDS or any(c.dep_ == "compound" and
                                                     c.lower_ in _TIME_WORDS
                                                     for c in obj.children)):
            continue
        relative = doc[prep.i - 1] if prep.i > 0 else None
        while relative is not None and relative.dep_ != "relcl" and \
                relative.head.i != relative.i and relative.head.i < prep.i:
            relative = relative.head
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < prep.i),
                       None)
        if relative is None or relative.dep_ != "relcl" or subject is None or \
                relative.right_edge.i != prep.i - 1 or not \
                subject.left_edge.i <= relative.i <= subject.right_edge.i:
            continue
        prep.head = relative
        moved += 1
    return moved


def fronted_phrases_read_as_subjects(doc: Doc) -> int:
    """'Around 3:00 p.m. local time on Monday, smoke in the atmosphere turned the city
    dark', 'Preston, Victoria, Australia On Saturday, Wikinews interviewed Tina McKenzie':
    of two subjects the parser gave one verb before it, the farther one, set off by a
    comma from the nearer, is a fronted phrase (a time, a place line, an apposition), not
    who acts: it hangs on the verb as an unlabelled dependent."""
    moved = 0
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.i < verb.i]
        if len(subjects) < 2:
            continue
        near = max(subjects, key=lambda c: c.i)
        for far in subjects:
            between = doc[far.right_edge.i + 1:near.left_edge.i]
            if far is near or not any(t.text == "," for t in between):
                continue
            if near.lower_ in _FLOATING_QUANTIFIERS or (
                    far.pos_ == "PROPN" and near.pos_ == "NOUN" and between[-1].text == "," and
                    near.lemma_.lower() in people_words()):
                # "Trump and Vice President Mike Pence, both gave speeches"; "Park
                # Won-soon, the mayor of Seoul, South Korea, was found dead": the name acts,
                # the word after it restates it
                near.dep_ = "appos" if near.pos_ == "NOUN" else "dep"
                if near.pos_ == "NOUN":
                    near.head = far
            else:
                far.dep_ = "dep"
            moved += 1
            break
    return moved


def subjects_read_as_appositions(doc: Doc) -> int:
    """'According to the BBC, a spokesman for 10 Downing Street expressed disappointment',
    'Just ahead of the Convention, Donald Trump's younger brother Robert died': the parser
    made the phrase after the comma an apposition inside the fronted phrase, and left the
    tensed verb right after it without a subject. That phrase is the verb's subject."""
    moved = 0
    for phrase in _labelled(doc, "appos"):  # (few: cheaper than every verb)
        end = phrase.right_edge.i + 1
        if end >= len(doc) or phrase.pos_ not in ("NOUN", "PROPN") or \
                phrase.head.dep_ == "appos" and phrase.head.right_edge.i + 1 == end or \
                phrase.left_edge.i == 0 or doc[phrase.left_edge.i - 1].text != ",":
            continue  # (the whole phrase, not its name: "brother Robert")
        verb = doc[end]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "conj", "ccomp") or \
                not (verb.tag_ in ("VBD", "VBZ", "VBP") or _tensed_auxiliary(verb)) or \
                any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        fronted = phrase
        while fronted.head.i != verb.i and fronted.head.i != fronted.i:
            fronted = fronted.head
        if fronted.head.i != verb.i or fronted.i > verb.i:
            continue  # (only a phrase fronted on this verb)
        phrase.head, phrase.dep_ = verb, "nsubj"
        moved += 1
    return moved


#: Quantifiers that float after the subject they count ("they all", "Trump and Pence,
#: both").
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each", "either", "neither"})


@lru_cache(maxsize=1)
def _office_titles() -> frozenset[str]:
    """The words of roles.json's titles ("chief", "executive", "chairman", "president"),
    read once."""
    return frozenset(w for title in roles()["titles"] for w in title.split())


def _predicating(verb: Token) -> bool:
    """Whether a verb has a reading that says what its object is to be (a PropBank PRD
    role: appoint, name, elect, nominate, hire ...)."""
    return any(r.sense is not None and r.sense.predicative
               for r in lexicon().verb_readings(verb.lemma_.lower()))


def names_read_as_title_modifiers(doc: Doc) -> int:
    """'Microsoft appointed Satya Nadella chief executive', 'The board named John Smith
    chairman': the parser made the name a modifier of the title after it, the object one
    noun phrase. The name is the object and the title what it is made (a PropBank PRD
    complement), for verbs whose reading takes one."""
    moved = 0
    for dep in ("dobj", "oprd"):
        for title in _labelled(doc, dep):
            verb = title.head
            if title.pos_ != "NOUN" or title.lower_ not in _office_titles() or \
                    verb.pos_ != "VERB" or not _predicating(verb) or \
                    any(c.dep_ == "det" or c.i > title.i and c.pos_ == "PROPN"
                        for c in title.children) or \
                    any(c.dep_ in ("dobj", "dative") and c.i != title.i for c in verb.children):
                continue  # (not "accusing the Biden family", nor "selected ... nominee Angela
                # Walker", whose name follows the title)
            name = next((c for c in sorted(title.children, key=lambda c: -c.i)
                         if c.i < title.i and c.pos_ == "PROPN" and
                         c.dep_ in ("compound", "nmod")), None)
            if name is None or not all(
                    t.lower_ in _office_titles() or t.pos_ == "ADJ"
                    for t in doc[name.i + 1:title.i]):
                continue  # (only title words between: "Satya Nadella chief executive")
            for c in [c for c in title.children if c.i < name.i]:
                c.head = name  # the name's own words and determiner
            name.head, name.dep_ = verb, "dobj"
            title.dep_ = "oprd"
            moved += 1
    return moved


def times_of_saying_read_in_the_complement(doc: Doc) -> int:
    """'Boeing said on Monday it would cut 1,000 jobs', 'the ministry said Tuesday that
    ...': a time right after a verb of saying, before the subject of the clause it
    reports, is when it was said; the parser hung it on the reported verb (the cuts were
    not dated Monday)."""
    moved = 0
    for clause in _labelled(doc, "ccomp"):
        verb = clause.head
        if verb.i >= clause.i or verb.i + 1 >= len(doc) or \
                verb.lemma_.lower() not in _clause_taking():
            continue
        first = doc[verb.i + 1]
        time = first if first.dep_ == "npadvmod" else next(
            (c for c in first.children if c.dep_ == "pobj"), None) \
            if first.dep_ == "prep" and first.lower_ in ("on", "in", "at", "late", "early") \
            else None
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # (the entity recogniser runs after the repairs: a time by its word)
        if time is None or first.head.i != clause.i or time.lower_ not in _TIME_WORDS \
                or subject is None or not first.right_edge.i < subject.left_edge.i:
            continue
        first.head = verb
        moved += 1
    return moved


def parentheticals_holding_the_clause(doc: Doc) -> int:
    """'the only level of government that is, as news sources noted, completely
    democratic': the parser hung what follows an "as X said" set off by commas on the
    verb of saying. It is the clause's that the aside interrupts (the sources noted that
    it is completely democratic, not "that is")."""
    moved = 0
    speech = lexicon().speech
    for verb in _labelled(doc, "advcl"):
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
        if mark is None or verb.lemma_.lower() not in speech or mark.i == 0 or \
                doc[mark.i - 1].text != "," or verb.i + 1 >= len(doc) or \
                doc[verb.i + 1].text != ",":
            continue
        after = [c for c in verb.children if c.i > verb.i + 1]
        for c in after:
            c.head = verb.head
        moved += bool(after)
    return moved


#: The adjectives of a plea ("pleaded guilty to", "pled not guilty to").
_PLEAS = frozenset({"guilty", "innocent"})


def charges_read_on_the_plea(doc: Doc) -> int:
    """'McArthur pleaded guilty to each crime': the parser hangs the charges' "to" on
    the plea's adjective; what one pleads to is the verb's (PropBank's plead ARG2)."""
    moved = 0
    for to in _labelled(doc, "prep"):
        plea = to.head
        if to.lower_ != "to" or plea.lower_ not in _PLEAS or \
                plea.dep_ not in ("oprd", "acomp", "advmod") or \
                plea.head.lemma_.lower() != "plead":
            continue
        to.head = plea.head
        moved += 1
    return moved


def counts_read_as_modifiers_of_states(doc: Doc) -> int:
    """'the tremor left five dead and 30 injured': the parser makes a bare number a
    modifier of the state after it, and the tremor then the one dead. A number can
    modify no adjective or participle: before a verb's complement adjective it is the
    verb's object (five are left dead), before a participle joined to the verb the
    participle's passive subject (30 were injured)."""
    moved = 0
    for count in _labelled(doc, "nummod"):
        state = count.head
        if count.tag_ != "CD" or count.i > state.i or \
                state.head.pos_ != "VERB" or state.head.i > state.i:
            continue
        if state.tag_ == "JJ" and state.dep_ == "oprd" and not any(
                c.dep_ == "dobj" for c in state.head.children):
            count.head, count.dep_ = state.head, "dobj"
        elif state.tag_ == "VBN" and state.dep_ == "conj" and not any(
                c.dep_ in _SUBJECTS for c in state.children):
            count.dep_ = "nsubjpass"
        else:
            continue
        moved += 1
    return moved


@lru_cache(maxsize=1)
def _result_verbs() -> frozenset[str]:
    return frozenset(load_json("discourse.json")["result_verbs"])


@lru_cache(maxsize=1)
def _pinning_verbs() -> frozenset[str]:
    return frozenset(load_json("discourse.json")["pinning_verbs"])


def pinning_phrases_read_on_objects(doc: Doc) -> int:
    """'Officials blamed the attack on Islamic State': the parser hung the "on" phrase on
    the object ("an attack on Islamic State", a fact of its own); after a verb of blaming
    it is the verb's (the one held to account). Only when the verb has no "on" phrase of
    its own."""
    moved = 0
    for obj in _labelled(doc, "dobj"):
        verb = obj.head
        if verb.lemma_.lower() not in _pinning_verbs() or verb.pos_ != "VERB" or any(
                c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
            continue
        on = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "on"
                   and c.i > obj.i), None)
        if on is None:
            continue
        on.head = verb
        moved += 1
    return moved


def results_read_as_clauses(doc: Doc) -> int:
    """'O'Rourke made gun control a key issue', 'Sunak has made tackling migration one
    of his main priorities': the parser makes the object a clause of its own whose
    object is what it is made; a noun has no object, so it is the verb's, and the
    other what it is made (the object predicate)."""
    moved = 0
    for made in _labelled(doc, "ccomp"):
        verb = made.head
        if made.pos_ != "NOUN" or verb.pos_ != "VERB" or \
                made.i < verb.i or verb.lemma_.lower() not in _result_verbs() or \
                any(c.dep_ == "dobj" for c in verb.children) or \
                any(c.dep_ in _SUBJECTS for c in made.children):
            continue
        result = next((c for c in made.children if c.dep_ == "dobj" and c.i > made.i), None)
        if result is None:
            continue
        result.head, result.dep_ = verb, "oprd"
        gerund = next((c for c in made.children if c.dep_ == "compound" and c.tag_ == "VBG"
                       and c.i == made.left_edge.i), None)
        if gerund is not None:  # "made tackling migration one of": a gerund and its object
            gerund.head, gerund.dep_, gerund.pos_ = verb, "dobj", "VERB"
            made.head, made.dep_ = gerund, "dobj"
        else:
            made.dep_ = "dobj"
        moved += 1
    return moved


def lists_read_as_appositions(doc: Doc) -> int:
    """'used a mathematical model, a robot, and young ostriches', 'Kurdi, his brother,
    and his mother': in a list of three with a comma before its "and", the parser makes
    the second item an apposition to the first and the third a conjunct of the second;
    the second is a conjunct of the first (the list's items each take part). A name
    after a common noun stays its apposition, and the conjunct goes to the noun ("an
    Indian-born mother, the late Shyamala Gopalan, and a Jamaican-born father": two
    parents); an office stays one ("Kelly, then deputy chief of staff, and Baroni")."""
    moved = 0
    for item in _labelled(doc, "appos"):
        first = item.head
        if first.i > item.i or item.left_edge.i == 0 or \
                doc[item.left_edge.i - 1].text != "," or \
                item.lemma_.lower() in _office_titles() or \
                any(c.dep_ == "nummod" for c in item.children):
            continue  # (a counted list is kg.extract.nodes' to read, names and all)
        cc = next((c for c in item.children if c.dep_ == "cc" and c.lower_ in ("and", "or")
                   and doc[c.i - 1].text == ","), None)
        conj = next((c for c in item.children if c.dep_ == "conj" and cc is not None
                     and c.i > cc.i), None)
        if conj is None:
            continue
        if first.pos_ == "NOUN" and item.pos_ == "PROPN":
            if first.tag_ == "NNS":
                continue  # ("candidates Phil Collin, Don Blankenship, and Jo Jorgensen":
                # the names are the noun's members, kg.extract.nodes._named_members)
            cc.head, conj.head = first, first
            moved += 1
            continue
        if first.dep_ == "appos" and first.head.i < first.i and \
                doc[first.left_edge.i - 1].text != ",":
            # "his wife Dierdre Coleman, his brother, and his mother": the first item is
            # the noun its name is in apposition to
            item.head = first.head
        item.dep_ = "conj"
        moved += 1
    return moved


def _takes_to(verb: Token) -> bool:
    """Whether a reading of ``verb`` has a role in "to" (sentence to, bring to, go to)."""
    return any(r.sense is not None and any(p == "to" for p, _ in r.sense.preps)
               for r in lexicon().verb_readings(verb.lemma_.lower()))


def bounds_read_as_particles(doc: Doc) -> int:
    """'could receive up to a lifetime prison sentence', 'faces up to 30 years': the
    parser reads "up" as the verb's particle (a phrasal "receive up") and "to" as a
    phrase of the verb; "up to" bounds the object, which is the verb's."""
    moved = 0
    for up in _labelled(doc, "prt") + _labelled(doc, "advmod"):
        if up.lower_ != "up" or up.i + 1 >= len(doc):
            continue
        to, verb = doc[up.i + 1], up.head
        if to.lower_ != "to" or \
                to.head.i != verb.i or to.dep_ not in ("prep", "dative") or \
                verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        bounded = next((c for c in to.children if c.dep_ == "pobj"), None)
        if bounded is None or up.tag_ == "RP" and not any(t.like_num for t in bounded.subtree) \
                or _takes_to(verb):
            continue  # (a particle before a place: "went up to the roof"; a "to" of the
            # verb's own: "sentencing up to 30-year prison terms")
        bounded.head, bounded.dep_ = verb, "dobj"
        up.head, up.dep_ = bounded, "advmod"
        to.head, to.dep_ = bounded, "advmod"
        moved += 1
    return moved


#: The repairs, in the order they run.
REPAIRS: tuple[Callable[[Doc], int], ...] = (dependents_of_auxiliaries,
                                             verbs_read_as_noun_modifiers,
                                             subjects_read_as_compounds,
                                             reduced_relatives_read_as_main_verbs,
                                             past_tenses_read_as_participles,
                                             participles_read_as_main_verbs,
                                             clauses_read_as_adjectives,
                                             verbs_read_as_adjectives,
                                             speech_read_as_complement,
                                             brackets_naming_pronouns,
                                             contact_relatives,
                                             clauses_read_as_conjuncts,
                                             sequenced_verbs_read_as_dependents,
                                             bare_infinitives_joined_to_tensed_verbs,
                                             past_tenses_joined_to_infinitives,
                                             absolute_participles,
                                             who_clauses_on_things,
                                             which_clauses_on_people,
                                             as_saying_on_the_quoting_verb,
                                             sources_read_as_complements,
                                             repeated_noun_adverbials,
                                             relatives_read_as_complements,
                                             complements_read_as_relatives,
                                             clauses_read_as_adverbials,
                                             clauses_spliced_before_speech,
                                             that_clauses_read_as_objects,
                                             gerund_subjects_read_as_objects,
                                             subjects_read_as_conjoined_nouns,
                                             people_conjoined_to_settings,
                                             countries_read_as_subjects,
                                             speakers_manner_in_reports,
                                             adverbials_read_as_complements,
                                             parentheticals_holding_the_clause,
                                             times_of_saying_read_in_the_complement,
                                             names_read_as_title_modifiers,
                                             subjects_read_as_dated_objects,
                                             times_read_past_relatives,
                                             fronted_phrases_read_as_subjects,
                                             subjects_read_as_appositions,
                                             charges_read_on_the_plea,
                                             counts_read_as_modifiers_of_states,
                                             results_read_as_clauses,
                                             pinning_phrases_read_on_objects,
                                             lists_read_as_appositions,
                                             bounds_read_as_particles)


class ArcRepairs:
    """Runs :data:`REPAIRS` on each Doc (nothing to load or save)."""

    def __call__(self, doc: Doc) -> Doc:
        for repair in REPAIRS:
            repair(doc)
        return doc


@Language.factory("kg_arc_repairs", assigns=["token.head", "token.dep", "token.tag"],
                  requires=["token.dep", "token.pos"])
def make_arc_repairs(nlp: Language, name: str) -> ArcRepairs:
    return ArcRepairs()
