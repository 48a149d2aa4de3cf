"""Named-entity mentions: spaCy labels -> kg types, canonical names, merging within an article.

The spans come from the model as corrected by ``components.EntityRules``. Here each
span gets a type and a canonical name, and names that refer to the same thing in one
article share one key:

- people: "Putin", "President Putin", "Putin's" -> "Vladimir Putin" (surname or first
  name of exactly one full name of the article; titles were trimmed by the component);
- countries from the gazetteer ("Russian Federation" -> Russia); a demonym that
  qualifies a title or a government ("Syrian President", "the Syrian government")
  names the country, otherwise it is a Group ("Russian"), never the country itself;
- armed forces ("Russian troops", "the Moscow army") -> Group "Russian forces";
- facilities keyed by their proper name ("Hmeimim air base" = "air base Hmeimim"),
  and a bare name the model typed as a person or organisation becomes that facility;
- otherwise the majority type of a name within the article wins (model slips).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.extract import lexicons
from kg.extract.components import STATE_FORCE_WORDS
from kg.extract.table import EntityTable
from kg.vocab import entity_key, normalise_name

#: spaCy label -> kg type. GPE/LOC are refined to Country or Place below.
LABEL_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Facility",
    "NORP": "Group",
    "FORCES": "Group",
    "EVENT": "EventName",
    "DATE": "Date",
    "TIME": "Date",
    "CARDINAL": "Quantity",
    "QUANTITY": "Quantity",
    "MONEY": "Quantity",
    "PERCENT": "Quantity",
    "PRODUCT": None,  # kept only when the article shows it is a facility ("Tartous")
}
#: Prepositions of place: a one-word "person" after them is a place.
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})
#: Types a name may flip between when the model is inconsistent within an article.
_VOTING = ("Place", "Organization", "Person")


@dataclass
class _Candidate:
    span: Span
    type: str | None
    name: str  # display name
    ident: str  # the name the key is made from
    kind: str = "name"


class _Lexicon:
    """The word lists entity typing needs, read once per process."""

    def __init__(self) -> None:
        lex = lexicons.entities()
        self.countries = lexicons.countries()
        self.org_alias = {a: canon for canon, aliases in lex["organizations"].items()
                          for a in aliases}
        self.facility_cues = sorted((c.lower() for c in lex["facility_cues"]),
                                    key=lambda c: -len(c))
        self.force_nouns = frozenset(lex["force_nouns"])
        self.context_nouns = frozenset(lex["org_context_nouns"])
        self.titles = frozenset(t for t in lexicons.roles()["titles"] if " " not in t)
        self.honorifics = frozenset(lex["honorifics"])
        roles = lexicons.roles()
        self.title_words = (frozenset(roles["modifiers"]) | frozenset(roles["portfolios"])
                            | frozenset(roles["titles"]))
        self.canonical_orgs = frozenset(self.org_alias)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def _facility_parts(span: Span, lex: _Lexicon) -> tuple[str, str]:
    """(core name, display name): 'air base Hmeimim' -> ('Hmeimim', 'air base Hmeimim')."""
    lower = f" {span.text.lower()} "
    for cue in lex.facility_cues:
        if f" {cue} " in lower:
            words = [t.text for t in span]
            cue_len = len(cue.split())
            low = [w.lower() for w in words]
            for i in range(len(low) - cue_len + 1):
                if " ".join(low[i:i + cue_len]) == cue:
                    core = words[:i] + words[i + cue_len:]
                    core = [w for w in core if w.lower() not in ("of", "the")]
                    return " ".join(core) or span.text, span.text
    # the cue follows the name, maybe after a parenthesis: "Hmeimim (Lattakia) air base"
    doc, j = span.doc, span.end
    if j < len(doc) and doc[j].text == "(":
        while j < len(doc) and j - span.end < 6 and doc[j].text != ")":
            j += 1
        j += 1
    rest = " ".join(t.lower_ for t in doc[j:j + 4]) + " "
    for cue in lex.facility_cues:
        if rest.startswith(cue + " "):
            return span.text, f"{span.text} {doc[j:j + len(cue.split())].text}"
    return span.text, span.text


def _looks_like_person(ent: Span, lex: _Lexicon) -> bool:
    """A name the model mistyped that its context shows is a person: 'Mr Abadi',
    'Minister Fabius', 'the foreign minister, Laurent Fabius'."""
    if ent.text in lex.canonical_orgs or lex.countries.country_of(ent.text):
        return False
    if ent.start > 0:
        prev = ent.doc[ent.start - 1]
        if prev.lower_ in lex.honorifics or (prev.lower_ in lex.titles and prev.is_title):
            return True
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in lex.titles:
        return True
    return any(c.dep_ == "appos" and c.lower_ in lex.titles for c in root.children)


def _candidate(ent: Span, lex: _Lexicon) -> _Candidate | None:
    label = ent.label_
    type_ = LABEL_TYPES.get(label)
    text = ent.text.strip()
    c = lex.countries
    if label in ("ORG", "GPE", "NORP") and text.lower() in lex.title_words:
        return None  # "Defence" of "Britain's Defence Secretary" is part of a title
    if label in ("GPE", "LOC", "ORG", "NORP") and text in c.names:
        country = c.names[text]
        return _Candidate(ent, "Country", country, country)
    if label in ("ORG", "GPE", "LOC", "NORP", "PRODUCT") and _looks_like_person(ent, lex):
        return _Candidate(ent, "Person", text, text)
    if label == "FORCES":
        force_words = [t for t in ent if t.lower_ in lex.force_nouns]
        mod = " ".join(t.text for t in ent[: force_words[0].i - ent.start]
                       if t.tag_ != "POS" and t.lower_ not in STATE_FORCE_WORDS
                       ) if force_words else text
        country = c.country_of(mod)
        name = f"{c.adjective.get(country, mod)} forces" if country else text
        return _Candidate(ent, "Group", name, name)
    if label == "NORP":
        country = c.demonyms.get(text)
        if country:
            head = ent.root.head
            if ent.root.dep_ in ("amod", "compound", "nmod") and (
                    head.lower_ in lex.titles or head.lower_ in lex.context_nouns):
                return _Candidate(ent, "Country", country, country, kind="description")
            adjective = c.adjective.get(country, text)
            return _Candidate(ent, "Group", adjective, adjective)
        return _Candidate(ent, "Group", text, text)
    if label == "ORG":
        canon = lex.org_alias.get(text, text)
        return _Candidate(ent, "Organization", canon, canon)
    if label == "FAC":
        core, display = _facility_parts(ent, lex)
        return _Candidate(ent, "Facility", display, core)
    if label == "PRODUCT":
        return _Candidate(ent, None, text, text)
    if type_ is None:
        return None
    return _Candidate(ent, type_, text, text)


def _person_identity(name: str) -> list[str]:
    """Name tokens for matching: 'Bashar al-Assad' -> ['bashar', 'assad']."""
    out = []
    for word in normalise_name(name).split():
        if word in ("al", "el", "ad", "as", "bin", "ibn") and out:
            continue
        out.append(word)
    return out


def _merge_people(cands: list[_Candidate], lex: _Lexicon) -> None:
    """Point short and variant person names at the one full name they abbreviate.

    A one-word name the model typed as an organisation or place ("Abadi") that is the
    surname of a person of the article is that person.
    """
    people = [c for c in cands if c.type == "Person"]
    full: dict[tuple[str, str], str] = {}  # (first, last) -> longest full name
    for c in people:
        words = _person_identity(c.name)
        if len(words) >= 2:
            sig = (words[0], words[-1])
            if len(c.name) > len(full.get(sig, "")):
                full[sig] = c.name
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for (first, last), name in full.items():
        by_last[last].add(name)
        by_first[first].add(name)
    surnames = {last for (_, last) in full}
    for c in cands:
        if (c.type in ("Organization", "Place", None) and c.span.label_ != "FAC"
                and len(c.span) == 1 and normalise_name(c.name) in surnames
                and not lex.countries.country_of(c.name) and c.name not in lex.canonical_orgs):
            c.type = "Person"
            people.append(c)
    for c in people:
        words = _person_identity(c.name)
        if len(words) >= 2:
            c.ident = full[(words[0], words[-1])]
        elif words:
            matches = by_last.get(words[0]) or by_first.get(words[0]) or set()
            if len(matches) == 1:
                c.ident = next(iter(matches))


def _places_read_as_people(cands: list[_Candidate]) -> None:
    """A lone one-word 'person' that is where something happens ('in Sochi', 'visit
    Sochi') and is no surname of a person of the article is a place."""
    for c in cands:
        if c.type != "Person" or len(c.span) != 1 or c.ident != c.name:
            continue
        if c.span.start > 0 and c.span.doc[c.span.start - 1].is_title:
            continue  # "President Sochi", "Mr Sochi": a title or honorific before it
        root = c.span.root
        if (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE) or (
                root.dep_ == "dobj" and root.head.lemma_.lower() in ("visit", "tour")):
            c.type = "Place"


def _vote_types(cands: list[_Candidate]) -> None:
    """Make one name one type within the article: facilities first, then the majority."""
    cores = {normalise_name(c.ident): c for c in cands if c.type == "Facility"}
    for c in cands:
        if c.type in ("Person", "Organization", None) and normalise_name(c.name) in cores:
            fac = cores[normalise_name(c.name)]
            c.type, c.ident, c.name = "Facility", fac.ident, c.name
    votes: dict[str, Counter] = defaultdict(Counter)
    for c in cands:
        if c.type in _VOTING and c.kind == "name":
            votes[normalise_name(c.ident)][c.type] += 1
    for c in cands:
        if c.type in _VOTING:
            count = votes[normalise_name(c.ident)]
            c.type = max(_VOTING, key=lambda t: (count[t], -_VOTING.index(t)))


def find_entities(doc: Doc, table: EntityTable) -> None:
    """Add every named-entity mention of ``doc`` to ``table``, merged within the article."""
    lex = _lexicon()
    cands = [c for c in (_candidate(ent, lex) for ent in table.ents) if c is not None]
    _merge_people(cands, lex)
    _places_read_as_people(cands)
    _vote_types(cands)
    for c in cands:
        if c.type is None or not c.name:
            continue
        table.add(c.span, c.type, c.name, kind=c.kind, key=entity_key(c.type, c.ident))
    _add_missed_surnames(doc, table, cands)


def _add_missed_surnames(doc: Doc, table: EntityTable, cands: list[_Candidate]) -> None:
    """A lone proper noun the model left out that is the surname of exactly one person
    of the article ("Scholz pledged ...") is a mention of that person."""
    owners: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.type == "Person" and len(c.span) > 1:
            owners[c.span[-1].text].add(entity_key("Person", c.ident))
    if not owners:
        return
    # look the surnames up in the text rather than walking every token
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, owners)) + r")\b")
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if tok.ent_iob_ != "O" or tok.pos_ != "PROPN":
            continue
        keys = owners[tok.text]
        near = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
        if len(keys) == 1 and not any(n.pos_ == "PROPN" for n in near):
            table.add(doc[tok.i:tok.i + 1], "Person", "", kind="name", key=next(iter(keys)))
