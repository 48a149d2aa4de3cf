"""The query worker pool, run on the endpoint's event loop.

Forking costs milliseconds (more with a large store open), so for a store on disk the
pool keeps up to ``size`` workers and sends them one job after another. A worker sees
the store as it was when it was forked, so it is only used while the store's
:class:`~kg.web.staleness.StoreWatch` signature is unchanged; a changed store retires
the idle workers and new ones are forked. A store in memory gets a fresh worker per
job (writes to it cannot be watched); a job that needs the network (an allowed
SERVICE) gets a fresh networked worker.

RocksDB is not fork-safe: a child forked while one of the store's background threads
(a flush, a compaction) held the database mutex blocks forever on its first query. The
store waits for its threads to be idle before a fork (:mod:`kg.store.local`), which
makes that rare but not impossible. So every new worker must answer a
probe within half a second, else it is killed and forked again, with twice the time at
each retry (up to four seconds, within the query's deadline): a fork that is only slow on
a busy machine is not taken for a hung one.

A probe reads one triple, so a lock held at the fork in a part of the store it never
touches (a file, a cache shard) passes it and blocks a later, larger read. So a running
local query is watched too: a worker asleep or stopped (``/proc/PID/stat`` state S or T)
that gains no CPU time for ``BLOCKED_SECONDS`` is killed and its read run again in a new
worker, within the same deadline (twice at most). A worker that computes gains CPU time,
one starved on a loaded machine is runnable (R), and one that waits on the network (an
allowed SERVICE, a store behind HTTP) is not watched.

A job past its deadline has its worker killed (the timeout stops the work). A job that
has run ``slow_after`` seconds is demoted: its worker's CPU priority drops to the
lowest (nice 19) and admission control may move it to a slow slot; such a worker is
retired after the job, since priority cannot be raised back without privileges.
"""
from __future__ import annotations

import asyncio
import os
import signal
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Protocol

from kg.web import runner, worker
from kg.web.admission import Ticket

#: A worker answers this many jobs, then is replaced (bounds memory drift).
MAX_USES = 5000
#: A new worker's first probe window; each retry doubles it up to the most below, so a
#: fork hung on the store's mutex is replaced quickly while one that is only slow on a
#: busy machine gets time (six fixed half-second windows failed a query on a loaded CI
#: machine: "could not start a query process").
PROBE_SECONDS = 0.5
PROBE_MAX_SECONDS = 4.0
PROBE_ATTEMPTS = 12  # within the query's deadline, which ends the retries first
#: How often deadlines and slow jobs are checked (their precision).
SWEEP_SECONDS = 0.05
#: A local query's worker asleep with no CPU time gained for this long is blocked (see
#: the module docstring); its read is run again in a new worker at most this many times.
BLOCKED_SECONDS = 1.0
BLOCKED_RETRIES = 2
#: Process states of a worker that is not running: asleep (a lock, a socket), stopped.
_IDLE_STATES = frozenset({"S", "T"})
_TICKS = os.sysconf("SC_CLK_TCK")
_LENGTH = struct.Struct(">Q")


class Spawner(Protocol):
    """Where workers come from: this process (``ForkSpawner``) or the engine process."""

    memory: int | None

    async def spawn(self, network: bool, targets: frozenset | None = None
                    ) -> worker.Spawned: ...

    async def exit_status(self, pid: int, timeout: float) -> int | None: ...

    def reap(self, pid: int) -> None: ...


class ForkSpawner:
    """Workers forked from this process, which holds ``store``."""

    def __init__(self, store, memory: int | None):
        self.store = store
        self.memory = memory

    async def spawn(self, network: bool, targets: frozenset | None = None
                    ) -> worker.Spawned:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, lambda: worker.fork_worker(
            self.store, network=network, memory=self.memory, targets=targets))

    async def exit_status(self, pid: int, timeout: float) -> int | None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                done, status = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                return None
            if done:
                return status
            if time.monotonic() > deadline:
                return None
            await asyncio.sleep(0.01)

    def reap(self, pid: int) -> None:
        threading.Thread(target=_waitpid, args=(pid,), daemon=True,
                         name=f"reap-{pid}").start()


#: How long closing the pool waits for its SIGKILLed workers to be gone: close() at
#: interpreter exit must not return while a worker may still run (the kill is async).
CLOSE_WAIT_SECONDS = 2.0


