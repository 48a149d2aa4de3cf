"""The offline index: Wikidata records plus name lookups, one gzipped JSON file.

The file is deterministic (sorted records, fixed gzip header) so that rebuilding it
from the same source gives the same bytes. Lookups are built in memory on load.
"""
from __future__ import annotations

import gzip
import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from kg.link.records import Record, qid_number
from kg.vocab import normalise_name

INDEX_FILE = "index.json.gz"
FORMAT = "kg-wikidata-index"
VERSION = 1
PACKAGE_DIR = Path(__file__).resolve().parent.parent / "data" / "wikidata"

#: Name particles dropped for the loose key: "Bashar al-Assad" ~ "Bashar Assad".
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "bin", "ibn",
                       "ben", "the", "de", "du", "la", "le", "van", "von", "der", "da"})


def default_index_dir() -> Path:
    """$KG_WIKIDATA_INDEX (a directory) or the index shipped in the package."""
    env = os.environ.get("KG_WIKIDATA_INDEX")
    return Path(env) if env else PACKAGE_DIR


def loose_key(name: str) -> str:
    words = normalise_name(name).split()
    kept = [w for w in words if w not in PARTICLES]
    return " ".join(kept or words)


@dataclass(frozen=True)
class Hit:
    """A candidate found by name: which record, and how the name matched."""

    record: Record
    match: str  # label | alias | loose | surname


class OfflineIndex:
    """Records by QID with label, alias, loose and surname lookups."""

    def __init__(self, records: Iterable[Record] = ()):
        self.records: dict[str, Record] = {}
        self._exact: dict[str, list[tuple[str, str]]] = {}
        self._loose: dict[str, list[str]] = {}
        self._surname: dict[str, list[str]] = {}
        for record in records:
            self.add(record)

    def __len__(self) -> int:
        return len(self.records)

    def __contains__(self, qid: str) -> bool:
        return qid in self.records

    def get(self, qid: str) -> Record | None:
        return self.records.get(qid)

    def add(self, record: Record) -> None:
        """Add or replace a record (a newer version of an item replaces the older)."""
        if record.qid in self.records:
            self._rebuild_without(record.qid)
        self.records[record.qid] = record
        for kind, name in [("label", record.label)] + [("alias", a) for a in record.aliases]:
            key = normalise_name(name)
            if key:
                self._exact.setdefault(key, []).append((record.qid, kind))
            lk = loose_key(name)
            if lk and lk != key:
                self._loose.setdefault(lk, []).append(record.qid)
            words = key.split()
            if len(words) >= 2:
                self._surname.setdefault(words[-1], []).append(record.qid)

    def _rebuild_without(self, qid: str) -> None:
        keep = [r for q, r in self.records.items() if q != qid]
        self.records.clear()
        self._exact.clear()
        self._loose.clear()
        self._surname.clear()
        for record in keep:
            self.add(record)

    def lookup(self, name: str, surname: bool = False) -> list[Hit]:
        """Records whose label or alias matches ``name``; best kind of match per record."""
        found: dict[str, str] = {}
        key = normalise_name(name)
        for qid, kind in self._exact.get(key, ()):
            if found.get(qid) != "label":
                found[qid] = kind
        lk = loose_key(name)
        for qid in [*self._loose.get(lk, ()), *(q for q, _ in self._exact.get(lk, ()))]:
            found.setdefault(qid, "loose")
        if surname and len(key.split()) == 1:
            for qid in self._surname.get(key, ()):
                found.setdefault(qid, "surname")
        return [Hit(self.records[q], kind) for q, kind in found.items()]

    # -- files ------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The index file: deterministic JSON, gzip with a fixed header."""
        records = sorted(self.records.values(), key=lambda r: qid_number(r.qid))
        lines = [json.dumps({"format": FORMAT, "version": VERSION, "count": len(records)},
                            sort_keys=True)]
        lines += [json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True,
                             separators=(",", ":")) for r in records]
        raw = ("\n".join(lines) + "\n").encode("utf-8")
        out = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
            gz.write(raw)
        return out.getvalue()

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / INDEX_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(self.to_bytes())
        os.replace(tmp, path)
        return path

    @classmethod
    def load(cls, directory: Path) -> "OfflineIndex":
        path = Path(directory) / INDEX_FILE
        if not path.exists():
            return cls()
        return cls(read_index_records(path))


class IndexFormatError(ValueError):
    pass


def read_index_records(path: Path) -> Iterator[Record]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        header = json.loads(next(lines, "{}"))
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise IndexFormatError(f"{path}: not a kg Wikidata index (version {VERSION})")
        for line in lines:
            if line.strip():
                yield Record.from_json(json.loads(line))
