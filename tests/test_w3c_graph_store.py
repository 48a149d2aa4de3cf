"""The W3C Graph Store Protocol tests with indirect graph identification
(graph-store-protocol/manifest-indirect.ttl) against a live kg server at /graph.

Not applicable: writing the default graph (kg's default graph is the read-only union of
the article graphs) and direct graph identification (graph IRIs are not URLs of this
server), which is the other manifest.
"""
from __future__ import annotations

import http.client
from dataclasses import dataclass
from urllib.parse import quote

import pytest
import rdflib
from rdflib.compare import isomorphic

from w3ctools import (HT, MF, SKIP_REASON, entries, http_body, http_headers, http_requests,
                      parse_manifest, w3c_dir)
from webtools import live_server

W3C = w3c_dir()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(W3C is None, reason=SKIP_REASON)]
TOKEN = "gsp-token"
CODES = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}
RDF_PARSERS = {"text/turtle": "turtle", "application/n-triples": "nt",
               "application/rdf+xml": "xml", "application/ld+json": "json-ld"}
NOT_APPLICABLE = {"put_get_default": "kg's default graph is the read-only union of all graphs"}


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]
    body: str | None
    statuses: frozenset[str]  # "201" or "2xx"
    expected_type: str | None
    expected_body: str | None
    location_variable: str | None


def load_tests() -> list[tuple[str, list[Request]]]:
    graph, manifest = parse_manifest(W3C / "graph-store-protocol" / "manifest-indirect.ttl")
    tests = []
    for entry in entries(graph, manifest):
        requests_ = []
        for req in http_requests(graph, entry):
            resp = graph.value(req, HT.resp)
            statuses = set()
            for status in graph.objects(resp, MF.expectedStatus):
                name = str(status).rsplit("#", 1)[-1]
                statuses.add(str(CODES[name]) if name in CODES else name[-3:])
            expected_type = dict(http_headers(graph, resp)).get("content-type")
            location = graph.value(resp, MF.expectedLocation)
            requests_.append(Request(
                str(graph.value(req, HT.methodName)), str(graph.value(req, HT.absolutePath)),
                tuple(http_headers(graph, req)), http_body(graph, req),
                frozenset(statuses), expected_type, http_body(graph, resp),
                str(location) if location is not None else None))
        tests.append((str(entry).rsplit("#", 1)[-1], requests_))
    return tests


def _status_ok(status: int, expected: frozenset[str]) -> bool:
    return str(status) in expected or f"{status // 100}xx" in expected


def run_test(base: str, requests_: list[Request]) -> str | None:
    host, port = base.removeprefix("http://").split(":")
    variables: dict[str, str] = {}
    for req in requests_:
        path = req.path.replace("/gsp", "/graph", 1)
        for name, value in variables.items():
            path = path.replace(name, quote(value, safe=""))
        headers = dict(req.headers)
        if req.method not in ("GET", "HEAD"):
            headers["authorization"] = f"Bearer {TOKEN}"
        body = req.body.encode("utf-8") if req.body is not None else None
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            conn.request(req.method, path, body=body, headers=headers)
            response = conn.getresponse()
            data = response.read()
        finally:
            conn.close()
        if not _status_ok(response.status, req.statuses):
            return (f"{req.method} {path}: status {response.status}, expected "
                    f"{sorted(req.statuses)}: {data[:150]!r}")
        if req.location_variable:
            location = response.getheader("Location")
            if not location:
                return f"{req.method} {path}: no Location header"
            variables[req.location_variable] = location
        if req.expected_body is not None and req.method != "HEAD":
            media = (response.getheader("Content-Type") or "").split(";")[0].strip()
            if media not in RDF_PARSERS:
                return f"{req.method} {path}: not RDF ({media})"
            got = rdflib.Graph().parse(data=data, format=RDF_PARSERS[media])
            want = rdflib.Graph().parse(data=req.expected_body, format="turtle")
            if not isomorphic(got, want):
                return f"{req.method} {path}: graph differs:\n{data.decode()[:400]}"
    return None


@pytest.fixture()
def report(request):
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    return reporter.write_line if reporter is not None else print


@pytest.mark.parametrize("store", ["memory"], indirect=True)
def test_w3c_graph_store_protocol_indirect_suite(store, make_app, report):
    tests = load_tests()
    assert len(tests) >= 8
    app = make_app(KG_STORE=store, KG_UPDATE_TOKEN=TOKEN)
    outcomes: dict[str, str | None] = {}
    with live_server(app) as base:
        for name, requests_ in tests:
            if name in NOT_APPLICABLE:
                continue
            store.update("DROP SILENT ALL")
            outcomes[name] = run_test(base, requests_)
    passed = sum(1 for p in outcomes.values() if p is None)
    report(f"\nW3C SPARQL 1.1 Graph Store Protocol (indirect identification): "
           f"{passed}/{len(outcomes)} passed ({len(NOT_APPLICABLE)} not applicable)")
    for name, why in NOT_APPLICABLE.items():
        report(f"  not applicable {name}: {why}")
    for name, problem in outcomes.items():
        if problem:
            report(f"  FAIL {name}: {problem}")
    assert [n for n, p in outcomes.items() if p] == []
