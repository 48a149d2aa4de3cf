"""The SPARQL 1.1 Protocol at /sparql: query, update, service description."""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, request

from kg.store import StoreError
from kg.web import policy, runner
from kg.web.auth import check_update_token, error
from kg.web.endpoint import chooser, current_endpoint
from kg.web.negotiate import UnknownFormat, check_format_param, choose, wants_html
from kg.web.results import FORMATS_BY_KIND, GRAPH_FORMATS, write_graph

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
SD = "http://www.w3.org/ns/sparql-service-description#"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


@bp.errorhandler(ProtocolError)
def _protocol_error(err: ProtocolError):
    return error(err.status, str(err), err.headers)


# -- request parsing ---------------------------------------------------------------
def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"more than one '{name}' parameter")
    return values[0] if values else None


def _direct_body() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"charset {charset} not supported: send UTF-8")
    try:
        return request.get_data(cache=False).decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"the body is not valid UTF-8: {err}") from None


def read_operation() -> tuple[str, str | None]:
    """('query'|'update'|'none', text) from a GET or POST as the protocol defines them."""
    if request.method in ("GET", "HEAD"):
        update = _one(request.args.getlist("update"), "update")
        query = _one(request.args.getlist("query"), "query")
        if update is not None:
            raise ProtocolError(405 if query is None else 400,
                                "SPARQL Update must be sent with POST", {"Allow": "POST"})
        return ("query", query) if query is not None else ("none", None)
    mimetype = request.mimetype
    if mimetype == FORM:
        query = _one(request.form.getlist("query"), "query")
        update = _one(request.form.getlist("update"), "update")
        if query is not None and update is not None:
            raise ProtocolError(400, "send either 'query' or 'update', not both")
        if query is not None:
            return "query", query
        if update is not None:
            return "update", update
        raise ProtocolError(400, "a form POST needs a 'query' or an 'update' parameter")
    if mimetype == QUERY_TYPE:
        return "query", _direct_body()
    if mimetype == UPDATE_TYPE:
        return "update", _direct_body()
    raise ProtocolError(415, f"POST a body of type {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}"
                        + (f", not {mimetype}" if mimetype else " (no Content-Type was sent)"))


def _iris(name: str) -> list[ox.NamedNode]:
    try:
        return [ox.NamedNode(v) for v in request.values.getlist(name)]
    except ValueError as err:
        raise ProtocolError(400, f"{name}: {err}") from None


def _endpoint_iri() -> str:
    return request.base_url


# -- the endpoint --------------------------------------------------------------------
@bp.route("/sparql/", methods=["GET", "POST"])  # registered second: url_for gives /sparql
@bp.route("/sparql", methods=["GET", "POST"])
def sparql():
    kind, text = read_operation()
    fmt = request.values.get("format")
    try:
        check_format_param(fmt)
    except UnknownFormat as err:
        return error(400, str(err))
    if kind == "update":
        return run_update(text)
    all_media = [f.media_type for fs in FORMATS_BY_KIND.values() for f in fs]
    if not fmt and wants_html(request.accept_mimetypes, all_media):
        from kg.web.ui import render_query_page

        return render_query_page(text or "")
    if kind == "none":
        return service_description(fmt)
    return run_query(text, fmt)


def query_kwargs(text: str, analysis: policy.Analysis) -> dict:
    """The dataset of the query: protocol parameters, else FROM, else the union graph."""
    default_graphs, named_graphs = _iris("default-graph-uri"), _iris("named-graph-uri")
    kwargs: dict = {"base_iri": _endpoint_iri()}
    if default_graphs or named_graphs:  # the protocol dataset overrides FROM/FROM NAMED
        kwargs.update(use_default_graph_as_union=False, default_graph=default_graphs,
                      named_graphs=named_graphs)
    elif analysis.has_dataset_clause:
        kwargs["use_default_graph_as_union"] = False
    return kwargs


