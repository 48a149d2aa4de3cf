"""kg serve against oxigraph serve on the same store, side by side in one run.

    python bench/bench_endpoint.py [--triples 200000] [--seconds 5] [--clients 4]

Builds an on-disk store of ``--triples`` triples shaped like kg's graph (entities with a
type, a label, an article and relations to other entities, one named graph per
article), then for each server in turn (``oxigraph serve --union-default-graph`` and
``kg serve``, read-only, default settings) measures three queries over keep-alive HTTP
on 127.0.0.1: ``ASK {}``, a one-entity lookup and a 2-hop join (49 rows):

* requests/s and p50/p95 latency with 1 client and with ``--clients`` clients;
* **server CPU per request**: the CPU time (user + system, from /proc) of the server's
  whole process tree (the front, its query workers, the children it reaped) over the
  requests of the 1-client run, divided by their number. The clients' own CPU is not
  counted, so a slow client cannot make a server look cheap.

Raw pyoxigraph in this process (query + JSON serialization) is printed for reference.
Prints a table and the kg/oxigraph ratios. Loopback only; every loop is bounded by
``--seconds``.
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import socket
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


def ask_query(i: int) -> str:
    return "ASK {}"


def simple_query(i: int) -> str:
    return f"SELECT ?label WHERE {{ <{ID}entity/{i}> <{RDFS_LABEL.value}> ?label }}"


def join_query(i: int) -> str:
    return (f"SELECT ?c ?name WHERE {{ <{ID}entity/{i}> <{KG}relatedBy> ?b . "
            f"?b <{KG}relatedBy> ?c . ?c <{RDFS_LABEL.value}> ?name }}")


QUERIES = {"ASK {}": ask_query, "one-entity lookup": simple_query, "2-hop join": join_query}


# -- measuring ---------------------------------------------------------------------------
def tree_cpu(root: int) -> float:
    """CPU seconds of ``root`` and all its descendants, including reaped children."""
    children: dict[int, list[int]] = {}
    stats: dict[int, list[str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry)] = fields
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        fields = stats.get(pid)
        if fields is None:
            continue
        total += sum(int(x) for x in fields[11:15])  # utime stime cutime cstime
        stack.extend(children.get(pid, ()))
    return total / os.sysconf("SC_CLK_TCK")


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
        stack.extend(children.get(pid, ()))
    return total


def summarise(latencies: list[float], elapsed: float) -> dict:
    ordered = sorted(latencies) or [0.0]
    return {"n": len(latencies), "rps": len(latencies) / elapsed,
            "p50": statistics.median(ordered) * 1000,
            "p95": ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] * 1000,
            "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000}


def bench_raw(path: Path, make_query, ids: list[int], seconds: float) -> dict:
    store = ox.Store.read_only(str(path))
    latencies = []
    start = time.perf_counter()
    n = 0
    while time.perf_counter() - start < seconds:
        t = time.perf_counter()
        result = store.query(make_query(ids[n % len(ids)]), use_default_graph_as_union=True)
        result.serialize(format=ox.QueryResultsFormat.JSON) if not isinstance(
            result, ox.QueryBoolean) else bool(result)
        latencies.append(time.perf_counter() - t)
        n += 1
    elapsed = time.perf_counter() - start
    del store
    return summarise(latencies, elapsed)


def bench_http(port: int, route: str, make_query, ids: list[int], seconds: float,
               clients: int, source: str = "127.0.0.1") -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    counter = iter(range(10**9))

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120,
                                          source_address=(source, 0))
        mine = []
        try:
            for n in counter:
                if time.perf_counter() > deadline:
                    break
                path = f"{route}?query=" + quote(make_query(ids[n % len(ids)]))
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


# -- servers -----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_kg(path: Path, *args: str) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(path), "--port", "0", *args],
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


def start_oxigraph(path: Path) -> tuple[subprocess.Popen, int]:
    binary = Path(sys.executable).with_name("oxigraph")
    port = free_port()
    proc = subprocess.Popen([str(binary) if binary.exists() else "oxigraph", "serve",
                             "--location", str(path), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("oxigraph serve did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def measure_server(proc, port: int, route: str, ids: list[int], seconds: float,
                   clients: int) -> dict:
    out = {}
    for name, q in QUERIES.items():
        bench_http(port, route, q, ids[:100], 1.0, 1)  # warm up
        cpu0 = tree_cpu(proc.pid)
        one = bench_http(port, route, q, ids, seconds, 1)
        cpu = (tree_cpu(proc.pid) - cpu0) / max(1, one["n"]) * 1000
        many = bench_http(port, route, q, ids, seconds, clients)
        out[name] = {"1": one, "n": many, "cpu_ms": cpu}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=200_000)
    parser.add_argument("--seconds", type=float, default=5.0,
                        help="time spent on each measurement (bounded)")
    parser.add_argument("--clients", type=int, default=4)
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
        raw = {name: bench_raw(path, q, ids, args.seconds) for name, q in QUERIES.items()}
        results = {}
        for server, start, route in (("oxigraph serve", start_oxigraph, "/query"),
                                     ("kg serve", start_kg, "/sparql")):
            proc, port = start(path)
            try:
                results[server] = measure_server(proc, port, route, ids, args.seconds,
                                                 args.clients)
            finally:
                stop(proc)

    print(f"\n{args.triples:,} triples, on-disk store, {os.cpu_count()} cores, loopback "
          f"HTTP, keep-alive, {args.seconds:g} s per measurement")
    header = (f"{'query':<18} {'server':<15} {'CPU ms/req':>10} {'req/s 1':>8} {'p50 ms':>7} "
              f"{'p95 ms':>7} {f'req/s {args.clients}':>8} {'p95 ms':>7}")
    print(header)
    print("-" * len(header))
    for name in QUERIES:
        r = raw[name]
        print(f"{name:<18} {'raw pyoxigraph':<15} {'':>10} {r['rps']:>8.0f} {r['p50']:>7.2f} "
              f"{r['p95']:>7.2f}")
        for server, per_query in results.items():
            s = per_query[name]
            print(f"{name:<18} {server:<15} {s['cpu_ms']:>10.3f} {s['1']['rps']:>8.0f} "
                  f"{s['1']['p50']:>7.2f} {s['1']['p95']:>7.2f} {s['n']['rps']:>8.0f} "
                  f"{s['n']['p95']:>7.2f}")
    print("\nkg serve / oxigraph serve:")
    for name in QUERIES:
        kg, oxi = results["kg serve"][name], results["oxigraph serve"][name]
        print(f"  {name:<18} server CPU per request {kg['cpu_ms'] / oxi['cpu_ms']:5.1f}x, "
              f"req/s (1 client) {kg['1']['rps'] / oxi['1']['rps']:.2f}x, "
              f"req/s ({args.clients} clients) {kg['n']['rps'] / oxi['n']['rps']:.2f}x")


if __name__ == "__main__":
    main()
