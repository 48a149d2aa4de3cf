"""Pages of the nodes inside an article (sentence, mention, fact, event, claim, position,
extraction run), of vocabulary terms (types and properties) and of any other IRI."""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from flask import abort, render_template
from markupsafe import Markup

from kg.web import page_queries
from kg.web.pages.common import (as_int, named, page_arg, paging_links, query_or_503,
                                 sections)
from kg.web.terms import (ARTICLE_NS, KG, LOCAL_KINDS, RDF, compact, evidence_href,
                          fallback_label, is_vocabulary, term_label)

#: The fields of each kind of node, in the order a reader wants them, with captions;
#: properties not listed here follow under their own names.
FIELDS = {
    "event": (("type", "Kind"), ("trigger", "Trigger"), ("agent", "Who"),
              ("patient", "To whom / what"), ("addressee", "Addressed to"),
              ("participant", "With"), ("eventObject", "About"), ("location", "Where"),
              ("origin", "From"), ("destination", "To"), ("date", "When"),
              ("timeText", "Time as written"), ("polarity", "Polarity"),
              ("modality", "Modality"), ("frame", "Frame"), ("reportedIn", "Reported in"),
              ("sameEventAs", "Same event as"), ("confidence", "Confidence")),
    "fact": (("subject", "Subject"), ("predicate", "Relation"), ("lemma", "Verb"),
             ("object", "Object"), ("objectText", "Object as written"),
             ("isFormer", "No longer so"), ("date", "When"),
             ("timeText", "Time as written"), ("polarity", "Polarity"),
             ("modality", "Modality"), ("frame", "Frame"), ("reportedIn", "Reported in"),
             ("confidence", "Confidence")),
    "claim": (("speaker", "Speaker"), ("addressee", "Addressed to"), ("text", "What was said"),
              ("lemma", "Verb"), ("isQuote", "Direct quote"), ("polarity", "Polarity"),
              ("modality", "Modality"), ("confidence", "Confidence")),
    "position": (("holder", "Who"), ("roleName", "Role"), ("organization", "Of"),
                 ("isFormer", "A past position"),
                 ("text", "As written"), ("confidence", "Confidence")),
    "mention": (("text", "Text"), ("refersTo", "Refers to"), ("mentionKind", "Kind of mention"),
                ("inSentence", "Sentence")),
    "sentence": (("index", "Number"), ("text", "Text")),
    "run": (("type", "Kind"), ("wasAssociatedWith", "Extractor"), ("endedAtTime", "Ended"),
            ("factThreshold", "Facts emitted from confidence"),
            ("claimThreshold", "Claims emitted from confidence")),
}
#: Properties that only place a node; the page shows them as the evidence instead.
HIDDEN = {KG + "evidence", KG + "startChar", KG + "endChar", KG + "inArticle",
          KG + "identityKey"}
TITLES = {"event": "Event", "fact": "Fact", "claim": "Claim", "position": "Position",
          "mention": "Mention", "sentence": "Sentence", "run": "Extraction run"}


@dataclass(frozen=True)
class Field:
    caption: str
    values: tuple


@dataclass(frozen=True)
class Link:
    """A node pointing at this one: what it is and through which property."""

    node: object
    prop: object


def _name(iri: str) -> str:
    """The property's short name used in FIELDS (kg:agent -> agent, rdf:type -> type)."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def node_page(local: str, kind: str, id_: str):
    if kind not in LOCAL_KINDS:
        abort(404, f"articles hold no {kind!r} nodes")
    article = ARTICLE_NS + local
    iri = f"{article}/{kind}/{id_}"
    node = named(iri)
    rows = query_or_503(page_queries.run, "node", {"node": node, "a": named(article)},
                        union=False)
    out = [r for r in rows if r["dir"].value == "out"]
    if not out:
        abort(404, f"this article has no {kind} {id_}")
    incoming = [Link(r["v"], r["p"]) for r in rows if r["dir"].value == "in"
                and r["p"].value != KG + "sentence"]
    evidence = {r["p"].value: r["v"].value for r in rows if r["dir"].value == "evidence"}
    labels = query_or_503(page_queries.labels, [article, *page_queries.iris_in(rows, "v", "p")])
    values: dict[str, list] = {}
    for r in out:
        if r["p"].value in HIDDEN or (r["p"].value == RDF + "type"
                                      and r["v"].value in (KG + "Event",)):
            continue
        values.setdefault(r["p"].value, []).append(r["v"])
    order = FIELDS.get(kind, ())
    fields = []
    for short, caption in order:
        for prop in [p for p in values if _name(p) == short]:
            fields.append(Field(caption, tuple(sorted(values.pop(prop), key=str))))
    for prop in sorted(values):
        fields.append(Field(term_label(prop)[:1].upper() + term_label(prop)[1:],
                            tuple(sorted(values[prop], key=str))))
    start, end = _offsets(out)
    sentence_text = evidence.get(KG + "text")
    sentence_start = _int(evidence.get(KG + "startChar"))
    if kind == "sentence":
        sentence_text = next((r["v"].value for r in out if r["p"].value == KG + "text"), None)
        sentence_start = start
    title = TITLES.get(kind, kind)
    heading = _heading(kind, out, labels)
    return render_template(
        "node.html", iri=iri, kind=kind, title=title, heading=heading, fields=fields,
        labels=labels, incoming=sorted(incoming, key=lambda link: (str(link.prop), str(link.node))),
        article=article, article_title=labels.get(article, "the article"),
        evidence_html=_marked(sentence_text, sentence_start, start, end, kind),
        evidence_href=evidence_href(local, start, end, iri if kind == "sentence" else None))


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _offsets(out: list[dict]) -> tuple[int | None, int | None]:
    start = next((as_int(r, "v") for r in out if r["p"].value == KG + "startChar"), None)
    end = next((as_int(r, "v") for r in out if r["p"].value == KG + "endChar"), None)
    return start, end


def _marked(sentence: str | None, sentence_start: int | None, start: int | None,
            end: int | None, kind: str) -> Markup | None:
    """The evidence sentence with the node's own span marked."""
    if sentence is None:
        return None
    if kind == "sentence" or None in (sentence_start, start, end):
        return Markup("{}").format(sentence)
    a, b = start - sentence_start, end - sentence_start
    if not 0 <= a < b <= len(sentence):
        return Markup("{}").format(sentence)
    return Markup("{}<mark class=\"hit\">{}</mark>{}").format(sentence[:a], sentence[a:b],
                                                             sentence[b:])


