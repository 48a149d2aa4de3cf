"""The SPARQL 1.1 Protocol at /sparql, independent of any web framework.

Both the HTTP front (:mod:`kg.web.front`, the fast path of ``kg serve``) and the Flask
view (:mod:`kg.web.sparql`, used by the Flask app and its test client) turn an HTTP
request into a :class:`Request` and send back the :class:`Reply` of :func:`handle`. A
browser asking for HTML gets :class:`Browser` instead: the caller renders the query
page.
"""
from __future__ import annotations

import codecs
import hmac
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl

import pyoxigraph as ox
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header, parse_options_header

from kg import formats
from kg.web import policy, runner
from kg.web.admission import Busy
from kg.web.negotiate import UnknownFormat, check_format_param, choose, wants_html
from kg.web.results import FORMATS_BY_KIND, GRAPH_FORMATS, write_graph

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"
SD = "http://www.w3.org/ns/sparql-service-description#"
KINDS = ("solutions", "boolean", "graph")
_ALL_MEDIA = tuple(f.media_type for fs in FORMATS_BY_KIND.values() for f in fs)


@dataclass(frozen=True)
class Request:
    method: str
    args: tuple[tuple[str, str], ...]  # the query string
    headers: dict  # lower-case names
    body: bytes
    endpoint_iri: str  # this endpoint's URL as the client addressed it
    client: str  # the client's address (admission control counts per client)


@dataclass(frozen=True)
class Reply:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes | memoryview = b""


@dataclass(frozen=True)
class Browser:
    """Render the query page for this (possibly empty) query text."""

    query: str


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


def error(status: int, message: str, headers: dict | None = None) -> Reply:
    """A plain-text answer: what SPARQL clients show their users as is."""
    return Reply(status, (("Content-Type", "text/plain; charset=utf-8"),
                          *(headers or {}).items()),
                 (message.rstrip("\n") + "\n").encode("utf-8"))


# -- request parsing ----------------------------------------------------------------
def _charset(content_type: str) -> tuple[str, str]:
    """(media type, charset) of a Content-Type; the charset checked to exist and to be
    ASCII-compatible (else a 415)."""
    media, options = parse_options_header(content_type)
    charset = (options.get("charset") or "utf-8").strip().lower()
    try:
        codecs.lookup(charset)
        ascii_compatible = "q=%&".encode(charset) == b"q=%&"
    except (LookupError, UnicodeError):
        ascii_compatible = False
    if not ascii_compatible:
        raise ProtocolError(415, f"charset {charset} not supported: send UTF-8 "
                                 "(or another ASCII-compatible charset)")
    return media.lower(), charset


def _decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(charset)
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"the body is not valid {charset}: {err}") from None


def _form(body: bytes, charset: str) -> list[tuple[str, str]]:
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError:
        raise ProtocolError(400, "a form body must be percent-encoded ASCII") from None
    try:
        return parse_qsl(text, keep_blank_values=True, encoding=charset, errors="strict")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"the form is not valid {charset}: {err}") from None


@dataclass(frozen=True)
class Operation:
    kind: str  # query | update | none
    text: str | None
    params: dict  # name -> list of values (query string, plus form fields)


def read_operation(req: Request) -> Operation:
    """What the request asks, as the protocol defines GET and the three POST forms."""
    params: dict[str, list[str]] = {}
    for name, value in req.args:
        params.setdefault(name, []).append(value)
    if req.method in ("GET", "HEAD"):
        update, query = _one(params, "update"), _one(params, "query")
        if update is not None:
            raise ProtocolError(405 if query is None else 400,
                                "SPARQL Update must be sent with POST", {"Allow": "POST"})
        return Operation("query" if query is not None else "none", query, params)
    if req.method != "POST":
        raise ProtocolError(405, f"{req.method} is not allowed here: use GET or POST",
                            {"Allow": "GET, HEAD, POST"})
    content_type = req.headers.get("content-type", "")
    if not content_type:
        raise ProtocolError(415, f"POST a body of type {FORM}, {QUERY_TYPE} or "
                                 f"{UPDATE_TYPE} (no Content-Type was sent)")
    media, charset = _charset(content_type)
    if media == FORM:
        for name, value in _form(req.body, charset):
            params.setdefault(name, []).append(value)
        query, update = _one(params, "query"), _one(params, "update")
        if query is not None and update is not None:
            raise ProtocolError(400, "send either 'query' or 'update', not both")
        if query is not None:
            return Operation("query", query, params)
        if update is not None:
            return Operation("update", update, params)
        raise ProtocolError(400, "a form POST needs a 'query' or an 'update' parameter")
    if media == QUERY_TYPE:
        return Operation("query", _decode(req.body, charset), params)
    if media == UPDATE_TYPE:
        return Operation("update", _decode(req.body, charset), params)
    raise ProtocolError(415, f"POST a body of type {FORM}, {QUERY_TYPE} or {UPDATE_TYPE}, "
                             f"not {media}")


