"""Exports: the whole store or some article graphs, in sorted order (the same store
always writes the same file, and a diff of two exports shows what changed)."""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from kg import formats
from kg.store import Store, StoreError

#: The triples of the query's default graph (the merged graph, or one graph), sorted by
#: the store's engine: a sort that does not hold Python objects for a whole store.
SORTED_TRIPLES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


class NoSuchGraph(StoreError, LookupError):
    """``--graph`` names a graph the store does not have."""


def export(store: Store, out: IO[bytes], fmt: str = "turtle", graph: str | None = None) -> None:
    """Write the store (or one graph) to ``out`` in ``fmt``, sorted: dataset syntaxes keep
    one graph per article (graphs in IRI order), the others write the merged graph (each
    triple once)."""
    rdf_format = formats.get(fmt, *formats.RDF_KINDS)
    if graph is not None and not store.has_graph(graph):
        raise NoSuchGraph(f"no article graph <{graph}> in the store")
    if rdf_format.kind == formats.DATASET:
        names = [graph] if graph is not None else store.graphs()
        formats.write_rdf((ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(name))
                           for name in names for t in sorted_triples(store, name)),
                          rdf_format, out)
    else:
        formats.write_rdf(sorted_triples(store, graph), rdf_format, out)


def sorted_triples(store: Store, graph: str | None = None) -> Iterator[ox.Triple]:
    """The triples of ``graph`` (default: the merged graph) sorted by subject, predicate,
    object, as SPARQL orders terms."""
    dataset = {} if graph is None else {"default_graph": [ox.NamedNode(graph)]}
    for row in store.query(SORTED_TRIPLES, **dataset):
        yield ox.Triple(row["s"], row["p"], row["o"])


def write_graphs(store: Store, graphs: Iterable[str], path: Path) -> None:
    """Write some article graphs to ``path``, the format chosen by its suffix."""
    fmt = formats.by_suffix(path.suffix, *formats.RDF_KINDS) or formats.get("trig")
    graphs = list(graphs)
    with open(path, "wb") as out:
        quads = _quads(store, graphs)
        if fmt.kind == formats.DATASET:
            formats.write_rdf(quads, fmt, out)
        else:
            formats.write_rdf((q.triple for q in quads), fmt, out)


def _quads(store: Store, graphs: list[str]) -> Iterable[ox.Quad]:
    for iri in graphs:
        yield from store.quads(iri)
