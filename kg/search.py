"""Full-text search over article text, facts and entities: an SQLite FTS5 index.

The index sits beside the store (``<store dir>/search.sqlite``); for ``:memory:`` it is
an in-memory database and for a remote store a file in the user's cache folder. It is
built from plain data, the quads (or triples) of one article graph, so the build, the
removal and the web UI's catch-up all feed it the same way:

    index_article(conn, graph_iri, triples)   # after the article is stored
    remove_article(conn, graph_iri)           # after it is removed
    search(conn, "resign")                     # -> SearchPage of Hits

Each article gives one document per sentence, fact, claim, event, position and named
entity (Porter-stemmed, accent-folded: "resign" finds "resigned" and "resignation").
An article replaces every older article of the same source, as the store does.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

INDEX_FILE = "search.sqlite"
ARTICLE_PREFIX = "https://w3id.org/newskg/id/article/"
KG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SCHEMA = "https://schema.org/"
#: Entity types too local to be worth an entity hit ("last night", "three soldiers");
#: their text is still found through the sentences.
UNSEARCHED_TYPES = frozenset({KG + "Date", KG + "Quantity"})
#: Kinds of documents, in the order a results page groups them.
KINDS = ("entity", "sentence", "fact", "claim", "event", "position")
#: Bumped when the documents an article gives change: an older index is rebuilt.
SCHEMA_VERSION = 3
#: Markers around matched words in snippets (control characters never in article text
#: after the reader; the UI turns them into <mark>).
HIT_START, HIT_END = "\x02", "\x03"

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS article (
  iri TEXT PRIMARY KEY, source TEXT, title TEXT, published TEXT,
  first_doc INTEGER, last_doc INTEGER);
CREATE INDEX IF NOT EXISTS article_source ON article(source);
CREATE VIRTUAL TABLE IF NOT EXISTS doc USING fts5(
  text, kind UNINDEXED, node UNINDEXED, article UNINDEXED, label UNINDEXED,
  sentence UNINDEXED, start UNINDEXED, "end" UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2');
PRAGMA user_version = {SCHEMA_VERSION};
"""


@dataclass(frozen=True)
class Entry:
    """One searchable document: the node a hit opens and the text it is found by."""

    kind: str  # one of KINDS
    node: str  # IRI of the sentence, fact, claim, event, position or entity
    article: str  # the article graph it comes from
    text: str
    label: str  # what a result shows as its title
    sentence: str | None = None  # the evidence sentence, when there is one
    start: int | None = None  # character offsets of the evidence in the article text
    end: int | None = None


@dataclass(frozen=True)
class ArticleInfo:
    iri: str
    source: str
    title: str
    published: str | None


@dataclass(frozen=True)
class Hit:
    kind: str
    node: str
    article: str
    label: str
    snippet: str  # the matched text, matched words between HIT_START and HIT_END
    sentence: str | None
    start: int | None
    end: int | None
    title: str  # the article's headline (or source)
    published: str | None
    articles: int = 1  # entities: how many articles mention it


@dataclass(frozen=True)
class SearchPage:
    query: str
    entities: tuple[Hit, ...]  # the entities matching, best first (first page only)
    hits: tuple[Hit, ...]  # sentences, facts, claims, events, positions
    total: int  # text hits in all
    offset: int
    limit: int


class BadQuery(ValueError):
    """The search text has nothing to look for."""


# -- where the index lives ----------------------------------------------------------
def index_path(store) -> Path | None:
    """The index file of an open store: beside a store directory, in the cache folder
    for a remote store, None (in memory) for a store in memory."""
    path = getattr(store, "path", None)
    if path is not None:
        return Path(path) / INDEX_FILE
    location = getattr(store, "location", None)
    if isinstance(location, str) and location.startswith("sparql+"):
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:24]
        return cache / "kg" / "search" / f"{digest}.sqlite"
    return None


def connect(path: str | Path | None) -> sqlite3.Connection:
    """Open (creating if needed) the index at ``path``; None or ``":memory:"`` for one in
    memory. A file index from another schema version is emptied to be rebuilt."""
    target = ":memory:" if path is None else str(path)
    if target != ":memory:" and not target.startswith("file:"):
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(target, timeout=30, uri=target.startswith("file:"),
                           check_same_thread=False, isolation_level=None)
    try:
        if target != ":memory:" and "mode=memory" not in target:
            conn.execute("PRAGMA journal_mode=WAL")  # the server reads while a build writes
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:  # new, or written by another version: (re)create
            with _transaction(conn):  # checked again inside: another process may be first
                if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    for statement in ("DROP TABLE IF EXISTS doc", "DROP TABLE IF EXISTS article",
                                      *filter(str.strip, _SCHEMA.split(";"))):
                        conn.execute(statement)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def open_for_store(store) -> sqlite3.Connection:
    """The index of ``store`` (see :func:`index_path`)."""
    return connect(index_path(store))


