"""The triple store: a persistent Oxigraph store on disk, or in memory for tests.

One named graph per article; the default graph of a query is the union of all
graphs (Oxigraph's ``use_default_graph_as_union``), so queries need no GRAPH clause.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Iterable

import pyoxigraph as ox

DEFAULT_STORE = "kg-store"

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
#: Formats that keep named graphs.
DATASET_FORMATS = {"trig", "nquads"}


def default_location() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


class Store:
    """A thin wrapper over ``pyoxigraph.Store`` with the operations kg needs."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        if self.path is None:
            self._ox = ox.Store()
        elif read_only:
            self._ox = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self._ox = ox.Store(str(self.path))

    # -- graphs -----------------------------------------------------------------
    def has_graph(self, iri: str) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(iri))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs())

    def replace_graph(self, iri: str, ntriples: bytes) -> None:
        """Put ``ntriples`` into graph ``iri``, replacing what was there, atomically."""
        graph = ox.NamedNode(iri)
        quads = [ox.Quad(t.subject, t.predicate, t.object, graph)
                 for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]
        if self.has_graph(iri):
            self._ox.remove_graph(graph)
        self._ox.extend(quads)
        self._ox.add_graph(graph)

    def replace_article(self, iri: str, ntriples: bytes, source: str) -> None:
        """Store an article's graph, replacing older graphs of the same source."""
        for old in self.graphs_of_source(source):
            if old != iri:
                self.remove_graph(old)
        self.replace_graph(iri, ntriples)

    def graphs_of_source(self, source: str) -> list[str]:
        """Article graphs read from ``source`` (a path or URL)."""
        from kg.vocab import KG

        result = self._ox.query(
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <%s> ?s } FILTER(STR(?s) = %s) }"
            % (KG.sourceLocation, ox.Literal(source)))
        return [row["g"].value for row in result]

    def quads(self, graph: str | None = None):
        """Quads of one graph, or of all graphs."""
        g = ox.NamedNode(graph) if graph else None
        return self._ox.quads_for_pattern(None, None, None, g)

    def remove_graph(self, iri: str) -> bool:
        if not self.has_graph(iri):
            return False
        self._ox.remove_graph(ox.NamedNode(iri))
        return True

    # -- SPARQL -----------------------------------------------------------------
    def query(self, sparql: str, **kwargs):
        kwargs.setdefault("use_default_graph_as_union", True)
        return self._ox.query(sparql, **kwargs)

    def update(self, sparql: str) -> None:
        self._ox.update(sparql)

    # -- bulk -------------------------------------------------------------------
    def dump(self, out: IO[bytes], fmt: str = "turtle", graph: str | None = None) -> None:
        """Stream the store (or one graph) to ``out``; Turtle/N-Triples merge all graphs."""
        rdf_format = FORMATS[fmt]
        if graph is not None:
            self._ox.dump(out, rdf_format, from_graph=ox.NamedNode(graph))
        elif fmt in DATASET_FORMATS:
            self._ox.dump(out, rdf_format)
        else:
            ox.serialize(self._union_triples(), out, rdf_format)

    def _union_triples(self) -> Iterable[ox.Triple]:
        seen: set[ox.Triple] = set()
        for quad in self._ox.quads_for_pattern(None, None, None):
            triple = quad.triple
            if triple not in seen:
                seen.add(triple)
                yield triple

    def __len__(self) -> int:
        return len(self._ox)

    def flush(self) -> None:
        if self.path is not None:
            self._ox.flush()


def open_store(location: str | None = None, read_only: bool = False) -> Store:
    """Open the store at ``location`` (a directory, or ``:memory:``)."""
    location = location or default_location()
    if location == ":memory:":
        return Store(None)
    return Store(location, read_only=read_only)
