"""Pronouns -> entities: agreement, recency, grammatical role and the parse's
structural cues (see the package's docstring)."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Token

from kg.extract.coref.base import (
    clause_head, coordinated_name, discourse_words, Mention, object_controller, phrase_core,
    PRONOUN_WINDOW, role_weight, SUBJECT_DEPS, Words,
)
from kg.extract.coref.unnamed_between import unnamed_person_between
from kg.extract.nodes import person_nouns, STANDALONE_POSSESSIVES
from kg.extract.table import EntityTable

_GOVERNING_LINKS = ("ccomp", "xcomp", "advcl", "conj", "relcl")


def _governing_subjects(pron: Token, table: EntityTable,
                        links: tuple[str, ...] = _GOVERNING_LINKS) -> set[int]:
    """Subjects of the verbs that govern the pronoun's clause ("Putin said he ...")."""
    out: set[int] = set()
    verb = clause_head(pron)
    steps = 0
    while verb.dep_ in links and steps < 3:
        verb = table.head(verb)
        for c in table.children(verb):
            if c.dep_ in SUBJECT_DEPS:
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    # "Zachary, who met the family when he participated": the relative
                    # pronoun's antecedent governs
                    c = table.head(verb)
                    if c.dep_ == "appos":
                        # "George Floyd, an African American man who died while a police
                        # officer restrained him": the name the antecedent stands beside
                        out |= phrase_core(table.head(c), table)
                out |= phrase_core(c, table)
        controller = object_controller(verb, table)
        if controller is not None:
            # "Trump accused Biden of previously saying he wanted to ban fracking": the
            # one accused of the gerund is its subject
            out |= phrase_core(controller, table)
        steps += 1
    return out


#: The forms of "they" an organisation may be spoken of with.
THEY_FORMS = frozenset({"they", "them", "their"})


def _saying_subjects(pron: Token, table: EntityTable, speech: frozenset[str]) -> set[int]:
    """Subjects of the saying verbs that govern the pronoun's clause ("the company said
    they would ...")."""
    out: set[int] = set()
    verb = clause_head(pron)
    steps = 0
    while verb.dep_ in _GOVERNING_LINKS and steps < 3:
        relative = verb.dep_ == "relcl"
        verb = table.head(verb)
        while relative and verb.pos_ in ("NOUN", "PROPN") and table.head(verb).i != verb.i:
            # "announced that a wreck they found was ...": the clause the relative
            # clause's noun is in is the one a saying verb may govern
            verb = table.head(verb)
        if verb.lemma_ in speech:
            for c in table.children(verb):
                if c.dep_ in SUBJECT_DEPS:
                    out |= phrase_core(c, table)
        steps += 1
    return out


def _they_body(pron: Token, bodies: list[Mention], table: EntityTable,
               speech: frozenset[str], sentence: int) -> str | None:
    """The organisation a "they" no group of people can take stands for: the subject of a
    saying verb over its clause ("Thames Valley Police said they had arrested"). Not the
    nearest organisation of the sentence before: on unseen news that was wrong more often
    than right (an interviewer's "they", a country's, a group typed wrongly)."""
    said = _saying_subjects(pron, table, speech)
    for m in bodies:
        if m.root.i in said and m.sentence == sentence:
            return m.key
    return None


def _latest_subject(pron: Token, table: EntityTable) -> Token | None:
    """The last subject written before the pronoun, in its sentence or the one before,
    that is no pronoun: the likeliest thing an "it" continues to speak of."""
    sentence = table.sentence_index(pron)
    for i in range(pron.i - 1, -1, -1):
        tok = table.tokens[i]
        if sentence - table.sentence_index(tok) > 1:
            return None
        if tok.dep_ in SUBJECT_DEPS and tok.pos_ in ("NOUN", "PROPN") and \
                tok.tag_ not in ("WDT", "WP", "EX"):
            return tok
    return None


def _naming(noun: Token, table: EntityTable) -> set[int]:
    """The tokens of a subject phrase whose entity would make the phrase a name's: its
    core, a compound included ("Time magazine": Time), and any pronoun in it ("its
    environmental degradation, ... the loss of its palm forests": the entity the article
    goes on speaking of); not a named possessor or modifier ("the Manhattan district
    attorney's office began its probe": the office's, not Manhattan's)."""
    return phrase_core(noun, table) | {t.i for t in noun.subtree if t.pos_ == "PRON"}


