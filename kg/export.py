"""Exports: the whole store or some article graphs, streamed by Oxigraph's serialisers."""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable

import pyoxigraph as ox

from kg import formats
from kg.store import Store, open_store


def export(store_location: str | None, out: IO[bytes], fmt: str = "turtle",
           graph: str | None = None) -> None:
    """Write the store (or one article graph) to ``out`` in ``fmt``."""
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            raise KeyError(f"--graph {graph!r} is not an IRI ({exc})") from None
    with open_store(store_location) as store:
        if graph is not None and not store.has_graph(graph):
            raise KeyError(f"no article graph <{graph}> in the store")
        store.dump(out, fmt, graph)


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

