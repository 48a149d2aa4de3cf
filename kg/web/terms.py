"""RDF terms as HTML for the UI pages: a label and a link, never a raw node IRI.

Every node of kg's graph has a page (see :func:`local_href`); a node shown without a
label is named by what it is ("fact 3", "sentence 12"), and vocabulary terms by their
local name in words ("spokesperson of"). The full IRI stays in the link's title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox
from flask import url_for
from markupsafe import Markup, escape

from kg.search import HIT_END, HIT_START, readable
from kg.vocab import ID, PREFIXES

ENTITY_NS = f"{ID}entity/"
ARTICLE_NS = f"{ID}article/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
KG = PREFIXES["kg"]
ALL_PREFIXES = {**PREFIXES, "rdf": RDF}
_COMPACT = sorted(ALL_PREFIXES.items(), key=lambda kv: -len(kv[1]))
WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
#: datatypes shown without their ^^type: the value speaks for itself
_PLAIN_TYPES = {"string", "integer", "decimal", "double", "float", "boolean", "date", "dateTime"}
#: Kinds of node inside an article graph: kgid:article/<hash>/<kind>/<id>.
LOCAL_KINDS = ("sentence", "mention", "fact", "event", "claim", "position", "run")
#: Namespaces whose terms are vocabulary (types and properties), with a term page.
VOCABULARY = tuple(ns for p, ns in ALL_PREFIXES.items() if p not in ("kgid", "wd"))


def compact(iri: str) -> str:
    for prefix, ns in _COMPACT:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def expand(curie: str) -> str | None:
    """``kg:Person`` -> its IRI, or None when the prefix is unknown."""
    prefix, sep, local = curie.partition(":")
    ns = ALL_PREFIXES.get(prefix)
    return ns + local if sep and ns and prefix != "kgid" else None


@dataclass(frozen=True)
class LocalNode:
    """A node that lives in one article: its article hash, kind and id."""

    article: str
    kind: str
    id: str


def local_node(iri: str) -> LocalNode | None:
    if not iri.startswith(ARTICLE_NS):
        return None
    parts = iri[len(ARTICLE_NS):].split("/")
    if len(parts) == 3 and parts[1] in LOCAL_KINDS and parts[0] and parts[2]:
        return LocalNode(*parts)
    return None


def is_vocabulary(iri: str) -> bool:
    return iri.startswith(VOCABULARY)


def local_href(iri: str) -> str | None:
    """The UI page of a node of this graph, if it has one of its own."""
    if iri.startswith(ENTITY_NS) and "/" not in iri[len(ENTITY_NS):]:
        return url_for("ui.entity", local=iri[len(ENTITY_NS):])
    if iri.startswith(ARTICLE_NS):
        rest = iri[len(ARTICLE_NS):]
        if "/" not in rest:
            return url_for("ui.article", local=rest)
        node = local_node(iri)
        if node is not None:
            return url_for("ui.node", local=node.article, kind=node.kind, id=node.id)
    if is_vocabulary(iri):
        return term_href(iri)
    return None


def term_href(iri: str) -> str:
    curie = compact(iri)
    if curie != iri and re.fullmatch(r"[\w-]+:[\w.-]+", curie):
        return url_for("ui.term", curie=curie)
    return url_for("ui.term_iri", iri=iri)


def href(iri: str) -> str:
    """The page of any IRI: its own page, or the generic description page."""
    return local_href(iri) or url_for("ui.resource", iri=iri)


def fallback_label(iri: str) -> str:
    """A name for a node shown without a label: what it is, never its IRI."""
    node = local_node(iri)
    if node is not None:
        return {"run": "extraction run"}.get(node.kind, f"{node.kind} {node.id}")
    if iri.startswith(ENTITY_NS):
        return "unnamed entity"
    if iri.startswith(ARTICLE_NS):
        return "article " + iri[len(ARTICLE_NS):][:8]
    if iri.startswith(ID):
        return readable(iri[len(ID):].split("/")[0]) + " " + iri.rsplit("/", 1)[-1][:8]
    if iri.startswith(WIKIDATA_ENTITY):
        return iri[len(WIKIDATA_ENTITY):]
    if is_vocabulary(iri):
        return term_label(iri)
    return iri  # an IRI from outside kg: itself is its best name


def term_label(iri: str) -> str:
    """A vocabulary term in words: kg:Person -> "Person", kg:spokespersonOf ->
    "spokesperson of" (classes keep their capital)."""
    local = re.split(r"[#/]", iri)[-1]
    words = readable(iri)
    if iri == RDF + "type":
        return "type"
    return words[:1].upper() + words[1:] if local[:1].isupper() else words


def term_html(term, label: str | None = None, labels: dict | None = None) -> Markup:
    """A term as HTML: named nodes as links with a label, literals as their value."""
    if term is None:
        return Markup("")
    if isinstance(term, str):
        term = ox.NamedNode(term)
    if isinstance(term, ox.NamedNode):
        iri = term.value
        text = label or (labels or {}).get(iri) or fallback_label(iri)
        if iri.startswith(WIKIDATA_ENTITY):
            return Markup('<a class="wikidata" href="{}" rel="external">{}</a>').format(
                WIKIDATA_PAGE + iri[len(WIKIDATA_ENTITY):], text)
        return Markup('<a href="{}" title="{}">{}</a>').format(href(iri), iri, text)
    if isinstance(term, ox.BlankNode):
        return Markup("<span class=bnode>blank node</span>")
    if isinstance(term, ox.Literal):
        if term.language:
            return Markup('{}<small class=lang>@{}</small>').format(term.value, term.language)
        dt = term.datatype.value
        if dt.startswith(XSD) and dt[len(XSD):] in _PLAIN_TYPES:
            return Markup('<span class="{}">{}</span>').format(dt[len(XSD):], term.value)
        return Markup('{}<small class=dt> ({})</small>').format(term.value, term_label(dt))
    return Markup("{}").format(str(term))


def snippet_html(snippet: str) -> Markup:
    """A search snippet with its matched words marked."""
    return Markup(str(escape(snippet)).replace(HIT_START, '<mark class="hit">')
                  .replace(HIT_END, "</mark>"))


def quoted(text: str) -> Markup:
    """Text in typographic quotes, without doubling quotes it already has."""
    text = text.strip()
    if len(text) >= 2 and text[0] in "\"“'‘" and text[-1] in "\"”'’":
        text = text[1:-1].strip()
    return Markup("“{}”").format(text)


def evidence_href(article_local: str, start: int | None, end: int | None,
                  sentence_iri: str | None = None) -> str:
    """The article page scrolled to this span, highlighted."""
    anchor = ""
    params = {}
    if start is not None and end is not None and 0 <= start < end:
        params["hl"] = f"{start}-{end}"
        anchor = "#hit"
    elif sentence_iri:
        node = local_node(sentence_iri)
        if node is not None:
            anchor = f"#sentence-{node.id}"
    return url_for("ui.article", local=article_local, **params) + anchor


def article_local(iri: str) -> str:
    """The hash part of an article IRI (or of a node inside an article)."""
    return iri[len(ARTICLE_NS):].split("/")[0] if iri.startswith(ARTICLE_NS) else ""


def url_quote(text: str) -> str:
    return quote(text, safe="")