def _wait_gone(pids: list[int], timeout: float) -> None:
    """Until each of ``pids`` is reaped (here or by its reaper thread), or ``timeout``."""
    deadline = time.monotonic() + timeout
    for pid in pids:
        while time.monotonic() < deadline:
            try:
                if os.waitpid(pid, os.WNOHANG)[0]:
                    break
            except ChildProcessError:  # reaped already, or not our child (the engine's)
                break
            time.sleep(0.005)


def _waitpid(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


class WorkerGone(Exception):
    """The worker closed its socket (it died)."""


class WorkerBlocked(Exception):
    """The worker has been asleep without gaining CPU time: it waits on what no one will
    release (a lock held at the fork)."""


def run_state(pid: int) -> tuple[str, float] | None:
    """(state letter, CPU seconds used) of process ``pid`` from ``/proc``; None when it is
    gone or there is no ``/proc``."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            text = f.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = text.rpartition(")")[2].split()  # (the name in parentheses may hold spaces)
    if len(fields) < 13:
        return None
    return fields[0], (int(fields[11]) + int(fields[12])) / _TICKS


#: Words for the process states of ``/proc/PID/stat``, for a timeout's detail.
_STATE_WORDS = {"R": "running", "S": "asleep", "D": "waiting on the disk", "T": "stopped",
                "Z": "exited"}


def _state_words(pid: int, replaced: int = 0) -> str:
    """What a query's process was doing at its deadline ("running, 19.8 s of CPU"): a
    computing query is running; one asleep with little CPU waited on a lock."""
    state = run_state(pid)
    words = "its process was gone" if state is None else (
        f"its process was {_STATE_WORDS.get(state[0], state[0])}, "
        f"{state[1]:.1f} s of CPU")
    if replaced:
        words += f"; {replaced} blocked process(es) replaced before"
    return words


@dataclass(eq=False)
class Worker:
    """A live worker as the pool sees it; its socket stays registered with the loop."""

    spawned: worker.Spawned
    signature: tuple
    uses: int = 0
    demoted: bool = False
    closed: bool = False
    buried: bool = False  # stderr closed, process reaped (or being reaped)
    # the exchange in progress: its waiter, deadline, and what to do when it runs long
    _waiter: asyncio.Future | None = None
    deadline: float = 0.0
    slow_at: float | None = None
    on_slow: tuple | None = None
    # a watched job: the CPU seconds last seen and since when (loop time); None unwatched
    progress: tuple[float, float] | None = None
    # the answer being received: bytes so far, and the frame's size once known
    _parts: list = field(default_factory=list)
    _got: int = 0
    _size: int | None = None

    @property
    def pid(self) -> int:
        return self.spawned.pid


class WorkerPool:
    """Workers over one store; :meth:`run` is the only entry point (on the loop)."""

    def __init__(self, spawner: Spawner, *, size: int, signature: Callable[[], tuple],
                 network: bool | Callable[[], bool] = False, slow_after: float = 0.5,
                 targets: frozenset | None = None,
                 on_confinement: Callable[[str], None] | None = None):
        self.spawner = spawner
        self.size = size
        self.signature = signature
        # every worker keeps the network while the store lives behind HTTP (asked at each
        # query: a directory another process owned can become ours)
        self.network = network
        self.targets = targets  # where a worker running an allowed SERVICE may connect
        self.slow_after = slow_after
        self.on_confinement = on_confinement
        self._idle: list[Worker] = []
        self._live: set[Worker] = set()
        self._busy: set[Worker] = set()
        self._sweeper: asyncio.Task | None = None
        self.confinement: str | None = None
        self.probes_failed = 0  # new workers killed for not answering their probe

    # -- the entry point --------------------------------------------------------------
    async def run(self, job: runner.Job, *, timeout: float, network: bool = False,
                  ticket: Ticket | None = None,
                  demote: Callable[[Ticket], bool] | None = None):
        """(Answer, body) of ``job`` in a worker, within ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        request = runner.encode_job(job)
        remote = self.network() if callable(self.network) else self.network
        fresh = network and not remote
        item = await self._checkout(network or remote, deadline, fresh=fresh,
                                    targets=self.targets if fresh else None)
        for retry in range(BLOCKED_RETRIES + 1):
            try:
                frame = await self._exchange(item, request, deadline,
                                             (ticket, demote) if ticket is not None else None,
                                             watch=not (network or remote))
            except WorkerBlocked:
                self._kill(item)
                if retry == BLOCKED_RETRIES:
                    raise runner.QueryFailed("the query process stopped making progress "
                                             f"{BLOCKED_RETRIES + 1} times") from None
                # (a read: running it again in a new worker changes nothing but the worker)
                item = await self._start(False, deadline)
                continue
            except asyncio.TimeoutError:
                detail = _state_words(item.pid, replaced=retry)
                self._kill(item)
                raise runner.QueryTimeout(detail) from None
            except WorkerGone:
                raise runner.QueryFailed(await self._cause(item, job)) from None
            except BaseException:  # cancelled (client gone) or oversized: stop the work
                self._kill(item)
                raise
            break
        item.uses += 1
        self._checkin(item, fresh=fresh)
        return runner.decode_answer(frame)

    def _slow(self, item: Worker) -> None:
        """The job has run long: lowest CPU priority, and maybe a slow slot."""
        item.demoted = True
        try:
            os.setpriority(os.PRIO_PROCESS, item.pid, 19)
        except OSError:
            pass
        if item.on_slow is not None:
            ticket, demote = item.on_slow
            if demote is not None:
                demote(ticket)

    async def _sweep(self) -> None:
        """Deadlines and slow jobs, checked a few times a second (one timer for all,
        instead of two per request)."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            now = loop.time()
            for item in list(self._busy):
                waiter = item._waiter
                if waiter is None or waiter.done():
                    continue
                if now >= item.deadline:
                    waiter.set_exception(asyncio.TimeoutError())
                    continue
                if item.slow_at is not None and now >= item.slow_at:
                    item.slow_at = None
                    self._slow(item)
                if item.progress is not None and self._blocked(item, now):
                    waiter.set_exception(WorkerBlocked())

    @staticmethod
    def _blocked(item: Worker, now: float) -> bool:
        """Whether a watched worker has been asleep, gaining no CPU time, for
        ``BLOCKED_SECONDS`` (its progress is updated whenever it gains some or runs)."""
        state = run_state(item.pid)
        if state is None:
            return False  # (gone: its socket's end of file says so)
        letter, cpu = state
        seen, since = item.progress
        if letter not in _IDLE_STATES or cpu > seen:
            item.progress = (cpu, now)
            return False
        return now - since >= BLOCKED_SECONDS

    # -- workers ----------------------------------------------------------------------
    async def _checkout(self, network: bool, deadline: float, fresh: bool,
                        targets: frozenset | None = None) -> Worker:
        if not fresh:
            current = self.signature()
            while self._idle:
                item = self._idle.pop()
                if item.signature == current and not item.closed \
                        and item.spawned.network == network:
                    return item
                self._kill(item)
        return await self._start(network, deadline, targets)

    def _checkin(self, item: Worker, fresh: bool) -> None:
        keep = (not fresh and not item.demoted and not item.closed
                and item.uses < MAX_USES and len(self._idle) < self.size
                and item.signature == self.signature())
        if keep:
            self._idle.append(item)
        else:
            self._kill(item)

    async def _start(self, network: bool, deadline: float,
                     targets: frozenset | None = None) -> Worker:
        """A new worker that has answered a probe (see the module docstring)."""
        loop = asyncio.get_running_loop()
        probe = runner.encode_job("probe")
        window = PROBE_SECONDS
        for attempt in range(PROBE_ATTEMPTS):
            signature = self.signature()
            spawned = await self.spawner.spawn(network, targets)
            item = self._register(Worker(spawned, signature))
            limit = min(deadline, loop.time() + window)
            try:
                frame = await self._exchange(item, probe, limit)
            except (asyncio.TimeoutError, WorkerGone):
                self._kill(item)
                self.probes_failed += 1
                if loop.time() >= deadline:
                    raise runner.QueryTimeout(
                        f"{attempt + 1} new query process(es) did not answer a probe "
                        "in time") from None
                window = min(2 * window, PROBE_MAX_SECONDS)
                continue
            answer, _ = runner.decode_answer(frame)
            if not network:
                self._note_confinement(answer.message)
            return item
        raise runner.QueryFailed("could not start a query process")

    def _note_confinement(self, how: str | None) -> None:
        if how is None or how == self.confinement:
            return
        self.confinement = how
        if self.on_confinement is not None:
            self.on_confinement(how)

    def _register(self, item: Worker) -> Worker:
        sock = item.spawned.sock
        sock.setblocking(False)
        asyncio.get_running_loop().add_reader(sock.fileno(), self._readable, item)
        self._live.add(item)
        return item

    def _kill(self, item: Worker) -> None:
        """Stop a worker for good (SIGKILL) and clean up after it."""
        if not item.closed:
            item.closed = True
            self._live.discard(item)
            try:
                os.kill(item.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._release(item)
        self._bury(item)

    def _bury(self, item: Worker, reaped: bool = False) -> None:
        if item.buried:
            return
        item.buried = True
        os.close(item.spawned.stderr)
        if not reaped:
            self.spawner.reap(item.pid)

    def _release(self, item: Worker) -> None:
        """Unregister and close the worker's socket; a job waiting on it fails."""
        loop = asyncio.get_running_loop()
        sock = item.spawned.sock
        if sock.fileno() >= 0:
            loop.remove_reader(sock.fileno())
            sock.close()
        if item._waiter is not None and not item._waiter.done():
            item._waiter.set_exception(WorkerGone())

    def close(self) -> None:
        """Stop every worker (on the loop)."""
        if self._sweeper is not None:
            self._sweeper.cancel()
        killed = [item.pid for item in self._live]
        for item in list(self._live):
            self._kill(item)
        self._idle.clear()
        _wait_gone(killed, CLOSE_WAIT_SECONDS)

    def stats(self) -> dict:
        return {"idle": len(self._idle), "live": len(self._live), "kept": self.size,
                "probes_failed": self.probes_failed}

    # -- the socket -------------------------------------------------------------------
    async def _exchange(self, item: Worker, request: bytes, deadline: float,
                        on_slow: tuple | None = None, watch: bool = False):
        """Send one framed request, await the one framed answer before ``deadline``
        (``watch``: fail with WorkerBlocked when the worker stops making progress)."""
        loop = asyncio.get_running_loop()
        if self._sweeper is None or self._sweeper.done():
            self._sweeper = loop.create_task(self._sweep())
        waiter = item._waiter = loop.create_future()
        item._parts, item._got, item._size = [], 0, None
        item.deadline = deadline
        state = run_state(item.pid) if watch else None
        item.progress = (state[1], loop.time()) if state is not None else None
        item.on_slow = on_slow
        item.slow_at = loop.time() + self.slow_after if on_slow is not None else None
        sock = item.spawned.sock
        data = _LENGTH.pack(len(request)) + request
        try:
            sent = sock.send(data)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            raise WorkerGone() from None
        if sent < len(data):
            try:
                await loop.sock_sendall(sock, memoryview(data)[sent:])
            except OSError:
                raise WorkerGone() from None
        self._busy.add(item)
        try:
            return await waiter
        finally:
            self._busy.discard(item)
            item._waiter = None

    def _readable(self, item: Worker) -> None:
        sock = item.spawned.sock
        want = 65536 if item._size is None else max(65536, item._size + 8 - item._got)
        try:
            data = sock.recv(min(want, 1 << 22))
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # end of file: the worker died (or was killed)
            if not item.closed:
                item.closed = True
                self._live.discard(item)
                idle = item._waiter is None
                self._release(item)
                if idle:  # nobody will ask why: just clean up
                    self._bury(item)
            return
        waiter = item._waiter
        if item._size is None and not item._parts and len(data) >= 8:
            (size,) = _LENGTH.unpack_from(data)
            if len(data) == 8 + size:  # the common case: the whole answer in one read
                if waiter is not None and not waiter.done():
                    waiter.set_result(memoryview(data)[8:])
                return
        item._parts.append(data)
        item._got += len(data)
        if item._size is None:
            if item._got < 8:
                return
            head = b"".join(item._parts)
            (item._size,) = _LENGTH.unpack_from(head)
            item._parts = [head]
            if item._size > runner.MAX_BODY_BYTES:
                if waiter is not None and not waiter.done():
                    waiter.set_exception(runner.QueryFailed(
                        f"result larger than {runner.MAX_BODY_BYTES} bytes"))
                return
        if item._got < 8 + item._size:
            return
        frame = memoryview(b"".join(item._parts))[8:8 + item._size]
        item._parts, item._got, item._size = [], 0, None
        if waiter is not None and not waiter.done():
            waiter.set_result(frame)

    async def _cause(self, item: Worker, job: runner.Job) -> str:
        status = await self.spawner.exit_status(item.pid, 1.0)
        text = worker.last_words(item.spawned.stderr)
        self._bury(item, reaped=status is not None)
        return worker.cause_of_death(status, text, memory=self.spawner.memory,
                                     cpu=job.cpu_seconds)


