"""Exports: the whole store or some article graphs, sorted (the same store always writes
the same file, and a diff of two exports shows what changed)."""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

from kg import formats
from kg.store import Store, StoreError
from kg.store.merged import merged_of


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
    """The triples of ``graph`` (default: the merged graph) in the order ``LC_ALL=C sort``
    gives their N-Triples lines.

    Sorted as text and parsed back: measured on 300,000 triples, 3.2 s and 170 MB against
    1.9 s and 80 MB unsorted, where the store's own ORDER BY took 15-30 s (and Triple
    objects sorted in Python 470 MB)."""
    node = ox.NamedNode(graph) if graph is not None else merged_of(store.backend).node
    lines = sorted(f"{q.triple} .\n" for q in store.quads(node))
    data = "".join(lines).encode("utf-8")
    del lines  # the text alone while the serializer runs
    return (q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))


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
