"""Bulk import and removal of graphs, with the web UI's search index kept in step."""
from __future__ import annotations

from pathlib import Path

from kg.search import Indexer
from kg.store import Store


def import_files(store: Store, files: list[Path], fmt: str | None = None,
                 graph: str | None = None) -> list[str]:
    """Bulk-load each file; the messages to print, one per file."""
    messages = []
    with Indexer(store) as search_index:
        for path in files:
            graphs = store.import_file(path, fmt, graph)
            search_index.add_stored(graphs)
            messages.append(f"{path}: " + (f"{len(graphs)} graph(s) loaded" if graphs
                                           else "already imported, skipped"))
    return messages


def remove_articles(store: Store, refs: list[str]) -> list[str]:
    """Drop the articles each ref names (LookupError when one names none); the graph IRIs
    removed."""
    with Indexer(store) as search_index:
        removed = [g for ref in refs for g in store.remove_article(ref)]
        search_index.remove(removed)
        return removed
