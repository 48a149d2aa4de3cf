"""Coreference within an article: pronouns and definite descriptions -> entities.

Rules over the dependency parse, with agreement and recency (coreferee needs a
model downloaded from GitHub, so it cannot run offline here):

- pronouns: he/she/his/her -> a person; its (and "it" as the subject of an event
  verb) -> a country, organisation, place or facility; they/their -> a group or
  organisation. Candidates are the entity mentions of the same sentence (before the
  pronoun) and the two sentences before, scored by recency and grammatical role
  (subjects first). Two strong structural cues override the scores: a pronoun in a
  clause governed by a verb whose subject is the candidate ("Putin announced he would
  withdraw"), and a possessive in a conjunct of the candidate ("Assad and his
  opponents"). A pronoun never takes a co-argument of its own verb ("Putin called
  him"). Gender comes from titles ("spokeswoman", "Mrs") and earlier pronouns.
- definite descriptions: "the Syrian leader" / "the president" -> the one person
  whose position matches (from the role step); "the Middle Eastern country", "the
  Syrian capital", "the company", "the ministry", "the militants" -> the salient
  entity of a fitting type (recency x grammatical role, as for pronouns), filtered by
  the region or country its adjective names and, for organisations, by kind: a kind
  word in the name ("European Commission", "Defence Ministry") or the noun the name
  was introduced with ("the Vereinigung Cockpit union") must fit the head, and "the
  ministry" needs such a word. A name introduced with the description's own noun ("the
  town of Flin Flon") counts extra and is remembered longer. Names joined by "and"
  ("Siemens and Alstom ... the company") leave it unresolved. "The iPhone maker": the
  product name the NER took for an organisation folds into the maker.
- names taken up by their head or kind: "the bill" -> the one earlier name ending in
  Act, Bill or Law, "the event" -> the one ending in Fair, Summit, Games; "the baby",
  "the child" -> the one person introduced with such a noun ("their child, Gloria");
  "his sister" -> the one person introduced as the possessor's kin ("his wife Manju
  Sam") or whose introduction makes the possessor theirs ("Waseem, brother of Qandeel
  Baloch"); two such names or people leave it unresolved. What an organisation is
  ("the network") is read from the whole article, not only the text before.
- quotations: a third-person pronoun in one is not its speaker (nor the body they speak
  for), and an "it" or "they" in one takes nothing named outside it; "I" and "we" in
  one are its speaker and the body they speak for (a role's organisation, or the one
  named with a title that is no role: "SpaceX founder Elon Musk"). An "it" standing
  for a clause after its verb ("it took five hours to") and a possessive standing
  alone ("ended his") are not resolved.

When the best candidate does not beat the runner-up clearly, nothing is resolved.
Resolved mentions are added to the entity table (kind "pronoun" or "description"),
so later steps read "he" as the entity it refers to through ``table.key_of``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicons
from kg.extract.frames import lexicon
from kg.extract.nodes import STANDALONE_POSSESSIVES
from kg.extract.roles import affiliations
from kg.extract.table import EntityTable
from kg.model import Claim, Role
from kg.vocab import ROLE_PROPERTIES, entity_key

#: Sentences before the current one searched for a pronoun's antecedent.
PRONOUN_WINDOW = 2
#: ... and for a definite description's.
DESCRIPTION_WINDOW = 4
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_LEADER_PROPERTIES = frozenset({"presidentOf", "primeMinisterOf", "leaderOf"})


@dataclass(frozen=True)
class Resolution:
    """One resolved mention, for inspection and tests."""

    text: str
    start: int
    end: int
    key: str
    kind: str
    confidence: float


@dataclass
class _Mention:
    key: str
    root: Token
    sentence: int


class _Words:
    def __init__(self) -> None:
        lex = lexicons.load_json("discourse.json")
        self.pronouns = {k: tuple(v) for k, v in lex["pronouns"].items()}
        self.thing_types = frozenset(lex["thing_types"])
        self.plural_types = frozenset(lex["plural_types"])
        self.description_heads = {k: frozenset(v) for k, v in lex["description_heads"].items()}
        self.plural_heads = {k: frozenset(v)
                             for k, v in lex["plural_description_heads"].items()}
        self.org_kinds = {k: frozenset(v) for k, v in lex["org_kind_words"].items()}
        self.strict_heads = frozenset(lex["strict_description_heads"])
        self.product_heads = frozenset(lex["product_maker_heads"])
        self.extraposing = frozenset(lex["extraposing_verbs"])
        self.person_heads = {k: frozenset(v)
                             for k, v in lex["person_description_heads"].items()}
        self.name_heads = {k: frozenset(v) for k, v in lex["name_head_descriptions"].items()}
        self.kinship = {k: (v["gender"], frozenset(v["as"]), frozenset(v["converse"]))
                        for k, v in lex["kinship"].items()}
        self.female = frozenset(lex["female_words"])
        self.male = frozenset(lex["male_words"])
        self.regions = {k: frozenset(v) for k, v in lex["regions"].items()}
        self.speech = lexicon().speech
        self.titles: dict[str, str] = lexicons.roles()["titles"]
        self.countries = lexicons.countries()


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words()


def _mentions(doc: Doc, table: EntityTable) -> list[_Mention]:
    """Entity mentions in text order (runs of tokens with one key), with their root token."""
    out: list[_Mention] = []
    run: list[Token] = []
    run_key = None
    for tok in table.tokens:  # one pass: indexing a Doc token by token is slow
        key = table.key_of(tok)
        if key is not None and key == run_key and not tok.is_punct:
            run.append(tok)
            continue
        if run:
            out.append(_Mention(run_key, _root(run), table.sentence_index(run[0])))
        run, run_key = ([tok], key) if key is not None else ([], None)
    if run:
        out.append(_Mention(run_key, _root(run), table.sentence_index(run[0])))
    return out


def _root(run: list[Token]) -> Token:
    """The token of a run whose head lies outside it (Span.root, without building a Span)."""
    first, last = run[0].i, run[-1].i
    for tok in run:
        if not first <= tok.head.i <= last or tok.head.i == tok.i:
            return tok
    return run[-1]


def _role_weight(tok: Token) -> float:
    """Salience by grammatical role: subjects > objects > the rest."""
    if tok.dep_ in _SUBJECT_DEPS:
        return 1.0
    if tok.dep_ == "poss" and tok.head.dep_ in _SUBJECT_DEPS:
        return 0.8
    if tok.dep_ in ("dobj", "dative", "attr"):
        return 0.7
    if tok.dep_ in ("appos", "compound") and tok.head.dep_ in _SUBJECT_DEPS:
        return 0.9
    return 0.5


def _clause_head(tok: Token) -> Token:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


_GOVERNING_LINKS = ("ccomp", "xcomp", "advcl", "conj", "relcl")


def _governing_subjects(pron: Token, table: EntityTable,
                        links: tuple[str, ...] = _GOVERNING_LINKS) -> set[int]:
    """Subjects of the verbs that govern the pronoun's clause ("Putin said he ...")."""
    out: set[int] = set()
    verb = _clause_head(pron)
    steps = 0
    while verb.dep_ in links and steps < 3:
        verb = table.head(verb)
        for c in table.children(verb):
            if c.dep_ in _SUBJECT_DEPS:
                if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    # "Zachary, who met the family when he participated": the relative
                    # pronoun's antecedent governs
                    c = table.head(verb)
                out |= _phrase_core(c, table)
        steps += 1
    return out


