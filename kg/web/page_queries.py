"""The UI pages' SPARQL: ``kg/web/queries/*.rq``, run through the endpoint's runner.

A page query names its inputs as ``$name`` placeholders: RDF terms are written by
pyoxigraph (IRIs checked, literals escaped) and numbers (LIMIT, OFFSET) are checked
integers, so nothing a user types can change a query.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from kg.query import list_queries
from kg.web.endpoint import current_endpoint

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_MAX_LABEL = 160


@lru_cache(maxsize=None)
def text_of(name: str) -> str:
    """The text of the page query ``name`` (``kg/web/queries/NAME.rq``)."""
    queries = list_queries(QUERIES_DIR)
    if name not in queries:
        raise KeyError(f"no page query {name!r} in {QUERIES_DIR}")
    return queries[name].read_text(encoding="utf-8")


class Values:
    """A ``VALUES`` body of IRIs for a ``$nodes`` placeholder."""

    def __init__(self, iris: Iterable[str]):
        self.terms = [str(ox.NamedNode(i)) for i in dict.fromkeys(iris)]

    def __str__(self) -> str:
        return " ".join(self.terms)


def fill_numbers(text: str, numbers: dict[str, int]) -> str:
    """Write the integer placeholders (``$events_limit``) into the query text."""
    return re.sub(r"\$(\w+)", lambda m: str(int(numbers[m.group(1)]))
                  if m.group(1) in numbers else m.group(0), text)


def run(name: str, terms: dict | None = None, numbers: dict[str, int] | None = None,
        union: bool = True) -> list[dict]:
    """Rows of the page query ``name`` as {variable: term}, with the endpoint's limits."""
    text = fill_numbers(text_of(name), numbers or {})
    bind = {f"${k}": v for k, v in (terms or {}).items()}
    return current_endpoint().select(text, bind=bind, use_default_graph_as_union=union)


def labels(iris: Iterable[str]) -> dict[str, str]:
    """What each node is called (its linked item's label, else its label, headline, source,
    trigger, role or text)."""
    nodes = Values(iris)
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(nodes.terms), 500):  # VALUES lists of a sane length
        chunk = Values(())
        chunk.terms = nodes.terms[start:start + 500]
        for row in run("labels", {"nodes": chunk}):
            key, value = int(row["key"].value), row["value"].value
            iri = row["n"].value
            if iri not in found or key < found[iri][0]:
                found[iri] = (key, value)
    return {iri: _short(value) for iri, (_, value) in found.items()}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_LABEL else text[:_MAX_LABEL - 1] + "…"


def iris_in(rows: Iterable[dict], *variables: str) -> list[str]:
    """The IRIs bound to ``variables`` in ``rows`` (for one labels() call)."""
    return [row[v].value for row in rows for v in variables
            if isinstance(row.get(v), ox.NamedNode)]
