"""Running SPARQL queries from queries/, files or stdin, and rendering the results."""
from __future__ import annotations

import io
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg import formats
from kg.store import Store
from kg.vocab import PREFIXES

MAX_CELL = 90
#: Rows a page of a shipped query holds unless told otherwise (the web UI's page size).
PAGE_SIZE = 50


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name (the file stem, used in URLs and on the command line), the
    title and description from its header comments, and its text."""
    name: str
    title: str
    description: str
    text: str


def queries_dir() -> Path:
    """The folder of shipped .rq files: the checkout's queries/, or the installed copy."""
    here = Path(__file__).resolve().parent.parent / "queries"
    if here.is_dir():
        return here
    return Path(sysconfig.get_path("data")) / "share" / "kg" / "queries"


def list_queries(folder: str | Path | None = None) -> dict[str, Path]:
    """The ``*.rq`` files of ``folder`` (default: the shipped ones) by name, sorted."""
    return {p.stem: p for p in sorted(Path(folder or queries_dir()).glob("*.rq"))}


def parse_query(name: str, text: str) -> NamedQuery:
    """Read the header of a query file.

    The header is the leading ``#`` lines (blank lines allowed); the title is the
    ``# title: ...`` line, else the first comment line; ``# description: ...`` and the
    other comment lines form the description. Without any, the title is the name.
    """
    title, description = "", []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        key, sep, value = body.partition(":")
        if sep and key.strip().lower() == "title" and not title:
            title = value.strip()
        elif sep and key.strip().lower() == "description":
            description.append(value.strip())
        elif body:
            description.append(body)
    if not title and description:
        title = description.pop(0)
    return NamedQuery(name, title or name.replace("_", " ").replace("-", " "),
                      " ".join(description), text)


def read_queries(folder: str | Path | None = None) -> list[NamedQuery]:
    """Every ``*.rq`` of ``folder`` (default: the shipped ones), parsed, sorted by name;
    none when the folder is missing."""
    return [parse_query(name, path.read_text(encoding="utf-8"))
            for name, path in list_queries(folder).items()]


def load_query(ref: str) -> str:
    """Query text for a shipped query name, a file path, or '-' (stdin)."""
    if ref == "-":
        return sys.stdin.read()
    named = list_queries()
    if ref in named:
        return named[ref].read_text(encoding="utf-8")
    path = Path(ref)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    raise FileNotFoundError(
        f"no query named {ref!r} and no such file; shipped queries: {', '.join(named)}")


# -- paging ----------------------------------------------------------------------------
#: The lexical pieces paging cares about: strings, IRIs and comments are skipped whole.
_TOKEN = re.compile(r'''("""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''''
                    r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|\#[^\n]*'''
                    r"|[{}]|\b(?:LIMIT|OFFSET)\s+\d+)", re.IGNORECASE)
_MARK = re.compile(r"#\s*page(\s+window)?\b", re.IGNORECASE)


def page(text: str, limit: int | None, offset: int = 0, widen: int | None = 1) -> str:
    """``text`` with one page of rows: ``limit`` rows (None: all) after ``offset``.

    Shipped queries mark the subquery that picks what a page shows, by a comment on the
    line of its LIMIT, so that the rest of the query only joins what the page needs and
    its cost follows the rows it returns:

    * ``LIMIT n  # page``: the subquery's items are the page's rows (one row each); it
      gets the page's LIMIT and OFFSET;
    * ``LIMIT n  # page window``: items that usually give one row or more (the newest
      articles, say); it gets ``widen * (offset + limit)`` items (all with ``widen``
      None), and the query's own LIMIT/OFFSET cut the page from their rows. When some
      items give no row the page can come out short: :func:`page_attempts` widens.

    The query's top-level LIMIT/OFFSET are replaced by the page's.
    """
    edits: list[tuple[int, int, str]] = []
    depth, exact = 0, False
    for token in _TOKEN.finditer(text):
        word = token.group()
        if word == "{":
            depth += 1
        elif word == "}":
            depth -= 1
        elif word[:1] in "#\"'<":
            continue
        elif depth == 0:  # the query's own LIMIT / OFFSET: replaced below
            edits.append((token.start(), token.end(), ""))
        elif word.upper().startswith("LIMIT"):
            line_end = text.find("\n", token.end())
            mark = _MARK.search(text[token.end():line_end if line_end >= 0 else len(text)])
            if mark is None:
                continue
            if mark.group(1):  # a window covering the page
                new = "" if limit is None or widen is None else f"LIMIT {widen * (offset + limit)}"
            else:
                exact = True
                new = ("" if limit is None else f"LIMIT {limit}") + (
                    f" OFFSET {offset}" if offset else "")
            edits.append((token.start(), token.end(), new.strip()))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    body = text.rstrip()
    clause = "" if limit is None else f"LIMIT {limit}"
    if offset and not exact:
        clause += f" OFFSET {offset}"
    return f"{body}\n{clause.strip()}\n" if clause.strip() else body + "\n"