def _thing_it(pron: Token, table: EntityTable, w) -> bool:
    """Whether a subject "it" is a thing's rather than a clause's or the situation's: the
    subject of a verb that does not extrapose ("it takes five hours to", "it cost him his
    job to") and whose "it" is not the situation just told ("It comes after ...", "It
    marks the first time"), when the verb acts on a direct object ("It also blocked roads
    and forced over 58,000 civilians to evacuate") or heads the sentence's main clause with
    no clause the "it" could stand for ("It changed to its current name in 1999")."""
    verb = table.head(pron)
    lemma = verb.lemma_.lower()
    if pron.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma in w.extraposing or \
            lemma in w.situation_it:
        return False
    children = table.children(verb)
    return any(c.dep_ == "dobj" for c in children) or verb.dep_ == "ROOT" and not any(
        c.dep_ in ("ccomp", "xcomp", "csubj", "advcl") for c in children)


def _unnamed_thing_subject(pron: Token, table: EntityTable, things: frozenset[str]) -> bool:
    """Whether the last subject before an "it" is one singular noun that names no
    organisation, country or other thing kg knows, itself or by a compound ("It is a gold
    toilet. Dominic Hare placed its value ... It had been plumbed"; "MV Namse sailed; it
    was bound for"): the "it" is likelier that than an older name."""
    tok = _latest_subject(pron, table)
    if tok is None or tok.tag_ not in ("NN", "NNP"):
        return False
    return not any((k := table.key_of(table.tokens[i])) and table.type_of(k) in things
                   for i in _naming(tok, table) if i <= tok.i)


def _governed_by_thing(governing: set[int], table: EntityTable,
                       things: frozenset[str]) -> bool:
    """Whether a named organisation, country or other thing is among ``governing``, the
    subjects of verbs over the pronoun's clause ("Russia said it would")."""
    return any((k := table.key_of(table.tokens[i])) and table.type_of(k) in things
               for i in governing)


def _previous_subject_body(pron: Token, bodies: list[Mention], table: EntityTable,
                           sentence: int) -> str | None:
    """The organisation a main-clause subject "they" takes when no people compete: the
    subject of the sentence before's main clause ("The commission criticized the move.
    They released a statement"). Only that one: a "they" inside a clause, a quotation's,
    or after a sentence led by anything else is left alone."""
    if pron.dep_ != "nsubj" or table.head(pron).dep_ != "ROOT" or pron.lower_ != "they":
        return None
    found = [m for m in bodies if m.sentence == sentence - 1 and m.root.dep_ == "nsubj"
             and table.head(m.root).dep_ == "ROOT"]
    if len({m.key for m in found}) != 1:
        return None
    body = found[-1]
    people = person_nouns()
    if any(t.tag_ == "NNS" and t.lemma_.lower() in people
           for t in table.tokens[body.root.i + 1:pron.i]):
        return None  # "The commission hired new researchers. They started": the people
    return body.key


def _unnamed_subject_owns(pron: Token, table: EntityTable) -> bool:
    """Whether "its" outside its clause's subject has an unnamed singular thing for that
    subject, the likelier owner ("the deadline was extended to its current date"; "the
    Manhattan district attorney's office began its probe": the office's, not Manhattan's).
    A name that only owns or modifies the subject does not make it named (``_naming``)."""
    verb = clause_head(pron)
    for c in table.children(verb):
        if c.dep_ in SUBJECT_DEPS and pron.i not in {t.i for t in c.subtree}:
            return c.pos_ == "NOUN" and c.tag_ == "NN" and all(
                table.key_of(table.tokens[i]) is None for i in _naming(c, table))
    return False


#: Dependencies of a noun phrase that is an argument of its clause (subject, object,
#: predicate): an unnamed one written after a name and before "they" is the likelier
#: antecedent, and kg resolves only to names.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _unnamed_plural_between(pron: Token, after: int, table: EntityTable) -> bool:
    """Whether an unnamed plural noun is a clause argument between token ``after`` (the
    chosen name's last mention) and a "they" ("fisherman first noticed the people and a
    warship was deployed to retrieve them": the people). It is unnamed whatever names
    modify it ("Scientology officials have stated they"), but not one "their" owns
    ("their issues and their suggestions. They": the owners go on)."""
    for t in table.tokens[after + 1:pron.i]:
        if t.dep_ in _ARGUMENT_DEPS and t.pos_ == "NOUN" and t.tag_ == "NNS" and \
                table.key_of(t) is None and not any(
                    c.dep_ == "poss" and c.lower_ in THEY_FORMS for c in table.children(t)):
            return True
    return False


