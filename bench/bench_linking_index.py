"""The index at Wikidata scale: build a generated dump in the JSON dump format, look names up.

    python bench/bench_linking_index.py [--items 1000000] [--small 100000] [--keep DIR]

Generates ``latest-all.json.bz2``-shaped dumps ('[' then one entity per line ending in
',', bzip2) of ``--small`` and ``--items`` items: English and other labels, aliases,
descriptions, P31/P17/P131 claims, 0-40 sitelinks; about 15% have no English label or
no sitelink and no class kg uses, and are dropped by the filter. Each is built with
``kg link build-index --fresh`` in a child process, so its peak RSS is measured alone.

Printed side by side, in one run: build time, items kept, size on disk, the time to
decompress the dump alone and to decompress and parse it (ratios: what the index adds
to reading the dump), peak RSS of both builds (ratio: memory stays flat as the dump
grows 10x), lookups/s on the big index against lookups in a Python dict of the same
names (ratio), and the RSS of a process holding the open index.
"""
from __future__ import annotations

import argparse
import bz2
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

#: Name parts: common enough that names repeat (several items share one), as on Wikidata.
SYLLABLES = tuple(c + v for c in "bdfghklmnprstvwz" for v in ("a", "e", "i", "o", "u", "an",
                                                              "er", "ol"))
CLASSES = ("Q5", "Q5", "Q5", "Q5", "Q515", "Q532", "Q3957", "Q4830453", "Q43229", "Q7278",
           "Q6256", "Q11424", "Q482994", "Q13442814", "Q16521")
LANGS = ("de", "fr", "es", "it", "nl", "ru")


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def statement(prop: str, qid: str) -> dict:
    return {"mainsnak": {"snaktype": "value", "property": prop, "datatype": "wikibase-item",
                         "datavalue": {"value": {"entity-type": "item", "numeric-id": int(qid[1:]),
                                                 "id": qid}, "type": "wikibase-entityid"}},
            "type": "statement", "id": f"{qid}$0", "rank": "normal"}


def entity(n: int, rng: random.Random) -> dict:
    qid = f"Q{n}"
    cls = rng.choice(CLASSES)
    name = f"{word(rng)} {word(rng)}" if cls == "Q5" else word(rng) + rng.choice(("", " City", " Group", ""))
    english = rng.random() > 0.08
    labels = {lang: {"language": lang, "value": name} for lang in rng.sample(LANGS, 3)}
    if english:
        labels["en"] = {"language": "en", "value": name}
    aliases = {"en": [{"language": "en", "value": f"{name.split()[0]} {word(rng)}"}
                      for _ in range(rng.randint(0, 3))]} if english else {}
    sitelinks = {f"{lang}wiki": {"site": f"{lang}wiki", "title": name, "badges": []}
                 for lang in LANGS[:rng.choice((0, 0, 1, 2, 3, 6))]}
    sitelinks.update({f"x{k}wiki": {"site": f"x{k}wiki", "title": name, "badges": []}
                      for k in range(rng.choice((0, 0, 0, 5, 20, 34)))})
    claims = {"P31": [statement("P31", cls)]}
    if rng.random() < 0.6:
        claims["P17"] = [statement("P17", f"Q{rng.randint(1, 300)}")]
    if rng.random() < 0.4:
        claims["P131"] = [statement("P131", f"Q{rng.randint(1, n + 1)}")]
    return {"type": "item", "id": qid, "labels": labels,
            "descriptions": {"en": {"language": "en", "value": f"generated item {n}"}},
            "aliases": aliases, "claims": claims, "sitelinks": sitelinks,
            "lastrevid": 1000000 + n}


def write_dump(path: Path, items: int, seed: int) -> list[str]:
    """The dump, and a sample of its English labels (the names to look up)."""
    rng = random.Random(seed)
    names: list[str] = []
    with bz2.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        out.write("[\n")
        for n in range(1, items + 1):
            data = entity(n, rng)
            out.write(json.dumps(data, separators=(",", ":")))
            out.write(",\n" if n < items else "\n")
            if "en" in data["labels"] and len(names) < 20000 and rng.random() < 0.05:
                names.append(data["labels"]["en"]["value"])
        out.write("]\n")
    return names


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(command, check=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def child_peak(code: str, *args: str) -> tuple[float, int, str]:
    """Run ``code`` in a fresh interpreter: wall time, its own peak RSS (KiB), stdout."""
    wrapper = (code + "\nimport resource, sys\n"
               "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", wrapper, *args], check=True,
                         capture_output=True, text=True).stdout
    elapsed = time.perf_counter() - started
    rss = int(out.strip().splitlines()[-1].split()[1])
    return elapsed, rss, out


