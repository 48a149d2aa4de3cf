"""``kg link`` (re-link a built store) and ``kg link build-index`` (the offline index)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.options import checked_location, store_option
from kg.link import make_linker, relink_store
from kg.link.build import BuildIndexError, build_index, parse_ids
from kg.link.index import IndexFormatError
from kg.link.records import DumpFormatError
from kg.link.wikidata_api import WikidataClient, WikidataUnavailable, default_cache_dir
from kg.store import open_store

MODE_OPTION = click.option("--mode", type=click.Choice(["auto", "offline", "online"]),
                           default="auto", show_default=True,
                           help="auto: the index, then the Wikidata API if a quick probe "
                                "answers; offline: the index only; online: index, then the API.")
API_OPTION = click.option("--api-url", default=None, metavar="URL",
                          help="Wikidata API endpoint (default: $KG_WIKIDATA_API or wikidata.org).")
CACHE_OPTION = click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path),
                            default=None, help="API answer cache (default: ~/.cache/kg/wikidata).")


@click.group(name="link", invoke_without_command=True)
@store_option("location")  # opened only to re-link, not for build-index
@MODE_OPTION
@API_OPTION
@CACHE_OPTION
@click.pass_context
def link_group(ctx: click.Context, store_location: str, mode: str, api_url: str | None,
               cache_dir: Path | None) -> None:
    """Re-link the entities of a built store to Wikidata, without re-extracting."""
    if ctx.invoked_subcommand is not None:
        return
    with open_store(checked_location(store_location)) as store:
        summary = relink_store(store, make_linker(mode, api_url=api_url, cache_dir=cache_dir))
    click.echo(str(summary), err=True)


@link_group.command("build-index")
@click.argument("sources", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out", type=click.Path(path_type=Path), default=None,
              help="Index directory to build or extend, or a .jsonl.gz records file "
                   "(default: $KG_WIKIDATA_INDEX or the index shipped with kg).")
@click.option("--from-api", "ids", default=None, metavar="IDS",
              help="Also fetch these items (Q1,Q2 … or a file of QIDs) from the Wikidata API.")
@click.option("--fresh", is_flag=True, help="Start from an empty index instead of extending it.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
@API_OPTION
@CACHE_OPTION
def build_index_command(sources: tuple[Path, ...], out: Path | None, ids: str | None,
                        fresh: bool, quiet: bool, api_url: str | None,
                        cache_dir: Path | None) -> None:
    """Build or extend the offline index from SOURCES: folders of the open-data sources
    (FB15k, CoDEx, NSI, PartyFacts, US Congress, ROR) and Wikidata JSON dumps (plain,
    .bz2, .gz; streamed, resumable)."""
    if not sources and not ids:
        raise click.UsageError("give a source folder, a dump file, --from-api IDS, or both")
    try:
        wanted = parse_ids(ids) if ids else []
        client = (WikidataClient(api_url, cache_dir=cache_dir or default_cache_dir())
                  if wanted else None)
        summary = build_index(sources, out, ids=wanted, client=client, fresh=fresh,
                              progress=None if quiet else sys.stderr)
    except (BuildIndexError, DumpFormatError, IndexFormatError) as err:
        raise click.ClickException(str(err)) from None
    except WikidataUnavailable as err:
        raise click.ClickException(f"Wikidata API unavailable: {err}; index left as it was") \
            from None
    except OSError as err:
        raise click.ClickException(f"{err.filename or out}: {err.strerror}") from None
    click.echo(f"kg: {summary}", err=True)
