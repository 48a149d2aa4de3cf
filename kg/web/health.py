"""/health: is the server up; answered without a query or a worker."""
from __future__ import annotations

from flask import Blueprint, jsonify

from kg.web.endpoint import current_endpoint

bp = Blueprint("health", __name__)


@bp.route("/health")
def health():
    return jsonify(current_endpoint().health(wait=2.0))
