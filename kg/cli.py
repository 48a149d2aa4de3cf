"""The ``kg`` command line: each command a few lines over one library function."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click

from kg import __version__, formats
from kg.clitypes import FormatChoice

STORE_OPTION = click.option(
    "--store", "store_location", default=None, metavar="DIR",
    help="Store directory, ':memory:' or sparql+http://… (default: $KG_STORE or ./kg-store).")


def existing_store(location: str | None) -> str | None:
    """``location`` for a command that only reads: a store directory that is not there
    is an error (a typo or the wrong folder), not a new empty store."""
    from kg.store.base import default_location

    where = location or default_location()
    if where != ":memory:" and "://" not in where and not Path(where).exists():
        raise click.ClickException(f"no store at {where}; build one with 'kg build PATH' "
                                   "or point --store / $KG_STORE at one")
    return location


class KgGroup(click.Group):
    """The command group; a store problem any command meets (a remote server down, a store
    locked or busy) is one ``Error:`` line, as StoreError messages are written for users."""

    def invoke(self, ctx):
        from kg.store import StoreError

        try:
            return super().invoke(ctx)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=KgGroup)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Turn news articles into a linked, queryable knowledge graph."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@STORE_OPTION
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the graphs of these inputs to this file, the format from its "
                   "suffix (" + " ".join(formats.suffixes(*formats.RDF_KINDS)) + ").")
@click.option("--link", type=click.Choice(["auto", "offline", "online", "off"]), default="auto",
              show_default=True, help="Wikidata linking mode.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes that parse, extract, link and build RDF (1: this one).")
@click.option("--date", "published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date for every input (overrides metadata and datelines).")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Refuse inputs larger than this (default 1 MB: about a minute of "
                   "parsing; longer texts are parsed in windows, so raising it is safe).")
@click.option("--url-timeout", type=click.FloatRange(0.1), default=None, metavar="SECONDS",
              help="Whole-download deadline per URL (default 60 s).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(inputs, store_location, out, link, workers, published, max_bytes, url_timeout,
          quiet) -> None:
    """Read INPUTS (files, folders, URLs, '-') and add their graphs to the store."""
    from kg.pipeline import BuildOptions, build as run_build

    if out is not None:  # checked before the work, not after it
        if formats.by_suffix(out.suffix, *formats.RDF_KINDS) is None:
            raise click.BadParameter(
                f"{out.name}: use one of {', '.join(formats.suffixes(*formats.RDF_KINDS))}",
                param_hint="--out")
        if not out.resolve().parent.is_dir():
            raise click.BadParameter(f"{out}: no such folder", param_hint="--out")
    options = BuildOptions(link=link, workers=workers,
                           published=published.date() if published else None,
                           progress=not quiet, out=out, max_bytes=max_bytes,
                           url_timeout=url_timeout)
    report = run_build(list(inputs), store_location, options)
    click.echo(report.summary(), err=True)
    sys.exit(report.exit_code)


@main.command()
@STORE_OPTION
@click.option("--format", "fmt", default="turtle", show_default=True,
              type=FormatChoice(*formats.RDF_KINDS),
              help="Graph syntaxes merge the articles; dataset syntaxes ("
                   + ", ".join(formats.keys(formats.DATASET)) + ") keep one graph per article.")
@click.option("--graph", default=None, metavar="IRI", help="Only this article graph.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
def export(store_location, fmt, graph, output) -> None:
    """Write the graph: Turtle/N-Triples merged, TriG/N-Quads/JSON-LD per article."""
    from kg.export import export as run_export

    store_location = existing_store(store_location)
    try:
        target = open(output, "wb") if output else nullcontext(sys.stdout.buffer)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    with target as out:
        try:
            run_export(store_location, out, fmt, graph)
        except KeyError as exc:
            raise click.ClickException(exc.args[0]) from None


@main.command()
@click.argument("query")
@STORE_OPTION
@click.option("--format", "fmt", default="table", show_default=True,
              type=FormatChoice(formats.RESULTS, *formats.RDF_KINDS, extra=("table",)),
              help="table, a results format for SELECT/ASK ("
                   + ", ".join(formats.keys(formats.RESULTS)) + "), or an RDF syntax for "
                   "CONSTRUCT/DESCRIBE (table means Turtle there; json JSON-LD; xml RDF/XML).")
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True,
              help="Rows in the page (0: every row).")
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True,
              help="Rows to skip: --offset 50 is the second page of 50.")
def query(query, store_location, fmt, limit, offset) -> None:
    """Run a SPARQL query: a name from queries/, a .rq file, or '-' for stdin.

    One page of rows at a time: shipped queries only evaluate what the page shows."""
    from kg.query import run_query

    store_location = existing_store(store_location)
    try:
        click.echo(run_query(query, store_location, fmt, limit or None, offset), nl=False)
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from None
    except SyntaxError as exc:  # pyoxigraph's SPARQL parser
        raise click.ClickException("malformed SPARQL: " + " ".join(str(exc).split())) from None
    except ValueError as exc:  # a format the answer cannot take
        raise click.UsageError(str(exc)) from None


@main.command()
@STORE_OPTION
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats(store_location, as_json) -> None:
    """Articles, entities by type, statements, linked share."""
    from kg.stats import render_stats

    click.echo(render_stats(existing_store(store_location), as_json))


@main.group(name="eval")
def eval_group() -> None:
    """Score extraction or linking against a gold file."""


from kg.serve import serve_command  # noqa: E402 - issue 5: the SPARQL endpoint and web UI

main.add_command(serve_command)
from kg.store.cli import import_command, remove_command  # noqa: E402
main.add_command(import_command)
main.add_command(remove_command)

from kg.link.cli import eval_linking, link_group  # noqa: E402 - issue 4: Wikidata linking
main.add_command(link_group)
eval_group.add_command(eval_linking)
from kg.eval.cli import eval_facts  # noqa: E402 - issue 3: facts, events, claims
eval_group.add_command(eval_facts)


if __name__ == "__main__":  # pragma: no cover
    main()