def _as_subject(root: Token, table: EntityTable) -> bool:
    """Whether a mention is a clause subject, or the name compounded into or in apposition
    to one ("Time magazine announced"; "One of these groups, the Syrian Democratic Forces,
    opposed")."""
    if root.dep_ in ("compound", "appos") and table.head(root).dep_ in SUBJECT_DEPS:
        root = table.head(root)
    return root.dep_ in SUBJECT_DEPS


def _unsupported_thing(pron: Token, key: str, last: Mention | None, subjects: set[str],
                       number: str, table: EntityTable) -> bool:
    """Whether an "its"/"itself" or "they" lacks what makes the name ``key`` its
    antecedent: for "its"/"itself", a mention of it (``subjects``) that is a clause
    subject of the same or the previous sentence (not only a possessor, modifier or
    object: "It is about 110 light-years from Earth ... Its star"); for "they", no
    unnamed plural argument nearer than its ``last`` mention."""
    if number == "sg":
        # (a bare "it" is left as it was: at volume a subject requirement, or a nearer
        # unnamed noun, removed right and wrong resolutions alike)
        return pron.lower_ != "it" and key not in subjects
    return last is None or _unnamed_plural_between(pron, last.root.i, table)


def _apposition_holders(pron: Token, table: EntityTable) -> set[int]:
    """Nouns whose apposition holds the pronoun: not its antecedent ("Mozilla Firefox, its
    main rival, has been increasing": the rival of something else)."""
    out: set[int] = set()
    tok = pron
    while table.head(tok).i != tok.i:
        if tok.dep_ == "appos":
            out |= phrase_core(table.head(tok), table)
        tok = table.head(tok)
    return out


def _coordinated_subject(pron: Token) -> bool:
    """Whether the subject of the pronoun's own clause (or of the clause governing it,
    for a subject pronoun) is a coordination."""
    verb = clause_head(pron)
    for _ in range(2):
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and c.i != pron.i:
                return any(g.dep_ == "conj" for g in c.children)
        if pron.dep_ not in SUBJECT_DEPS or verb.dep_ not in ("ccomp", "conj") or \
                verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def _own_clause_subject(pron: Token, table: EntityTable) -> set[int]:
    """The subject of a possessive's own clause, when the possessive is outside it: the
    likelier owner than whoever reports the clause ("Wang stated that Conway developed a
    fever before his death": Conway's death, not Wang's)."""
    if pron.dep_ != "poss":
        return set()
    verb = clause_head(pron)
    for c in table.children(verb):
        if c.dep_ in SUBJECT_DEPS and pron.i not in {t.i for t in c.subtree}:
            return phrase_core(c, table)
    return set()


def _parallel_subject(pron: Token, table: EntityTable) -> set[int]:
    """The subject of the first of two reported "that"-clauses, when the pronoun is the
    second's ("Pierce claimed Abraham Lincoln was the last third party candidate ... and
    that he appointed a cabinet of rivals": Lincoln, the one the report is about, not
    Pierce who reports it)."""
    verb = table.head(pron)
    if pron.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in table.children(verb)):
        return set()
    first = table.head(verb)
    for _ in range(4):
        # (the parser may join the second to a clause inside the first: "... the last
        # candidate to be elected president and that he appointed")
        if first.dep_ in ("ccomp", "ROOT"):
            break
        first = table.head(first)
    if first.dep_ != "ccomp" or first.pos_ not in ("VERB", "AUX"):
        return set()
    return next((phrase_core(c, table) for c in table.children(first)
                 if c.dep_ in SUBJECT_DEPS), set())


def _not_a_person(noun: Token) -> bool:
    """A noun "he" or "she" cannot stand for: a plural or a body ("the administration")."""
    w = discourse_words()
    return noun.pos_ == "NOUN" and (noun.tag_ == "NNS" or
                                    noun.lemma_.lower() in w.description_heads)


