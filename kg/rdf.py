"""Extraction + links -> the quads of one article's named graph, as pyoxigraph terms.

Facts are reified as ``kg:Fact`` nodes carrying their evidence sentence, character
offsets, confidence, polarity and modality; a plain triple is added too when the
article itself asserts the fact, so simple queries stay simple.

The build path makes pyoxigraph quads directly (no rdflib terms, no text to parse);
:func:`article_graph` gives the same graph as an rdflib Graph for code and tests that
work with rdflib.
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from types import SimpleNamespace
from typing import Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg import __version__
from kg.model import Extraction, Link
from kg.vocab import (KG_NODES, ROLE_PROPERTIES, article_graph_iri_text, entity_iri_text,
                      extractor_iri_text, kg_node, local_iri_text)

_XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DECIMAL, XSD_INTEGER, XSD_DATE, XSD_DATETIME, XSD_BOOLEAN = (
    ox.NamedNode(_XSD + t) for t in ("decimal", "integer", "date", "dateTime", "boolean"))
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
RDF_PREDICATE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
RDF_OBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
OWL_SAME_AS = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
PROV_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
PROV_GENERATED = ox.NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy")
PROV_ASSOCIATED = ox.NamedNode("http://www.w3.org/ns/prov#wasAssociatedWith")
PROV_ENDED = ox.NamedNode("http://www.w3.org/ns/prov#endedAtTime")
SCHEMA_HEADLINE = ox.NamedNode("https://schema.org/headline")
SCHEMA_PUBLISHED = ox.NamedNode("https://schema.org/datePublished")
WD = "http://www.wikidata.org/entity/"


class _Terms(SimpleNamespace):
    """``K.name`` / ``K[name]``: the pyoxigraph node of a declared kg term (attributes,
    so the build's thousands of lookups cost a dict access); undeclared names raise."""

    def __getitem__(self, name: str) -> ox.NamedNode:
        return kg_node(name)


K = _Terms(**KG_NODES)
# Every kg term named in this module, looked up once: a missing declaration fails here.
for _name in ("Article", "contentHash", "sourceLocation", "retrievedAt", "language", "text",
              "ExtractionRun", "Extractor", "extractorVersion", "sentence", "Sentence",
              "index", "startChar", "endChar", "inArticle", "evidence", "confidence",
              "timeText", "date", "Description", "quantityValue", "unit", "identityKey",
              "mentionedIn", "alias", "wikidataScore", "wikidataCandidate", "wikidataLabel",
              "Mention", "refersTo", "inSentence", "mentionKind", "dateValue", "datePrecision",
              "Claim", "isQuote", "polarity", "modality", "lemma", "speaker", "addressee", "Event",
              "trigger", "frame", "reportedIn", "sameEventAs", "Fact", "objectText", "Position",
              "holder", "roleName", "holdsPosition", "organization", "officialOf",
              "nationality", "factThreshold", "claimThreshold", "isFormer"):
    getattr(K, _name)

#: Entity types whose identity does not carry over from one article to another.
ARTICLE_SCOPED_TYPES = frozenset({"Date", "Quantity"})


@lru_cache(maxsize=65536)
def _iri(text: str) -> ox.NamedNode:
    return ox.NamedNode(text)


def _decimal(value: float) -> ox.Literal:
    return ox.Literal(f"{value:.3f}", datatype=XSD_DECIMAL)


def _decimal_exact(value: float) -> ox.Literal:
    """A quantity as xsd:decimal without float noise (13500000.0 -> 13500000)."""
    return ox.Literal(f"{value:.6f}".rstrip("0").rstrip("."), datatype=XSD_DECIMAL)


@lru_cache(maxsize=65536)
def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def _date(value: str) -> ox.Literal:
    """An ISO date or dateTime from the time resolver as a typed literal."""
    return ox.Literal(value, datatype=XSD_DATETIME if "T" in value else XSD_DATE)


class ArticleQuads:
    """The quads of one article graph, in order, without duplicates.

    Kept as ``(subject, predicate, object)`` tuples of terms: a tuple is made and hashed
    in a fraction of the time of an ``ox.Triple`` (which copies its terms), and the
    build needs triples only as text and as values (:meth:`nquads`, :meth:`values`)."""

    def __init__(self, identifier: str) -> None:
        self.identifier = identifier
        self.graph = ox.NamedNode(identifier)
        self._triples: dict[tuple, None] = {}

    def add(self, s, p, o) -> None:
        self._triples[(s, p, o)] = None

    def triples(self) -> Iterator[ox.Triple]:
        return (ox.Triple(s, p, o) for s, p, o in self._triples)

    def values(self) -> Iterator[tuple[str, str, str]]:
        """Each triple as its terms' IRIs or lexical forms (what search documents read)."""
        return ((s.value, p.value, o.value) for s, p, o in self._triples)

    def __iter__(self) -> Iterator[ox.Quad]:
        graph = self.graph
        return (ox.Quad(s, p, o, graph) for s, p, o in self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def nquads(self, *graphs: ox.NamedNode | ox.DefaultGraph) -> bytes:
        """The triples as N-Quads in each of ``graphs`` (the article graph, the merged
        graph). The N-Triples are written once, from each term's own N-Triples form
        (``str``: what Oxigraph's serialiser writes, without making a Triple per line),
        and each graph's name is written into every line: a line ends with its only
        " .\\n" (a newline in a literal is escaped)."""
        written: dict = {}  # subjects and predicates repeat: each is written once
        lines = []
        for s, p, o in self._triples:
            s_text = written.get(s)
            if s_text is None:
                s_text = written[s] = str(s)
            p_text = written.get(p)
            if p_text is None:
                p_text = written[p] = str(p)
            lines.append(f"{s_text} {p_text} {o} .\n")
        text = "".join(lines).encode()
        return b"".join(text if isinstance(g, ox.DefaultGraph)
                        else text.replace(b" .\n", f" {g} .\n".encode()) for g in graphs)


def article_quads(extraction: Extraction, links: Mapping[str, Link] | None = None,
                  model: str = "", now: datetime | None = None) -> ArticleQuads:
    """The quads of the article's named graph (identifier: the article IRI)."""
    links = links or {}
    article = extraction.article
    h = article.content_hash
    g = ArticleQuads(article_graph_iri_text(h))
    add = g.add
    a = g.graph

    nodes: dict[tuple[str, str], ox.NamedNode] = {}

    def node(kind: str, local: object) -> ox.NamedNode:
        key = (kind, str(local))
        iri = nodes.get(key)
        if iri is None:
            iri = nodes[key] = ox.NamedNode(local_iri_text(h, kind, key[1]))
        return iri

    # Dates and quantities ("last night", "three soldiers") mean something else in every
    # article, so their identity is scoped to the article; names are shared across articles.
    # Descriptions ("a gunman") are participants of this article only, for the same reason.
    local_keys = {e.key for e in extraction.entities
                  if e.type in ARTICLE_SCOPED_TYPES or e.kind == "description"}

    entities: dict[str, ox.NamedNode] = {}

    def ent(key: str) -> ox.NamedNode:
        iri = entities.get(key)
        if iri is None:
            if key in local_keys:
                iri = _iri(entity_iri_text(f"{key}@{h}"))
            else:
                link = links.get(key)
                iri = _iri(entity_iri_text(key, link.qid if link else None))
            entities[key] = iri
        return iri

    # -- the article and its provenance ---------------------------------------
    add(a, RDF_TYPE, K.Article)
    add(a, K.contentHash, ox.Literal(h))
    add(a, K.sourceLocation, ox.Literal(article.source))
    if article.source.startswith(("http://", "https://")):
        try:
            add(a, PROV_DERIVED, ox.NamedNode(article.source))
        except ValueError:
            pass  # a URL that is not a valid IRI keeps only its kg:sourceLocation text
    if article.title:
        add(a, SCHEMA_HEADLINE, ox.Literal(article.title))
    if article.published:
        add(a, SCHEMA_PUBLISHED, ox.Literal(article.published.isoformat(),
                                            datatype=XSD_DATE))
    add(a, K.retrievedAt, ox.Literal(article.retrieved.astimezone(timezone.utc).isoformat(),
                                     datatype=XSD_DATETIME))
    add(a, K.language, ox.Literal(extraction.language))
    add(a, K.text, ox.Literal(article.text))
    version = f"kg {__version__}" + (f"; {model}" if model else "")
    run, agent = node("run", "extraction"), _iri(extractor_iri_text(version))
    add(a, PROV_GENERATED, run)
    add(run, RDF_TYPE, K.ExtractionRun)
    add(run, PROV_ASSOCIATED, agent)
    add(run, PROV_ENDED, ox.Literal((now or datetime.now(timezone.utc)).isoformat(),
                                    datatype=XSD_DATETIME))
    if extraction.emission is not None:
        add(run, K.factThreshold, _decimal_exact(extraction.emission.facts))
        add(run, K.claimThreshold, _decimal_exact(extraction.emission.claims))
    add(agent, RDF_TYPE, K.Extractor)
    add(agent, RDFS_LABEL, ox.Literal(version))
    add(agent, K.extractorVersion, ox.Literal(version))

    # -- sentences --------------------------------------------------------------
    for s in extraction.sentences:
        sn = node("sentence", s.index)
        add(a, K.sentence, sn)
        add(sn, RDF_TYPE, K.Sentence)
        add(sn, K.index, _int(s.index))
        add(sn, K.text, ox.Literal(s.text))
        add(sn, K.startChar, _int(s.start))
        add(sn, K.endChar, _int(s.end))
        add(sn, K.inArticle, a)

    def evidence(subject: ox.NamedNode, sentence: int, start: int, end: int,
                 confidence: float) -> None:
        add(subject, K.evidence, node("sentence", sentence))
        add(subject, K.inArticle, a)
        add(subject, K.startChar, _int(start))
        add(subject, K.endChar, _int(end))
        add(subject, K.confidence, _decimal(confidence))

    def time(subject: ox.NamedNode, expr) -> None:
        """The time of a fact's or event's clause: its text, and its date when resolved."""
        if expr is not None:
            add(subject, K.timeText, ox.Literal(expr.text))
            if expr.value:
                add(subject, K.date, _date(expr.value))
                add(subject, K.datePrecision, ox.Literal(expr.granularity))

    # -- entities and mentions ------------------------------------------------
    mention_no = 0
    for e in extraction.entities:
        en = ent(e.key)
        link = links.get(e.key)
        # the linked item's type where it corrects the extraction's (kg.link.retype)
        add(en, RDF_TYPE, K[link.type if link and link.type else e.type])
        if e.kind == "description":
            add(en, RDF_TYPE, K.Description)
        if e.value is not None:
            add(en, K.quantityValue, _decimal_exact(e.value))
        if e.unit:
            add(en, K.unit, ox.Literal(e.unit))
        add(en, RDFS_LABEL, ox.Literal(e.name))
        add(en, K.identityKey, ox.Literal(e.key))
        add(en, K.mentionedIn, a)
        for alias in e.aliases:
            add(en, K.alias, ox.Literal(alias))
        if link and link.qid:
            add(en, OWL_SAME_AS, _iri(WD + link.qid))
            add(en, K.wikidataScore, _decimal(link.score))
            if link.label:
                add(en, K.wikidataLabel, ox.Literal(link.label))
            for qid, _score in link.candidates:
                if qid != link.qid:
                    add(en, K.wikidataCandidate, _iri(WD + qid))
        for m in e.mentions:
            mn = node("mention", mention_no)
            mention_no += 1
            add(mn, RDF_TYPE, K.Mention)
            add(mn, K.refersTo, en)
            add(mn, K.text, ox.Literal(m.text))
            add(mn, K.startChar, _int(m.start))
            add(mn, K.endChar, _int(m.end))
            add(mn, K.inSentence, node("sentence", m.sentence))
            add(mn, K.mentionKind, ox.Literal(m.kind))

    # -- resolved times, on the Date entities whose mentions they are -------------
    date_spans = [(m.start, m.end, e.key) for e in extraction.entities if e.type == "Date"
                  for m in e.mentions]
    for t in extraction.times:
        if t.value:
            for start, end, key in date_spans:
                if start < t.end and t.start < end:
                    add(ent(key), K.dateValue, _date(t.value))
                    add(ent(key), K.datePrecision, ox.Literal(t.granularity))
                    break

    # -- claims -------------------------------------------------------------------
    for c in extraction.claims:
        cn = node("claim", c.id)
        add(cn, RDF_TYPE, K.Claim)
        add(cn, K.text, ox.Literal(c.text))
        add(cn, K.isQuote, ox.Literal("true" if c.quote else "false", datatype=XSD_BOOLEAN))
        add(cn, K.polarity, ox.Literal(c.polarity))
        add(cn, K.modality, ox.Literal(c.modality))
        if c.lemma:
            add(cn, K.lemma, ox.Literal(c.lemma))
        if c.speaker:
            add(cn, K.speaker, ent(c.speaker))
        if c.addressee:
            add(cn, K.addressee, ent(c.addressee))
        evidence(cn, c.sentence, c.start, c.end, c.confidence)

    # -- events -------------------------------------------------------------------
    event_ids = {ev.id for ev in extraction.events}

    def arg(key: str) -> ox.NamedNode:
        return node("event", key) if key in event_ids else ent(key)

    for ev in extraction.events:
        vn = node("event", ev.id)
        add(vn, RDF_TYPE, K.Event)
        add(vn, RDF_TYPE, K[ev.kind])
        add(vn, K.trigger, ox.Literal(ev.trigger))
        add(vn, K.polarity, ox.Literal(ev.polarity))
        add(vn, K.modality, ox.Literal(ev.modality))
        for role, key in ev.arguments:
            add(vn, K[role], arg(key))
        if ev.frame:
            add(vn, K.frame, ox.Literal(ev.frame))
        time(vn, ev.time)
        if ev.claim:
            add(vn, K.reportedIn, node("claim", ev.claim))
        if ev.same_as:
            add(vn, K.sameEventAs, node("event", ev.same_as))
        evidence(vn, ev.sentence, ev.start, ev.end, ev.confidence)

    # -- facts (reified relations) ---------------------------------------------
    for n, r in enumerate(extraction.relations):
        fn = node("fact", n)
        prop = K[r.predicate]
        add(fn, RDF_TYPE, K.Fact)
        add(fn, RDF_SUBJECT, ent(r.subject))
        add(fn, RDF_PREDICATE, prop)
        obj = node("event", r.obj_event) if r.obj_event else ent(r.obj) if r.obj else None
        if obj is not None:
            add(fn, RDF_OBJECT, obj)
        if r.obj_text:
            add(fn, K.objectText, ox.Literal(r.obj_text))
        if r.lemma:
            add(fn, K.lemma, ox.Literal(r.lemma))
        if r.frame:
            add(fn, K.frame, ox.Literal(r.frame))
        time(fn, r.time)
        add(fn, K.polarity, ox.Literal(r.polarity))
        add(fn, K.modality, ox.Literal(r.modality))
        if r.claim:
            add(fn, K.reportedIn, node("claim", r.claim))
        if r.former:
            add(fn, K.isFormer, ox.Literal("true", datatype=XSD_BOOLEAN))
        evidence(fn, r.sentence, r.start, r.end, r.confidence)
        if obj is not None and r.polarity == "positive" and r.modality == "asserted" \
                and not r.former:
            add(ent(r.subject), prop, obj)

    # -- roles (reified positions) --------------------------------------------------
    for n, role in enumerate(extraction.roles):
        pn = node("position", n)
        holder = ent(role.holder)
        add(pn, RDF_TYPE, K.Position)
        add(pn, K.holder, holder)
        add(pn, K.roleName, ox.Literal(role.role))
        add(holder, K.holdsPosition, pn)
        if role.text:
            add(pn, K.text, ox.Literal(role.text))
        if role.former:
            add(pn, K.isFormer, ox.Literal("true", datatype=XSD_BOOLEAN))
        if role.organization:
            org = ent(role.organization)
            add(pn, K.organization, org)
            if not role.former:  # the direct triple says it is held now
                add(holder, K[ROLE_PROPERTIES.get(role.role, "officialOf")], org)
        if role.nationality:
            country = ent(role.nationality)
            add(pn, K.nationality, country)
            add(holder, K.nationality, country)
        evidence(pn, role.sentence, role.start, role.end, role.confidence)
    return g


# -- for rdflib users ------------------------------------------------------------------
def to_ntriples(triples: Iterable) -> bytes:
    """N-Triples of an rdflib Graph, or of pyoxigraph quads or triples."""
    if hasattr(triples, "serialize") and hasattr(triples, "identifier"):  # an rdflib Graph
        return triples.serialize(format="nt", encoding="utf-8")
    return ox.serialize((t.triple if isinstance(t, ox.Quad) else t for t in triples),
                        format=ox.RdfFormat.N_TRIPLES)


def article_graph(extraction: Extraction, links: Mapping[str, Link] | None = None,
                  model: str = "", now: datetime | None = None):
    """The article's named graph as an rdflib Graph (identifier: the article IRI)."""
    quads = article_quads(extraction, links, model, now)
    graph = Graph(identifier=URIRef(quads.identifier))
    graph.parse(data=to_ntriples(quads.triples()), format="nt")
    return graph
