"""The home page, the article list (paged, filtered) and one article with its text
highlighted."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import pyoxigraph as ox
from flask import abort, render_template, request, url_for
from markupsafe import Markup, escape

from kg.web import page_queries
from kg.web.pages.common import (as_int, page_arg, paging_links, query_or_503, sections,
                                 value)
from kg.web.terms import (ARTICLE_NS, ENTITY_NS, KG, expand, fallback_label, href,
                          local_node, term_label)

ANY = ox.NamedNode("urn:kg:any")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
LIST_SIZE = 25
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"


# -- home -------------------------------------------------------------------------------
def home():
    rows = query_or_503(page_queries.run, "home", numbers={"latest": 8, "recent": 200,
                                                          "busiest": 24})
    grouped, counts = sections(rows)
    labels = query_or_503(page_queries.labels, page_queries.iris_in(rows, "a", "other"))
    return render_template("home.html", articles=counts.get("articles", 0),
                           latest=grouped.get("latest", []), busiest=grouped.get("busiest", []),
                           labels=labels, kinds=event_kinds())


# -- the article list -----------------------------------------------------------------------
@lru_cache(maxsize=1)
def event_kinds() -> tuple[tuple[str, str], ...]:
    """(curie, label) of every event kind of kg's event lexicon, for the list's filter."""
    data = resources.files("kg").joinpath("data/ontology/events.ttl").read_bytes()
    sub = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    kinds = {t.subject.value for t in ox.parse(data, format=ox.RdfFormat.TURTLE)
             if t.predicate == sub and t.object == ox.NamedNode(KG + "Event")}
    return tuple(sorted((("kg:" + k[len(KG):], term_label(k)) for k in kinds),
                        key=lambda kv: kv[1]))


def _date_arg(name: str) -> date | None:
    text = request.args.get(name, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        abort(400, f"{name}: {text!r} is not a date (YYYY-MM-DD)")


def _entity_arg() -> str | None:
    text = request.args.get("entity", "").strip()
    if not text:
        return None
    iri = text if text.startswith(ENTITY_NS) else ENTITY_NS + text
    if not re.fullmatch(re.escape(ENTITY_NS) + r"[\w-]+", iri):
        abort(400, f"entity: {text!r} is not an entity of this graph")
    return iri


def _kind_arg() -> str | None:
    text = request.args.get("kind", "").strip()
    if not text:
        return None
    iri = expand(text) if ":" in text and not text.startswith("http") else text
    if iri is None or not iri.startswith(KG):
        abort(400, f"kind: {text!r} is not an event kind")
    return iri


def article_list():
    start, end = _date_arg("from"), _date_arg("to")
    entity, kind = _entity_arg(), _kind_arg()
    paging = page_arg("page", LIST_SIZE)
    terms = {"from": ox.Literal((start or date(1, 1, 1)).isoformat(), datatype=XSD_DATE),
             "to": ox.Literal((end or date(9999, 12, 31)).isoformat(), datatype=XSD_DATE),
             "entity": ox.NamedNode(entity) if entity else ANY,
             "kind": ox.NamedNode(kind) if kind else ANY}
    rows = query_or_503(page_queries.run, "article-list", terms,
                        {"limit": paging.size + 1, "offset": paging.offset})
    more = len(rows) > paging.size
    rows = rows[:paging.size]
    labels = query_or_503(page_queries.labels, [entity] if entity else [])
    paging = paging.with_total(paging.offset + len(rows) + (1 if more else 0))
    return render_template(
        "articles.html", rows=rows, paging=paging, links=paging_links(paging),
        start=start, end=end, entity=entity,
        entity_label=labels.get(entity) if entity else None,
        kind=kind, kinds=event_kinds(), compact_kind=("kg:" + kind[len(KG):]) if kind else "")


# -- one article ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "mention" | "fact" | "hit" | "sentence"
    href: str | None = None
    css: str = ""
    title: str = ""
    anchor: str = ""


def highlight(text: str, spans: list[Span]) -> Markup:
    """The text as HTML with facts marked, mentions linked, sentence anchors and the
    requested span highlighted; bad offsets are skipped.

    Spans may overlap (a fact contains its mentions), so the text is cut at every span
    boundary and each piece is wrapped by the spans that cover it.
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    for s in spans:
        if s.kind == "sentence":
            starts.setdefault(s.start, []).append(s)
    out: list[str] = []
    anchored: set[str] = set()
    for start, end in zip(cuts, cuts[1:]):
        for s in starts.get(start, ()):
            out.append(str(Markup('<span class="anchor" id="{}"></span>').format(s.anchor)))
        piece = str(escape(text[start:end]))
        covering = [s for s in spans if s.start <= start and end <= s.end]
        mention = min((s for s in covering if s.kind == "mention"),
                      key=lambda s: s.end - s.start, default=None)
        if mention is not None:
            piece = str(Markup('<a class="mention {}" href="{}" title="{}">').format(
                mention.css, mention.href or "#", mention.title)) + piece + "</a>"
        for mark in (s for s in covering if s.kind in ("fact", "hit")):
            anchor = ""
            if mark.anchor and mark.anchor not in anchored:
                anchored.add(mark.anchor)
                anchor = str(Markup(' id="{}"').format(mark.anchor))
            piece = str(Markup('<mark class="{}"{} title="{}">').format(
                mark.kind, Markup(anchor), mark.title)) + piece + "</mark>"
        out.append(piece)
    return Markup("".join(out))


