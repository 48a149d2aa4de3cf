"""SPARQL 1.1 Graph Store HTTP Protocol at /graph: read always, write with the token."""
from __future__ import annotations

import uuid

import pyoxigraph as ox
from flask import Blueprint, Response, request

from kg import formats
from kg.vocab import ID
from kg.web import runner
from kg.web.endpoint import current_endpoint
from kg.web.negotiate import choose
from kg.web.results import GRAPH_FORMATS, ResultFormat
from kg.web.auth import check_update_token, error

bp = Blueprint("graph_store", __name__)


class _NewGraph:
    """POST without ?graph or ?default: the store names a new graph."""


NEW_GRAPH = _NewGraph()


def _target() -> ox.NamedNode | None | _NewGraph:
    """The named graph of ?graph=IRI, None for ?default (the merged graph of all
    article graphs), or
    NEW_GRAPH for a POST to the bare endpoint."""
    graphs = request.args.getlist("graph")
    if "default" in request.args:
        if graphs:
            raise ValueError("use either ?default or ?graph=IRI")
        return None
    if not graphs and request.method == "POST":
        return NEW_GRAPH
    if len(graphs) != 1:
        raise ValueError("name one graph: ?graph=IRI, or ?default")
    return ox.NamedNode(graphs[0])


@bp.route("/graph", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def graph():
    try:
        target = _target()
    except ValueError as err:
        return error(400, str(err))
    endpoint = current_endpoint()
    if request.method in ("GET", "HEAD"):
        if target is NEW_GRAPH:
            return error(400, "name one graph: ?graph=IRI, or ?default")
        return _read(endpoint, target)
    denied = check_update_token(endpoint.update_token)
    if denied is not None:
        return denied
    if target is None:
        return error(400, "writes need ?graph=IRI: the default graph is the merge of all "
                          "article graphs, kept by the store")
    if target is NEW_GRAPH:
        target = ox.NamedNode(f"{ID}graph/{uuid.uuid4().hex}")
        response = _write(endpoint, target)
        if response.status_code == 201:
            response.headers["Location"] = target.value
        return response
    return _write(endpoint, target)


def _read(endpoint, target):
    fmt: ResultFormat | None = choose("graph", request.accept_mimetypes,
                                      request.args.get("format"))
    if fmt is None:
        return error(406, "ask for one of " + ", ".join(f.media_type for f in GRAPH_FORMATS))
    if target is not None and not endpoint.store.has_graph(target.value):
        return error(404, f"no graph <{target.value}> in this store")
    if target is None:
        sparql, kwargs = "CONSTRUCT WHERE { ?s ?p ?o }", {"use_default_graph_as_union": True}
    else:
        # str(NamedNode) is a checked <IRI>: safe to put in the text
        sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {target} {{ ?s ?p ?o }} }}"
        kwargs = {"use_default_graph_as_union": False}
    try:
        outcome = endpoint.run(sparql, lambda kind: fmt, kwargs)
    except runner.QueryTimeout:
        return error(503, f"stopped after the {endpoint.timeout:g} s time limit")
    except (runner.QueryFailed, runner.QuerySyntaxError) as err:
        return error(500, str(err))
    body = outcome.body
    if fmt.kind == formats.DATASET and fmt.key != "jsonld" and target is not None:
        body = _into_graph(body, fmt, target)
    headers = {"Vary": "Accept"}
    if outcome.truncated:
        headers["KG-Results-Truncated"] = str(outcome.rows)
    return Response(body, content_type=fmt.media_type, headers=headers)


def _into_graph(body: bytes, fmt: ResultFormat, graph: ox.NamedNode) -> bytes:
    """Put the triples of a CONSTRUCT back into their named graph for TriG/N-Quads."""
    quads = [ox.Quad(q.subject, q.predicate, q.object, graph)
             for q in ox.parse(body, format=fmt.ox_format)]
    return formats.write_rdf(quads, fmt)


class _Unsupported(ValueError):
    """A body in a format the graph store does not read."""


def _parse(data: bytes, media_type: str, base: str) -> list[ox.Triple]:
    fmt = formats.by_media_type(media_type, formats.GRAPH) if media_type else None
    if fmt is None or fmt.ox_format is None:
        readable = ", ".join(f.label for f in formats.select(formats.GRAPH) if f.oxigraph)
        raise _Unsupported(f"send one of {readable}, not {media_type or 'nothing'}")
    return [ox.Triple(t.subject, t.predicate, t.object)
            for t in ox.parse(data, format=fmt.ox_format, base_iri=base)]


def _body_triples(target: ox.NamedNode) -> list[ox.Triple]:
    """The request's RDF: one document, or every file of a multipart/form-data POST."""
    if request.mimetype == "multipart/form-data":
        if request.method != "POST":
            raise _Unsupported("multipart/form-data only with POST")
        triples: list[ox.Triple] = []
        for part in request.files.values():
            triples += _parse(part.read(), part.mimetype, target.value)
        return triples
    return _parse(request.get_data(cache=False), request.mimetype, target.value)


def _write(endpoint, target: ox.NamedNode):
    """PUT replaces the graph, POST adds to it, DELETE drops it (one transaction each)."""
    store = endpoint.store
    graph = str(target)  # <iri>, checked by ox.NamedNode
    if request.method == "DELETE":
        with endpoint.update_lock:
            if not store.has_graph(target.value):
                return error(404, f"no graph {graph} in this store")
            store.remove_graphs([target.value])
            endpoint.note_write()
        return Response(status=204)
    try:
        triples = _body_triples(target)
    except _Unsupported as err:
        return error(415, str(err))
    except SyntaxError as err:
        return error(400, f"cannot parse the body: {err}")
    with endpoint.update_lock:
        existed = store.has_graph(target.value)
        if request.method == "PUT":
            store.replace_graph(target.value, triples)
        else:
            store.add_to_graph(target.value, triples)
        endpoint.note_write()
        if hasattr(store, "flush"):
            store.flush()
    return Response(status=204 if existed else 201)
