"""Opening a store directory that another process may hold.

``open_store(dir)`` tries to own the directory (see :mod:`kg.store.local`); when another
process owns it, it talks to that owner's loopback service instead. If the owner exits
while we use it, the next call takes the directory over (or finds the new owner), and
the updates we had queued but not sent are replayed there, so a long ``kg serve``
outlives the ``kg build`` that started first, and the reverse.
"""
from __future__ import annotations

import os
import threading
import time
import weakref
from pathlib import Path
from typing import Iterator

from kg.store.base import Backend, StoreError, Transaction
from kg.store.local import LocalStore, StoreLocked
from kg.store.remote import RemoteStore, RemoteUnavailable
from kg.store.service import read_info

#: How long to wait for the owner of a locked store to publish or answer.
CONNECT_TIMEOUT = 15.0


class StoreBusy(StoreError, OSError):
    """The store directory is locked by a process that does not answer."""


def connect(path: Path, read_only: bool, timeout: float = CONNECT_TIMEOUT) -> Backend:
    """Own ``path`` or reach its owner; a bounded wait covers an owner starting up."""
    return _connect(path, read_only, timeout, may_own=True)


def connect_to_owner(path: Path, read_only: bool,
                     timeout: float = CONNECT_TIMEOUT) -> Backend:
    """Reach whoever owns ``path`` now, never taking it: for forked children, which must
    not open a directory their parent may hold."""
    return _connect(path, read_only, timeout, may_own=False)


def _connect(path: Path, read_only: bool, timeout: float, may_own: bool) -> Backend:
    deadline = time.monotonic() + timeout
    while True:
        if may_own:
            try:
                return LocalStore(path, read_only=read_only)
            except StoreLocked:
                pass
        info = read_info(path)
        if info is not None and info.pid != os.getpid():
            owner = RemoteStore(f"{info.url}/query", f"{info.url}/update", f"{info.url}/store",
                                token=info.token, read_only=read_only, kg_owner=True,
                                timeout=300.0)
            try:
                owner.ping()
                return owner
            except (RemoteUnavailable, StoreError):
                pass  # stale file of a killed owner, or one still starting: retry
        if time.monotonic() > deadline:
            if not may_own:
                raise StoreBusy(f"no process answers for store {path}")
            raise StoreBusy(f"store {path} is locked by another process that does not "
                            f"answer on its loopback service (see {path}/kg-owner.json)")
        time.sleep(0.1)


# Locks of open SharedStores, renewed in a forked child (a lock held by another thread
# at fork time would otherwise stay held there forever).
_OPEN: "weakref.WeakSet[SharedStore]" = weakref.WeakSet()


def _renew_locks_in_child() -> None:
    for store in list(_OPEN):
        store._switch = threading.Lock()


os.register_at_fork(after_in_child=_renew_locks_in_child)

#: How often a client checks that the owner it goes through is still there.
WATCH_INTERVAL = 0.5


class SharedStore(Backend):
    """A store directory, used directly when we own it, else through its owner.

    While going through an owner, a daemon thread checks every
    :data:`WATCH_INTERVAL` seconds that the owner still answers and takes the directory
    over when it has gone: a web server whose queries run in forked children (which
    must never take over themselves) thus ends up owning the store soon after the build
    it was reading through exits.
    """

    def __init__(self, path: str | os.PathLike, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._pid = os.getpid()
        self._switch = threading.Lock()
        self._closed = threading.Event()
        self._backend = connect(self.path, read_only)
        self._watcher = None
        _OPEN.add(self)
        self._watch_if_remote()

    @property
    def backend(self) -> Backend:
        return self._backend

    def _watch_if_remote(self) -> None:
        if isinstance(self._backend, RemoteStore) and self._watcher is None:
            self._watcher = threading.Thread(target=self._watch, daemon=True,
                                             name="kg-store-watch")
            self._watcher.start()

    def _watch(self) -> None:
        while not self._closed.wait(WATCH_INTERVAL):
            backend = self._backend
            if not isinstance(backend, RemoteStore):
                break
            try:
                backend.ping()
            except (RemoteUnavailable, StoreError):
                try:
                    self._reconnect(backend)
                except StoreError:
                    pass  # nobody answers yet; try again next round
        self._watcher = None

    def _call(self, name: str, *args, **kwargs):
        for _attempt in range(3):
            backend = self._backend
            try:
                return getattr(backend, name)(*args, **kwargs)
            except RemoteUnavailable:
                self._reconnect(backend)
        return getattr(self._backend, name)(*args, **kwargs)

    def _reconnect(self, failed: Backend) -> None:
        with self._switch:
            if self._backend is not failed:
                return  # another thread switched already
            if os.getpid() != self._pid:  # a forked child: go through the new owner
                self._backend = connect_to_owner(self.path, self.read_only)
                return
            pending = failed.take_pending() if isinstance(failed, RemoteStore) else []
            self._backend = connect(self.path, self.read_only)
            for update in pending:
                self._backend.update(update)
        self._watch_if_remote()

    # Every operation goes through _call so an owner change is invisible to callers.
    def query(self, sparql: str, **kwargs):
        return self._call("query", sparql, **kwargs)

    def update(self, sparql: str) -> None:
        self.check_writable()
        return self._call("update", sparql)

    def quads(self, graph: str | None = None) -> Iterator:
        return self._call("quads", graph)

    def bulk_load(self, source, fmt=None, to_graph: str | None = None) -> None:
        self.check_writable()
        return self._call("bulk_load", source, fmt, to_graph)

    def graphs(self) -> list[str]:
        return self._call("graphs")

    def commit(self, tx: Transaction) -> None:
        self.check_writable()
        return self._call("commit", tx)

    def has_graph(self, iri: str) -> bool:
        return self._call("has_graph", iri)

    def count(self, graph: str | None = None) -> int:
        return self._call("count", graph)

    @property
    def queues_writes(self) -> bool:
        return self._backend.queues_writes

    @property
    def write_lock(self):
        """The owner's write lock when we own the directory (see LocalStore)."""
        return getattr(self._backend, "write_lock", None)

    def flush(self) -> None:
        return self._call("flush")

    def close(self) -> None:
        self._closed.set()
        self._backend.close()

    @property
    def owns(self) -> bool:
        """True when this process holds the directory."""
        return isinstance(self._backend, LocalStore)