def _hl_arg() -> tuple[int, int] | None:
    match = re.fullmatch(r"(\d{1,9})-(\d{1,9})", request.args.get("hl", ""))
    return (int(match.group(1)), int(match.group(2))) if match else None


@dataclass(frozen=True)
class Statement:
    """A fact, event, claim or position of the article page."""

    node: str
    kind: str
    row: dict
    arguments: tuple = ()


def article(local: str):
    if not re.fullmatch(r"[0-9a-f]{6,64}", local):
        abort(404, "no such article")
    iri = ARTICLE_NS + local
    rows = query_or_503(page_queries.run, "article", {"a": ox.NamedNode(iri)}, union=False)
    grouped, _ = sections(rows)
    if not grouped.get("info"):
        abort(404, "no such article in this store")
    labels = query_or_503(page_queries.labels, page_queries.iris_in(
        rows, "entity", "s", "o", "v", "node"))
    props: dict[str, list] = {}
    for row in grouped["info"]:
        props.setdefault(row["p"].value, []).append(row["v"])
    text = next((r["text"].value for r in grouped.get("text", [])), "")

    def first(prop: str) -> str | None:
        values = sorted(v.value for v in props.get(prop, []))
        return values[0] if values else None

    title = first(SCHEMA + "headline") or first(KG + "sourceLocation") or "untitled article"
    spans = [Span(as_int(r, "start") or 0, as_int(r, "end") or 0, "sentence",
                  anchor=f"sentence-{local_node(r['node'].value).id}")
             for r in grouped.get("sentence", []) if local_node(r["node"].value)]
    for row in grouped.get("mention", []):
        entity = row["entity"].value
        type_ = term_label(row["type"].value) if "type" in row else ""
        spans.append(Span(as_int(row, "start") or 0, as_int(row, "end") or 0, "mention",
                          href(entity), f"type-{type_}", labels.get(entity, "")))
    arguments: dict[str, list] = {}
    for row in grouped.get("argument", []):
        arguments.setdefault(row["node"].value, []).append((row["role"], row["v"]))
    statements: dict[str, list[Statement]] = {}
    for kind in ("fact", "event", "claim", "position"):
        seen: dict[str, Statement] = {}
        for row in grouped.get(kind, []):
            node = row["node"].value
            if node not in seen:
                seen[node] = Statement(node, kind, row, tuple(arguments.get(node, ())))
        statements[kind] = sorted(seen.values(), key=lambda s: (as_int(s.row, "start") or 0,
                                                                s.node))
    for fact in statements["fact"]:
        start, end = as_int(fact.row, "start"), as_int(fact.row, "end")
        if start is not None and end is not None:
            spans.append(Span(start, end, "fact", title=_fact_words(fact.row, labels),
                              anchor="fact-" + local_node(fact.node).id
                              if local_node(fact.node) else ""))
    hl = _hl_arg()
    if hl:
        spans.append(Span(hl[0], hl[1], "hit", title="the evidence you followed", anchor="hit"))
    source = first(KG + "sourceLocation") or ""
    return render_template(
        "article.html", iri=iri, local=local, title=title, text_html=highlight(text, spans),
        source=source, source_is_url=source.startswith(("http://", "https://")),
        published=first(SCHEMA + "datePublished"), retrieved=first(KG + "retrievedAt"),
        language=first(KG + "language"), run=first(PROV + "wasGeneratedBy"),
        statements=statements, labels=labels, highlighted=hl is not None,
        entities_href=url_for("ui.articles"))


def _fact_words(row: dict, labels: dict[str, str]) -> str:
    subject = labels.get(value(row, "s") or "", "")
    relation = value(row, "trigger") if (value(row, "p") or "").endswith("#relatedBy") else None
    obj = value(row, "o")
    return " ".join(x for x in (subject, relation or term_label(value(row, "p") or ""),
                                labels.get(obj, fallback_label(obj)) if obj
                                else value(row, "text") or "") if x)
