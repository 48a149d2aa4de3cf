"""``kg eval facts GOLD.jsonl``: P/R/F1 of facts, events, claims, coreference and times."""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(name="facts")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--threshold", "thresholds", type=click.FloatRange(0, 1), multiple=True,
              help="Confidence thresholds to report P/R at (repeatable; default 0, 0.5, 0.7).")
@click.option("--split", type=click.Choice(["dev", "test"]), default=None,
              help="Article gold only: score one split (default: every article).")
@click.option("--misses", is_flag=True,
              help="Article gold only: also list every missed, wrong and extra fact.")
@click.option("--fact-threshold", type=click.FloatRange(0, 1), default=None,
              help="Emit facts from this calibrated confidence up (default: the "
                   "extractor's, kg/data/extract/confidence.json; 0: everything read).")
@click.option("--claim-threshold", type=click.FloatRange(0, 1), default=None,
              help="Emit claims from this calibrated confidence up (default: the "
                   "extractor's).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_facts(gold: Path, thresholds: tuple[float, ...], split: str | None, misses: bool,
               fact_threshold: float | None, claim_threshold: float | None,
               as_json: bool) -> None:
    """Score extracted facts against GOLD (JSON Lines): article gold (text, scope, facts
    with evidence, roles, claims; tests/gold/wikinews/GUIDELINES.md) or passage gold
    (text, date, facts, events, claims, coref, times)."""
    from kg import nlp as kg_nlp
    from kg.eval.articles import ArticleGoldError, evaluate_articles
    from kg.eval.facts import DEFAULT_THRESHOLDS, GoldFormatError, evaluate_facts, gold_format

    try:
        if gold_format(gold) == "article":
            scores = evaluate_articles(gold, kg_nlp.load(), split,
                                       thresholds=thresholds or DEFAULT_THRESHOLDS,
                                       emission=(fact_threshold, claim_threshold))
        else:
            scores = evaluate_facts(gold, kg_nlp.load(),
                                    thresholds=thresholds or DEFAULT_THRESHOLDS,
                                    emission=(fact_threshold, claim_threshold))
    except (GoldFormatError, ArticleGoldError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(scores.as_dict(), indent=2) if as_json else scores.render())
    if misses and hasattr(scores, "misses"):
        click.echo("\n".join(scores.misses))