def has_window(text: str) -> bool:
    return any(_MARK.search(t.group()) and _MARK.search(t.group()).group(1)
               for t in _TOKEN.finditer(text) if t.group().startswith("#"))


def page_attempts(text: str, limit: int | None, offset: int = 0) -> Iterator[str]:
    """The texts to try for one page, cheapest first: a short answer from one means its
    windows missed rows (items without any), unless it was the last, unwindowed one."""
    if limit is None or not has_window(text):
        yield page(text, limit, offset)
        return
    for widen in (1, 8, 64, None):
        yield page(text, limit, offset, widen)


@dataclass(frozen=True)
class Rows:
    """SELECT results read into memory (to count them before rendering)."""

    variables: list
    rows: list

    def __iter__(self):
        return iter(self.rows)


def run_query(ref: str, store: Store, fmt: str = "table",
              limit: int | None = PAGE_SIZE, offset: int = 0) -> str:
    """Run one page of the query ``ref`` on ``store`` and render it as ``fmt``
    (``limit`` None: every row)."""
    text = load_query(ref)
    for attempt in page_attempts(text, limit, offset):
        results = store.query(attempt)
        if not isinstance(results, ox.QuerySolutions):
            break
        results = Rows(results.variables, list(results))
        if limit is None or len(results.rows) >= limit:
            break
    return render(results, fmt, page_of=(limit, offset))


def render(results, fmt: str, limit: int | None = None,
           page_of: tuple[int | None, int] | None = None) -> str:
    """``results`` as text: a table, or the ``fmt`` row of :data:`kg.formats.TABLE`.

    ``limit`` cuts a table to that many rows; ``page_of`` (limit, offset) says which page
    of the query the results are, for the table's closing line."""
    if not isinstance(results, (ox.QuerySolutions, ox.QueryBoolean, Rows)):
        return _graph_text(results, fmt)  # CONSTRUCT/DESCRIBE, from any backend
    if fmt != "table":
        chosen = formats.by_name(fmt, formats.RESULTS)
        if chosen is None:
            raise ValueError(f"a SELECT or ASK answer is a table: use --format table or one "
                             f"of {', '.join(formats.keys(formats.RESULTS))}, not {fmt}")
        if isinstance(results, ox.QueryBoolean):
            if chosen.write_boolean is not None:
                text = chosen.write_boolean(bool(results)).decode("utf-8")
            elif chosen.ox_format is not None:  # Oxigraph's own rendering ("true")
                text = results.serialize(format=chosen.ox_format).decode("utf-8")
            else:
                raise ValueError(f"an ASK answer is true or false: {chosen.label} cannot say "
                                 "it; use table, json or xml")
        else:
            names = [v.value for v in results.variables]
            text = chosen.write_rows(names, ([s[n] for n in names] for s in results)
                                     ).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    if isinstance(results, ox.QueryBoolean):
        return f"{bool(results)}\n"
    names = [v.value for v in results.variables]
    rows = []
    more = False
    for solution in results:
        if limit and len(rows) >= limit:
            more = True  # say the table is cut, not that these are all the rows
            break
        rows.append([_cell(solution[name]) for name in names])
    if page_of is not None and page_of[0] is not None and len(rows) == page_of[0]:
        size, offset = page_of  # a full page: there may be more
        return _table(names, rows, False, f"(rows {offset + 1}-{offset + size}; "
                                          f"--offset {offset + size} for the next page)")
    return _table(names, rows, more)


def _graph_text(triples, fmt: str) -> str:
    """A CONSTRUCT/DESCRIBE answer is a graph: ``fmt`` names an RDF syntax (``table``
    means Turtle; ``json`` and ``xml`` mean JSON-LD and RDF/XML, as clients use them)."""
    chosen = formats.get("turtle") if fmt == "table" else formats.by_name(fmt, *formats.RDF_KINDS)
    if chosen is None:
        raise ValueError(f"a CONSTRUCT or DESCRIBE answer is a graph, not a table: use "
                         f"--format table (Turtle) or one of "
                         f"{', '.join(formats.keys(*formats.RDF_KINDS))}, not {fmt}")
    out = io.BytesIO()  # sorted as exports are (kg.export): the same answer prints the same
    formats.write_triples(sorted(triples, key=str), chosen, out)
    return out.getvalue().decode("utf-8")


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        value = term.value
        for prefix, iri in PREFIXES.items():
            if value.startswith(iri):
                return f"{prefix}:{value[len(iri):]}"
        return f"<{value}>"
    text = term.value if isinstance(term, ox.Literal) else str(term)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _table(names: list[str], rows: list[list[str]], more: bool = False,
           note: str | None = None) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = "-+-".join("-" * w for w in widths)  # "+" under each " | "
    # rstrip: the last column is not padded (no trailing blanks to copy from a terminal)
    out = [" | ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(), line]
    out += [" | ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    out.append(note or (f"(first {len(rows)} rows; raise --limit for more)" if more
                        else f"({len(rows)} row{'s' if len(rows) != 1 else ''})"))
    return "\n".join(out) + "\n"

