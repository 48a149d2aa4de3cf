"""The SPARQL endpoint and web UI: ``create_app(test_config)`` builds the Flask app.

Configuration keys (``test_config`` or ``kg serve`` options):

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
``MAX_CONTENT_LENGTH``   request body cap in bytes (1 MiB)
"""
from __future__ import annotations

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from kg.query import queries_dir
from kg.web.admission import Busy
from kg.web.endpoint import Endpoint, Limits
from kg.web.policy import Policy

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
    "MAX_CONTENT_LENGTH": 1024 * 1024,
}

CORS_PATHS = ("/sparql", "/graph")
PROTOCOL_PATHS = ("/sparql", "/graph", "/health")


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
    limits = limits_from(app.config)  # checked before anything is opened
    policy = Policy(tuple(app.config["KG_SERVICE_ALLOWLIST"]), bool(app.config["KG_ALLOW_LOAD"]))
    engine = app.config["KG_ENGINE"]
    store = engine.store if engine is not None else app.config["KG_STORE"]
    if engine is not None:
        engine.store.timeout = limits.timeout
    opened = store is None
    if opened:  # closed by whoever runs the app (kg serve), or below if we cannot start
        from kg.store import open_store

        store = open_store(app.config["KG_STORE_LOCATION"],
                           read_only=token is None
                           and app.config["KG_STORE_LOCATION"] != ":memory:")
    try:
        app.extensions["kg.endpoint"] = Endpoint(
            store, policy_=policy, limits=limits, update_token=token,
            cors=app.config["KG_CORS_ORIGIN"],
            spawner=engine.spawner if engine is not None else None,
            writer=engine if engine is not None else None)
    except BaseException:
        if opened:
            store.close()
        raise

    from kg.web import graph_store, health, sparql, ui

    app.register_blueprint(sparql.bp)
    app.register_blueprint(graph_store.bp)
    app.register_blueprint(ui.bp)
    app.register_blueprint(health.bp)
    _cors(app, app.config["KG_CORS_ORIGIN"])
    _hosts(app, tuple(app.config["KG_ALLOWED_HOSTS"]))
    _errors(app)
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
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization"
        return response


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    """Is the Host header one of ``allowed`` (names, with or without a port)?"""
    if not allowed:
        return True
    host = host.strip().lower()
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return host in allowed or name.strip("[]") in allowed or name in allowed


def _hosts(app: Flask, allowed: tuple[str, ...]) -> None:
    """Refuse requests for other host names (a DNS rebinding page would send its own)."""
    if not allowed:
        return
    allowed = tuple(h.lower() for h in allowed)

    @app.before_request
    def _check_host():
        if not host_allowed(request.host, allowed):
            return Response(f"host {request.host!r} is not served here\n", status=400,
                            mimetype="text/plain")
        return None


def _errors(app: Flask) -> None:
    """Plain-text errors on the protocol paths; Busy is a 503 with Retry-After."""
    from kg.web import runner

    @app.errorhandler(Busy)
    def _busy(err: Busy):
        return Response(f"{err}\n", status=503, mimetype="text/plain",
                        headers={"Retry-After": str(err.retry_after)})

    @app.errorhandler(runner.QueryTimeout)
    def _timeout(err: runner.QueryTimeout):
        return Response("stopped at the time limit; nothing was written\n", status=503,
                        mimetype="text/plain", headers={"Retry-After": "1"})

    @app.errorhandler(runner.QueryFailed)
    def _failed(err: runner.QueryFailed):
        return Response(f"a query of this page failed: {err}\n", status=500,
                        mimetype="text/plain")

    @app.errorhandler(405)
    def _not_allowed(err: HTTPException):
        response = Response(f"{request.method} is not allowed on {request.path}\n",
                            status=405, mimetype="text/plain")
        allowed = err.get_response().headers.get("Allow")
        if allowed:
            response.headers["Allow"] = allowed
        return response