#: Dependents that are part of what a noun phrase names (not a word modifying it):
#: "Waseem's mother, Anwar": the mother and Anwar, not Waseem; "Chinese officials": the
#: officials, not China.
_CORE_DEPS = frozenset({"compound", "appos", "conj", "cc", "flat", "punct"})


def _phrase_core(tok: Token, table: EntityTable) -> set[int]:
    """A noun phrase's head with its name, appositions and conjuncts (not the words
    modifying it)."""
    out = {tok.i}
    for c in table.children(tok):
        if c.dep_ in _CORE_DEPS:
            out |= _phrase_core(c, table)
    return out


def _unnamed_subject_owns(pron: Token, table: EntityTable) -> bool:
    """Whether "its" outside its clause's subject has an unnamed singular thing for that
    subject, the likelier owner ("the deadline was extended to its current date")."""
    verb = _clause_head(pron)
    for c in table.children(verb):
        if c.dep_ in _SUBJECT_DEPS and pron.i not in {t.i for t in c.subtree}:
            return c.pos_ == "NOUN" and c.tag_ == "NN" and all(
                table.key_of(t) is None for t in c.subtree)  # ("Time magazine": Time)
    return False


def _coordinated_subject(pron: Token) -> bool:
    """Whether the subject of the pronoun's own clause (or of the clause governing it,
    for a subject pronoun) is a coordination."""
    verb = _clause_head(pron)
    for _ in range(2):
        for c in verb.children:
            if c.dep_ in _SUBJECT_DEPS and c.i != pron.i:
                return any(g.dep_ == "conj" for g in c.children)
        if pron.dep_ not in _SUBJECT_DEPS or verb.dep_ not in ("ccomp", "conj") or \
                verb.head.i == verb.i:
            break
        verb = verb.head
    return False


def _not_a_person(noun: Token) -> bool:
    """A noun "he" or "she" cannot stand for: a plural or a body ("the administration")."""
    w = _words()
    return noun.pos_ == "NOUN" and (noun.tag_ == "NNS" or
                                    noun.lemma_.lower() in w.description_heads)


def _extraposed(pron: Token) -> bool:
    """'it took five hours to gain control', "it's fun working with", 'it is asserted
    that ...': a subject "it" standing for a clause after its verb."""
    verb = pron.head
    later = [c for c in verb.children if c.i > pron.i]
    if pron.dep_ == "nsubjpass":
        return any(c.dep_ == "ccomp" for c in later)
    if pron.dep_ != "nsubj" or verb.lemma_ not in _words().extraposing:
        return False
    clause = any(c.dep_ in ("xcomp", "ccomp", "csubj") or (c.dep_ == "advcl" and any(
        g.dep_ == "aux" and g.lower_ == "to" for g in c.children)) for c in later)
    if verb.lemma_ == "be":  # "it is fun working": a predicate and the clause
        return clause and any(c.dep_ in ("acomp", "attr") for c in later)
    return clause


def _co_arguments(pron: Token, table: EntityTable) -> set[int]:
    """Tokens that are other arguments of the pronoun's own verb (binding: not them; but
    a possessor inside one may be: "Thomas' sister pleaded with him")."""
    if pron.dep_ == "poss" or pron.lower_.endswith("self") or pron.lower_.endswith("selves"):
        return set()
    verb = table.head(pron)
    if pron.dep_ == "pobj":
        verb = table.head(table.head(pron))
    out = set()
    for c in table.children(verb):
        if c.i != pron.i and c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "agent"):
            out |= _phrase_core(c, table)
        if c.dep_ == "agent" or c.dep_ == "prep":
            for g in table.children(c):
                out |= _phrase_core(g, table)
    return out


def _coordinated_with(pron: Token) -> set[int]:
    """'Assad and his opponents': the tokens of the conjunct the possessive's noun joins."""
    if pron.dep_ != "poss":
        return set()
    noun = pron.head
    out = set()
    if noun.dep_ == "conj":
        out.update(t.i for t in noun.head.subtree if t.i < noun.i)
    return out


class _Genders:
    """Gender per person key, learnt from titles and from pronouns already resolved."""

    def __init__(self, doc: Doc, mentions: list[_Mention], table: EntityTable) -> None:
        w = _words()
        self.of: dict[str, str] = {}
        self.titled: set[str] = set()  # gender read from a title, not guessed from a pronoun
        for m in mentions:
            if table.type_of(m.key) != "Person":
                continue
            # the title inside the name's own phrase: "Spokeswoman Maria Zakharova", "Mrs May"
            near = [t.lower_.rstrip(".") for c in m.root.lefts for t in c.subtree]
            near += [t.lower_ for c in m.root.children if c.dep_ == "appos" for t in c.subtree]
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

    def agrees(self, key: str, gender: str) -> bool:
        known = self.of.get(key)
        return known is None or known == gender


