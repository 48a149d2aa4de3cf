"""Server-rendered pages: query, entity, article, search. No JavaScript, no CDN."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import pyoxigraph as ox
from flask import Blueprint, abort, current_app, render_template, request, url_for
from markupsafe import Markup, escape

from kg.query import PAGE_SIZE, page_attempts, read_queries
from kg.vocab import ID, PREFIXES, sparql_prefixes
from kg.web import policy, runner
from kg.web.endpoint import current_endpoint
from kg.web.results import BOOLEAN_FORMATS, GRAPH_FORMATS, SOLUTION_FORMATS

bp = Blueprint("ui", __name__, template_folder="templates", static_folder="static",
               static_url_path="/static")

ENTITY_NS = f"{ID}entity/"
ARTICLE_NS = f"{ID}article/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_COMPACT = sorted({**PREFIXES, "rdf": RDF}.items(), key=lambda kv: -len(kv[1]))
WIKIDATA_PAGE = "https://www.wikidata.org/wiki/"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
#: datatypes shown without their ^^type: the value speaks for itself
_PLAIN_TYPES = {"string", "integer", "decimal", "double", "float", "boolean", "date", "dateTime"}


# -- terms in HTML ---------------------------------------------------------------------
def compact(iri: str) -> str:
    for prefix, ns in _COMPACT:
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def local_href(iri: str) -> str | None:
    """The UI page of a node of this graph, if it has one."""
    if iri.startswith(ENTITY_NS):
        return url_for("ui.entity", local=iri[len(ENTITY_NS):])
    if iri.startswith(ARTICLE_NS):
        article, _, rest = iri[len(ARTICLE_NS):].partition("/")
        href = url_for("ui.article", local=article)
        return href + (f"#{rest.replace('/', '-')}" if rest else "")
    return None


@bp.app_template_filter("term")
def term_html(term, label: str | None = None) -> Markup:
    if term is None:
        return Markup("")
    if isinstance(term, ox.NamedNode):
        text = label or compact(term.value)
        if term.value.startswith(WIKIDATA_ENTITY):
            return Markup('<a class="wikidata" href="{}" rel="external">{}</a>').format(
                WIKIDATA_PAGE + term.value[len(WIKIDATA_ENTITY):], text)
        href = local_href(term.value) or url_for("ui.resource", iri=term.value)
        return Markup('<a href="{}" title="{}">{}</a>').format(href, term.value, text)
    if isinstance(term, ox.BlankNode):
        return Markup("<span class=bnode>_:{}</span>").format(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Markup('{}<small class=lang>@{}</small>').format(term.value, term.language)
        dt = term.datatype.value
        if dt.startswith(_XSD) and dt[len(_XSD):] in _PLAIN_TYPES:
            return Markup('<span class="{}">{}</span>').format(dt[len(_XSD):], term.value)
        return Markup('{}<small class=dt>^^{}</small>').format(term.value, compact(dt))
    return Markup("{}").format(str(term))


@bp.app_template_filter("compact")
def compact_filter(term) -> str:
    if isinstance(term, str):
        return compact(term)
    return compact(term.value) if isinstance(term, ox.NamedNode) else str(term)


# -- query page --------------------------------------------------------------------
@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list]
    kind: str = "solutions"
    boolean: bool | None = None
    truncated: bool = False


def _run_for_page(text: str) -> tuple[Table | None, str | None]:
    """Run a query for the page: (table, None) or (None, error message)."""
    endpoint = current_endpoint()
    analysis = policy.analyse(text)
    try:
        endpoint.policy.check(analysis, endpoint.store.has_graph)
    except policy.Refused as err:
        return None, f"Refused: {err}"
    kwargs = {"use_default_graph_as_union": not analysis.has_dataset_clause,
              "base_iri": request.url_root + "sparql"}
    formats = {"solutions": SOLUTION_FORMATS[0], "boolean": BOOLEAN_FORMATS[0],
               "graph": GRAPH_FORMATS[1]}
    try:
        outcome = endpoint.run(text, formats.get, kwargs)
    except runner.QuerySyntaxError as err:
        return None, f"Syntax error: {err}"
    except runner.QueryTimeout:
        return None, f"The query was stopped after the {endpoint.timeout:g} s time limit."
    except runner.QueryFailed as err:
        return None, f"Evaluation failed: {err}"
    if outcome.kind == "boolean":
        value = ox.parse_query_results(outcome.body, ox.QueryResultsFormat.JSON)
        return Table([], [], "boolean", boolean=bool(value)), None
    if outcome.kind == "graph":
        rows = [[t.subject, t.predicate, t.object]
                for t in ox.parse(outcome.body, format=ox.RdfFormat.N_TRIPLES)]
        return Table(["subject", "predicate", "object"], rows, "graph",
                     truncated=outcome.truncated), None
    solutions = ox.parse_query_results(outcome.body, ox.QueryResultsFormat.JSON)
    columns = [v.value for v in solutions.variables]
    rows = [[s[c] for c in columns] for s in solutions]
    return Table(columns, rows, truncated=outcome.truncated), None


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
            pages["previous"] = url_for("ui.index", example=example_name,
                                        offset=max(0, offset - PAGE_SIZE) or None)
        if table is not None and len(table.rows) >= PAGE_SIZE:
            pages["next"] = url_for("ui.index", example=example_name, offset=offset + PAGE_SIZE)
    elif text.strip():
        table, message = _run_for_page(text)
    downloads = []
    if table is not None and table.boolean is None:
        keys = ((("turtle", "Turtle"), ("ntriples", "N-Triples"), ("jsonld", "JSON-LD"))
                if table.kind == "graph" else (("csv", "CSV"), ("tsv", "TSV"), ("json", "JSON")))
        downloads = [(label, url_for("sparql.sparql") + "?" + urlencode(
            {"query": text, "format": key})) for key, label in keys]
    status = 200 if message is None or not message.startswith("Syntax") else 400
    return render_template("query.html", query=text or _DEFAULT_QUERY, ran=bool(text.strip()),
                           table=table, message=message, examples=examples,
                           downloads=downloads, example_name=example_name,
                           pages=pages, first_row=offset + 1), status


_DEFAULT_QUERY = sparql_prefixes() + """SELECT ?entity ?type ?label WHERE {
  ?entity a ?type ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
} LIMIT 50
"""


@bp.route("/")
def index():
    return render_query_page(request.args.get("query", ""), request.args.get("example"),
                             max(0, request.args.get("offset", 0, type=int) or 0))


# -- entity page ----------------------------------------------------------------------
# An entity many articles name (a country, a head of state) has thousands of statements:
# each list of its page is one bounded page (the newest articles, the first statements),
# so the page costs the same whichever entity it shows.
_ENTITY_INFO = sparql_prefixes() + """
SELECT DISTINCT ?key ?value ?extra WHERE {
  { $e a ?value BIND("type" AS ?key) }
  UNION { $e rdfs:label ?value BIND("label" AS ?key) }
  UNION { $e kg:alias ?value BIND("alias" AS ?key) }
  UNION { $e owl:sameAs ?value BIND("sameAs" AS ?key) }
  UNION { $e kg:wikidataScore ?value BIND("score" AS ?key) }
  UNION {
    { SELECT ?value WHERE { $e kg:mentionedIn ?value } LIMIT 50 }
    BIND("article" AS ?key)
    OPTIONAL { GRAPH ?value { ?value schema:headline ?headline } }
    OPTIONAL { GRAPH ?value { ?value kg:sourceLocation ?source } }
    BIND(COALESCE(?headline, ?source) AS ?extra)
  }
}"""

_ENTITY_FACTS = sparql_prefixes() + """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?fact ?s ?p ?o ?otext ?lemma ?conf ?polarity ?modality ?sentence ?article ?headline
       ?slabel ?olabel
