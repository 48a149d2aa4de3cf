"""The endpoint as a Flask extension: ``SparqlEndpoint(app)`` or ``init_app(app)``.

It reads the ``KG_*`` configuration, opens the store when given a location, keeps the
:class:`~kg.web.endpoint.Endpoint` in ``app.extensions["kg.endpoint"]`` (the extension
object itself holds no app state, so one object can serve several apps), closes what a
request opened when its app context ends, and stops the query workers and the loop at
interpreter exit when nobody closed the endpoint before.

Configuration keys:

``KG_STORE``             a store object (e.g. ``open_store(":memory:")``), or
``KG_STORE_LOCATION``    a location for :func:`kg.store.open_store`
``KG_QUERY_TIMEOUT``     seconds before a query's (or update's) process is killed (30)
``KG_MAX_ROWS``          rows (or triples) a result keeps at most (10000)
``KG_QUERY_MEMORY``      bytes a query process may allocate (1 GiB; None: no limit)
``KG_QUERY_CPU``         CPU seconds a query may use (the timeout); past it the process ends
``KG_QUERY_WORKERS``     queries run at once, and query processes kept between queries
                         for a store on disk (4; 0: four at once, a process per query)
``KG_QUERY_QUEUE``       requests waiting for a query slot before 503 (16)
``KG_PER_CLIENT``        queries one client address may run at once (workers - 1)
``KG_UPDATE_TOKEN``      Bearer token that enables SPARQL Update and Graph Store writes
``KG_ENGINE``            an engine process that applies writes (set by ``kg serve``)
``KG_SERVICE_ALLOWLIST`` SERVICE endpoints queries may call (none)
``KG_ALLOW_LOAD``        allow SPARQL LOAD from allowlisted IRIs (False)
``KG_CORS_ORIGIN``       value of Access-Control-Allow-Origin (no CORS headers when unset)
``KG_ALLOWED_HOSTS``     Host header values accepted (any when empty): DNS rebinding
``KG_QUERIES_DIR``       folder of example ``.rq`` queries for the UI
"""
from __future__ import annotations

import atexit
import weakref
from typing import Callable, TypeVar

from flask import Flask, g

from kg.query import queries_dir
from kg.store import open_store
from kg.web.endpoint import Endpoint, Limits
from kg.web.policy import Policy

#: Where the endpoint of an app is kept (``current_endpoint()`` reads it).
EXTENSION_KEY = "kg.endpoint"

DEFAULTS = {
    "KG_STORE": None,
    "KG_STORE_LOCATION": None,
    "KG_QUERY_TIMEOUT": 30.0,
    "KG_MAX_ROWS": 10_000,
    "KG_QUERY_MEMORY": 1024 * 2**20,
    "KG_QUERY_CPU": None,
    "KG_QUERY_WORKERS": 4,
    "KG_QUERY_QUEUE": 16,
    "KG_PER_CLIENT": None,
    "KG_UPDATE_TOKEN": None,
    "KG_ENGINE": None,
    "KG_SERVICE_ALLOWLIST": (),
    "KG_ALLOW_LOAD": False,
    "KG_CORS_ORIGIN": None,
    "KG_ALLOWED_HOSTS": (),
    "KG_QUERIES_DIR": None,  # see default_queries_dir()
}

T = TypeVar("T")


def default_queries_dir() -> str:
    """queries/ of a source checkout, else where setup.cfg installs it (share/kg/queries)."""
    return str(queries_dir())


def limits_from(config) -> Limits:
    """The endpoint's limits from configuration values (ValueError when malformed)."""
    workers = int(config["KG_QUERY_WORKERS"])
    if workers < 0:
        raise ValueError("KG_QUERY_WORKERS must be 0 or more")
    memory = config["KG_QUERY_MEMORY"]
    per_client = config["KG_PER_CLIENT"]
    cpu = config["KG_QUERY_CPU"]
    return Limits(timeout=float(config["KG_QUERY_TIMEOUT"]),
                  cpu=float(cpu) if cpu else None,
                  max_rows=int(config["KG_MAX_ROWS"]),
                  memory=int(memory) if memory else None,
                  workers=workers or 4, keep=workers,
                  queue=int(config["KG_QUERY_QUEUE"]),
                  per_client=int(per_client) if per_client else None)


class SparqlEndpoint:
    """The SPARQL endpoint of a Flask app, set up from its ``KG_*`` configuration."""

    def __init__(self, app: Flask | None = None) -> None:
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        """Check the configuration, open the store if given a location, start the
        endpoint and register its teardowns. The store is closed again when the endpoint
        cannot start; once started, whoever runs the app closes it (``kg serve``)."""
        for key, value in DEFAULTS.items():
            app.config.setdefault(key, value)
        if not app.config["KG_QUERIES_DIR"]:
            app.config["KG_QUERIES_DIR"] = default_queries_dir()
        token = app.config["KG_UPDATE_TOKEN"]
        if token is not None and not token:
            raise ValueError("the update token must not be empty")
        limits = limits_from(app.config)  # checked before anything is opened
        policy = Policy(tuple(app.config["KG_SERVICE_ALLOWLIST"]),
                        bool(app.config["KG_ALLOW_LOAD"]))
        engine = app.config["KG_ENGINE"]
        store = engine.store if engine is not None else app.config["KG_STORE"]
        if engine is not None:
            engine.store.timeout = limits.timeout
        opened = store is None
        if opened:
            location = app.config["KG_STORE_LOCATION"]
            store = open_store(location, read_only=token is None and location != ":memory:")
        try:
            endpoint = Endpoint(store, policy_=policy, limits=limits, update_token=token,
                                cors=app.config["KG_CORS_ORIGIN"],
                                spawner=engine.spawner if engine is not None else None,
                                writer=engine)
        except BaseException:
            if opened:
                store.close()
            raise
        app.extensions[EXTENSION_KEY] = endpoint
        app.teardown_appcontext(close_request_resources)
        # a weak reference: an endpoint closed and dropped (tests make many) is not kept
        # alive until exit; one still running is, by its own loop thread
        atexit.register(_close_at_exit, weakref.ref(endpoint))


def request_resource(name: str, open_: Callable[[], T]) -> T:
    """A resource (anything with ``close()``) opened at most once per app context and
    closed when the context ends (e.g. the search page's index connection)."""
    resources = g.setdefault("kg_resources", {})
    if name not in resources:
        resources[name] = open_()
    return resources[name]


def close_request_resources(exc: BaseException | None = None) -> None:
    """Close what :func:`request_resource` opened in this app context."""
    for resource in g.pop("kg_resources", {}).values():
        resource.close()


def _close_at_exit(ref: weakref.ref) -> None:
    endpoint = ref()
    if endpoint is not None:
        endpoint.close()  # stops the query workers and the loop; a second close is a no-op
