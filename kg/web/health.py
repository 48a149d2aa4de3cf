"""/health: is the server up and can it read its store."""
from __future__ import annotations

from flask import Blueprint, jsonify

from kg.web import runner
from kg.web.endpoint import current_endpoint

bp = Blueprint("health", __name__)


@bp.route("/health")
def health():
    endpoint = current_endpoint()
    try:
        rows = endpoint.select("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g {} }",
                               use_default_graph_as_union=False)
    except (runner.QueryTimeout, runner.QueryFailed) as err:
        return jsonify(status="error", error=str(err) or type(err).__name__), 503
    graphs = int(rows[0]["n"].value) if rows else 0
    return jsonify(status="ok", graphs=graphs, read_only=endpoint.update_token is None,
                   timeout=endpoint.timeout, max_rows=endpoint.max_rows)
