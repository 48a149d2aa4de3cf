"""The W3C SPARQL 1.1 query, result-format and update test suites, run against the
engine the endpoint serves with (pyoxigraph), through the endpoint's own query runner
and result serializers (forked evaluation, JSON/CSV/TSV writers).

The known failures are listed below with the reason; any other failure fails the test,
and so does a known failure that starts passing (so the list stays true).
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from decimal import Decimal
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.web import policy, runner, worker
from kg.web.results import GRAPH_FORMATS, SOLUTION_FORMATS
from w3ctools import (MF, QT, SKIP_REASON, UT, entries, includes, parse_manifest, uri_path,
                      w3c_dir)

W3C = w3c_dir()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(W3C is None, reason=SKIP_REASON)]
RS = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")
DAWGT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")

#: manifest/name -> why pyoxigraph 0.5 does not pass it (measured; all are engine
#: behaviour, none comes from the endpoint's runner or serializers).
KNOWN_FAILURES: dict[str, str] = {
    "aggregates/agg-groupconcat-04": "GROUP_CONCAT keeps a shared language tag (\"1 2\"@en)",
    "aggregates/agg-groupconcat-06": "GROUP_CONCAT keeps the language tag of a single element",
    "aggregates/agg-empty-group-count-graph": "unapproved later test: sub-SELECT COUNT "
                                              "inside GRAPH ?g is not evaluated per graph",
    "bindings/graph": "unapproved later test: VALUES inside GRAPH binding the graph variable",
    "functions/bnode01": "BNODE(str) returns the same blank node across solutions",
    "negation/graph-minus": "unapproved later test: GRAPH variable and MINUS disjointness",
    "property-path/zero_or_more_set_start": "unapproved later test: zero-length path from a "
                                            "constant on an empty dataset",
    "property-path/zero_or_more_set_end": "same, other end",
    "property-path/zero_or_one_set_start": "same, ? path",
    "property-path/zero_or_one_set_end": "same, ? path, other end",
    "csv-tsv-res/csv03": "literals are canonicalised on load (\"1.0e6\"^^xsd:double is "
                         "written 1000000)",
    "csv-tsv-res/tsv03": "literals are canonicalised on load (xsd:negativeInteger becomes "
                         "xsd:integer)",
}

RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
               ".rdf": ox.RdfFormat.RDF_XML, ".trig": ox.RdfFormat.TRIG,
               ".nq": ox.RdfFormat.N_QUADS}
RESULT_FORMATS = {".srx": ox.QueryResultsFormat.XML, ".srj": ox.QueryResultsFormat.JSON,
                  ".tsv": ox.QueryResultsFormat.TSV}
FORMATS = {"solutions": SOLUTION_FORMATS[0], "boolean": SOLUTION_FORMATS[0],
           "graph": GRAPH_FORMATS[1]}  # JSON results, N-Triples graphs


@dataclass(frozen=True)
class Case:
    manifest: str
    name: str
    kind: str  # local name of the test class
    node: object
    graph: rdflib.Graph


def collect(top: str) -> list[Case]:
    cases: list[Case] = []
    graph, uri = parse_manifest(W3C / top)
    for sub in includes(graph, uri):
        g, u = parse_manifest(sub)
        for entry in entries(g, u):
            kind = str(g.value(entry, rdflib.RDF.type)).rsplit("#", 1)[-1]
            if g.value(entry, DAWGT.approval) == DAWGT.Withdrawn:
                continue
            cases.append(Case(sub.parent.name, str(entry).rsplit("#", 1)[-1], kind, entry, g))
    return cases


# -- loading and comparing ---------------------------------------------------------------
def load(store: ox.Store, uri, graph: ox.NamedNode | None = None) -> None:
    path = uri_path(uri)
    kwargs = {"to_graph": graph} if graph is not None else {}
    store.load(path=str(path), format=RDF_FORMATS[path.suffix], base_iri=str(uri), **kwargs)


def dataset(default_files, named_files) -> ox.Store:
    """A fresh store of a test's data: files into the default graph, and (file, graph
    IRI) pairs into named graphs."""
    store = ox.Store()
    for data in default_files:
        load(store, data)
    for data, name in named_files:
        load(store, data, ox.NamedNode(str(name)))
    return store


def to_ox(term):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def rdf_result_set(path: Path, uri) -> tuple[list[str], list[dict]] | bool:
    """A result set written in the RDF result-set vocabulary (older tests)."""
    g = rdflib.Graph().parse(path, publicID=str(uri))
    rs = next(g.subjects(rdflib.RDF.type, RS.ResultSet))
    boolean = g.value(rs, RS.boolean)
    if boolean is not None:
        return boolean.toPython()
    variables = [str(v) for v in g.objects(rs, RS.resultVariable)]
    rows = []
    for solution in g.objects(rs, RS.solution):
        rows.append({str(g.value(b, RS.variable)): to_ox(g.value(b, RS.value))
                     for b in g.objects(solution, RS.binding)})
    return variables, rows


XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {XSD + "integer": int, XSD + "decimal": Decimal, XSD + "double": float,
            XSD + "float": float}


def value_key(term):
    """Numbers compare by value within their datatype ("1.0"^^xsd:decimal = "1"^^xsd:decimal),
    as the W3C results are written with non-canonical lexical forms."""
    if isinstance(term, ox.Literal) and term.datatype.value == XSD + "boolean":
        return ("boolean", term.value in ("true", "1"))
    if isinstance(term, ox.Literal) and term.datatype.value in _NUMERIC:
        try:
            number = _NUMERIC[term.datatype.value](term.value)
        except (ValueError, ArithmeticError):
            return term
        return ("number", term.datatype.value, number)
    return term


def _normalise(rows: list[dict]) -> list[dict]:
    return [{k: value_key(v) for k, v in row.items()} for row in rows]


def _match_row(a: dict, b: dict, mapping: dict) -> dict | None:
    if a.keys() != b.keys():
        return None
    mapping = dict(mapping)
    for var, term in a.items():
        other = b[var]
        if isinstance(term, ox.BlankNode) and isinstance(other, ox.BlankNode):
            if mapping.get(term.value, other.value) != other.value:
                return None
            if term.value not in mapping and other.value in mapping.values():
                return None
            mapping[term.value] = other.value
        elif term != other:
            return None
    return mapping


def same_solutions(got: list[dict], want: list[dict], ordered: bool) -> bool:
    if len(got) != len(want):
        return False
    got, want = _normalise(got), _normalise(want)
    has_bnodes = any(isinstance(t, ox.BlankNode) for row in got + want for t in row.values())
    if not has_bnodes:
        if ordered:
            return got == want
        return Counter(frozenset(r.items()) for r in got) == Counter(
            frozenset(r.items()) for r in want)

    def search(i: int, used: frozenset, mapping: dict) -> bool:
        if i == len(got):
            return True
        candidates = [i] if ordered else range(len(want))
        for j in candidates:
            if j in used:
                continue
            m = _match_row(got[i], want[j], mapping)
            if m is not None and search(i + 1, used | {j}, m):
                return True
        return False

    return search(0, frozenset(), {})


def rows_of(solutions) -> list[dict]:
    variables = [v.value for v in solutions.variables]
    return [{v: s[v] for v in variables if s[v] is not None} for s in solutions]


def csv_table(text: str) -> Counter:
    """A CSV result as a multiset of rows keyed by column name; blank node labels are
    the engine's choice, so only their position is compared."""
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    return Counter(frozenset((h, "_:" if v.startswith("_:") else v) for h, v in zip(header, r))
                   for r in body)


