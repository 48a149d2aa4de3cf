"""The embedded store: Oxigraph on disk (RocksDB) or in memory.

RocksDB lets one process open a directory read-write, and a read-only open while
another process writes is undefined behaviour. So the process that opens a store
directory *owns* it: it keeps the only handle, and (unless told not to) runs a small
loopback SPARQL service through which other processes read and write (see
:mod:`kg.store.service` and :func:`kg.store.open_store`).
"""
from __future__ import annotations

import atexit
import gc
import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

import pyoxigraph as ox

from kg.store.base import (DATASET_FORMATS, FORMATS, SOURCE_LOCATION, Store, StoreError,
                           drop_graphs_update, file_digest, format_for_path,
                           article_quads, import_graph_iri, insert_article_data,
                           replace_graph_update)


#: Flush RocksDB's memtables after this many bytes of writes. Oxigraph's memtables
#: (one per index) otherwise grow to well over a gigabyte before RocksDB flushes them
#: itself; flushing every few MB keeps a long build's memory flat at no cost in speed.
FLUSH_EVERY_BYTES = 8 << 20


class StoreLocked(StoreError, OSError):
    """Another process holds the store directory."""


@dataclass
class _Handle:
    """The one Oxigraph handle of a store directory in this process."""

    ox: ox.Store
    path: Path | None
    pid: int = field(default_factory=os.getpid)
    refs: int = 0
    # Writes go one at a time: the find-then-drop of replace_article must not interleave,
    # and a fork (the web endpoint forks per query) must not copy a half-done write.
    write_lock: threading.RLock = field(default_factory=threading.RLock)
    service: object | None = None
    unflushed: int = 0  # bytes of RDF written since the last flush


# One handle per store directory per process: RocksDB refuses a second open even from
# the same process, so two ``open_store`` calls must share it. Handles, not graphs.
_HANDLES: dict[str, _Handle] = {}
_HANDLES_LOCK = threading.Lock()


def _before_fork() -> None:
    for handle in list(_HANDLES.values()):
        handle.write_lock.acquire()


def _after_fork_parent() -> None:
    for handle in list(_HANDLES.values()):
        handle.write_lock.release()


def _after_fork_child() -> None:
    for handle in list(_HANDLES.values()):
        handle.write_lock = threading.RLock()


os.register_at_fork(before=_before_fork, after_in_parent=_after_fork_parent,
                     after_in_child=_after_fork_child)


@atexit.register
def _close_at_exit() -> None:
    """Stop the services and remove the owner files of stores left open (atexit runs
    while the service threads still live; later, stopping them would hang)."""
    for handle in list(_HANDLES.values()):
        if handle.pid == os.getpid():
            handle.refs = 1
            release(handle)


def _is_lock_error(err: OSError) -> bool:
    text = str(err)
    return "LOCK" in text and ("lock" in text.lower())


def _open_rocksdb(path: Path) -> ox.Store:
    try:
        return ox.Store(str(path))
    except OSError as err:
        if "current process" not in str(err):
            raise
        # A closed store of ours whose last pyoxigraph object (an unfinished query
        # result, say) is still alive holds the lock until it is collected.
        gc.collect()
        try:
            return ox.Store(str(path))
        except OSError as again:
            raise StoreError(f"store {path} was closed in this process but something from "
                             "it (an unfinished query result?) is still alive") from again


def acquire(path: Path, read_only: bool, serve: bool) -> _Handle:
    """This process's handle on ``path``, opening it (and its service) if needed."""
    key = os.path.realpath(path)
    with _HANDLES_LOCK:
        handle = _HANDLES.get(key)
        if handle is None:
            if read_only and not (Path(path) / "CURRENT").exists():
                raise FileNotFoundError(f"no store at {path} (build one first)")
            Path(path).mkdir(parents=True, exist_ok=True)
            try:
                store = _open_rocksdb(path)
            except OSError as err:
                if _is_lock_error(err):
                    raise StoreLocked(f"store {path} is open in another process") from err
                raise
            handle = _HANDLES[key] = _Handle(store, Path(key))
            if serve:
                from kg.store.service import OwnerService

                handle.service = OwnerService(LocalStore._over(handle), Path(key))
        handle.refs += 1
        return handle


