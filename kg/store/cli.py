"""``kg import`` and ``kg remove``: registered on the ``kg`` group in kg/cli.py."""
from __future__ import annotations

from pathlib import Path

import click

import pyoxigraph as ox

from kg import formats
from kg.clitypes import FormatChoice
from kg.search import Indexer
from kg.store import StoreError, open_store

_STORE = click.option(
    "--store", "store_location", default=None, metavar="DIR",
    help="Store directory, ':memory:' or sparql+http://… (default: $KG_STORE or ./kg-store).")


def import_files(files: list[Path], store_location: str | None, fmt: str | None,
                 graph: str | None) -> list[str]:
    """Bulk-load each file; the messages to print, one per file."""
    messages = []
    with open_store(store_location) as store, Indexer(store) as search_index:
        for path in files:
            graphs = store.import_file(path, fmt, graph)
            search_index.add_stored(graphs)
            messages.append(f"{path}: " + (f"{len(graphs)} graph(s) loaded" if graphs
                                           else "already imported, skipped"))
    return messages


def remove_articles(refs: list[str], store_location: str | None) -> list[str]:
    """Drop the articles each ref names; the graph IRIs removed."""
    with open_store(store_location) as store, Indexer(store) as search_index:
        removed = [g for ref in refs for g in store.remove_article(ref)]
        search_index.remove(removed)
        return removed


@click.command("import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_STORE
@click.option("--format", "fmt", type=FormatChoice(*formats.RDF_KINDS), default=None,
              help="Input format (default: from the file name: "
                   + " ".join(formats.suffixes(*formats.RDF_KINDS)) + ").")
@click.option("--graph", default=None, metavar="IRI",
              help="Named graph for a triples file (default: one named from its content).")
def import_command(files, store_location, fmt, graph) -> None:
    """Bulk-load RDF FILES (Turtle, TriG, N-Quads, N-Triples, RDF/XML, JSON-LD, N3)."""
    for path in files:  # a FIFO or device would block the bulk loader forever
        if not path.is_file():
            raise click.BadParameter(f"{path}: not a regular file", param_hint="FILES")
    if graph is not None:
        try:
            ox.NamedNode(graph)
        except ValueError as exc:
            raise click.BadParameter(f"{graph!r} is not an IRI ({exc})", param_hint="--graph")
    try:
        for message in import_files(list(files), store_location, fmt, graph):
            click.echo(message, err=True)
    except (StoreError, SyntaxError) as err:
        raise click.ClickException(str(err)) from err


@click.command("remove")
@click.argument("articles", nargs=-1, required=True)
@_STORE
def remove_command(articles, store_location) -> None:
    """Drop ARTICLES: a graph IRI, a content-hash prefix, or the source path or URL."""
    try:
        for graph in remove_articles(list(articles), store_location):
            click.echo(f"removed {graph}", err=True)
    except (StoreError, LookupError) as err:
        raise click.ClickException(str(err)) from err
