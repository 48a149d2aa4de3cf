"""The ``kg`` command line: each command a few lines over one library function.

The options every command shares (``--store``, ``--format``) and the error convention
(one ``Error: …`` line) are declared once, in :mod:`kg.cli.options`."""
from __future__ import annotations

import click

from kg import __version__
from kg.cli.build import build
from kg.cli.evaluate import eval_group
from kg.cli.export import export
from kg.cli.link import link_group
from kg.cli.options import KgGroup
from kg.cli.query import query
from kg.cli.serve import serve
from kg.cli.stats import stats
from kg.cli.store import import_command, remove_command

__all__ = ["main"]


@click.group(cls=KgGroup)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Turn news articles into a linked, queryable knowledge graph."""


for _command in (build, export, query, stats, serve, import_command, remove_command,
                 link_group, eval_group):
    main.add_command(_command)
