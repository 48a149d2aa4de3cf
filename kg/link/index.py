"""The offline index: Wikidata records on disk in SQLite, looked up by normalised name.

An index directory holds ``index.sqlite``: ``items`` (QID number -> the record as
compact JSON) and ``names`` (normalised name -> QID, how it matched: label, alias,
loose form without name particles, or a person's surname), both B-trees, so opening
it costs nothing and memory stays flat however many millions of items it holds.

kg ships the records of its index as ``records.jsonl.gz`` (compact, deterministic: the
same sources give the same bytes); the first process that needs them builds
``index.sqlite`` from them in the user's cache (``$XDG_CACHE_HOME/kg/index/``), once.
"""
from __future__ import annotations

import contextlib
import fcntl
import gzip
import hashlib
import io
import json
import os
import sqlite3
import tempfile
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from kg.link.records import Record, qid_number
from kg.vocab import normalise_name

INDEX_FILE = "index.sqlite"
RECORDS_FILE = "records.jsonl.gz"
FORMAT = "kg-wikidata-index"
VERSION = 2  # of the records file and of index.sqlite
#: How names become keys (``name_keys``): part of a built index's identity, so that a
#: cached index made by older rules is rebuilt, not reused.
KEYS_VERSION = 3
PACKAGE_DIR = Path(__file__).resolve().parent.parent / "data" / "wikidata"

#: Name particles dropped for the loose key: "Bashar al-Assad" ~ "Bashar Assad".
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "bin", "ibn",
                       "ben", "the", "de", "du", "la", "le", "van", "von", "der", "da"})
MATCHES = ("label", "alias", "loose", "surname")  # best first; stored as their position
PERSON_CLASS = "Q5"  # human
CACHE_RECORDS = 20000  # records kept decoded per process (an LRU: memory stays bounded)
#: Names whose rows are kept per index object (an LRU: the same names recur in an
#: article and across articles, "United States", "Trump"; a miss is kept too)
CACHE_NAMES = 20000
BOUND_VARIABLES = 900  # per query: SQLite's limit on bound variables is 999 in old builds
WRITE_BATCH = 2000  # records written to SQLite at a time

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, id INTEGER NOT NULL,
                                  match INTEGER NOT NULL, PRIMARY KEY (key, id, match))
    WITHOUT ROWID;
"""


class IndexFormatError(ValueError):
    pass


def default_index_dir() -> Path:
    """$KG_WIKIDATA_INDEX (a directory) or the index shipped in the package."""
    env = os.environ.get("KG_WIKIDATA_INDEX")
    return Path(env) if env else PACKAGE_DIR


def cache_root() -> Path:
    """Where kg keeps what it can rebuild: $XDG_CACHE_HOME/kg or ~/.cache/kg."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg"


@lru_cache(maxsize=65536)  # a pure function of the name, asked per look-up as normalise_name is
def loose_key(name: str) -> str:
    """The name without its particles and possessive s, with a compass point written in
    one word, when two words or more remain ("Bashar al-Assad" -> "bashar assad"; "New
    People's Party" ~ "New People Party"; "South East Asia" ~ "Southeast Asia"; "LA,
    California" stays itself: "la" is no particle there)."""
    words = normalise_name(name).split()
    kept: list[str] = []
    for word in words:
        if word in PARTICLES or (word == "s" and kept):
            continue
        if kept and kept[-1] in ("north", "south") and word in ("east", "west"):
            kept[-1] += word
            continue
        kept.append(word)
    return " ".join(kept if len(kept) >= 2 else words)


def is_person(record: Record) -> bool:
    return PERSON_CLASS in record.classes or (not record.classes and "Person" in record.kinds)


def name_keys(record: Record) -> set[tuple[str, int]]:
    """(key, match) rows of a record: label, aliases, loose forms, a person's surnames."""
    rows: set[tuple[str, int]] = set()
    person = is_person(record)
    for match, name in [(0, record.label)] + [(1, a) for a in record.aliases]:
        key = normalise_name(name)
        if not key:
            continue
        rows.add((key, match))
        loose = loose_key(name)
        if loose and loose != key:
            rows.add((loose, 2))
        words = key.split()
        if person and match == 0 and len(words) >= 2:
            rows.add((words[-1], 3))  # the label's: an alias may be a nickname
    best: dict[str, int] = {}
    for key, match in rows:
        best[key] = min(best.get(key, 9), match)
    return {(k, m) for k, m in best.items()}


