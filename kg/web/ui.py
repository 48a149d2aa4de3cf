"""The web UI: a page for every kind of node, entity profiles, articles, search, the
query editor and the graph view. Server-rendered; the editor and the graph view add
JavaScript vendored from npm (kg/web/static/vendor/, built by frontend/), no CDN.

Routes live here; each kind of page is built in kg/web/pages/, from the SPARQL in
kg/web/queries/.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

import pyoxigraph as ox
from flask import (Blueprint, Response, abort, current_app, jsonify, redirect, render_template,
                   request, url_for)
from markupsafe import Markup

from kg.query import PAGE_SIZE, page_attempts, read_queries
from kg.vocab import sparql_prefixes
from kg.web import page_queries, policy, runner
from kg.web.endpoint import current_endpoint
from kg.web.pages import articles, entity as entity_pages, nodes, search as search_pages
from kg.web.pages.common import named, shown_date
from kg.web.results import BOOLEAN_FORMATS, FORMATS_BY_KIND, GRAPH_FORMATS, SOLUTION_FORMATS
from kg.web.terms import (ALL_PREFIXES, ENTITY_NS, compact, expand, fallback_label, href, quoted,
                          snippet_html, term_html, term_label)

bp = Blueprint("ui", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static")


# -- template filters ---------------------------------------------------------------------
@bp.app_template_filter("term")
def _term(term, label: str | None = None, labels: dict | None = None) -> Markup:
    return term_html(term, label, labels)


@bp.app_template_filter("compact")
def _compact(term) -> str:
    if isinstance(term, str):
        return compact(term)
    return compact(term.value) if isinstance(term, ox.NamedNode) else str(term)


@bp.app_template_filter("termlabel")
def _termlabel(term) -> str:
    return term_label(term.value if isinstance(term, ox.NamedNode) else str(term))


bp.add_app_template_filter(snippet_html, "snippet")
bp.add_app_template_filter(quoted, "quoted")


@bp.app_template_filter("shown_date")
def _shown_date(row: dict) -> str | None:
    """The ``?date`` of a row as precise as its ``?precision`` says."""
    date, precision = row.get("date"), row.get("precision")
    return shown_date(date.value if date else None, precision.value if precision else None)


# -- query page ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list]
    kind: str = "solutions"
    boolean: bool | None = None
    truncated: bool = False


@dataclass(frozen=True)
class Bar:
    label: str
    href: str | None
    value: float


def _run_for_page(text: str) -> tuple[Table | None, str | None]:
    """Run a query for the page: (table, None) or (None, error message).

    It goes through the endpoint like any protocol request: the same policy (decided in
    the confined worker, from the parsed query), limits and admission control."""
    endpoint = current_endpoint()
    formats = {"solutions": SOLUTION_FORMATS[0].key, "boolean": BOOLEAN_FORMATS[0].key,
               "graph": GRAPH_FORMATS[1].key}
    try:
        outcome = endpoint.call(endpoint.query(
            text, formats, base=request.url_root + "sparql",
            client=request.remote_addr or "local"))
    except policy.Refused as err:
        return None, f"Refused: {err}"
    except (policy.Unverifiable, runner.QuerySyntaxError) as err:
        return None, f"Syntax error: {err}"
    except runner.QueryTimeout as err:
        return None, (f"The query was stopped after the {endpoint.timeout:g} s time limit"
                      f"{err.aside}.")
    except runner.QueryFailed as err:
        return None, f"Evaluation failed: {err}"
    body = bytes(outcome.body)
    if outcome.kind == "boolean":
        value = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        return Table([], [], "boolean", boolean=bool(value)), None
    if outcome.kind == "graph":
        rows = [[t.subject, t.predicate, t.object]
                for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        return Table(["subject", "predicate", "object"], rows, "graph",
                     truncated=outcome.truncated), None
    solutions = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    columns = [v.value for v in solutions.variables]
    rows = [[s[c] for c in columns] for s in solutions]
    return Table(columns, rows, truncated=outcome.truncated), None


_NUMERIC = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in
            ("integer", "decimal", "double", "float", "long", "int")}


def chart_of(text: str, table: Table | None, labels: dict[str, str]) -> list[Bar]:
    """Bars for a GROUP BY count: one numeric column and a column naming each group."""
    if table is None or table.kind != "solutions" or not re.search(r"\bGROUP\s+BY\b", text, re.I):
        return []
    if not 2 <= len(table.rows) <= 60 or len(table.columns) < 2:
        return []
    numeric = [i for i in range(len(table.columns))
               if all(isinstance(r[i], ox.Literal) and r[i].datatype.value in _NUMERIC
                      for r in table.rows)]
    names = [i for i in range(len(table.columns)) if i not in numeric]
    if not numeric or not names:
        return []
    n, name = numeric[-1], names[0]
    bars = []
    for row in table.rows:
        term = row[name]
        if isinstance(term, ox.NamedNode):
            label, link = labels.get(term.value) or fallback_label(term.value), href(term.value)
        else:
            label, link = (term.value if term is not None else "(none)"), None
        bars.append(Bar(label, link, float(row[n].value)))
    return bars


def render_query_page(text: str, example_name: str | None = None, offset: int = 0):
    examples = read_queries(current_app.config["KG_QUERIES_DIR"])
    table, message, pages = None, None, {}
    if example_name:  # one page of it at a time (kg.query.page)
        chosen = next((e for e in examples if e.name == example_name), None)
        if chosen is None:
            abort(404, f"no example query named {example_name!r}")
        for text in page_attempts(chosen.text, PAGE_SIZE, offset):
            table, message = _run_for_page(text)
            if table is None or table.kind != "solutions" or len(table.rows) >= PAGE_SIZE:
                break
        if offset:
            pages["previous"] = url_for("ui.query", example=example_name,
                                        offset=max(0, offset - PAGE_SIZE) or None)
        if table is not None and len(table.rows) >= PAGE_SIZE:
            pages["next"] = url_for("ui.query", example=example_name, offset=offset + PAGE_SIZE)
    elif text.strip():
        table, message = _run_for_page(text)
    downloads = []
    labels: dict[str, str] = {}
    if table is not None and table.boolean is None:
        downloads = [(fmt.key, url_for("sparql.sparql") + "?" + urlencode(
            {"query": text, "format": fmt.key})) for fmt in FORMATS_BY_KIND[table.kind]]
        iris = [c.value for r in table.rows for c in r if isinstance(c, ox.NamedNode)]
        labels = page_queries.labels(list(dict.fromkeys(iris))[:1000]) if iris else {}
    status = 200 if message is None or not message.startswith("Syntax") else 400
    return render_template("query.html", query=text or _DEFAULT_QUERY, ran=bool(text.strip()),
                           table=table, message=message, examples=examples,
                           downloads=downloads, example_name=example_name, labels=labels,
                           chart=chart_of(text, table, labels), prefixes=ALL_PREFIXES,
                           pages=pages, first_row=offset + 1), status


_DEFAULT_QUERY = sparql_prefixes() + """SELECT ?type (COUNT(?entity) AS ?entities) WHERE {
  ?entity kg:mentionedIn ?article ; a ?type .
} GROUP BY ?type ORDER BY DESC(?entities)
"""


@bp.route("/query")
def query():
    return render_query_page(request.args.get("query", ""), request.args.get("example"),
                             max(0, request.args.get("offset", 0, type=int) or 0))


# -- home, articles -----------------------------------------------------------------------
@bp.route("/")
def index():
    if "query" in request.args or "example" in request.args:  # links made before /query
        return redirect(url_for("ui.query", **request.args.to_dict()))
    return articles.home()


@bp.route("/articles", endpoint="articles")
def articles_list():
    return articles.article_list()


@bp.route("/article/<local>")
def article(local: str):
    return articles.article(local)


@bp.route("/article/<local>/<kind>/<id>")
def node(local: str, kind: str, id: str):  # noqa: A002 - the URL's name
    return nodes.node_page(local, kind, id)


# -- entities ------------------------------------------------------------------------------
def _entity_iri(local: str) -> str:
    if not re.fullmatch(r"[\w-]+", local):
        abort(404, "no such entity")
    return ENTITY_NS + local


@bp.route("/entity/<local>")
def entity(local: str):
    return entity_pages.profile(_entity_iri(local))


@bp.route("/entity/<local>/graph")
def entity_graph(local: str):
    iri = _entity_iri(local)
    labels = page_queries.labels([iri])
    if iri not in labels:
        abort(404, "nothing is known about this entity")
    return render_template("graph.html", iri=iri, label=labels[iri],
                           data_href=url_for("ui.entity_graph_data", local=local),
                           profile_href=url_for("ui.entity", local=local))


@bp.route("/entity/<local>/graph.json")
def entity_graph_data(local: str):
    return jsonify(entity_pages.neighbourhood(_entity_iri(local)))


# -- vocabulary and anything else ------------------------------------------------------------
@bp.route("/term/<curie>")
def term(curie: str):
    iri = expand(curie)
    if iri is None:
        abort(404, f"unknown prefix in {curie!r}")
    return nodes.term_page(iri)


@bp.route("/term")
def term_iri():
    return nodes.term_page(named(request.args.get("iri", "")).value)


@bp.route("/resource")
def resource():
    iri = named(request.args.get("iri", "")).value
    if iri.startswith(ENTITY_NS):
        return redirect(url_for("ui.entity", local=iri[len(ENTITY_NS):]))
    return nodes.resource_page(iri)


# -- search ----------------------------------------------------------------------------------
@bp.route("/search")
def search():
    return search_pages.search_page()


@bp.app_errorhandler(404)
@bp.app_errorhandler(400)
@bp.app_errorhandler(500)
@bp.app_errorhandler(503)
def _page_error(err):
    if request.path.startswith(("/sparql", "/graph", "/health")):  # plain text there
        return Response(f"{err.description}\n", status=err.code, mimetype="text/plain")
    return render_template("error.html", error=err), err.code
