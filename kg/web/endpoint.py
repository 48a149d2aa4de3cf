"""The endpoint's settings and its use of the store, kept on the Flask app."""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import current_app

from kg.web import policy, runner
from kg.web.negotiate import choose
from kg.web.pool import WorkerPool
from kg.web.results import SOLUTION_FORMATS


@dataclass(frozen=True)
class Endpoint:
    store: object  # kg.store.Store (or anything with its query/update/has_graph)
    policy: policy.Policy
    timeout: float
    max_rows: int
    update_token: str | None
    update_lock: threading.Lock = field(default_factory=threading.Lock)
    pool: WorkerPool | None = None  # long-lived workers for a store on disk

    def run(self, sparql: str, pick: runner.Chooser,
            query_kwargs: dict | None = None) -> runner.Outcome:
        """Evaluate with the endpoint's timeout and row cap, in a process it can kill;
        ``pick(kind)`` gives the result format for the kind of result."""
        if self.pool is not None:
            return self.pool.run(sparql, pick, timeout=self.timeout, max_rows=self.max_rows,
                                 query_kwargs=query_kwargs)
        return runner.run_query(self.store, sparql, pick, timeout=self.timeout,
                                max_rows=self.max_rows, query_kwargs=query_kwargs,
                                fork_lock=self.update_lock)

    def note_write(self) -> None:
        """After a write through the endpoint: workers forked before it are stale."""
        if self.pool is not None:
            self.pool.note_write()

    def close(self) -> None:
        """Stop the idle query workers."""
        if self.pool is not None:
            self.pool.close()

    def select(self, sparql: str, bind: dict | None = None, **kwargs) -> list[dict]:
        """Rows of a SELECT run for the UI, as {variable: term}; same limits as /sparql.

        ``bind`` maps a placeholder such as ``$e`` in the text to an RDF term. The term is
        written by pyoxigraph (IRIs are checked, literals escaped), so user input cannot
        change the query.
        """
        if bind:  # one pass, so inserted text is never scanned again
            sparql = re.sub(r"\$\w+", lambda m: str(bind.get(m.group(), m.group())), sparql)
        kwargs.setdefault("use_default_graph_as_union", True)
        outcome = self.run(sparql, _json_only, kwargs)
        solutions = ox.parse_query_results(outcome.body, ox.QueryResultsFormat.JSON)
        variables = [v.value for v in solutions.variables]
        return [{v: s[v] for v in variables if s[v] is not None} for s in solutions]


def _json_only(kind: str):
    return SOLUTION_FORMATS[0]


def current_endpoint() -> Endpoint:
    return current_app.extensions["kg.endpoint"]


def chooser(accept, format_param):
    """A function kind -> format, computed before forking so the child needs no request."""
    table = {kind: choose(kind, accept, format_param) for kind in ("solutions", "boolean", "graph")}
    return table.get