def _resolve_pronoun(pron: Token, mentions: list[_Mention], table: EntityTable,
                     genders: _Genders, event_verbs: frozenset[str],
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
    w = _words()
    kind, gender, number = w.pronouns[pron.lower_]
    sentence = table.sentence_index(pron)
    governing = _governing_subjects(pron, table)
    spoken_for = {bodies[k] for i in governing if (k := table.key_of(table.tokens[i])) in
                  (bodies or {})} if kind != "Person" else set()
    # "PG&E stated it scheduled", "its spokesperson said it had carried out": the subject
    # of a clause reported by a body, or by someone speaking for one
    reported = pron.dep_ in _SUBJECT_DEPS and table.head(pron).dep_ == "ccomp" and \
        table.head(table.head(pron)).lemma_ in w.speech and (bool(spoken_for) or any(
            (k := table.key_of(table.tokens[i])) and table.type_of(k) in w.thing_types
            for i in governing))
    # an object "it" in a clause a named thing governs as subject ("ZMapp served as a
    # control, meaning scientists used it"; "Russia said the US attacked it"; not a
    # conjunct's, which shares that subject: "PG&E announced the plan and followed it up")
    governed = pron.dep_ in ("dobj", "pobj") and any(
        (k := table.key_of(table.tokens[i])) and table.type_of(k) in w.thing_types
        for i in _governing_subjects(pron, table, ("ccomp", "xcomp", "advcl", "relcl")))
    if pron.lower_ == "it" and not governed and not (pron.dep_ in _SUBJECT_DEPS and (
            table.head(pron).lemma_ in event_verbs | w.speech or reported)):
        return None  # "it comes hours after...": mostly not an entity
    if pron.lower_ in STANDALONE_POSSESSIVES and pron.dep_ != "poss":
        return None  # "Patrick ended his (campaign)": the thing owned, not its owner
    if pron.lower_ == "its" and _unnamed_subject_owns(pron, table):
        return None  # "the deadline was extended to its current date": the deadline's
    if number == "pl" and _coordinated_subject(pron):
        return None  # "Yang and Bennet suspended their campaigns": the two, no one entity
    if pron.lower_ == "it" and _extraposed(pron):
        return None  # "it took five hours to", "it is asserted that": a clause's stand-in
    if governing and pron.dep_ in _SUBJECT_DEPS and all(
            table.tokens[i].pos_ in ("NOUN", "DET", "ADJ", "NUM") and
                         table.key_of(table.tokens[i]) is None for i in governing) and not (
            kind == "Person" and any(_not_a_person(table.tokens[i]) for i in governing)):
        # "Police said they arrested ...": they are the police, not an entity (but "the
        # administration said he would": he is someone named)
        return None
    excluded = _co_arguments(pron, table)
    conjunct = _coordinated_with(pron)
    scores: dict[str, float] = defaultdict(float)
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
        elif type_ not in w.plural_types:
            continue
        distance = sentence - m.sentence
        score = (1.0, 0.6, 0.35)[min(distance, 2)] * _role_weight(m.root)
        if kind == "Person" and m.key in genders.titled and genders.of.get(m.key) == gender:
            score += 0.3  # known to agree beats merely not disagreeing
        if m.root.i in governing or m.root.i in conjunct or m.key in spoken_for:
            score += 2.0
        elif number == "sg" and _coordinated_name(m.root, table):
            continue  # "Siemens and Alstom ... its offer": either could be meant
        elif distance == 0:
            score += 0.1 * (1 - (pron.i - m.root.i) / 60)  # closer is likelier
        if prior:
            score += 0.12 * min(3, prior.get(m.key, 1) - 1)
        scores[m.key] = max(scores[m.key], score)
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best_key, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if best < 0.3 or (second and best - second < 0.2 and best < 1.5 * second):
        return None
    confidence = round(min(0.95, 0.55 + (best - second) / 2), 2)
    if kind == "Person":
        genders.of.setdefault(best_key, gender)
    return best_key, confidence


def _np_span(head: Token) -> Span:
    """'the Middle Eastern country' from its head: left modifiers only."""
    doc = head.doc
    start = min([head.i] + [t.i for c in head.lefts for t in c.subtree])
    return doc[start:head.i + 1]


def _is_description(tok: Token, table: EntityTable) -> bool:
    # a capitalised title is still a description: "The President later took action"
    title = tok.pos_ == "PROPN" and tok.lower_ in _words().titles and tok.ent_type_ == "" \
        and not any(c.pos_ == "PROPN" for c in table.children(tok))
    if (tok.pos_ != "NOUN" and not title) or table.key_of(tok) is not None:
        return False
    if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in _words().plural_heads:
        return False  # "the militants" refers back; "the talks" does not
    if tok.dep_ == "compound" and table.head(tok).pos_ == "PROPN":
        return False  # "the state rail operator SNCF": the name follows
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in table.lefts(tok)):
        return False
    # "the deputy foreign minister, Gennady Gatilov": an apposition names it already
    if any(c.dep_ == "appos" for c in table.children(tok)) or tok.dep_ == "appos":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in table.children(tok)):
        return False  # "the president of France": the role step reads it
    if tok.lemma_.lower() in _words().product_heads:
        return True  # "the iPhone maker": the name is its product, not a name for it
    countries = _words().countries
    if any(c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") and
           countries.country_of(c.text) is None for c in table.lefts(tok)):
        return False  # "the BRICS group" is a name, not a reference back
    return True


def _modifier_countries(span: Span) -> tuple[set[str], set[str] | None]:
    """(countries named by a modifier, countries allowed by a region adjective or None)."""
    w = _words()
    named: set[str] = set()
    allowed: set[str] | None = None
    words = [t.text for t in span[:-1] if t.dep_ != "det"]
    text = f" {' '.join(words).lower()} "
    for region, members in w.regions.items():
        if f" {region} " in text:
            allowed = set(members) if allowed is None else allowed & members
            text = text.replace(f" {region} ", " ")  # "South American" is not "American"
    for word in text.split():
        country = next((w.countries.country_of(t) for t in words if t.lower() == word), None)
        if country:
            named.add(country)
    return named, allowed


