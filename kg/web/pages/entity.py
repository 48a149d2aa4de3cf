"""An entity's profile across all articles, and its neighbourhood for the graph view."""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from flask import abort, render_template, url_for

from kg.web import page_queries
from kg.web.pages.common import as_int, page_arg, query_or_503, sections, shown_date, value
from kg.web.terms import (KG, WIKIDATA_ENTITY, WIKIDATA_PAGE, article_local, evidence_href,
                          fallback_label, href, term_label)

#: Rows per page of each section of the profile.
PAGE_SIZES = {"roles": 10, "members": 10, "events": 15, "claims": 10, "facts": 15,
              "articles": 15}
#: "Appears with" looks at the entity's latest articles only, so its cost does not grow
#: with the archive.
WITH_ARTICLES = 50
WITH_LIMIT = 16
ROLE_WORDS = {"agent": "by", "patient": "affecting", "addressee": "addressed to",
              "participant": "with", "location": "at", "origin": "from",
              "destination": "to"}


@dataclass(frozen=True)
class Item:
    """One line of a profile section, with the link to its highlighted evidence."""

    node: str
    article: str
    date: str | None
    evidence: str  # href of the article page scrolled to the highlighted evidence
    row: dict


def profile(iri: str):
    entity = ox.NamedNode(iri)
    pages = {name: page_arg(name, size) for name, size in PAGE_SIZES.items()}
    numbers = {f"{n}_limit": p.size for n, p in pages.items()}
    numbers |= {f"{n}_offset": p.offset for n, p in pages.items()}
    numbers |= {"with_articles": WITH_ARTICLES, "with_limit": WITH_LIMIT}
    rows = query_or_503(page_queries.run, "entity-profile", {"e": entity}, numbers)
    grouped, counts = sections(rows)
    about = grouped.get("about", [])
    if not about and not counts.get("articles"):
        abort(404, "nothing is known about this entity")
    labels = query_or_503(page_queries.labels, [iri, *page_queries.iris_in(
        rows, "value", "org", "nationality", "other", "subject", "object", "kind", "a",
        "node")])

    def keyed(key: str) -> list[tuple[object, int]]:
        found = [(r["value"], as_int(r, "n") or 0) for r in about if value(r, "key") == key]
        return sorted(found, key=lambda vn: (-vn[1], str(vn[0])))

    names = keyed("label")
    precision = keyed("datePrecision")
    wikidata = [(t.value[len(WIKIDATA_ENTITY):], WIKIDATA_PAGE + t.value[len(WIKIDATA_ENTITY):])
                for t, _ in keyed("sameAs") if t.value.startswith(WIKIDATA_ENTITY)]
    types = [t for t, _ in keyed("type") if isinstance(t, ox.NamedNode)
             and t.value != KG + "Description"]
    items = {name: [_item(r) for r in grouped.get(name, [])] for name in PAGE_SIZES}
    pages = {name: p.with_total(counts.get(name, 0)) for name, p in pages.items()}
    # the linked item's own name before what one article wrote ("Biden", "British")
    label = next((t.value for t, _ in keyed("wikidataLabel")),
                 names[0][0].value if names else fallback_label(iri))
    latest = [r["a"].value for r in grouped.get("articles", [])][:3] if pages["articles"].page == 1 else []
    return render_template(
        "entity.html", iri=iri, label=label, labels=labels,
        other_names=list(dict.fromkeys(
            n.value for n, _ in names + keyed("alias") if n.value != label)),
        types=types, wikidata=wikidata, descriptions=[d.value for d, _ in keyed("description")],
        score=max((float(s.value) for s, _ in keyed("score")), default=None),
        quantity=[q.value for q, _ in keyed("quantity")], units=[u.value for u, _ in keyed("unit")],
        # a date entity as precise as its text ("2020", not 2020-01-01)
        date_values=[shown_date(d.value, precision[0][0].value if precision else None)
                     for d, _ in keyed("dateValue")],
        items=items, pages=pages, latest=latest, role_words=ROLE_WORDS,
        with_rows=grouped.get("with", []), with_articles=WITH_ARTICLES,
        graph_href=url_for("ui.entity_graph", local=iri.rsplit("/", 1)[-1]),
        articles_href=url_for("ui.articles", entity=iri))


def _item(row: dict) -> Item:
    article = value(row, "a") or ""
    return Item(value(row, "node") or article, article,
                shown_date(value(row, "date"), value(row, "precision")),
                evidence_href(article_local(article), as_int(row, "start"), as_int(row, "end"),
                              value(row, "sentence")), row)


def neighbourhood(iri: str) -> dict:
    """Nodes and edges around the entity, for Cytoscape.js (``{"elements": [...]}``)."""
    entity = ox.NamedNode(iri)
    rows = query_or_503(page_queries.run, "entity-graph", {"e": entity},
                        {"limit": 25, "recent": WITH_ARTICLES})
    labels = query_or_503(page_queries.labels, [iri, *page_queries.iris_in(rows, "s", "o")])
    types = _types([iri, *page_queries.iris_in(rows, "s", "o")])
    nodes: dict[str, dict] = {}

    def node(node_iri: str) -> str:
        if node_iri not in nodes:
            nodes[node_iri] = {"data": {
                "id": node_iri, "label": labels.get(node_iri) or fallback_label(node_iri),
                "href": href(node_iri), "type": types.get(node_iri, ""),
                "focus": node_iri == iri}}
        return node_iri

    node(iri)
    edges = []
    for row in rows:
        kind = row["kind"].value
        s = value(row, "s") or iri
        o = value(row, "o")
        if o is None:
            continue
        if kind == "fact":
            text = term_label(row["p"].value)
        elif kind == "role":
            text = value(row, "label") or "role"
        else:
            text = f"{as_int(row, 'n')} shared article(s)"
        edges.append({"data": {"id": f"{kind}:{len(edges)}", "source": node(s),
                               "target": node(o), "label": text, "kind": kind,
                               "weight": as_int(row, "n") or 1}})
    return {"elements": list(nodes.values()) + edges}


def _types(iris: list[str]) -> dict[str, str]:
    """Each entity's kg type, in words (Person, Organization...), for the graph colours."""
    rows = page_queries.run("entity-types", {"nodes": page_queries.Values(iris)})
    return {r["n"].value: term_label(r["type"].value) for r in rows}
