"""Summary figures of a store: articles, entities by type, statements, linked share."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from kg.store import Store
from kg.vocab import sparql_prefixes

#: Types Wikidata linking applies to (dates and quantities are never linked, nor are
#: descriptions: "they", "the company" are counted apart, not as names left unlinked).
LINKABLE = ("Person", "Organization", "Country", "Place", "Facility", "Group", "EventName")


@dataclass(frozen=True)
class Stats:
    articles: int
    triples: int
    entities_by_type: dict[str, int]
    facts: int
    events: int
    claims: int
    positions: int
    linkable_entities: int
    linked_entities: int
    #: Articles by the thresholds their facts and claims were emitted at, as
    #: "facts>=0.75 claims>=0.31" ("unrecorded": built before kg recorded them, or imported).
    thresholds: dict[str, int]

    @property
    def linked_share(self) -> float:
        return self.linked_entities / self.linkable_entities if self.linkable_entities else 0.0


def _count(store, where: str) -> int:
    rows = list(store.query(sparql_prefixes() + f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
    return int(rows[0]["n"].value)


def compute_stats(store: Store) -> Stats:
    by_type = {}
    query = sparql_prefixes() + """
        SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e kg:identityKey ?key ; a ?t .
          FILTER(STRSTARTS(STR(?t), STR(kg:)))
          BIND(STRAFTER(STR(?t), STR(kg:)) AS ?type)
        } GROUP BY ?type ORDER BY DESC(?n)"""
    for row in store.query(query):
        by_type[row["type"].value] = int(row["n"].value)
    # the named entities of a linkable type: the share's denominator, and its numerator
    # those of them linked (one pattern, so the linked are always among the linkable)
    named = (f"VALUES ?t {{ {' '.join(f'kg:{t}' for t in LINKABLE)} }} ?e a ?t "
             f"MINUS {{ ?e a kg:Description }}")
    return Stats(
        articles=_count(store, "SELECT DISTINCT ?a WHERE { ?a a kg:Article }"),
        triples=len(store),
        entities_by_type=by_type,
        facts=_count(store, "?f a kg:Fact"),
        events=_count(store, "?e a kg:Event"),
        claims=_count(store, "?c a kg:Claim"),
        positions=_count(store, "?p a kg:Position"),
        linkable_entities=_count(store, f"SELECT DISTINCT ?e WHERE {{ {named} }}"),
        linked_entities=_count(store, f"SELECT DISTINCT ?e WHERE {{ {named} ?e owl:sameAs ?q }}"),
        thresholds=_thresholds(store),
    )


def _thresholds(store: Store) -> dict[str, int]:
    query = sparql_prefixes() + """
        SELECT ?f ?c (COUNT(DISTINCT ?a) AS ?n) WHERE {
          ?a a kg:Article .
          OPTIONAL { ?a prov:wasGeneratedBy ?run . ?run kg:factThreshold ?f ; kg:claimThreshold ?c }
        } GROUP BY ?f ?c ORDER BY DESC(?n)"""
    out = {}
    for row in store.query(query):
        f, c = row["f"], row["c"]
        key = (f"facts>={float(f.value):g} claims>={float(c.value):g}"
               if f is not None and c is not None else "unrecorded")
        out[key] = out.get(key, 0) + int(row["n"].value)
    return out


def render_stats(store: Store, as_json: bool = False) -> str:
    """The figures of :func:`compute_stats` as lines of text, or as JSON."""
    stats = compute_stats(store)
    if as_json:
        return json.dumps({**asdict(stats), "linked_share": round(stats.linked_share, 4)}, indent=2)
    lines = [f"articles:   {stats.articles}", f"triples:    {stats.triples}",
             f"facts:      {stats.facts}", f"events:     {stats.events}",
             f"claims:     {stats.claims}", f"positions:  {stats.positions}",
             f"linked:     {stats.linked_entities}/{stats.linkable_entities} named entities "
             f"({stats.linked_share:.0%})"]
    lines += [f"read at:    {k} ({n} article{'s' if n != 1 else ''})"
              for k, n in stats.thresholds.items()]
    lines += ["entities by type:"]
    lines += [f"  {t:<14}{n}" for t, n in stats.entities_by_type.items()]
    return "\n".join(lines)
