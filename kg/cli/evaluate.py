"""``kg eval facts`` and ``kg eval linking``: scores against a gold file."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.link import API_OPTION, CACHE_OPTION, MODE_OPTION
from kg.cli.options import emission_options
from kg.link import make_linker
from kg.link.benchmark import BenchmarkFormatError, read_benchmark, read_linked_articles
from kg.link.evaluate import run_linking, score, write_linked_articles
from kg.link.index import OfflineIndex


@click.group(name="eval")
def eval_group() -> None:
    """Score extraction or linking against a gold file."""


@eval_group.command(name="facts")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--threshold", "thresholds", type=click.FloatRange(0, 1), multiple=True,
              help="Confidence thresholds to report P/R at (repeatable; default 0, 0.5, 0.7).")
@click.option("--split", type=click.Choice(["dev", "test"]), default=None,
              help="Article gold only: score one split (default: every article).")
@click.option("--misses", is_flag=True,
              help="Article gold only: also list every missed, wrong and extra fact and claim.")
@emission_options
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_facts(gold: Path, thresholds: tuple[float, ...], split: str | None, misses: bool,
               fact_threshold: float | None, claim_threshold: float | None,
               as_json: bool) -> None:
    """Score extracted facts against GOLD (JSON Lines): article gold (text, scope, facts
    with evidence, roles, claims; tests/gold/wikinews/GUIDELINES.md) or passage gold
    (text, date, facts, events, claims, coref, times)."""
    # kg.nlp and kg.eval (it scores the extractor) load spaCy, about a second: imported
    # here so other commands start fast
    from kg import nlp as kg_nlp
    from kg.eval.articles import ArticleGoldError, evaluate_articles
    from kg.eval.facts import DEFAULT_THRESHOLDS, GoldFormatError, evaluate_facts, gold_format

    emission = (fact_threshold, claim_threshold)
    try:
        if gold_format(gold) == "article":
            scores = evaluate_articles(gold, kg_nlp.load(), split,
                                       thresholds=thresholds or DEFAULT_THRESHOLDS,
                                       emission=emission)
        else:
            scores = evaluate_facts(gold, kg_nlp.load(),
                                    thresholds=thresholds or DEFAULT_THRESHOLDS,
                                    emission=emission)
    except (GoldFormatError, ArticleGoldError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(scores.as_dict(), indent=2) if as_json else scores.render())
    if misses and hasattr(scores, "misses"):
        click.echo("\n".join(scores.misses))


@eval_group.command("linking")
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
def eval_linking(gold: Path, mode: str, api_url: str | None, cache_dir: Path | None,
                 out: Path | None, predicted: bool, as_json: bool) -> None:
    """Score entity linking on a benchmark (ELEVANT JSONL or kg's simple format) by
    ELEVANT's rules: strong match, InKB and required modes, named and non-named."""
    # kg.nlp and kg.pipeline load spaCy (about a second): imported here so other
    # commands start fast
    from kg import nlp as kg_nlp
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
        linker = make_linker(mode, api_url=api_url, cache_dir=cache_dir)
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
