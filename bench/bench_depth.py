"""Cost of depth: words/s of the whole extraction over its entity and role steps alone,
on the same ~100k words, measured side by side in one run.

    python bench/bench_depth.py [--words 100000] [--rounds 2]

Both sides parse with kg's spaCy pipeline (nlp.pipe), then extract:
before = entities -> roles (what every later step reads);
deep   = kg.extract.extract (adds coreference, times, the predicate-argument reader with
         its nodes, facts and events, and attribution).
Prints words/s of each, end to end (parse + extract) and extraction alone, and the ratios.
"""
from __future__ import annotations

import argparse
import json
import time
from datetime import date, datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpus(words: int) -> list[tuple[str, date | None]]:
    """The seed and the dev gold passages, repeated to ~``words`` words (with their dates)."""
    base = [(p.read_text(encoding="utf-8"), date(2016, 3, 15))
            for p in sorted((REPO / "seeds").glob("*.txt"))]
    gold = REPO / "tests" / "gold" / "facts_dev.jsonl"
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            base.append((row["text"], date.fromisoformat(row["date"]) if row.get("date") else None))
    out, total, n = [], 0, 0
    while total < words:
        text, published = base[n % len(base)]
        out.append((text, published))
        total += len(text.split())
        n += 1
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; best of each")
    args = parser.parse_args()

    from kg import nlp as kg_nlp
    from kg.extract import entities, extract, roles, sentences
    from kg.extract.table import EntityTable
    from kg.model import Article, Extraction

    def extract_before(doc, article) -> Extraction:
        table = EntityTable(doc)
        entities.find_entities(doc, table)
        found_roles = roles.find_roles(doc, table)
        return Extraction(article=article, sentences=sentences(doc), entities=table.freeze(),
                          roles=tuple(found_roles))

    items = corpus(args.words)
    texts = [t for t, _ in items]
    words = sum(len(t.split()) for t in texts)
    retrieved = datetime.now(timezone.utc)
    articles = [Article(text=t, source=f"bench:{i}", retrieved=retrieved, published=d)
                for i, (t, d) in enumerate(items)]
    nlp = kg_nlp.load()
    warm = list(nlp.pipe(texts[:3]))
    for doc, art in zip(warm, articles):  # load lexicons outside the timing
        extract(doc, art)
        extract_before(doc, art)

    def run(fn) -> tuple[float, float, int]:
        """(end-to-end seconds, extraction seconds, events+claims found)."""
        start, extracting, found = time.perf_counter(), 0.0, 0
        for doc, article in zip(nlp.pipe(texts, batch_size=16), articles):
            t0 = time.perf_counter()
            x = fn(doc, article)
            extracting += time.perf_counter() - t0
            found += len(x.events) + len(x.claims)
        return time.perf_counter() - start, extracting, found

    before, deep = [], []
    for _ in range(args.rounds):  # alternate, keep the best of each: noise hits both alike
        before.append(run(extract_before))
        deep.append(run(extract))
    b_total, b_extract = min(r[0] for r in before), min(r[1] for r in before)
    d_total, d_extract = min(r[0] for r in deep), min(r[1] for r in deep)
    print(f"texts: {len(texts)}, words: {words}, events+claims found (deep): {deep[0][2]}")
    print(f"before (parse+extract): {words / b_total:8.0f} words/s ({b_total:.1f} s)")
    print(f"deep   (parse+extract): {words / d_total:8.0f} words/s ({d_total:.1f} s)")
    print(f"before (extract only) : {words / b_extract:8.0f} words/s ({b_extract:.1f} s)")
    print(f"deep   (extract only) : {words / d_extract:8.0f} words/s ({d_extract:.1f} s)")
    print(f"ratio deep/before end to end : {b_total / d_total:.2f}")
    print(f"ratio deep/before extraction : {b_extract / d_extract:.2f}")


if __name__ == "__main__":
    main()