# -- from an article graph to documents -----------------------------------------------
def _value(term) -> str:
    """The IRI or lexical form of a pyoxigraph or rdflib term."""
    value = getattr(term, "value", None)
    if isinstance(value, str) and not hasattr(term, "n3"):  # pyoxigraph
        return value
    return str(term)  # rdflib: str() is the IRI or the lexical form


def readable(iri: str) -> str:
    """A term's local name as words: kg:spokespersonOf -> "spokesperson of"."""
    local = re.split(r"[#/]", iri)[-1] or iri
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local).replace("_", " ").lower()


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def entries_from_triples(graph_iri: str, triples: Iterable) -> tuple[ArticleInfo, list[Entry]]:
    """The article's metadata and its documents, from the triples (or quads) of its graph."""
    return entries_from_values(graph_iri, (
        (t.subject.value, t.predicate.value, t.object.value)
        if isinstance(t, (ox.Quad, ox.Triple))  # pyoxigraph terms: the fast path
        else tuple(_value(term) for term in t[:3]) for t in triples))


def entries_from_values(graph_iri: str, values: Iterable[tuple[str, str, str]]
                        ) -> tuple[ArticleInfo, list[Entry]]:
    """:func:`entries_from_triples` from each triple's IRIs or lexical forms (the build
    has them without making triples: ``kg.rdf.ArticleQuads.values``)."""
    props: dict[str, dict[str, list[str]]] = {}
    for s, p, o in values:  # (no setdefault: it would make a dict and a list per triple)
        node = props.get(s)
        if node is None:
            node = props[s] = {}
        objects = node.get(p)
        if objects is None:
            node[p] = [o]
        else:
            objects.append(o)

    def one(node: str, prop: str) -> str | None:
        values = props.get(node, {}).get(prop)
        return min(values) if values else None  # min: the same answer every time

    def types(node: str) -> set[str]:
        return set(props.get(node, {}).get(RDF_TYPE, ()))

    def label(node: str | None) -> str:
        if node is None:
            return ""
        return (one(node, KG + "wikidataLabel") or one(node, RDFS_LABEL)
                or one(node, KG + "trigger") or one(node, KG + "text") or readable(node))

    a = graph_iri
    info = ArticleInfo(a, one(a, KG + "sourceLocation") or "",
                       one(a, SCHEMA + "headline") or one(a, KG + "sourceLocation") or a,
                       one(a, SCHEMA + "datePublished"))
    sentences = {node: (one(node, KG + "text") or "", _int(one(node, KG + "startChar")),
                        _int(one(node, KG + "endChar")))
                 for node, node_props in props.items()
                 if KG + "Sentence" in node_props.get(RDF_TYPE, ())}  # (no set per node)
    entries: list[Entry] = []

    def add(kind: str, node: str, text: str, title: str) -> None:
        sentence = one(node, KG + "evidence")
        start, end = _int(one(node, KG + "startChar")), _int(one(node, KG + "endChar"))
        entries.append(Entry(kind, node, a, text, title, sentence, start, end))

    for node, (text, start, end) in sentences.items():
        entries.append(Entry("sentence", node, a, text, info.title, node, start, end))
    for node in sorted(props):
        kinds = types(node)
        if KG + "Fact" in kinds:
            subject, obj = one(node, RDF + "subject"), one(node, RDF + "object")
            predicate = one(node, RDF + "predicate") or ""
            relation = one(node, KG + "lemma") if predicate.endswith("#relatedBy") else None
            obj_text = label(obj) if obj else one(node, KG + "objectText") or ""
            title = " ".join(x for x in (label(subject), relation or readable(predicate),
                                         obj_text) if x)
            add("fact", node, " ".join(x for x in (title, one(node, KG + "lemma") or "") if x),
                title)
        elif KG + "Claim" in kinds:
            speaker = one(node, KG + "speaker")
            said = one(node, KG + "text") or ""
            title = f"{label(speaker)}: “{said}”" if speaker else f"“{said}”"
            add("claim", node, " ".join(x for x in (label(speaker) if speaker else "", said,
                                                    one(node, KG + "lemma") or "") if x), title)
        elif KG + "Event" in kinds:
            kind = next((readable(k) for k in sorted(kinds) if k != KG + "Event"), "event")
            arguments = [label(v) for p, vs in sorted(props[node].items())
                         if p.startswith(KG) and p[len(KG):] in _EVENT_ROLES for v in vs]
            trigger = one(node, KG + "trigger") or ""
            title = f"{kind}: {trigger}" + (f" ({', '.join(arguments)})" if arguments else "")
            add("event", node, " ".join([kind, trigger, *arguments]), title)
        elif KG + "Position" in kinds:
            holder, org = one(node, KG + "holder"), one(node, KG + "organization")
            role = one(node, KG + "roleName") or ""
            title = f"{label(holder)}, {role}" + (f" of {label(org)}" if org else "")
            add("position", node, title, title)
        elif (one(node, RDFS_LABEL) and one(node, KG + "mentionedIn") == a
              and not kinds & UNSEARCHED_TYPES):
            names = sorted({*props[node].get(RDFS_LABEL, ()), *props[node].get(KG + "alias", ()),
                            *props[node].get(KG + "wikidataLabel", ())})
            kind_words = " ".join(readable(k) for k in sorted(kinds) if k.startswith(KG))
            entries.append(Entry("entity", node, a, " ".join([*names, kind_words]),
                                 label(node)))
    return info, entries