WHERE {
  { SELECT DISTINCT ?fact WHERE { { ?fact rdf:subject $e } UNION { ?fact rdf:object $e } }
    LIMIT 100 }
  ?fact kg:inArticle ?article .
  GRAPH ?article { ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p . }
  OPTIONAL { GRAPH ?article { ?s rdfs:label ?slabel } }
  OPTIONAL { GRAPH ?article { ?fact rdf:object ?o } }
  OPTIONAL { GRAPH ?article { ?fact rdf:object/(rdfs:label|kg:trigger) ?olabel } }
  OPTIONAL { GRAPH ?article { ?fact kg:objectText ?otext } }
  OPTIONAL { GRAPH ?article { ?fact kg:lemma ?lemma } }
  OPTIONAL { GRAPH ?article { ?fact kg:confidence ?conf } }
  OPTIONAL { GRAPH ?article { ?fact kg:polarity ?polarity } }
  OPTIONAL { GRAPH ?article { ?fact kg:modality ?modality } }
  OPTIONAL { GRAPH ?article { ?fact kg:evidence/kg:text ?sentence } }
  OPTIONAL { GRAPH ?article { ?article schema:headline ?headline } }
}
ORDER BY ?article ?fact
"""

_ENTITY_CONTEXT = sparql_prefixes() + """
SELECT ?node ?kind ?role ?sentence ?article ?headline WHERE {
  { SELECT DISTINCT ?node ?role WHERE {
      VALUES ?role { kg:agent kg:patient kg:location kg:origin kg:destination kg:participant
                     kg:eventObject kg:speaker kg:addressee kg:holder kg:organization }
      ?node ?role $e }
    LIMIT 100 }
  ?node kg:inArticle ?article .
  GRAPH ?article { ?node kg:evidence ?ev . ?ev kg:text ?sentence . }
  OPTIONAL { GRAPH ?article { ?node a ?kind FILTER(?kind != kg:Event) } }
  OPTIONAL { GRAPH ?article { ?article schema:headline ?headline } }
} ORDER BY ?article ?node
"""

_ENTITY_TRIPLES = """
SELECT ?dir ?p ?other ?g WHERE {
  { { SELECT ?p ?other ?g WHERE { GRAPH ?g { $e ?p ?other } } LIMIT 200 } BIND("out" AS ?dir) }
  UNION
  { { SELECT ?p ?other ?g WHERE { GRAPH ?g { ?other ?p $e } } LIMIT 200 } BIND("in" AS ?dir) }
} ORDER BY ?dir ?p ?other
"""


def _entity_page(iri: str):
    endpoint = current_endpoint()
    node = ox.NamedNode(iri)
    subs = {"bind": {"$e": node}}
    try:
        info = endpoint.select(_ENTITY_INFO, **subs)
        if not info:
            abort(404, f"nothing is known about <{iri}>")
        facts = endpoint.select(_ENTITY_FACTS, **subs)
        context = endpoint.select(_ENTITY_CONTEXT, use_default_graph_as_union=False, **subs)
        triples = endpoint.select(_ENTITY_TRIPLES, use_default_graph_as_union=False, **subs)
    except runner.QueryTimeout:
        abort(503, "the page's queries ran past the time limit")
    grouped: dict[str, list] = {}
    headlines: dict[str, str] = {}
    for row in info:
        grouped.setdefault(row["key"].value, []).append(row["value"])
        if "extra" in row:
            headlines[row["value"].value] = row["extra"].value
    wikidata = [(v, WIKIDATA_PAGE + v.value.rsplit("/", 1)[-1]) for v in grouped.get("sameAs", [])
                if isinstance(v, ox.NamedNode) and "wikidata.org/entity/" in v.value]
    labels = grouped.get("label", [])
    return render_template(
        "entity.html", iri=iri, label=labels[0].value if labels else compact(iri),
        labels=labels, types=grouped.get("type", []), aliases=grouped.get("alias", []),
        same_as=grouped.get("sameAs", []), wikidata=wikidata, score=grouped.get("score"),
        articles=sorted(set(grouped.get("article", [])), key=lambda a: headlines.get(a.value, "")),
        headlines=headlines, facts=facts, context=context, triples=triples)


@bp.route("/entity/<path:local>")
def entity(local: str):
    return _entity_page(ENTITY_NS + local)


@bp.route("/resource")
def resource():
    iri = request.args.get("iri", "")
    try:
        ox.NamedNode(iri)
    except ValueError:
        abort(400, "?iri= must be an absolute IRI")
    return _entity_page(iri)


# -- article page ---------------------------------------------------------------------
_ARTICLE_INFO = sparql_prefixes() + """
SELECT ?p ?v WHERE { VALUES ?a { $a } GRAPH ?a { ?a ?p ?v } }"""

# OPTIONAL parts stand outside the GRAPH block, one pattern each with its own GRAPH ?a:
# Oxigraph then joins them on the article's bindings instead of reading every graph.
_ARTICLE_MENTIONS = sparql_prefixes() + """
SELECT ?m ?start ?end ?entity (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) WHERE {
  VALUES ?a { $a }
  GRAPH ?a { ?m a kg:Mention ; kg:refersTo ?entity ; kg:startChar ?start ; kg:endChar ?end . }
  OPTIONAL { GRAPH ?a { ?entity rdfs:label ?l } }
  OPTIONAL { GRAPH ?a { ?entity a ?t } }
} GROUP BY ?m ?start ?end ?entity ORDER BY ?start"""

_ARTICLE_FACTS = sparql_prefixes() + """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?fact ?s ?p ?o ?otext ?start ?end ?conf ?polarity ?modality ?sentence
       (SAMPLE(?sl) AS ?slabel) (SAMPLE(?ol) AS ?olabel) WHERE {
  VALUES ?a { $a }
  GRAPH ?a { ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p . }
  OPTIONAL { GRAPH ?a { ?fact kg:startChar ?start } }
  OPTIONAL { GRAPH ?a { ?fact kg:endChar ?end } }
  OPTIONAL { GRAPH ?a { ?fact rdf:object ?o } }
  OPTIONAL { GRAPH ?a { ?fact rdf:object/(rdfs:label|kg:trigger) ?ol } }
  OPTIONAL { GRAPH ?a { ?fact kg:objectText ?otext } }
  OPTIONAL { GRAPH ?a { ?fact kg:confidence ?conf } }
  OPTIONAL { GRAPH ?a { ?fact kg:polarity ?polarity } }
  OPTIONAL { GRAPH ?a { ?fact kg:modality ?modality } }
  OPTIONAL { GRAPH ?a { ?fact kg:evidence/kg:text ?sentence } }
  OPTIONAL { GRAPH ?a { ?s rdfs:label ?sl } }
} GROUP BY ?fact ?s ?p ?o ?otext ?start ?end ?conf ?polarity ?modality ?sentence
ORDER BY ?start"""


_ARTICLE_EVENTS = sparql_prefixes() + """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?event ?kind ?trigger ?start ?end ?sentence ?polarity ?modality ?role ?value
       (SAMPLE(?vl) AS ?valueLabel) WHERE {
  VALUES ?a { $a }
  GRAPH ?a { ?event a kg:Event ; kg:trigger ?trigger . }
  OPTIONAL { GRAPH ?a { ?event a ?kind FILTER(?kind != kg:Event) } }
  OPTIONAL { GRAPH ?a { ?event kg:startChar ?start } }
  OPTIONAL { GRAPH ?a { ?event kg:endChar ?end } }
  OPTIONAL { GRAPH ?a { ?event kg:evidence/kg:text ?sentence } }
  OPTIONAL { GRAPH ?a { ?event kg:polarity ?polarity } }
  OPTIONAL { GRAPH ?a { ?event kg:modality ?modality } }
  OPTIONAL {
    GRAPH ?a {
      VALUES ?role { kg:agent kg:patient kg:location kg:origin kg:destination
                     kg:participant kg:addressee kg:eventObject }
      ?event ?role ?value
    }
  }
  # a nested OPTIONAL would read every graph; a placeholder IRI keeps this one bound
  BIND(COALESCE(?value, rdf:nil) AS ?v)
  OPTIONAL { GRAPH ?a { ?v rdfs:label|kg:trigger ?vl } }
} GROUP BY ?event ?kind ?trigger ?start ?end ?sentence ?polarity ?modality ?role ?value
ORDER BY ?start ?event ?role"""


@dataclass(frozen=True)
class Event:
    """An event of the article page with its arguments (role, value, label)."""

    node: object
    anchor: str
    kind: object
    trigger: str
    sentence: str
    flags: tuple[str, ...]
    arguments: tuple


def _events(rows: list[dict]) -> list[Event]:
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["event"].value, []).append(row)
    events = []
    for iri, group in grouped.items():
        first = group[0]
        flags = tuple(first[k].value for k in ("polarity", "modality") if k in first
                      and first[k].value not in ("positive", "asserted"))
        arguments = tuple((r["role"], r["value"], r["valueLabel"].value if "valueLabel" in r
                           else None) for r in group if "role" in r)
        events.append(Event(first["event"], iri.rsplit("/", 2)[-2] + "-" + iri.rsplit("/", 1)[-1],
                            first.get("kind"), first["trigger"].value,
                            first["sentence"].value if "sentence" in first else "", flags,
                            arguments))
    return events


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # "mention" | "fact"
    href: str | None = None
    css: str = ""
    title: str = ""
    anchor: str = ""


def _int(term) -> int | None:
    try:
        return int(term.value)
    except (AttributeError, ValueError):
        return None


def highlight(text: str, spans: list[Span]) -> Markup:
    """The text as HTML with facts marked and mentions linked; bad offsets are skipped.

    Spans may overlap (a fact contains its mentions), so the text is cut at every span
    boundary and each piece is wrapped by the spans that cover it.
    """
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    anchored: set[str] = set()
    for start, end in zip(cuts, cuts[1:]):
        piece = str(escape(text[start:end]))
        covering = [s for s in spans if s.start <= start and end <= s.end]
        mention = min((s for s in covering if s.kind == "mention"),
                      key=lambda s: s.end - s.start, default=None)
        if mention is not None:
            piece = str(Markup('<a class="mention {}" href="{}" title="{}">').format(
                mention.css, mention.href or "#", mention.title)) + piece + "</a>"
        for fact in (s for s in covering if s.kind == "fact"):
            anchor = ""
            if fact.anchor and fact.anchor not in anchored:
                anchored.add(fact.anchor)
                anchor = str(Markup(' id="{}"').format(fact.anchor))
            piece = str(Markup('<mark class="fact"{} title="{}">').format(
                Markup(anchor), fact.title)) + piece + "</mark>"
        out.append(piece)
    return Markup("".join(out))


@bp.route("/article/<local>")
def article(local: str):
    endpoint = current_endpoint()
    iri = ARTICLE_NS + local
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        abort(400, "not an article id")
    subs = {"bind": {"$a": node}, "use_default_graph_as_union": False}
    try:
        info = endpoint.select(_ARTICLE_INFO, **subs)
        if not info:
            abort(404, f"no article <{iri}> in this store")
        mentions = endpoint.select(_ARTICLE_MENTIONS, **subs)
        facts = endpoint.select(_ARTICLE_FACTS, **subs)
        events = _events(endpoint.select(_ARTICLE_EVENTS, **subs))
    except runner.QueryTimeout:
        abort(503, "the page's queries ran past the time limit")
    props: dict[str, list] = {}
    for row in info:
        props.setdefault(row["p"].value, []).append(row["v"])
    kg_ns = PREFIXES["kg"]
    text_terms = props.get(kg_ns + "text", [])
    text = text_terms[0].value if text_terms else ""
    spans = []
    for row in mentions:
        entity_iri = row["entity"].value
        type_ = compact(row["type"].value).split(":")[-1] if "type" in row else ""
        spans.append(Span(_int(row["start"]) or 0, _int(row["end"]) or 0, "mention",
                          local_href(entity_iri) or url_for("ui.resource", iri=entity_iri),
                          f"type-{type_}", row["label"].value if "label" in row else ""))
    for n, row in enumerate(facts):
        start, end = _int(row.get("start")), _int(row.get("end"))
        if start is None or end is None:
            continue
        title = " ".join(x for x in (
            row["slabel"].value if "slabel" in row else compact(row["s"].value),
            compact(row["p"].value),
            row["olabel"].value if "olabel" in row else
            row["otext"].value if "otext" in row else "") if x)
        spans.append(Span(start, end, "fact", title=title, anchor=f"fact-{n}"))
    # an article without a headline is named by where it came from, not by its hash
    title = next((v.value for v in props.get("https://schema.org/headline", [])
                  + props.get(kg_ns + "sourceLocation", [])), local)
    return render_template("article.html", iri=iri, title=title, props=props,
                           text_html=highlight(text, spans), facts=facts, events=events,
                           mentions=mentions, kg=kg_ns)


# -- search -----------------------------------------------------------------------------
# The first 100 entities whose name contains the text (no text index: a rare word reads
# every name once, a common one stops early), most named first.
_SEARCH = sparql_prefixes() + """
SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?a) AS ?articles)
WHERE {
  { SELECT DISTINCT ?e WHERE {
      ?e rdfs:label|kg:alias ?name .
      FILTER(CONTAINS(LCASE(STR(?name)), LCASE($q)))
    } LIMIT 100 }
  OPTIONAL { ?e rdfs:label ?l }
  OPTIONAL { ?e a ?t }
  OPTIONAL { ?e kg:mentionedIn ?a }
} GROUP BY ?e ORDER BY DESC(?articles) ?label"""


@bp.route("/search")
def search():
    q = request.args.get("q", "").strip()
    hits = []
    if q:
        try:
            hits = current_endpoint().select(_SEARCH,
                                             bind={"$q": ox.Literal(q)})
        except runner.QueryTimeout:
            abort(503, "the search ran past the time limit")
    return render_template("search.html", q=q, hits=hits)


@bp.app_errorhandler(404)
@bp.app_errorhandler(400)
@bp.app_errorhandler(503)
def _page_error(err):
    if request.path.startswith(("/sparql", "/graph", "/health")):
        return err  # the protocol endpoints answer in plain text
    return render_template("error.html", error=err), err.code
