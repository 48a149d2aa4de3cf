"""``kg import`` and ``kg remove``: graphs into and out of the store (:mod:`kg.bulk`)."""
from __future__ import annotations

from pathlib import Path

import click

from kg import formats
from kg.bulk import import_files, remove_articles
from kg.cli.options import IRI, format_option, one_line, store_option
from kg.store import Store


def _format_help() -> str:
    return ("Input format, any RDF syntax kg reads: " + formats.describe(*formats.RDF_KINDS)
            + " (default: from the file's suffix).")


@click.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option("create")
@format_option(*formats.RDF_KINDS, default=None, help=_format_help)
@click.option("--graph", type=IRI, default=None, metavar="IRI",
              help="Named graph for a triples file (default: one named from its content).")
def import_command(files: tuple[Path, ...], store: Store, fmt: str | None,
                   graph: str | None) -> None:
    """Bulk-load RDF FILES in the syntax of --format (or of their suffix)."""
    for path in files:  # a FIFO or device would block the bulk loader forever
        if not path.is_file():
            raise click.BadParameter(f"{path}: not a regular file", param_hint="FILES")
    try:
        for message in import_files(store, list(files), fmt, graph):
            click.echo(message, err=True)
    except SyntaxError as exc:  # the file's parser
        raise click.ClickException(one_line(exc)) from None


@click.command("remove")
@click.argument("articles", nargs=-1, required=True)
@store_option()
def remove_command(articles: tuple[str, ...], store: Store) -> None:
    """Drop ARTICLES: a graph IRI, a content-hash prefix, or the source path or URL."""
    try:
        for graph in remove_articles(store, list(articles)):
            click.echo(f"removed {graph}", err=True)
    except LookupError as exc:  # no article matches
        raise click.ClickException(str(exc)) from None