def graph_of(ntriples: bytes) -> rdflib.Graph:
    return rdflib.Graph().parse(data=ntriples.decode("utf-8"), format="nt")


def expected_graph(uri) -> rdflib.Graph:
    path = uri_path(uri)
    fmt = {".ttl": "turtle", ".nt": "nt", ".rdf": "xml"}[path.suffix]
    return rdflib.Graph().parse(path, format=fmt, publicID=str(uri))


def has_order_by(query: str) -> bool:
    return policy.has_order_by(query)


# -- running one case ----------------------------------------------------------------
def run_query_case(case: Case) -> str | None:
    g, action = case.graph, case.graph.value(case.node, MF.action)
    query_uri = g.value(action, QT.query)
    query = uri_path(query_uri).read_text(encoding="utf-8")
    store = dataset(g.objects(action, QT.data),
                    ((data, data) for data in g.objects(action, QT.graphData)))
    result_uri = g.value(case.node, MF.result)
    formats = dict(FORMATS)
    csv_test = result_uri is not None and str(result_uri).endswith(".csv")
    if csv_test:
        formats["solutions"] = SOLUTION_FORMATS[2]
    try:
        job = runner.Job("query", query, {k: f.key for k, f in formats.items()},
                         max_rows=1_000_000, kwargs={"base_iri": str(query_uri)})
        outcome = runner.outcome(*worker.run_once(store, job, timeout=30))
    except runner.QuerySyntaxError as err:
        return f"syntax error: {str(err)[:200]}"
    except (runner.QueryFailed, runner.QueryTimeout) as err:
        return f"{type(err).__name__}: {str(err)[:200]}"
    path = uri_path(result_uri)
    if csv_test:
        got, want = csv_table(outcome.body.decode("utf-8")), csv_table(
            path.read_text(encoding="utf-8"))
        return None if got == want else f"CSV differs: {got} != {want}"
    if outcome.kind == "graph":
        ok = isomorphic(graph_of(outcome.body), expected_graph(result_uri))
        return None if ok else "graph differs"
    answer = ox.parse_query_results(outcome.body, ox.QueryResultsFormat.JSON)
    if path.suffix in RESULT_FORMATS:
        expected = ox.parse_query_results(path=str(path), format=RESULT_FORMATS[path.suffix])
        if isinstance(expected, ox.QueryBoolean):
            expected = bool(expected)
        else:
            expected = ([v.value for v in expected.variables], rows_of(expected))
    else:
        expected = rdf_result_set(path, result_uri)
    if isinstance(expected, bool):
        return None if bool(answer) is expected else f"boolean {bool(answer)}"
    if isinstance(answer, ox.QueryBoolean):
        return "boolean answer, solutions expected"
    got_rows = rows_of(answer)
    ordered = has_order_by(query) and path.suffix in RESULT_FORMATS
    if not same_solutions(got_rows, expected[1], ordered):
        return f"solutions differ: got {got_rows[:5]} want {expected[1][:5]}"
    return None


