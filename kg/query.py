"""Running SPARQL queries from queries/, files or stdin, and rendering the results."""
from __future__ import annotations

import io
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import formats
from kg.store import open_store
from kg.vocab import PREFIXES

MAX_CELL = 90


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


def run_query(ref: str, store_location: str | None, fmt: str = "table",
              limit: int | None = None) -> str:
    """Run the query ``ref`` on the store and render the results as ``fmt``."""
    text = load_query(ref)
    with open_store(store_location) as store:
        return render(store.query(text), fmt, limit)


def render(results, fmt: str, limit: int | None = None) -> str:
    """``results`` as text: a table, or the ``fmt`` row of :data:`kg.formats.TABLE`."""
    if not isinstance(results, (ox.QuerySolutions, ox.QueryBoolean)):
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
    return _table(names, rows, more)


def _graph_text(triples, fmt: str) -> str:
    """A CONSTRUCT/DESCRIBE answer is a graph: ``fmt`` names an RDF syntax (``table``
    means Turtle; ``json`` and ``xml`` mean JSON-LD and RDF/XML, as clients use them)."""
    chosen = formats.get("turtle") if fmt == "table" else formats.by_name(fmt, *formats.RDF_KINDS)
    if chosen is None:
        raise ValueError(f"a CONSTRUCT or DESCRIBE answer is a graph, not a table: use "
                         f"--format table (Turtle) or one of "
                         f"{', '.join(formats.keys(*formats.RDF_KINDS))}, not {fmt}")
    out = io.BytesIO()
    formats.write_triples(triples, chosen, out)
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


def _table(names: list[str], rows: list[list[str]], more: bool = False) -> str:
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = "-+-".join("-" * w for w in widths)  # "+" under each " | "
    out = [" | ".join(n.ljust(w) for n, w in zip(names, widths)), line]
    out += [" | ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
    out.append(f"(first {len(rows)} rows; raise --limit for more)" if more
               else f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"

