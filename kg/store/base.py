"""The store contract: what a backend that holds kg's quads must offer.

Six things, no more: ``query``, ``update``, ``quads``, ``bulk_load``, ``graphs`` and a
``transaction``. Everything kg builds on top (article replacement, import markers, the
merged default graph, exports) is written once in :mod:`kg.store.layout` over this
contract, so a new backend is one class with these methods.

Backends answer queries with pyoxigraph's result objects (``QuerySolutions``,
``QueryBoolean`` or an iterable of ``Triple``) and take pyoxigraph's query keywords
(``use_default_graph_as_union``, ``default_graph``, ``named_graphs``, ``substitutions``,
``base_iri``, ``prefixes``). A backend query sees the raw dataset; the layout decides
which default graph kg's queries use.
"""
from __future__ import annotations

import os
import re
from abc import ABC, abstractmethod
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from kg import formats

DEFAULT_STORE = "kg-store"


class StoreError(Exception):
    """A store operation that cannot be done, with a message meant for the user."""


class ReadOnlyStore(StoreError, PermissionError):
    """A write on a store opened read-only."""


class AmbiguousArticle(StoreError, LookupError):
    """A content-hash prefix that matches more than one article."""


def default_location() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def graph_iri(graph: str | ox.NamedNode) -> str:
    return graph.value if isinstance(graph, ox.NamedNode) else graph


def is_iri(text: str) -> bool:
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def iri_term(iri: str) -> str:
    """``<iri>`` after checking it is an IRI (``ox.NamedNode`` refuses spaces, ``>``...)."""
    return str(ox.NamedNode(iri))


class Transaction:
    """Writes that land together or not at all, in the order they were made.

    Built up inside ``with backend.transaction() as tx:`` and committed by the backend at
    the end of the block (nothing is written when the block raises).
    """

    def __init__(self) -> None:
        self.ops: list[tuple[str, object]] = []
        #: Lines (quads) of the N-Quads added with :meth:`add_data`.
        self.data_lines = 0

    def update(self, sparql: str) -> None:
        """A SPARQL Update to run at this point of the transaction."""
        self.ops.append(("update", sparql))

    def drop_graph(self, iri: str) -> None:
        self.ops.append(("drop", iri_term(iri)[1:-1]))

    def add(self, quads: Iterable[ox.Quad]) -> None:
        self.ops.append(("add", list(quads)))

    def add_data(self, nquads: bytes, lines: int | None = None) -> None:
        """Quads already written as N-Quads (by a build worker): stored without making a
        Python object per quad where the backend can (the embedded store loads them).
        ``lines``: their number of lines, when the writer knows it (else counted)."""
        self.ops.append(("data", nquads))
        self.data_lines += nquads.count(b"\n") if lines is None else lines

    @property
    def only_adds(self) -> bool:
        return all(kind in ("add", "data") for kind, _ in self.ops)

    def added(self) -> Iterator[ox.Quad]:
        for kind, value in self.ops:
            if kind == "add":
                yield from value
            elif kind == "data":
                yield from ox.parse(value, format=ox.RdfFormat.N_QUADS)

    def touched(self) -> dict[str, bool]:
        """Named graph -> whether it holds data after the transaction, as far as its adds
        and drops tell (updates are opaque)."""
        state: dict[str, bool] = {}
        for kind, value in self.ops:
            if kind == "drop":
                state[value] = False
            elif kind in ("add", "data"):
                quads = value if kind == "add" else ox.parse(value, format=ox.RdfFormat.N_QUADS)
                for quad in quads:
                    if isinstance(quad.graph_name, ox.NamedNode):
                        state[quad.graph_name.value] = True
        return state

    def __len__(self) -> int:
        return len(self.ops)


def insert_data(quads: Iterable[ox.Quad]) -> str:
    """``INSERT DATA`` of ``quads``, written by pyoxigraph's serializer (terms are escaped,
    so no quad can change the update around it)."""
    by_graph: dict[object, list[ox.Triple]] = {}
    for quad in quads:
        by_graph.setdefault(quad.graph_name, []).append(quad.triple)
    parts = []
    for graph, triples in by_graph.items():
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        parts.append(body if isinstance(graph, ox.DefaultGraph)
                     else f"GRAPH {graph} {{\n{body}}}")
    return "INSERT DATA {\n" + "\n".join(parts) + "\n}"


