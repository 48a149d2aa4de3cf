"""Plain-text error answers and the update token check, for the Flask views."""
from __future__ import annotations

from flask import Response, request

from kg.web import protocol


def error(status: int, message: str, headers: dict | None = None) -> Response:
    """A plain-text answer: what SPARQL clients show their users as is."""
    return Response(message.rstrip("\n") + "\n", status=status, headers=headers,
                    mimetype="text/plain")


def check_update_token(token: str | None) -> Response | None:
    """None when the request may write, else the 401/403 answer (constant-time compare)."""
    denied = protocol.authorise(token, request.headers.get("Authorization"))
    if denied is None:
        return None
    response = Response(bytes(denied.body), status=denied.status)
    for name, value in denied.headers:
        response.headers[name] = value
    return response