_EVENT_ROLES = {"agent", "patient", "location", "origin", "destination", "participant",
                "addressee", "eventObject"}


# -- writing ---------------------------------------------------------------------------
def index_article(conn: sqlite3.Connection, graph_iri: str, triples: Iterable) -> int:
    """Index one article graph (replacing its older versions and every other article of
    the same source, as the store does); returns the number of documents."""
    return index_entries(conn, *entries_from_triples(graph_iri, triples))


def index_entries(conn: sqlite3.Connection, info: ArticleInfo, entries: list[Entry]) -> int:
    """:func:`index_article` from documents already made (by a build worker)."""
    return index_many(conn, [(info, entries)])


def index_many(conn: sqlite3.Connection,
               articles: Iterable[tuple[ArticleInfo, list[Entry]]]) -> int:
    """Index articles from their documents in one transaction (one commit for a build's
    batch); returns the number of documents."""
    done = 0
    with _transaction(conn):
        for info, entries in articles:
            _delete(conn, [info.iri] + ([row[0] for row in conn.execute(
                "SELECT iri FROM article WHERE source = ? AND iri != ?", (info.source, info.iri))]
                if info.source else []))
            # An article's documents get consecutive rowids, kept with the article, so
            # forgetting it deletes a rowid range: the FTS table has no index on
            # ``article``, and a delete by it would read every document (a build of N
            # articles got slower with N).
            first = conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM doc").fetchone()[0]
            conn.executemany(
                'INSERT INTO doc (rowid, text, kind, node, article, label, sentence, start, '
                '"end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
                [(first + k, e.text, e.kind, e.node, e.article, e.label, e.sentence, e.start,
                  e.end) for k, e in enumerate(entries)])
            conn.execute("INSERT INTO article (iri, source, title, published, first_doc, "
                         "last_doc) VALUES (?, ?, ?, ?, ?, ?)",
                         (info.iri, info.source, info.title, info.published, first,
                          first + len(entries) - 1))
            done += len(entries)
    return done


def remove_article(conn: sqlite3.Connection, graph_iri: str) -> None:
    """Forget an article (nothing happens if it was not indexed)."""
    with _transaction(conn):
        _delete(conn, [graph_iri])


def indexed_articles(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT iri FROM article")}


def _delete(conn: sqlite3.Connection, iris: list[str]) -> None:
    for iri in iris:
        for first, last in conn.execute("SELECT first_doc, last_doc FROM article WHERE iri = ?",
                                        (iri,)).fetchall():
            conn.execute("DELETE FROM doc WHERE rowid BETWEEN ? AND ?", (first, last))
        conn.execute("DELETE FROM article WHERE iri = ?", (iri,))


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on error) on an autocommit connection."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, *exc) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


# -- reading ------------------------------------------------------------------------------
_TOKEN = re.compile(r'"([^"]*)"|(\w+)(\*?)', re.U)


def fts_query(text: str) -> str:
    """The FTS5 query for what a user typed: every word must match (phrases in double
    quotes stay phrases, ``word*`` is a prefix); FTS5 operators typed by the user are
    words like any other, so no input is a syntax error."""
    parts = []
    for phrase, word, star in _TOKEN.findall(text):
        words = re.findall(r"\w+", phrase) if phrase else [word]
        if words:
            parts.append('"' + " ".join(words) + '"' + ("*" if star and not phrase else ""))
    if not parts:
        raise BadQuery(f"nothing to search for in {text!r}: type a word")
    return " ".join(parts)