def run_query(text: str, fmt: str | None):
    endpoint = current_endpoint()
    analysis = policy.analyse(text)
    has_protocol_dataset = bool(request.values.getlist("default-graph-uri")
                                or request.values.getlist("named-graph-uri"))
    try:
        endpoint.policy.check(
            analysis if not has_protocol_dataset
            else policy.Analysis(services=analysis.services, loads=analysis.loads),
            endpoint.store.has_graph)
    except policy.Refused as err:
        return error(403, str(err))
    kwargs = query_kwargs(text, analysis)
    try:
        outcome = endpoint.run(text, chooser(request.accept_mimetypes, fmt), kwargs)
    except runner.QuerySyntaxError as err:
        return error(400, f"Query syntax error: {err}")
    except runner.NotAcceptable as err:
        offered = ", ".join(f.media_type for f in FORMATS_BY_KIND[err.kind])
        return error(406, f"cannot give a {err.kind} result in the requested format; "
                          f"available: {offered}")
    except runner.QueryTimeout:
        return error(503, f"query stopped after the {endpoint.timeout:g} s time limit",
                     {"Retry-After": "1"})
    except runner.QueryFailed as err:
        current_app.logger.warning("query failed: %s", err)
        return error(500, f"Query evaluation failed: {err}")
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers["KG-Results-Truncated"] = str(outcome.rows)
    media = outcome.format.media_type
    if media.startswith("text/") or media.endswith(("+xml", "+json", "json", "xml")):
        media += "; charset=utf-8"
    return Response(outcome.body, headers=headers, content_type=media)


# -- updates -------------------------------------------------------------------------
def run_update(text: str):
    endpoint = current_endpoint()
    denied = check_update_token(endpoint.update_token)
    if denied is not None:
        return denied
    analysis = policy.analyse(text)
    try:
        endpoint.policy.check(policy.Analysis(services=analysis.services, loads=analysis.loads),
                              endpoint.store.has_graph)
        update = policy.add_using(text, analysis, request.values.getlist("using-graph-uri"),
                                  request.values.getlist("using-named-graph-uri"))
    except policy.Refused as err:
        return error(403, str(err))
    except ValueError as err:  # Conflict or a malformed IRI parameter
        return error(400, str(err))
    # Updates run in this process (a killed child could not write); they need the token.
    with endpoint.update_lock:
        try:
            endpoint.store.update(f"BASE <{_endpoint_iri()}>\n{update}")
        except SyntaxError as err:
            return error(400, f"Update syntax error: {err}")
        except (OSError, ValueError, RuntimeError, StoreError) as err:
            return error(500, f"Update failed: {err}")
        finally:
            endpoint.note_write()
        if hasattr(endpoint.store, "flush"):
            endpoint.store.flush()
    return Response(status=204)


# -- service description -------------------------------------------------------------
def service_description(fmt: str | None):
    endpoint = current_endpoint()
    target = choose("graph", request.accept_mimetypes, fmt)
    if target is None:
        return error(406, "the service description is RDF: ask for one of "
                          + ", ".join(f.media_type for f in GRAPH_FORMATS))
    sd = ox.NamedNode
    service = ox.BlankNode()
    rdf_type = sd("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [ox.Triple(service, rdf_type, sd(SD + "Service")),
               ox.Triple(service, sd(SD + "endpoint"), sd(_endpoint_iri())),
               ox.Triple(service, sd(SD + "supportedLanguage"), sd(SD + "SPARQL11Query")),
               ox.Triple(service, sd(SD + "feature"), sd(SD + "UnionDefaultGraph")),
               ox.Triple(service, sd(SD + "feature"), sd(SD + "BasicFederatedQuery"))
               if endpoint.policy.service_allowlist else None]
    if endpoint.update_token is not None:
        triples.append(ox.Triple(service, sd(SD + "supportedLanguage"),
                                 sd(SD + "SPARQL11Update")))
    for fmt_ in FORMATS_BY_KIND["solutions"] + GRAPH_FORMATS:  # names from kg.formats
        triples.append(ox.Triple(service, sd(SD + "resultFormat"), sd(fmt_.sd_iri)))
    body = write_graph([t for t in triples if t is not None], target.key)
    return Response(body, content_type=target.media_type, headers={"Vary": "Accept"})