#: BASE and PREFIX declarations (and comments, blank space) at the head of a request.
PROLOGUE = re.compile(r"""(?:\s+|\#[^\n]*\n|(?:PREFIX\s+[^:\s]*:\s*|BASE\s*)<[^>]*>)*""",
                      re.IGNORECASE)


def split_prologue(sparql: str) -> tuple[str, str]:
    """``(prologue, rest)`` of a query or update."""
    end = PROLOGUE.match(sparql).end()
    return sparql[:end], sparql[end:]


def render_update(tx: Transaction) -> str:
    """The transaction as one SPARQL Update request (one transaction on any server).

    Oxigraph takes BASE and PREFIX only at the head of a request, so the prologues of
    the updates are moved there (kg's own operations name full IRIs, so a prologue
    cannot change them)."""
    head, parts = [], []
    adds: list[ox.Quad] = []  # consecutive adds: one INSERT DATA
    for kind, value in tx.ops:
        if kind == "add":
            adds.extend(value)
            continue
        if kind == "data":  # a worker's N-Quads
            adds.extend(ox.parse(value, format=ox.RdfFormat.N_QUADS))
            continue
        if adds:
            parts.append(insert_data(adds))
            adds = []
        if kind == "update":
            prologue, body = split_prologue(value)
            if prologue.strip():
                head.append(prologue.strip())
            parts.append(body)
        elif kind == "drop":
            parts.append(f"DROP SILENT GRAPH <{value}>")
    if adds:
        # One block: a blank node in an article graph and in the merged graph is one node
        # (SPARQL forbids sharing a blank node label between two INSERT DATA blocks).
        parts.append(insert_data(adds))
    return "\n".join(head + [" ;\n".join(p for p in parts if p.strip())])


class Backend(ABC):
    """Where the quads live: embedded Oxigraph, a directory shared through its owner, or
    a SPARQL 1.1 server. See the module docstring for the contract."""

    read_only: bool = False
    #: The store directory of an embedded on-disk backend, else None.
    path: Path | None = None
    #: Writes are queued and sent in batches, and a read sends the queue first: shared
    #: functions then say what to change in SPARQL instead of reading first.
    queues_writes: bool = False
    #: Where kg's merged graph lives: None for the default graph (see kg.store.layout).
    merged_graph: str | None = None

    # -- the contract -----------------------------------------------------------------
    @abstractmethod
    def query(self, sparql: str, **kwargs):
        """A SPARQL query over the raw dataset (see the module docstring)."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """A SPARQL Update, as one transaction."""

    @abstractmethod
    def quads(self, graph: str | ox.NamedNode | ox.DefaultGraph | None = None
              ) -> Iterator[ox.Quad]:
        """The quads of one graph (an IRI, or ``ox.DefaultGraph()``), or of the whole
        dataset, streamed."""

    @abstractmethod
    def bulk_load(self, source: os.PathLike | str | Iterable[ox.Quad],
                  fmt: formats.Format | None = None, to_graph: str | None = None) -> None:
        """Load a file (triples into ``to_graph``, quads into their graphs) or an iterable
        of quads, streaming and without holding it in memory. Not one transaction:
        loading is idempotent, so a killed load is completed by running it again."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """The named graphs that hold at least one quad, sorted."""

    @abstractmethod
    def commit(self, tx: Transaction) -> None:
        """Apply ``tx`` atomically (see :meth:`transaction`)."""

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """``with backend.transaction() as tx: tx.drop_graph(...); tx.add(...)``."""
        self.check_writable()
        tx = Transaction()
        yield tx
        if tx.ops:
            self.commit(tx)

    # -- derived (a backend may answer these faster) ---------------------------------------
    def has_graph(self, iri: str) -> bool:
        """True when graph ``iri`` holds at least one quad."""
        return bool(self.query(f"ASK {{ GRAPH {iri_term(iri)} {{ ?s ?p ?o }} }}"))

    def count(self, graph: str | ox.NamedNode | ox.DefaultGraph | None = None) -> int:
        """Quads in one graph (an IRI, or ``ox.DefaultGraph()``), or in every named graph."""
        if isinstance(graph, ox.DefaultGraph):
            where = "?s ?p ?o"
        else:
            name = "?g" if graph is None else iri_term(graph_iri(graph))
            where = f"GRAPH {name} {{ ?s ?p ?o }}"
        rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"))
        return int(rows[0]["n"].value)

    def flush(self) -> None:
        """Make pending writes visible to other processes (batched backends)."""

    def close(self) -> None:
        """Flush and release the backend."""
        self.flush()

    def check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStore("this store was opened read-only")

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