BUILD = ("import sys; from pathlib import Path; from kg.link.build import build_index; "
         "s = build_index([Path(sys.argv[1])], Path(sys.argv[2]), fresh=True); print(s)")
READ = ("import bz2, json, sys\nn = 0\nfor line in bz2.open(sys.argv[1], 'rt'):\n"
        "    n += 1\n    if sys.argv[2] == 'parse' and len(line) > 2:\n"
        "        json.loads(line.rstrip().rstrip(','))\nprint(n)")
LOOKUP = ("import json, sys, time; from pathlib import Path\n"
          "from kg.link.index import OfflineIndex\n"
          "index = OfflineIndex.load(Path(sys.argv[1]))\n"
          "names = json.loads(Path(sys.argv[2]).read_text())\n"
          "started = time.perf_counter(); hits = sum(len(index.lookup(n)) for n in names)\n"
          "elapsed = time.perf_counter() - started\n"
          "table = {n: [n] for n in names}\n"
          "started = time.perf_counter(); same = sum(len(table.get(n, ())) for n in names)\n"
          "plain = time.perf_counter() - started\n"
          "print('LOOKUP', len(names), hits, elapsed, plain)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", type=Path, default=None, help="keep the dumps and indexes here")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-index-", dir=args.keep))
    env_path = str(REPO)
    os.environ["PYTHONPATH"] = env_path + os.pathsep + os.environ.get("PYTHONPATH", "")
    try:
        results = {}
        for label, items in (("small", args.small), ("big", args.items)):
            dump = work / f"{label}-latest-all.json.bz2"
            started = time.perf_counter()
            names = write_dump(dump, items, args.seed)
            generated = time.perf_counter() - started
            (work / f"{label}-names.json").write_text(json.dumps(names))
            read_s, _, _ = child_peak(READ, str(dump), "read")
            parse_s, _, _ = child_peak(READ, str(dump), "parse")
            build_s, build_rss, out = child_peak(BUILD, str(dump), str(work / f"{label}-index"))
            index_file = work / f"{label}-index" / "index.sqlite"
            results[label] = dict(items=items, dump=dump.stat().st_size, generated=generated,
                                  read=read_s, parse=parse_s, build=build_s, rss=build_rss,
                                  size=index_file.stat().st_size,
                                  summary=out.strip().splitlines()[0])
            print(f"{label}: {items:,} items generated in {generated:.0f} s "
                  f"({dump.stat().st_size / 2**20:.0f} MiB bz2); {results[label]['summary']}")
        big = results["big"]
        _, lookup_rss, out = child_peak(LOOKUP, str(work / "big-index"), str(work / "big-names.json"))
        line = next(l for l in out.splitlines() if l.startswith("LOOKUP")).split()
        count, hits, index_s, dict_s = int(line[1]), int(line[2]), float(line[3]), float(line[4])
        small = results["small"]
        print()
        print(f"build of {big['items']:,} items: {big['build']:.0f} s "
              f"({big['items'] / big['build']:,.0f} items/s); index on disk "
              f"{big['size'] / 2**20:.0f} MiB ({big['size'] / big['items']:.0f} bytes/item)")
        print(f"  read the dump alone {big['read']:.0f} s, read and parse {big['parse']:.0f} s: "
              f"build/read {big['build'] / big['read']:.1f}x, build/parse "
              f"{big['build'] / big['parse']:.1f}x")
        print(f"  peak RSS of the build: {big['rss'] / 1024:.0f} MiB for {big['items']:,} items, "
              f"{small['rss'] / 1024:.0f} MiB for {small['items']:,}: ratio "
              f"{big['rss'] / small['rss']:.2f}x for {big['items'] / small['items']:.0f}x the items")
        print(f"lookups: {count:,} names ({hits / count:.1f} items a name) in {index_s:.2f} s = "
              f"{count / index_s:,.0f} lookups/s; a Python dict of the same names "
              f"{count / max(dict_s, 1e-9):,.0f}/s (ratio {index_s / max(dict_s, 1e-9):.0f}x); "
              f"RSS of a process with the open index {lookup_rss / 1024:.0f} MiB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
