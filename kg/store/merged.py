"""The merged default graph: every triple of the article and import graphs, once, kept
in step with every write (see :mod:`kg.store.layout` and docs/store.md).

It is the backend's own default graph, or a named graph on servers whose default graph
is the union of all graphs (Virtuoso: ``merged`` in the location). :class:`Merged`
phrases the SPARQL the layout writes for either; :func:`update` runs any SPARQL Update
with the merged graph following the graphs it writes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable
from urllib.parse import urljoin

import pyoxigraph as ox

from kg.store.base import Backend, iri_term, is_iri

SOURCE_LOCATION = "https://w3id.org/newskg/ontology#sourceLocation"
ARTICLE_PREFIX = "https://w3id.org/newskg/id/article/"
IMPORT_PREFIX = "https://w3id.org/newskg/id/import/"
#: The IRI to give the merged graph where the default graph cannot hold it (Virtuoso).
MERGED_IRI = "https://w3id.org/newskg/id/merged"



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


def store_graphs(backend: Backend) -> list[str]:
    """The article and import graphs (every named graph but the merged one), sorted."""
    merged_iri = merged_of(backend).iri
    return [g for g in backend.graphs() if g != merged_iri]


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
    rebuild = (any(not is_iri(g) for g in named)
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