def _extraposed(pron: Token) -> bool:
    """'it took five hours to gain control', "it's fun working with", 'it is asserted
    that ...': a subject "it" standing for a clause after its verb."""
    verb = pron.head
    later = [c for c in verb.children if c.i > pron.i]
    if pron.dep_ == "nsubjpass":
        return any(c.dep_ == "ccomp" for c in later)
    if pron.dep_ != "nsubj" or verb.lemma_ not in discourse_words().extraposing:
        return False
    clause = any(c.dep_ in ("xcomp", "ccomp", "csubj") or (c.dep_ == "advcl" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) or _for_to(c)
        for c in later)
    if verb.lemma_ == "be":  # "it is fun working": a predicate and the clause
        return clause and any(c.dep_ in ("acomp", "attr") for c in later)
    return clause


def bracketed_name(pron: Token, table: EntityTable) -> tuple[str, float] | None:
    """'We [Ashodaya] operates', 'she [Judit Polgár] played so many': the name an
    editor's bracket sets after a pronoun (its apposition, ``arcs.brackets_naming_pronouns``)
    is what the pronoun stands for."""
    if pron.i + 2 >= len(table.tokens) or table.tokens[pron.i + 1].text != "[":
        return None
    for c in table.children(pron):
        if c.dep_ != "appos" or c.i < pron.i:
            continue
        key = table.key_of(c)
        if key is None:
            # a name the model left untagged in the bracket, named so elsewhere
            text = pron.doc[pron.i + 2:c.i + 1].text
            key = next((k for k in table.keys() if not table.is_description(k)
                        and table.name_of(k) == text), None)
        if key is not None:
            return key, 0.95
    return None


#: Heads of a partitive that picks someone out ("one of our friends").
_PARTITIVE_HEADS = frozenset({"one", "some", "many", "several", "most", "each", "none"})


def _dislocated(pron: Token, table: EntityTable) -> bool:
    """Whether a partitive is set before a subject pronoun of the same verb, closed by a
    comma right before it (left dislocation: "one of our friends, our common friends, he
    introduced us")."""
    if pron.dep_ not in SUBJECT_DEPS or pron.i == 0 or table.tokens[pron.i - 1].text != ",":
        return False
    return any(c.i < pron.i and c.dep_ in ("npadvmod", "nsubj", "nsubjpass", "dep") and
               (c.like_num or c.lower_ in _PARTITIVE_HEADS) and
               any(g.dep_ == "prep" and g.lower_ == "of" for g in table.children(c)) and
               c.right_edge.i == pron.i - 2 for c in table.children(table.head(pron)))


