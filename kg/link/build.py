"""``kg link build-index``: build or extend the offline index from dumps or the API."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from kg.link.index import INDEX_FILE, OfflineIndex, read_index_records
from kg.link.records import QID, Record, iter_dump, records_from_entities
from kg.link.wikidata_api import WikidataClient


@dataclass(frozen=True)
class IndexSummary:
    path: Path
    added: int
    replaced: int
    total: int
    size: int  # bytes on disk

    def __str__(self) -> str:
        return (f"{self.path}: {self.total} items ({self.added} added, {self.replaced} "
                f"replaced), {self.size / 1024:.0f} KiB")


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


def build_index(sources: Iterable[Path] = (), out_dir: Path | None = None, *,
                ids: Iterable[str] = (), client: WikidataClient | None = None,
                fresh: bool = False) -> IndexSummary:
    """Merge the items of dump files ``sources`` (and of ``ids`` fetched through
    ``client``) into the index in ``out_dir`` (a new directory starts from the shipped
    index); ``fresh`` starts from an empty index instead.

    Later sources win over earlier ones and over what the index held.
    """
    from kg.link.index import PACKAGE_DIR, default_index_dir

    out_dir = Path(out_dir) if out_dir is not None else default_index_dir()
    existing: dict[str, Record] = {}
    path = out_dir / INDEX_FILE
    if not fresh:
        # A new index directory starts from the shipped index: it extends, not replaces.
        base = path if path.exists() else PACKAGE_DIR / INDEX_FILE
        if base.exists():
            existing = {r.qid: r for r in read_index_records(base)}
    incoming: dict[str, Record] = {}
    for source in sources:
        source = Path(source)
        if not source.is_file():
            raise BuildIndexError(f"{source}: no such file")
        for record in records_from_entities(iter_dump(source)):
            incoming[record.qid] = record
    ids = list(ids)
    if ids:
        if client is None:
            raise BuildIndexError("--from-api needs a Wikidata client")
        for record in records_from_entities(client.get_entities(ids).values()):
            incoming[record.qid] = record
    replaced = sum(1 for q in incoming if q in existing)
    merged = {**existing, **incoming}
    index = OfflineIndex(merged.values())
    written = index.save(out_dir)
    return IndexSummary(written, len(incoming) - replaced, replaced, len(index),
                        written.stat().st_size)