def _one(params: dict, name: str) -> str | None:
    values = params.get(name, ())
    if len(values) > 1:
        raise ProtocolError(400, f"more than one '{name}' parameter")
    return values[0] if values else None


def _format(params: dict) -> str | None:
    """The ``format=`` parameter. Clients may repeat it under several names for one format
    (SPARQLWrapper sends ``format=tsv&format=text/tab-separated-values``, and media type
    lists such as ``application/ld+json,application/x-json+ld``): the names this endpoint
    knows must agree; one that names nothing is ignored while another is known."""
    values = params.get("format", ())
    if len(values) < 2:
        return values[0] if values else None
    picks = {kind: {choose(kind, MIMEAccept(), v) for v in values} - {None}
             for kind in FORMATS_BY_KIND}
    if any(len(p) > 1 for p in picks.values()):
        raise ProtocolError(400, "'format' parameters name different formats: "
                                 + ", ".join(values))
    known = [v for v in values if any(choose(k, MIMEAccept(), v) for k in FORMATS_BY_KIND)]
    return (known or values)[0]


def _iris(params: dict, name: str) -> tuple[str, ...]:
    values = tuple(params.get(name, ()))
    for value in values:
        try:
            ox.NamedNode(value)
        except ValueError as err:
            raise ProtocolError(400, f"{name}: {err}") from None
    return values


@lru_cache(maxsize=512)
def _accept(header: str) -> MIMEAccept:
    return parse_accept_header(header, MIMEAccept) if header else MIMEAccept()


def formats_for(accept: str, fmt: str) -> tuple[tuple[str, str | None], ...]:
    """(kind, format key or None) for each kind, from the Accept header and ``format=``."""
    # the table is part of the key: a row added or removed (kg.formats.TABLE is the one
    # place formats live) must not be answered from a choice made before
    return _formats_for(accept, fmt, id(formats.TABLE))


@lru_cache(maxsize=512)
def _formats_for(accept: str, fmt: str, _table: int) -> tuple[tuple[str, str | None], ...]:
    parsed = _accept(accept)
    return tuple((kind, (c.key if (c := choose(kind, parsed, fmt or None)) else None))
                 for kind in KINDS)


@lru_cache(maxsize=512)
def _wants_html(accept: str) -> bool:
    return wants_html(_accept(accept), list(_ALL_MEDIA))


# -- the endpoint ---------------------------------------------------------------------
async def handle(endpoint, req: Request) -> Reply | Browser:
    """Answer one request to /sparql."""
    try:
        reply = await _handle(endpoint, req)
    except ProtocolError as err:
        reply = error(err.status, str(err), err.headers)
    if endpoint.cors and isinstance(reply, Reply):
        reply = Reply(reply.status, reply.headers + (
            ("Access-Control-Allow-Origin", endpoint.cors),
            ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
            ("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")),
            reply.body)
    return reply


async def _handle(endpoint, req: Request) -> Reply | Browser:
    op = read_operation(req)
    fmt = _format(op.params)
    try:
        check_format_param(fmt)
    except UnknownFormat as err:
        return error(400, str(err))
    if op.kind == "update":
        return await run_update(endpoint, req, op)
    accept = req.headers.get("accept", "")
    if not fmt and _wants_html(accept):
        return Browser(op.text or "")
    if op.kind == "none":
        return service_description(endpoint, req, accept, fmt)
    return await run_query(endpoint, req, op, accept, fmt)


