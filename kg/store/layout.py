"""How kg lays its data out in a store, written once over the backend contract.

* One named graph per article (``kgid:article/<hash>``), complete: the article, its
  sentences, mentions, entities (label, type, keys, links), facts, events, claims and
  positions. It holds ``<graph> kg:sourceLocation "source"`` inside itself: the index
  article replacement uses to drop the older version of a changed article in the same
  transaction that stores the new one. Imported files get a graph named from their
  content, with the same marker written last.
* The merged default graph (:mod:`kg.store.merged`): every triple of those graphs once,
  kept in step by every function here in the same transaction as the write. It is the
  default graph of kg's queries: an entity named by 3,000 articles has its label, type,
  links and keys once there, so joins on them do not multiply (Oxigraph's union default
  graph repeats a triple once per graph that states it). Removing an article takes out
  of it what only that article stated (no orphan entity data); what other articles also
  state stays.
"""
from __future__ import annotations

import hashlib
import os
import re
from contextlib import nullcontext
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from kg import formats
from kg.store.base import AmbiguousArticle, Backend, StoreError, iri_term, is_iri
from kg.store.merged import (ARTICLE_PREFIX, IMPORT_PREFIX, SOURCE_LOCATION, Merged,
                             merged_of, store_graphs)

Body = bytes | Iterable[ox.Triple | ox.Quad]
#: Where an article's extraction run records its emission thresholds (kg.rdf writes them).
FACT_THRESHOLD = "https://w3id.org/newskg/ontology#factThreshold"
CLAIM_THRESHOLD = "https://w3id.org/newskg/ontology#claimThreshold"


# -- what gets written -------------------------------------------------------------
def in_graph(graph_iri: str, body: Body) -> list[ox.Quad]:
    """``body`` (N-Triples bytes, or triples/quads) as quads of graph ``graph_iri``.

    N-Triples are parsed: bad input is a SyntaxError before anything is written.
    """
    graph = ox.NamedNode(graph_iri)
    if isinstance(body, (bytes, bytearray)):
        body = ox.parse(bytes(body), format=ox.RdfFormat.N_TRIPLES)
    return [t if isinstance(t, ox.Quad) and t.graph_name == graph
            else ox.Quad(t.subject, t.predicate, t.object, graph) for t in body]


def article_quads(graph_iri: str, body: Body, source: str) -> list[ox.Quad]:
    """The quads of an article graph plus its ``kg:sourceLocation`` index triple."""
    quads = in_graph(graph_iri, body)
    graph = ox.NamedNode(graph_iri)
    quads.append(ox.Quad(graph, ox.NamedNode(SOURCE_LOCATION), ox.Literal(source), graph))
    return quads


def _writing(backend: Backend):
    """Hold the backend's write lock, when it has one, across a read and the write that
    depends on it (the embedded store: no other writer of this process in between)."""
    lock = getattr(backend, "write_lock", None)
    return lock if lock is not None else nullcontext()


def _replace(tx, m: Merged, old: Iterable[str], quads: list[ox.Quad]) -> None:
    old = sorted(set(old))
    if old:
        tx.update(m.retract(old))
        for graph in old:
            tx.drop_graph(graph)
    tx.add(quads)
    tx.add(m.of(quads))


# -- articles ------------------------------------------------------------------------
def graphs_of_source(backend: Backend, source: str) -> list[str]:
    q = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{SOURCE_LOCATION}> "
         f"{ox.Literal(source)} }} }}")
    return sorted(row["g"].value for row in backend.query(q))


def stored_emission(backend: Backend, graph_iri: str) -> tuple[float, float] | None:
    """The fact and claim thresholds an article graph was extracted at, as its extraction
    run records them; None when it records none (a graph built before kg recorded them,
    or an import)."""
    rows = list(backend.query(
        f"SELECT ?f ?c WHERE {{ GRAPH {iri_term(graph_iri)} {{ ?run <{FACT_THRESHOLD}> ?f ; "
        f"<{CLAIM_THRESHOLD}> ?c }} }} LIMIT 1"))
    if not rows:
        return None
    return float(rows[0]["f"].value), float(rows[0]["c"].value)


