"""Exports: the whole store or some article graphs, streamed by Oxigraph's serialisers."""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable

import pyoxigraph as ox

from kg.store import DATASET_FORMATS, FORMATS, Store, open_store
from kg.store.base import SUFFIX_FORMATS  # one suffix table for import and export
from kg.vocab import PREFIXES


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
    fmt = SUFFIX_FORMATS.get(path.suffix.lower(), "trig")
    graphs = list(graphs)
    with open(path, "wb") as out:
        quads = _quads(store, graphs)
        if fmt in DATASET_FORMATS:
            ox.serialize(quads, out, FORMATS[fmt],
                         prefixes=dict(PREFIXES) if fmt == "trig" else None)
        else:
            ox.serialize((q.triple for q in quads), out, FORMATS[fmt],
                         prefixes=dict(PREFIXES) if fmt == "turtle" else None)


def _quads(store: Store, graphs: list[str]) -> Iterable[ox.Quad]:
    for iri in graphs:
        yield from store.quads(iri)

