"""``kg query``: one page of a SPARQL query's answer (:func:`kg.query.run_query`)."""
from __future__ import annotations

import click

from kg import formats
from kg.cli.options import format_option, one_line, store_option
from kg.query import run_query
from kg.store import Store


def _format_help() -> str:
    return ("table, a results format for SELECT/ASK (" + ", ".join(formats.keys(formats.RESULTS))
            + "), or an RDF syntax for CONSTRUCT/DESCRIBE ("
            + ", ".join(formats.keys(*formats.RDF_KINDS))
            + "; table means Turtle there, json JSON-LD, xml RDF/XML).")


@click.command()
@click.argument("query")
@store_option()
@format_option(formats.RESULTS, *formats.RDF_KINDS, default="table", extra=("table",),
               help=_format_help)
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True,
              help="Rows in the page (0: every row).")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True,
              help="Rows to skip: --offset 50 is the second page of 50.")
def query(query: str, store: Store, fmt: str, limit: int, offset: int) -> None:
    """Run a SPARQL query: a name from queries/, a .rq file, or '-' for stdin.

    One page of rows at a time: shipped queries only evaluate what the page shows."""
    try:
        text = run_query(query, store, fmt, limit or None, offset)
    except FileNotFoundError as exc:  # no such query name or file
        raise click.UsageError(str(exc)) from None
    except SyntaxError as exc:  # pyoxigraph's SPARQL parser
        raise click.ClickException("malformed SPARQL: " + one_line(exc)) from None
    except ValueError as exc:  # a format the answer cannot take
        raise click.UsageError(str(exc)) from None
    click.echo(text, nl=False)
