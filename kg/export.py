"""Exports: the whole store or some article graphs, streamed by Oxigraph's serialisers."""
from __future__ import annotations

from pathlib import Path
from typing import IO, Iterable

import pyoxigraph as ox

from kg.store import DATASET_FORMATS, FORMATS, Store, open_store

SUFFIX_FORMATS = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "ntriples",
                  ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "rdfxml"}


def export(store_location: str | None, out: IO[bytes], fmt: str = "turtle",
           graph: str | None = None) -> None:
    """Write the store (or one article graph) to ``out`` in ``fmt``."""
    store = open_store(store_location)
    if graph is not None and not store.has_graph(graph):
        raise KeyError(f"no article graph <{graph}> in the store")
    if fmt == "jsonld":
        _jsonld(store, out, [graph] if graph else None)
    else:
        store.dump(out, fmt, graph)


def write_graphs(store: Store, graphs: Iterable[str], path: Path) -> None:
    """Write some article graphs to ``path``, the format chosen by its suffix."""
    fmt = SUFFIX_FORMATS.get(path.suffix.lower(), "trig")
    graphs = list(graphs)
    with open(path, "wb") as out:
        if fmt == "jsonld":
            _jsonld(store, out, graphs)
            return
        quads = _quads(store, graphs)
        if fmt in DATASET_FORMATS:
            ox.serialize(quads, out, FORMATS[fmt], prefixes=_prefixes() if fmt == "trig" else None)
        else:
            ox.serialize((q.triple for q in quads), out, FORMATS[fmt],
                         prefixes=_prefixes() if fmt == "turtle" else None)


def _quads(store: Store, graphs: list[str]) -> Iterable[ox.Quad]:
    for iri in graphs:
        yield from store.quads(iri)


def _prefixes() -> dict[str, str]:
    from kg.vocab import PREFIXES

    return dict(PREFIXES)


def _jsonld(store: Store, out: IO[bytes], graphs: list[str] | None) -> None:
    """JSON-LD through rdflib (Oxigraph has no JSON-LD writer): one @graph per article."""
    import io

    from rdflib import Dataset

    buffer = io.BytesIO()
    if graphs is None:
        store.dump(buffer, "nquads")
    else:
        ox.serialize(_quads(store, graphs), buffer, ox.RdfFormat.N_QUADS)
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue(), format="nquads")
    from kg.vocab import PREFIXES

    out.write(dataset.serialize(format="json-ld", context=dict(PREFIXES), encoding="utf-8"))
