"""Choosing a Wikidata item for each entity of an article, or NIL.

Each candidate found by name is scored on four things: how the name matched
(label, alias, loose form, surname), whether the item's kind fits the entity's type,
its popularity, and how many other entities of the same article support it (the
item points at them or they at it, or its description names them: "President of
Syria" next to a mention of Syria). Entities linked with a full name in a first pass
are the context of the second pass. A surname alone needs that context; a close
runner-up or a low score gives NIL.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from kg.link.classes import type_fit
from kg.link.index import Hit
from kg.link.records import Record
from kg.model import Entity, Extraction, Link
from kg.vocab import normalise_name

#: Entity types never linked: they are values, not items.
UNLINKED_TYPES = frozenset({"Date", "Quantity"})
NAME_SCORE = {"label": 1.0, "alias": 0.9, "loose": 0.85, "surname": 0.6}
THRESHOLD = 0.5  # below: NIL
MARGIN = 0.05  # a runner-up this close: NIL
POPULAR = math.log1p(250)  # sitelinks of a world-famous item
MAX_CANDIDATES = 5
#: Name words too common to say anything when a description contains them.
GENERIC_WORDS = frozenset({
    "state", "states", "united", "republic", "national", "front", "party", "army", "forces",
    "force", "government", "ministry", "president", "minister", "city", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "central", "great",
    "people", "island", "islands", "kingdom", "democratic", "union", "federal", "federation",
    "international", "organization", "organisation", "council", "islamic", "general",
    "saint", "new", "world", "council", "committee", "office", "house", "base", "port",
    "military", "middle", "first", "second", "royal", "supreme", "court"})

CandidateSource = Callable[[Entity], list[Hit]]


@dataclass(frozen=True)
class Scored:
    record: Record
    match: str
    score: float
    support: float


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


def linkable(entity: Entity) -> bool:
    return entity.type not in UNLINKED_TYPES


class Context:
    """What the rest of the article says: items linked so far and name words."""

    def __init__(self, anchors: Mapping[str, Record], words: Iterable[str]):
        self.anchors = dict(anchors)  # qid -> record
        self.words = {w for w in words if len(w) >= 4 and w not in GENERIC_WORDS}

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


def score(entity: Entity, hit: Hit, context: Context | None) -> Scored:
    name = NAME_SCORE[hit.match]
    fit = type_fit(entity.type, hit.record)
    popularity = min(1.0, math.log1p(max(0, hit.record.popularity)) / POPULAR)
    support = context.support(hit.record) if context is not None else 0.0
    value = name * fit * (0.55 + 0.2 * popularity + 0.3 * support)
    if hit.match == "surname" and support == 0:
        value *= 0.5  # "Assad" alone could be anyone called Assad
    return Scored(hit.record, hit.match, min(1.0, round(value, 3)), support)


def best_per_item(entity: Entity, hits: Iterable[Hit], context: Context | None) -> list[Scored]:
    best: dict[str, Scored] = {}
    for hit in hits:
        s = score(entity, hit, context)
        if s.record.qid not in best or s.score > best[s.record.qid].score:
            best[s.record.qid] = s
    return sorted(best.values(), key=lambda s: (-s.score, -s.record.popularity,
                                                 int(s.record.qid[1:])))


def decide(entity: Entity, ranked: list[Scored], source_of: Callable[[str], str]) -> Link:
    """The Link for ``entity``: its best item, or NIL when unsure."""
    candidates = tuple((s.record.qid, s.score) for s in ranked[:MAX_CANDIDATES])
    if not ranked:
        return Link(entity.key, None, 0.0, (), "offline")
    top = ranked[0]
    runner = ranked[1].score if len(ranked) > 1 else 0.0
    sure = top.score >= THRESHOLD and top.score - runner >= MARGIN
    return Link(entity_key=entity.key, qid=top.record.qid if sure else None,
                score=top.score, candidates=candidates,
                source=source_of(top.record.qid) if sure else "offline")


def link_extraction(extraction: Extraction, candidates_of: CandidateSource,
                    source_of: Callable[[str], str] = lambda qid: "offline") -> dict[str, Link]:
    """Link every linkable entity of ``extraction``: entity key -> Link."""
    entities = [e for e in extraction.entities if linkable(e)]
    hits = {e.key: candidates_of(e) for e in entities}
    # Pass 1, no context: full-name links become anchors for pass 2.
    anchors: dict[str, tuple[str, Record]] = {}
    for e in entities:
        ranked = best_per_item(e, hits[e.key], None)
        if ranked and ranked[0].match != "surname":
            link = decide(e, ranked, source_of)
            if link.qid:
                anchors[e.key] = (link.qid, ranked[0].record)
    words = {e.key: set(normalise_name(" ".join(surface_forms(e))).split()) for e in entities}
    links: dict[str, Link] = {}
    for e in entities:
        others = {q: r for k, (q, r) in anchors.items() if k != e.key}
        other_words = set().union(*(w for k, w in words.items() if k != e.key)) - words[e.key]
        ranked = best_per_item(e, hits[e.key], Context(others, other_words))
        links[e.key] = decide(e, ranked, source_of)
    return links