def _heading(kind: str, out: list[dict], labels: dict[str, str]) -> str:
    """A one-line summary: "Vladimir Putin orders withdrawal", "Withdrawal: withdrawing"."""
    by = {}
    for r in out:
        by.setdefault(_name(r["p"].value), r["v"])

    def said(name: str) -> str:
        term = by.get(name)
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            return labels.get(term.value) or fallback_label(term.value)
        return term.value

    if kind == "fact":
        relation = said("lemma") if said("predicate").endswith("relatedBy") else \
            term_label(by["predicate"].value) if "predicate" in by else ""
        if said("isFormer") == "true":  # "his former wife": no longer so
            relation = f"formerly {relation}"
        return " ".join(x for x in (said("subject"), relation,
                                    said("object") or said("objectText")) if x)
    if kind == "event":
        kinds = [r["v"].value for r in out if r["p"].value == RDF + "type"
                 and r["v"].value != KG + "Event"]
        return f"{term_label(kinds[0]) if kinds else 'Event'}: {said('trigger')}"
    if kind == "claim":
        return f"{said('speaker') or 'Someone'}: “{said('text').strip(chr(34) + '“”')}”"
    if kind == "position":
        org = said("organization")
        past = "former " if said("isFormer") == "true" else ""
        return f"{said('holder')}, {past}{said('roleName')}" + (f" of {org}" if org else "")
    if kind in ("mention", "sentence"):
        return said("text")
    return TITLES.get(kind, kind)


# -- vocabulary terms ----------------------------------------------------------------
TERM_PAGE = 50


def term_page(iri: str):
    term = named(iri)
    paging = page_arg("page", TERM_PAGE)
    rows = query_or_503(page_queries.run, "term-usage", {"term": term},
                        {"limit": paging.size, "offset": paging.offset})
    grouped, counts = sections(rows)
    labels = query_or_503(page_queries.labels, page_queries.iris_in(rows, "s", "o", "obj"))
    totals = {k: counts.get(k, 0) for k in ("instances", "usage", "facts")}
    if not any(totals.values()):
        abort(404, f"nothing in this store uses {compact(iri)}")
    longest = paging.with_total(max(totals.values()))
    return render_template(
        "term.html", iri=iri, label=term_label(iri), curie=compact(iri),
        instances=grouped.get("instances", []), usage=grouped.get("usage", []),
        facts=grouped.get("facts", []), totals=totals, labels=labels,
        links=paging_links(longest), paging=longest)


# -- anything else ----------------------------------------------------------------------
RESOURCE_PAGE = 100


def resource_page(iri: str):
    node = named(iri)
    if is_vocabulary(iri):
        return term_page(iri)
    paging = page_arg("page", RESOURCE_PAGE)
    rows = query_or_503(page_queries.run, "resource", {"node": node},
                        {"limit": paging.size + 1, "offset": paging.offset})
    more = len(rows) > paging.size
    rows = rows[:paging.size]
    if not rows and paging.page == 1:
        abort(404, "nothing is known about this node")
    labels = query_or_503(page_queries.labels, [iri, *page_queries.iris_in(rows, "v")])
    paging = paging.with_total(paging.offset + len(rows) + (1 if more else 0))
    return render_template("resource.html", iri=iri, label=labels.get(iri) or fallback_label(iri),
                           rows=rows, labels=labels, links=paging_links(paging))

