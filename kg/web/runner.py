"""What a worker process does with one job: check it, evaluate it, serialize the answer.

The endpoint never evaluates user SPARQL in its own process: pyoxigraph cannot cancel a
query, its parser overflows the stack on deeply nested text, and a query can take
gigabytes. A :class:`Job` goes to a forked worker (:mod:`kg.web.worker`), which answers
with an :class:`Answer` and the serialized body, written once by the worker and passed
through by the server untouched.

When a job carries a :class:`~kg.web.policy.Policy`, the worker first reads the text with
the policy's parser (a slow, crash-prone step that belongs in a killable process), and
refuses or goes on; the analysis travels back so the server can cache it.
"""
from __future__ import annotations

import os
import pickle
import select
import struct
import time
from dataclasses import dataclass, field, fields

import pyoxigraph as ox

from kg.web import policy, results

#: Bytes a worker may send back, whatever the row cap (a guard against huge literals).
MAX_BODY_BYTES = 256 * 1024 * 1024


class QueryTimeout(Exception):
    """The query ran past its deadline and its process was killed. ``str()`` is what was
    seen at the deadline (the process's state, or that no new process answered its
    probe), or empty: an intermittent timeout on a cheap query then says where it hung."""

    def __init__(self, detail: str = ""):
        super().__init__(detail)
        self.detail = detail

    @property
    def aside(self) -> str:
        """The detail as an aside for a message (" (its process was asleep, ...)"), or ""."""
        return f" ({self.detail})" if self.detail else ""


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
class Job:
    """One request to a worker.

    ``op`` is "query" (evaluate and serialize) or "update-check" (read an update with
    the policy parser, apply protocol USING graphs, and try it: on the worker's private
    copy of an in-memory store, else on an empty store, which still runs the engine's
    parser; the server applies it afterwards). ``formats`` maps a result kind
    (solutions, boolean, graph) to a format key, or to None when the client accepts
    none. ``kwargs`` go to ``store.query`` (IRIs as strings). With a ``policy`` the
    worker analyses the text first; ``graphs`` must exist in the store.
    """

    op: str
    text: str
    formats: dict = field(default_factory=dict)
    max_rows: int = 10_000
    kwargs: dict = field(default_factory=dict)
    policy: policy.Policy | None = None
    protocol_dataset: bool = False  # default-graph-uri / named-graph-uri given
    graphs: tuple[str, ...] = ()
    using: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    dry_run: bool = False  # update-check: apply to this worker's own (private) store
    cpu_seconds: float | None = None


@dataclass(frozen=True)
class Answer:
    """A worker's answer; the body travels next to it, unpickled."""

    status: str  # ok | syntax | 406 | refused | unverifiable | conflict | error | network
    kind: str = ""
    format: str = ""
    rows: int = 0
    truncated: bool = False
    message: str = ""
    analysis: policy.Analysis | None = None


@dataclass(frozen=True)
class Outcome:
    """A successful answer with its body, as callers of the endpoint see it."""

    kind: str  # "solutions" | "boolean" | "graph"
    format: results.ResultFormat
    body: bytes
    rows: int
    truncated: bool


def _format(kind: str, key: str) -> results.ResultFormat:
    return next(f for f in results.FORMATS_BY_KIND[kind] if f.key == key)


def _query_kwargs(kwargs: dict) -> dict:
    out = dict(kwargs)
    for name in ("default_graph", "named_graphs"):
        if name in out:
            out[name] = [ox.NamedNode(iri) for iri in out[name]]
    return out


# -- in the worker --------------------------------------------------------------------
def perform(store, job: Job, *, confined: bool = True) -> tuple[Answer, bytes]:
    """Do ``job`` in this (worker) process; never raises."""
    try:
        return _perform(store, job, confined)
    except SyntaxError as err:
        return Answer("syntax", message=str(err)), b""
    except MemoryError:
        return Answer("error", message="the query needed more memory than its limit"), b""
    except BaseException as err:  # noqa: BLE001 - a worker answers, it never unwinds
        return Answer("error", message=f"{type(err).__name__}: {err}"), b""


def _perform(store, job: Job, confined: bool) -> tuple[Answer, bytes]:
    kwargs = _query_kwargs(job.kwargs)
    analysis = None
    text = job.text
    kind = "query" if job.op == "query" else "update"
    if job.policy is not None:
        if job.op == "update-check" and any(job.using):
            first = policy.analyse(kind, text, None)
            if first.problem is None:
                try:
                    text = policy.add_using(text, first, *job.using)
                except policy.Conflict as err:
                    return Answer("conflict", message=str(err), analysis=first), b""
                except ValueError as err:
                    return Answer("conflict", message=f"not an IRI: {err}"), b""
        analysis = policy.analyse(kind, text, kwargs.get("base_iri"))
        try:
            job.policy.check(analysis, store.has_graph)
        except policy.Unverifiable as err:
            return Answer("unverifiable", message=str(err), analysis=analysis), b""
        except policy.Refused as err:
            return Answer("refused", message=str(err), analysis=analysis), b""
        if confined and job.policy.needs_network(analysis):
            # an allowed SERVICE or LOAD: the server runs this again in a worker that may
            # reach the allowlisted addresses (the text is the final one, USING included)
            return Answer("network", message=text, analysis=analysis), b""
        if analysis.has_dataset_clause and not job.protocol_dataset:
            kwargs["use_default_graph_as_union"] = False
    for iri in job.graphs:
        if not store.has_graph(iri):
            return Answer("refused", message=f"FROM <{iri}>: no such graph in this store, "
                                             "and remote graphs are not fetched"), b""
    if job.op == "update-check":
        if job.dry_run:
            store.update(text)
        else:
            ox.Store().update(text)
        return Answer("ok", message=text, analysis=analysis), b""
    answer, body = evaluate(store, text, job.formats, job.max_rows, kwargs)
    return (answer if analysis is None else Answer(
        answer.status, answer.kind, answer.format, answer.rows, answer.truncated,
        answer.message, analysis)), body


