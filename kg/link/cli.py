"""``kg link`` (re-link a store), ``kg link build-index`` and ``kg eval linking``."""
from __future__ import annotations

import json
from pathlib import Path

import click

MODE_OPTION = click.option("--mode", type=click.Choice(["offline", "online"]),
                           default="offline", show_default=True,
                           help="offline: the shipped index; online: index, then the Wikidata API.")
API_OPTION = click.option("--api-url", default=None, metavar="URL",
                          help="Wikidata API endpoint (default: $KG_WIKIDATA_API or wikidata.org).")
CACHE_OPTION = click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
                            default=None, help="API answer cache (default: ~/.cache/kg/wikidata).")


def _linker(mode: str, api_url: str | None, cache_dir: Path | None):
    from kg.link import make_linker

    return make_linker(mode, api_url=api_url, cache_dir=cache_dir)


@click.group(name="link", invoke_without_command=True)
@click.option("--store", "store_location", default=None, metavar="DIR",
              help="Store directory, ':memory:' or sparql+http://… (default: $KG_STORE or ./kg-store).")
@MODE_OPTION
@API_OPTION
@CACHE_OPTION
@click.pass_context
def link_group(ctx, store_location, mode, api_url, cache_dir) -> None:
    """Re-link the entities of a built store to Wikidata, without re-extracting."""
    if ctx.invoked_subcommand is not None:
        return
    from kg.link import relink_store
    from kg.store import default_location, open_store

    location = store_location or default_location()
    if "://" not in location and location != ":memory:" and not Path(location).is_dir():
        raise click.ClickException(f"no store at {location}: build one with 'kg build'")
    with open_store(location) as store:
        summary = relink_store(store, _linker(mode, api_url, cache_dir))
    click.echo(str(summary), err=True)


@link_group.command("build-index")
@click.argument("sources", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Index directory to build or extend (default: $KG_WIKIDATA_INDEX or the "
                   "index shipped with kg).")
@click.option("--from-api", "ids", default=None, metavar="IDS",
              help="Also fetch these items (Q1,Q2 … or a file of QIDs) from the Wikidata API.")
@click.option("--fresh", is_flag=True, help="Start from an empty index instead of extending it.")
@API_OPTION
@CACHE_OPTION
def build_index_command(sources, out_dir, ids, fresh, api_url, cache_dir) -> None:
    """Build or extend the offline index from Wikidata JSON dumps (plain, .bz2, .gz)."""
    from kg.link.build import BuildIndexError, build_index, parse_ids
    from kg.link.records import DumpFormatError
    from kg.link.wikidata_api import WikidataClient, WikidataUnavailable, default_cache_dir

    if not sources and not ids:
        raise click.UsageError("give a dump file, --from-api IDS, or both")
    try:
        wanted = parse_ids(ids) if ids else []
        client = (WikidataClient(api_url, cache_dir=cache_dir or default_cache_dir())
                  if wanted else None)
        summary = build_index(sources, out_dir, ids=wanted, client=client, fresh=fresh)
    except (BuildIndexError, DumpFormatError) as err:
        raise click.ClickException(str(err)) from None
    except WikidataUnavailable as err:
        raise click.ClickException(f"Wikidata API unavailable: {err}; index left as it was") \
            from None
    click.echo(f"kg: {summary}", err=True)


@click.command("linking")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@MODE_OPTION
@API_OPTION
@CACHE_OPTION
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_linking(gold, mode, api_url, cache_dir, as_json) -> None:
    """Precision, recall and F1 of mention detection and linking on a gold JSONL file."""
    from kg import nlp as kg_nlp
    from kg.link.evaluate import GoldFormatError, evaluate_linking, read_gold

    try:
        for _ in read_gold(gold):  # reject a bad file before loading the model
            pass
    except GoldFormatError as err:
        raise click.ClickException(str(err)) from None
    linker = _linker(mode, api_url, cache_dir)
    scores = evaluate_linking(gold, linker, kg_nlp.load())
    click.echo(json.dumps(scores.to_json(), indent=2) if as_json else scores.report())
    for note in getattr(linker, "notes", ()):
        click.echo(f"kg: {note}", err=True)
