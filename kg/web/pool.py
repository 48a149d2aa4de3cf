"""Long-lived forked query workers for a store on disk: the fork leaves the request path.

RocksDB is not fork-safe: a child forked while one of the store's background threads
(flush, compaction) held the database mutex blocks forever on its first query (measured:
several percent of forks under concurrent writes). So every new worker must first answer
a probe query within half a second, else it is killed and forked again.

A worker is forked from the server with the store open, answers queries one at a time
over a pipe, and is killed when a query passes its deadline (the timeout still stops
the work). A worker sees the store as it was when it was forked, so the pool keeps a
cheap signature of the store directory (RocksDB appends every write to its log file,
and flushes or compactions change the directory) plus a count of the writes made
through the endpoint; a worker forked under another signature is never used again.
"""
from __future__ import annotations

import os
import pickle
import signal
import stat
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg.web import results, runner

#: A worker answers this many queries, then is replaced (bounds memory drift).
MAX_USES = 1000
#: A new worker must answer a small query this fast, else it is replaced (see _fork);
#: a healthy one answers in milliseconds.
PROBE_SECONDS = 0.5
PROBE_ATTEMPTS = 6
PROBE = "ASK { ?s ?p ?o }"


def store_directory(store) -> Path | None:
    """The RocksDB directory of an embedded on-disk store, else None."""
    path = getattr(store, "path", None)
    if path is None:
        return None
    path = Path(path)
    return path if (path / "CURRENT").is_file() else None


def directory_signature(path: Path) -> tuple:
    """Changes whenever RocksDB commits a write or rewrites its files.

    A write appends to the ``.log`` file; a flush or compaction adds and removes
    ``.sst`` files and appends to the ``MANIFEST``. Other files in the directory (such as
    the store owner's ``kg-owner.json``) do not count.
    """
    parts = []
    for entry in os.scandir(path):
        name = entry.name
        if name.endswith((".log", ".blob")) or name.startswith(("MANIFEST-", "CURRENT")):
            try:
                st = entry.stat()
            except FileNotFoundError:  # removed while we looked: a change all the same
                parts.append((name, -1, -1))
                continue
            parts.append((name, st.st_size, st.st_mtime_ns))
        elif name.endswith(".sst"):  # immutable once written
            parts.append((name, 0, 0))
    return tuple(sorted(parts))


@dataclass
class _Worker:
    pid: int
    to_child: int
    from_child: int
    signature: tuple
    uses: int = 0
    closed: bool = field(default=False)

    def kill(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        for fd in (self.to_child, self.from_child):
            os.close(fd)
        threading.Thread(target=runner._reap, args=(self.pid,), daemon=True).start()


class WorkerPool:
    """Query workers over one on-disk store; ``run`` has :func:`runner.run_query`'s contract.

    ``size`` workers are kept between queries; with 0 every query gets a fresh one.
    """

    def __init__(self, store, path: Path, size: int = 4):
        self.store = store
        self.path = path
        self.size = size
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._writes = 0

    def note_write(self) -> None:
        """Called after every write the endpoint makes: idle workers are now stale."""
        with self._lock:
            self._writes += 1

    def signature(self) -> tuple:
        return (self._writes, directory_signature(self.path))

    def run(self, sparql: str, choose, *, timeout: float, max_rows: int,
            query_kwargs: dict | None = None) -> runner.Outcome:
        formats = {kind: choose(kind) for kind in ("solutions", "boolean", "graph")}
        request = pickle.dumps((sparql, formats, max_rows, query_kwargs or {}))
        deadline = time.monotonic() + timeout
        for attempt in (1, 2):  # a worker that died while idle is replaced once
            worker = self._checkout()
            try:
                runner.send_frame(worker.to_child, request)
            except BrokenPipeError:
                worker.kill()
                if attempt == 2:
                    raise runner.QueryFailed("the query worker is gone") from None
                continue
            break
        try:
            data = runner.read_answer(worker.from_child, deadline)
        except BaseException:  # timeout, oversized answer: stop the work
            worker.kill()
            raise
        if data is None:
            worker.kill()
            raise runner.QueryFailed("the query process ended without an answer")
        worker.uses += 1
        self._checkin(worker)
        return runner.decode_answer(data)

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.kill()

    # -- workers ------------------------------------------------------------------------
    def _checkout(self) -> _Worker:
        current = self.signature()
        stale = []
        with self._lock:
            worker = None
            while self._idle:
                candidate = self._idle.pop()
                if candidate.signature == current:
                    worker = candidate
                    break
                stale.append(candidate)
        for old in stale:
            old.kill()
        return worker if worker is not None else self._fork(current)

    def _checkin(self, worker: _Worker) -> None:
        with self._lock:
            keep = (worker.uses < MAX_USES and len(self._idle) < self.size
                    and worker.signature == self.signature())
            if keep:
                self._idle.append(worker)
        if not keep:
            worker.kill()

    def _fork(self, signature: tuple) -> _Worker:
        """A new worker that has answered a probe query.

        RocksDB is not fork-safe: a child forked while one of the store's background
        threads held a mutex would block on it forever. Such a child fails the probe and
        is replaced, instead of hanging a real query until its timeout.
        """
        probe = pickle.dumps((PROBE, {"boolean": results.BOOLEAN_FORMATS[0]}, 1,
                              {"use_default_graph_as_union": True}))
        for _attempt in range(PROBE_ATTEMPTS):
            worker = self._spawn(signature)
            try:
                runner.send_frame(worker.to_child, probe)
                if runner.read_answer(worker.from_child,
                                       time.monotonic() + PROBE_SECONDS) is not None:
                    return worker
            except (runner.QueryTimeout, BrokenPipeError):
                pass
            worker.kill()
        raise runner.QueryFailed("could not start a query process")

    def _spawn(self, signature: tuple) -> _Worker:
        request_r, request_w = os.pipe()
        answer_r, answer_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            try:
                _close_inherited(keep={request_r, answer_w})
                _serve(self.store, request_r, answer_w)
            finally:
                os._exit(0)
        os.close(request_r)
        os.close(answer_w)
        return _Worker(pid, request_w, answer_r, signature)


def _close_inherited(keep: set[int]) -> None:
    """Drop the server's sockets and other workers' pipes; keep the store's files.

    A worker holding a copy of a client socket would keep that connection open after
    the server closed it; one holding another worker's pipe would hide its EOF. Each is
    replaced by /dev/null rather than closed, so the number stays taken and a stale
    Python object closing "its" descriptor later cannot close something else.
    """
    null = os.open(os.devnull, os.O_RDWR)
    keep = keep | {null}
    for name in os.listdir("/proc/self/fd"):
        fd = int(name)
        if fd <= 2 or fd in keep:
            continue
        try:
            mode = os.fstat(fd).st_mode
        except OSError:
            continue
        if stat.S_ISSOCK(mode) or stat.S_ISFIFO(mode):
            os.dup2(null, fd)


def _serve(store, request_fd: int, answer_fd: int) -> None:
    """The worker's loop: one query in, one answer out, until the pipe closes."""
    while True:
        message = runner.read_frame(request_fd)
        if message is None:
            return
        sparql, formats, max_rows, kwargs = pickle.loads(message)
        payload = runner.answer(store, sparql, formats.get, max_rows, kwargs)
        runner.send_frame(answer_fd, payload)
