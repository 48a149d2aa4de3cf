"""The SPARQL endpoint and web UI: ``create_app(test_config)`` builds the Flask app.

The endpoint is a Flask extension (:class:`kg.web.extension.SparqlEndpoint`, whose
docstring lists the ``KG_*`` configuration keys); the app adds the protocol and UI
blueprints, CORS, the Host check and plain-text errors. ``MAX_CONTENT_LENGTH`` caps a
request body (1 MiB).
"""
from __future__ import annotations

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from kg.web import graph_store, health, runner, sparql, ui
from kg.web.admission import Busy
from kg.web.extension import DEFAULTS, SparqlEndpoint, default_queries_dir, limits_from
from kg.web.protocol import host_allowed

__all__ = ["DEFAULTS", "SparqlEndpoint", "create_app", "default_queries_dir", "host_allowed",
           "limits_from"]

CORS_PATHS = ("/sparql", "/graph")
PROTOCOL_PATHS = ("/sparql", "/graph", "/health")
MAX_CONTENT_LENGTH = 1024 * 1024


def create_app(test_config: dict | None = None) -> Flask:
    """The Flask app over one store; ``test_config`` overrides the defaults."""
    app = Flask(__name__)
    app.config.from_mapping(MAX_CONTENT_LENGTH=MAX_CONTENT_LENGTH)
    if test_config:
        app.config.from_mapping(test_config)
    SparqlEndpoint(app)
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