def _proper_modifiers(span: Span) -> set[str]:
    """Capitalised modifiers inside a description that are not a country's or region's
    word ("the Democratic party", "the Catholic church"): they name what it is, so only
    an entity whose name has them can be its antecedent."""
    w = _words()
    regions = {x for r in w.regions for x in r.split()}
    return {t.lower_ for t in span[:-1] if t.dep_ in ("amod", "compound", "nmod") and
            t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper() and not t.is_sent_start
            and w.countries.country_of(t.text) is None and t.lower_ not in regions}


#: First words of a role below the one its last word names ("vice president", "deputy
#: prime minister"): "the president" is not its holder.
_SUBORDINATE = frozenset({"vice", "deputy", "assistant", "associate", "under"})


def _resolve_title(head: Token, span: Span, roles: list[Role], mentions: list[_Mention],
                   table: EntityTable) -> tuple[str, float] | None:
    """'the Syrian leader' -> the one earlier-mentioned person whose position fits."""
    w = _words()
    role_name = w.titles.get(head.lower_)
    named, _ = _modifier_countries(span)
    earlier = {m.key for m in mentions if m.root.i < head.i}
    countries = {entity_key("Country", c) for c in named}
    fits, loose = set(), set()
    past = any(t.lower_ in ("former", "ex", "then") for t in span)
    for r in roles:
        if r.holder not in earlier or (r.former and not past):
            continue  # "the president" is not the former one
        # "foreign minister" is a minister, a "vice president" no president
        same_role = r.role == role_name or r.role.endswith(" " + str(role_name)) and \
            r.role.split()[0] not in _SUBORDINATE
        leader = head.lower_ in ("leader", "head") and \
            ROLE_PROPERTIES.get(r.role) in _LEADER_PROPERTIES
        if not (same_role or leader):
            continue
        if not named or r.organization in countries:
            fits.add(r.holder)
        elif r.organization is None:
            loose.add(r.holder)  # "Prime Minister Netanyahu": the country is not said
    if not fits:
        # no role found, but the title stands before an earlier name: "Former President
        # Donald Trump ... the former president"
        for m in mentions:
            if m.root.i >= head.i or table.type_of(m.key) != "Person":
                continue
            before = {t.lower_ for c in m.root.lefts for t in c.subtree}
            if head.lower_ in before and not before & _SUBORDINATE and (not named or before & {
                    d.lower() for d, c in w.countries.demonyms.items() if c in named}):
                loose.add(m.key)
    # "Claudio De Vincenti, undersecretary to the prime minister": a title inside a
    # holder's own role phrase is someone else
    inside = {r.holder for r in roles if r.start <= span.start_char < r.end}
    fits, loose = fits - inside, loose - inside
    if len(fits) == 1:
        return next(iter(fits)), 0.8 if named else 0.7
    if not fits and len(loose) == 1:
        return next(iter(loose)), 0.6
    return None


def _kind_fits(head: str, name: str, described: set[str] = frozenset()) -> bool:
    """Whether an organisation's name allows the description head: a kind word in the
    name ("European Commission", "Defence Ministry") admits only the heads of that
    kind, and a strict head ("the ministry", "the network") needs such a word, in the
    name or in the words the name was introduced with ("ABS-CBN Corporation is the
    largest broadcasting company": the network)."""
    w = _words()
    kinds = [x for x in name.lower().replace("-", " ").split() if x in w.org_kinds]
    if kinds:
        return any(head == k or head in w.org_kinds[k] for k in kinds)
    if head not in w.strict_heads:
        return True
    return any(head == k or head in w.org_kinds[k] for k in described if k in w.org_kinds)


def _coordinated_name(root: Token, table: EntityTable) -> bool:
    """'Siemens and Alstom ...': a name joined to another name is not a unique referent."""
    partners = [c for c in table.children(root) if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(table.head(root))
    for p in partners:
        key = table.key_of(p)
        if key is not None and key != table.key_of(root) and \
                table.type_of(key) not in ("Date", "Quantity"):
            return True
    return False


def _introducing_nouns(root: Token) -> list[str]:
    """The common nouns a name was introduced with: 'the town of Flin Flon', 'Petrobras,
    the oil company', 'the Vereinigung Cockpit union'."""
    near = [root.head] if root.dep_ == "appos" or root.dep_ == "compound" and not any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in root.head.children) else []  # "the US state of Alabama": Alabama's noun
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        near.append(root.head.head)
    near += [c for c in root.children if c.dep_ == "appos"]
    return [t.lemma_.lower() for t in near if t.i != root.i and t.pos_ == "NOUN"]


def _described_as(root: Token, name: str) -> set[str]:
    """Words of a name and of the phrase it was introduced with ('Petrobras, the
    state-controlled oil company' -> petrobras, state, control, oil, company)."""
    words = {x.lower() for x in name.replace("-", " ").split()}
    near = [root.head] if root.dep_ in ("appos", "compound") else []
    near += [c for c in root.children if c.dep_ == "appos"]
    for t in near:
        words.update(x.lemma_.lower() for x in t.subtree)
    return words


def _introduced_as(key: str, mentions: list[_Mention], name: str) -> set[str]:
    """Lemmas of every phrase an entity was introduced or described with so far: its
    appositions and compounds, the attribute of a copula it is the subject of ("ABS-CBN
    is the largest broadcasting company"), and its description mentions."""
    words: set[str] = set()
    for m in mentions:
        if m.key != key:
            continue
        root = m.root
        if root.pos_ == "NOUN":  # a description already resolved to it
            words.update(t.lemma_.lower() for t in root.subtree)
            continue
        words |= _described_as(root, name)
        if root.dep_ in _SUBJECT_DEPS and root.head.lemma_ == "be":
            for c in root.head.children:
                if c.dep_ == "attr":
                    words.update(t.lemma_.lower() for t in c.subtree)
    return words


