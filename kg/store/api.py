"""``Store``: what kg code holds. Each method is one of the shared functions of
:mod:`kg.store.layout` over the backend it wraps, so every backend behaves alike."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Iterator

import pyoxigraph as ox

from kg.store import layout, merged
from kg.store.base import Backend, StoreError, default_location
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore
from kg.store.shared import SharedStore


class Store:
    """kg's dataset in a backend: ``Store()`` in memory, ``Store(path)`` an embedded store
    directory this process owns, ``Store(backend)`` any backend (see :func:`open_store`).
    """

    def __init__(self, where: Backend | str | os.PathLike | None = None,
                 read_only: bool = False) -> None:
        if isinstance(where, Backend):
            self.backend = where
        else:
            self.backend = LocalStore(where, read_only=read_only)

    # -- reading ----------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.backend.read_only

    @property
    def path(self) -> Path | None:
        """The store directory (embedded or shared backends), else None."""
        return self.backend.path

    @property
    def owns(self) -> bool:
        """True when this process holds the store (always, unless another process owns
        the directory or the store is a remote server)."""
        return getattr(self.backend, "owns", not isinstance(self.backend, RemoteStore))

    def query(self, sparql: str, **kwargs):
        """A SPARQL query. Its default graph is the merged graph (every triple of every
        article once), as ``use_default_graph_as_union=True`` (the default) asks; with
        False, the query's own dataset (FROM, or ``default_graph``/``named_graphs``)."""
        if kwargs.pop("use_default_graph_as_union", True) and not (
                "default_graph" in kwargs or "named_graphs" in kwargs):
            kwargs.update(merged.merged_of(self.backend).dataset(sparql))
        return self.backend.query(sparql, **kwargs)

    def graphs(self) -> list[str]:
        """The article and import graphs, sorted (not the merged graph)."""
        return merged.store_graphs(self.backend)

    def has_graph(self, iri: str) -> bool:
        return self.backend.has_graph(iri)

    def stored_emission(self, iri: str) -> tuple[float, float] | None:
        """The thresholds article graph ``iri`` was extracted at, if it records them."""
        return layout.stored_emission(self.backend, iri)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return self.backend.quads(graph)

    def article_graphs(self, ref: str) -> list[str]:
        return layout.article_graphs(self.backend, ref)

    def dump(self, out: IO[bytes], fmt: str = "turtle", graph: str | None = None) -> None:
        """Stream the store (or one graph) to ``out``; graph syntaxes merge all graphs."""
        layout.dump(self.backend, out, fmt, graph)

    def __len__(self) -> int:
        """Triples in the merged graph: each distinct triple of the store once."""
        return self.backend.count(merged.merged_of(self.backend).node)

    # -- writing ----------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        """A SPARQL Update; the merged graph follows the graphs it writes."""
        merged.update(self.backend, sparql)

    def replace_article(self, graph_iri: str, body: layout.Body, source: str) -> None:
        layout.replace_article(self.backend, graph_iri, body, source)

    def replace_graph(self, iri: str, body: layout.Body) -> None:
        layout.replace_graph(self.backend, iri, body)

    def add_to_graph(self, iri: str, body: layout.Body) -> None:
        layout.add_to_graph(self.backend, iri, body)

    def remove_graphs(self, iris: list[str]) -> None:
        layout.remove_graphs(self.backend, iris)

    def remove_graph(self, iri: str) -> bool:
        if not self.backend.has_graph(iri):
            return False
        layout.remove_graphs(self.backend, [iri])
        return True

    def remove_article(self, ref: str) -> list[str]:
        return layout.remove_article(self.backend, ref)

    def import_file(self, path: str | os.PathLike, fmt: str | None = None,
                    graph: str | None = None) -> list[str]:
        return layout.import_file(self.backend, path, fmt, graph)

    def flush(self) -> None:
        """Make pending writes visible to other processes (batched backends)."""
        self.backend.flush()

    def close(self) -> None:
        self.backend.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(location: str | None = None, read_only: bool = False) -> Store:
    """Open the store at ``location``: a directory, ``:memory:``, or
    ``sparql+http(s)://…`` for a remote SPARQL server (see :mod:`kg.store.remote`).

    A store whose merged graph is missing (written by an older kg, or filled by other
    tools) gets it now when it is opened for writing, or a warning when it is not.
    """
    location = location or default_location()
    if location == ":memory:":
        return Store(LocalStore(None))
    if location.startswith("sparql+"):
        store = Store(RemoteStore.from_location(location, read_only=read_only))
    else:
        store = Store(SharedStore(location, read_only=read_only))
    try:
        stale = merged.needs_merged(store.backend)
    except StoreError:
        stale = False  # an unreachable server: the first real operation says so
    if stale and read_only:
        print("kg: warning: this store has no merged graph yet (written by an older kg?): "
              "queries see nothing until it is opened for writing once (kg build, kg "
              "import)", file=sys.stderr)
    elif stale:
        print("kg: building the merged graph of this store (once)", file=sys.stderr)
        merged.rebuild_merged(store.backend)
    return store
