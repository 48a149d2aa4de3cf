"""Choosing a Wikidata item for each entity of an article, or NIL.

Every candidate found by name gets an *evidence* score from

- how the name matched: label, alias, loose form (without name particles), a
  person's surname; an alias that is one common word or an acronym, of an item few
  sources know, counts for less ("Crown", "ROS");
- whether the item's kind fits the entity's type (P31 classes, else what the source
  says the item is, else its description: ``kg.link.classes``);
- its popularity: sitelinks, or for items of the open-data sources an estimate from
  how many sources list it and how many names it has;
- support from the article: the other entities linked in a first pass (the item points
  at them or they at it, both point at the same place) and their names in the item's
  description ("state in Australia" next to "Australia").

The best candidate is linked when its evidence is high enough *and* it holds most of
the evidence of all candidates: two items answering to "New York" (the city's alias,
the state's label) with nothing in the article to choose give NIL. A surname alone
needs support. A country named in a sports report is its national team when the index
has one for that sport (metonymy: "Belgium beat Panama 3-0").
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from kg.link.classes import type_fit
from kg.link.index import Hit
from kg.link.records import Record
from kg.model import Entity, Extraction, Link
from kg.vocab import normalise_name

#: Entity types never linked: values (dates, quantities), and groups of people
#: ("Russians", "Russian forces"), which name no one item.
UNLINKED_TYPES = frozenset({"Date", "Quantity", "Group"})
NAME_WEIGHT = {"label": 1.0, "alias": 0.75, "loose": 0.7, "surname": 0.6, "team": 1.0}
CONCEPT = 0.4  # a capitalised name matching only a lower-case label: "Church" ~ "church"
MIN_EVIDENCE = 0.42  # below: NIL
MIN_SHARE = 0.62  # the best candidate's share of all candidates' evidence, or NIL
POPULAR = math.log1p(250)  # sitelinks of a world-famous item
WELL_KNOWN = 0.62  # prior above which a one-word alias is trusted
FAMOUS = 0.78  # prior above which a surname alone may name its bearer
MAX_CANDIDATES = 5
TEAM_ODDS = 3.0  # in a sports report, a national team against the state it represents
#: Sports whose national teams stand for their country in a sports report: the word a
#: team's description uses, and the words that mark an article as a report of it.
SPORTS: dict[str, tuple[str, ...]] = {
    "association football": ("football", "soccer", "fifa", "uefa"),
    "rugby union": ("rugby",),
    "rugby league": ("rugby",),
    "cricket": ("cricket", "wicket", "wickets", "innings"),
    "basketball": ("basketball", "fiba"),
    "ice hockey": ("hockey",),
    "volleyball": ("volleyball",),
    "handball": ("handball",),
}
#: Name words too common to say anything when a description contains them.
GENERIC_WORDS = frozenset({
    "state", "states", "united", "republic", "national", "front", "party", "army", "forces",
    "force", "government", "ministry", "president", "minister", "city", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "central", "great",
    "people", "island", "islands", "kingdom", "democratic", "union", "federal", "federation",
    "international", "organization", "organisation", "council", "islamic", "general",
    "saint", "new", "world", "council", "committee", "office", "house", "base", "port",
    "military", "middle", "first", "second", "royal", "supreme", "court", "university",
    "american", "british", "english"})


@dataclass(frozen=True)
class Scored:
    record: Record
    match: str
    score: float  # evidence, 0..1
    support: float
    primary: bool = True  # found under the entity's own name, not a shorter form
    weight: float = 0.0  # for the share: like ``score`` with popularity on a linear scale


#: Titles and honorifics before a name, stripped for the lookup.
TITLE_WORDS = frozenset("""mr mrs ms miss dr prof professor sir dame lord lady rev reverend
president vice prime minister chancellor senator sen rep representative governor gov
mayor king queen prince princess pope general gen gov. judge justice chief secretary
premier ambassador speaker captain capt colonel col lieutenant lt sergeant sgt major
commissioner minister director chairman chairwoman ceo officer inspector detective
sheikh emir ayatollah imam bishop archbishop cardinal father brother sister saint st
coach""".split())

CandidateSource = Callable[[Entity], list[Hit]]


def surface_forms(entity: Entity) -> list[str]:
    """The entity's name, aliases and named mentions, longest first, without repeats."""
    forms: dict[str, str] = {}
    texts = [entity.name, *entity.aliases,
             *(m.text for m in entity.mentions if m.kind == "name")]
    for text in texts:
        key = normalise_name(text)
        if key and key not in forms:
            forms[key] = text.strip()
    return sorted(forms.values(), key=len, reverse=True)


def lookup_forms(entity: Entity) -> list[str]:
    """The names to look up: surface forms, and the same without a leading title or
    honorific ("Dr Rosena Allin-Khan" -> "Rosena Allin-Khan") or a closing 's."""
    forms: dict[str, str] = {}
    for text in surface_forms(entity):
        for form in (text, _untitled(text)):
            key = normalise_name(form)
            if key and key not in forms:
                forms[key] = form
    return sorted(forms.values(), key=len, reverse=True)


