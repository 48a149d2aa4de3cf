"""How kg lays its data out in a store, written once over the backend contract.

* One named graph per article (``kgid:article/<hash>``), complete: the article, its
  sentences, mentions, entities (label, type, keys, links), facts, events, claims and
  positions. It holds ``<graph> kg:sourceLocation "source"`` inside itself: the index
  article replacement uses to drop the older version of a changed article in the same
  transaction that stores the new one. Imported files get a graph named from their
  content, with the same marker written last.
* The merged default graph: every triple of every article and import graph, each
  stated once, kept in step in the same transaction as every write. It is the default
  graph of kg's queries (the store's own default graph; on a server whose default graph
  is the union of its named graphs, such as Virtuoso, a named graph given as
  ``merged=IRI`` in the location): an entity named by 3,000 articles has its label,
  type, links and keys once there, so joins on them do not multiply (Oxigraph's union
  default graph repeats a triple once per graph that states it).

Removing an article takes out of the merged graph what only that article stated
(no orphan entity data); what other articles also state stays.
"""
from __future__ import annotations

import hashlib
import os
import re
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator
from urllib.parse import urljoin

import pyoxigraph as ox

from kg import formats
from kg.store.base import AmbiguousArticle, Backend, StoreError, iri_term

SOURCE_LOCATION = "https://w3id.org/newskg/ontology#sourceLocation"
ARTICLE_PREFIX = "https://w3id.org/newskg/id/article/"
IMPORT_PREFIX = "https://w3id.org/newskg/id/import/"
#: The IRI to give the merged graph where the default graph cannot hold it (Virtuoso).
MERGED_IRI = "https://w3id.org/newskg/id/merged"

Body = bytes | Iterable[ox.Triple | ox.Quad]


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


@dataclass(frozen=True)
class Merged:
    """Where a backend keeps the merged graph: its default graph (``iri`` None) or a
    named graph. The SPARQL the layout writes is phrased for either."""

    iri: str | None = None

    @property
    def node(self) -> ox.DefaultGraph | ox.NamedNode:
        return ox.NamedNode(self.iri) if self.iri else ox.DefaultGraph()

    def of(self, quads: Iterable[ox.Quad]) -> list[ox.Quad]:
        """The same triples in the merged graph."""
        node = self.node
        return [ox.Quad(q.subject, q.predicate, q.object, node) for q in quads]

    def pattern(self, triples: str = "?s ?p ?o") -> str:
        return f"GRAPH <{self.iri}> {{ {triples} }}" if self.iri else triples

    def not_it(self, var: str) -> str:
        return f"FILTER(?{var} != <{self.iri}>)" if self.iri else ""

    def dataset(self, sparql: str = "") -> dict:
        """Query keywords that make it the default graph of ``sparql``.

        A named merged graph is given as the protocol's default graph, which (by the
        protocol) leaves no named graphs: a query with GRAPH runs on the server's own
        dataset instead (Virtuoso's default graph is then the union of all graphs)."""
        if not self.iri:
            return {"use_default_graph_as_union": False}
        if _GRAPH_KEYWORD.search(_without_strings(sparql)):
            return {"use_default_graph_as_union": False}
        return {"default_graph": [self.node]}

    def retract(self, graphs: Iterable[str]) -> str:
        """The SPARQL Update that takes out of the merged graph the triples only
        ``graphs`` state (run before they are dropped, in the same transaction)."""
        names = sorted(iri_term(g) for g in set(graphs))
        others = ", ".join(names + ([f"<{self.iri}>"] if self.iri else []))
        return (f"DELETE {{ {self.pattern()} }} WHERE {{ VALUES ?old {{ {' '.join(names)} }} "
                f"GRAPH ?old {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} "
                f"FILTER(?other NOT IN ({others})) }} }}")

    def retract_source(self, source: str) -> str:
        """:meth:`retract` for every graph of ``source``, found by the server (no read)."""
        src = ox.Literal(source)
        return (f"DELETE {{ {self.pattern()} }} WHERE {{ "
                f"GRAPH ?old {{ ?old <{SOURCE_LOCATION}> {src} . ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} {self.not_it('other')} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?other <{SOURCE_LOCATION}> {src} }} }} "
                f"}} }}")

    def restate(self, graphs: Iterable[str]) -> str:
        """The SPARQL Update that puts the triples of ``graphs`` into the merged graph."""
        return " ;\n".join(f"INSERT {{ {self.pattern()} }} WHERE {{ "
                           f"GRAPH {iri_term(g)} {{ ?s ?p ?o }} }}" for g in sorted(set(graphs)))

    def rebuild(self) -> str:
        """The SPARQL Update that refills it from every named graph."""
        clear = f"DROP SILENT GRAPH <{self.iri}>" if self.iri else "CLEAR SILENT DEFAULT"
        return (f"{clear} ;\nINSERT {{ {self.pattern()} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                f"{self.not_it('g')} }}")


def merged_of(backend: Backend) -> Merged:
    return Merged(getattr(backend, "merged_graph", None))


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


def store_graphs(backend: Backend) -> list[str]:
    """The article and import graphs (every named graph but the merged one), sorted."""
    merged_iri = merged_of(backend).iri
    return [g for g in backend.graphs() if g != merged_iri]


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