def _unnamed_antecedent(head: Token, lemma: str, table: EntityTable) -> bool:
    """'... to a group of local firms. The group will pay': the same noun introduced
    earlier without a name (indefinite) is what the description takes up."""
    doc = head.doc
    first = table.tokens[head.i].sent.start
    for _ in range(DESCRIPTION_WINDOW - 1):
        if first == 0:
            break
        first = table.tokens[first - 1].sent.start
    for t in table.tokens[first:head.i]:
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and table.key_of(t) is None and \
                any(c.dep_ in ("det", "nummod") and c.lower_ not in ("the", "this", "that")
                    for c in table.lefts(t)):
            return True
    return False


def _named_with(root: Token, lemma: str) -> bool:
    return lemma in _introducing_nouns(root)


#: Description heads that may refer to a news organisation cited as a source.
_MEDIA_HEADS = frozenset({"agency", "broadcaster", "newspaper", "channel", "network",
                          "outlet", "publisher", "paper", "station"})


def _news_source(root: Token) -> bool:
    """A name cited as the article's source: '(Reuters)', 'told the BBC', 'according to
    AP', 'Bloomberg reported'."""
    doc = root.doc
    if 0 < root.i < len(doc) - 1 and doc[root.i - 1].text == "(" and \
            doc[root.i + 1].text == ")":
        return True
    head = root.head
    if root.dep_ in ("dobj", "dative") and head.lemma_ == "tell":
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and \
            head.head.lower_ in ("according", "told", "speaking", "talking", "said"):
        return True
    # "..., Bloomberg reported." (not "Samsung reported a drop in profit")
    return root.dep_ == "nsubj" and head.lemma_ == "report" and \
        not any(c.dep_ in ("dobj", "attr") for c in head.children)


def _missed_subject(root: Token, table: EntityTable) -> bool:
    """'Nvidia overtook Apple. The chipmaker ...': when the clause's subject is a proper
    name the entity step missed, a non-subject candidate has an unseen rival."""
    if root.dep_ in _SUBJECT_DEPS:
        return False
    verb = _clause_head(root)
    for _ in range(3):
        for c in table.children(verb):
            if c.dep_ in _SUBJECT_DEPS and c.i != root.i:
                return c.pos_ == "PROPN" and table.key_of(c) is None
        if verb.dep_ not in ("xcomp", "ccomp", "conj", "advcl") or table.head(verb).i == verb.i:
            break
        verb = table.head(verb)
    return False


#: Salience of an antecedent by how many sentences back it is.
_DESCRIPTION_RECENCY = (1.0, 0.6, 0.4, 0.3, 0.25, 0.2)


def _resolve_type_description(head: Token, span: Span, mentions: list[_Mention],
                              table: EntityTable,
                              article: dict[str, list[_Mention]] | None = None
                              ) -> tuple[str, float] | None:
    """'the Middle Eastern country', 'the company' -> the salient fitting entity before it.

    Candidates of a fitting type (and, for organisations, of a fitting kind) are scored
    by recency and grammatical role like pronouns; the best must clearly beat the rest.
    An organisation's kind is what the article says of it anywhere (``article``: each
    entity's name mentions in the whole article): "the network signed off ... ABS-CBN Corporation is
    the largest broadcasting company" (the candidate itself must come before).
    """
    w = _words()
    low, lemma = head.lower_, head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS")
    types = w.plural_heads[low] if plural else w.description_heads[lemma]
    named, allowed = _modifier_countries(span)
    filtered = allowed is not None or bool(named)
    sentence = table.sentence_index(head)
    scores: dict[str, float] = defaultdict(float)
    roots: dict[str, Token] = {}
    # an organisation introduced with another kind of noun ("the Vereinigung Cockpit
    # union") is not "the company"
    unfit = {m.key for m in mentions if m.root.i < span.start and any(
        n in w.org_kinds and lemma != n and lemma not in w.org_kinds[n]
        for n in _introducing_nouns(m.root))}
    # a noun modifier narrows the description ("the opposition coalition", "the steel
    # producer"): the name or the words it was introduced with must contain it
    narrowing = {t.lemma_.lower() for t in span if t.dep_ == "compound" and t.pos_ == "NOUN"}
    # (not "the Galaxy maker": a product head's name is the product's, not the maker's)
    proper = _proper_modifiers(span) if lemma not in w.product_heads else set()
    for m in mentions:
        if m.root.i >= span.start or m.key in unfit:
            continue
        # (or a name headed by it: "the Democratic Party ... the party")
        words = table.name_of(m.key).lower().split()
        named_with = _named_with(m.root, lemma) or (len(words) > 1 and words[-1] == lemma)
        # a bare "the region" looks less far back; a name introduced with the same
        # noun ("the town of Flin Flon") is remembered longer
        reach = DESCRIPTION_WINDOW if filtered else DESCRIPTION_WINDOW - 1
        if sentence - m.sentence > (2 * DESCRIPTION_WINDOW if named_with else reach):
            continue
        type_ = table.type_of(m.key)
        if type_ not in types and not (named_with and type_ in w.thing_types):
            continue  # (the noun it was introduced with outranks its type: "the US state
            # of Alabama ... the state", a place)
        name = table.name_of(m.key)
        if narrowing and not narrowing <= _described_as(m.root, name):
            continue
        if proper and not proper <= set(name.lower().split()):
            continue  # "the Democratic party" is no other organisation named before it
        if type_ in ("Organization", "Group") and not _kind_fits(
                low if plural else lemma, name, _introduced_as(m.key, mentions, name)
                | _introduced_as(m.key, (article or {}).get(m.key, []), name)):
            continue  # "the company" is not the European Commission, "the group" no army
        if type_ == "Organization" and lemma not in _MEDIA_HEADS and _news_source(m.root):
            continue  # "(Reuters) - The company said": the agency reports, it is not news
        country = name if type_ == "Country" else w.countries.capitals.get(name)
        if type_ == "Organization":
            # "the Japanese carmaker": a company's country is rarely known; only a
            # country named in it rules it out
            in_name = {w.countries.country_of(x) for x in name.split()} - {None}
            if named and in_name and not in_name & named:
                continue
        elif named and country not in named:
            continue
        if allowed is not None and (country or name) not in allowed:
            continue
        if named and type_ == "Country":
            continue  # "the Syrian state" names Syria itself: the entity step reads it
        distance = sentence - m.sentence
        score = _DESCRIPTION_RECENCY[min(distance, 5)] * _role_weight(m.root)
        if distance == 0:
            score += 0.1 * (1 - min(60, head.i - m.root.i) / 60)
        if named_with:
            score += 0.6  # "the town of Flin Flon ... the town"
        if score > scores[m.key]:
            scores[m.key], roots[m.key] = score, m.root
    if not scores or _unnamed_antecedent(head, lemma, table):
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best_key, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if _coordinated_name(roots[best_key], table) or _missed_subject(roots[best_key], table):
        return None
    if named and allowed is None and table.type_of(best_key) == "Organization":
        filtered = False  # the nationality was not checked: a bare head's margin
    # a bare head needs a clear winner; a region/country filter less so
    if second and best < (1.5 if filtered else 2.0) * second:
        return None
    confidence = 0.8 if filtered else 0.6 if second else 0.7
    return best_key, confidence


