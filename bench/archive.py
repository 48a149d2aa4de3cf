"""Archives of N news articles from real text, with realistic entity repetition.

    python bench/archive.py texts 2000 OUT_DIR      # N Markdown articles for `kg build`
    python bench/archive.py store 10000 STORE_DIR   # the same archive, built into a store
    python bench/archive.py stats 10000             # how often entities repeat

Sources: the 338 English Wikinews articles of ../shared/news-dev (text CC BY 2.5,
credit "Wikinews contributors"; every generated article keeps its source URL in its
front matter and its graph), parsed once by kg (cached under ~/.cache/kg-bench).

Article ``i`` is source article ``i mod 338`` recombined:

* entities that several sources name (countries, leaders, big organisations, or
  anything linked to Wikidata in two sources) keep their identity, so at 10,000
  articles a few entities are named by thousands of articles;
* every other named entity is renamed, in the text and in the graph, to a name drawn
  from a Zipf-distributed pool (people get recombined real given names and surnames,
  others their name plus a number): a long tail of entities named once or a few times,
  and a middle of ones named by tens;
* a first line "Archive article #i." keeps every article's content distinct.

The extraction of the source is shifted to the new text (every offset), so ``store``
writes what kg would store for the text ``texts`` writes, without parsing N articles
again: 10,000 articles take minutes instead of an hour of spaCy.
"""
from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import os
import pickle
import sys
import time
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg import __version__  # noqa: E402
from kg.model import Article, Entity, Extraction, Link  # noqa: E402
from kg.vocab import entity_key  # noqa: E402

#: $KG_NEWS_DEV, else shared/news-dev beside the checkout (or beside its worktree folder).
NEWS_DEV = Path(os.environ.get("KG_NEWS_DEV") or next(
    (p for p in (REPO.parent / "shared" / "news-dev", REPO.parent.parent / "shared" / "news-dev")
     if p.is_dir()), REPO.parent / "shared" / "news-dev"))
SOURCES = ("wikinews-2019-2021.jsonl", "gum-wikinews.jsonl")
CACHE = Path(os.environ.get("KG_BENCH_CACHE", Path.home() / ".cache" / "kg-bench"))
RETRIEVED = datetime(2024, 1, 1, tzinfo=timezone.utc)
CREDIT = "Wikinews contributors (CC BY 2.5)"
#: Entities named by at least this many source articles keep their identity.
KEEP_DF = 3
#: Renamed entities draw their name's rank r with weight (r + ZIPF_Q) ** -ZIPF_A from a
#: pool of POOL_PER_ARTICLE names per archive article (Zipf-Mandelbrot): the busiest
#: renamed entity is named by ~3% of articles, most by one.
ZIPF_A, ZIPF_Q, POOL_PER_ARTICLE = 1.2, 200, 50
SCOPED = {"Date", "Quantity"}


