"""Run one SPARQL query in a forked child process that is killed at its deadline.

pyoxigraph cannot cancel a running query, and a thread cannot be stopped, so the only
way to make a timeout *stop the work* is to do the work in a process we can kill.
``fork`` gives the child the store as it is now (in memory or on disk) without
reopening it; the child evaluates, serializes at most ``max_rows`` rows and writes
them to a pipe. Forking costs a few milliseconds (see bench/bench_endpoint.py).
"""
from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import threading
import time
from dataclasses import dataclass
from typing import Callable

import pyoxigraph as ox

from kg.web import results

#: Bytes a child may send back, whatever the row cap (a guard against huge literals).
MAX_BODY_BYTES = 256 * 1024 * 1024


class QueryTimeout(Exception):
    """The query ran past its deadline and its process was killed."""


class QueryFailed(Exception):
    """The engine raised an error while evaluating (HTTP 500)."""


class QuerySyntaxError(ValueError):
    """The engine's parser rejected the query (HTTP 400, with its message)."""


class NotAcceptable(Exception):
    """No format the client accepts exists for this kind of result (HTTP 406)."""

    def __init__(self, kind: str):
        super().__init__(kind)
        self.kind = kind


@dataclass(frozen=True)
class Outcome:
    kind: str  # "solutions" | "boolean" | "graph"
    format: results.ResultFormat
    body: bytes
    rows: int
    truncated: bool


Chooser = Callable[[str], "results.ResultFormat | None"]


def evaluate(store, sparql: str, choose: Chooser, max_rows: int, query_kwargs: dict) -> Outcome:
    """Evaluate and serialize in this process (the child's half of :func:`run_query`)."""
    answer = store.query(sparql, **query_kwargs)
    if isinstance(answer, ox.QueryBoolean):
        kind = "boolean"
    elif isinstance(answer, ox.QuerySolutions):
        kind = "solutions"
    else:
        kind = "graph"
    fmt = choose(kind)
    if fmt is None:
        raise NotAcceptable(kind)
    if kind == "boolean":
        return Outcome(kind, fmt, results.write_boolean(bool(answer), fmt.key), 1, False)
    if kind == "solutions":
        variables = [v.value for v in answer.variables]
        rows = []
        for solution in answer:
            if len(rows) == max_rows:
                return Outcome(kind, fmt, results.write_solutions(variables, rows, fmt.key),
                               len(rows), True)
            rows.append(tuple(solution[v] for v in variables))
        return Outcome(kind, fmt, results.write_solutions(variables, rows, fmt.key),
                       len(rows), False)
    triples = []
    truncated = False
    for triple in answer:
        if len(triples) == max_rows:
            truncated = True
            break
        triples.append(triple)
    return Outcome(kind, fmt, results.write_graph(triples, fmt.key), len(triples), truncated)


def run_query(store, sparql: str, choose: Chooser, *, timeout: float, max_rows: int,
              query_kwargs: dict | None = None, fork_lock=None) -> Outcome:
    """Evaluate ``sparql`` in a child process; kill it after ``timeout`` seconds.

    ``fork_lock`` (held by writers) keeps the fork from copying a half-done write.
    """
    query_kwargs = query_kwargs or {}
    read_fd, write_fd = os.pipe()
    if fork_lock is not None:
        with fork_lock:
            pid = os.fork()
    else:
        pid = os.fork()
    if pid == 0:  # child: never return into the server's code
        os.close(read_fd)
        try:
            send_frame(write_fd, answer(store, sparql, choose, max_rows, query_kwargs))
        finally:
            os._exit(0)
    os.close(write_fd)
    try:
        data = read_answer(read_fd, time.monotonic() + timeout)
    except BaseException:  # timeout, oversized answer, client gone: stop the work
        os.kill(pid, signal.SIGKILL)
        os.close(read_fd)
        _reap(pid)
        raise
    os.close(read_fd)
    # The answer is complete: reply now and let the child's exit (unmapping a big
    # address space takes milliseconds) finish in the background.
    threading.Thread(target=_reap, args=(pid,), name=f"reap-{pid}", daemon=True).start()
    if data is None:
        raise QueryFailed("the query process ended without an answer")
    return decode_answer(data)


def answer(store, sparql: str, choose: Chooser, max_rows: int, query_kwargs: dict) -> bytes:
    """Evaluate in this (child) process and pickle the outcome or the error for the parent."""
    try:
        payload = ("ok", evaluate(store, sparql, choose, max_rows, query_kwargs))
    except SyntaxError as err:
        payload = ("syntax", str(err))
    except NotAcceptable as err:
        payload = ("406", err.kind)
    except BaseException as err:  # noqa: BLE001 - the child must answer, never unwind
        payload = ("error", f"{type(err).__name__}: {err}")
    return pickle.dumps(payload)


def decode_answer(data: bytes) -> Outcome:
    """The parent's half of :func:`answer`: the outcome, or the matching exception."""
    status, value = pickle.loads(data)
    if status == "ok":
        return value
    if status == "syntax":
        raise QuerySyntaxError(value)
    if status == "406":
        raise NotAcceptable(value)
    raise QueryFailed(value)


def send_frame(fd: int, data: bytes) -> None:
    """Write ``data`` to ``fd`` with its length in front (the pipe protocol both ways)."""
    view = memoryview(struct.pack(">Q", len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def read_frame(fd: int, deadline: float | None = None,
               limit: int | None = None) -> bytes | None:
    """One length-prefixed frame from ``fd``; None if the writer closed first.

    With a ``deadline`` (monotonic time) it raises QueryTimeout when that passes; frames
    longer than ``limit`` raise QueryFailed.
    """
    header = _read_exactly(fd, 8, deadline)
    if header is None:
        return None
    (size,) = struct.unpack(">Q", header)
    if limit is not None and size > limit:
        raise QueryFailed(f"result larger than {limit} bytes")
    return _read_exactly(fd, size, deadline)


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes | None:
    """``size`` bytes from ``fd`` (before ``deadline`` if given); None if the writer
    closed first."""
    chunks: list[bytes] = []
    while size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeout()
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise QueryTimeout()
        chunk = os.read(fd, min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_answer(fd: int, deadline: float) -> bytes | None:
    """The child's answer before ``deadline``, or None if it died without one."""
    return read_frame(fd, deadline, MAX_BODY_BYTES)


def _reap(pid: int) -> None:
    """Wait for the child; it has written everything or been killed, so this is short."""
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
