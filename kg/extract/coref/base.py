"""What the coreference steps share: the resolved mention, the words they read
(kg/data/extract/discourse.json), an article's entity mentions and the parse's
salience cues."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract import lexicons
from kg.extract.frames import lexicon
from kg.extract.table import EntityTable

#: Sentences before the current one searched for a pronoun's antecedent.
PRONOUN_WINDOW = 2


#: ... and for a definite description's.
DESCRIPTION_WINDOW = 4


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


LEADER_PROPERTIES = frozenset({"presidentOf", "primeMinisterOf", "leaderOf"})


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
class Mention:
    key: str
    root: Token
    sentence: int


class Words:
    def __init__(self) -> None:
        lex = lexicons.load_json("discourse.json")
        self.pronouns = {k: tuple(v) for k, v in lex["pronouns"].items()}
        self.thing_types = frozenset(lex["thing_types"])
        self.plural_types = frozenset(lex["plural_types"])
        self.they_bodies = frozenset(lex.get("they_body_types", ()))
        self.description_heads = {k: frozenset(v) for k, v in lex["description_heads"].items()}
        self.owned_bodies = {k: frozenset(v) for k, v in lex["owned_bodies"].items()}
        self.plural_heads = {k: frozenset(v)
                             for k, v in lex["plural_description_heads"].items()}
        self.org_kinds = {k: frozenset(v) for k, v in lex["org_kind_words"].items()}
        self.strict_heads = frozenset(lex["strict_description_heads"])
        self.product_heads = frozenset(lex["product_maker_heads"])
        self.extraposing = frozenset(lex["extraposing_verbs"])
        #: verbs (and light verbs' nouns) that judge someone for a deed
        self.judging = frozenset(lex["reason_object_verbs"]) | frozenset(
            lex["reason_object_nouns"])
        self.situation_it = frozenset(lex["situation_it_verbs"])
        self.person_heads = {k: frozenset(v)
                             for k, v in lex["person_description_heads"].items()}
        self.agent_nouns = {k: frozenset(v) for k, v in lex["agent_nouns"].items()}
        self.name_heads = {k: frozenset(v) for k, v in lex["name_head_descriptions"].items()}
        self.name_cues = {k: frozenset(v) for k, v in lex["name_cue_descriptions"].items()}
        self.name_cue_contrasts = frozenset(lex["name_cue_contrasts"])
        self.former_name_verbs = frozenset(lex["former_name_verbs"])
        self.kinship = {k: (v["gender"], frozenset(v["as"]), frozenset(v["converse"]))
                        for k, v in lex["kinship"].items()}
        self.female = frozenset(lex["female_words"])
        self.male = frozenset(lex["male_words"])
        #: given name -> "f"/"m", derived from open Wikidata records (given_names.json)
        self.given_names: dict[str, str] = lexicons.load_json("given_names.json")["names"]
        self.regions = {k: frozenset(v) for k, v in lex["regions"].items()}
        self.speech = lexicon().speech
        self.titles: dict[str, str] = lexicons.roles()["titles"]
        self.body_part_titles = frozenset(lex["body_part_titles"])
        self.countries = lexicons.countries()


@lru_cache(maxsize=1)
def discourse_words() -> Words:
    return Words()


def mentions_of(doc: Doc, table: EntityTable) -> list[Mention]:
    """Entity mentions in text order (runs of tokens with one key), with their root token."""
    out: list[Mention] = []
    run: list[Token] = []
    run_key = None
    for tok in table.tokens:  # one pass: indexing a Doc token by token is slow
        key = table.key_of(tok)
        if key is not None and key == run_key and not tok.is_punct:
            run.append(tok)
            continue
        if run:
            out.append(Mention(run_key, run_root(run), table.sentence_index(run[0])))
        run, run_key = ([tok], key) if key is not None else ([], None)
    if run:
        out.append(Mention(run_key, run_root(run), table.sentence_index(run[0])))
    return out



#: Types the entity step may give a bare surname it did not join to the person named
#: before ("Kyle Rittenhouse ... Rittenhouse contended he", "David Hossein Safavian ...
#: Safavian was charged"); a gazetteer country ("Jordan") is left as it is.
_SURNAME_MISTYPES = frozenset({"Organization", "Group", "Thing", "Place", "Facility"})


def surnames_as_persons(mentions: list[Mention], table: EntityTable) -> list[Mention]:
    """Mentions with a one-word proper name that is the surname of exactly one person
    named before it taken as that person, so that "he" or "she" can stand for them."""
    surnames: dict[str, str | None] = {}  # last word -> person key (None: two persons)
    out: list[Mention] = []
    for m in mentions:
        type_ = table.type_of(m.key)
        name = table.name_of(m.key)
        if type_ == "Person" and " " in name:
            last = name.split()[-1].lower()
            surnames[last] = m.key if surnames.get(last, m.key) == m.key else None
        elif type_ in _SURNAME_MISTYPES and m.root.pos_ == "PROPN" and " " not in name \
                and (person := surnames.get(name.lower())):
            m = Mention(person, m.root, m.sentence)
        out.append(m)
    return out


def run_root(run: list[Token]) -> Token:
    """The token of a run whose head lies outside it (Span.root, without building a Span)."""
    first, last = run[0].i, run[-1].i
    for tok in run:
        if not first <= tok.head.i <= last or tok.head.i == tok.i:
            return tok
    return run[-1]


def role_weight(tok: Token) -> float:
    """Salience by grammatical role: subjects > objects > the rest."""
    if tok.dep_ in SUBJECT_DEPS:
        return 1.0
    if tok.dep_ == "poss" and tok.head.dep_ in SUBJECT_DEPS:
        return 0.8
    if tok.dep_ in ("dobj", "dative", "attr"):
        return 0.7
    if tok.dep_ in ("appos", "compound") and tok.head.dep_ in SUBJECT_DEPS:
        return 0.9
    return 0.5


def clause_head(tok: Token) -> Token:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: Dependents that are part of what a noun phrase names (not a word modifying it):
#: "Waseem's mother, Anwar": the mother and Anwar, not Waseem; "Chinese officials": the
#: officials, not China.
_CORE_DEPS = frozenset({"compound", "appos", "conj", "cc", "flat", "punct"})


def phrase_core(tok: Token, table: EntityTable) -> set[int]:
    """A noun phrase's head with its name, appositions and conjuncts (not the words
    modifying it)."""
    out = {tok.i}
    for c in table.children(tok):
        if c.dep_ in _CORE_DEPS:
            out |= phrase_core(c, table)
    return out


def coordinated_name(root: Token, table: EntityTable) -> bool:
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


def object_controller(verb: Token, table: EntityTable) -> Token | None:
    """The object of the verb a subjectless gerund after "of" / "for" hangs on ("accused
    Biden of saying", "praised the minister for saying"), or None."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "poss" for c in table.children(verb)):
        return None
    prep = table.head(verb)
    governor = table.head(prep)
    if prep.lower_ not in ("of", "for") or governor.pos_ != "VERB":
        return None
    return next((c for c in table.children(governor) if c.dep_ == "dobj"), None)