# -- the sources ------------------------------------------------------------------------
def source_articles() -> list[Article]:
    """The Wikinews articles of news-dev, in file order."""
    if not NEWS_DEV.is_dir():
        raise SystemExit(f"no {NEWS_DEV}: set KG_NEWS_DEV to the news-dev folder")
    articles = []
    for name in SOURCES:
        for line in (NEWS_DEV / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            articles.append(Article(text=row["text"], source=row["source_url"],
                                    retrieved=RETRIEVED,
                                    published=date.fromisoformat(row["date"][:10]),
                                    title=row.get("title")))
    return articles


def parsed_sources(workers: int = 1) -> list[tuple[Extraction, dict[str, Link]]]:
    """Each source's extraction and offline links, computed once and cached."""
    from kg import nlp as kg_nlp
    from kg.link import make_linker
    from kg.pipeline import extract_articles

    articles = source_articles()
    digest = hashlib.sha256("".join(a.text for a in articles).encode()).hexdigest()[:12]
    path = CACHE / f"sources-{__version__}-{digest}.pickle"
    if path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    started = time.perf_counter()
    nlp = kg_nlp.load()
    linker = make_linker("offline")
    parsed = [(x, linker.link(x)) for x in extract_articles(articles, nlp, workers)]
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        pickle.dump(parsed, f)
    print(f"parsed {len(parsed)} source articles in {time.perf_counter() - started:.0f} s "
          f"(cached in {path})", file=sys.stderr)
    return parsed


# -- recombination -------------------------------------------------------------------------
def identity(entity: Entity, links: dict[str, Link]) -> str:
    link = links.get(entity.key)
    return f"wd:{link.qid}" if link and link.qid else entity.key


def renamable(entity: Entity) -> bool:
    return entity.type not in SCOPED and entity.kind == "name"


class Plan:
    """What every archive article is made of: which entities keep their identity, and
    the pools renamed ones draw from."""

    def __init__(self, parsed: list[tuple[Extraction, dict[str, Link]]]) -> None:
        self.parsed = parsed
        df: Counter = Counter()
        for x, links in parsed:
            df.update({identity(e, links) for e in x.entities if renamable(e)})
        self.keep = {k for k, n in df.items() if n >= KEEP_DF
                     or (k.startswith("wd:") and n >= 2)}
        self.pools: dict[str, tuple[list[str], list[str]]] = {}
        for type_ in {e.type for x, _ in parsed for e in x.entities if renamable(e)}:
            names = [e.name.split() for x, _ in parsed for e in x.entities
                     if e.type == type_ and e.kind == "name" and len(e.name.split()) >= 2]
            first = sorted({n[0] for n in names if n[0].isalpha()})
            last = sorted({n[-1] for n in names if n[-1].isalpha()})
            if len(first) >= 20 and len(last) >= 20:
                self.pools[type_] = (first, last)
        self._weights: np.ndarray | None = None

    def rank(self, rng: np.random.Generator, n: int) -> int:
        """A Zipf-Mandelbrot rank among ``POOL_PER_ARTICLE * n`` names."""
        size = POOL_PER_ARTICLE * max(n, 1)
        if self._weights is None or len(self._weights) != size:
            weights = (np.arange(size) + ZIPF_Q) ** -ZIPF_A
            self._weights = np.cumsum(weights) / weights.sum()
        return int(np.searchsorted(self._weights, rng.random()))

    def name(self, entity: Entity, rank: int) -> str:
        """The ``rank``-th name of the pool for an entity of this type: real first and
        last words of that type's names recombined (else its own name and a number)."""
        pool = self.pools.get(entity.type)
        if pool is None:
            return f"{entity.name} {rank + 1}"
        first, last = pool
        base = f"{first[rank % len(first)]} {last[(rank // len(first)) % len(last)]}"
        turn = rank // (len(first) * len(last))
        return base if turn == 0 else f"{base} {turn + 1}"

    def article(self, i: int, n: int) -> tuple[Extraction, dict[str, Link]]:
        """Article ``i`` of an ``n``-article archive: its extraction (on its new text)
        and its links."""
        source, links = self.parsed[i % len(self.parsed)]
        rng = np.random.default_rng(i)
        renames: dict[str, Entity] = {}
        taken: set[str] = set()
        for e in source.entities:
            if not renamable(e) or identity(e, links) in self.keep:
                continue
            while True:  # a Zipf rank; distinct names within the article
                new_name = self.name(e, self.rank(rng, n))
                key = entity_key(e.type, new_name)
                if key not in taken:
                    break
            taken.add(key)
            renames[e.key] = replace(e, key=key, name=new_name, aliases=())
        x = rewrite(source, renames, f"Archive article #{i}.\n\n")
        # retrieved one after another, as a build reads them
        x = replace(x, article=replace(x.article, retrieved=RETRIEVED + timedelta(seconds=i)))
        return x, {k: v for k, v in links.items() if k not in renames}


def rewrite(x: Extraction, renames: dict[str, Entity], header: str) -> Extraction:
    """``x`` on a new text: ``header`` first, renamed entities' name mentions replaced."""
    text = x.article.text
    edits = [(0, 0, header)]
    for e in x.entities:
        new = renames.get(e.key)
        if new is None:
            continue
        for m in e.mentions:
            if m.kind != "name":
                continue
            words = new.name.split()
            short = e.type == "Person" and " " not in m.text and len(words) > 1
            surface = words[-1] if short else new.name  # "Putin" -> the new surname
            edits.append((m.start, m.end, surface))
    edits.sort()
    kept, last = [], 0
    for start, end, new in edits:  # overlapping mentions: the first wins
        if start >= last or start == end == 0:
            kept.append((start, end, new))
            last = max(last, end)
    out, pos, delta = [], 0, 0
    starts, before = [], []
    for start, end, new in kept:
        out += [text[pos:start], new]
        pos = end
        starts.append(start)
        before.append(delta)
        delta += len(new) - (end - start)
    out.append(text[pos:])
    new_text = "".join(out)

    def at(offset: int, side: str) -> int:
        """Where ``offset`` of the old text is in the new one; an offset inside a
        replaced name goes to the start (a span's start) or end (its end) of the new."""
        j = bisect.bisect_right(starts, offset) - 1
        if j < 0:
            return offset
        start, end, new = kept[j]
        if offset >= end:
            return offset + before[j] + len(new) - (end - start)
        if offset > start:
            return start + before[j] + (len(new) if side == "end" else 0)
        return offset + before[j]

    def span(obj, text_field: str | None = None):
        start, end = at(obj.start, "start"), at(obj.end, "end")
        changes = {"start": start, "end": end}
        if text_field and getattr(obj, text_field) == text[obj.start:obj.end]:
            changes[text_field] = new_text[start:end]
        return replace(obj, **changes)

    key = {k: e.key for k, e in renames.items()}.get

    def k(value):
        return key(value, value) if value else value

    entities = []
    for e in x.entities:
        new = renames.get(e.key, e)
        entities.append(replace(new, mentions=tuple(span(m, "text") for m in e.mentions)))
    times = tuple(span(t, "text") for t in x.times)
    time_of = {(t.start, t.end): nt for t, nt in zip(x.times, times)}
    return Extraction(
        article=replace(x.article, text=new_text),
        sentences=tuple(span(s, "text") for s in x.sentences),
        entities=tuple(entities),
        relations=tuple(replace(span(r), subject=k(r.subject), obj=k(r.obj),
                                time=time_of.get((r.time.start, r.time.end), r.time)
                                if r.time else None) for r in x.relations),
        events=tuple(replace(span(ev), arguments=tuple((role, k(v)) for role, v in ev.arguments),
                             time=time_of.get((ev.time.start, ev.time.end), ev.time)
                             if ev.time else None) for ev in x.events),
        roles=tuple(replace(span(r), holder=k(r.holder), organization=k(r.organization))
                    for r in x.roles),
        claims=tuple(replace(span(c, "text"), speaker=k(c.speaker), addressee=k(c.addressee))
                     for c in x.claims),
        times=times, language=x.language, warnings=x.warnings)


def archive(n: int, workers: int = 1) -> Iterator[tuple[Extraction, dict[str, Link]]]:
    plan = Plan(parsed_sources(workers))
    for i in range(n):
        yield plan.article(i, n)


# -- outputs ------------------------------------------------------------------------------
def write_texts(n: int, folder: Path) -> list[Path]:
    """The archive as Markdown files with front matter (title, date, source, credit)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (x, _links) in enumerate(archive(n)):
        a = x.article
        path = folder / f"archive-{i:06d}.md"
        title = (a.title or "").replace("\n", " ")
        path.write_text(f"---\ntitle: {title}\ndate: {a.published}\nsource: {a.source}\n"
                        f"credit: {CREDIT}\n---\n{a.text}", encoding="utf-8")
        paths.append(path)
    return paths


def build_store(n: int, location: str, progress: bool = True) -> float:
    """Store the archive's graphs (what ``kg build`` of :func:`write_texts` would store,
    but from the shifted extractions) into a new store; seconds taken.

    Articles are bulk-loaded 200 at a time with their merged-graph copies (the layout of
    kg.store.layout, without a transaction per article: the store is new)."""
    from kg.rdf import article_quads
    from kg.store import open_store
    from kg.store.layout import article_quads as with_source
    from kg.store.merged import merged_of

    started = time.perf_counter()
    with open_store(location) as store:
        if store.graphs():
            raise SystemExit(f"{location} is not empty")
        merged = merged_of(store.backend)
        batch: list = []
        for i, (x, links) in enumerate(archive(n)):
            source = f"archive/{i:06d}.md"
            x = replace(x, article=replace(x.article, source=source))
            quads = article_quads(x, links, model="archive", now=RETRIEVED)
            batch += with_source(quads.identifier, quads, source)
            if (i + 1) % 200 == 0 or i == n - 1:
                store.backend.bulk_load(batch + merged.of(batch))
                batch = []
            if progress and (i + 1) % 1000 == 0:
                print(f"  {i + 1} articles, {time.perf_counter() - started:.0f} s",
                      file=sys.stderr)
    return time.perf_counter() - started


def repetition(n: int) -> Counter:
    """Entity identity -> number of archive articles naming it."""
    counts: Counter = Counter()
    for x, links in archive(n):
        counts.update({identity(e, links) for e in x.entities if renamable(e)})
    return counts


def describe(counts: Counter) -> str:
    top = counts.most_common(5)
    values = sorted(counts.values())
    once = sum(1 for v in values if v == 1)
    return (f"{len(counts)} named entities; busiest: "
            + ", ".join(f"{k} in {v}" for k, v in top)
            + f"; median {values[len(values) // 2]} article(s); {once / len(values):.0%} "
              f"named once; {sum(1 for v in values if v >= 100)} in 100+ articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["texts", "store", "stats"])
    parser.add_argument("n", type=int)
    parser.add_argument("out", nargs="?")
    args = parser.parse_args()
    if args.what == "stats":
        print(describe(repetition(args.n)))
    elif args.what == "texts":
        paths = write_texts(args.n, Path(args.out))
        print(f"wrote {len(paths)} articles to {args.out}")
    else:
        seconds = build_store(args.n, args.out)
        print(f"stored {args.n} articles in {args.out} in {seconds:.0f} s")


if __name__ == "__main__":
    main()