def run_syntax_case(case: Case, positive: bool, update: bool) -> str | None:
    g = case.graph
    action = g.value(case.node, MF.action)
    text = uri_path(action).read_text(encoding="utf-8", errors="replace")
    try:
        if update:
            ox.Store().update(text, base_iri=str(action))
        else:
            # parsing happens before evaluation; the store is empty, so this is quick
            list_or_bool = ox.Store().query(text, base_iri=str(action))
            if not isinstance(list_or_bool, ox.QueryBoolean):
                list(list_or_bool)
    except SyntaxError as err:
        return None if not positive else f"rejected: {str(err)[:200]}"
    except (OSError, RuntimeError, ValueError) as err:
        return None if positive else f"accepted, then failed: {err}"
    return None if positive else "accepted"


def run_update_case(case: Case) -> str | None:
    g = case.graph
    action = g.value(case.node, MF.action)
    request = g.value(action, UT.request)
    text = uri_path(request).read_text(encoding="utf-8")
    store = dataset(g.objects(action, UT.data),
                    ((g.value(gd, UT.graph), g.value(gd, rdflib.RDFS.label))
                     for gd in g.objects(action, UT.graphData)))
    try:
        store.update(text, base_iri=str(request))
    except SyntaxError as err:
        return f"syntax error: {str(err)[:200]}"
    except (OSError, RuntimeError, ValueError) as err:
        return f"update failed: {err}"
    result = g.value(case.node, MF.result)
    want_default = rdflib.Graph()
    for data in g.objects(result, UT.data):
        want_default += expected_graph(data)
    want_named = {}
    for gd in g.objects(result, UT.graphData):
        want_named[str(g.value(gd, rdflib.RDFS.label))] = expected_graph(g.value(gd, UT.graph))

    def graph_in_store(name) -> rdflib.Graph:
        quads = store.quads_for_pattern(None, None, None, name)
        return graph_of(ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES))

    if not isomorphic(graph_in_store(ox.DefaultGraph()), want_default):
        return "default graph differs"
    names = {n.value for n in store.named_graphs()
             if next(iter(store.quads_for_pattern(None, None, None, n)), None) is not None}
    if names - set(want_named):
        return f"unexpected graphs {sorted(names - set(want_named))}"
    for name, want in want_named.items():
        if not isomorphic(graph_in_store(ox.NamedNode(name)), want):
            return f"graph <{name}> differs"
    return None


