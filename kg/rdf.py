"""Extraction + links -> the RDF graph of one article (its named graph).

Facts are reified as ``kg:Fact`` nodes carrying their evidence sentence, character
offsets, confidence, polarity and modality; a plain triple is added too when the
article itself asserts the fact, so simple queries stay simple.
"""
from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from decimal import Decimal
from typing import Iterable, Mapping

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

from kg import __version__
from kg.model import Extraction, Link
from kg.vocab import (KG, PROV, SCHEMA, WD, article_graph_iri, entity_iri, extractor_iri,
                      local_iri)


def _decimal(value: float) -> Literal:
    return Literal(Decimal(f"{value:.3f}"), datatype=XSD.decimal)


class _Terms:
    """``KG`` with every term built once: rdflib validates each new URIRef, and one
    article graph names the same few dozen terms thousands of times."""

    def __init__(self) -> None:
        self._cache: dict[str, URIRef] = {}

    def __getitem__(self, name: str) -> URIRef:
        term = self._cache.get(name)
        if term is None:
            term = self._cache[name] = KG[name]
        return term

    __getattr__ = __getitem__


K = _Terms()


def _decimal_exact(value: float) -> Literal:
    """A quantity as xsd:decimal without float noise (13500000.0 -> 13500000)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return Literal(Decimal(text), datatype=XSD.decimal)


@lru_cache(maxsize=65536)
def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _date(value: str) -> Literal:
    """An ISO date or dateTime from the time resolver as a typed literal."""
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


#: Entity types whose identity does not carry over from one article to another.
ARTICLE_SCOPED_TYPES = frozenset({"Date", "Quantity"})


class ArticleTriples:
    """The triples of one article graph, in order, without duplicates.

    A plain list is several times cheaper than an rdflib Graph's indexes on the build's
    hot path; ``article_graph`` wraps it in a Graph when one is wanted.
    """

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier
        self._triples: dict[tuple, None] = {}

    def add(self, triple: tuple) -> None:
        self._triples[triple] = None

    def __iter__(self):
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)


def article_graph(extraction: Extraction, links: Mapping[str, Link] | None = None,
                  model: str = "", now: datetime | None = None) -> Graph:
    """The article's named graph as an rdflib Graph (identifier: the article IRI)."""
    triples = article_triples(extraction, links, model, now)
    graph = Graph(identifier=triples.identifier)
    for triple in triples:
        graph.add(triple)
    return graph


