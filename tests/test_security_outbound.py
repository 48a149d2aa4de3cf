"""The endpoint never reaches out: every spelling of SERVICE, LOAD, FROM and FROM NAMED,
sent read-only, with the update token and through the UI page, opens zero connections to
a listener on loopback. And the second wall holds on its own: a worker asked to run a
SERVICE query with no policy in front of it cannot open a socket."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from urllib.parse import quote

import pytest
import requests

from kg.web import runner, worker
from webtools import in_memory_and_on_disk, live_server, load_trig

TOKEN = "outbound-test-token"


@contextmanager
def listener():
    """A loopback TCP listener that counts every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    server.settimeout(0.1)
    hits: list[float] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(time.monotonic())
            try:  # answer like a SPARQL endpoint would, so a connection is never "quiet"
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/n-triples\r\n"
                             b"Content-Length: 38\r\n\r\n<http://e/a> <http://e/b> <http://e/c> .")
            finally:
                conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.getsockname()[1]}", hits
    finally:
        stop.set()
        thread.join(timeout=5)
        server.close()


def query_spellings(t: str) -> list[str]:
    """Queries that would reach http://{t}/ (``t`` is host:port) if the engine ran them."""
    return [
        f"PREFIX : <http://{t}/> SELECT ?x WHERE {{ SERVICE:x {{ ?x ?p ?o }} }}",
        f"PREFIX : <http://{t}/> SELECT ?x WHERE {{ service:x {{ ?x ?p ?o }} }}",
        f"PREFIX : <http://{t}/x> SELECT ?x WHERE {{ SERVICE: {{ ?x ?p ?o }} }}",
        f"PREFIX : <http://{t}/> SELECT * WHERE {{ sErViCe SILENT :x {{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE<http://{t}/x>{{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE # a comment\n\t SILENT\n<http://{t}/x> {{ ?x ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE\t\r\n<http://{t}/x> {{ ?x ?p ?o }} }}",
        f"PREFIX svc: <http://{t}/> SELECT * WHERE {{ SERVICE svc:sparql {{ ?x ?p ?o }} }}",
        # relative IRIs: against BASE, and against the endpoint's own IRI, which comes from
        # the Host header the client sent (the tests send the listener's address there)
        f"BASE <http://{t}/a/b/> SELECT * WHERE {{ SERVICE <../x> {{ ?x ?p ?o }} }}",
        f"BASE <http://{t}/> PREFIX p: <sub/> SELECT * WHERE {{ SERVICE p:x {{ ?x ?p ?o }} }}",
        "SELECT * WHERE { SERVICE <x> { ?x ?p ?o } }",
        "SELECT * WHERE { SERVICE <//" + t + "/x> { ?x ?p ?o } }",
        # nested
        f"SELECT * WHERE {{ {{ SELECT ?x WHERE {{ SERVICE <http://{t}/x> {{ ?x ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SERVICE <http://{t}/x> {{ ?s ?p ?x }} }} }}",
        f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <http://{t}/x> {{ ?s ?p ?o }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <http://{t}/x> {{ ?s ?p ?o }} }} }}",
        f"ASK {{ FILTER NOT EXISTS {{ SERVICE <http://{t}/x> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <http://{t}/x> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ GRAPH ?g {{ SERVICE <http://{t}/x> {{ ?s ?p ?o }} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://{t}/x> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE ?e {{ ?s ?p ?o }} VALUES ?e {{ <http://{t}/x> }} }}",
        # a string escape that rdflib would expand into a quote: a parse that ends the
        # string where the engine does not must not hide the SERVICE
        f'SELECT * {{ BIND("\\u0022" AS ?a) SERVICE <http://{t}/x> {{ ?s ?p ?o }} '
        f'BIND("\\u0022" AS ?b) }}',
        # FROM and FROM NAMED (never fetched; refused unless the store holds the graph)
        f"PREFIX : <http://{t}/> SELECT * FROM:x WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM <http://{t}/data.nt> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <http://{t}/data.nt> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ]


def update_spellings(t: str) -> list[str]:
    return [
        f"PREFIX : <http://{t}/> LOAD:x",
        f"LOAD <http://{t}/data.nt>",
        f"load silent <http://{t}/x> into graph <http://g>",
        f"BASE <http://{t}/a/> LOAD <../x> ; CLEAR SILENT GRAPH <http://g>",
        f"PREFIX : <http://{t}/> INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE:x {{ ?s ?p ?o }} }}",
        f"INSERT {{ GRAPH <http://g> {{ ?s ?p ?o }} }} WHERE {{ {{ SELECT * WHERE {{ "
        f"SERVICE <http://{t}/x> {{ ?s ?p ?o }} }} }} }}",
        f"DELETE {{ ?s ?p ?o }} WHERE {{ OPTIONAL {{ SERVICE SILENT <http://{t}/x> "
        f"{{ ?s ?p ?o }} }} }}",
        f"INSERT DATA {{ <http://a> <http://b> <http://c> }} ; LOAD <http://{t}/x>",
        "LOAD <x>",  # relative to the endpoint IRI (the Host header)
    ]


def send_everything(base: str, target: str) -> list[requests.Response]:
    """Every spelling through every door: GET, POST form, POST direct, with and without
    the token, the UI page; the Host header names the listener (relative IRIs)."""
    host = {"Host": target}
    auth = {"Authorization": f"Bearer {TOKEN}"}
    out = []
    with requests.Session() as http:
        for text in query_spellings(target):
            out.append(http.get(f"{base}/sparql", params={"query": text}, headers=host,
                                timeout=30))
            out.append(http.post(f"{base}/sparql", data={"query": text},
                                 headers={**host, **auth}, timeout=30))
            out.append(http.post(f"{base}/sparql", data=text.encode(),
                                 headers={**host, "Content-Type": "application/sparql-query"},
                                 timeout=30))
            out.append(http.get(f"{base}/?query={quote(text)}", headers=host, timeout=30))
        for text in update_spellings(target):
            out.append(http.post(f"{base}/sparql", data={"update": text},
                                 headers={**host, **auth}, timeout=30))
            out.append(http.post(f"{base}/sparql", data=text.encode(),
                                 headers={**host, **auth,
                                          "Content-Type": "application/sparql-update"},
                                 timeout=30))
            out.append(http.post(f"{base}/sparql", data={"update": text}, headers=host,
                                 timeout=30))
    return out


@pytest.mark.slow
@in_memory_and_on_disk
def test_no_spelling_of_service_load_or_from_opens_a_connection(web_store, make_app):
    with listener() as (target, hits):
        app = make_app(KG_STORE=web_store, KG_UPDATE_TOKEN=TOKEN, KG_QUERY_TIMEOUT=10)
        try:
            with live_server(app) as base:
                responses = send_everything(base, target)
        finally:
            app.extensions["kg.endpoint"].close()
        time.sleep(0.3)
    assert hits == [], f"{len(hits)} connection(s) reached the listener"
    statuses = [r.status_code for r in responses]
    pages = [r for r in responses if r.headers.get("Content-Type", "").startswith("text/html")]
    protocol = [r for r in responses if r not in pages]
    # refused (403), unreadable for the policy parser (400) or no token (401): never run
    assert set(r.status_code for r in protocol) <= {400, 401, 403}, statuses
    assert all("Refused" in r.text or "Syntax error" in r.text for r in pages)
    assert len(responses) == 4 * len(query_spellings(target)) + 3 * len(update_spellings(target))


@pytest.mark.slow
def test_kg_serve_opens_no_connection_for_any_spelling(tmp_path):
    """The same through a real ``kg serve`` with a store directory and the token."""
    from kg.store import open_store

    location = tmp_path / "store"
    disk = open_store(str(location))
    load_trig(disk)
    disk.close()
    with listener() as (target, hits):
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", "--store", str(location), "--port", "0",
             "--update-token", TOKEN, "--timeout", "10"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline()
            base = line.split("listening on ", 1)[1].split()[0]
            responses = send_everything(base, target)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        time.sleep(0.3)
    assert hits == []
    assert {r.status_code for r in responses} <= {200, 400, 401, 403}  # 200: UI pages


@in_memory_and_on_disk
def test_the_second_wall_stops_service_without_any_policy(web_store):
    """A worker runs a SERVICE query that no policy checked: the kernel refuses it the
    socket, so nothing reaches the listener."""
    with listener() as (target, hits):
        for text in (f"SELECT * WHERE {{ SERVICE <http://{target}/x> {{ ?s ?p ?o }} }}",
                     f"SELECT * WHERE {{ SERVICE SILENT <http://{target}/x> {{ ?s ?p ?o }} }}"):
            job = runner.Job("query", text, {"solutions": "json"})
            answer, _ = worker.run_once(web_store, job, timeout=20)
            if answer.status == "ok":  # SILENT: the failure is swallowed, no rows
                assert answer.rows <= 1
            else:
                assert answer.status == "error" and "Permission denied" in answer.message
        update = runner.Job("update-check", f"LOAD <http://{target}/x>")
        answer, _ = worker.run_once(web_store, update, timeout=20)
        assert answer.status == "error" and "Permission denied" in answer.message
        time.sleep(0.3)
    assert hits == []


@pytest.mark.slow
@in_memory_and_on_disk
def test_the_second_wall_holds_for_trusted_queries_through_the_pool(web_store, make_app):
    """The endpoint's own (trusted, unchecked) path also runs in confined workers."""
    app = make_app(KG_STORE=web_store, KG_QUERY_TIMEOUT=10)
    endpoint = app.extensions["kg.endpoint"]
    with listener() as (target, hits):
        with pytest.raises(runner.QueryFailed, match="Permission denied"):
            endpoint.run(f"SELECT * WHERE {{ SERVICE <http://{target}/x> {{ ?s ?p ?o }} }}",
                         lambda kind: None if kind != "solutions" else
                         __import__("kg.web.results").web.results.SOLUTION_FORMATS[0])
        time.sleep(0.3)
    endpoint.close()
    assert hits == []
    assert endpoint.confinement in ("seccomp", "netns")


@pytest.mark.slow
def test_an_allowlisted_service_is_called_and_only_its_exact_target(make_app):
    target_app = make_app()
    with live_server(target_app) as target:
        allowed = f"{target}/sparql"
        app = make_app(KG_SERVICE_ALLOWLIST=(allowed,))
        client = app.test_client()
        label = "<http://www.w3.org/2000/01/rdf-schema#label>"
        for spelling in (allowed, allowed.replace("http://", "HTTP://"),
                         allowed.replace("sparql", "%73parql"), allowed + "#fragment"):
            r = client.get("/sparql", query_string={
                "query": f"SELECT ?l {{ SERVICE <{spelling}> {{ ?e {label} ?l }} }}"})
            assert r.status_code == 200, (spelling, r.data)
            assert "Lena Ortiz" in r.get_data(as_text=True)
        for other in (f"{target}/elsewhere", f"{allowed}/../graph", f"{allowed}x",
                      f"{allowed}/more", allowed.replace("/sparql", "/x/../sparql"),
                      allowed.replace("/sparql", "/%2e%2e/sparql"),
                      allowed.replace("127.0.0.1", "127.0.0.2")):
            r = client.get("/sparql", query_string={
                "query": f"SELECT * {{ SERVICE <{other}> {{ ?s ?p ?o }} }}"})
            assert r.status_code == 403, other
        app.extensions["kg.endpoint"].close()
    target_app.extensions["kg.endpoint"].close()


def test_a_worker_running_an_allowed_service_can_reach_that_target_only(make_app):
    """Past a (hypothetically fooled) policy, the kernel still decides: a worker started
    for an allowlisted SERVICE connects to the allowlisted address and nowhere else."""
    with listener() as (allowed, allowed_hits), listener() as (other, other_hits):
        app = make_app(KG_SERVICE_ALLOWLIST=(f"http://{allowed}/sparql",))
        endpoint = app.extensions["kg.endpoint"]

        def run(target: str):
            job = runner.Job("query", f"SELECT * {{ SERVICE <http://{target}/sparql> "
                                      "{ ?s ?p ?o } }", {"solutions": "json"})
            return endpoint.call(endpoint.execute(job, "test", network=True))

        run(allowed)  # the listener's answer is no SPARQL result: an error, after connecting
        answer, _ = run(other)
        assert answer.status == "error" and "Permission denied" in answer.message
        time.sleep(0.3)
        endpoint.close()
    assert len(allowed_hits) == 1 and other_hits == []
