"""The SPARQL endpoint and web UI: ``create_app(test_config)`` builds the Flask app.

Configuration keys (``test_config`` or ``kg serve`` options):

``KG_STORE``            a store object (e.g. ``open_store(":memory:")``), or
``KG_STORE_LOCATION``   a location for :func:`kg.store.open_store`
``KG_QUERY_TIMEOUT``    seconds before a query's process is killed (30)
``KG_MAX_ROWS``         rows (or triples) a result keeps at most (10000)
``KG_UPDATE_TOKEN``     Bearer token that enables SPARQL Update and Graph Store writes
``KG_SERVICE_ALLOWLIST``SERVICE endpoints queries may call (none)
``KG_ALLOW_LOAD``       allow SPARQL LOAD (False)
``KG_CORS_ORIGIN``      value of Access-Control-Allow-Origin (no CORS headers when unset)
``KG_QUERIES_DIR``      folder of example ``.rq`` queries for the UI
``KG_QUERY_WORKERS``    query processes kept between queries for a store on disk (4; 0:
                        a new process for every query)
``MAX_CONTENT_LENGTH``  request body cap in bytes (1 MiB)
"""
from __future__ import annotations

from flask import Flask, Response, request

from kg.query import queries_dir
from kg.web.endpoint import Endpoint
from kg.web.policy import Policy
from kg.web.pool import WorkerPool, store_directory

DEFAULTS = {
    "KG_STORE": None,
    "KG_STORE_LOCATION": None,
    "KG_QUERY_TIMEOUT": 30.0,
    "KG_MAX_ROWS": 10_000,
    "KG_UPDATE_TOKEN": None,
    "KG_SERVICE_ALLOWLIST": (),
    "KG_ALLOW_LOAD": False,
    "KG_CORS_ORIGIN": None,
    "KG_QUERIES_DIR": None,  # see default_queries_dir()
    "KG_QUERY_WORKERS": 4,
    "MAX_CONTENT_LENGTH": 1024 * 1024,
}

CORS_PATHS = ("/sparql", "/graph")


def default_queries_dir() -> str:
    """queries/ of a source checkout, else where setup.cfg installs it (share/kg/queries)."""
    return str(queries_dir())


def create_app(test_config: dict | None = None) -> Flask:
    """The Flask app over one store; ``test_config`` overrides :data:`DEFAULTS`."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    if test_config:
        app.config.from_mapping(test_config)
    if not app.config["KG_QUERIES_DIR"]:
        app.config["KG_QUERIES_DIR"] = default_queries_dir()
    token = app.config["KG_UPDATE_TOKEN"]
    if token is not None and not token:
        raise ValueError("the update token must not be empty")
    store = app.config["KG_STORE"]
    opened = store is None
    if opened:  # closed by whoever runs the app (kg serve), or below if we cannot start
        from kg.store import open_store

        store = open_store(app.config["KG_STORE_LOCATION"],
                           read_only=token is None
                           and app.config["KG_STORE_LOCATION"] != ":memory:")
    try:
        directory = store_directory(store)
        workers = int(app.config["KG_QUERY_WORKERS"])
        app.extensions["kg.endpoint"] = Endpoint(
            store=store,
            policy=Policy(tuple(app.config["KG_SERVICE_ALLOWLIST"]),
                          bool(app.config["KG_ALLOW_LOAD"])),
            timeout=float(app.config["KG_QUERY_TIMEOUT"]),
            max_rows=int(app.config["KG_MAX_ROWS"]),
            update_token=token,
            # On disk, always through the pool: its probe guards against RocksDB's fork
            # hazard.
            pool=WorkerPool(store, directory, workers) if directory else None,
        )
    except BaseException:  # e.g. a bad KG_QUERY_WORKERS: release what we opened
        if opened:
            store.close()
        raise

    from kg.web import graph_store, health, sparql, ui

    app.register_blueprint(sparql.bp)
    app.register_blueprint(graph_store.bp)
    app.register_blueprint(ui.bp)
    app.register_blueprint(health.bp)
    _cors(app, app.config["KG_CORS_ORIGIN"])
    return app


def _cors(app: Flask, origin: str | None) -> None:
    """CORS on the protocol endpoints only, for the one configured origin (or '*')."""
    if not origin:
        return

    @app.before_request
    def _preflight():
        if request.method == "OPTIONS" and request.path.rstrip("/") in CORS_PATHS:
            return Response(status=204)
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        if request.path.rstrip("/") in CORS_PATHS:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Authorization, Content-Type"
            response.headers["Access-Control-Expose-Headers"] = "KG-Results-Truncated"
            if origin != "*":
                response.vary.add("Origin")
        return response
