"""Slow queries must not take kg serve down: a load test, measured side by side in one run.

    python bench/bench_load.py [--triples 100000] [--seconds 20] [--timeout 10]

On an on-disk store (the shape of bench_endpoint.py), ``kg serve`` (default settings,
``--query-memory`` as given) gets:

1. **baseline**: 8 clients looping one-entity lookups, and a prober asking /health
   every 50 ms;
2. **under attack**: the same, plus 4 clients looping a cross product that runs until
   the query timeout;
3. **memory**: one client sends the cartesian query with ORDER BY that once used 3 GB,
   while the server's memory (its whole process tree) is sampled every 50 ms.

Every client comes from its own loopback address (127.0.0.x), as distinct clients do.
Prints the simple-query throughput of both phases and their ratio (goal: at least 0.5),
the /health p99 latency (goal: under 100 ms), and the peak memory against the stated cap
(the front's memory plus the per-query limit times the processes queries may hold).
Exits non-zero if a goal is missed.
"""
from __future__ import annotations

import argparse
import http.client
import os
import random
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_endpoint import (TRIPLES_PER_ENTITY, build_store, simple_query,  # noqa: E402
                            start_kg, stop, summarise, tree_rss)

SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
HOG = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"


class Loop(threading.Thread):
    """A client looping one kind of request until told to stop."""

    def __init__(self, port: int, source: str, path_of, stop_at: threading.Event,
                 timeout: float = 120, pause: float = 0.0):
        super().__init__(daemon=True)
        self.port, self.source, self.path_of, self.stop_at = port, source, path_of, stop_at
        self.timeout, self.pause = timeout, pause
        self.results: list[tuple[float, int]] = []  # (seconds, HTTP status or 0)

    def run(self) -> None:
        conn = None
        n = 0
        while not self.stop_at.is_set():
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout,
                                                  source_address=(self.source, 0))
            t = time.perf_counter()
            try:
                conn.request("GET", self.path_of(n))
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = 0
                conn.close()
                conn = None
            took = time.perf_counter() - t
            if not self.stop_at.is_set():
                self.results.append((took, status))
            n += 1
            if self.pause:
                self.stop_at.wait(self.pause)
        if conn is not None:
            conn.close()


def phase(port: int, ids: list[int], seconds: float, slow_clients: int) -> dict:
    stop_at = threading.Event()
    simple = [Loop(port, f"127.0.0.{10 + i}",
                   lambda n, i=i: "/sparql?query=" + quote(simple_query(ids[(n * 8 + i) % len(ids)])),
                   stop_at) for i in range(8)]
    slow = [Loop(port, f"127.0.0.{30 + i}", lambda n: "/sparql?query=" + quote(SLOW), stop_at)
            for i in range(slow_clients)]
    health = Loop(port, "127.0.0.2", lambda n: "/health", stop_at, pause=0.05)
    threads = [*slow, *simple, health]
    for thread in threads:
        thread.start()
    start = time.perf_counter()
    stop_at.wait(seconds)
    stop_at.set()
    elapsed = time.perf_counter() - start
    for thread in threads:
        thread.join(timeout=5)
    ok = [t for c in simple for t, status in c.results if status == 200]
    return {"simple": summarise(ok, elapsed), "statuses": _count(simple),
            "health": summarise([t for t, _ in health.results], elapsed),
            "health_statuses": _count([health]), "slow": _count(slow)}


def _count(clients: list[Loop]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for client in clients:
        for _, status in client.results:
            counts[status] = counts.get(status, 0) + 1
    return counts


def memory_phase(proc, port: int, timeout: float) -> tuple[int, int, str]:
    """Peak RSS of the server's process tree while the memory hog runs; its status."""
    peak = tree_rss(proc.pid)
    result: dict = {}

    def hog() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout + 60,
                                          source_address=("127.0.0.3", 0))
        conn.request("GET", "/sparql?query=" + quote(HOG))
        response = conn.getresponse()
        result["status"] = response.status
        result["body"] = response.read()[:200].decode("utf-8", "replace")
        conn.close()

    thread = threading.Thread(target=hog, daemon=True)
    thread.start()
    while thread.is_alive():
        peak = max(peak, tree_rss(proc.pid))
        thread.join(0.05)
    return peak, result.get("status", 0), result.get("body", "").strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout")
    parser.add_argument("--query-memory", type=int, default=512, help="MB per query process")
    parser.add_argument("--workers", type=int, default=4, help="kg serve --query-workers")
    parser.add_argument("--store", type=Path, default=None)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        path = args.store or Path(tmp) / "store"
        if not (path / "CURRENT").exists():
            n_entities = build_store(path, args.triples)
        else:
            n_entities = max(10, args.triples // TRIPLES_PER_ENTITY)
        ids = [random.Random(2).randrange(n_entities) for _ in range(2000)]
        proc, port = start_kg(path, "--timeout", str(args.timeout), "--query-memory",
                              str(args.query_memory), "--query-workers", str(args.workers))
        try:
            time.sleep(1)
            front = tree_rss(proc.pid)
            baseline = phase(port, ids, args.seconds, slow_clients=0)
            attacked = phase(port, ids, args.seconds, slow_clients=4)
            time.sleep(1)
            idle = tree_rss(proc.pid)
            peak, hog_status, hog_body = memory_phase(proc, port, args.timeout)
        finally:
            stop(proc)

    slots = args.workers
    slow_slots = max(1, slots // 2)
    cap = idle + (slots + slow_slots) * args.query_memory * 2**20
    ratio = attacked["simple"]["rps"] / max(1e-9, baseline["simple"]["rps"])
    print(f"\nkg serve under load: {args.triples:,} triples on disk, {os.cpu_count()} cores, "
          f"--timeout {args.timeout:g}, --query-workers {slots}, --query-memory "
          f"{args.query_memory} MB, {args.seconds:g} s per phase")
    print(f"{'phase':<40} {'simple req/s':>12} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'/health p99 ms':>15}")
    for name, result in (("8 simple clients", baseline),
                         ("8 simple + 4 looping slow clients", attacked)):
        s, h = result["simple"], result["health"]
        print(f"{name:<40} {s['rps']:>12.0f} {s['p50']:>8.2f} {s['p95']:>8.2f} "
              f"{h['p99']:>15.1f}")
    print(f"statuses under attack: simple {attacked['statuses']}, slow {attacked['slow']}, "
          f"/health {attacked['health_statuses']}")
    print(f"throughput under attack / baseline: {ratio:.2f} (goal >= 0.50)")
    health_p99 = max(baseline["health"]["p99"], attacked["health"]["p99"])
    print(f"/health p99: {health_p99:.1f} ms (goal < 100)")
    print(f"memory: front at start {front / 2**20:.0f} MB, before the hog {idle / 2**20:.0f} MB, "
          f"peak while it ran {peak / 2**20:.0f} MB; cap {cap / 2**20:.0f} MB "
          f"(before + {slots + slow_slots} query processes x {args.query_memory} MB); "
          f"the hog got {hog_status}: {hog_body}")
    failed = ratio < 0.5 or health_p99 >= 100 or peak > cap
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