def replace_article(backend: Backend, graph_iri: str, body: Body, source: str) -> None:
    """Store an article graph, dropping every older graph of the same ``source`` in the
    same transaction: readers see the old article or the new one, never a mix."""
    quads = article_quads(graph_iri, body, source)
    backend.check_writable()
    m = merged_of(backend)
    if backend.queues_writes:  # no read: it would send the queue; the server finds them
        with backend.transaction() as tx:
            tx.update(m.retract_source(source))
            tx.update(f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ "
                      f"?g <{SOURCE_LOCATION}> {ox.Literal(source)} . ?s ?p ?o }} }}")
            tx.update(m.retract([graph_iri]))  # the same text from another source
            tx.drop_graph(graph_iri)
            tx.add(quads)
            tx.add(m.of(quads))
        return
    with _writing(backend):
        old = set(graphs_of_source(backend, source))
        if backend.has_graph(graph_iri):
            old.add(graph_iri)
        with backend.transaction() as tx:
            _replace(tx, m, old, quads)


def store_articles(backend: Backend, articles: list[tuple[str, str, bytes, int]]) -> None:
    """Store built articles, ``(graph IRI, source, N-Quads, lines)`` each, whose N-Quads
    already hold the merged-graph copies (a build worker wrote them for this backend):
    new ones in one transaction; a changed article (an older graph of its source) as in
    :func:`replace_article`."""
    if not articles:
        return
    backend.check_writable()
    m = merged_of(backend)
    if backend.queues_writes:  # no read, as in replace_article
        with backend.transaction() as tx:
            for iri, source, data, lines in articles:
                tx.update(m.retract_source(source))
                tx.update(f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ "
                          f"?g <{SOURCE_LOCATION}> {ox.Literal(source)} . ?s ?p ?o }} }}")
                tx.drop_graph(iri)
                tx.add_data(data, lines)
        return
    with _writing(backend):
        sources = " ".join(str(ox.Literal(source)) for _, source, _, _ in articles)
        olds: dict[str, set[str]] = {}
        for row in backend.query(f"SELECT ?g ?source WHERE {{ VALUES ?source {{ {sources} }} "
                                 f"GRAPH ?g {{ ?g <{SOURCE_LOCATION}> ?source }} }}"):
            olds.setdefault(row["source"].value, set()).add(row["g"].value)
        with backend.transaction() as tx:
            for iri, source, data, lines in articles:
                old = olds.get(source, set()) | ({iri} if backend.has_graph(iri) else set())
                if old:
                    tx.update(m.retract(old))
                    for graph in sorted(old):
                        tx.drop_graph(graph)
                tx.add_data(data, lines)


def replace_graph(backend: Backend, iri: str, body: Body) -> None:
    """Put ``body`` into graph ``iri``, replacing what was there, atomically."""
    quads = in_graph(iri, body)
    with _writing(backend):
        old = [iri] if backend.has_graph(iri) else []
        with backend.transaction() as tx:
            _replace(tx, merged_of(backend), old, quads)


def add_to_graph(backend: Backend, iri: str, body: Body) -> None:
    """Add ``body`` to graph ``iri`` in one transaction."""
    quads = in_graph(iri, body)
    with backend.transaction() as tx:
        tx.add(quads)
        tx.add(merged_of(backend).of(quads))


def remove_graphs(backend: Backend, iris: list[str]) -> None:
    """Drop these graphs, and what only they stated from the merged graph, in one
    transaction."""
    if not iris:
        return
    with backend.transaction() as tx:
        tx.update(merged_of(backend).retract(iris))
        for iri in iris:
            tx.drop_graph(iri)


_HEX = re.compile(r"[0-9a-f]{6,64}")


def article_graphs(backend: Backend, ref: str) -> list[str]:
    """Graphs an article reference names: a graph IRI, a content-hash prefix (at least
    6 hex digits) or the source (path or URL) the article was read from."""
    ref = ref.strip()
    if not ref:
        raise StoreError("empty article reference")
    if ref.startswith((ARTICLE_PREFIX, IMPORT_PREFIX)):
        if not is_iri(ref):  # e.g. a space pasted into an IRI
            raise StoreError(f"{ref!r} is not an IRI")
        return [ref] if backend.has_graph(ref) else []
    found = graphs_of_source(backend, ref)
    if not found and "://" not in ref:
        resolved = str(Path(ref).expanduser().resolve())
        if resolved != ref:
            found = graphs_of_source(backend, resolved)
    if not found and _HEX.fullmatch(ref.lower()):
        prefix = ARTICLE_PREFIX + ref.lower()[:32]
        found = [g for g in store_graphs(backend) if g.startswith(prefix)]
        if len(found) > 1:
            raise AmbiguousArticle(f"{ref!r} matches {len(found)} articles: "
                                   + ", ".join(found[:5]) + "; give more digits")
    if not found and "://" in ref and is_iri(ref) and backend.has_graph(ref):  # GSP writes
        found = [ref]
    return found