def search(conn: sqlite3.Connection, text: str, *, kinds: Iterable[str] | None = None,
           limit: int = 20, offset: int = 0, entity_limit: int = 12) -> SearchPage:
    """Hits for ``text``, best first: matching entities (on the first page) and a page of
    sentences, facts, claims, events and positions with highlighted snippets."""
    match = fts_query(text)
    wanted = [k for k in (kinds or KINDS) if k in KINDS]
    text_kinds = [k for k in wanted if k != "entity"]
    entities: tuple[Hit, ...] = ()
    if "entity" in wanted and offset == 0:
        rows = conn.execute(
            "SELECT d.node, MIN(d.label), COUNT(DISTINCT d.article), MIN(d.rank) AS r "
            "FROM (SELECT node, label, article, rank FROM doc "
            "      WHERE doc MATCH ? AND kind = 'entity') AS d "
            "GROUP BY d.node ORDER BY r, 3 DESC LIMIT ?", (match, entity_limit)).fetchall()
        entities = tuple(Hit("entity", node, "", label, label, None, None, None, "", None,
                             count) for node, label, count, _ in rows)
    hits: tuple[Hit, ...] = ()
    total = 0
    if text_kinds:
        marks = ",".join("?" * len(text_kinds))
        total = conn.execute(f"SELECT COUNT(*) FROM doc WHERE doc MATCH ? AND kind IN ({marks})",
                             (match, *text_kinds)).fetchone()[0]
        rows = conn.execute(
            "SELECT d.kind, d.node, d.article, d.label, "
            f"snippet(doc, 0, '{HIT_START}', '{HIT_END}', '…', 40), d.sentence, d.start, "
            'd."end", a.title, a.published FROM doc AS d LEFT JOIN article AS a '
            f"ON a.iri = d.article WHERE doc MATCH ? AND d.kind IN ({marks}) "
            "ORDER BY d.rank LIMIT ? OFFSET ?",
            (match, *text_kinds, max(1, limit), max(0, offset))).fetchall()
        hits = tuple(Hit(kind, node, article, label, snippet, sentence, _int(start),
                         _int(end), title or article, published)
                     for kind, node, article, label, snippet, sentence, start, end, title,
                     published in rows)
    return SearchPage(text, entities, hits, total, offset, limit)


def stats(conn: sqlite3.Connection) -> dict[str, int]:
    """Documents by kind, and articles."""
    counts = dict(conn.execute("SELECT kind, COUNT(*) FROM doc GROUP BY kind").fetchall())
    counts["articles"] = conn.execute("SELECT COUNT(*) FROM article").fetchone()[0]
    return counts


# -- the store's write paths -------------------------------------------------------------
class Indexer:
    """The index of one open store, for a write path (build, import, remove).

    The store is the record and the index is derived from it: if the index cannot be
    written (a read-only folder, a full disk) the write path goes on, says so once in
    :attr:`notes`, and the web UI's catch-up indexes what is missing later.
    """

    def __init__(self, store):
        self.store = store
        self.notes: list[str] = []
        try:
            self.conn: sqlite3.Connection | None = open_for_store(store)
        except (sqlite3.Error, OSError) as err:
            self._failed(err)

    def _failed(self, err: BaseException) -> None:
        self.conn = None
        self.notes.append(f"search index not updated ({err}); the web UI will catch up")

    def add(self, graph_iri: str, triples: Iterable) -> None:
        """Index an article graph just stored (its triples as built, or its quads)."""
        if self.conn is not None:
            try:
                index_article(self.conn, graph_iri, triples)
            except sqlite3.Error as err:
                self._failed(err)

    def add_entries(self, articles: list[tuple[ArticleInfo, list[Entry]]]) -> None:
        """Index articles from their documents, made where their graphs were built."""
        if self.conn is not None:
            try:
                index_many(self.conn, articles)
            except sqlite3.Error as err:
                self._failed(err)

    def add_stored(self, graph_iris: Iterable[str]) -> None:
        """Index these graphs of the store from its quads (after a bulk import)."""
        for iri in graph_iris:
            if iri.startswith(ARTICLE_PREFIX):
                self.add(iri, self.store.quads(iri))

    def remove(self, graph_iris: Iterable[str]) -> None:
        if self.conn is not None:
            try:
                for iri in graph_iris:
                    remove_article(self.conn, iri)
            except sqlite3.Error as err:
                self._failed(err)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def __enter__(self) -> "Indexer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