def release(handle: _Handle) -> None:
    if handle.pid != os.getpid() or handle.path is None:
        return  # a forked child never closes its parent's store
    with _HANDLES_LOCK:
        handle.refs -= 1
        if handle.refs > 0:
            return
        _HANDLES.pop(str(handle.path), None)
        if handle.service is not None:
            handle.service.stop()
            handle.service = None
        handle.ox.flush()
        # The RocksDB lock goes with the last reference to the pyoxigraph Store.
        handle.ox = None


class LocalStore(Store):
    """Oxigraph in this process: ``path=None`` for memory, else a directory it owns."""

    def __init__(self, path: str | os.PathLike | None = None, read_only: bool = False,
                 *, serve: bool = True):
        self.read_only = read_only
        self.path = Path(path) if path is not None else None
        self._closed = True  # until a handle is held (``__del__`` runs on failed opens)
        if self.path is None:
            self._handle = _Handle(ox.Store(), None, refs=1)
        else:
            self._handle = acquire(self.path, read_only, serve)
        self._closed = False

    @classmethod
    def _over(cls, handle: _Handle) -> "LocalStore":
        """A writable view on an existing handle (the service's), not counted as a ref."""
        view = object.__new__(cls)
        view.read_only, view.path, view._handle, view._closed = False, handle.path, handle, True
        return view

    @property
    def _ox(self) -> ox.Store:
        store = self._handle.ox
        if store is None:
            raise StoreError("the store is closed")
        return store

    @property
    def service_url(self) -> str | None:
        service = self._handle.service
        return service.url if service is not None else None

    # -- graphs -----------------------------------------------------------------------
    def has_graph(self, iri: str) -> bool:
        quads = self._ox.quads_for_pattern(None, None, None, ox.NamedNode(iri))
        return next(iter(quads), None) is not None

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs()
                      if isinstance(g, ox.NamedNode) and self.has_graph(g.value))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        target = ox.NamedNode(graph) if graph is not None else None
        return iter(self._ox.quads_for_pattern(None, None, None, target))

    def replace_article(self, graph_iri: str, ntriples: bytes, source: str) -> None:
        self._check_writable()
        with self._handle.write_lock:  # find + drop + insert without a writer in between
            old = set(self._graphs_of_source(source))
            if self._ox.contains_named_graph(ox.NamedNode(graph_iri)):
                old.add(graph_iri)
            if not old:
                # A new article: Store.extend is one transaction too, and skips the SPARQL
                # parse of a large INSERT DATA (the common case of every build).
                self._ox.extend(article_quads(graph_iri, ntriples, source))
                self._wrote(len(ntriples))
                return
            insert = insert_article_data(graph_iri, ntriples, source)
            self._ox.update(drop_graphs_update(sorted(old)) + " ;\n" + insert)
            self._wrote(len(insert))

    def replace_graph(self, iri: str, ntriples: bytes) -> None:
        self._check_writable()
        update = replace_graph_update(iri, ntriples)
        with self._handle.write_lock:
            self._ox.update(update)
            self._wrote(len(update))

    def remove_graphs(self, iris: list[str]) -> None:
        self._check_writable()
        if iris:
            with self._handle.write_lock:
                self._ox.update(drop_graphs_update(iris))

    # -- SPARQL -------------------------------------------------------------------------
    def query(self, sparql: str, **kwargs):
        kwargs.setdefault("use_default_graph_as_union", True)
        return self._ox.query(sparql, **kwargs)

    def update(self, sparql: str, **kwargs) -> None:
        self._check_writable()
        with self._handle.write_lock:
            self._ox.update(sparql, **kwargs)
            self._wrote(len(sparql))

    def _wrote(self, nbytes: int) -> None:
        """Count written bytes; flush the memtables now and then (call under the lock)."""
        handle = self._handle
        handle.unflushed += nbytes
        if handle.path is not None and handle.unflushed >= FLUSH_EVERY_BYTES:
            handle.unflushed = 0
            self._ox.flush()

    # -- bulk ---------------------------------------------------------------------------
    def import_file(self, path: str | os.PathLike, fmt: str | None = None,
                    graph: str | None = None) -> list[str]:
        """Bulk-load ``path`` without holding it in memory.

        Triples go to ``graph`` or to a graph named from the file's content, which also
        gets a ``kg:sourceLocation`` marker written last: importing the same file again is
        skipped, and an import killed half-way is completed by running it again. Quads
        keep their graphs (set semantics make a re-run idempotent).
        """
        self._check_writable()
        key = format_for_path(path, fmt)
        target = graph or import_graph_iri(file_digest(path))
        if graph is None and self._has_marker(target):
            return []
        before = set(self.graphs())
        with self._handle.write_lock:
            self._ox.bulk_load(path=str(path), format=FORMATS[key],
                               to_graph=ox.NamedNode(target))
            if graph is None and self.has_graph(target):
                node = ox.NamedNode(target)
                self._ox.add(ox.Quad(node, ox.NamedNode(SOURCE_LOCATION),
                                     ox.Literal(str(Path(path).resolve())), node))
        return [g for g in self.graphs() if g not in before or g == target]

    def _has_marker(self, target: str) -> bool:
        quads = self._ox.quads_for_pattern(ox.NamedNode(target), ox.NamedNode(SOURCE_LOCATION),
                                           None, ox.NamedNode(target))
        return next(iter(quads), None) is not None

    def dump(self, out: IO[bytes], fmt: str = "turtle", graph: str | None = None) -> None:
        from kg.vocab import PREFIXES

        rdf_format = FORMATS[fmt]
        prefixes = dict(PREFIXES) if fmt in ("turtle", "trig", "n3") else None
        if graph is not None:
            self._ox.dump(out, rdf_format, from_graph=ox.NamedNode(graph), prefixes=prefixes)
        elif fmt in DATASET_FORMATS:
            self._ox.dump(out, rdf_format, prefixes=prefixes)
        else:
            with tempfile.TemporaryDirectory(prefix="kg-union-") as tmp:
                lines = Path(tmp, "union.nt")
                with open(lines, "wb") as f:
                    self._ox.dump(f, ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
                    for g in self._ox.named_graphs():
                        self._ox.dump(f, ox.RdfFormat.N_TRIPLES, from_graph=g)
                write_union(lines, out, rdf_format, prefixes, Path(tmp))

    def __len__(self) -> int:
        return len(self._ox)

    def flush(self) -> None:
        if self.path is not None and self._handle.ox is not None:
            self._ox.flush()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.path is None:
            self._handle.ox = None
        else:
            release(self._handle)

    def __del__(self) -> None:
        if sys.is_finalizing():
            return  # _close_at_exit did the work; threads are gone by now
        try:
            self.close()
        except (StoreError, OSError):
            pass


def write_union(ntriples: Path, out: IO[bytes], rdf_format: ox.RdfFormat,
                prefixes: dict[str, str] | None, workdir: Path) -> None:
    """Write the set of triples in the N-Triples file ``ntriples`` to ``out``.

    The same triple stated by several articles must appear once; deduplicating in
    Python would hold the whole graph in memory, so a scratch on-disk Oxigraph store
    does it (bulk load: keys are unique) and streams it back out, grouped by subject.
    """
    scratch_dir = workdir / "scratch"
    scratch = ox.Store(str(scratch_dir))
    try:
        scratch.bulk_load(path=str(ntriples), format=ox.RdfFormat.N_TRIPLES)
        ntriples.unlink()
        scratch.dump(out, rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
    finally:
        del scratch
        shutil.rmtree(scratch_dir, ignore_errors=True)
