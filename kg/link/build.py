"""``kg link build-index``: the offline index from open-data sources, Wikidata dumps or the API.

Inputs, each recognised by what it is:

- a folder of the open-data sources (``kg.link.sources``: FB15k, CoDEx, NSI, PartyFacts,
  US Congress, ROR), merged by QID;
- a Wikidata JSON dump (``latest-all.json.bz2``, or any file of entities in that format,
  plain, bzip2 or gzip), streamed: items with an English label and a sitelink, or
  whose P31 is a class kg uses, are kept; progress every few seconds; a killed build
  resumes where it stopped (the count of lines done is committed with each batch);
- QIDs fetched through the Wikidata API (``--from-api``).

The output is an index directory (``DIR/index.sqlite``) or, for a path ending in
``.jsonl.gz``, a records file like the one kg ships. Later inputs replace earlier
versions of an item.
"""
from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, TextIO

from kg.link.classes import CLASSES
from kg.link.index import (INDEX_FILE, PACKAGE_DIR, RECORDS_FILE, IndexWriter,
                           OfflineIndex, read_records, write_records)
from kg.link.records import (LANGUAGE, QID, Record, entity_lines, open_dump,
                             record_from_entity)
from kg.link.sources import is_sources_folder, present, read_sources, write_attribution
from kg.link.wikidata_api import WikidataClient

#: P31 classes that keep an item without a sitelink: the ones kg types entities with.
KG_CLASSES = frozenset().union(*CLASSES.values())
BATCH = 5000  # entities per committed batch
PROGRESS_SECONDS = 5.0


@dataclass(frozen=True)
class IndexSummary:
    path: Path
    added: int
    replaced: int
    total: int
    size: int  # bytes on disk

    def __str__(self) -> str:
        return (f"{self.path}: {self.total} items ({self.added} added, {self.replaced} "
                f"replaced), {self.size / 1024 / 1024:.1f} MiB")


class BuildIndexError(ValueError):
    pass


def parse_ids(text: str) -> list[str]:
    """QIDs from 'Q1,Q2 Q3' or the contents of a file listing them."""
    path = Path(text)
    if path.is_file():
        text = path.read_text(encoding="utf-8")
    ids = [t for t in re.split(r"[\s,|;]+", text) if t]
    bad = [t for t in ids if not QID.match(t)]
    if bad:
        raise BuildIndexError(f"not Wikidata item IDs: {', '.join(bad[:5])}")
    return list(dict.fromkeys(ids))


def keep_entity(entity: dict) -> bool:
    """The dump filter: an English label, and a sitelink or a class kg uses."""
    labels = entity.get("labels") or {}
    if not isinstance(labels.get(LANGUAGE), dict):
        return False
    if entity.get("sitelinks"):
        return True
    for statement in (entity.get("claims") or {}).get("P31", ()):
        value = statement.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and value.get("id") in KG_CLASSES:
            return True
    return False


class Progress:
    """One line on stderr every few seconds: lines, items kept, share of the input read."""

    def __init__(self, name: str, size: int, stream: TextIO | None = sys.stderr,
                 every: float = PROGRESS_SECONDS):
        self.name, self.size, self.stream, self.every = name, size, stream, every
        self.started = self.last = time.monotonic()

    def update(self, lines: int, kept: int, position: int, final: bool = False) -> None:
        now = time.monotonic()
        if self.stream is None or (not final and now - self.last < self.every):
            return
        self.last = now
        share = position / self.size if self.size else 1.0
        rate = lines / max(now - self.started, 1e-9)
        eta = (now - self.started) * (1 - share) / share if 0 < share < 1 else 0
        self.stream.write(f"kg: {self.name}: {lines:,} lines, {kept:,} items kept, "
                          f"{share:.1%} read, {rate:,.0f} lines/s"
                          + (f", about {eta / 60:.0f} min left" if eta else "") + "\n")
        self.stream.flush()


def _stream_dump(path: Path, writer: IndexWriter, progress: Progress | None) -> None:
    """Add the kept items of one dump, resuming after the lines a killed run committed."""
    stat = path.stat()
    resume_key = f"done:{path.resolve()}:{stat.st_size}:{int(stat.st_mtime)}"
    skip = int(writer.meta(resume_key) or 0)
    lines = kept = 0
    with open_dump(path) as (handle, raw):
        batch = 0
        for number, entity in entity_lines(handle, path, skip=skip):
            lines = number
            if keep_entity(entity):
                record = record_from_entity(entity)
                if record is not None:
                    writer.put(record)
                    kept += 1
            batch += 1
            if batch >= BATCH:
                writer.set_meta(resume_key, str(number))
                writer.commit()
                batch = 0
                if progress:
                    progress.update(lines, kept, raw.tell())
        writer.set_meta(resume_key, str(lines))
        writer.commit()
        if progress:
            progress.update(lines, kept, raw.tell(), final=True)


