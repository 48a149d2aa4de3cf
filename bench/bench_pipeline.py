"""Pipeline throughput over bare spaCy on the same text, measured side by side in one run.

    python bench/bench_pipeline.py [--words 100000] [--link offline|off] [--corpus news|seeds]
                                   [--news FILE]

Ours = read files -> parse -> extract -> link -> RDF -> store (in memory);
bare = the same model's nlp.pipe over the same texts. Prints words/s and the ratio, and
the same ratio by CPU seconds (this process and its workers), which other jobs on the
machine move far less than the wall-clock one.
The texts are real news (the 295 plain Wikinews articles of ../shared/news-dev, each once
before any repeats) or the seed article repeated (``--corpus seeds``, the only choice
without ../shared).
"""
from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: ../shared next to the checkout, or above a worktree's folder (``--news`` for another)
NEWS = next((p / "shared" for p in REPO.parents if (p / "shared" / "news-dev").is_dir()),
            REPO.parent / "shared") / "news-dev" / "wikinews-2019-2021.jsonl"


def sources(kind: str, news: Path = NEWS) -> list[str]:
    """The texts a corpus cycles through: real Wikinews articles, or the seeds."""
    if kind == "news" and news.is_file():
        with news.open(encoding="utf-8") as lines:
            return [f"{a['title']}\n\n{a['text']}" for a in map(json.loads, lines)
                    if a.get("text")]
    return [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]


def corpus(words: int, kind: str = "news", news: Path = NEWS) -> list[str]:
    """Distinct articles (a numbered first line keeps content hashes apart) of ~``words`` words."""
    seeds = sources(kind, news)
    texts, total, n = [], 0, 0
    while total < words:
        text = f"Report {n}.\n\n" + seeds[n % len(seeds)]
        texts.append(text)
        total += len(text.split())
        n += 1
    return texts


def cpu_seconds() -> float:
    """CPU seconds of this process and of its children waited for (the build's workers)."""
    own, children = (resource.getrusage(who) for who in
                     (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--link", default="offline", choices=["offline", "off"])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--corpus", default="news", choices=["news", "seeds"],
                        help="real Wikinews articles (default; needs ../shared) or the seed")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; best of each")
    parser.add_argument("--news", type=Path, default=NEWS,
                        help="the news file (default: ../shared/news-dev's Wikinews)")
    args = parser.parse_args()

    from kg import nlp as kg_nlp
    from kg.pipeline import BuildOptions, build
    from kg.store import open_store

    kind = args.corpus if args.news.is_file() else "seeds"
    texts = corpus(args.words, kind, args.news)
    words = sum(len(t.split()) for t in texts)
    bare = kg_nlp.load_bare()
    nlp = kg_nlp.load()
    list(bare.pipe(texts[:2]))  # warm up both pipelines
    list(nlp.pipe(texts[:2]))

    def run_bare() -> float:
        cpu, start = cpu_seconds(), time.perf_counter()
        for _ in bare.pipe(texts, batch_size=16, n_process=args.workers):
            pass
        seconds = time.perf_counter() - start
        bare_cpu.append(cpu_seconds() - cpu)
        return seconds

    def run_ours(folder: str):
        store = open_store(":memory:")
        cpu, start = cpu_seconds(), time.perf_counter()
        report = build([folder], options=BuildOptions(link=args.link, progress=False,
                                                     workers=args.workers), store=store, nlp=nlp)
        seconds = time.perf_counter() - start
        our_cpu.append(cpu_seconds() - cpu)
        return seconds, report

    # Alternate the two runs and keep each one's best, so machine noise hits both alike.
    bare_times, our_times, bare_cpu, our_cpu = [], [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(texts):
            Path(folder, f"{i:05d}.txt").write_text(text, encoding="utf-8")
        for _ in range(args.rounds):
            bare_times.append(run_bare())
            seconds, report = run_ours(folder)
            our_times.append(seconds)
    bare_s, ours_s = min(bare_times), min(our_times)
    assert len(report.built) == len(texts), report.summary()
    print(f"texts: {len(texts)} ({kind}), "
          f"words: {words}, workers: {args.workers}, link: {args.link}")
    print(f"bare nlp.pipe : {words / bare_s:8.0f} words/s ({bare_s:.1f} s)")
    print(f"kg pipeline   : {words / ours_s:8.0f} words/s ({ours_s:.1f} s, "
          f"{report.statements} triples)")
    print(f"ratio kg/bare : {bare_s / ours_s:.2f}  (aim >= 0.75)")
    print(f"CPU seconds   : bare {min(bare_cpu):.1f}, kg {min(our_cpu):.1f} (all its processes); "
          f"ratio {min(bare_cpu) / min(our_cpu):.2f}")


if __name__ == "__main__":
    main()
