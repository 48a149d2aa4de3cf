"""Worker processes: forked with the store open, cut off from the network, limited in
memory and CPU, answering one job at a time over a socket.

A worker is forked from the process that holds the store (the server itself, or the
engine process of a read-write ``kg serve``, see :mod:`kg.web.engine`), so it sees the
store as it was at the fork without reopening it. Right after the fork it

* replaces every inherited socket and pipe by /dev/null (a client connection must not
  stay open because a worker holds a copy, and another worker's pipe must not hide its
  end-of-file);
* sends its stderr to a memory file the server reads if it dies (the engine's last
  words: "memory allocation of ... failed");
* takes a memory limit (RLIMIT_DATA) and, per job, a CPU limit (RLIMIT_CPU);
* loses the network (:func:`kg.web.sandbox.confine_network`), unless it runs a query
  with an allowed SERVICE, where it may connect to the allowlisted addresses only
  (:func:`kg.web.sandbox.confine_to`), or its store lives behind HTTP.
"""
from __future__ import annotations

import faulthandler
import os
import signal
import socket
import stat
import sys
import time
from dataclasses import dataclass

from kg.web import runner, sandbox

#: Deep enough for rdflib's grammar on a few hundred nested groups (it recurses ~20
#: frames a level); deeper text is refused as "too deeply nested", not crashed on.
RECURSION_LIMIT = 20_000
PROBE = "ASK { ?s ?p ?o }"
#: What the engine, the C++ runtime, glibc or Python print when an allocation fails.
OUT_OF_MEMORY_WORDS = ("memory allocation of", "memoryerror", "bad_alloc",
                       "cannot allocate memory", "out of memory")
#: How long a fresh worker may take to answer the probe before it is taken for one
#: forked while another thread held a lock, and replaced.
PROBE_SECONDS = 5.0


@dataclass(frozen=True)
class Spawned:
    """A new worker as its spawner hands it over: pid, the server's end of its socket,
    and the memory file holding its stderr."""

    pid: int
    sock: socket.socket
    stderr: int
    network: bool


def evaluates_locally(store) -> bool:
    """True when queries on ``store`` run in this process's engine, not behind HTTP (a
    remote server, or a directory another process owns)."""
    if hasattr(store, "evaluates_locally"):  # the engine's proxy knows
        return bool(store.evaluates_locally)
    return bool(store.owns)


def fork_worker(store, *, network: bool, memory: int | None,
                targets: frozenset | None = None, inherited: bool = False) -> Spawned:
    """Fork a worker over ``store``. ``network``: keep the network, to ``targets``
    ((ip, port) pairs) only when given (an allowed SERVICE), anywhere when not (a store
    behind HTTP); ``inherited``: this process already holds the targets-only filter,
    which the child inherits. ``memory``: bytes it may allocate beyond what it inherits."""
    parent_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    stderr = os.memfd_create("kg-worker-stderr", 0)
    pid = os.fork()
    if pid == 0:  # child: never return into the server's code
        code = 0
        try:
            parent_end.detach()  # replaced by /dev/null below, never closed by Python
            _main(store, child_end.fileno(), stderr, network=network, memory=memory,
                  targets=None if inherited else targets)
        except BaseException:  # noqa: BLE001
            code = 1
        finally:
            os._exit(code)
    child_end.close()
    return Spawned(pid, parent_end, stderr, network)


