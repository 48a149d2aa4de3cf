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
              query_kwargs: dict | None = None) -> Outcome:
    """Evaluate ``sparql`` in a child process; kill it after ``timeout`` seconds."""
    query_kwargs = query_kwargs or {}
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into the server's code
        os.close(read_fd)
        try:
            payload = ("ok", evaluate(store, sparql, choose, max_rows, query_kwargs))
        except SyntaxError as err:
            payload = ("syntax", str(err))
        except NotAcceptable as err:
            payload = ("406", err.kind)
        except BaseException as err:  # noqa: BLE001 - reported to the parent as a 500
            payload = ("error", f"{type(err).__name__}: {err}")
        try:
            data = pickle.dumps(payload)
            view = memoryview(data)
            while view:
                view = view[os.write(write_fd, view):]
        finally:
            os._exit(0)
    os.close(write_fd)
    try:
        data = _read_until(read_fd, time.monotonic() + timeout)
    except BaseException:  # timeout, oversized answer, client gone: stop the work
        os.kill(pid, signal.SIGKILL)
        raise
    finally:
        os.close(read_fd)
        _reap(pid)
    if not data:
        raise QueryFailed("the query process ended without an answer")
    status, value = pickle.loads(data)
    if status == "ok":
        return value
    if status == "syntax":
        raise QuerySyntaxError(value)
    if status == "406":
        raise NotAcceptable(value)
    raise QueryFailed(value)


def _read_until(fd: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise QueryTimeout()
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            raise QueryTimeout()
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise QueryFailed(f"result larger than {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)


def _reap(pid: int) -> None:
    """Wait for the child; it has written everything or been killed, so this is short."""
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
