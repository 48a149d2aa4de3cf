"""Linking benchmark: offline time per 1,000 mentions, and the API cache on a second run.

    python bench/bench_linking.py [--articles 300]

Offline: synthetic articles made of index names (labels, aliases, surnames, unknown
names), linked by the context linker and, side by side, by a popularity-only baseline
(first label match, no context). Online: articles naming items only the Wikidata API
stand-in (tests/wikidata_standin.py, on 127.0.0.1) knows, linked twice with the same
cache directory; the second run should be all cache hits and send no request.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from kg.link import make_linker  # noqa: E402
from kg.link.classes import kinds  # noqa: E402
from kg.link.records import records_from_entities  # noqa: E402
from kg.model import Article, Entity, Extraction, Mention  # noqa: E402
from kg.vocab import entity_key  # noqa: E402
from wikidata_standin import WikidataStandIn, fixture_entities  # noqa: E402

UNKNOWN = ["John Smith", "Maria Gonzalez", "Red Harbour Alliance", "Ashcombe", "Lower Brantwick",
           "Georgia Wells", "Omar Haddad", "Northfield Council"]


TRUTH: dict[str, str | None] = {}  # entity key -> the item its name was taken from


def make_article(names: list[tuple[str, str]], n: int) -> Extraction:
    entities, text = [], ""
    for name, type_ in names:
        mentions = []
        for _ in range(2):  # each entity mentioned twice
            start = len(text)
            text += name + ". "
            mentions.append(Mention(start, start + len(name), name, 0))
        entities.append(Entity(entity_key(type_, name), type_, name, tuple(mentions)))
    return Extraction(Article(text, f"bench-{n}", datetime.now(timezone.utc)), (), tuple(entities))


def kg_type(record) -> str:
    found = kinds(record.classes, record.description, record.kinds)
    for t in ("Person", "Country", "Place", "Facility", "Organization", "Group", "EventName"):
        if t in found:
            return t
    return "Organization"


def offline_articles(count: int, rng: random.Random) -> list[Extraction]:
    index = make_linker("offline").index
    records = [r for r in index.records() if r.popularity >= 20]
    out = []
    for n in range(count):
        names = []
        for record in rng.sample(records, 12):
            type_ = kg_type(record)
            choice = rng.random()
            if choice < 0.2 and record.aliases:
                name = rng.choice(record.aliases)
            elif choice < 0.3 and type_ == "Person":
                name = record.label.split()[-1]
            else:
                name = record.label
            names.append((name, type_))
            TRUTH.setdefault(entity_key(type_, name), record.qid)
        for _ in range(3):
            name, type_ = rng.choice(UNKNOWN), rng.choice(["Person", "Place", "Organization"])
            names.append((name, type_))
            TRUTH.setdefault(entity_key(type_, name), None)
        out.append(make_article(list(dict.fromkeys(names)), n))
    return out


class PopularityBaseline:
    """The most popular item whose label or alias equals the name; no type, no context."""

    def __init__(self, index):
        self.index = index

    def link(self, extraction):
        out = {}
        for e in extraction.entities:
            hits = self.index.lookup(e.name)
            out[e.key] = max(hits, key=lambda h: h.record.popularity).record.qid if hits else None
        return out


def accuracy(link, articles) -> float:
    """Share of entities given their source item (or NIL for unknown names)."""
    right = total = 0
    for article in articles:
        links = link(article)
        for e in article.entities:
            got = links.get(e.key)
            got = getattr(got, "qid", got)
            right += got == TRUTH.get(e.key)
            total += 1
    return right / total


def mentions(articles) -> int:
    return sum(len(e.mentions) for a in articles for e in a.entities)


def timed(fn, articles) -> float:
    started = time.perf_counter()
    for article in articles:
        fn(article)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    linker = make_linker("offline")
    started = time.perf_counter()
    _ = linker.index
    load = time.perf_counter() - started
    articles = offline_articles(args.articles, rng)
    n = mentions(articles)
    context = timed(linker.link, articles)
    baseline = timed(PopularityBaseline(linker.index).link, articles)
    print(f"offline index: {len(linker.index)} items, opened in {load * 1000:.0f} ms "
          "(SQLite; built once into the cache on first use)")
    print(f"offline linking: {args.articles} articles, {n} mentions")
    print(f"  context linker      {context / n * 1000 * 1000:8.1f} ms per 1,000 mentions")
    print(f"  popularity baseline {baseline / n * 1000 * 1000:8.1f} ms per 1,000 mentions")
    print(f"  ratio context/baseline: {context / baseline:.1f}x")
    good, base = accuracy(linker.link, articles), accuracy(PopularityBaseline(linker.index).link,
                                                           articles)
    print(f"  accuracy (item or NIL): context {good:.1%}, baseline {base:.1%} "
          "(surnames need context, which random articles rarely give)")

    records = [r for r in records_from_entities(fixture_entities().values())
               if r.qid not in linker.index]
    if not records:
        print("online: shared Wikidata fixtures missing, skipped")
        return
    online_articles = [make_article([(r.label, kg_type(r)) for r in records[i:i + 10]], i)
                       for i in range(0, len(records), 10)]
    with WikidataStandIn() as api, tempfile.TemporaryDirectory() as cache:
        runs = []
        for run in (1, 2):
            before = api.request_count
            online = make_linker("online", api_url=api.url, cache_dir=Path(cache), timeout=5)
            elapsed = timed(online.link, online_articles)
            linked = sum(1 for a in online_articles for l in online.link(a).values() if l.qid)
            stats = online.client.stats
            runs.append(elapsed)
            print(f"online run {run}: {len(online_articles)} articles, "
                  f"{mentions(online_articles)} mentions, {elapsed:.2f} s, "
                  f"{api.request_count - before} HTTP requests, cache hit rate "
                  f"{stats.hit_rate:.0%}, {linked} entities linked")
        print(f"  ratio first/second run time: {runs[0] / runs[1]:.1f}x")


if __name__ == "__main__":
    main()
