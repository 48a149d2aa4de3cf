"""``kg build``: inputs into the store (:func:`kg.pipeline.build`)."""
from __future__ import annotations

from pathlib import Path

import click

from kg import formats
from kg.cli.options import TableHelpOption, emission_options, store_option
from kg.link import MODES
from kg.store import Store


def _out_help() -> str:
    return ("Also write the graphs of these inputs to this file, the format from its suffix ("
            + " ".join(formats.suffixes(*formats.RDF_KINDS)) + ").")


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@store_option("create")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), cls=TableHelpOption,
              table_help=_out_help)
@click.option("--link", type=click.Choice(MODES), default="auto", show_default=True,
              help="Wikidata linking: auto (the offline index, then the API if it answers), "
                   "offline, online, or off.")
@click.option("--workers", type=click.IntRange(0, 64), default=1, show_default=True,
              help="Processes that parse and extract while this one reads, links, "
                   "builds RDF and stores (with as many as there are cores, they link "
                   "and build RDF too; 0: all in this one).")
@click.option("--date", "published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              metavar="YYYY-MM-DD",
              help="Publication date for every input (overrides metadata and datelines).")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Refuse inputs larger than this (default 1 MB: about a minute of "
                   "parsing; longer texts are parsed in windows, so raising it is safe).")
@click.option("--url-timeout", type=click.FloatRange(0.1), default=None, metavar="SECONDS",
              help="Whole-download deadline per URL (default 60 s).")
@emission_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def build(inputs: tuple[str, ...], store: Store, out: Path | None, link: str, workers: int,
          published, max_bytes: int | None, url_timeout: float | None,
          fact_threshold: float | None, claim_threshold: float | None, quiet: bool) -> None:
    """Read INPUTS (files, folders, URLs, '-') and add their graphs to the store.

    An input already stored is skipped, unless it was read at other thresholds: then it
    is read again and its graph replaced."""
    # kg.pipeline loads spaCy (about a second): imported here so other commands start fast
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
                           url_timeout=url_timeout, fact_threshold=fact_threshold,
                           claim_threshold=claim_threshold)
    report = run_build(list(inputs), options=options, store=store)
    click.echo(report.summary(), err=True)
    click.get_current_context().exit(report.exit_code)
