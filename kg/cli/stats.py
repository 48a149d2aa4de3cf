"""``kg stats``: summary figures of the store (:func:`kg.stats.render_stats`)."""
from __future__ import annotations

import click

from kg.cli.options import store_option
from kg.stats import render_stats
from kg.store import Store


@click.command()
@store_option()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats(store: Store, as_json: bool) -> None:
    """Articles, entities by type, statements, linked share."""
    click.echo(render_stats(store, as_json))