def _untitled(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return " ".join(words)


def linkable(entity: Entity) -> bool:
    return entity.type not in UNLINKED_TYPES and entity.kind == "name"


def needs_online(entity: Entity, hits: list) -> bool:
    """The index knows no item of the right kind under the entity's full name."""
    if not linkable(entity):
        return False
    return not any(h.match in ("label", "alias", "loose")
                   and type_fit(entity.type, h.record) >= 0.8 for h in hits)


def prior(record: Record) -> float:
    """0..1 from sitelinks (or the sources' estimate), on a log scale."""
    return min(1.0, math.log1p(max(0, record.popularity)) / POPULAR)


def sport_of(record: Record) -> str | None:
    """The sport of a team item ("men's national association football team")."""
    text = record.description.casefold()
    if "team" not in text:
        return None
    return next((sport for sport in SPORTS if sport in text), None)


class Context:
    """What the rest of the article says: items linked so far, names, words."""

    def __init__(self, anchors: Mapping[str, Record], words: Iterable[str],
                 text_words: frozenset[str] = frozenset(), text: str = ""):
        self.anchors = dict(anchors)  # qid -> record
        self.words = {w for w in words if len(w) >= 4 and w not in GENERIC_WORDS}
        self.text_words = text_words
        self.text = text

    def support(self, record: Record) -> float:
        """How many other entities of the article back ``record`` (0..1)."""
        n = 0.0
        related = set(record.related)
        for qid, other in self.anchors.items():
            if qid == record.qid:
                continue
            if qid in related or record.qid in other.related:
                n += 1.0  # the pope's country, the city's country
            elif related.intersection(other.related):
                n += 0.5  # both in the same country: Buenos Aires and the pope
        if self.words:
            described = normalise_name(record.description).split()
            # "Syrian politician" is backed by a mention of Syria: prefix match, so
            # adjectives of names count, and at most once.
            if any(d.startswith(w) for d in described for w in self.words):
                n += 0.5
        return min(1.0, n)

    def reports(self, sport: str) -> bool:
        return any(w in self.text_words for w in SPORTS[sport])

    def mostly_a_place(self, entity: Entity) -> bool:
        """Are most of the entity's names after "in", "at", "from" ...? ("the World Cup
        in the Netherlands": the country, even in a sports report)."""
        names = [m for m in entity.mentions if m.kind == "name"]
        before = [_LAST_WORD.search(self.text[max(0, m.start - 20):m.start]) for m in names]
        places = sum(1 for b in before if b and b.group(1).lower() in LOCATIVE)
        return bool(names) and places * 2 >= len(names)


def _weak_alias(hit: Hit, form_words: int) -> bool:
    """An alias that is one word or an acronym, of an item few sources know."""
    return hit.match in ("alias", "loose") and form_words == 1 and \
        prior(hit.record) < WELL_KNOWN


def _concept(record: Record, form: str) -> bool:
    """Does ``form`` match only lower-case names of ``record`` (a concept, not a name)?"""
    key = normalise_name(form)
    matched = [n for n in (record.label, *record.aliases) if normalise_name(n) == key]
    return bool(matched) and all(n[:1].islower() for n in matched)


def score(entity: Entity, hit: Hit, context: Context | None, form: str = "") -> Scored:
    """The evidence for ``hit`` (0..1), and its weight against the other candidates."""
    if hit.match == "team":
        sport = sport_of(hit.record)
        if context is None or sport is None or not context.reports(sport) or \
                context.mostly_a_place(entity):
            return Scored(hit.record, hit.match, 0.0, 0.0)
    factor = NAME_WEIGHT[hit.match]
    factor *= type_fit(entity.type, hit.record) if hit.match != "team" else 1.0
    support = context.support(hit.record) if context is not None else 0.0
    if hit.match == "surname" and support == 0 and prior(hit.record) < FAMOUS:
        factor *= 0.5  # "Assad" alone could be anyone called Assad; "Einstein" is one
    if _weak_alias(hit, len(normalise_name(form or entity.name).split())):
        factor *= 0.6  # "Crown", "ROS": a brand's or an institute's other name
    if form[:1].isupper() and _concept(hit.record, form):
        factor *= CONCEPT
    value = factor * (0.35 + 0.65 * prior(hit.record)) * (1 + 0.6 * support)
    # against the other candidates, popularity counts as it is (a commonness prior):
    # London, the capital, against London, Ontario
    weight = factor * (1 + max(0, hit.record.popularity)) ** 2 * 8 ** support
    if hit.match == "team":
        value = max(value, 0.95)  # its weight: see best_per_item
    return Scored(hit.record, hit.match, min(1.0, round(value, 3)), support, weight=weight)


def best_per_item(entity: Entity, hits: Iterable[Hit], context: Context | None) -> list[Scored]:
    own = {normalise_name(entity.name), normalise_name(_untitled(entity.name))}
    first, _, rest = entity.name.partition(" ")
    if rest and len(first.replace(".", "")) <= 3:
        own.add(normalise_name(rest))  # "US National Science Foundation" is one
    best: dict[str, Scored] = {}
    for hit in hits:
        s = score(entity, hit, context, hit.form)
        if hit.form and normalise_name(hit.form) not in own:
            s = Scored(s.record, s.match, s.score, s.support, primary=False, weight=s.weight)
        old = best.get(s.record.qid)
        rank = (s.primary, s.match == "team" and s.score > 0, s.score)
        if old is None or rank > (old.primary, old.match == "team" and old.score > 0,
                                  old.score):
            best[s.record.qid] = s
    others = max((s.weight for s in best.values() if s.match != "team"), default=1.0)
    for qid, s in best.items():
        if s.match == "team" and s.score > 0:  # a sports report names teams, not states
            best[qid] = Scored(s.record, s.match, s.score, s.support, s.primary,
                               TEAM_ODDS * others)
    return sorted((s for s in best.values() if s.score > 0),
                  key=lambda s: (-s.score, -s.record.popularity, int(s.record.qid[1:])))


def _shares_word(name: str, record: Record) -> bool:
    """Does some name of ``record`` share a word with ``name`` (beyond generic words)?"""
    mine = set(normalise_name(name).split()) - GENERIC_WORDS
    return any(mine & set(normalise_name(n).split()) for n in (record.label, *record.aliases))


def decide(entity: Entity, ranked: list[Scored], source_of: Callable[[str], str]) -> Link:
    """The Link for ``entity``: the candidate with most of the weight, when its evidence
    and its share are both high enough; NIL otherwise. Every candidate's score is the
    lower of its evidence and its share (runner-ups best first)."""
    if not ranked:
        return Link(entity.key, None, 0.0, (), "offline")
    # items found under the entity's full name outrank those only a short form finds
    # ("USI" also abbreviates other universities; "America" also names the Americas)
    pool = [s for s in ranked if s.primary] or [
        s for s in ranked if s.match != "surname" and _shares_word(entity.name, s.record)]
    total = sum(s.weight for s in pool) or 1.0
    pooled = {id(s) for s in pool}
    scored = sorted(((min(s.score, s.weight / total) if id(s) in pooled else 0.0, s)
                     for s in ranked),
                    key=lambda p: (-p[0], -p[1].weight, int(p[1].record.qid[1:])))
    candidates = tuple((s.record.qid, round(v, 3)) for v, s in scored[:MAX_CANDIDATES])
    if not pool:  # only a short form found something, unrelated to the full name ("CC")
        return Link(entity.key, None, 0.0, candidates, "offline")
    top = max(pool, key=lambda s: s.weight)
    sure = top.score >= MIN_EVIDENCE and top.weight / total >= MIN_SHARE
    return Link(entity_key=entity.key, qid=top.record.qid if sure else None,
                score=candidates[0][1], candidates=candidates,
                source=source_of(top.record.qid) if sure else "offline")


_WORD = re.compile(r"[a-z]+")
_LAST_WORD = re.compile(r"(\w+)\W+(?:the\s+)?$")
#: Prepositions after which a country is a place, not its team.
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "across", "throughout", "inside",
                      "outside", "around", "into", "within"})