def needs_network(case: Case) -> bool:
    """LOAD and SERVICE would reach out of the machine: such cases are not run."""
    g, action = case.graph, case.graph.value(case.node, MF.action)
    files = [("query", g.value(action, QT.query)), ("update", g.value(action, UT.request))]
    if isinstance(action, rdflib.URIRef):
        files.append(("update" if "Update" in case.kind else "query", action))
    for kind, f in files:
        if f is not None and str(f).startswith("file:"):
            text = uri_path(f).read_text(encoding="utf-8", errors="replace")
            analysis = policy.analyse(kind, text, str(f))
            if analysis.loads or analysis.services:
                return True
            if analysis.problem and re.search(r"service|load", text, re.I):
                return True  # unreadable for the policy parser: do not risk it
    return False


def run_case(case: Case) -> str | None:
    if case.kind in ("QueryEvaluationTest", "CSVResultFormatTest"):
        return run_query_case(case)
    if case.kind in ("PositiveSyntaxTest11", "NegativeSyntaxTest11"):
        return run_syntax_case(case, case.kind.startswith("Positive"), update=False)
    if case.kind in ("PositiveUpdateSyntaxTest11", "NegativeUpdateSyntaxTest11"):
        return run_syntax_case(case, case.kind.startswith("Positive"), update=True)
    if case.kind == "UpdateEvaluationTest":
        return run_update_case(case)
    raise ValueError(case.kind)


RUNNABLE = {"QueryEvaluationTest", "CSVResultFormatTest", "PositiveSyntaxTest11",
            "NegativeSyntaxTest11", "PositiveUpdateSyntaxTest11", "NegativeUpdateSyntaxTest11",
            "UpdateEvaluationTest"}


@pytest.fixture()
def report(request):
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    return reporter.write_line if reporter is not None else print


@pytest.mark.parametrize("suite", ["manifest-sparql11-query.ttl",
                                   "manifest-sparql11-results.ttl",
                                   "manifest-sparql11-update.ttl"])
def test_w3c_evaluation_suite_passes_on_the_served_engine(suite, report):
    cases = collect(suite)
    outcomes: dict[str, str | None] = {}
    skipped: dict[str, str] = {}
    for case in cases:
        key = f"{case.manifest}/{case.name}"
        if case.kind not in RUNNABLE:
            skipped[key] = f"{case.kind} is not an evaluation test"
        elif needs_network(case):
            skipped[key] = "uses LOAD or SERVICE (would reach the network)"
        else:
            outcomes[key] = run_case(case)
    passed = sum(1 for p in outcomes.values() if p is None)
    report(f"\nW3C {suite}: {passed}/{len(outcomes)} passed on pyoxigraph {ox.__version__}"
           f" ({len(skipped)} not run)")
    for key, why in skipped.items():
        report(f"  not run {key}: {why}")
    failed = {k: p for k, p in outcomes.items() if p}
    for key, problem in failed.items():
        report(f"  FAIL {key}: {problem.splitlines()[0][:300]}"
               + ("  [known]" if key in KNOWN_FAILURES else ""))
    assert len(outcomes) > 0
    unexpected = sorted(set(failed) - set(KNOWN_FAILURES))
    fixed = sorted(k for k in KNOWN_FAILURES if k in outcomes and outcomes[k] is None)
    assert unexpected == [] and fixed == []
