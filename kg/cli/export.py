"""``kg export``: the store in an RDF syntax (:func:`kg.export.export`)."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click

from kg import formats
from kg.cli.options import IRI, format_option, store_option
from kg.export import export as export_store
from kg.store import Store


def _format_help() -> str:
    return ("Any RDF syntax kg writes: " + formats.describe(*formats.RDF_KINDS)
            + ". Graph syntaxes write the merged graph (each triple once); dataset syntaxes ("
            + ", ".join(formats.keys(formats.DATASET)) + ") keep one graph per article.")


@click.command()
@store_option()
@format_option(*formats.RDF_KINDS, default="turtle", help=_format_help)
@click.option("--graph", type=IRI, default=None, metavar="IRI", help="Only this article graph.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
def export(store: Store, fmt: str, graph: str | None, output: Path | None) -> None:
    """Write the store's graph, sorted, in the RDF syntax of --format."""
    try:
        target = open(output, "wb") if output else nullcontext(sys.stdout.buffer)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None
    with target as out:
        export_store(store, out, fmt, graph)