def _for_to(prep: Token) -> bool:
    """'for the idea to crystallize' parsed as a preposition whose object an infinitive
    modifies: the 'for ... to' clause an extraposed "it" stands for ("it took a while for
    the idea to crystallize")."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and any(
        g.dep_ == "pobj" and any(v.dep_ in ("acl", "relcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in v.children) for v in g.children)
        for g in prep.children)


def _co_arguments(pron: Token, table: EntityTable) -> set[int]:
    """Tokens that are other arguments of the pronoun's own verb (binding: not them; but
    a possessor inside one may be: "Thomas' sister pleaded with him")."""
    if pron.dep_ == "poss" or pron.lower_.endswith("self") or pron.lower_.endswith("selves"):
        return set()
    verb = table.head(pron)
    if pron.dep_ == "pobj":
        verb = table.head(table.head(pron))
    out = set()
    if verb.dep_ == "xcomp" and pron.dep_ != "nsubj":
        # the controller is the verb's subject too ("Microsoft no longer wants to support
        # it": not Microsoft)
        out |= {i for c in table.children(table.head(verb)) if c.dep_ in SUBJECT_DEPS
                for i in phrase_core(c, table)}
    for c in table.children(verb):
        if c.i != pron.i and c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "agent"):
            out |= phrase_core(c, table)
        if c.dep_ == "agent" or c.dep_ == "prep":
            for g in table.children(c):
                out |= phrase_core(g, table)
    return out


def _judged(pron: Token, table: EntityTable, judging: frozenset[str]) -> set[int]:
    """'Merkel praised Macron for his handling of the crisis', 'took a veiled shot at Trump
    for his attacks', 'congratulated her on her victory': a possessive in the deed a
    judging verb's 'for'/'on' phrase names is the one judged, its object or the one its
    'at'/'against' phrase names (not the judge its subject is)."""
    if pron.dep_ != "poss":
        return set()
    prep = table.head(table.head(pron))
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "on") or \
            table.head(pron).dep_ != "pobj":
        return set()
    verb = table.head(prep)
    objects = [c for c in table.children(verb) if c.dep_ in ("dobj", "dative")]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in judging and not any(
            o.lemma_.lower() in judging for o in objects):
        return set()
    out: set[int] = set()
    for c in table.children(verb):
        if c.dep_ in ("dobj", "dative"):
            out |= phrase_core(c, table)
        elif c.dep_ == "prep" and c.lower_ in ("at", "against") and c.i < prep.i:
            out |= {i for g in table.children(c) if g.dep_ == "pobj"
                    for i in phrase_core(g, table)}
    return out


def _stands_for_people(root: Token) -> bool:
    """Whether a group's mention names its people, as "they" does: a plural noun ("the
    Europeans"), a name after "the" ("the Taliban") or a pronoun already resolved to it;
    not a nationality or religion as a modifier ("the Martian brines", "anti-Muslim
    rhetoric") or one member or the faith ("as a Muslim", "in Islam")."""
    if root.pos_ == "PRON" or root.tag_ in ("NNS", "NNPS"):
        return True
    if root.pos_ == "ADJ" or root.dep_ in ("amod", "compound", "nmod", "poss"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in root.lefts)


def _coordinated_with(pron: Token) -> set[int]:
    """'Assad and his opponents': the tokens of the conjunct the possessive's noun joins."""
    if pron.dep_ != "poss":
        return set()
    noun = pron.head
    out = set()
    if noun.dep_ == "conj":
        out.update(t.i for t in noun.head.subtree if t.i < noun.i)
    return out


def given_name_gender(name: str, given_names: dict[str, str]) -> str | None:
    """The gender a person's given name tells ("Kristin Wilkins": "f"), by the derived
    table; None for a name of one word (a surname as often as not) or one written surname
    first ("Kim Jong-un", "Moon Jae-in": the hyphenated given name follows)."""
    words = name.split()
    if len(words) < 2 or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[1]):
        return None
    return given_names.get(words[0].strip(".,").lower())


def _may_be(noun: Token, gender: str, w: Words) -> bool:
    """Whether a person noun may stand for someone of the pronoun's gender ("m" / "f";
    any other: yes): "sister" is no "he", "man" no "she"."""
    other = w.male if gender == "f" else w.female if gender == "m" else frozenset()
    return noun.lower_ not in other and noun.lemma_.lower() not in other


def _names_another(appos: Token, key: str, table: EntityTable) -> bool:
    """Whether an apposition names someone of its own: then it is a list the parse took
    for one ("President Trump himself, his wife Melania, and son Barron"), and its words
    say nothing of ``key``'s gender (but "Maria Zakharova, spokeswoman of the Russian
    Foreign Ministry": a name further down is no one's name for the apposition)."""
    own = [appos] + [c for c in appos.children if c.dep_ in ("appos", "compound")]
    return any(t.pos_ == "PROPN" and table.key_of(t) != key for t in own)


