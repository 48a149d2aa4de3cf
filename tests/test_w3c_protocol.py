"""The W3C SPARQL 1.1 Protocol tests (protocol/manifest.ttl) against a live kg server.

Run twice: a read-only server (every query test and every test that expects a refusal),
and a server started with an update token (all tests, the token sent on updates).
"""
from __future__ import annotations

import http.client
import json
from dataclasses import dataclass
from xml.dom import minidom

import pytest
import rdflib

from w3ctools import (HT, MF, SKIP_REASON, UT, entries, http_body, http_headers, http_requests,
                      parse_manifest, w3c_dir)
from webtools import live_server, opened_app

W3C = w3c_dir()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(W3C is None, reason=SKIP_REASON)]
TOKEN = "w3c-protocol-token"

TABULAR = {"application/sparql-results+xml", "application/sparql-results+json", "text/csv",
           "text/tab-separated-values"}
BOOLEAN = {"application/sparql-results+xml", "application/sparql-results+json"}
RDF = {"application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json",
       "application/trig", "application/n-quads"}


@dataclass(frozen=True)
class Step:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    statuses: frozenset[int]  # acceptable status classes: 2, 3, 4, 5
    expected_format: str | None
    expected_boolean: bool | None


@dataclass(frozen=True)
class ProtocolTest:
    name: str
    label: str
    steps: tuple[Step, ...]
    graph_data: tuple[tuple[str, str], ...]  # (graph IRI, file)

    @property
    def is_update(self) -> bool:
        return any(_is_update_step(s) for s in self.steps) and not self.name.startswith("bad_")


def _is_update_step(step: Step) -> bool:
    content_type = dict(step.headers).get("content-type", "")
    return ("sparql-update" in content_type or (step.body or b"").startswith(b"update=")
            or "update=" in step.path)


def load_tests() -> list[ProtocolTest]:
    if W3C is None:
        return []
    graph, manifest = parse_manifest(W3C / "protocol" / "manifest.ttl")
    tests = []
    for entry in entries(graph, manifest):
        steps = []
        for request in http_requests(graph, entry):
            headers = http_headers(graph, request)
            body = http_body(graph, request)
            body = body.encode("utf-8") if body is not None else None
            resp = graph.value(request, HT.resp)
            statuses = frozenset(int(str(s)[-3]) for s in graph.objects(resp, MF.expectedStatus))
            fmt = graph.value(resp, MF.expectedFormat)
            boolean = graph.value(resp, MF.expectedBoolean)
            steps.append(Step(str(graph.value(request, HT.methodName)),
                              str(graph.value(request, HT.absolutePath)), tuple(headers), body,
                              statuses, str(fmt) if fmt is not None else None,
                              boolean.toPython() if boolean is not None else None))
        data = tuple((str(graph.value(gd, rdflib.RDFS.label)), str(graph.value(gd, UT.graph)))
                     for gd in graph.objects(entry, UT.graphData))
        tests.append(ProtocolTest(str(entry).rsplit("#", 1)[-1],
                                  str(graph.value(entry, MF.name)), tuple(steps), data))
    return tests


def reset_store(store) -> None:
    """Every protocol test's data graphs (data1..3.nt), named by their rdfs:label."""
    store.update("DROP SILENT ALL")
    for n in (1, 2, 3):
        path = W3C / "protocol" / f"data{n}.nt"
        store.replace_graph(f"http://kasei.us/2009/09/sparql/data/data{n}.rdf",
                            path.read_bytes())


def run_step(base: str, step: Step, token: str | None) -> str | None:
    """None when the response meets the step's expectations, else why not."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    headers = dict(step.headers)
    if token and _is_update_step(step):
        headers["authorization"] = f"Bearer {token}"
    try:
        conn.request(step.method, step.path, body=step.body, headers=headers)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    status = response.status
    if status // 100 not in step.statuses:
        return f"status {status} (expected {sorted(step.statuses)}xx): {body[:200]!r}"
    media = (response.getheader("Content-Type") or "").split(";")[0].strip()
    if step.expected_format == "tabular" and media not in TABULAR:
        return f"tabular result expected, got {media}"
    if step.expected_format == "boolean" and media not in BOOLEAN:
        return f"boolean result expected, got {media}"
    if step.expected_format == "RDF" and media not in RDF:
        return f"RDF expected, got {media}"
    if step.expected_boolean is not None:
        if media.endswith("json"):
            value = json.loads(body)["boolean"]
        else:
            node = minidom.parseString(body).getElementsByTagName("boolean")[0]
            value = node.firstChild.data.strip() == "true"
        if value is not step.expected_boolean:
            return f"boolean {value}, expected {step.expected_boolean}"
    return None


def run_suite(tests: list[ProtocolTest], token: str | None, store) -> dict[str, str | None]:
    outcomes: dict[str, str | None] = {}
    with (opened_app(KG_STORE=store, KG_QUERY_TIMEOUT=20, KG_UPDATE_TOKEN=token) as app,
          live_server(app) as base):
        for test in tests:
            reset_store(store)  # written directly: the endpoint must notice
            problem = None
            for step in test.steps:
                problem = run_step(base, step, token)
                if problem:
                    break
            outcomes[test.name] = problem
    return outcomes


#: The conftest ``store`` in memory (a process forked per query) and on disk (long-lived
#: query workers).
in_memory_and_on_disk = pytest.mark.parametrize("store", ["memory", "disk"], indirect=True)


@pytest.fixture()
def report(request):
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")

    def write(line: str) -> None:
        if reporter is not None:
            reporter.write_line(line)
        else:
            print(line)

    return write


def _kind(store) -> str:
    return "in memory" if getattr(store, "path", None) is None else "on disk"


def _summarise(title: str, outcomes: dict[str, str | None], report) -> None:
    passed = sum(1 for p in outcomes.values() if p is None)
    report(f"\n{title}: {passed}/{len(outcomes)} passed")
    for name, problem in outcomes.items():
        if problem:
            report(f"  FAIL {name}: {problem}")


@in_memory_and_on_disk
def test_w3c_protocol_suite_on_a_read_only_server(store, report):
    tests = load_tests()
    applicable = [t for t in tests if not t.is_update]
    assert len(tests) == 34 and len(applicable) >= 20
    outcomes = run_suite(applicable, None, store)
    _summarise(f"W3C SPARQL 1.1 protocol, read-only server, store {_kind(store)} "
               f"({len(tests) - len(applicable)} update tests not applicable)", outcomes, report)
    assert [n for n, p in outcomes.items() if p] == []


@in_memory_and_on_disk
def test_w3c_protocol_suite_with_an_update_token(store, report):
    tests = load_tests()
    outcomes = run_suite(tests, TOKEN, store)
    _summarise(f"W3C SPARQL 1.1 protocol, server with --update-token, store {_kind(store)}",
               outcomes, report)
    assert [n for n, p in outcomes.items() if p] == []