def _pack(record: Record) -> str:
    data = record.to_json()
    del data["id"]
    data = {k: v for k, v in data.items() if v not in ("", [], 0)}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _unpack(number: int, text: str) -> Record:
    data = json.loads(text)
    data["id"] = f"Q{number}"
    data.setdefault("label", "")
    return Record.from_json(data)


@dataclass(frozen=True)
class Hit:
    """A candidate found by name: which record, and how the name matched."""

    record: Record
    match: str  # label | alias | loose | surname | team
    form: str = ""  # the name looked up


class OfflineIndex:
    """Records by QID with label, alias, loose and surname lookups, on disk.

    Open one per process: the SQLite connection is reopened in a forked child and
    dropped when the index is pickled.
    """

    def __init__(self, path: Path | str = ":memory:"):
        self.path = str(path)
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._records: OrderedDict[int, Record | None] = OrderedDict()
        self._names: OrderedDict[str, tuple[tuple[int, int], ...]] = OrderedDict()
        if self.path == ":memory:":
            self._db.executescript(SCHEMA)

    # -- opening ------------------------------------------------------------------------
    @property
    def _db(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            # a connection must not cross a fork: each process opens its own
            if self.path == ":memory:":
                if self._connection is None:
                    self._connection = sqlite3.connect(":memory:")
            else:
                self._connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                                   check_same_thread=False)
                _check_format(self._connection, self.path)
            self._pid = os.getpid()
        return self._connection

    def __getstate__(self) -> dict:
        if self.path == ":memory:":
            raise TypeError("an in-memory index cannot be pickled")
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> "OfflineIndex":
        """An index in memory (tests, small experiments)."""
        index = cls()
        for record in records:
            index.add(record)
        return index

    @classmethod
    def load(cls, directory: Path | None = None) -> "OfflineIndex":
        """The index of ``directory`` (default: $KG_WIKIDATA_INDEX or the shipped one)."""
        directory = Path(directory) if directory is not None else default_index_dir()
        if (directory / INDEX_FILE).exists():
            return cls(directory / INDEX_FILE)
        if (directory / RECORDS_FILE).exists():
            return cls(materialise(directory / RECORDS_FILE))
        return cls()

    # -- reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM items").fetchone()[0]

    def __contains__(self, qid: str) -> bool:
        return self.get(qid) is not None

    def get(self, qid: str) -> Record | None:
        if not qid.startswith("Q") or not qid[1:].isdigit():
            return None
        return self._record(int(qid[1:]))

    def _record(self, number: int) -> Record | None:
        if number in self._records:
            self._records.move_to_end(number)
            return self._records[number]
        row = self._db.execute("SELECT data FROM items WHERE id = ?", (number,)).fetchone()
        record = _unpack(number, row[0]) if row else None
        self._records[number] = record
        if len(self._records) > CACHE_RECORDS:
            self._records.popitem(last=False)
        return record

    def matches(self, key: str) -> list[tuple[int, int]]:
        """(QID number, match) rows of a normalised key, in (number, match) order."""
        rows = self._names.get(key)
        if rows is None:
            rows = self._query_names([key])[key]
            self._keep_names({key: rows})
        else:
            self._names.move_to_end(key)
        return list(rows)

    def read_names(self, keys: Iterable[str]) -> None:
        """Read the rows of every normalised key not yet cached, with one query (an
        article's names at once, rather than a query per name and form)."""
        self._keep_names(self._query_names([k for k in dict.fromkeys(keys)
                                            if k not in self._names]))

    def _query_names(self, keys: list[str]) -> dict[str, tuple[tuple[int, int], ...]]:
        found: dict[str, list[tuple[int, int]]] = {key: [] for key in keys}
        for start in range(0, len(keys), BOUND_VARIABLES):
            chunk = keys[start:start + BOUND_VARIABLES]
            for key, number, match in self._db.execute(
                    f"SELECT key, id, match FROM names WHERE key IN "
                    f"({','.join('?' * len(chunk))})", chunk):
                found[key].append((number, match))
        return {key: tuple(sorted(rows)) for key, rows in found.items()}  # the primary key's order

    def _keep_names(self, rows: dict[str, tuple[tuple[int, int], ...]]) -> None:
        self._names.update(rows)
        while len(self._names) > CACHE_NAMES:
            self._names.popitem(last=False)

    def lookup(self, name: str, surname: bool = False) -> list[Hit]:
        """Records whose label or alias matches ``name``; the best kind of match per record."""
        found: dict[int, int] = {}
        key = normalise_name(name)
        if not key:
            return []
        for number, match in self.matches(key):
            if match == 3 and not (surname and len(key.split()) == 1):
                continue
            found[number] = min(found.get(number, 9), match)
        loose = loose_key(name)
        for number, match in self.matches(loose) if loose != key else ():
            if match != 3:
                found.setdefault(number, 2)
        self._prefetch([n for n in found if n not in self._records])
        hits = []
        for number, match in sorted(found.items()):
            record = self._record(number)
            if record is not None:
                hits.append(Hit(record, MATCHES[match], name))
        return hits

    def labelled(self, keys: list[str]) -> list[Record]:
        """Records whose label's normalised key is one of ``keys`` (one query)."""
        rows: list[int] = []
        for start in range(0, len(keys), 900):
            chunk = keys[start:start + 900]
            rows += [n for n, in self._db.execute(
                f"SELECT id FROM names WHERE match = 0 AND key IN "
                f"({','.join('?' * len(chunk))})", chunk)]
        numbers = sorted(set(rows))
        self._prefetch([n for n in numbers if n not in self._records])
        return [r for n in numbers if (r := self._record(n)) is not None]

    def _prefetch(self, numbers: list[int]) -> None:
        """Decode many records with one query (a common name finds dozens)."""
        for start in range(0, len(numbers), 900):
            chunk = numbers[start:start + 900]
            for number, data in self._db.execute(
                    f"SELECT id, data FROM items WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk):
                self._records[number] = _unpack(number, data)
        while len(self._records) > CACHE_RECORDS:
            self._records.popitem(last=False)

    def labelled_after(self, name: str, limit: int = 50) -> list[Record]:
        """Records whose label starts with ``name`` and a space ("Belgium national
        football team" after "Belgium")."""
        key = normalise_name(name)
        if not key:
            return []
        rows = self._db.execute(
            "SELECT id FROM names WHERE key > ? AND key < ? AND match = 0 LIMIT ?",
            (key + " ", key + "!", limit)).fetchall()
        return [r for r in (self._record(n) for (n,) in rows) if r is not None]

    def records(self) -> Iterator[Record]:
        """Every record, in QID order."""
        for number, data in self._db.execute("SELECT id, data FROM items ORDER BY id"):
            yield _unpack(number, data)

    def described(self, words: Iterable[str]) -> Iterator[Record]:
        """The records whose stored text holds one of ``words`` (a description's words;
        the caller checks the field)."""
        for word in words:
            for number, data in self._db.execute(
                    "SELECT id, data FROM items WHERE data LIKE ?", (f"%{word}%",)):
                yield _unpack(number, data)

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- in-memory additions (the writer does this for files) ---------------------------
    def add(self, record: Record) -> None:
        """Add or replace a record (in-memory indexes only)."""
        if self.path != ":memory:":
            raise TypeError("open an IndexWriter to change an index on disk")
        _put(self._db, record)
        self._records.pop(qid_number(record.qid), None)
        self._names.clear()  # the record's names, and those it no longer has


def _check_format(connection: sqlite3.Connection, path: str) -> None:
    try:
        rows = dict(connection.execute("SELECT key, value FROM meta "
                                       "WHERE key IN ('format', 'version')").fetchall())
    except sqlite3.DatabaseError:
        raise IndexFormatError(f"{path}: not a kg Wikidata index") from None
    if rows.get("format") != FORMAT or rows.get("version") != str(VERSION):
        raise IndexFormatError(f"{path}: not a kg Wikidata index (version {VERSION})")
    keys = connection.execute("SELECT value FROM meta WHERE key = 'keys'").fetchone()
    if keys is not None and keys[0] != str(KEYS_VERSION):
        raise IndexFormatError(f"{path}: built by another kg version: rebuild it with "
                               "'kg link build-index'")


def _put(db: sqlite3.Connection, record: Record) -> bool:
    """Insert or replace ``record``; True when it replaced an older version."""
    number = qid_number(record.qid)
    old = db.execute("SELECT data FROM items WHERE id = ?", (number,)).fetchone()
    if old is not None:
        db.executemany("DELETE FROM names WHERE key = ? AND id = ? AND match = ?",
                       [(k, number, m) for k, m in name_keys(_unpack(number, old[0]))])
    db.execute("INSERT OR REPLACE INTO items (id, data) VALUES (?, ?)", (number, _pack(record)))
    db.executemany("INSERT OR IGNORE INTO names (key, id, match) VALUES (?, ?, ?)",
                   [(k, number, m) for k, m in name_keys(record)])
    return old is not None


class IndexWriter:
    """Builds or extends ``index.sqlite``; commits in batches so a killed build resumes."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._pending: dict[int, Record] = {}
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.executescript(SCHEMA)
        existing = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        if existing and (existing.get("format") != FORMAT
                         or existing.get("version") != str(VERSION)):
            self.db.close()
            raise IndexFormatError(f"{path}: not a kg Wikidata index (version {VERSION})")
        if existing and existing.get("keys", str(KEYS_VERSION)) != str(KEYS_VERSION):
            self.db.close()
            raise IndexFormatError(f"{path}: built by another kg version: rebuild it with "
                                   "'kg link build-index --fresh'")
        self.set_meta("format", FORMAT)
        self.set_meta("version", str(VERSION))
        self.set_meta("keys", str(KEYS_VERSION))
        self.added = self.replaced = 0

    def put(self, record: Record) -> None:
        """Add or replace ``record`` (written with the next batch)."""
        self._pending[qid_number(record.qid)] = record
        if len(self._pending) >= WRITE_BATCH:
            self._flush()

    def _flush(self) -> None:
        """Write the pending records in bulk: old names of replaced items out, then the
        items and their names in (executemany: the build's hot path)."""
        if not self._pending:
            return
        numbers = list(self._pending)
        old: dict[int, str] = {}
        for start in range(0, len(numbers), 900):  # SQLite's bound-variable limit
            chunk = numbers[start:start + 900]
            old.update(self.db.execute(
                f"SELECT id, data FROM items WHERE id IN ({','.join('?' * len(chunk))})",
                chunk).fetchall())
        self.db.executemany("DELETE FROM names WHERE key = ? AND id = ? AND match = ?",
                            [(k, n, m) for n, data in old.items()
                             for k, m in name_keys(_unpack(n, data))])
        self.db.executemany("INSERT OR REPLACE INTO items (id, data) VALUES (?, ?)",
                            [(n, _pack(r)) for n, r in self._pending.items()])
        self.db.executemany("INSERT OR IGNORE INTO names (key, id, match) VALUES (?, ?, ?)",
                            [(k, n, m) for n, r in self._pending.items()
                             for k, m in name_keys(r)])
        self.replaced += len(old)
        self.added += len(numbers) - len(old)
        self._pending.clear()

    def set_meta(self, key: str, value: str) -> None:
        self._flush()  # meta (a resume point) never runs ahead of the items
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def commit(self) -> None:
        self._flush()
        self.db.commit()

    def count(self) -> int:
        self._flush()
        return self.db.execute("SELECT count(*) FROM items").fetchone()[0]

    def close(self) -> None:
        self._flush()
        self.db.commit()
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("PRAGMA journal_mode = DELETE")
        self.db.close()


# -- the shipped records file ----------------------------------------------------------------


def write_records(records: Iterable[Record], path: Path, sources: Iterable[str] = ()) -> Path:
    """Records as deterministic gzipped JSON lines (sorted, fixed gzip header)."""
    ordered = sorted(records, key=lambda r: qid_number(r.qid))
    lines = [json.dumps({"format": FORMAT, "version": VERSION, "count": len(ordered),
                         "sources": sorted(set(sources))}, sort_keys=True)]
    lines += [json.dumps(r.to_json(), ensure_ascii=False, sort_keys=True,
                         separators=(",", ":")) for r in ordered]
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0, compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(out.getvalue())
    os.replace(tmp, path)
    return path


def read_records(path: Path) -> Iterator[Record]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        header = json.loads(next(lines, "{}"))
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise IndexFormatError(f"{path}: not kg Wikidata records (version {VERSION})")
        for line in lines:
            if line.strip():
                yield Record.from_json(json.loads(line))


def materialise(records_file: Path) -> Path:
    """The SQLite index of a records file, built once into the cache (content-addressed)."""
    digest = hashlib.sha256(records_file.read_bytes()
                            + f"keys {KEYS_VERSION}".encode()).hexdigest()[:16]
    for folder in (cache_root() / "index", Path(tempfile.gettempdir()) / f"kg-{os.getuid()}"):
        target = folder / f"{digest}.sqlite"
        if target.exists():
            return target
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(folder / f"{digest}.lock", "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # one process builds, the others wait
                if not target.exists():
                    tmp = target.with_name(f"{digest}.{os.getpid()}.tmp")
                    with contextlib.suppress(FileNotFoundError):
                        tmp.unlink()
                    writer = IndexWriter(tmp)
                    for record in read_records(records_file):
                        writer.put(record)
                    writer.set_meta("records", digest)
                    writer.close()
                    os.replace(tmp, target)
            return target
        except OSError:
            continue  # an unwritable cache: try the next place
    raise OSError(f"cannot build the Wikidata index of {records_file}: no writable cache")
