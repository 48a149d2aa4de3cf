"""The endpoint: its settings, its event loop, and every way a request reaches the store.

All SPARQL from clients is evaluated in worker processes (:mod:`kg.web.pool`) behind
admission control (:mod:`kg.web.admission`). The endpoint owns an asyncio loop running
in a thread of its own; the HTTP front (:mod:`kg.web.front`) runs on that loop, and
Flask views (UI pages, the Graph Store Protocol) call into it from their threads.

Policy (:mod:`kg.web.policy`): a query's analysis comes from the decision cache, from
the cheap "cannot contain SERVICE or FROM" test, or from a worker that parses it (the
parse is slow and can crash, so it never runs here).
"""
from __future__ import annotations

import asyncio
import logging
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from flask import current_app, has_request_context, request

try:
    import uvloop
except ImportError:  # a platform uvloop does not build on: asyncio's own loop serves
    uvloop = None

from kg.web import policy, runner, sandbox
from kg.web.admission import Admission
from kg.web.pool import ForkSpawner, WorkerPool
from kg.web.results import BOOLEAN_FORMATS, SOLUTION_FORMATS
from kg.web.staleness import StoreWatch
from kg.web.worker import evaluates_locally

log = logging.getLogger("kg.web")
KINDS = ("solutions", "boolean", "graph")


@dataclass(frozen=True)
class Limits:
    """What one request may use."""

    timeout: float = 30.0  # seconds of wall time per query or update
    max_rows: int = 10_000  # rows (or triples) a result keeps at most
    memory: int | None = 1024 * 2**20  # bytes a worker may allocate beyond its fork
    cpu: float | None = None  # CPU seconds per job (default: the timeout, + 1 s)
    workers: int = 4  # query slots: queries that run at once
    keep: int = 4  # worker processes kept between queries (a store on disk)
    slow_slots: int | None = None  # processes long queries may hold (default workers // 2)
    queue: int = 16  # requests waiting for a slot
    per_client: int | None = None  # queries one client may run at once (default workers - 1)
    slow_after: float = 0.5  # a query running this long is demoted


def store_directory(store):
    """The RocksDB directory of an embedded on-disk store, else None."""
    path = getattr(store, "path", None)
    if path is None:
        return None
    path = Path(path)
    return path if (path / "CURRENT").is_file() else None


