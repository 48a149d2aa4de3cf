"""The SPARQL 1.1 Protocol at /sparql for the Flask app: a thin adapter over
:mod:`kg.web.protocol` (``kg serve`` answers /sparql in its HTTP front without Flask)."""
from __future__ import annotations

from flask import Blueprint, Response, request

from kg.web import protocol
from kg.web.endpoint import current_endpoint
from kg.web.ui import render_query_page

bp = Blueprint("sparql", __name__)

#: Every method reaches the protocol code, which answers 405 in plain text.
METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"]


def protocol_request() -> protocol.Request:
    """The Flask request as the protocol code reads it."""
    return protocol.Request(
        method=request.method, args=tuple(request.args.items(multi=True)),
        headers={name.lower(): value for name, value in request.headers.items()},
        body=request.get_data(cache=True), endpoint_iri=request.base_url.rstrip("/"),
        client=request.remote_addr or "local")


def to_response(reply: protocol.Reply) -> Response:
    response = Response(bytes(reply.body), status=reply.status)
    for name, value in reply.headers:
        response.headers[name] = value
    return response


@bp.route("/sparql/", methods=METHODS)  # registered second: url_for gives /sparql
@bp.route("/sparql", methods=METHODS)
def sparql():
    endpoint = current_endpoint()
    reply = endpoint.call(protocol.handle(endpoint, protocol_request()))
    if isinstance(reply, protocol.Browser):
        return render_query_page(reply.query)
    return to_response(reply)
