"""The SPARQL 1.1 Protocol at /sparql and the Graph Store Protocol at /graph."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from webtools import FIXTURE_TRIG, article_iris, live_server, opened_app

KG = "https://w3id.org/newskg/ontology#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
LABELS = f"SELECT ?label WHERE {{ ?e <{RDFS}label> ?label }} ORDER BY ?label"
TOKEN = "s3cret-token"


def labels_of(body: bytes) -> list[str]:
    data = json.loads(body)
    return [b["label"]["value"] for b in data["results"]["bindings"]]


def fixture_labels() -> list[str]:
    return sorted({q.object.value for q in ox.parse(path=str(FIXTURE_TRIG),
                                                    format=ox.RdfFormat.TRIG)
                   if q.predicate.value == RDFS + "label"})


# -- query forms -------------------------------------------------------------------------
def test_get_query_answers_json_by_default(client):
    r = client.get("/sparql", query_string={"query": LABELS})
    assert r.status_code == 200
    assert r.mimetype == "application/sparql-results+json"
    assert sorted(set(labels_of(r.data))) == fixture_labels()


def test_post_form_and_direct_post_give_the_same_answer(client):
    form = client.post("/sparql", data={"query": LABELS})
    direct = client.post("/sparql", data=LABELS.encode(),
                         content_type="application/sparql-query")
    assert form.status_code == direct.status_code == 200
    assert labels_of(form.data) == labels_of(direct.data) != []


@pytest.mark.parametrize("accept, mimetype", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
])
def test_select_results_negotiate_each_format_and_parse_back(client, accept, mimetype):
    r = client.get("/sparql", query_string={"query": LABELS}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype
    if mimetype == "text/csv":  # CSV is lossy: pyoxigraph does not parse it back
        rows = [row[0] for row in csv.reader(io.StringIO(r.data.decode()))][1:]
    else:
        fmt = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
               "application/sparql-results+xml": ox.QueryResultsFormat.XML,
               "text/tab-separated-values": ox.QueryResultsFormat.TSV}[mimetype]
        rows = [s["label"].value for s in ox.parse_query_results(r.data, fmt)]
    assert sorted(set(rows)) == fixture_labels()


def test_typed_and_language_literals_survive_every_result_format(client):
    query = ('SELECT ?a ?b ?c ?d WHERE { BIND(42 AS ?a) BIND("chat"@fr AS ?b) '
             'BIND(<http://example.org/x> AS ?c) BIND("tab\\there, \\"quoted\\"" AS ?d) }')
    expected = None
    for key, fmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                     ("tsv", ox.QueryResultsFormat.TSV)):
        r = client.get("/sparql", query_string={"query": query, "format": key})
        assert r.status_code == 200, r.data
        row = next(iter(ox.parse_query_results(r.data, fmt)))
        got = [row[v] for v in ("a", "b", "c", "d")]
        expected = expected or got
        assert got == expected
    assert expected[0] == ox.Literal("42", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))
    assert expected[1] == ox.Literal("chat", language="fr")
    csv_rows = list(csv.reader(io.StringIO(client.get(
        "/sparql", query_string={"query": query, "format": "csv"}).data.decode())))
    assert csv_rows == [["a", "b", "c", "d"], ["42", "chat", "http://example.org/x",
                                                'tab\there, "quoted"']]


def test_ask_answers_boolean_and_refuses_csv(client):
    r = client.get("/sparql", query_string={"query": f"ASK {{ ?s <{RDFS}label> ?o }}"})
    assert r.status_code == 200 and json.loads(r.data)["boolean"] is True
    r = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Accept": "text/csv"})
    assert r.status_code == 406


@pytest.mark.parametrize("accept, rdf_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), ("application/trig", "trig"), ("application/n-quads", "nquads"),
])
def test_construct_negotiates_rdf_formats(client, accept, rdf_format):
    query = f"CONSTRUCT {{ ?e <{RDFS}label> ?l }} WHERE {{ ?e <{RDFS}label> ?l }}"
    r = client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept
    parsed = rdflib.Dataset() if rdf_format in ("trig", "nquads") else rdflib.Graph()
    parsed.parse(data=r.data, format=rdf_format)
    assert sorted({str(o) for o in parsed.objects(None, rdflib.RDFS.label)}) == fixture_labels()


def test_format_parameter_overrides_accept(client):
    r = client.get("/sparql", query_string={"query": LABELS, "format": "csv"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.mimetype == "text/csv"
    r = client.get("/sparql", query_string={"query": LABELS, "format": "nonsense"})
    assert r.status_code == 400 and b"unknown format" in r.data


def test_unsatisfiable_accept_is_406(client):
    r = client.get("/sparql", query_string={"query": LABELS}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert b"application/sparql-results+json" in r.data


def test_malformed_query_is_400_with_the_parser_message(client):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p "})
    assert r.status_code == 400
    assert r.mimetype == "text/plain"
    assert b"error at 1:" in r.data and b"Traceback" not in r.data


def test_evaluation_error_is_500_with_a_message_not_a_trace(make_app):
    # An allowed SERVICE on a loopback port where nothing listens: the engine's HTTP
    # client fails during evaluation.
    app = make_app(KG_QUERY_TIMEOUT=10, KG_SERVICE_ALLOWLIST=("http://127.0.0.1:9/sparql",))
    r = app.test_client().get("/sparql", query_string={
        "query": "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 500
    assert r.data.startswith(b"Query evaluation failed:") and b"Traceback" not in r.data


def test_protocol_dataset_restricts_the_default_graph(client):
    first, second = article_iris()
    query = f"SELECT DISTINCT ?a WHERE {{ ?a a <{KG}Article> }}"
    r = client.get("/sparql", query_string={"query": query, "default-graph-uri": first})
    assert [b["a"]["value"] for b in json.loads(r.data)["results"]["bindings"]] == [first]
    r = client.get("/sparql", query_string={
        "query": f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a <{KG}Article> }} }}",
        "named-graph-uri": second})
    assert [b["g"]["value"] for b in json.loads(r.data)["results"]["bindings"]] == [second]


def test_from_a_local_article_graph_selects_it(client):
    first, _ = article_iris()
    query = f"SELECT DISTINCT ?a FROM <{first}> WHERE {{ ?a a <{KG}Article> }}"
    r = client.get("/sparql", query_string={"query": query})
    assert r.status_code == 200
    assert [b["a"]["value"] for b in json.loads(r.data)["results"]["bindings"]] == [first]


def test_more_than_one_query_parameter_is_400(client):
    r = client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert r.status_code == 400


def test_post_without_a_sparql_media_type_is_415(client):
    r = client.post("/sparql", data=b"ASK {}", content_type="text/plain")
    assert r.status_code == 415


def test_service_description_is_turtle_and_html_goes_to_browsers(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    graph = rdflib.Graph().parse(data=r.data, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, rdflib.RDF.type, sd.Service) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) not in graph
    assert (None, sd.endpoint, rdflib.URIRef("http://localhost/sparql")) in graph
    xml = client.get("/sparql", headers={"Accept": "application/rdf+xml"})
    assert xml.mimetype == "application/rdf+xml"
    assert isomorphic(rdflib.Graph().parse(data=xml.data, format="xml"), graph)
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/sparql", query_string={"query": LABELS}, headers={"Accept": browser})
    assert r.mimetype == "text/html" and b'id="results"' in r.data


def test_rows_beyond_the_cap_are_cut_and_flagged(make_app):
    app = make_app(KG_MAX_ROWS=3)
    r = app.test_client().get("/sparql", query_string={"query": "SELECT * { ?s ?p ?o }"})
    assert r.status_code == 200
    assert len(json.loads(r.data)["results"]["bindings"]) == 3
    assert r.headers["KG-Results-Truncated"] == "3"


def test_request_body_over_the_cap_is_413(make_app):
    app = make_app(MAX_CONTENT_LENGTH=1000)
    r = app.test_client().post("/sparql", data=("ASK {} #" + "x" * 2000).encode(),
                               content_type="application/sparql-query")
    assert r.status_code == 413


def test_cors_headers_only_when_configured(client, make_app):
    assert "Access-Control-Allow-Origin" not in client.get(
        "/sparql", query_string={"query": "ASK {}"}).headers
    app = make_app(KG_CORS_ORIGIN="https://example.org")
    c = app.test_client()
    r = c.get("/sparql", query_string={"query": "ASK {}"})
    assert r.headers["Access-Control-Allow-Origin"] == "https://example.org"
    pre = c.options("/sparql", headers={"Origin": "https://example.org",
                                        "Access-Control-Request-Method": "POST"})
    assert pre.status_code == 204 and "POST" in pre.headers["Access-Control-Allow-Methods"]


# -- graph store protocol ----------------------------------------------------------------
def test_article_graph_downloads_as_turtle_and_trig(client):
    iri = article_iris()[0]
    expected_graph = rdflib.Graph().parse(data=ox.serialize(
        [q.triple for q in ox.parse(path=str(FIXTURE_TRIG), format=ox.RdfFormat.TRIG)
         if q.graph_name.value == iri], format=ox.RdfFormat.N_TRIPLES), format="nt")
    r = client.get("/graph", query_string={"graph": iri}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200
    assert isomorphic(rdflib.Graph().parse(data=r.data, format="turtle"), expected_graph)
    r = client.get("/graph", query_string={"graph": iri, "format": "trig"})
    ds = rdflib.Dataset()
    ds.parse(data=r.data, format="trig")
    got = rdflib.Graph()
    for s, p, o, g in ds.quads((None, None, None, None)):
        assert str(g) == iri
        got.add((s, p, o))
    assert isomorphic(got, expected_graph)


def test_graph_store_default_is_the_union_and_unknown_graph_is_404(client):
    r = client.get("/graph?default", headers={"Accept": "application/n-triples"})
    union = rdflib.Graph().parse(data=r.data, format="nt")
    assert sorted({str(o) for o in union.objects(None, rdflib.RDFS.label)}) == fixture_labels()
    assert client.get("/graph", query_string={"graph": "http://example.org/none"}).status_code == 404
    assert client.get("/graph").status_code == 400


def test_graph_store_writes_need_the_token(make_app):
    app = make_app(KG_UPDATE_TOKEN=TOKEN)
    c = app.test_client()
    g = "http://example.org/uploaded"
    body = b"<http://example.org/a> <http://example.org/p> \"1\" ."
    assert c.put("/graph", query_string={"graph": g}, data=body,
                 content_type="application/n-triples").status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert c.put("/graph", query_string={"graph": g}, data=body, headers=auth,
                 content_type="application/n-triples").status_code == 201
    more = b"<http://example.org/b> <http://example.org/p> \"2\" ."
    assert c.post("/graph", query_string={"graph": g}, data=more, headers=auth,
                  content_type="application/n-triples").status_code == 204
    got = rdflib.Graph().parse(data=c.get("/graph", query_string={"graph": g},
                                          headers={"Accept": "text/turtle"}).data,
                               format="turtle")
    assert len(got) == 2
    assert c.delete("/graph", query_string={"graph": g}, headers=auth).status_code == 204
    assert c.get("/graph", query_string={"graph": g}).status_code == 404


# -- real clients over HTTP on 127.0.0.1 ---------------------------------------------------
@pytest.fixture(scope="module")
def server_url():
    with opened_app(KG_QUERY_TIMEOUT=10) as app, live_server(app) as base:
        yield base


def test_sparqlwrapper_reads_json_and_xml(server_url):
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(f"{server_url}/sparql")
    client.setQuery(LABELS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert sorted({r["label"]["value"] for r in rows}) == fixture_labels()
    client.setReturnFormat(XML)
    doc = client.query().convert()
    values = {n.firstChild.data for n in doc.getElementsByTagName("literal")}
    assert sorted(values) == fixture_labels()
    client.setMethod("POST")
    client.setReturnFormat(JSON)
    assert client.query().convert()["results"]["bindings"] == rows


def test_rdflib_sparqlstore_queries_the_endpoint(server_url):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"{server_url}/sparql", returnFormat="xml")
    graph = rdflib.Graph(store=store)
    labels = sorted({str(row.label) for row in graph.query(LABELS)})
    assert labels == fixture_labels()
    assert graph.query(f"ASK {{ ?s <{RDFS}label> \"Lena Ortiz\" }}").askAnswer is True
    constructed = graph.query(f"CONSTRUCT {{ ?e <{RDFS}label> ?l }} WHERE {{ ?e <{RDFS}label> ?l }}")
    assert sorted({str(o) for o in constructed.graph.objects()}) == fixture_labels()


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_example_from_the_docs_works(server_url):
    out = subprocess.run(
        ["curl", "-sS", "--max-time", "20", "-H", "Accept: text/csv",
         "--data-urlencode", f"query={LABELS}", f"{server_url}/sparql"],
        capture_output=True, text=True, timeout=30, check=True).stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["label"]
    assert sorted({r[0] for r in rows[1:]}) == fixture_labels()


@pytest.mark.slow
def test_kg_serve_prints_its_urls_serves_a_store_directory_and_stops_on_sigterm(tmp_path):
    import os
    import re
    import signal
    import sys
    import time

    import requests

    from kg.store import open_store
    from webtools import load_trig

    store_dir = tmp_path / "store"
    store = open_store(str(store_dir))
    load_trig(store)
    store.close()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store_dir),
                             "--port", "0", "--timeout", "5"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("curl" in l for l in lines):
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
        text = "".join(lines)
        base = re.search(r"listening on (http://127\.0\.0\.1:\d+)", text).group(1)
        assert f"{base}/sparql" in text and f"{base}/health" in text and "read-only" in text
        r = requests.get(f"{base}/sparql", params={"query": LABELS}, timeout=30)
        assert sorted(set(labels_of(r.content))) == fixture_labels()
        assert requests.get(f"{base}/health", timeout=30).json()["graphs"] == 2
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
            raise
    assert code == 0


# -- charsets, odd paths, plain-text errors ---------------------------------------------------
TOKEN_RW = "charset-token"


def test_a_latin1_form_is_decoded_as_latin1_and_an_unknown_charset_is_415(make_app):
    client = make_app(KG_UPDATE_TOKEN=TOKEN_RW).test_client()
    auth = {"Authorization": f"Bearer {TOKEN_RW}"}
    update = 'INSERT DATA { GRAPH <http://example.org/c> { <http://example.org/s> ' \
             '<http://example.org/p> "Zürich café" } }'
    from urllib.parse import quote_from_bytes

    body = b"update=" + quote_from_bytes(update.encode("latin-1")).encode()
    r = client.post("/sparql", data=body, headers=auth,
                    content_type="application/x-www-form-urlencoded; charset=ISO-8859-1")
    assert r.status_code == 204, r.data
    r = client.get("/sparql", query_string={
        "query": "SELECT ?o { GRAPH <http://example.org/c> { ?s ?p ?o } }"})
    assert [b["o"]["value"] for b in json.loads(r.data)["results"]["bindings"]] == ["Zürich café"]
    for charset in ("x-no-such-charset", "utf-16"):
        r = client.post("/sparql", data=body, headers=auth,
                        content_type=f"application/x-www-form-urlencoded; charset={charset}")
        assert r.status_code == 415 and r.mimetype == "text/plain"
    # invalid bytes for the declared charset: 400, nothing stored
    r = client.post("/sparql", data=b"update=" + quote_from_bytes(b"\xff\xfe").encode(),
                    headers=auth, content_type="application/x-www-form-urlencoded")
    assert r.status_code == 400


def test_a_direct_query_body_in_latin1_is_read_as_latin1(client):
    query = 'ASK { FILTER("é" = "\\u00E9") }'
    r = client.post("/sparql", data=query.encode("latin-1"),
                    content_type="application/sparql-query; charset=latin-1")
    assert r.status_code == 200 and json.loads(r.data)["boolean"] is True


@pytest.mark.parametrize("path", ["/entity/a%20b", "/entity/%3Cx%3E", "/entity/a%22b",
                                  "/entity/%7Bx%7D"])
def test_odd_entity_paths_are_404_not_500(client, path):
    r = client.get(path)
    assert r.status_code == 404 and b"Traceback" not in r.data


def test_protocol_errors_are_plain_text(client):
    for method, path in (("PUT", "/sparql"), ("DELETE", "/sparql"), ("PATCH", "/graph"),
                         ("POST", "/health")):
        r = client.open(path, method=method)
        assert r.status_code == 405, (method, path)
        assert r.mimetype == "text/plain" and b"<html" not in r.data.lower()
    r = client.get("/graph", query_string={"graph": "http://example.org/none"})
    assert r.status_code == 404 and r.mimetype == "text/plain"


def test_protocol_errors_through_the_http_front_are_plain_text(server_url):
    import requests

    for method in ("PUT", "DELETE", "PATCH"):
        r = requests.request(method, f"{server_url}/sparql", timeout=30)
        assert r.status_code == 405 and r.headers["Content-Type"].startswith("text/plain")
    r = requests.get(f"{server_url}/entity/a%20b", timeout=30)
    assert r.status_code == 404


def test_only_allowed_host_names_are_answered(make_app):
    import requests

    app = make_app(KG_ALLOWED_HOSTS=("localhost", "127.0.0.1"))
    with live_server(app) as base:
        port = base.rsplit(":", 1)[1]
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost"):
            r = requests.get(f"{base}/sparql", params={"query": "ASK {}"},
                             headers={"Host": host}, timeout=30)
            assert r.status_code == 200, host
        for path in ("/sparql?query=ASK%7B%7D", "/", "/health"):
            r = requests.get(base + path, headers={"Host": f"rebound.example:{port}"},
                             timeout=30)
            assert r.status_code == 400 and "not served here" in r.text
    client = app.test_client()
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400
    app.extensions["kg.endpoint"].close()


def test_keep_alive_and_pipelined_requests_on_one_connection(server_url):
    import socket

    host, port = server_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        request = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n\r\n"
        sock.sendall(request * 3 + b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    assert data.count(b"HTTP/1.1 200 OK") == 4
    assert data.count(b'"boolean": true') == 3 and data.rstrip().endswith(b"}")


def test_chunked_bodies_and_expect_continue_are_understood(server_url):
    import socket

    host, port = server_url.removeprefix("http://").split(":")
    body = b"ASK { ?s ?p ?o }"
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query"
                     b"\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n"
                     b"Connection: close\r\n\r\n")
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 100 Continue")
        sock.sendall(chunked)
        data = first
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    assert b"HTTP/1.1 200 OK" in data and b'"boolean": true' in data


@pytest.mark.parametrize("raw, status", [
    (b"GARBAGE\r\n\r\n", 400),
    (b"GET / HTTP/1.1\r\n\r\n", 400),  # no Host
    (b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
     400),
    (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n", 413),
    (b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 20000 + b"\r\n\r\n", 431),
])
def test_malformed_requests_get_a_clear_status_and_a_closed_connection(server_url, raw, status):
    import socket

    host, port = server_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(raw)
        data = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    assert data.startswith(f"HTTP/1.1 {status} ".encode()), data[:100]
