"""The engine process: the store of a read-write ``kg serve``, in a process the server
can kill.

pyoxigraph cannot cancel an update, and RocksDB allows one writer per directory, so an
update cannot run in a forked worker (two processes would write the same files). A
read-write ``kg serve`` (one with ``--update-token`` over a store directory) therefore
starts this process, which opens the store (and so becomes its owner, serving
``kg build`` through the owner's loopback service), applies updates and Graph Store
writes, and forks the query workers. The server process holds no store at all.

An update past its deadline gets the engine killed and started again: RocksDB drops
the uncommitted transaction, so nothing half-written is kept, and the server goes on
(queries in flight keep their workers, which are separate processes). When no SERVICE
is allowlisted, the engine itself runs without network sockets too (seccomp), so an
update's LOAD or SERVICE cannot reach out even past the policy.

Protocol: the server and the engine talk over a stream socket (length-prefixed pickled
frames, one thread per request in the engine); new workers' sockets come over a second,
datagram-like socket with SCM_RIGHTS.
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import pickle
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import OrderedDict
from concurrent.futures import Future
from pathlib import Path

from kg.store import open_store
from kg.web import policy, runner, sandbox, worker

#: Seconds the engine may take to open the store (a RocksDB recovery can take a while).
START_TIMEOUT = 120.0


class EngineError(Exception):
    """The engine could not start, or failed a request."""


class EngineRestarted(runner.QueryFailed):
    """The engine was killed (an update past its deadline) while this call waited."""


# -- the server's side -------------------------------------------------------------------
class Engine:
    """Starts and talks to the engine process; restarts it when it must be killed."""

    def __init__(self, location: str, *, memory: int | None, confine: bool = True,
                 read_only: bool = False, allow: tuple[str, ...] = ()):
        self.location = location
        self.memory = memory
        self.confine = confine
        self.allow = allow
        self.read_only = read_only
        self._ids = itertools.count(1)
        self._pending: dict[int, Future] = {}
        self._exits: OrderedDict[int, Future] = OrderedDict()
        self._lock = threading.Lock()  # starting, restarting, closing
        self._send_lock = threading.Lock()  # one frame at a time on the control socket
        self._spawn_lock = threading.Lock()
        self._closed = False
        self._ready = threading.Event()  # cleared while the engine (re)starts
        self.generation = 0
        self.restarts = 0
        self.info: dict = {}
        self.proc: subprocess.Popen | None = None
        self._start()
        self.store = EngineStore(self)
        self.spawner = EngineSpawner(self)

    # -- process --------------------------------------------------------------------------
    def _start(self) -> None:
        ctrl, ctrl_child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        fds, fds_child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        args = [sys.executable, "-m", "kg.web.engine", "--ctrl", str(ctrl_child.fileno()),
                "--fds", str(fds_child.fileno()), "--store", self.location]
        if self.memory:
            args += ["--memory", str(self.memory)]
        if self.confine:
            args.append("--confine")
        for iri in self.allow:
            args += ["--allow", iri]
        if self.read_only:
            args.append("--read-only")
        self.proc = subprocess.Popen(args, pass_fds=(ctrl_child.fileno(), fds_child.fileno()),
                                     stdin=subprocess.DEVNULL, start_new_session=True)
        ctrl_child.close()
        fds_child.close()
        self._ctrl, self._fds = ctrl, fds
        self.generation += 1
        ctrl.settimeout(START_TIMEOUT)
        try:
            frame = runner.read_frame(ctrl.fileno(), time.monotonic() + START_TIMEOUT)
        except runner.QueryTimeout:
            frame = None
        if frame is None:
            self._stop_process()
            raise EngineError("the store process did not start")
        status, value = pickle.loads(frame)
        if status != "ready":
            self._stop_process()
            if status == "missing":
                raise FileNotFoundError(value)
            raise EngineError(value)
        self.info = value
        ctrl.settimeout(None)
        self._ready.set()
        reader = threading.Thread(target=self._read, args=(ctrl, self.generation),
                                  daemon=True, name="kg-engine-reader")
        reader.start()

    def _stop_process(self, kill: bool = True) -> None:
        proc = self.proc
        if proc is None:
            return
        if kill:
            proc.kill()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def restart(self) -> None:
        """Kill the engine (a write past its deadline) and start a new one."""
        with self._lock:
            self._ready.clear()
            self._stop_process(kill=True)
            self._fail_pending(EngineRestarted("the store process was restarted"))
            self._ctrl.close()
            self._fds.close()
            self.restarts += 1
            self._start()

    def close(self) -> None:
        """Ask the engine to close the store and exit; kill it if it does not."""
        self._closed = True
        with self._lock:
            try:
                self._ctrl.shutdown(socket.SHUT_WR)  # end of requests: the engine closes up
            except OSError:
                pass
            proc = self.proc
            if proc is not None:
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)
            self._fail_pending(EngineRestarted("the store process was stopped"))
            self._ctrl.close()
            self._fds.close()

    def _fail_pending(self, error: Exception) -> None:
        pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done():
                future.set_exception(error)

    # -- requests -------------------------------------------------------------------------
    def _read(self, ctrl: socket.socket, generation: int) -> None:
        """Answers and events from one engine process, until it goes away."""
        while True:
            try:
                frame = runner.read_frame(ctrl.fileno())
            except OSError:
                frame = None
            if frame is None:
                break
            kind, ident, ok, value = pickle.loads(frame)
            if kind == "exit":
                future = self._exits.setdefault(ident, Future())
                if not future.done():
                    future.set_result(value)
                while len(self._exits) > 1000:  # exits nobody asked about
                    self._exits.popitem(last=False)
                continue
            future = self._pending.pop(ident, None)
            if future is not None and not future.done():
                if ok:
                    future.set_result(value)
                else:
                    future.set_exception(value)
        if generation == self.generation and not self._closed:  # died on its own
            with self._lock:
                if generation == self.generation and not self._closed \
                        and self.proc is not None \
                        and self.proc.poll() is not None:
                    self._ready.clear()
                    self._fail_pending(EngineRestarted("the store process ended"))
                    try:
                        self._ctrl.close()
                        self._fds.close()
                        self.restarts += 1
                        self._start()
                    except (EngineError, OSError):
                        pass

    def request(self, op: str, *args) -> Future:
        future: Future = Future()
        ident = next(self._ids)
        data = pickle.dumps(("call", ident, op, args), protocol=pickle.HIGHEST_PROTOCOL)
        with self._send_lock:
            self._pending[ident] = future
            try:
                runner.send_frame(self._ctrl.fileno(), data)
            except (OSError, ValueError) as err:  # closed, or being restarted
                self._pending.pop(ident, None)
                future.set_exception(EngineRestarted(f"the store process is gone: {err}"))
        return future

    def call(self, op: str, *args, timeout: float | None = None):
        """A store operation in the engine; past ``timeout`` the engine is restarted and
        QueryTimeout raised (the operation did not happen). Waits for a restart to end."""
        self._ready.wait(START_TIMEOUT)
        future = self.request(op, *args)
        try:
            return future.result(timeout=timeout)
        except TimeoutError:
            self.restart()
            raise runner.QueryTimeout() from None

    async def update(self, text: str, *, timeout: float) -> None:
        if not self._ready.is_set():
            await asyncio.get_running_loop().run_in_executor(None, self._ready.wait,
                                                             START_TIMEOUT)
        future = self.request("update", text)
        try:
            await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except asyncio.TimeoutError:
            await asyncio.get_running_loop().run_in_executor(None, self.restart)
            raise runner.QueryTimeout() from None

    def spawn(self, network: bool, targets: frozenset | None = None) -> worker.Spawned:
        with self._spawn_lock:
            try:
                pid = self.call("spawn", network, targets, timeout=60)
            except EngineRestarted:  # a fork caught in a restart: ask the new engine
                pid = self.call("spawn", network, targets, timeout=60)
            self._fds.settimeout(30)
            message, fds, _flags, _addr = socket.recv_fds(self._fds, 64, 2)
            if len(fds) != 2 or int(message) != pid:
                for fd in fds:
                    os.close(fd)
                raise runner.QueryFailed("the store process sent no worker")
            return worker.Spawned(pid, socket.socket(fileno=fds[0]), fds[1], network)

    async def exit_status(self, pid: int, timeout: float) -> int | None:
        future = self._exits.setdefault(pid, Future())
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except asyncio.TimeoutError:
            return None
        finally:
            self._exits.pop(pid, None)


class EngineSpawner:
    """Workers forked by the engine (for the pool)."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.memory = engine.memory

    async def spawn(self, network: bool, targets: frozenset | None = None
                    ) -> worker.Spawned:
        return await asyncio.get_running_loop().run_in_executor(None, self.engine.spawn,
                                                                network, targets)

    async def exit_status(self, pid: int, timeout: float) -> int | None:
        return await self.engine.exit_status(pid, timeout)

    def reap(self, pid: int) -> None:
        self.engine._exits.pop(pid, None)  # the engine reaps its children


