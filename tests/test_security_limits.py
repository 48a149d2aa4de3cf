"""Greedy and slow clients cannot knock the endpoint over: admission control, per-query
memory and CPU limits, slowloris, crash safety, killable updates."""
from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from webtools import live_server, load_trig, on_disk

CROSS = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . "
         "?m ?n2 ?o }")
TOKEN = "limits-token"


def get(base: str, path: str, *, source: str = "127.0.0.1", timeout: float = 60,
        headers: dict | None = None) -> tuple[int, dict, bytes]:
    """GET from a chosen loopback source address (each address is another client)."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=timeout,
                                      source_address=(source, 0))
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def query_path(text: str) -> str:
    from urllib.parse import quote

    return "/sparql?query=" + quote(text)


def wait_until(condition, limit: float = 30) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        assert time.monotonic() < deadline, "condition never held"
        time.sleep(0.05)


# -- admission control -------------------------------------------------------------------
@on_disk
def test_one_client_cannot_take_every_worker_and_others_are_served(web_store, make_app):
    app = make_app(KG_STORE=web_store, KG_QUERY_WORKERS=2, KG_QUERY_QUEUE=0,
                   KG_QUERY_TIMEOUT=20)
    endpoint = app.extensions["kg.endpoint"]
    with ThreadPoolExecutor(4) as pool, live_server(app) as base:
        greedy = [pool.submit(get, base, query_path(CROSS)) for _ in range(3)]
        wait_until(lambda: endpoint.admission.fast + endpoint.admission.slow >= 1)
        time.sleep(0.3)
        running = endpoint.admission.running.get("127.0.0.1", 0)
        assert running == 1, "one client runs at most workers - 1 queries"
        refused = [f.result() for f in greedy if f.done()]
        assert refused and all(status == 503 and "Retry-After" in headers
                               for status, headers, _ in refused)
        status, _, body = get(base, query_path("ASK { ?s ?p ?o }"), source="127.0.0.2")
        assert status == 200 and json.loads(body)["boolean"] is True
        status, _, body = get(base, "/health", source="127.0.0.3")
        assert status == 200 and json.loads(body)["status"] == "ok"
    endpoint.close()


@on_disk
def test_beyond_the_slots_and_the_queue_the_answer_is_503_at_once(web_store, make_app):
    app = make_app(KG_STORE=web_store, KG_QUERY_WORKERS=1, KG_QUERY_QUEUE=0,
                   KG_QUERY_TIMEOUT=20)
    endpoint = app.extensions["kg.endpoint"]
    with ThreadPoolExecutor(2) as pool, live_server(app) as base:
        slow = pool.submit(get, base, query_path(CROSS))
        wait_until(lambda: endpoint.admission.fast + endpoint.admission.slow == 1)
        status, headers, body = get(base, query_path("ASK {}"), source="127.0.0.2")
        assert status == 503 and headers["Retry-After"] == "1"
        assert b"busy" in body and headers["Content-Type"].startswith("text/plain")
        assert not slow.done()  # refused while the slot was taken, not after it freed
        assert get(base, "/health", source="127.0.0.2")[0] == 200
    endpoint.close()


@on_disk
def test_long_queries_give_their_slot_back_to_short_ones(web_store, make_app):
    """Two clients loop slow queries on a two-slot server: one moves to the slow lane
    (lowest CPU priority), so a third client's short query still gets a slot."""
    app = make_app(KG_STORE=web_store, KG_QUERY_WORKERS=2, KG_QUERY_QUEUE=0,
                   KG_QUERY_TIMEOUT=20, KG_PER_CLIENT=1)
    endpoint = app.extensions["kg.endpoint"]
    endpoint.admission.slow_slots = 1
    endpoint.pool.slow_after = 0.2
    with ThreadPoolExecutor(2) as pool, live_server(app) as base:
        slow = [pool.submit(get, base, query_path(CROSS), source=f"127.0.0.{10 + i}")
                for i in range(2)]
        wait_until(lambda: endpoint.admission.slow == 1 and endpoint.admission.fast == 1)
        status, _, body = get(base, query_path("ASK { ?s ?p ?o }"), source="127.0.0.2")
        assert status == 200
        assert not any(f.done() for f in slow)
    endpoint.close()


# -- limits per query process --------------------------------------------------------------
@pytest.mark.slow
def test_a_query_past_its_memory_limit_fails_clearly_and_the_server_goes_on(make_app):
    app = make_app(KG_QUERY_MEMORY=150 * 2**20, KG_QUERY_TIMEOUT=60)
    client = app.test_client()
    r = client.get("/sparql", query_string={
        "query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"})
    assert r.status_code == 500
    assert b"memory limit (150 MB)" in r.data, r.data
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    app.extensions["kg.endpoint"].close()


