"""Full-text search: the page, and the index kept in step with the store.

Builds, imports and removals update the index beside the store themselves (kg.search).
What they cannot see, writes through SPARQL Update or the Graph Store Protocol, a store
in memory, a store built before the index existed, is caught up here: the article graphs
the store lists and the index lacks are indexed from their statements, read through the
endpoint like any page query, a bounded number per request.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import current_app, render_template, request

from kg import search
from kg.web import page_queries
from kg.web.endpoint import current_endpoint
from kg.web.extension import request_resource
from kg.web.pages.common import page_arg, paging_links, query_or_503

SEARCH_PAGE = 20
#: What the kind checkboxes say (kg.search.KINDS are singular keys).
KIND_LABELS = {"entity": "entities", "sentence": "sentences", "fact": "facts",
               "claim": "claims", "event": "events", "position": "positions"}
#: Seconds between two checks of the store's article list.
CHECK_EVERY = 5.0
#: Time a request may spend indexing missing articles before it answers.
CATCH_UP_SECONDS = 3.0


@dataclass
class SearchState:
    """The app's index: where it is, and when the store was last compared with it."""

    target: str  # a file path, or a shared in-memory database URI
    keep_open: sqlite3.Connection | None = None  # holds an in-memory database alive
    checked: float = 0.0
    missing: int = 0  # articles the last catch-up had to leave for the next request
    lock: threading.Lock = field(default_factory=threading.Lock)


def state() -> SearchState:
    """This app's search index, opened on first use."""
    ext = current_app.extensions
    if "kg.search" not in ext:
        store = current_endpoint().store
        path = search.index_path(store)
        target = str(path) if path is not None else f"file:kg-search-{id(current_app)}?mode=memory&cache=shared"
        keep = None
        try:
            keep = search.connect(target)
        except (sqlite3.Error, OSError):  # a read-only store folder: index in memory
            target = f"file:kg-search-{id(current_app)}?mode=memory&cache=shared"
            keep = search.connect(target)
        if path is not None:
            keep.close()
            keep = None
        ext["kg.search"] = SearchState(target, keep)
    return ext["kg.search"]


def connection() -> sqlite3.Connection:
    """This request's connection to the index (closed when its app context ends)."""
    return request_resource("kg.search", lambda: search.connect(state().target))


def catch_up(conn: sqlite3.Connection) -> int:
    """Index the store's articles the index lacks and forget those the store dropped;
    returns how many are still missing (left for the next request)."""
    st = state()
    now = time.monotonic()
    if now - st.checked < CHECK_EVERY and not st.missing:
        return 0
    with st.lock:
        stored = _stored_articles()
        indexed = search.indexed_articles(conn)
        for gone in indexed - stored:
            search.remove_article(conn, gone)
        missing = sorted(stored - indexed)
        deadline = time.monotonic() + CATCH_UP_SECONDS
        done = 0
        for iri in missing:
            if time.monotonic() > deadline:
                break
            search.index_article(conn, iri, _article_triples(iri))
            done += 1
        st.missing = len(missing) - done
        st.checked = time.monotonic()
        return st.missing


def _stored_articles() -> set[str]:
    found: set[str] = set()
    size = current_endpoint().max_rows
    offset = 0
    while True:
        rows = page_queries.run("articles-index", numbers={"limit": size, "offset": offset},
                                union=False)
        found.update(r["a"].value for r in rows)
        if len(rows) < size:
            return found
        offset += size


def _article_triples(iri: str) -> list[tuple]:
    triples: list[tuple] = []
    size = current_endpoint().max_rows
    offset = 0
    while True:
        rows = page_queries.run("article-graph", {"a": ox.NamedNode(iri)},
                                {"limit": size, "offset": offset}, union=False)
        triples.extend((r["s"], r["p"], r["o"]) for r in rows)
        if len(rows) < size:
            return triples
        offset += size


def search_page():
    q = request.args.get("q", "").strip()
    kinds = [k for k in request.args.getlist("kind") if k in search.KINDS] or list(search.KINDS)
    paging = page_arg("page", SEARCH_PAGE)
    result, message, missing = None, None, 0
    if q:
        conn = connection()
        missing = query_or_503(catch_up, conn)
        try:
            result = search.search(conn, q, kinds=kinds, limit=paging.size,
                                   offset=paging.offset)
        except search.BadQuery as err:
            message = str(err)
    if result is not None:
        paging = paging.with_total(result.total)
    return render_template("search.html", q=q, result=result, message=message,
                           kinds=kinds, all_kinds=search.KINDS, kind_labels=KIND_LABELS,
                           missing=missing,
                           paging=paging, links=paging_links(paging) if result else {})