def evaluate(store, sparql: str, formats: dict, max_rows: int,
             query_kwargs: dict) -> tuple[Answer, bytes]:
    """Evaluate and serialize at most ``max_rows`` rows (or triples)."""
    result = store.query(sparql, **query_kwargs)
    if isinstance(result, ox.QueryBoolean):
        kind = "boolean"
    elif isinstance(result, ox.QuerySolutions):
        kind = "solutions"
    else:
        kind = "graph"
    key = formats.get(kind)
    if key is None:
        return Answer("406", kind=kind), b""
    if kind == "boolean":
        return Answer("ok", kind, key, 1), results.write_boolean(bool(result), key)
    truncated = False
    if kind == "solutions":
        variables = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if len(rows) == max_rows:
                truncated = True
                break
            rows.append(tuple(solution[v] for v in variables))
        body = results.write_solutions(variables, rows, key)
        return Answer("ok", kind, key, len(rows), truncated), body
    triples = []
    for triple in result:
        if len(triples) == max_rows:
            truncated = True
            break
        triples.append(triple)
    return Answer("ok", kind, key, len(triples), truncated), results.write_graph(triples, key)


# -- in the server ------------------------------------------------------------------
def outcome(answer: Answer, body) -> Outcome:
    """The Outcome of an answer, or the matching exception."""
    if answer.status == "ok":
        return Outcome(answer.kind, _format(answer.kind, answer.format), body, answer.rows,
                       answer.truncated)
    if answer.status == "syntax":
        raise QuerySyntaxError(answer.message)
    if answer.status == "406":
        raise NotAcceptable(answer.kind)
    if answer.status in ("refused", "network"):
        raise policy.Refused(answer.message or "this query needs the network")
    if answer.status == "unverifiable":
        raise policy.Unverifiable(answer.message)
    if answer.status == "conflict":
        raise policy.Conflict(answer.message)
    raise QueryFailed(answer.message)


# -- frames ---------------------------------------------------------------------------
# Both directions use length-prefixed frames. A worker's answer is one frame holding the
# pickled Answer and the body side by side, so the body is never pickled or copied.
# Jobs and answers travel as plain tuples of their fields (a third of the time pickle
# takes for the dataclasses themselves, on the path of every query).
_HEAD = struct.Struct(">QI")
_JOB_FIELDS = tuple(f.name for f in fields(Job))
_ANSWER_FIELDS = tuple(f.name for f in fields(Answer))


def encode_job(job: "Job | str") -> bytes:
    wire = job if isinstance(job, str) else tuple(getattr(job, n) for n in _JOB_FIELDS)
    return pickle.dumps(wire, protocol=pickle.HIGHEST_PROTOCOL)


def decode_job(data) -> "Job | str":
    wire = pickle.loads(data)
    return wire if isinstance(wire, str) else Job(*wire)


def encode_answer(answer: Answer, body: bytes) -> list[bytes]:
    head = pickle.dumps(tuple(getattr(answer, n) for n in _ANSWER_FIELDS),
                        protocol=pickle.HIGHEST_PROTOCOL)
    return [_HEAD.pack(4 + len(head) + len(body), len(head)), head, body]


def decode_answer(frame) -> tuple[Answer, memoryview]:
    """``frame`` without its 8-byte length: the Answer and a view of the body."""
    view = memoryview(frame)
    (head_len,) = struct.unpack_from(">I", view, 0)
    return Answer(*pickle.loads(view[4:4 + head_len])), view[4 + head_len:]


def send_frame(fd: int, data: bytes) -> None:
    """Write ``data`` to ``fd`` with its length in front."""
    _write_all(fd, [struct.pack(">Q", len(data)), data])


def send_answer(fd: int, answer: Answer, body: bytes) -> None:
    _write_all(fd, encode_answer(answer, body))


def _write_all(fd: int, parts: list[bytes]) -> None:
    """One writev for the parts (a single system call in the common case)."""
    views = [memoryview(p) for p in parts if len(p)]
    while views:
        written = os.writev(fd, views)
        while views and written >= len(views[0]):
            written -= len(views[0])
            views.pop(0)
        if views and written:
            views[0] = views[0][written:]


class FrameReader:
    """Length-prefixed frames from a blocking descriptor, read in large chunks (one
    system call per frame in the common case)."""

    def __init__(self, fd: int):
        self.fd = fd
        self.buffer = bytearray()

    def read(self) -> bytes | None:
        """The next frame, or None at end of file."""
        buffer = self.buffer
        while True:
            if len(buffer) >= 8:
                (size,) = struct.unpack_from(">Q", buffer)
                if len(buffer) >= 8 + size:
                    frame = bytes(buffer[8:8 + size])
                    del buffer[:8 + size]
                    return frame
                want = 8 + size - len(buffer)
            else:
                want = 8 - len(buffer)
            chunk = os.read(self.fd, max(want, 65536))
            if not chunk:
                return None
            buffer += chunk


def read_frame(fd: int, deadline: float | None = None,
               limit: int | None = None) -> bytearray | None:
    """One length-prefixed frame from ``fd`` (blocking); None if the writer closed first.

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


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytearray | None:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise QueryTimeout()
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise QueryTimeout()
        n = os.readv(fd, [view[got:got + (1 << 20)]])
        if not n:
            return None
        got += n
    return buffer
