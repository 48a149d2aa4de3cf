"""What the page modules share: rows grouped by section, paging, dates."""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from flask import abort, request, url_for

from kg.web import runner


@dataclass(frozen=True)
class Paging:
    """One page of a list: which page, its size, and whether more rows follow."""

    name: str  # the query-string parameter (``?events=2``)
    page: int
    size: int
    total: int | None = None

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def pages(self) -> int | None:
        return None if self.total is None else max(1, -(-self.total // self.size))

    def with_total(self, total: int | None) -> "Paging":
        return Paging(self.name, self.page, self.size, total)


def page_arg(name: str, size: int) -> Paging:
    """``?name=N`` from the request (1 when absent or not a positive number)."""
    try:
        page = max(1, int(request.args.get(name, "1")))
    except ValueError:
        page = 1
    return Paging(name, min(page, 100_000), size)


def sections(rows: list[dict]) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Rows by their ``?section``, and the counts of the ``section#`` rows."""
    grouped: dict[str, list[dict]] = {}
    counts: dict[str, int] = {}
    for row in rows:
        name = row["section"].value
        if name.endswith("#"):
            counts[name[:-1]] = int(row["n"].value)
        else:
            grouped.setdefault(name, []).append(row)
    return grouped, counts


def value(row: dict, key: str) -> str | None:
    term = row.get(key)
    return term.value if term is not None else None


def shown_date(date: str | None, precision: str | None = None) -> str | None:
    """A resolved date as precise as the text was: "in 2020" is stored as 2020-01-01 (with
    kg:datePrecision "year") so it sorts and compares, but a reader must see "2020"."""
    if not date:
        return date
    day = date[:10]
    if precision == "year":
        return day[:4]
    if precision == "decade":
        return f"{day[:3]}0s"
    if precision == "month":
        return day[:7]
    if precision == "week":
        return f"week of {day}"
    if precision == "dateTime":
        return date.replace("T", " ")[:16]
    return day


def as_int(row: dict, key: str) -> int | None:
    try:
        return int(row[key].value)
    except (KeyError, ValueError):
        return None


def query_or_503(fn, *args, **kwargs):
    """Run a page's query; a query past the time limit is a 503 page, not a trace."""
    try:
        return fn(*args, **kwargs)
    except runner.QueryTimeout:
        abort(503, "the page's queries ran past the time limit")
    except runner.QueryFailed as err:
        abort(500, f"the page's query failed: {err}")


def named(iri: str) -> ox.NamedNode:
    """An IRI from a URL as a term; 400 when it is not one."""
    try:
        return ox.NamedNode(iri)
    except ValueError:
        abort(400, f"not an IRI: {iri!r}")


def paging_links(paging: Paging, anchor: str = "") -> dict:
    """Hrefs of the previous and next page of one list (None at the ends)."""

    def at(page: int) -> str:
        args = request.args.to_dict() | {paging.name: str(page)}
        return url_for(request.endpoint, **(request.view_args or {}), **args) + anchor

    more = paging.pages is not None and paging.page < paging.pages
    return {"prev": at(paging.page - 1) if paging.page > 1 else None,
            "next": at(paging.page + 1) if more else None}