class Endpoint:
    """One store served over SPARQL; create with :func:`kg.web.create_app`."""

    def __init__(self, store, *, policy_: policy.Policy, limits: Limits = Limits(),
                 update_token: str | None = None, cors: str | None = None,
                 spawner=None, writer=None):
        self.store = store  # what the Flask views write through (a proxy in engine mode)
        self.policy = policy_
        self.limits = limits
        self.update_token = update_token
        self.cors = cors
        self.update_lock = threading.Lock()
        self.cache = policy.DecisionCache()
        self.directory = store_directory(store)
        self.watch = StoreWatch(self.directory)
        self.private_memory = self.directory is None and evaluates_locally(store)
        self.spawner = spawner or ForkSpawner(store, limits.memory)
        self.writer = writer  # engine mode: applies updates in the engine process
        self.admission = Admission(limits.workers, limits.slow_slots, limits.queue,
                                   limits.per_client, queue_timeout=limits.timeout)
        self.pool = WorkerPool(self.spawner, size=limits.keep if self.directory else 0,
                               signature=self.watch.signature,
                               network=lambda: not evaluates_locally(store),
                               slow_after=limits.slow_after,
                               targets=(sandbox.resolve_targets(policy_.service_allowlist)
                                        if policy_.service_allowlist else None),
                               on_confinement=self._confinement)
        self.confinement: str | None = None
        self._graphs: tuple[tuple, int] | None = None
        self._graphs_lock = threading.Lock()
        self._graphs_job = None
        self._graphs_pool = ThreadPoolExecutor(1, thread_name_prefix="kg-graphs")
        self.loop = new_event_loop()
        self._thread = threading.Thread(target=self._run_loop, name="kg-endpoint",
                                        daemon=True)
        self._thread.start()

    # -- compatibility with the views ---------------------------------------------------
    @property
    def timeout(self) -> float:
        return self.limits.timeout

    @property
    def max_rows(self) -> int:
        return self.limits.max_rows

    def _run_loop(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def _confinement(self, how: str) -> None:
        self.confinement = how
        if how.startswith("unconfined"):
            log.warning("query workers can reach the network: %s (the parsed-query policy "
                        "is the only wall)", how)

    # -- from other threads -------------------------------------------------------------
    def call(self, coroutine):
        """Run ``coroutine`` on the endpoint's loop and wait for it (from another thread)."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("Endpoint.call from the endpoint's own loop")
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    # -- queries --------------------------------------------------------------------------
    async def query(self, text: str, formats: dict, *, base: str, client: str,
                    default_graphs: tuple[str, ...] = (),
                    named_graphs: tuple[str, ...] = ()) -> runner.Outcome:
        """A client's query, under the policy. Raises Refused, Unverifiable, Busy (from
        admission control),
        QuerySyntaxError, NotAcceptable, QueryTimeout or QueryFailed."""
        protocol_dataset = bool(default_graphs or named_graphs)
        kwargs: dict = {"base_iri": base, "use_default_graph_as_union": True}
        if protocol_dataset:  # the protocol dataset overrides FROM / FROM NAMED
            kwargs.update(use_default_graph_as_union=False,
                          default_graph=list(default_graphs), named_graphs=list(named_graphs))
        key = ("query", text, base, protocol_dataset)
        analysis = self.cache.get(key)
        if analysis is None and not policy.needs_analysis("query", text):
            analysis = policy.NOTHING
        if analysis is None:  # a worker parses, decides and (if allowed) runs it
            job = runner.Job("query", text, formats, self.max_rows, kwargs,
                             policy=self.policy, protocol_dataset=protocol_dataset,
                             cpu_seconds=self._cpu())
            answer, body = await self.execute(job, client)
            if answer.analysis is not None:
                self.cache.put(key, answer.analysis)
            if answer.status != "network":
                return runner.outcome(answer, body)
            analysis = answer.analysis
        self.policy.check(analysis)
        if analysis.has_dataset_clause and not protocol_dataset:
            kwargs["use_default_graph_as_union"] = False
        job = runner.Job("query", text, formats, self.max_rows, kwargs,
                         graphs=() if protocol_dataset else analysis.graphs,
                         cpu_seconds=self._cpu())
        answer, body = await self.execute(job, client,
                                          network=self.policy.needs_network(analysis))
        return runner.outcome(answer, body)

    async def trusted(self, text: str, formats: dict, kwargs: dict,
                      client: str) -> runner.Outcome:
        """A query the server wrote itself (UI pages, graph downloads): no policy."""
        job = runner.Job("query", text, formats, self.max_rows, kwargs,
                         cpu_seconds=self._cpu())
        answer, body = await self.execute(job, client)
        return runner.outcome(answer, body)

    async def execute(self, job: runner.Job, client: str, network: bool = False):
        ticket = await self.admission.enter(client)
        try:
            return await self.pool.run(job, timeout=self.timeout, network=network,
                                       ticket=ticket, demote=self.admission.demote)
        finally:
            self.admission.leave(ticket)

    def _cpu(self) -> float:
        return self.limits.cpu or self.timeout + 1.0

    # -- updates --------------------------------------------------------------------------
    async def update(self, text: str, *, base: str, client: str,
                     using: tuple[str, ...] = (), using_named: tuple[str, ...] = ()) -> None:
        """Check an update in a worker (policy, the engine's parser, and for a store in
        memory the whole update on the worker's private copy), then apply it."""
        job = runner.Job("update-check", f"BASE <{base}>\n{text}", policy=self.policy,
                         using=(tuple(using), tuple(using_named)),
                         dry_run=self.private_memory, cpu_seconds=self._cpu())
        answer, _ = await self.execute(job, client)
        if answer.status == "network":  # an allowed SERVICE: check where it may reach out
            job = runner.Job("update-check", answer.message, dry_run=self.private_memory,
                             cpu_seconds=self._cpu())
            answer, _ = await self.execute(job, client, network=True)
        if answer.status != "ok":
            runner.outcome(answer, b"")  # raises the matching error
        checked = answer.message
        if self.writer is not None:
            await self.writer.update(checked, timeout=self.timeout)
            self.note_write()
            return
        await asyncio.get_running_loop().run_in_executor(None, self._apply, checked)

    def _apply(self, update: str) -> None:
        with self.update_lock:
            try:
                self.store.update(update)
            finally:
                self.note_write()
            if hasattr(self.store, "flush"):
                self.store.flush()

    def note_write(self) -> None:
        """After a write through the endpoint: workers forked before it are stale."""
        self.watch.note_write()

    # -- for the views (from their threads) -------------------------------------------
    def run(self, sparql: str, pick, query_kwargs: dict | None = None,
            client: str | None = None) -> runner.Outcome:
        """A trusted query with the endpoint's limits; ``pick(kind)`` gives the result
        format for each kind of result (None: not acceptable)."""
        formats = {kind: (fmt.key if (fmt := pick(kind)) is not None else None)
                   for kind in KINDS}
        kwargs = dict(query_kwargs or {})
        kwargs.setdefault("use_default_graph_as_union", True)
        outcome = self.call(self.trusted(sparql, formats, kwargs, client or _client()))
        return replace(outcome, body=bytes(outcome.body))  # Flask wants bytes

    def select(self, sparql: str, bind: dict | None = None, **kwargs) -> list[dict]:
        """Rows of a SELECT run for the UI, as {variable: term}; same limits as /sparql.

        ``bind`` maps a placeholder such as ``$e`` in the text to an RDF term. The term is
        written by pyoxigraph (IRIs are checked, literals escaped), so user input cannot
        change the query.
        """
        if bind:  # one pass, so inserted text is never scanned again
            sparql = re.sub(r"\$\w+", lambda m: str(bind.get(m.group(), m.group())), sparql)
        outcome = self.run(sparql, _json_only, kwargs)
        solutions = ox.parse_query_results(bytes(outcome.body), ox.QueryResultsFormat.JSON)
        variables = [v.value for v in solutions.variables]
        return [{v: s[v] for v in variables if s[v] is not None} for s in solutions]

    def warm_up(self) -> None:
        """Start a first worker (and learn how it is confined) before serving."""
        self.run("ASK {}", lambda kind: BOOLEAN_FORMATS[0] if kind == "boolean" else None,
                 client="kg-start")

    # -- health ---------------------------------------------------------------------------
    def count_graphs(self, wait: float = 0.0) -> int | None:
        """Graphs in the store, counted in a background thread whenever the store has
        changed (never by a query worker, never blocking the loop); waits up to ``wait``
        seconds for a count when none is current."""
        signature = self.watch.signature()
        known = self._graphs
        if known is not None and known[0] == signature:
            return known[1]
        with self._graphs_lock:
            if self._graphs_job is None or self._graphs_job.done():
                self._graphs_job = self._graphs_pool.submit(self._count, signature)
            job = self._graphs_job
        if wait > 0:
            try:
                job.result(timeout=wait)
            except Exception:  # noqa: BLE001 - a slow or failing count: report the last one
                pass
        known = self._graphs
        return known[1] if known is not None else None

    def _count(self, signature: tuple) -> None:
        self._graphs = (signature, len(self.store.graphs()))

    def health(self, wait: float = 0.0) -> dict:
        """The server's state, without a query worker."""
        graphs = self.count_graphs(wait)
        current = self._graphs is not None and self._graphs[0] == self.watch.signature()
        return {"status": "ok", "graphs": graphs, "graphs_current": current,
                "read_only": self.update_token is None, "timeout": self.timeout,
                "max_rows": self.max_rows, "queries": self.admission.stats(),
                "workers": self.pool.stats(), "confinement": self.confinement}

    def close(self) -> None:
        """Stop the workers and the loop."""
        if not self.loop.is_closed() and self._thread.is_alive():
            async def stop() -> None:
                self.pool.close()
                for task in asyncio.all_tasks():
                    if task is not asyncio.current_task():
                        task.cancel()
            try:
                asyncio.run_coroutine_threadsafe(stop(), self.loop).result(timeout=10)
            except Exception:  # noqa: BLE001 - closing must not fail
                pass
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=10)
        self.watch.close()
        self._graphs_pool.shutdown(wait=False, cancel_futures=True)


def new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop's loop when installed (it halves the front's CPU per request), else
    asyncio's."""
    return uvloop.new_event_loop() if uvloop is not None else asyncio.new_event_loop()


def _json_only(kind: str):
    return SOLUTION_FORMATS[0]


def _client() -> str:
    """The address of the Flask request being served, if any."""
    return (request.remote_addr or "local") if has_request_context() else "local"


def current_endpoint() -> Endpoint:
    return current_app.extensions["kg.endpoint"]