def link_extraction(extraction: Extraction, candidates_of: CandidateSource,
                    source_of: Callable[[str], str] = lambda qid: "offline") -> dict[str, Link]:
    """Link every linkable entity of ``extraction``: entity key -> Link."""
    entities = [e for e in extraction.entities if linkable(e)]
    hits = {e.key: candidates_of(e) for e in entities}
    text = extraction.article.text
    text_words = frozenset(_WORD.findall(text.casefold()))
    # Pass 1, no context: full-name links become anchors for pass 2.
    anchors: dict[str, tuple[str, Record]] = {}
    for e in entities:
        ranked = best_per_item(e, hits[e.key], Context({}, (), text_words, text))
        if ranked and ranked[0].match != "surname":
            link = decide(e, ranked, source_of)
            if link.qid:
                anchors[e.key] = (link.qid, next(s.record for s in ranked
                                                 if s.record.qid == link.qid))
    words = {e.key: set(normalise_name(" ".join(surface_forms(e))).split()) for e in entities}
    links: dict[str, Link] = {}
    for e in entities:
        others = {q: r for k, (q, r) in anchors.items() if k != e.key}
        other_words = set().union(*(w for k, w in words.items() if k != e.key)) - words[e.key]
        ranked = best_per_item(e, hits[e.key], Context(others, other_words, text_words, text))
        links[e.key] = decide(e, ranked, source_of)
    return links