def _resolve_name_head(head: Token, mentions: list[_Mention],
                       table: EntityTable) -> tuple[str, float] | None:
    """'the bill' -> the one earlier name of several words ending in a word the head takes
    up ('the Alabama Human Life Protection Act'); with two such names, neither."""
    ends = _words().name_heads[head.lemma_.lower()]
    fits = {m.key for m in mentions if m.root.i < head.i and
            len(words := table.name_of(m.key).split()) > 1 and words[-1].lower() in ends}
    return (next(iter(fits)), 0.75) if len(fits) == 1 else None


def _resolve_person_description(head: Token, mentions: list[_Mention],
                                 table: EntityTable) -> tuple[str, float] | None:
    """'their nine-month-old child, Gloria ... the baby' -> the one person mentioned in
    the last sentences and introduced (anywhere before) with a noun the head allows;
    with two such people, neither."""
    nouns = _words().person_heads[head.lemma_.lower()]
    sentence = table.sentence_index(head)
    recent = {m.key for m in mentions if sentence - m.sentence <= DESCRIPTION_WINDOW}
    fits = {m.key for m in mentions if m.root.i < head.i and m.key in recent and
            table.type_of(m.key) == "Person" and m.root.pos_ == "PROPN" and
            nouns & set(_introducing_nouns(m.root))}  # (a name, not "his" daughter)
    return (next(iter(fits)), 0.7) if len(fits) == 1 else None


def _is_kin(tok: Token, table: EntityTable) -> bool:
    """'his sister', 'Waseem's wife': a singular kin noun with a possessor and no name of
    its own beside it ('his wife Manju Sam' introduces her)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in _words().kinship \
            or table.key_of(tok) is not None or tok.dep_ in ("appos", "compound"):
        return False
    children = table.children(tok)
    return any(c.dep_ == "poss" for c in children) and \
        not any(c.dep_ == "appos" and c.pos_ != "PRON" or  # ("his daughter himself")
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in children)


def _keys_with_conjuncts(tok: Token, table: EntityTable) -> set[str]:
    """Entity keys of a phrase's head and of the heads coordinated or in apposition with
    it ('of the singer Layla Baig')."""
    heads = [tok, *(c for c in table.children(tok) if c.dep_ in ("conj", "appos"))]
    if tok.dep_ == "conj":
        heads.append(table.head(tok))
    return {k for h in heads if (k := table.key_of(h)) is not None}


def _introductions(root: Token, table: EntityTable) -> list[Token]:
    """The common nouns a person's name stands in apposition or compound with: 'his wife
    Manju Sam', 'their child, Gloria', 'Waseem, brother of ...'."""
    near = [table.head(root)] if root.dep_ == "appos" else []
    near += [c for c in table.children(root) if c.dep_ in ("appos", "compound")]
    return [t for t in near if t.pos_ == "NOUN"]


def _resolve_kin(head: Token, mentions: list[_Mention], table: EntityTable,
                 genders: _Genders) -> tuple[str, float] | None:
    """'his sister' -> the one person named before whose introduction makes them the
    possessor's sister: introduced with the noun ('his sister Fatima', of nobody else
    named) or the possessor introduced as their brother or sister ('Waseem, brother of
    Qandeel Baloch', 'Waseem's mother, Anwar' for 'her son'). Two such people, or none:
    unresolved."""
    gender, nouns, converse = _words().kinship[head.lemma_.lower()]
    (poss,) = [c for c in table.children(head) if c.dep_ == "poss"][:1]
    owner = table.key_of(poss)
    if owner is None or table.type_of(owner) != "Person":
        return None
    fits: set[str] = set()
    for m in mentions:
        if m.root.i >= head.i or m.root.pos_ != "PROPN" or \
                table.type_of(m.key) != "Person":
            continue
        for noun in _introductions(m.root, table):
            lemma = noun.lemma_.lower()
            if m.key != owner and lemma in nouns:
                owners = set().union(*(_keys_with_conjuncts(c, table)
                                       for c in table.children(noun) if c.dep_ == "poss"))
                if not owners or owner in owners:  # ("Waseem's mother, Anwar")
                    fits.add(m.key)
                    if noun.tag_ == "NNS":  # "his sons Jan and Karel": not the one son
                        fits.add(f"#{noun.i}")
            elif m.key == owner and lemma in converse:
                for prep in table.children(noun):
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        fits.update(k for obj in table.children(prep) if obj.dep_ == "pobj"
                                    for k in _keys_with_conjuncts(obj, table)
                                    if k != owner and table.type_of(k) == "Person")
                    elif prep.dep_ == "poss":  # "Waseem's mother, Anwar": her son is Waseem
                        fits.update(k for k in _keys_with_conjuncts(prep, table)
                                    if k != owner and table.type_of(k) == "Person")
    fits = {k for k in fits if not gender or k.startswith("#") or genders.agrees(k, gender)}
    return (next(iter(fits)), 0.7) if len(fits) == 1 else None


