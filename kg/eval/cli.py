"""``kg eval facts GOLD.jsonl``: P/R/F1 of facts, events, claims, coreference and times."""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(name="facts")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--threshold", "thresholds", type=click.FloatRange(0, 1), multiple=True,
              help="Confidence thresholds to report P/R at (repeatable; default 0, 0.5, 0.7).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_facts(gold: Path, thresholds: tuple[float, ...], as_json: bool) -> None:
    """Score extracted facts and events against GOLD (JSON Lines: text, date, facts, events...)."""
    from kg import nlp as kg_nlp
    from kg.eval.facts import DEFAULT_THRESHOLDS, GoldFormatError, evaluate_facts

    try:
        scores = evaluate_facts(gold, kg_nlp.load(), thresholds=thresholds or DEFAULT_THRESHOLDS)
    except GoldFormatError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(scores.as_dict(), indent=2) if as_json else scores.render())
