"""Plain-text error answers and the update token check, shared by the protocol endpoints."""
from __future__ import annotations

import hmac

from flask import Response, request


def error(status: int, message: str, headers: dict | None = None) -> Response:
    """A plain-text answer: what SPARQL clients show their users as is."""
    return Response(message.rstrip("\n") + "\n", status=status, headers=headers,
                    mimetype="text/plain")


def check_update_token(token: str | None) -> Response | None:
    """None when the request may write, else the 401/403 answer (constant-time compare)."""
    if token is None:
        return error(403, "this endpoint is read-only (start it with --update-token to "
                          "allow SPARQL Update and graph writes)")
    header = request.headers.get("Authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             token.encode()):
        return error(401, "writes need 'Authorization: Bearer <token>'",
                     {"WWW-Authenticate": 'Bearer realm="kg"'})
    return None