class Genders:
    """Gender per person key, learnt from titles and from pronouns already resolved."""

    def __init__(self, doc: Doc, mentions: list[Mention], table: EntityTable) -> None:
        w = discourse_words()
        self.of: dict[str, str] = {}
        self.titled: set[str] = set()  # gender read from a title, not guessed from a pronoun
        for m in mentions:
            if table.type_of(m.key) != "Person":
                continue
            # the title inside the name's own phrase: "Spokeswoman Maria Zakharova", "Mrs May"
            near = [t.lower_.rstrip(".") for c in m.root.lefts for t in c.subtree]
            near += [t.lower_ for c in m.root.children if c.dep_ == "appos" and
                     not _names_another(c, m.key, table) for t in c.subtree]
            if any(x in w.female for x in near):
                self.of.setdefault(m.key, "f")
                self.titled.add(m.key)
            elif any(x in w.male for x in near):
                self.of.setdefault(m.key, "m")
                self.titled.add(m.key)
            elif m.root.dep_ == "appos" and m.root.head.lower_ in w.female | w.male:
                # "his daughter Nettie Baker": the name is the apposition of the word that
                # says who; it rules out "he" (no bonus for "she": a kin word is no title,
                # and the article's other women are as likely)
                self.of.setdefault(m.key, "f" if m.root.head.lower_ in w.female else "m")
        for key in {m.key for m in mentions} - set(self.of):
            if table.type_of(key) == "Person":
                given = given_name_gender(table.name_of(key), w.given_names)
                if given is not None:
                    # "Kristin Wilkins", "Kathryn Waters": no "he" (a title, read above,
                    # outranks the name; no bonus either, a name is no statement)
                    self.of[key] = given
        self._surnames_of_one_gender(mentions, table, w.given_names)

    def _surnames_of_one_gender(self, mentions: list[Mention], table: EntityTable,
                                given_names: dict[str, str]) -> None:
        """A surname left its own entity because two full names end in it ("Kristin
        Wilkins" and "Kristen Wilkins", one curator spelt two ways, then "Wilkins said") is
        one of them: when all their given names tell one gender, so does the surname."""
        people = {m.key for m in mentions if table.type_of(m.key) == "Person"}
        full: dict[str, set[str | None]] = {}
        for key in people:
            words = table.name_of(key).split()
            if len(words) > 1:
                full.setdefault(words[-1], set()).add(given_name_gender(
                    table.name_of(key), given_names))
        for key in people - set(self.of):
            told = full.get(table.name_of(key), set())
            if len(told) == 1 and None not in told:
                self.of[key] = next(iter(told))

    def agrees(self, key: str, gender: str) -> bool:
        known = self.of.get(key)
        return known is None or known == gender