async def run_query(endpoint, req: Request, op: Operation, accept: str,
                    fmt: str | None) -> Reply:
    formats = dict(formats_for(accept, fmt or ""))
    try:
        outcome = await endpoint.query(
            op.text, formats, base=req.endpoint_iri, client=req.client,
            default_graphs=_iris(op.params, "default-graph-uri"),
            named_graphs=_iris(op.params, "named-graph-uri"))
    except policy.Refused as err:
        return error(403, str(err))
    except policy.Unverifiable as err:
        return error(400, str(err))
    except runner.QuerySyntaxError as err:
        return error(400, f"Query syntax error: {err}")
    except runner.NotAcceptable as err:
        offered = ", ".join(f.media_type for f in FORMATS_BY_KIND[err.kind])
        return error(406, f"cannot give a {err.kind} result in the requested format; "
                          f"available: {offered}")
    except Busy as err:
        return error(503, str(err), {"Retry-After": str(err.retry_after)})
    except runner.QueryTimeout as err:
        return error(503, f"query stopped after the {endpoint.timeout:g} s time limit"
                          f"{err.aside}", {"Retry-After": "1"})
    except runner.QueryFailed as err:
        return error(500, f"Query evaluation failed: {err}")
    headers = [("Content-Type", _media(outcome.format.media_type)), ("Vary", "Accept")]
    if outcome.truncated:
        headers.append(("KG-Results-Truncated", str(outcome.rows)))
    return Reply(200, tuple(headers), outcome.body)


def _media(media: str) -> str:
    if media.startswith("text/") or media.endswith(("+xml", "+json", "json", "xml")):
        return media + "; charset=utf-8"
    return media


def host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    """Is the Host header one of ``allowed`` (names, with or without a port)?"""
    if not allowed:
        return True
    host = host.strip().lower()
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return host in allowed or name.strip("[]") in allowed or name in allowed



# -- updates -----------------------------------------------------------------------------
def authorise(token: str | None, authorization: str | None) -> Reply | None:
    """None when the request may write, else the 401/403 answer (constant-time compare)."""
    if token is None:
        return error(403, "this endpoint is read-only (start it with --update-token to "
                          "allow SPARQL Update and graph writes)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             token.encode()):
        return error(401, "writes need 'Authorization: Bearer <token>'",
                     {"WWW-Authenticate": 'Bearer realm="kg"'})
    return None


async def run_update(endpoint, req: Request, op: Operation) -> Reply:
    denied = authorise(endpoint.update_token, req.headers.get("authorization"))
    if denied is not None:
        return denied
    try:
        await endpoint.update(op.text, base=req.endpoint_iri, client=req.client,
                              using=_iris(op.params, "using-graph-uri"),
                              using_named=_iris(op.params, "using-named-graph-uri"))
    except policy.Refused as err:
        return error(403, str(err))
    except (policy.Unverifiable, policy.Conflict) as err:
        return error(400, str(err))
    except runner.QuerySyntaxError as err:
        return error(400, f"Update syntax error: {err}")
    except Busy as err:
        return error(503, str(err), {"Retry-After": str(err.retry_after)})
    except runner.QueryTimeout:
        return error(503, f"update stopped after the {endpoint.timeout:g} s time limit; "
                          "nothing was written", {"Retry-After": "1"})
    except runner.QueryFailed as err:
        return error(500, f"Update failed: {err}")
    except (OSError, ValueError, RuntimeError) as err:
        return error(500, f"Update failed: {err}")
    return Reply(204, ())


# -- service description -------------------------------------------------------------
def service_description(endpoint, req: Request, accept: str, fmt: str | None) -> Reply:
    target = choose("graph", _accept(accept), fmt)
    if target is None:
        return error(406, "the service description is RDF: ask for one of "
                          + ", ".join(f.media_type for f in GRAPH_FORMATS))
    sd = ox.NamedNode
    service = ox.BlankNode()
    rdf_type = sd("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [ox.Triple(service, rdf_type, sd(SD + "Service")),
               ox.Triple(service, sd(SD + "endpoint"), sd(req.endpoint_iri)),
               ox.Triple(service, sd(SD + "supportedLanguage"), sd(SD + "SPARQL11Query")),
               ox.Triple(service, sd(SD + "feature"), sd(SD + "UnionDefaultGraph"))]
    if endpoint.policy.service_allowlist:
        triples.append(ox.Triple(service, sd(SD + "feature"), sd(SD + "BasicFederatedQuery")))
    if endpoint.update_token is not None:
        triples.append(ox.Triple(service, sd(SD + "supportedLanguage"),
                                 sd(SD + "SPARQL11Update")))
    for fmt_ in FORMATS_BY_KIND["solutions"] + GRAPH_FORMATS:  # names from kg.formats
        if fmt_.sd_iri:
            triples.append(ox.Triple(service, sd(SD + "resultFormat"), sd(fmt_.sd_iri)))
    return Reply(200, (("Content-Type", target.media_type), ("Vary", "Accept")),
                 write_graph(triples, target.key))