class EngineStore:
    """What the server's views use of a store, done by the engine."""

    def __init__(self, engine: Engine, timeout: float | None = None):
        self.engine = engine
        self.timeout = timeout  # set by the endpoint (its query timeout)
        self.path = Path(engine.info["path"]) if engine.info.get("path") else None
        self.read_only = engine.read_only

    @property
    def evaluates_locally(self) -> bool:
        return bool(self.engine.info.get("local"))

    def _call(self, op: str, *args):
        return self.engine.call(op, *args, timeout=self.timeout)

    def _read(self, op: str, *args):
        """A read, asked again once if a restart of the engine cut it short."""
        try:
            return self._call(op, *args)
        except EngineRestarted:
            return self._call(op, *args)

    def has_graph(self, iri: str) -> bool:
        return self._read("has_graph", iri)

    def graphs(self) -> list[str]:
        return self._read("graphs")

    def update(self, sparql: str) -> None:
        self._call("update", sparql)

    def replace_graph(self, iri: str, ntriples: bytes) -> None:
        self._call("replace_graph", iri, ntriples)

    def flush(self) -> None:
        self._call("flush")

    def close(self) -> None:
        self.engine.close()


# -- the engine's side -------------------------------------------------------------------
_STORE_OPS = {"has_graph", "graphs", "update", "replace_graph", "flush"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="kg.web.engine")
    parser.add_argument("--ctrl", type=int, required=True)
    parser.add_argument("--fds", type=int, required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--memory", type=int, default=None)
    parser.add_argument("--confine", action="store_true")
    parser.add_argument("--allow", action="append", default=[],
                        help="an allowlisted SERVICE IRI (the engine may reach it)")
    parser.add_argument("--read-only", action="store_true")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops us
    ctrl = socket.socket(fileno=args.ctrl)
    fds = socket.socket(fileno=args.fds)
    send_lock = threading.Lock()

    def send(message) -> None:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        with send_lock:
            runner.send_frame(ctrl.fileno(), data)

    try:
        store = open_store(args.store, read_only=args.read_only)
    except FileNotFoundError as err:
        send(("missing", str(err)))
        return
    except Exception as err:  # noqa: BLE001 - told to the server, which says it
        send(("error", f"{type(err).__name__}: {err}"))
        return
    local = worker.evaluates_locally(store)
    confinement = "not confined"
    confined_to_targets = False
    if args.confine and local:
        try:
            if args.allow:  # updates (and workers) may reach the allowlisted SERVICEs only
                confinement = sandbox.confine_to(sandbox.resolve_targets(args.allow))
                confined_to_targets = True
            else:
                confinement = sandbox.confine_network()
        except sandbox.Unconfined as err:
            confinement = f"unconfined: {err}"
    policy.analyse("query", "ASK { SERVICE <urn:x> {} }", None)  # warm: workers inherit it
    threading.Thread(target=_reap, args=(send,), daemon=True, name="kg-engine-reaper").start()
    send(("ready", {"pid": os.getpid(), "path": str(getattr(store, "path", "") or ""),
                    "local": local, "confinement": confinement}))
    spawn_lock = threading.Lock()

    def handle(ident: int, op: str, op_args: tuple) -> None:
        try:
            if op == "spawn":
                with spawn_lock:  # one fork at a time, and its fds sent in order
                    network, targets = op_args
                    spawned = worker.fork_worker(store, network=network, memory=args.memory,
                                                 targets=targets,
                                                 inherited=targets is not None
                                                 and confined_to_targets)
                    socket.send_fds(fds, [str(spawned.pid).encode()],
                                    [spawned.sock.fileno(), spawned.stderr])
                    spawned.sock.close()
                    os.close(spawned.stderr)
                value = spawned.pid
            elif op in _STORE_OPS:
                value = getattr(store, op)(*op_args)
                if op in ("update", "replace_graph") and hasattr(store, "flush"):
                    store.flush()
            else:
                raise EngineError(f"unknown operation {op}")
            send(("reply", ident, True, value))
        except BaseException as err:  # noqa: BLE001 - every request gets its answer
            send(("reply", ident, False, _portable(err)))

    try:
        while True:
            frame = runner.read_frame(ctrl.fileno())
            if frame is None:
                break
            _kind, ident, op, op_args = pickle.loads(frame)
            threading.Thread(target=handle, args=(ident, op, op_args), daemon=True,
                             name=f"kg-engine-{op}").start()
    finally:
        store.close()


def _portable(err: BaseException) -> BaseException:
    """An exception the server can unpickle and map: SyntaxError stays one."""
    if isinstance(err, SyntaxError):
        return runner.QuerySyntaxError(str(err))
    try:
        pickle.loads(pickle.dumps(err))
        return err
    except Exception:  # noqa: BLE001
        return EngineError(f"{type(err).__name__}: {err}")


def _reap(send) -> None:
    """Reap the workers this engine forked and tell the server how they ended."""
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            time.sleep(0.2)
            continue
        try:
            send(("exit", pid, True, status))
        except OSError:
            return


if __name__ == "__main__":
    main()