def resolve_pronoun(pron: Token, mentions: list[Mention], table: EntityTable,
                     genders: Genders, event_verbs: frozenset[str],
                     prior: dict[str, int] | None = None,
                     bodies: dict[str, str] | None = None,
                     speakers: frozenset[str] = frozenset(),
                     quote_start: int | None = None) -> tuple[str, float] | None:
    """The entity a pronoun refers to, or None when no candidate clearly wins.

    ``prior`` counts each entity's mentions so far: the article's topic ("He resigned"
    after a paragraph about one politician) is likelier than a name met once. ``bodies``
    maps a person to the one organisation or country they hold a role in: what "it"
    stands for in a clause that person reports ("its spokesperson said it had carried
    out the attack"). ``speakers`` are whoever speaks the quotation the pronoun is in,
    and the bodies they speak for: a third person in one's own words is someone else
    ('Bartlett tweeted: "He was a rebel"'); an "it" or "they" in a quotation (from
    token ``quote_start`` on) stands for something the quotation names ('Fauci said of the
    outbreak, "it's going to get worse"')."""
    w = discourse_words()
    kind, gender, number = w.pronouns[pron.lower_]
    sentence = table.sentence_index(pron)
    governing = _governing_subjects(pron, table)
    spoken_for = {bodies[k] for i in governing if (k := table.key_of(table.tokens[i])) in
                  (bodies or {})} if kind != "Person" else set()
    # "PG&E stated it scheduled", "its spokesperson said it had carried out": the subject
    # of a clause reported by a body, or by someone speaking for one
    reported = pron.dep_ in SUBJECT_DEPS and table.head(pron).dep_ == "ccomp" and \
        table.head(table.head(pron)).lemma_ in w.speech and (bool(spoken_for) or any(
            (k := table.key_of(table.tokens[i])) and table.type_of(k) in w.thing_types
            for i in governing))
    # an object "it" in a clause a named thing governs as subject ("ZMapp served as a
    # control, meaning scientists used it"; "Russia said the US attacked it"; not a
    # conjunct's, which shares that subject: "PG&E announced the plan and followed it up")
    governed = pron.dep_ in ("dobj", "pobj") and any(
        (k := table.key_of(table.tokens[i])) and table.type_of(k) in w.thing_types
        for i in _governing_subjects(pron, table, ("ccomp", "xcomp", "advcl", "relcl")))
    # a passive's "it" (not one standing for a clause, below) is something acted on: "It
    # is based on Roman Catholic social teachings", "it was hit by the storm"
    # an "it" that acts on an object stands for a thing only where that thing was just a
    # clause's subject ("Phanfone impacted upon ... It also blocked roads"), see below
    acting = False
    if pron.lower_ == "it" and not governed and not (pron.dep_ in SUBJECT_DEPS and (
            table.head(pron).lemma_ in event_verbs | w.speech or reported
            or pron.dep_ == "nsubjpass")):
        if not _thing_it(pron, table, w):
            return None  # "it comes hours after...": mostly not an entity
        acting = True
    if pron.lower_ in STANDALONE_POSSESSIVES and pron.dep_ != "poss":
        return None  # "Patrick ended his (campaign)": the thing owned, not its owner
    if pron.lower_ == "its" and _unnamed_subject_owns(pron, table) and \
            not _governed_by_thing(_saying_subjects(pron, table, w.speech), table,
                                   w.thing_types):
        # (but "UNESCO said that this change would require its approval": the body that
        # says so)
        return None  # "the deadline was extended to its current date": the deadline's
    if number == "pl" and _coordinated_subject(pron):
        return None  # "Yang and Bennet suspended their campaigns": the two, no one entity
    if pron.lower_ == "it" and _extraposed(pron):
        return None  # "it took five hours to", "it is asserted that": a clause's stand-in
    if _dislocated(pron, table):
        # "one of our friends, our common friends, he introduced us": a partitive set
        # before the subject pronoun introduces whom it stands for, no one named before
        # (a description is most often said of the one the pronoun names: "The daughter
        # of a music teacher, she had planned on a dancing career": Doris Day)
        return None
    if governing and pron.dep_ in SUBJECT_DEPS and all(
            table.tokens[i].pos_ in ("NOUN", "DET", "ADJ", "NUM") and
                         table.key_of(table.tokens[i]) is None for i in governing) and not (
            kind == "Person" and (any(_not_a_person(table.tokens[i]) for i in governing) or
                                  not any(table.tokens[i].lemma_.lower() in person_nouns()
                                          and _may_be(table.tokens[i], gender, w)
                                          for i in governing))):
        # "Police said they arrested ...": they are the police, not an entity (but "the
        # administration said he would", "His illness was not public, even as he had
        # undergone surgeries": a "he" no person noun governs is someone named; nor does
        # a noun of the other gender, "Thomas' sister pleaded with him, but he replied")
        return None
    if pron.lower_ in ("it", "its") and not spoken_for and \
            _unnamed_thing_subject(pron, table, w.thing_types) and \
            not _governed_by_thing(governing, table, w.thing_types):
        return None  # the unnamed thing just spoken of (a toilet, a ship), not an older name
    excluded = _co_arguments(pron, table)
    # the subject of the pronoun's own clause needs no further support ("NASA tweeted
    # support of Ahmed Mohamed via its account"); it scores only under a governing clause
    clause_subject = _own_clause_subject(pron, table)
    own_subject = clause_subject if governing else set()
    parallel = _parallel_subject(pron, table)
    if kind != "Person":
        excluded |= _apposition_holders(pron, table)
    conjunct = _coordinated_with(pron)
    judged = _judged(pron, table, w.judging)
    scores: dict[str, float] = defaultdict(float)
    latest: dict[str, int] = {}  # each candidate's last named mention before the pronoun
    last_mention: dict[str, Mention] = {}  # ... and its last mention of any kind
    bound: set[str] = set()  # the subject heading the pronoun's own or a governing clause
    subjects: set[str] = set()  # candidates a clause subject of this or the last sentence
    bodies_named: list[Mention] = []  # organisations a "they" may stand for
    for m in mentions:
        if m.root.i >= pron.i or sentence - m.sentence > PRONOUN_WINDOW:
            continue
        if m.root.i in excluded or m.key in speakers:
            continue
        if kind != "Person" and quote_start is not None and m.root.i < quote_start:
            continue
        type_ = table.type_of(m.key)
        if kind == "Person":
            if type_ != "Person" or not genders.agrees(m.key, gender):
                continue
        elif kind == "Thing":
            if type_ not in w.thing_types:
                continue
            if m.root.pos_ == "ADJ" or m.root.dep_ == "amod" or (
                    type_ in w.plural_types and _stands_for_people(m.root)
                    and not (m.root.i in governing and m.root.pos_ != "PRON")):
                # "they ... accept it" is not the Muslims "they" stands for, "its patrol"
                # not the country of "a Japanese bomber" (but a named group that says the
                # clause: "the Syrian Democratic Forces announced it had")
                continue
        elif type_ not in w.plural_types or not _stands_for_people(m.root):
            if type_ in w.they_bodies and pron.lower_ in THEY_FORMS:
                bodies_named.append(m)  # "the company said they": only if no people compete
            continue  # ("the Martian brines ... they", "as a Muslim ... they": no people named)
        distance = sentence - m.sentence
        score = (1.0, 0.6, 0.35)[min(distance, 2)] * role_weight(m.root)
        if kind == "Person" and m.key in genders.titled and genders.of.get(m.key) == gender:
            score += 0.3  # known to agree beats merely not disagreeing
        if m.root.i in judged:
            score += 2.5  # (above the judge's subject bonus, own or governing)
            bound.add(m.key)
        elif m.root.i in own_subject:
            score += 2.5  # (above a governing subject's bonus: the clause's own subject;
            # bound below, with every subject of the pronoun's own clause)
        elif m.root.i in parallel:
            score += 2.5  # (above the reporter's, a governing subject)
            bound.add(m.key)
        elif m.root.i in governing or m.root.i in conjunct or m.key in spoken_for:
            score += 2.0
            # (a governing subject binds the subject or owner its clause speaks of, "North
            # Korea stated it would"; not an object far down: "the military said fisherman
            # noticed the people and a warship was deployed to retrieve them")
            if pron.dep_ in SUBJECT_DEPS | {"poss"} and (
                    m.key in spoken_for or m.root.dep_ in SUBJECT_DEPS):
                bound.add(m.key)
        elif number == "sg" and coordinated_name(m.root, table):
            continue  # "Siemens and Alstom ... its offer": either could be meant
        elif distance == 0:
            score += 0.1 * (1 - (pron.i - m.root.i) / 60)  # closer is likelier
        if prior:
            score += 0.12 * min(3, prior.get(m.key, 1) - 1)
        if distance == 1 and pron.dep_ in SUBJECT_DEPS and _as_subject(m.root, table) and \
                table.head(m.root).dep_ == "ROOT" and table.head(pron).dep_ == "ROOT" and \
                table.head(pron).lemma_ in w.speech:
            score += 0.25  # a subject goes on as the next sentence's speaker
        scores[m.key] = max(scores[m.key], score)
        last_mention[m.key] = m
        if distance <= 1 and _as_subject(m.root, table):
            subjects.add(m.key)
        if m.root.i in clause_subject and _as_subject(m.root, table):
            bound.add(m.key)
        if m.root.pos_ != "PRON":  # (a pronoun already given to it may be wrong)
            latest[m.key] = max(latest.get(m.key, -1), m.root.i)
    if not scores and bodies_named:
        body = _they_body(pron, bodies_named, table, w.speech, sentence)
        if body is not None and _unnamed_plural_between(
                pron, max(m.root.i for m in bodies_named if m.key == body), table):
            return None  # "Scientology officials have stated they": the officials
        if body is None and quote_start is None:
            body = _previous_subject_body(pron, bodies_named, table, sentence)
        return (body, 0.6) if body is not None else None
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best_key, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < 0.3 or (second and best - second < 0.2 and best < 1.5 * second):
        return None
    if kind == "Person" and number == "sg" and best < 2.0 and pron.dep_ in SUBJECT_DEPS and \
            unnamed_person_between(pron, gender, latest.get(best_key, -1), table):
        return None  # "One of the victims decided ... She said": the victim, unnamed
    # (a pronoun before the subject of the clause governing it, "As its name suggests, the
    # party supported", speaks of that subject, which is not yet resolved here)
    cataphoric = any(i > pron.i for i in governing)
    if acting and best_key not in subjects:
        return None  # "Sports in the United States ... It emphasizes": not the country
    if kind != "Person" and best_key not in bound and not cataphoric and \
            _unsupported_thing(pron, best_key, last_mention.get(best_key), subjects, number,
                               table):
        return None  # resolved without it, "its"/"they" were right 0.3 of the time on GUM
    confidence = round(min(0.95, 0.55 + (best - second) / 2), 2)
    if kind == "Person":
        genders.of.setdefault(best_key, gender)
    return best_key, confidence