def _main(store, fd: int, stderr: int, *, network: bool, memory: int | None,
          targets: frozenset | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _close_inherited(keep={fd, stderr})
    os.dup2(stderr, 2)
    # The server's fault handler (python -X faulthandler, pytest) would print a Python
    # traceback and the list of loaded modules after the engine's own last words
    # ("memory allocation of … failed"), pushing them out of what last_words() reads.
    faulthandler.disable()
    sys.setrecursionlimit(RECURSION_LIMIT)
    sandbox.limit_memory(memory)
    if network and targets is not None:
        try:
            confinement = sandbox.confine_to(targets)
        except sandbox.Unconfined as err:
            confinement = f"unconfined: {err}"
    elif network:
        confinement = "network allowed"
    else:
        try:
            confinement = sandbox.confine_network()
        except sandbox.Unconfined as err:
            confinement = f"unconfined: {err}"
    serve(store, fd, confinement, confined=not network)


def serve(store, fd: int, confinement: str, *, confined: bool) -> None:
    """The worker's loop: one job in, one answer out, until the socket closes."""
    frames = runner.FrameReader(fd)
    cpu = sandbox.CpuLimit()
    while True:
        frame = frames.read()
        if frame is None:
            return
        job = runner.decode_job(frame)
        if job == "probe":
            # touches the store, so a child forked while RocksDB held a mutex hangs here
            # (and is replaced) instead of on a real query
            store.query(PROBE, use_default_graph_as_union=True)
            runner.send_answer(fd, runner.Answer("ok", message=confinement), b"")
            continue
        cpu.allow(job.cpu_seconds)
        answer, body = runner.perform(store, job, confined=confined)
        runner.send_answer(fd, answer, body)


def _close_inherited(keep: set[int]) -> None:
    """Drop the server's sockets and other workers' pipes; keep the store's files.

    Each is replaced by /dev/null rather than closed, so the number stays taken and a
    stale Python object closing "its" descriptor later cannot close something else.
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


def last_words(stderr: int, limit: int = 4096) -> str:
    """The end of what a worker wrote to its stderr."""
    try:
        size = os.fstat(stderr).st_size
        return os.pread(stderr, limit, max(0, size - limit)).decode("utf-8", "replace")
    except OSError:
        return ""


def cause_of_death(status: int | None, stderr_text: str, *, memory: int | None,
                   cpu: float | None) -> str:
    """Why a worker ended without answering, in words for the client."""
    text = stderr_text.lower()
    limit = f" ({memory / 2**20:.0f} MB)" if memory else ""
    if any(words in text for words in OUT_OF_MEMORY_WORDS):
        return "the query needed more than its memory limit" + limit
    if "overflowed its stack" in text or "stack overflow" in text:
        return "the query is too deeply nested (the engine's stack overflowed)"
    if status is not None and os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig == signal.SIGXCPU:
            return f"the query used its {cpu:g} s of CPU time" if cpu else \
                "the query used its CPU time limit"
        if sig == signal.SIGSEGV:
            return ("the query process crashed (SIGSEGV: the engine's stack overflows on "
                    "very deeply nested text)")
        if sig == signal.SIGKILL:
            return "the query process was killed (by the system's out-of-memory killer?)"
        if sig == signal.SIGABRT:
            # An allocation that fails where nothing can print (another thread, the C++
            # side of the engine) aborts without last words; under a memory limit that
            # is by far the likeliest cause, so the client is told which limit.
            if memory:
                return "the query process aborted, most likely at its memory limit" + limit
            return "the query process aborted (out of memory?)"
        return f"the query process died ({signal.Signals(sig).name})"
    return "the query process ended without an answer"


def run_once(store, job: runner.Job, timeout: float, *,
             memory: int | None = None) -> tuple[runner.Answer, bytes]:
    """Do one job in a fresh confined worker, waiting here (no event loop); the worker is
    killed at ``timeout``. For scripts and tests; the endpoint uses its pool."""
    spawned = _probed_worker(store, memory=memory)
    fd = spawned.sock.fileno()
    try:
        runner.send_frame(fd, runner.encode_job(job))
        frame = runner.read_frame(fd, time.monotonic() + timeout, runner.MAX_BODY_BYTES)
        if frame is None:
            status = os.waitpid(spawned.pid, 0)[1]
            raise runner.QueryFailed(cause_of_death(
                status, last_words(spawned.stderr), memory=memory, cpu=job.cpu_seconds))
        answer, body = runner.decode_answer(frame)
        return answer, bytes(body)
    finally:
        _discard(spawned)


def _probed_worker(store, *, memory: int | None, attempts: int = 3) -> Spawned:
    """A fresh worker that has answered the probe. A fork taken while another thread of
    this process held a lock (RocksDB's, malloc's) hangs on its first store access; it
    is killed and forked again, as the endpoint's pool does."""
    for attempt in range(attempts):
        spawned = fork_worker(store, network=False, memory=memory)
        fd = spawned.sock.fileno()
        try:
            runner.send_frame(fd, runner.encode_job("probe"))
            frame = runner.read_frame(fd, time.monotonic() + PROBE_SECONDS,
                                      runner.MAX_BODY_BYTES)
        except runner.QueryTimeout:
            frame = None
        if frame is not None:
            return spawned
        _discard(spawned)
    raise runner.QueryFailed(f"no worker answered its probe in {attempts} forks")


def _discard(spawned: Spawned) -> None:
    try:
        os.kill(spawned.pid, signal.SIGKILL)
        os.waitpid(spawned.pid, 0)
    except (ProcessLookupError, ChildProcessError):
        pass
    spawned.sock.close()
    os.close(spawned.stderr)
