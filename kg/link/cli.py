"""``kg link`` (re-link a store), ``kg link build-index`` and ``kg eval linking``."""
from __future__ import annotations

import json
from pathlib import Path

import click

MODE_OPTION = click.option("--mode", type=click.Choice(["auto", "offline", "online"]),
                           default="auto", show_default=True,
                           help="auto: the index, then the Wikidata API if a quick probe "
                                "answers; offline: the index only; online: index, then the API.")
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
def build_index_command(sources, out, ids, fresh, quiet, api_url, cache_dir) -> None:
    """Build or extend the offline index from SOURCES: folders of the open-data sources
    (FB15k, CoDEx, NSI, PartyFacts, US Congress, ROR) and Wikidata JSON dumps (plain,
    .bz2, .gz; streamed, resumable)."""
    import sys

    from kg.link.build import BuildIndexError, build_index, parse_ids
    from kg.link.index import IndexFormatError
    from kg.link.records import DumpFormatError
    from kg.link.wikidata_api import WikidataClient, WikidataUnavailable, default_cache_dir

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


@click.command("linking")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@MODE_OPTION
@API_OPTION
@CACHE_OPTION
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write kg's predictions as ELEVANT linked_articles JSONL.")
@click.option("--predicted", is_flag=True,
              help="GOLD already holds a linker's predictions (ELEVANT linked_articles, "
                   "e.g. an earlier --out or another linker's): score them, run nothing.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_linking(gold, mode, api_url, cache_dir, out, predicted, as_json) -> None:
    """Score entity linking on a benchmark (ELEVANT JSONL or kg's simple format) by
    ELEVANT's rules: strong match, InKB and required modes, named and non-named."""
    from kg import nlp as kg_nlp
    from kg.link.benchmark import BenchmarkFormatError, read_benchmark, read_linked_articles
    from kg.link.evaluate import run_linking, score, write_linked_articles
    from kg.link.index import OfflineIndex
    from kg.pipeline import extract_articles

    try:  # a bad file is refused before the model loads
        pairs = list(read_linked_articles(gold)) if predicted else None
        articles = [a for a, _ in pairs] if predicted else list(read_benchmark(gold))
    except BenchmarkFormatError as err:
        raise click.ClickException(str(err)) from None
    if out is not None and not out.resolve().parent.is_dir():
        raise click.BadParameter(f"{out}: no such folder", param_hint="--out")
    linker = None
    if not predicted:
        linker = _linker(mode, api_url, cache_dir)
        nlp = kg_nlp.load()
        pairs = list(run_linking(articles, linker, lambda arts: extract_articles(arts, nlp),
                                 source=str(gold)))
    index = getattr(linker, "index", None) or OfflineIndex.load()
    scores = score(pairs, name_of=lambda q: getattr(index.get(q), "label", ""),
                   in_index=lambda q: q in index)
    if out is not None:
        write_linked_articles(pairs, out)
    click.echo(json.dumps(scores.to_json(), indent=2) if as_json else scores.report())
    for note in getattr(linker, "notes", ()):
        click.echo(f"kg: {note}", err=True)