def article_triples(extraction: Extraction, links: Mapping[str, Link] | None = None,
                    model: str = "", now: datetime | None = None) -> ArticleTriples:
    """The triples of the article's named graph (identifier: the article IRI)."""
    links = links or {}
    article = extraction.article
    h = article.content_hash
    a = article_graph_iri(h)
    g = ArticleTriples(a)

    nodes: dict[tuple[str, str], URIRef] = {}

    def node(kind: str, local: object) -> URIRef:
        key = (kind, str(local))
        iri = nodes.get(key)
        if iri is None:
            iri = nodes[key] = local_iri(h, kind, key[1])
        return iri

    # Dates and quantities ("last night", "three soldiers") mean something else in every
    # article, so their identity is scoped to the article; names are shared across articles.
    # Descriptions ("a gunman") are participants of this article only, for the same reason.
    local_keys = {e.key for e in extraction.entities
                  if e.type in ARTICLE_SCOPED_TYPES or e.kind == "description"}

    entities: dict[str, URIRef] = {}

    def ent(key: str) -> URIRef:
        iri = entities.get(key)
        if iri is None:
            if key in local_keys:
                iri = entity_iri(f"{key}@{h}")
            else:
                link = links.get(key)
                iri = entity_iri(key, link.qid if link else None)
            entities[key] = iri
        return iri

    # -- the article and its provenance ---------------------------------------
    g.add((a, RDF.type, K.Article))
    g.add((a, K.contentHash, Literal(h)))
    g.add((a, K.sourceLocation, Literal(article.source)))
    if article.source.startswith(("http://", "https://")):
        g.add((a, PROV.wasDerivedFrom, URIRef(article.source)))
    if article.title:
        g.add((a, SCHEMA.headline, Literal(article.title)))
    if article.published:
        g.add((a, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    g.add((a, K.retrievedAt, Literal(article.retrieved.astimezone(timezone.utc).isoformat(),
                                      datatype=XSD.dateTime)))
    g.add((a, K.language, Literal(extraction.language)))
    g.add((a, K.text, Literal(article.text)))
    version = f"kg {__version__}" + (f"; {model}" if model else "")
    run, agent = node("run", "extraction"), extractor_iri(version)
    g.add((a, PROV.wasGeneratedBy, run))
    g.add((run, RDF.type, K.ExtractionRun))
    g.add((run, PROV.wasAssociatedWith, agent))
    g.add((run, PROV.endedAtTime, Literal((now or datetime.now(timezone.utc)).isoformat(),
                                          datatype=XSD.dateTime)))
    g.add((agent, RDF.type, K.Extractor))
    g.add((agent, RDFS.label, Literal(version)))
    g.add((agent, K.extractorVersion, Literal(version)))

    # -- sentences --------------------------------------------------------------
    for s in extraction.sentences:
        sn = node("sentence", s.index)
        g.add((a, K.sentence, sn))
        g.add((sn, RDF.type, K.Sentence))
        g.add((sn, K["index"], _int(s.index)))
        g.add((sn, K.text, Literal(s.text)))
        g.add((sn, K.startChar, _int(s.start)))
        g.add((sn, K.endChar, _int(s.end)))
        g.add((sn, K.inArticle, a))

    def evidence(subject: URIRef, sentence: int, start: int, end: int,
                 confidence: float) -> None:
        g.add((subject, K.evidence, node("sentence", sentence)))
        g.add((subject, K.inArticle, a))
        g.add((subject, K.startChar, _int(start)))
        g.add((subject, K.endChar, _int(end)))
        g.add((subject, K.confidence, _decimal(confidence)))

    def time(subject: URIRef, expr) -> None:
        """The time of a fact's or event's clause: its text, and its date when resolved."""
        if expr is not None:
            g.add((subject, K.timeText, Literal(expr.text)))
            if expr.value:
                g.add((subject, K.date, _date(expr.value)))

    # -- entities and mentions ------------------------------------------------
    mention_no = 0
    for e in extraction.entities:
        en = ent(e.key)
        g.add((en, RDF.type, K[e.type]))
        if e.kind == "description":
            g.add((en, RDF.type, K.Description))
        if e.value is not None:
            g.add((en, K.quantityValue, _decimal_exact(e.value)))
        if e.unit:
            g.add((en, K.unit, Literal(e.unit)))
        g.add((en, RDFS.label, Literal(e.name)))
        g.add((en, K.identityKey, Literal(e.key)))
        g.add((en, K.mentionedIn, a))
        for alias in e.aliases:
            g.add((en, K.alias, Literal(alias)))
        link = links.get(e.key)
        if link and link.qid:
            g.add((en, OWL.sameAs, WD[link.qid]))
            g.add((en, K.wikidataScore, _decimal(link.score)))
            for qid, _score in link.candidates:
                if qid != link.qid:
                    g.add((en, K.wikidataCandidate, WD[qid]))
        for m in e.mentions:
            mn = node("mention", mention_no)
            mention_no += 1
            g.add((mn, RDF.type, K.Mention))
            g.add((mn, K.refersTo, en))
            g.add((mn, K.text, Literal(m.text)))
            g.add((mn, K.startChar, _int(m.start)))
            g.add((mn, K.endChar, _int(m.end)))
            g.add((mn, K.inSentence, node("sentence", m.sentence)))
            g.add((mn, K.mentionKind, Literal(m.kind)))

    # -- resolved times, on the Date entities whose mentions they are -------------
    date_spans = [(m.start, m.end, e.key) for e in extraction.entities if e.type == "Date"
                  for m in e.mentions]
    for t in extraction.times:
        if t.value:
            for start, end, key in date_spans:
                if start < t.end and t.start < end:
                    g.add((ent(key), K.dateValue, _date(t.value)))
                    break

    # -- claims -------------------------------------------------------------------
    for c in extraction.claims:
        cn = node("claim", c.id)
        g.add((cn, RDF.type, K.Claim))
        g.add((cn, K.text, Literal(c.text)))
        g.add((cn, K.isQuote, Literal(c.quote)))
        g.add((cn, K.polarity, Literal(c.polarity)))
        g.add((cn, K.modality, Literal(c.modality)))
        if c.lemma:
            g.add((cn, K.lemma, Literal(c.lemma)))
        if c.speaker:
            g.add((cn, K.speaker, ent(c.speaker)))
        if c.addressee:
            g.add((cn, K.addressee, ent(c.addressee)))
        evidence(cn, c.sentence, c.start, c.end, c.confidence)

    # -- events -------------------------------------------------------------------
    event_ids = {ev.id for ev in extraction.events}

    def arg(key: str) -> URIRef:
        return node("event", key) if key in event_ids else ent(key)

    for ev in extraction.events:
        vn = node("event", ev.id)
        g.add((vn, RDF.type, K.Event))
        g.add((vn, RDF.type, K[ev.kind]))
        g.add((vn, K.trigger, Literal(ev.trigger)))
        g.add((vn, K.polarity, Literal(ev.polarity)))
        g.add((vn, K.modality, Literal(ev.modality)))
        for role, key in ev.arguments:
            g.add((vn, K[role], arg(key)))
        if ev.frame:
            g.add((vn, K.frame, Literal(ev.frame)))
        time(vn, ev.time)
        if ev.claim:
            g.add((vn, K.reportedIn, node("claim", ev.claim)))
        if ev.same_as:
            g.add((vn, K.sameEventAs, node("event", ev.same_as)))
        evidence(vn, ev.sentence, ev.start, ev.end, ev.confidence)

    # -- facts (reified relations) ---------------------------------------------
    for n, r in enumerate(extraction.relations):
        fn = node("fact", n)
        prop = K[r.predicate]
        g.add((fn, RDF.type, K.Fact))
        g.add((fn, RDF.subject, ent(r.subject)))
        g.add((fn, RDF.predicate, prop))
        obj = node("event", r.obj_event) if r.obj_event else ent(r.obj) if r.obj else None
        if obj is not None:
            g.add((fn, RDF.object, obj))
        if r.obj_text:
            g.add((fn, K.objectText, Literal(r.obj_text)))
        if r.lemma:
            g.add((fn, K.lemma, Literal(r.lemma)))
        if r.frame:
            g.add((fn, K.frame, Literal(r.frame)))
        time(fn, r.time)
        g.add((fn, K.polarity, Literal(r.polarity)))
        g.add((fn, K.modality, Literal(r.modality)))
        if r.claim:
            g.add((fn, K.reportedIn, node("claim", r.claim)))
        evidence(fn, r.sentence, r.start, r.end, r.confidence)
        if obj is not None and r.polarity == "positive" and r.modality == "asserted":
            g.add((ent(r.subject), prop, obj))

    # -- roles (reified positions) --------------------------------------------------
    role_properties = _role_properties()
    for n, role in enumerate(extraction.roles):
        pn = node("position", n)
        holder = ent(role.holder)
        g.add((pn, RDF.type, K.Position))
        g.add((pn, K.holder, holder))
        g.add((pn, K.roleName, Literal(role.role)))
        g.add((holder, K.holdsPosition, pn))
        if role.text:
            g.add((pn, K.text, Literal(role.text)))
        if role.organization:
            org = ent(role.organization)
            g.add((pn, K.organization, org))
            g.add((holder, K[role_properties.get(role.role, "officialOf")], org))
        evidence(pn, role.sentence, role.start, role.end, role.confidence)
    return g


def _role_properties() -> Mapping[str, str]:
    """Role name -> property local name, as the role extractor defines it."""
    try:
        from kg.extract.roles import ROLE_PROPERTIES
    except ImportError:  # the role step is optional; every role is then kg:officialOf
        return {}
    return ROLE_PROPERTIES


def to_ntriples(triples: Iterable[tuple]) -> bytes:
    """N-Triples of ``triples`` (a Graph or ArticleTriples), with rdflib's own escaping.

    IRIs are written directly (rdflib validated them when they were made); literals go
    through rdflib's N-Triples quoting, cached because an article repeats many of them."""
    return "".join(f"{_nt_term(s)} <{p}> {_nt_term(o)} .\n" for s, p, o in triples
                   ).encode("utf-8")


def _nt_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    return _nt_literal(term) if isinstance(term, Literal) else term.n3()


@lru_cache(maxsize=65536)
def _nt_literal(literal: Literal) -> str:
    from rdflib.plugins.serializers.nt import _quoteLiteral

    return _quoteLiteral(literal)