def _fold_product_name(span: Span, key: str, mentions: list[_Mention],
                       table: EntityTable) -> None:
    """'the iPhone maker' -> Apple: a product name the NER took for an organisation,
    seen only inside this description, is part of the mention of the maker."""
    inside = {table.key_of(t) for t in span} - {None, key}
    for other in inside:
        if table.type_of(other) != "Organization":
            continue
        if all(span.start <= m.root.i < span.end for m in mentions if m.key == other):
            table.merge(other, key)
            for m in mentions:
                if m.key == other:
                    m.key = key


def _complete_roles(roles: list[Role], span: Span, key: str, table: EntityTable) -> None:
    """'The country's president, Aleksandar Vucic': the role the role step found without
    an organisation is of the entity the possessive description refers to (in place)."""
    if table.type_of(key) not in ("Country", "Organization"):
        return
    for n, r in enumerate(roles):
        if r.organization is None and r.start <= span.start_char < r.end and \
                r.holder != key:
            roles[n] = replace(r, organization=key)


def _is_short_name(tok: Token, table: EntityTable) -> bool:
    """'the Commission': a capitalised head after 'the' that no entity covers."""
    return (tok.pos_ == "PROPN" and tok.is_title and tok.i > 0 and
            table.tokens[tok.i - 1].lower_ == "the" and tok.dep_ != "compound" and
            table.key_of(tok) is None)


def _resolve_short_name(tok: Token, mentions: list[_Mention],
                        table: EntityTable) -> tuple[str, float] | None:
    """'the Commission' -> the one organisation named before whose name ends in it
    ("the European Commission")."""
    fits = {m.key for m in mentions if table.type_of(m.key) == "Organization" and
            len(table.name_of(m.key).split()) > 1 and
            table.name_of(m.key).split()[-1].lower() == tok.lower_}
    return (next(iter(fits)), 0.7) if len(fits) == 1 else None


def _is_counterpart(tok: Token, table: EntityTable) -> bool:
    """'his counterpart', "Putin's counterpart": a person described by another's role."""
    return tok.lemma_.lower() == "counterpart" and table.key_of(tok) is None and any(
        c.dep_ == "poss" for c in table.children(tok))


def _resolve_counterpart(tok: Token, roles: list[Role], mentions: list[_Mention],
                         table: EntityTable) -> tuple[str, float] | None:
    """'Putin met Zelenskiy ... his counterpart': the one other person of the same role as
    the possessor (else the one other person of this or the previous sentence)."""
    owner = next((table.key_of(c) for c in table.children(tok) if c.dep_ == "poss"), None)
    if owner is None or table.type_of(owner) != "Person":
        return None
    sentence = table.sentence_index(tok)
    others = {m.key for m in mentions if m.key != owner and m.root.i < tok.i
              and table.type_of(m.key) == "Person"}
    held = {r.role for r in roles if r.holder == owner}
    peers = {r.holder for r in roles if r.holder in others and r.role in held}
    if len(peers) == 1:
        return next(iter(peers)), 0.8
    near = {m.key for m in mentions if m.key in others and sentence - m.sentence <= 1}
    if len(near) == 1 and not peers:
        return next(iter(near)), 0.65
    return None


#: The parts of speech of the words ``resolve`` reads: pronouns, short names and
#: descriptions (besides "counterpart", read whatever the tagger made of it).
_REFERRING_POS = frozenset({"PRON", "PROPN", "NOUN"})


def resolve(doc: Doc, table: EntityTable, roles: list[Role] | tuple[Role, ...] = (),
            event_verbs: frozenset[str] = frozenset()) -> list[Resolution]:
    """Add resolved pronoun and description mentions to ``table``; return them.

    A role in ``roles`` (a list) whose organisation is a possessive description ("the
    country's president") is completed with the entity it resolves to.
    """
    w = _words()
    mentions = _mentions(doc, table)
    # the names as the entity step found them, before descriptions resolved to them
    # join (what the article says an organisation is, wherever it says it)
    names: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.root.pos_ == "PROPN":
            names[m.key].append(m)
    genders = _Genders(doc, mentions, table)
    bodies = _bodies(roles)
    quotations = _quotations(table.tokens)
    quoted = _quote_speakers(doc, table, bodies, quotations)
    opened = {i: start for start, end in quotations for i in range(start, end)}
    # parallel sorted lists, so each mention looks only at the sentences in its window
    positions = [m.root.i for m in mentions]
    sentences = [m.sentence for m in mentions]
    out: list[Resolution] = []
    prior: dict[str, int] = defaultdict(int)  # mentions of each entity before the token
    counted = 0  # (new mentions are inserted after the counted prefix)
    for tok in table.tokens:
        if tok.pos_ not in _REFERRING_POS and tok.lemma_.lower() != "counterpart":
            continue  # (no pronoun, name or description: see the tests below)
        low = tok.lower_
        found: tuple[str, float] | None = None
        is_pronoun = low in w.pronouns and tok.pos_ == "PRON" and table.key_of(tok) is None
        is_short = not is_pronoun and _is_short_name(tok, table)
        counterpart = not is_pronoun and _is_counterpart(tok, table)
        kin = not is_pronoun and not is_short and _is_kin(tok, table)
        if not is_pronoun and not is_short and not counterpart and not kin and \
                not _is_description(tok, table):
            continue
        sentence = table.sentence_index(tok)
        before = bisect_left(positions, tok.i)
        if is_pronoun:
            start = bisect_left(sentences, sentence - PRONOUN_WINDOW, 0, before)
            while counted < before:  # mentions so far, counted once each (linear)
                prior[mentions[counted].key] += 1
                counted += 1
            found = _resolve_pronoun(tok, mentions[start:before], table, genders, event_verbs,
                                     prior, bodies, quoted.get(tok.i, frozenset()),
                                     opened.get(tok.i))
            span, kind = doc[tok.i:tok.i + 1], "pronoun"
        else:
            span, kind = _np_span(tok), "description"
            start = bisect_left(sentences, sentence - 2 * DESCRIPTION_WINDOW, 0, before)
            if kin:
                found = _resolve_kin(tok, mentions[:before], table, genders)
            elif counterpart:
                found = _resolve_counterpart(tok, list(roles), mentions[start:before], table)
            elif is_short and low not in w.titles:
                found = _resolve_short_name(tok, mentions[:before], table)
            elif tok.lemma_.lower() in w.name_heads and tok.tag_ == "NN":
                found = _resolve_name_head(tok, mentions[start:before], table)
            elif tok.lemma_.lower() in w.person_heads and tok.tag_ == "NN" and \
                    low not in w.titles:
                found = _resolve_person_description(tok, mentions[:before], table)
            elif low in w.titles:
                found = _resolve_title(tok, span, list(roles), mentions[:before], table)
            elif tok.lemma_.lower() in w.description_heads or (
                    tok.tag_ in ("NNS", "NNPS") and low in w.plural_heads):
                found = _resolve_type_description(tok, span, mentions[start:before], table,
                                                  names)
                if found is not None and tok.lemma_.lower() in w.product_heads:
                    _fold_product_name(span, found[0], mentions, table)
        if found is None:
            continue
        key, confidence = found
        table.add(span, table.type_of(key), table.name_of(key), kind=kind, key=key)
        # later pronouns can take this mention as their antecedent
        at = bisect_right(positions, tok.i)
        mentions.insert(at, _Mention(key, tok, sentence))
        positions.insert(at, tok.i)
        sentences.insert(at, sentence)
        out.append(Resolution(table.text_of(span), span.start_char, span.end_char, key, kind,
                              confidence))
        if kind == "description" and tok.dep_ == "poss" and isinstance(roles, list):
            _complete_roles(roles, span, key, table)
    return out


