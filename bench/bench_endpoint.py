"""The SPARQL endpoint against raw pyoxigraph on the same store, side by side in one run.

    python bench/bench_endpoint.py [--triples 1000000] [--seconds 8] [--clients 4]

Builds an on-disk store of ``--triples`` triples shaped like kg's graph (entities with a
type, a label, an article and relations to other entities, one named graph per
article), then measures two queries, a one-entity lookup and a 2-hop join:

* raw: pyoxigraph in this process, query + JSON serialization, one thread (the limit);
* endpoint: ``kg serve`` (waitress, timeout on) over HTTP on 127.0.0.1, with 1 client
  and with ``--clients`` concurrent keep-alive clients; once with its long-lived query
  workers (the default) and once forking a process per query (``--query-workers 0``).

Prints requests/s, p50 and p95 latency and the endpoint/raw ratios. Loopback only;
every loop is bounded by ``--seconds`` and ``--max-requests``.
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox

REPO = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/newskg/id/"
KG = "https://w3id.org/newskg/ontology#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RELATIONS_PER_ENTITY = 7
TRIPLES_PER_ENTITY = 3 + RELATIONS_PER_ENTITY
ENTITIES_PER_ARTICLE = 10


def entity(i: int) -> ox.NamedNode:
    return ox.NamedNode(f"{ID}entity/{i}")


def quads(n_entities: int, seed: int = 7):
    rng = random.Random(seed)
    types = [ox.NamedNode(KG + t) for t in ("Person", "Organization", "Place", "Country")]
    related = ox.NamedNode(KG + "relatedBy")
    mentioned = ox.NamedNode(KG + "mentionedIn")
    for i in range(n_entities):
        article = ox.NamedNode(f"{ID}article/{i // ENTITIES_PER_ARTICLE:032x}")
        e = entity(i)
        yield ox.Quad(e, RDF_TYPE, types[i % len(types)], article)
        yield ox.Quad(e, RDFS_LABEL, ox.Literal(f"Entity number {i}"), article)
        yield ox.Quad(e, mentioned, article, article)
        for _ in range(RELATIONS_PER_ENTITY):
            yield ox.Quad(e, related, entity(rng.randrange(n_entities)), article)


def build_store(path: Path, triples: int) -> int:
    n_entities = max(10, triples // TRIPLES_PER_ENTITY)
    store = ox.Store(str(path))
    store.bulk_extend(quads(n_entities))
    store.flush()
    del store
    return n_entities


def simple_query(i: int) -> str:
    return f"SELECT ?label WHERE {{ <{ID}entity/{i}> <{RDFS_LABEL.value}> ?label }}"


def join_query(i: int) -> str:
    return (f"SELECT ?c ?name WHERE {{ <{ID}entity/{i}> <{KG}relatedBy> ?b . "
            f"?b <{KG}relatedBy> ?c . ?c <{RDFS_LABEL.value}> ?name }}")


# -- measuring ---------------------------------------------------------------------------
def summarise(latencies: list[float], elapsed: float) -> dict:
    ordered = sorted(latencies)
    return {"n": len(ordered), "rps": len(ordered) / elapsed,
            "p50": statistics.median(ordered) * 1000,
            "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000}


def bench_raw(path: Path, make_query, ids: list[int], seconds: float, max_requests: int):
    store = ox.Store.read_only(str(path))
    latencies = []
    start = time.perf_counter()
    for n in range(max_requests):
        t = time.perf_counter()
        result = store.query(make_query(ids[n % len(ids)]), use_default_graph_as_union=True)
        result.serialize(format=ox.QueryResultsFormat.JSON)
        latencies.append(time.perf_counter() - t)
        if time.perf_counter() - start > seconds:
            break
    elapsed = time.perf_counter() - start
    del store
    return summarise(latencies, elapsed)


def bench_http(port: int, make_query, ids: list[int], seconds: float, max_requests: int,
               clients: int):
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    counter = iter(range(max_requests))

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        try:
            for n in counter:
                if time.perf_counter() > deadline:
                    break
                path = "/sparql?query=" + quote(make_query(ids[n % len(ids)]))
                t = time.perf_counter()
                conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                response = conn.getresponse()
                body = response.read()
                mine.append(time.perf_counter() - t)
                if response.status != 200:
                    errors.append(f"{response.status} {body[:200]!r}")
                    break
        finally:
            conn.close()
            with lock:
                latencies.extend(mine)

    start = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=seconds + 120)
    elapsed = time.perf_counter() - start
    if errors:
        raise SystemExit(f"endpoint errors: {errors[:3]}")
    return summarise(latencies, elapsed)


def start_server(path: Path, timeout: float, workers: int) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(path), "--port", "0",
         "--timeout", str(timeout), "--query-workers", str(workers)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", line)
        if match:
            threading.Thread(target=proc.stdout.read, daemon=True).start()  # drain
            return proc, int(match.group(1))
    proc.kill()
    raise SystemExit("kg serve did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=8.0,
                        help="time spent on each measurement (bounded)")
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--skip-fork", action="store_true",
                        help="skip the fork-per-query server (--query-workers 0)")
    parser.add_argument("--store", type=Path, default=None,
                        help="reuse/build the generated store here (default: a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        path = args.store or Path(tmp) / "store"
        t = time.perf_counter()
        if not (path / "CURRENT").exists():
            n_entities = build_store(path, args.triples)
            print(f"built {n_entities * TRIPLES_PER_ENTITY:,} triples "
                  f"({n_entities:,} entities) in {time.perf_counter() - t:.1f} s")
        else:
            n_entities = max(10, args.triples // TRIPLES_PER_ENTITY)
        rng = random.Random(1)
        ids = [rng.randrange(n_entities) for _ in range(2000)]
        queries = {"simple SELECT": simple_query, "2-hop join": join_query}

        raw = {name: bench_raw(path, q, ids, args.seconds, args.max_requests)
               for name, q in queries.items()}
        served: dict[str, dict[str, dict]] = {name: {} for name in queries}
        modes = [("query workers", 4)] + ([] if args.skip_fork else [("fork per query", 0)])
        for mode, workers in modes:
            proc, port = start_server(path, timeout=30, workers=workers)
            try:
                for name, q in queries.items():
                    bench_http(port, q, ids[:50], 1.0, 200, 1)  # warm up
                    for clients in (1, args.clients):
                        side = f"{mode}, {clients} client{'s' if clients > 1 else ''}"
                        served[name][side] = bench_http(port, q, ids, args.seconds,
                                                        args.max_requests, clients)
            finally:
                proc.terminate()
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    proc.kill()

    print(f"\nendpoint vs raw pyoxigraph, {args.triples:,} triples, on-disk store, "
          f"{os.cpu_count()} cores, loopback HTTP")
    header = f"{'query':<14} {'side':<28} {'req/s':>9} {'p50 ms':>8} {'p95 ms':>8} " \
             f"{'req/s ratio':>11} {'p50 ratio':>9}"
    print(header)
    print("-" * len(header))
    for name in queries:
        r = raw[name]
        print(f"{name:<14} {'raw pyoxigraph':<28} {r['rps']:>9.0f} {r['p50']:>8.2f} "
              f"{r['p95']:>8.2f} {'1':>11} {'1':>9}")
        for side, s in served[name].items():
            print(f"{name:<14} {side:<28} {s['rps']:>9.0f} {s['p50']:>8.2f} {s['p95']:>8.2f} "
                  f"{s['rps'] / r['rps']:>11.3f} {s['p50'] / r['p50']:>9.1f}")


if __name__ == "__main__":
    main()
