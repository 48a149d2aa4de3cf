"""Shipped queries and the main UI pages on archives of 1,000 and 10,000 articles: p50 of
each at the UI's page size, and how it grows with the archive, measured in one run.

    python bench/bench_queries.py                    # 1k and 10k (builds missing archives)
    python bench/bench_queries.py --sizes 1000 --runs 5
    python bench/bench_queries.py --offset 1000      # a deep page too

Archives come from bench/archive.py (real Wikinews text recombined, a few entities in
thousands of articles and a long tail) and are kept under ~/.cache/kg-bench/ (10,000
articles: ~5 GB, ~10 minutes to build the first time). Each query runs ``--runs`` times
after one warm-up; the table gives the median. "growth" is p50 at the largest archive
over p50 at the smallest: about 1 when a query's cost follows the rows it returns, about
10 when it grows with the archive.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import archive  # noqa: E402
from kg.query import PAGE_SIZE, page, read_queries  # noqa: E402
from kg.store import open_store  # noqa: E402

US = "https://w3id.org/newskg/id/entity/Q30"  # the entity most archive articles name


def store_for(n: int) -> Path:
    """The ``n``-article archive's store, built the first time."""
    path = archive.CACHE / f"archive-{n}"
    done = path / "kg-bench-complete"
    if not done.exists():
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        print(f"building the {n}-article archive in {path} ...", file=sys.stderr)
        seconds = archive.build_store(n, str(path))
        done.write_text(f"{seconds:.0f} s\n")
    return path


def p50(run, runs: int) -> float:
    run()  # warm-up: caches, the query workers of the web app
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def query_times(location: Path, runs: int, offset: int) -> dict[str, float]:
    out = {}
    with open_store(str(location), read_only=True) as store:
        for q in read_queries():
            text = page(q.text, PAGE_SIZE, 0)
            out[q.name] = p50(lambda: list(store.query(text)), runs)
            if offset:
                deep = page(q.text, PAGE_SIZE, offset)
                out[f"{q.name} @{offset}"] = p50(lambda: list(store.query(deep)), runs)
    return out


def page_times(location: Path, runs: int) -> dict[str, float]:
    """The main UI pages through the web app (its query workers, its templates)."""
    from kg.web import create_app

    app = create_app({"KG_STORE_LOCATION": str(location), "TESTING": True})
    client = app.test_client()
    newest = next(iter(app.extensions["kg.endpoint"].store.query(
        "SELECT ?a WHERE { ?a <https://w3id.org/newskg/ontology#retrievedAt> ?r } "
        "ORDER BY DESC(?r) LIMIT 1")))["a"].value
    pages = {
        "UI: query page (who-did-what)": "/?example=who-did-what",
        "UI: busiest entity (United States)": "/entity/Q30",
        "UI: newest article": "/article/" + newest.rsplit("/", 1)[-1],
        "UI: search 'minister'": "/search?q=minister",
    }
    out = {}
    try:
        for name, url in pages.items():
            def get(url=url):
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)
            out[name] = p50(get, runs)
    finally:
        app.extensions["kg.endpoint"].close()
        app.extensions["kg.endpoint"].store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--offset", type=int, default=0, help="also time this deep page")
    args = parser.parse_args()

    results: dict[int, dict[str, float]] = {}
    for n in args.sizes:
        location = store_for(n)
        results[n] = {**query_times(location, args.runs, args.offset),
                      **page_times(location, args.runs)}
    small, large = min(args.sizes), max(args.sizes)
    print(f"p50 of {args.runs} runs at page size {PAGE_SIZE}, seconds")
    width = max(len(k) for k in results[large])
    head = " | ".join(f"{n:>8}" for n in args.sizes)
    print(f"{'':{width}} | {head} | growth")
    for name in results[large]:
        cells = " | ".join(f"{results[n][name]:8.3f}" for n in args.sizes)
        growth = results[large][name] / max(results[small][name], 1e-6)
        print(f"{name:{width}} | {cells} | {growth:5.1f}x")
    worst = max(results[large].items(), key=lambda kv: kv[1])
    print(f"slowest at {large}: {worst[0]} {worst[1]:.3f} s (aim < 1 s)")


if __name__ == "__main__":
    main()