def _quotations(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """[start, end) token ranges between quotation marks, a paragraph break ending any
    (``tokens``: a Doc, or its tokens already made)."""
    out: list[tuple[int, int]] = []
    start = None
    for tok in tokens:
        if "\n" in tok.text:
            start = None
            continue
        text = tok.text
        if text == "\u201c" or (text == '"' and start is None):
            start = tok.i + 1
        elif text in ('"', "\u201d") and start is not None:
            out.append((start, tok.i))
            start = None
    return out


def _quote_speakers(doc: Doc, table: EntityTable, bodies: dict[str, str],
                    quotations: list[tuple[int, int]] | None = None
                    ) -> dict[int, frozenset[str]]:
    """Token index inside a quotation -> the entities speaking it: subjects of a speech
    verb outside the marks in the sentence the quotation opens or closes in, and the
    bodies they speak for."""
    speech = _words().speech
    out: dict[int, frozenset[str]] = {}
    for start, end in _quotations(doc) if quotations is None else quotations:
        if end <= start:
            continue
        keys: set[str] = set()
        for first, last in {table.sentence_bounds(table.tokens[start]),
                            table.sentence_bounds(table.tokens[end - 1])}:
            for tok in table.tokens[first:last]:
                if start <= tok.i < end or tok.dep_ not in _SUBJECT_DEPS or \
                        table.head(tok).lemma_ not in speech:
                    continue
                for i in _phrase_core(tok, table):
                    key = table.key_of(table.tokens[i])
                    if key is not None:
                        keys.add(key)
        keys |= {bodies[k] for k in keys if k in bodies}
        if keys:
            frozen = frozenset(keys)
            out.update((i, frozen) for i in range(start, end))
    return out


def _bodies(roles: list[Role] | tuple[Role, ...]) -> dict[str, str]:
    """Person -> the one organisation or country they hold a role in (the body they
    speak for), for those who hold roles in exactly one."""
    of: dict[str, set[str]] = defaultdict(set)
    for r in roles:
        # a job's organisation is where one works or comes from ("US actor"), no body one
        # speaks for: roles.affiliations gives the organisations of jobs that are
        if r.organization and not r.former and ROLE_PROPERTIES.get(r.role) != "affiliatedWith":
            of[r.holder].add(r.organization)
    return {holder: next(iter(orgs)) for holder, orgs in of.items() if len(orgs) == 1}


#: First-person pronouns of a quotation: the one quoted ("I") and the body they speak
#: for ("we").
_FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})


def resolve_quoted(doc: Doc, table: EntityTable, claims: list[Claim] | tuple[Claim, ...],
                   roles: list[Role] | tuple[Role, ...] = ()) -> list[Resolution]:
    """First-person pronouns inside a claim's words refer to whoever is quoted: '"I signed
    the bill," Ivey said' -> "I" is Ivey; '"We stand ready," tweeted Johnson' -> "we" is
    the one organisation or country the quoted person holds a role in (the organisation
    or country itself when it is quoted; for someone holding no role there, the
    organisation they were introduced with: '"We have to dock," SpaceX founder Elon Musk
    said' -> SpaceX). Added to ``table`` like ``resolve``'s."""
    bodies = {**affiliations(doc, table), **_bodies(roles)}
    out: list[Resolution] = []
    for claim in claims:
        if claim.speaker is None:  # (reported speech has no first person: "I", "we"
            continue               # in a claim's words are quoted, marked or not)
        type_ = table.type_of(claim.speaker)
        if type_ == "Person":
            singular, plural = claim.speaker, bodies.get(claim.speaker)
        elif type_ in ("Organization", "Country"):
            singular, plural = None, claim.speaker
        else:
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        for tok in span if span is not None else ():
            if tok.pos_ != "PRON" or table.key_of(tok) is not None:
                continue
            key = singular if tok.lower_ in _FIRST_SINGULAR else \
                plural if tok.lower_ in _FIRST_PLURAL else None
            if key is None:
                continue
            mention = doc[tok.i:tok.i + 1]
            table.add(mention, table.type_of(key), table.name_of(key), kind="pronoun", key=key)
            out.append(Resolution(mention.text, mention.start_char, mention.end_char, key,
                                  "pronoun", 0.8))
    return out