@pytest.mark.slow
def test_a_query_past_its_cpu_limit_fails_clearly_and_the_server_goes_on(make_app):
    app = make_app(KG_QUERY_CPU=1, KG_QUERY_TIMEOUT=120)
    client = app.test_client()
    r = client.get("/sparql", query_string={"query": CROSS})
    assert r.status_code == 500 and b"CPU time" in r.data, r.data
    assert client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"}).status_code == 200
    app.extensions["kg.endpoint"].close()


# -- crash safety --------------------------------------------------------------------------
NESTED_UPDATE = "INSERT { <http://a> <http://b> <http://c> } WHERE " + "{" * 10_000 + "}" * 10_000
NESTED_QUERY = "ASK " + "{" * 10_000 + "}" * 10_000


@pytest.mark.slow
@on_disk
def test_a_nested_brace_update_and_a_crashing_parse_leave_the_server_answering(web_store,
                                                                               make_app):
    app = make_app(KG_STORE=web_store, KG_UPDATE_TOKEN=TOKEN)
    endpoint = app.extensions["kg.endpoint"]
    with live_server(app) as base:
        r = requests.post(f"{base}/sparql", data={"update": NESTED_UPDATE}, timeout=60,
                          headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 400 and "too deeply nested" in r.text
        # no SERVICE or FROM: the engine parses it in a worker, whose stack overflows
        r = requests.post(f"{base}/sparql", data=NESTED_QUERY.encode(), timeout=60,
                          headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 500 and "crashed" in r.text
        assert requests.get(f"{base}/health", timeout=30).json()["status"] == "ok"
        r = requests.get(f"{base}/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert r.json()["boolean"] is True
        r = requests.post(f"{base}/sparql", timeout=30,
                          data={"update": "INSERT DATA { GRAPH <http://g> { <http://a> "
                                          "<http://b> <http://c> } }"},
                          headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 204
    endpoint.close()


@pytest.fixture()
def served_store_dir(tmp_path):
    from kg.store import open_store

    location = tmp_path / "store"
    store = open_store(str(location))
    load_trig(store)
    store.close()
    return location


def start_serve(location, *args: str) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(location),
                             "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert "listening on" in line, (line, proc.poll(), proc.stderr.read() if proc.poll() else "")
    return proc, line.split("listening on ", 1)[1].split()[0]


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_kg_serve_kills_an_update_past_its_deadline_writes_nothing_and_keeps_reading(
        served_store_dir):
    proc, base = start_serve(served_store_dir, "--update-token", TOKEN, "--timeout", "3")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
    try:
        before = requests.get(f"{base}/sparql", params={"query": count}, timeout=30).json()
        slow_update = ("INSERT { GRAPH <http://x> { ?a ?b ?c } } WHERE { GRAPH ?g1 { ?a ?b ?c } "
                       "GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?g ?h ?i } GRAPH ?g4 { ?j ?k ?l } }")
        with ThreadPoolExecutor(1) as pool:
            update = pool.submit(requests.post, f"{base}/sparql", data={"update": slow_update},
                                 headers=auth, timeout=60)
            time.sleep(0.5)
            # reads go on while the update runs
            assert requests.get(f"{base}/health", timeout=30).json()["status"] == "ok"
            assert requests.get(f"{base}/sparql", params={"query": count},
                                timeout=30).json() == before
            r = update.result()
        assert r.status_code == 503 and "nothing was written" in r.text
        assert requests.get(f"{base}/sparql", params={"query": count}, timeout=30).json() == before
        r = requests.post(f"{base}/sparql", headers=auth, timeout=30, data={
            "update": "INSERT DATA { GRAPH <http://g> { <http://a> <http://b> \"after\" } }"})
        assert r.status_code == 204
        nested = requests.post(f"{base}/sparql", data={"update": NESTED_UPDATE}, headers=auth,
                               timeout=60)
        assert nested.status_code == 400
        assert requests.get(f"{base}/health", timeout=30).json()["status"] == "ok"
    finally:
        stop(proc)
    assert proc.returncode == 0


# -- slow clients --------------------------------------------------------------------------
def half_open(base: str, n: int) -> list[socket.socket]:
    """``n`` connections that each sent part of a request head and nothing more."""
    host, port = base.removeprefix("http://").split(":")
    socks = []
    for i in range(n):
        sock = socket.create_connection((host, int(port)), timeout=10)
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow-" + str(i).encode())
        socks.append(sock)
    return socks


def still_open(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.setblocking(True)


def test_a_hundred_half_open_connections_do_not_block_health(app):
    with live_server(app, header_timeout=120) as base:
        socks = half_open(base, 100)
        try:
            r = requests.get(f"{base}/health", timeout=30)
            assert r.status_code == 200 and r.json()["status"] == "ok"
            r = requests.get(f"{base}/sparql", params={"query": "ASK {}"}, timeout=30)
            assert r.status_code == 200
            assert sum(still_open(s) for s in socks) == 100  # they did not have to go first
        finally:
            for s in socks:
                s.close()
    app.extensions["kg.endpoint"].close()


def test_connections_beyond_the_bound_evict_half_open_ones_not_new_clients(app):
    with live_server(app, header_timeout=120, max_connections=40) as base:
        socks = half_open(base, 100)
        try:
            r = requests.get(f"{base}/health", timeout=30)
            assert r.status_code == 200
            assert sum(still_open(s) for s in socks) <= 40
        finally:
            for s in socks:
                s.close()
    app.extensions["kg.endpoint"].close()


@pytest.mark.slow
def test_a_client_sending_its_request_slowly_is_dropped_at_the_header_timeout(app):
    with live_server(app, header_timeout=1.0) as base:
        host, port = base.removeprefix("http://").split(":")
        sock = socket.create_connection((host, int(port)), timeout=30)
        dropped = False
        try:
            for byte in b"GET /health HTTP/1.1\r\nHost: x\r\nX-Drip: " + b"a" * 200:
                try:
                    sock.sendall(bytes([byte]))
                except OSError:
                    dropped = True
                    break
                time.sleep(0.05)
                if not still_open(sock):
                    dropped = True
                    break
        finally:
            sock.close()
        assert dropped, "a one-byte-at-a-time request must not hold a connection forever"
        assert requests.get(f"{base}/health", timeout=30).status_code == 200
    app.extensions["kg.endpoint"].close()


def test_an_idle_keep_alive_connection_is_closed(app):
    with live_server(app, idle_timeout=0.5) as base:
        host, port = base.removeprefix("http://").split(":")
        sock = socket.create_connection((host, int(port)), timeout=30)
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        data = b""
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536)
        assert data.startswith(b"HTTP/1.1 200")
        sock.settimeout(30)
        rest = data
        while True:  # the body, then the server closes the idle connection
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
        sock.close()
    app.extensions["kg.endpoint"].close()


@on_disk
def test_a_client_that_leaves_has_its_query_stopped(web_store, make_app):
    app = make_app(KG_STORE=web_store, KG_QUERY_TIMEOUT=60)
    endpoint = app.extensions["kg.endpoint"]
    with live_server(app) as base:
        host, port = base.removeprefix("http://").split(":")
        sock = socket.create_connection((host, int(port)), timeout=30)
        sock.sendall(f"GET {query_path(CROSS)} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        wait_until(lambda: endpoint.admission.fast + endpoint.admission.slow == 1)
        sock.close()
        wait_until(lambda: endpoint.admission.fast + endpoint.admission.slow == 0)
        assert get(base, query_path("ASK { ?s ?p ?o }"))[0] == 200
    endpoint.close()


@on_disk
def test_health_needs_no_worker_even_when_every_slot_is_busy(web_store, make_app):
    app = make_app(KG_STORE=web_store, KG_QUERY_WORKERS=1, KG_QUERY_QUEUE=0,
                   KG_QUERY_TIMEOUT=20)
    endpoint = app.extensions["kg.endpoint"]
    with ThreadPoolExecutor(1) as pool, live_server(app) as base:
        pool.submit(get, base, query_path(CROSS))
        wait_until(lambda: endpoint.admission.fast + endpoint.admission.slow == 1)
        for _ in range(20):
            status, _, body = get(base, "/health", source="127.0.0.2")
            assert status == 200
        data = json.loads(body)
        assert data["queries"]["running"] + data["queries"]["slow"] == 1
    endpoint.close()


# -- kg build: a deadline per URL ---------------------------------------------------------------
@pytest.fixture()
def trickling_server():
    """Answers with headers, or with a body, one byte at a time, forever."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        try:
            request = conn.recv(65536)
            trickle = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" \
                      b"Content-Length: 100000\r\n\r\n" if b"/body" in request else b""
            conn.sendall(trickle)
            while not stop.is_set():
                conn.sendall(b"H" if not trickle else b"a")
                time.sleep(0.2)
        except OSError:
            pass
        finally:
            conn.close()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    server.close()


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/body", "/head"])
def test_a_url_that_trickles_is_given_up_at_its_deadline(trickling_server, path):
    from kg.read import InputProblem, ReadOptions, read_url

    started = time.monotonic()
    problem = read_url(trickling_server + path, ReadOptions(url_deadline=1.0))
    assert isinstance(problem, InputProblem)
    assert "no complete answer within 1 s" in problem.message
    assert time.monotonic() - started < 30  # it returned: not the minutes a trickle takes


@pytest.mark.slow
def test_kg_build_url_timeout_gives_up_on_a_trickling_url(trickling_server, tmp_path):
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", trickling_server + "/body",
                             "--store", ":memory:", "--url-timeout", "1", "-q"],
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "no complete answer within 1 s" in result.stderr and "Traceback" not in result.stderr
