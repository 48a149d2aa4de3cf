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
import io
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg import formats
from kg.store.base import Backend, StoreError, Transaction, render_update
from kg.store.service import OwnerService


#: Flush RocksDB's memtables after about this many quads written. Oxigraph's memtables
#: (one per index) otherwise grow to well over a gigabyte before RocksDB flushes them
#: itself; flushing every 80,000 quads (~8 MB of N-Triples) keeps a long build's memory
#: flat at no cost in speed.
FLUSH_EVERY_QUADS = 80_000

#: New quads from the build are ingested as sorted files (Oxigraph's bulk loader: it
#: sorts each index's keys and hands RocksDB one finished file per index, with no
#: write-ahead log, memtable or transaction) when a batch holds between these many.
#: Oxigraph's loader cuts its input into chunks of 1,000,000 quads and ingests each
#: chunk's files in one atomic RocksDB call, so below that a batch lands whole or not
#: at all, as a transaction would; a larger one goes through a transaction instead. An
#: ingest costs about half the CPU per quad of a transactional load but ~70 ms of file
#: writes and syncs per call, so a small batch (short articles) is loaded as before.
INGEST_MIN_QUADS = 10_000
INGEST_MAX_QUADS = 900_000


class NQuadsParts(io.RawIOBase):
    """Several N-Quads byte strings read as one file, for Oxigraph's loaders: a batch of
    built articles is parsed from its pieces instead of from a joined copy (joining
    ~180 MB cost the storing process ~3% of its CPU, in page faults more than copying)."""

    def __init__(self, parts: list[bytes]):
        super().__init__()
        self._parts = parts
        self._part = 0
        self._offset = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._part < len(self._parts):
            part = self._parts[self._part]
            if self._offset < len(part):
                n = min(len(buffer), len(part) - self._offset)
                buffer[:n] = memoryview(part)[self._offset:self._offset + n]
                self._offset += n
                return n
            self._part += 1
            self._offset = 0
        return 0


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
    unflushed: int = 0  # quads written since the last flush (estimated for SPARQL)


# One handle per store directory per process: RocksDB refuses a second open even from
# the same process, so two ``open_store`` calls must share it. Handles, not graphs.
_HANDLES: dict[str, _Handle] = {}
_HANDLES_LOCK = threading.Lock()


#: RocksDB is not fork-safe: a child forked while one of its background threads (a
#: flush, a compaction) holds the database mutex blocks on its first read, for ever.
#: Such a thread holds the mutex only while it runs (it lets go before its file work and
#: before it waits), so before a fork, with our own writes held off by the write locks,
#: we wait up to this long for the store's threads to be idle. It is a wait, not a
#: guarantee (a thread may wake between the look and the fork): under constant writes
#: it cut the new query workers that hung from about one in three (a probe timeout each)
#: to none in 420; the query pool's probe catches the rest.
FORK_QUIET_SECONDS = 0.25
_ENGINE_THREAD = "rocksdb:"


def _engine_busy() -> bool:
    """Whether any of this process's RocksDB threads is running or in disk I/O."""
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return False
    for task in tasks:
        try:
            with open(f"/proc/self/task/{task}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue  # (a thread that ended)
        name, _, rest = stat.partition(b"(")[2].rpartition(b")")
        if name.startswith(_ENGINE_THREAD.encode()) and rest.split()[0] in (b"R", b"D"):
            return True
    return False


def _wait_for_quiet_engine(seconds: float = FORK_QUIET_SECONDS) -> None:
    deadline = time.monotonic() + seconds
    while _engine_busy() and time.monotonic() < deadline:
        time.sleep(0.001)


def _before_fork() -> None:
    for handle in list(_HANDLES.values()):
        handle.write_lock.acquire()
    if any(handle.path is not None for handle in _HANDLES.values()):
        _wait_for_quiet_engine()


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


class LocalStore(Backend):
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

    # -- the contract --------------------------------------------------------------------
    def query(self, sparql: str, **kwargs):
        return self._ox.query(sparql, **kwargs)

    def update(self, sparql: str, **kwargs) -> None:
        self.check_writable()
        with self._handle.write_lock:
            self._ox.update(sparql, **kwargs)
            self._wrote(len(sparql) // 100)

    def quads(self, graph=None) -> Iterator[ox.Quad]:
        target = ox.NamedNode(graph) if isinstance(graph, str) else graph
        return iter(self._ox.quads_for_pattern(None, None, None, target))

    def bulk_load(self, source, fmt: formats.Format | None = None,
                  to_graph: str | None = None) -> None:
        self.check_writable()
        with self._handle.write_lock:
            if isinstance(source, (str, os.PathLike)):
                fmt = fmt or formats.rdf_format_for_path(source)
                self._ox.bulk_load(path=str(source), format=fmt.ox_format,
                                   to_graph=ox.NamedNode(to_graph) if to_graph else None)
            else:
                self._ox.bulk_extend(source)
            self._handle.unflushed = 0
            self.flush()

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs()
                      if isinstance(g, ox.NamedNode) and self.has_graph(g.value))

    def commit(self, tx: Transaction) -> None:
        """New quads only: one ``Store.extend`` (one transaction, no SPARQL text to parse:
        the common case of every build); anything else: one SPARQL Update."""
        self.check_writable()
        with self._handle.write_lock:  # no other writer between a read and this write
            if tx.only_adds:
                quads = [q for kind, value in tx.ops if kind == "add" for q in value]
                parts = [value for kind, value in tx.ops if kind == "data"]
                # N-Quads from the build workers, serialised from terms pyoxigraph made
                # (valid IRIs and language tags): parsed without checking them again
                if parts and not quads:
                    lines = tx.data_lines
                    if self.path is not None and INGEST_MIN_QUADS <= lines <= INGEST_MAX_QUADS:
                        # sorted files, no memtable: nothing to count towards a flush; read
                        # in turn, no joined copy of a batch
                        self._ox.bulk_load(NQuadsParts(parts), format=ox.RdfFormat.N_QUADS,
                                           lenient=True)
                        return
                    self._ox.load(b"".join(parts), format=ox.RdfFormat.N_QUADS, lenient=True)
                    self._wrote(lines)
                    return
                data = b"".join(parts)
                self._ox.extend(chain(quads, ox.parse(data, format=ox.RdfFormat.N_QUADS,
                                                      lenient=True))
                                if data else quads)
                self._wrote(len(quads) + tx.data_lines)
                return
            text = render_update(tx)
            self._ox.update(text)
            self._wrote(len(text) // 100)

    # -- faster answers ----------------------------------------------------------------
    def has_graph(self, iri: str) -> bool:
        quads = self._ox.quads_for_pattern(None, None, None, ox.NamedNode(iri))
        return next(iter(quads), None) is not None


    @property
    def write_lock(self) -> threading.RLock:
        """Held by every write; a transaction that reads before it writes holds it too."""
        return self._handle.write_lock

    def _wrote(self, quads: int) -> None:
        """Count written quads; flush the memtables now and then (call under the lock)."""
        handle = self._handle
        handle.unflushed += quads
        if handle.path is not None and handle.unflushed >= FLUSH_EVERY_QUADS:
            handle.unflushed = 0
            self._ox.flush()

    def flush(self) -> None:
        if self.path is not None and self._handle.ox is not None:
            with self._handle.write_lock:  # (a fork waits: the flush holds the mutex)
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