def remove_article(backend: Backend, ref: str) -> list[str]:
    """Drop the article(s) ``ref`` names (see :func:`article_graphs`); returns the graphs
    removed. What other articles also state lives in their own graphs and stays."""
    found = article_graphs(backend, ref)
    if not found:
        short = re.fullmatch(r"[0-9a-f]{1,5}", ref.strip().lower())
        raise LookupError(f"no article in the store matches {ref!r}"
                          + ("; a content-hash prefix needs at least 6 hex digits"
                             if short else ""))
    remove_graphs(backend, found)
    return found


# -- import --------------------------------------------------------------------------
def import_graph_iri(digest: str) -> str:
    """The named graph of an imported triples file, from its content: re-importing the
    same file is a no-op, like rebuilding an unchanged article."""
    return IMPORT_PREFIX + digest[:32]


def file_digest(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _has_marker(backend: Backend, target: str) -> bool:
    node = iri_term(target)
    return bool(backend.query(f"ASK {{ GRAPH {node} {{ {node} <{SOURCE_LOCATION}> ?s }} }}"))


def import_file(backend: Backend, path: str | os.PathLike, fmt: str | None = None,
                graph: str | None = None) -> list[str]:
    """Bulk-load ``path`` without holding it in memory; returns the graphs it filled.

    Triples go to ``graph`` or to a graph named from the file's content, which also
    gets a ``kg:sourceLocation`` marker written last: importing the same file again is
    skipped, and an import killed half-way is completed by running it again. Quads
    keep their graphs (set semantics make a re-run idempotent).
    """
    backend.check_writable()
    try:
        rdf_format = formats.rdf_format_for_path(path, fmt)
    except formats.UnknownFormat as err:
        raise StoreError(str(err)) from None
    target = graph or import_graph_iri(file_digest(path))
    if graph is None and _has_marker(backend, target):
        return []
    before = set(store_graphs(backend))
    backend.bulk_load(path, rdf_format, to_graph=target)
    # the same file again, every quad into the merged graph (streamed, like the load)
    m = merged_of(backend)
    if rdf_format.kind == formats.GRAPH:  # triples: the backend's own loader puts them there
        backend.bulk_load(path, rdf_format, to_graph=m.iri)
    else:
        backend.bulk_load(_into(m.node, _parse_file(path, rdf_format)))
    if graph is None and backend.has_graph(target):
        node = ox.NamedNode(target)
        marker = [ox.Quad(node, ox.NamedNode(SOURCE_LOCATION),
                          ox.Literal(str(Path(path).resolve())), node)]
        with backend.transaction() as tx:
            tx.add(marker)
            tx.add(merged_of(backend).of(marker))
    return [g for g in store_graphs(backend) if g not in before or g == target]


def _parse_file(path, rdf_format: formats.Format) -> Iterator:
    return iter(ox.parse(path=str(path), format=rdf_format.ox_format))


def _into(graph, items: Iterable) -> Iterator[ox.Quad]:
    """Triples or quads, all as quads of ``graph`` (streamed)."""
    for item in items:
        yield ox.Quad(item.subject, item.predicate, item.object, graph)


# -- export --------------------------------------------------------------------------
def dump(backend: Backend, out: IO[bytes], fmt: str = "turtle", graph: str | None = None) -> None:
    """Stream one graph, or the store: dataset syntaxes keep one graph per article, the
    others write the merged graph (each triple once)."""
    rdf_format = formats.get(fmt, *formats.RDF_KINDS)
    if graph is not None:
        items: Iterator = backend.quads(graph)
    elif rdf_format.kind == formats.DATASET:  # graph by graph: never the whole dataset
        items = (q for g in store_graphs(backend) for q in backend.quads(g))
    else:
        items = backend.quads(merged_of(backend).node)
    if rdf_format.kind != formats.DATASET:
        items = (q.triple for q in items)
    formats.write_rdf(items, rdf_format, out)
