"""Relations stated by a noun between two named entities: kinship, parent companies, bases.

Three constructions, read from the tokens around a relation noun of
``kg/data/extract/relation_nouns.json`` (kinship and ownership nouns are no offices, so
they give facts, not ``kg.model.Role`` positions):

- the noun before the name, with a possessor: "his wife MacKenzie Scott", "Trump's son
  Donald Jr.", "Google's parent company Alphabet", "her husband, Mark";
- an apposition after the name: "Ivanka Trump, the daughter of Donald Trump", "Scott,
  Bezos' former wife", "WhatsApp, a subsidiary of Meta";
- the noun first, its name in apposition after the "of" phrase: "The daughter of Tom
  Green, Anna Green, said";
- the noun after a copula: "Anna Green is the daughter of Tom Green", "Paul, who is
  Tom's brother", "WhatsApp is a subsidiary of Meta";
- a hyphenated place adjective: "Seattle-based Amazon" -> based in Seattle.

The other entity is a named possessor, an "of" phrase (past a title before the name:
"the wife of senator John Smith"), or a possessive pronoun that coreference resolved
("his" -> the person it refers to); when it resolved none, or the two are not of the
noun's type, there is no relation.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract import lexicons
from kg.extract.nodes import POSSESSIVE_PRONOUNS
from kg.extract.table import EntityTable
from kg.model import Relation

_DETERMINERS = frozenset({"a", "an", "the"})


@dataclass(frozen=True)
class _Noun:
    property: str
    holder_is_subject: bool
    types: frozenset[str]


@dataclass(frozen=True)
class _Table:
    nouns: dict[str, _Noun]
    former: frozenset[str]
    modifiers: frozenset[str]
    compounds: dict[str, str]
    places: frozenset[str]
    confidence: dict[str, float]
    #: what a word must be for it and the next to make one of ``nouns`` (each key cut
    #: at each of its spaces): most words are none, and need no two-word string made
    firsts: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _table() -> _Table:
    raw = lexicons.load_json("relation_nouns.json")
    types = {k: frozenset(v) for k, v in raw["types"].items()}
    return _Table(
        nouns={w: _Noun(e["property"], e["holder"] == "subject", types[e["type"]])
               for w, e in raw["nouns"].items()},
        former=frozenset(raw["former"]), modifiers=frozenset(raw["modifiers"]),
        compounds=dict(raw["compounds"]), places=types["Place"],
        confidence=dict(raw["confidence"]),
        firsts=frozenset(w[:i] for w in raw["nouns"] for i, c in enumerate(w) if c == " "))


def _noun_at(tokens: list[Token], i: int, t: _Table) -> tuple[str, int, bool] | None:
    """(noun, index of its last token, former) of a relation noun starting at ``i``:
    two-word nouns first ("parent company"), "ex-wife" as a former "wife"."""
    word = tokens[i].lower_
    if i + 1 < len(tokens) and word in t.firsts:
        two = f"{word} {tokens[i + 1].lower_}"
        if two in t.nouns:
            return two, i + 1, False
    if word in t.nouns and tokens[i].tag_ in ("NN", "NNP"):
        return word, i, False
    if word.startswith("ex-") and word[3:] in t.nouns:
        return word[3:], i, True
    return None


def _name_key(tok: Token, table: EntityTable) -> str | None:
    """The entity a token names (a name mention, not a pronoun or description)."""
    key = table.key_of(tok)
    if key is None or table.is_description(key) or table.mention_kind(key, tok) != "name":
        return None
    return key


def _possessor(tokens: list[Token], start: int, table: EntityTable, t: _Table
               ) -> tuple[str | None, bool, int, bool]:
    """The possessor before a noun starting at ``start``, past its modifiers: (entity
    key or None, whether a pronoun, index of its first token, former)."""
    j, former = start - 1, False
    while j >= 0 and tokens[j].lower_ in t.modifiers:
        former = former or tokens[j].lower_ in t.former
        j -= 1
    if j < 0:
        return None, False, start, former
    tok = tokens[j]
    if tok.lower_ in POSSESSIVE_PRONOUNS and tok.tag_ == "PRP$":
        # "Joe Biden and his son": the pronoun is the name it is conjoined to, whatever
        # coreference chose; else coreference put it in the table when it resolved it
        if j >= 2 and tokens[j - 1].lower_ == "and":
            conjunct = _name_key(tokens[j - 2], table)
            if conjunct is not None:
                return conjunct, True, j, former
        return table.key_of(tok), True, j, former
    if j > 0 and (tok.tag_ == "POS" or (tok.lower_ in ("'", "’")
                                        and tokens[j - 1].lower_.endswith("s"))):
        key = _name_key(tokens[j - 1], table)  # "Trump's son", "Bezos' wife"
        return key, False, _name_start(tokens, j - 1, key, table) if key else j - 1, former
    return None, False, start, former


def _of_phrase(tokens: list[Token], end: int, table: EntityTable) -> tuple[str | None, int]:
    """The entity of an "of" phrase right after the noun: "the daughter of Donald Trump"."""
    j = end + 1
    if j >= len(tokens) or tokens[j].lower_ != "of":
        return None, end
    j += 1
    if j < len(tokens) and tokens[j].lower_ in _DETERMINERS:
        j += 1
    # past the words before the name that modify it: "the wife of senator John Smith",
    # "the daughter of the actor Tom Green", "the son of former president George Bush"
    first = j
    while j < len(tokens) and j <= end + 8 and (_modifies_name(tokens[j], table) or (
            j > first and table.key_of(tokens[j]) is not None and
            table.key_of(tokens[j]) == table.key_of(tokens[j - 1]) and
            table.type_of(table.key_of(tokens[j])) != "Person")):  # "Al - Qaeda founder"
        j += 1
    if j >= len(tokens):
        return None, end
    key = _name_key(tokens[j], table)
    k = j
    while k + 1 < len(tokens) and table.key_of(tokens[k + 1]) == key:
        k += 1
    return key, k


def _modifies_name(tok: Token, table: EntityTable) -> bool:
    """A word before a name that modifies it, directly or through the title it modifies
    ("senator" in "senator John Smith", "former" in "former president George Bush", the
    place or body of the title in "U.S. President John F. Kennedy", "the late Al-Qaeda
    founder Osama bin Laden")."""
    own = table.key_of(tok)
    for _ in range(4):
        if tok.dep_ not in ("compound", "amod", "nmod") or table.head(tok).i <= tok.i:
            return False
        tok = table.head(tok)
        key = table.key_of(tok)
        if key is not None and key != own:
            return table.type_of(key) == "Person" or own is None
    return False


def _name_end(tokens: list[Token], i: int, key: str, table: EntityTable) -> int:
    while i + 1 < len(tokens) and table.key_of(tokens[i + 1]) == key:
        i += 1
    return i


def _name_start(tokens: list[Token], i: int, key: str, table: EntityTable) -> int:
    while i - 1 >= 0 and table.key_of(tokens[i - 1]) == key:
        i -= 1
    return i


def _listed(tokens: list[Token], last: int) -> bool:
    """Whether a phrase ending at ``last`` goes on as a list: ", and", "and", "or"."""
    nxt = [t.lower_ for t in tokens[last + 1:last + 3]]
    return bool(nxt) and (nxt[0] in ("and", "or") or nxt[:2] in ([",", "and"], [",", "or"]))


def _of_type(key: str | None, types: frozenset[str], table: EntityTable) -> bool:
    return key is not None and table.type_of(key) in types


def relation_nouns(doc: Doc, table: EntityTable) -> list[Relation]:
    """Kinship, parent-company and based-in facts stated by nouns (module docstring)."""
    t = _table()
    tokens = table.tokens
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()

    def emit(subject: str, prop: str, obj: str, first: int, last: int, former: bool,
             confidence: float) -> None:
        if subject == obj or (subject, prop, obj) in seen:
            return
        seen.add((subject, prop, obj))
        out.append(Relation(
            subject=subject, predicate=prop, obj=obj,
            sentence=table.sentence_index(tokens[first]), start=tokens[first].idx,
            end=tokens[last].idx + len(tokens[last]), confidence=confidence, former=former))

    for i, tok in enumerate(tokens):
        compound = _compound(tokens, i, table, t)
        if compound is not None:
            holder, prop, place, first, last = compound
            emit(holder, prop, place, first, last, False, t.confidence["compound"])
            continue
        found = _noun_at(tokens, i, t)
        if found is None:
            continue
        word, end, ex = found
        noun = t.nouns[word]
        other, pronoun, first, former = _possessor(tokens, i, table, t)
        former = former or ex
        last = end
        holder = None
        # the name after the noun ("his wife MacKenzie Scott", "her husband, Mark")
        j = end + 1
        if j < len(tokens) and tokens[j].text == "," and other is not None:
            j += 1
        if j < len(tokens) and other is not None:
            holder = _name_key(tokens[j], table)
            if holder is not None and table.sentence_index(tokens[j]) == \
                    table.sentence_index(tok):
                last = _name_end(tokens, j, holder, table)
            else:
                holder = None
        if holder is None:
            if other is None:
                other, last = _of_phrase(tokens, end, table)
                pronoun = False
            if other is None:
                continue
            found_holder = _apposed_before(tokens, first, last, table) or \
                _apposed_after(tokens, i, last, table) or _copula_subject(tok, end, last, table)
            if found_holder is None:
                continue
            holder, first, last = found_holder
            pronoun = pronoun or tokens[first].pos_ == "PRON"  # "He was the son of X"
        if not (_of_type(holder, noun.types, table) and _of_type(other, noun.types, table)):
            continue
        subject, obj = (holder, other) if noun.holder_is_subject else (other, holder)
        emit(subject, noun.property, obj, min(first, i), last, former,
             t.confidence["pronoun" if pronoun else "named"])
    return out


def _apposed_before(tokens: list[Token], first: int, last: int, table: EntityTable
                    ) -> tuple[str, int, int] | None:
    """(holder, first, last token) of a name before the noun's phrase, set off by a
    comma: "X, the daughter of Y", "X, Y's wife"."""
    start = first
    if start - 1 >= 0 and tokens[start - 1].lower_ in _DETERMINERS:
        start -= 1
    if start - 2 < 0 or tokens[start - 1].text != ",":
        return None
    holder = _name_key(tokens[start - 2], table)
    if holder is None or _listed(tokens, last):
        return None  # "Kurdi, his brother, and his mother": a list, no apposition
    return holder, _name_start(tokens, start - 2, holder, table), last


def _apposed_after(tokens: list[Token], i: int, last: int, table: EntityTable
                   ) -> tuple[str, int, int] | None:
    """(holder, first, last token) of a name in apposition after the noun's "of" phrase
    when the noun comes first: "The daughter of Tom Green, Anna Green, said". The name
    must be closed by a comma (or end the clause) and the parser must hang it on the
    phrase as an apposition: "the wife of X, Y and Z" is a list."""
    j = last + 2
    if j >= len(tokens) or tokens[last + 1].text != ",":
        return None
    holder = _name_key(tokens[j], table)
    if holder is None or table.sentence_index(tokens[j]) != table.sentence_index(tokens[i]):
        return None
    end = _name_end(tokens, j, holder, table)
    head = next((t for t in tokens[j:end + 1] if t.dep_ == "appos"), None)
    if head is None or not (i <= table.head(head).i <= last) or _listed(tokens, end) or (
            end + 1 < len(tokens) and tokens[end + 1].text not in (",", ".", ";", "—")):
        return None
    return holder, i, end


def _copula_subject(noun: Token, end: int, last: int, table: EntityTable
                    ) -> tuple[str, int, int] | None:
    """(holder, first, last token) of the subject the noun is predicated of: "Anna Green
    is the daughter of Tom Green", "Paul, who is Tom's brother" (the relative pronoun's
    name), "He was the son of ..." (a pronoun coreference resolved)."""
    head = table.tokens[end]
    if head.dep_ != "attr" or table.head(head).lemma_ != "be":
        return None
    cop = table.head(head)
    subject = next((c for c in table.children(cop) if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in ("who", "that") and cop.dep_ == "relcl":
        subject = table.head(cop)
    key = _name_key(subject, table) or (
        table.key_of(subject) if subject.pos_ == "PRON" else None)
    if key is None or table.is_description(key):
        return None
    return key, min(subject.i, noun.i), last


def _compound(tokens: list[Token], i: int, table: EntityTable, t: _Table
              ) -> tuple[str, str, str, int, int] | None:
    """(holder, property, place, first, last token) of "<Place>-based <Name>" at the
    token ``i`` of "based"."""
    tok = tokens[i]
    prop = t.compounds.get(tok.lower_)
    if prop is None or i < 2 or tokens[i - 1].text != "-":
        return None
    place = _name_key(tokens[i - 2], table)
    if not _of_type(place, t.places, table):
        return None
    j = i + 1
    # "a Seattle-based online retailer Amazon" is rare; the name right after is the usual
    if j >= len(tokens):
        return None
    holder = _name_key(tokens[j], table)
    if holder is None or table.type_of(holder) not in ("Organization", "Person", "Group"):
        return None
    first = _name_start(tokens, i - 2, place, table)
    return holder, prop, place, first, _name_end(tokens, j, holder, table)
