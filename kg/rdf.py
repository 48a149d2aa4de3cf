"""Extraction + links -> the RDF graph of one article (its named graph).

Facts are reified as ``kg:Fact`` nodes carrying their evidence sentence, character
offsets, confidence, polarity and modality; a plain triple is added too when the
article itself asserts the fact, so simple queries stay simple.
"""
from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Iterable, Mapping

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef

from kg import __version__
from kg.model import Extraction, Link
from kg.vocab import (KG, PROV, SCHEMA, WD, article_graph_iri, entity_iri, extractor_iri,
                      local_iri)


def _decimal(value: float) -> Literal:
    return Literal(Decimal(f"{value:.3f}"), datatype=XSD.decimal)


def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


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

    def node(kind: str, local: object) -> URIRef:
        return local_iri(h, kind, str(local))

    # Dates and quantities ("last night", "three soldiers") mean something else in every
    # article, so their identity is scoped to the article; names are shared across articles.
    local_keys = {e.key for e in extraction.entities if e.type in ARTICLE_SCOPED_TYPES}

    def ent(key: str) -> URIRef:
        if key in local_keys:
            return entity_iri(f"{key}@{h}")
        link = links.get(key)
        return entity_iri(key, link.qid if link else None)

    # -- the article and its provenance ---------------------------------------
    g.add((a, RDF.type, KG.Article))
    g.add((a, KG.contentHash, Literal(h)))
    g.add((a, KG.sourceLocation, Literal(article.source)))
    if article.source.startswith(("http://", "https://")):
        g.add((a, PROV.wasDerivedFrom, URIRef(article.source)))
    if article.title:
        g.add((a, SCHEMA.headline, Literal(article.title)))
    if article.published:
        g.add((a, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    g.add((a, KG.retrievedAt, Literal(article.retrieved.astimezone(timezone.utc).isoformat(),
                                      datatype=XSD.dateTime)))
    g.add((a, KG.language, Literal(extraction.language)))
    g.add((a, KG.text, Literal(article.text)))
    version = f"kg {__version__}" + (f"; {model}" if model else "")
    run, agent = node("run", "extraction"), extractor_iri(version)
    g.add((a, PROV.wasGeneratedBy, run))
    g.add((run, RDF.type, KG.ExtractionRun))
    g.add((run, PROV.wasAssociatedWith, agent))
    g.add((run, PROV.endedAtTime, Literal((now or datetime.now(timezone.utc)).isoformat(),
                                          datatype=XSD.dateTime)))
    g.add((agent, RDF.type, KG.Extractor))
    g.add((agent, RDFS.label, Literal(version)))
    g.add((agent, KG.extractorVersion, Literal(version)))

    # -- sentences --------------------------------------------------------------
    for s in extraction.sentences:
        sn = node("sentence", s.index)
        g.add((a, KG.sentence, sn))
        g.add((sn, RDF.type, KG.Sentence))
        g.add((sn, KG["index"], _int(s.index)))
        g.add((sn, KG.text, Literal(s.text)))
        g.add((sn, KG.startChar, _int(s.start)))
        g.add((sn, KG.endChar, _int(s.end)))
        g.add((sn, KG.inArticle, a))

    def evidence(subject: URIRef, sentence: int, start: int, end: int,
                 confidence: float) -> None:
        g.add((subject, KG.evidence, node("sentence", sentence)))
        g.add((subject, KG.inArticle, a))
        g.add((subject, KG.startChar, _int(start)))
        g.add((subject, KG.endChar, _int(end)))
        g.add((subject, KG.confidence, _decimal(confidence)))

    # -- entities and mentions ------------------------------------------------
    mention_no = 0
    for e in extraction.entities:
        en = ent(e.key)
        g.add((en, RDF.type, KG[e.type]))
        g.add((en, RDFS.label, Literal(e.name)))
        g.add((en, KG.identityKey, Literal(e.key)))
        g.add((en, KG.mentionedIn, a))
        for alias in e.aliases:
            g.add((en, KG.alias, Literal(alias)))
        link = links.get(e.key)
        if link and link.qid:
            g.add((en, OWL.sameAs, WD[link.qid]))
            g.add((en, KG.wikidataScore, _decimal(link.score)))
            for qid, _score in link.candidates:
                if qid != link.qid:
                    g.add((en, KG.wikidataCandidate, WD[qid]))
        for m in e.mentions:
            mn = node("mention", mention_no)
            mention_no += 1
            g.add((mn, RDF.type, KG.Mention))
            g.add((mn, KG.refersTo, en))
            g.add((mn, KG.text, Literal(m.text)))
            g.add((mn, KG.startChar, _int(m.start)))
            g.add((mn, KG.endChar, _int(m.end)))
            g.add((mn, KG.inSentence, node("sentence", m.sentence)))
            g.add((mn, KG.mentionKind, Literal(m.kind)))

    # -- claims -------------------------------------------------------------------
    for c in extraction.claims:
        cn = node("claim", c.id)
        g.add((cn, RDF.type, KG.Claim))
        g.add((cn, KG.text, Literal(c.text)))
        g.add((cn, KG.isQuote, Literal(c.quote)))
        if c.speaker:
            g.add((cn, KG.speaker, ent(c.speaker)))
        if c.addressee:
            g.add((cn, KG.addressee, ent(c.addressee)))
        evidence(cn, c.sentence, c.start, c.end, c.confidence)

    # -- events -------------------------------------------------------------------
    event_ids = {ev.id for ev in extraction.events}

    def arg(key: str) -> URIRef:
        return node("event", key) if key in event_ids else ent(key)

    for ev in extraction.events:
        vn = node("event", ev.id)
        g.add((vn, RDF.type, KG.Event))
        g.add((vn, RDF.type, KG[ev.kind]))
        g.add((vn, KG.trigger, Literal(ev.trigger)))
        g.add((vn, KG.polarity, Literal(ev.polarity)))
        g.add((vn, KG.modality, Literal(ev.modality)))
        for role, key in ev.arguments:
            g.add((vn, KG[role], arg(key)))
        if ev.time is not None:
            g.add((vn, KG.timeText, Literal(ev.time.text)))
            if ev.time.value:
                kind = XSD.dateTime if "T" in ev.time.value else XSD.date
                g.add((vn, KG.date, Literal(ev.time.value, datatype=kind)))
        if ev.claim:
            g.add((vn, KG.reportedIn, node("claim", ev.claim)))
        evidence(vn, ev.sentence, ev.start, ev.end, ev.confidence)

    # -- facts (reified relations) ---------------------------------------------
    for n, r in enumerate(extraction.relations):
        fn = node("fact", n)
        prop = KG[r.predicate]
        g.add((fn, RDF.type, KG.Fact))
        g.add((fn, RDF.subject, ent(r.subject)))
        g.add((fn, RDF.predicate, prop))
        obj = node("event", r.obj_event) if r.obj_event else ent(r.obj) if r.obj else None
        if obj is not None:
            g.add((fn, RDF.object, obj))
        if r.obj_text:
            g.add((fn, KG.objectText, Literal(r.obj_text)))
        if r.lemma:
            g.add((fn, KG.lemma, Literal(r.lemma)))
        g.add((fn, KG.polarity, Literal(r.polarity)))
        g.add((fn, KG.modality, Literal(r.modality)))
        if r.claim:
            g.add((fn, KG.reportedIn, node("claim", r.claim)))
        evidence(fn, r.sentence, r.start, r.end, r.confidence)
        if obj is not None and r.polarity == "positive" and r.modality == "asserted":
            g.add((ent(r.subject), prop, obj))

    # -- roles (reified positions) --------------------------------------------------
    role_properties = _role_properties()
    for n, role in enumerate(extraction.roles):
        pn = node("position", n)
        holder = ent(role.holder)
        g.add((pn, RDF.type, KG.Position))
        g.add((pn, KG.holder, holder))
        g.add((pn, KG.roleName, Literal(role.role)))
        g.add((holder, KG.holdsPosition, pn))
        if role.text:
            g.add((pn, KG.text, Literal(role.text)))
        if role.organization:
            org = ent(role.organization)
            g.add((pn, KG.organization, org))
            g.add((holder, KG[role_properties.get(role.role, "officialOf")], org))
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
    """N-Triples of ``triples`` (a Graph or ArticleTriples), with rdflib's own escaping."""
    from rdflib.plugins.serializers.nt import _nt_row

    return "".join(_nt_row(t) for t in triples).encode("utf-8")