def store_articles(backend: Backend, articles: list[tuple[str, str, bytes]]) -> None:
    """Store built articles, ``(graph IRI, source, N-Quads)`` each, whose N-Quads already
    hold the merged-graph copies (a build worker wrote them for this backend): new ones
    in one transaction; a changed article (an older graph of its source) as in
    :func:`replace_article`."""
    if not articles:
        return
    backend.check_writable()
    m = merged_of(backend)
    if backend.queues_writes:  # no read, as in replace_article
        with backend.transaction() as tx:
            for iri, source, data in articles:
                tx.update(m.retract_source(source))
                tx.update(f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ "
                          f"?g <{SOURCE_LOCATION}> {ox.Literal(source)} . ?s ?p ?o }} }}")
                tx.drop_graph(iri)
                tx.add_data(data)
        return
    with _writing(backend):
        sources = " ".join(str(ox.Literal(source)) for _, source, _ in articles)
        olds: dict[str, set[str]] = {}
        for row in backend.query(f"SELECT ?g ?source WHERE {{ VALUES ?source {{ {sources} }} "
                                 f"GRAPH ?g {{ ?g <{SOURCE_LOCATION}> ?source }} }}"):
            olds.setdefault(row["source"].value, set()).add(row["g"].value)
        with backend.transaction() as tx:
            for iri, source, data in articles:
                old = olds.get(source, set()) | ({iri} if backend.has_graph(iri) else set())
                if old:
                    tx.update(m.retract(old))
                    for graph in sorted(old):
                        tx.drop_graph(graph)
                tx.add_data(data)


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


_UPDATE_GRAPHS = re.compile(r"\b(?:GRAPH|WITH|INTO|TO|MOVE\s+(?:SILENT\s+)?)\s*<([^>]*)>",
                            re.IGNORECASE)
_GRAPH_KEYWORD = re.compile(r"\bGRAPH\b", re.IGNORECASE)
_UPDATE_ANY_GRAPH = re.compile(r"\bGRAPH\s*[?$]|\b(?:ALL|NAMED|DEFAULT)\b", re.IGNORECASE)
_BASE = re.compile(r"\bBASE\s*<([^>]*)>", re.IGNORECASE)


def update(backend: Backend, sparql: str) -> None:
    """A SPARQL Update that keeps the merged graph in step with the graphs it writes.

    The graphs an update names (``GRAPH <g>``, ``WITH``, ``INTO``, ``TO``, ``MOVE``) are
    taken out of the merged graph before it runs and put back after, in the same
    transaction; an update that may write any graph (``GRAPH ?g``, ``DROP ALL``...)
    rebuilds the merged graph whole, which costs in proportion to the store.
    """
    m = merged_of(backend)
    inserted = _inserted_data(sparql)
    if inserted is not None:  # INSERT DATA only: its quads are all the merged graph gains
        backend.flush()
        with backend.transaction() as tx:
            tx.update(sparql)
            tx.add(m.of(inserted))
        backend.flush()
        return
    base = _BASE.search(sparql)
    named = {urljoin(base.group(1), g) if base else g for g in _UPDATE_GRAPHS.findall(sparql)}
    named.discard(m.iri)
    rebuild = (any(not _is_iri(g) for g in named)
               or _UPDATE_ANY_GRAPH.search(_without_strings(sparql)) is not None)
    backend.flush()  # queued writes first; then this update goes alone, at once, so
    with backend.transaction() as tx:  # its errors reach its caller
        if named and not rebuild:
            tx.update(m.retract(named))
        tx.update(sparql)
        if rebuild:
            tx.update(m.rebuild())
        elif named:
            tx.update(m.restate(named))
    backend.flush()


_WORDS = re.compile(r"(?<![\w:@^?$])[A-Za-z][\w-]*(?![\w:])")  # not prefixed names, _:b, @en
_INSERT_DATA_ONLY = {"INSERT", "DATA", "GRAPH", "BASE", "PREFIX", "A", "TRUE", "FALSE"}


def _inserted_data(sparql: str) -> list[ox.Quad] | None:
    """The quads of an update that is only ``INSERT DATA`` (read by running it on an
    empty in-memory store), else None."""
    words = {w.upper() for w in _WORDS.findall(_without_strings(sparql))}
    if not words or not words <= _INSERT_DATA_ONLY or "INSERT" not in words:
        return None
    scratch = ox.Store()
    scratch.update(sparql)  # a SyntaxError here is the caller's, as it would be below
    return list(scratch)


def _without_strings(sparql: str) -> str:
    """The update text without string literals, IRIs and comments (what keywords are
    looked for in)."""
    return re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|<[^>\s]*>|#[^\n]*', " ", sparql)


def rebuild_merged(backend: Backend) -> None:
    """Fill the merged graph from the article and import graphs (a store written before
    it existed); streamed, graph by graph."""
    backend.check_writable()
    m = merged_of(backend)
    for graph in store_graphs(backend):
        backend.bulk_load(m.of(backend.quads(graph)))


def needs_merged(backend: Backend) -> bool:
    """True when kg's graphs are there but the merged graph is empty (a store written by
    an older kg, or loaded by other tools)."""
    m = merged_of(backend)
    marked = f"GRAPH ?g {{ ?g <{SOURCE_LOCATION}> ?source }}"
    return bool(backend.query(f"ASK {{ {marked} FILTER NOT EXISTS {{ {m.pattern()} }} }}"))


_HEX = re.compile(r"[0-9a-f]{6,64}")


def _is_iri(text: str) -> bool:
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def article_graphs(backend: Backend, ref: str) -> list[str]:
    """Graphs an article reference names: a graph IRI, a content-hash prefix (at least
    6 hex digits) or the source (path or URL) the article was read from."""
    ref = ref.strip()
    if not ref:
        raise StoreError("empty article reference")
    if ref.startswith((ARTICLE_PREFIX, IMPORT_PREFIX)):
        if not _is_iri(ref):  # e.g. a space pasted into an IRI
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
    if not found and "://" in ref and _is_iri(ref) and backend.has_graph(ref):  # GSP writes
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
    backend.bulk_load(_into(merged_of(backend).node, _parse_file(path, rdf_format)))
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
