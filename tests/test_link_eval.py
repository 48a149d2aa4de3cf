"""Linking with the real spaCy pipeline: the seed article and ``kg eval linking``."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.link import make_linker
from kg.link.evaluate import GoldArticle, score
from kg.vocab import normalise_name

DEV = Path(__file__).parent / "data" / "linking_dev.jsonl"

#: What the seed's names may link to; anything else linked is a wrong link.
SEED_ALLOWED = {
    "putin": "Q7747", "vladimir putin": "Q7747", "russia": "Q159", "syria": "Q858",
    "damascus": "Q3766", "geneva": "Q71", "moscow": "Q649", "islamic state": "Q2429253",
    "middle east": "Q7204", "kremlin": None,
}
SEED_REQUIRED = {"vladimir putin": "Q7747", "russia": "Q159", "syria": "Q858",
                 "geneva": "Q71", "damascus": "Q3766"}


def _name(entity) -> str:
    name = normalise_name(entity.name)
    return name[4:] if name.startswith("the ") else name


def test_seed_article_links_what_the_index_knows_and_nothing_wrongly(extract_text, seed_text):
    extraction = extract_text(seed_text)
    links = make_linker("offline").link(extraction)
    linked = {}
    for entity in extraction.entities:
        link = links.get(entity.key)
        if link and link.qid:
            name = _name(entity)
            assert SEED_ALLOWED.get(name) == link.qid, (entity.key, link.qid)
            linked[name] = link.qid
    for name, qid in SEED_REQUIRED.items():
        assert linked.get(name) == qid, (name, linked)


def test_scores_count_spans_and_strong_matches():
    gold = GoldArticle("x" * 40, (((0, 5), "Q1"), ((10, 15), "Q2"), ((20, 25), "<NIL>")))
    predicted = {(0, 5): "Q1", (10, 15): "Q3", (20, 25): "Q4", (30, 35): None}
    scores = score([(gold, predicted)])
    assert (scores.detection.tp, scores.detection.predicted, scores.detection.gold) == (3, 4, 3)
    assert (scores.linking.tp, scores.linking.predicted, scores.linking.gold) == (1, 3, 2)
    assert round(scores.linking.f1, 3) == 0.4


def test_eval_linking_command_scores_the_dev_set():
    from kg.cli import main

    result = CliRunner().invoke(main, ["eval", "linking", str(DEV), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 15
    assert scores["detection"]["f1"] > 0.6
    assert scores["linking"]["precision"] > 0.8 and scores["linking"]["recall"] > 0.6


def test_eval_linking_rejects_a_bad_gold_file_with_its_line(tmp_path):
    from kg.cli import main

    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"text": "Paris", "labels": [{"span": [0, 5], "entity_id": "Q90"}]}\n'
                   '{"text": "Rome", "labels": [{"span": [0, 99], "entity_id": "Q220"}]}\n')
    result = CliRunner().invoke(main, ["eval", "linking", str(bad)])
    assert result.exit_code == 1
    assert "gold.jsonl:2" in result.output and "bad span" in result.output