def build_index(sources: Iterable[Path] = (), out: Path | None = None, *,
                ids: Iterable[str] = (), client: WikidataClient | None = None,
                fresh: bool = False, progress: TextIO | None = None) -> IndexSummary:
    """Build or extend the index ``out`` from ``sources`` (and ``ids`` fetched through
    ``client``). ``out`` is an index directory or a ``.jsonl.gz`` records file; a new
    directory starts from the shipped index unless ``fresh``. Nothing is replaced
    before every input has been read."""
    sources = [Path(s) for s in sources]
    for source in sources:
        if not source.exists():
            raise BuildIndexError(f"{source}: no such file or folder")
        if source.is_dir() and not is_sources_folder(source):
            raise BuildIndexError(f"{source}: no known source in this folder")
    out = Path(out) if out is not None else Path(os.environ.get("KG_WIKIDATA_INDEX",
                                                                 PACKAGE_DIR))
    to_records = out.name.endswith(".jsonl.gz")
    ids = list(ids)
    if ids and client is None:
        raise BuildIndexError("--from-api needs a Wikidata client")
    if to_records and fresh and not ids and all(s.is_dir() for s in sources):
        # open-data sources only, into a records file (how kg's own index is made)
        records: dict[str, Record] = {}
        names: set[str] = set()
        for source in sources:
            names.update(s.name for s in present(source))
            records.update((r.qid, r) for r in read_sources(source))
        write_records(records.values(), out, names)
        counts = {name: sum(name in r.sources for r in records.values()) for name in names}
        write_attribution(sources, out.parent, counts)  # the licences travel with the data
        return IndexSummary(out, len(records), 0, len(records), out.stat().st_size)
    work = Path(tempfile.mkdtemp(prefix="kg-index-", dir=out.parent if to_records else None))
    try:
        target = out / INDEX_FILE if not to_records else work / INDEX_FILE
        resuming = not to_records and target.exists()
        tmp = target.with_name(INDEX_FILE + ".building")
        if resuming and not tmp.exists():
            shutil.copyfile(target, tmp)  # changes land in a copy, swapped in at the end
        writer = IndexWriter(tmp)
        names = set()
        done = False
        try:
            if not fresh and writer.count() == 0:
                base = out if to_records and out.exists() else None
                if base is None and not resuming:
                    base = PACKAGE_DIR / RECORDS_FILE  # a new index extends the shipped one
                if base is not None and base.exists():
                    for record in read_records(base):
                        writer.put(record)
                    writer.commit()
            writer.added = writer.replaced = 0
            for source in sources:
                if source.is_dir():
                    names.update(s.name for s in present(source))
                    for record in read_sources(source):
                        writer.put(record)
                    writer.commit()
                else:
                    names.add("wikidata")
                    _stream_dump(source, writer, Progress(source.name, source.stat().st_size,
                                                         progress) if progress else None)
            if ids:
                names.add("wikidata")
                for entity in client.get_entities(ids).values():
                    record = record_from_entity(entity)
                    if record is not None:
                        writer.put(record)
                writer.commit()
            added, replaced, total = writer.added, writer.replaced, writer.count()
            if names:
                known = set((writer.meta("sources") or "").split())
                writer.set_meta("sources", " ".join(sorted(known | names)))
            done = True
        except (KeyboardInterrupt, SystemExit):
            raise  # a killed build keeps its work: the next run resumes it
        finally:
            writer.close()
            if not done and not isinstance(sys.exc_info()[1], (KeyboardInterrupt, SystemExit)):
                for suffix in ("", "-wal", "-shm"):  # a bad input: nothing half-done stays
                    Path(str(tmp) + suffix).unlink(missing_ok=True)
        if to_records:
            index = OfflineIndex(tmp)
            write_records(index.records(), out, (index.meta("sources") or "").split())
            index.close()
            written = out
        else:
            for suffix in ("-wal", "-shm"):
                Path(str(tmp) + suffix).unlink(missing_ok=True)
            os.replace(tmp, target)
            written = target
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return IndexSummary(written, added, replaced, total, written.stat().st_size)
