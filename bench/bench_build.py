"""``kg build`` against bare spaCy on the same archive, 1 and 2 workers, in one run; and
how a long article's time and memory grow with its length.

    python bench/bench_build.py                   # 2,000 archive articles (~25 min)
    python bench/bench_build.py --articles 300    # quicker
    python bench/bench_build.py --long            # 0.25-2 MB articles: time, peak RSS

Bare = the model's ``nlp.pipe`` over the texts (``n_process`` 1 or 2); kg = ``kg build``'s
library call into a new disk store (read, parse, extract, link offline, RDF, store).
Prints words/s, kg over bare, and each one's speed-up from 1 to 2 workers. Aims:
1 worker >= 0.8x bare, ``--workers 2`` speed-up >= 1.6x. Archive texts come from
bench/archive.py (real Wikinews text, recombined).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def texts_for(n: int) -> Path:
    import archive

    folder = archive.CACHE / f"texts-{n}"
    if not (folder / "kg-bench-complete").exists():
        archive.write_texts(n, folder)
        (folder / "kg-bench-complete").write_text("ok\n")
    return folder


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its ended children so far."""
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def run_bare(nlp, texts: list[str], workers: int) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=workers):
        pass
    return time.perf_counter() - started


def run_kg(nlp, folder: Path, workers: int) -> tuple[float, int]:
    from kg.pipeline import BuildOptions, build

    with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
        started = time.perf_counter()
        report = build([str(folder)], str(Path(tmp) / "store"), nlp=nlp,
                       options=BuildOptions(link="offline", workers=workers, progress=False))
        seconds = time.perf_counter() - started
    assert not report.problems, report.problems[:3]
    return seconds, len(report.built)


def throughput(args) -> None:
    from kg import nlp as kg_nlp
    from kg.read import ReadOptions, read_inputs

    folder = texts_for(args.articles)
    texts = [a.text for a in read_inputs([str(folder)], ReadOptions())]
    words = sum(len(t.split()) for t in texts)
    bare, nlp = kg_nlp.load_bare(), kg_nlp.load()
    list(bare.pipe(texts[:4]))
    list(nlp.pipe(texts[:4]))
    times, cpu = {}, {}
    for workers in (1, 2):  # side by side: bare then kg, 1 worker then 2
        for what in ("bare", "kg"):
            before = cpu_seconds()
            if what == "bare":
                times[(what, workers)] = run_bare(bare, texts, workers)
            else:
                times[(what, workers)], built = run_kg(nlp, folder, workers)
                assert built == len(texts)
            after = cpu_seconds()
            cpu[(what, workers)] = tuple(b - a for a, b in zip(before, after))
    print(f"{len(texts)} archive articles, {words} words, link offline, disk store")
    for (what, workers), seconds in times.items():
        own, kids = cpu[(what, workers)]
        print(f"  {what:4} {workers} worker(s): {words / seconds:7.0f} words/s ({seconds:.0f} s); "
              f"CPU {own:.0f} s here + {kids:.0f} s in child processes")
    for workers in (1, 2):
        ratio = times[("bare", workers)] / times[("kg", workers)]
        print(f"kg/bare, {workers} worker(s): {ratio:.2f}" + ("  (aim >= 0.8)" if workers == 1 else ""))
    print(f"speed-up 1 -> 2 workers: kg {times[('kg', 1)] / times[('kg', 2)]:.2f} (aim >= 1.6), "
          f"bare {times[('bare', 1)] / times[('bare', 2)]:.2f}")
    # CPU time does not depend on what else the machine runs, as wall time does
    bare_cpu = sum(cpu[("bare", 1)])
    own, kids = cpu[("kg", 1)]
    print(f"CPU, 1 worker: bare {bare_cpu:.0f} s; kg's worker {kids:.0f} s "
          f"({bare_cpu / kids:.2f} of bare's words per CPU second), kg's main process "
          f"(read, store, index) {own:.0f} s")
    # Two workers and the storing process share the two cores: the build cannot take less
    # than all their CPU over two, so the speed-up is at most 2 / (1 + main / worker) of
    # the 1-worker run, whatever the workers do (the storing process is mostly Oxigraph's
    # bulk loader and RocksDB's compactions, see docs/store.md)
    own2, kids2 = cpu[("kg", 2)]
    print(f"CPU bound on the speed-up with 2 cores: 2 / (1 + main {own2:.0f} s / workers "
          f"{kids2:.0f} s) = {2 / (1 + own2 / kids2):.2f}")


LONG = """
import json, resource, sys, time
from datetime import datetime, timezone
from kg import nlp as kn
from kg.model import Article
from kg.pipeline import extract_one
texts = [json.loads(l)["text"] for l in open(sys.argv[1])]
size = int(sys.argv[2])
text, i = "", 0
while len(text) < size:
    text += texts[i % len(texts)] + "\\n\\n"
    i += 1
nlp = kn.load()
started = time.perf_counter()
x = extract_one(Article(text, "long", datetime.now(timezone.utc)), nlp)
print(json.dumps({"seconds": time.perf_counter() - started, "chars": len(text),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "entities": len(x.entities)}))
"""


def long_articles(args) -> None:
    import archive

    source = archive.NEWS_DEV / archive.SOURCES[0]
    base = None
    print("one article, real text concatenated; parse + extract, in windows")
    for size in (250_000, 500_000, 1_000_000, 2_000_000):
        out = subprocess.run([sys.executable, "-c", LONG, str(source), str(size)],
                             capture_output=True, text=True, check=True)
        row = json.loads(out.stdout)
        base = base or row
        print(f"  {row['chars'] / 1e6:4.2f} MB: {row['seconds']:6.1f} s "
              f"({row['seconds'] / base['seconds'] / (row['chars'] / base['chars']):.2f}x "
              f"linear), peak RSS {row['rss_mb']:5.0f} MB, {row['entities']} entities")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--long", action="store_true", help="long articles instead")
    args = parser.parse_args()
    long_articles(args) if args.long else throughput(args)
    print(f"(this process: peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
