"""``kg eval linking``: ELEVANT's benchmark format and scoring rules, and kg's runs."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.link import make_linker
from kg.link.benchmark import BenchmarkFormatError, Prediction, parse_article, read_benchmark
from kg.link.evaluate import score, word_boundary
from kg.vocab import normalise_name

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

DEV = Path(__file__).parent / "data" / "linking_dev.jsonl"

#: What the seed's names may link to; anything else linked is a wrong link.
SEED_ALLOWED = {
    "russia": "Q159", "syria": "Q858", "damascus": "Q3766", "geneva": "Q71",
    "moscow": "Q649", "middle east": "Q7204", "russian": "Q159", "syrian": "Q858",
    "lattakia": "Q208778", "latakia": "Q208778",
}
SEED_REQUIRED = {"russia": "Q159", "syria": "Q858", "geneva": "Q71", "damascus": "Q3766"}

TEXT = ("Dr Jane Roe met Acme Corp in Paris on 3 May 2020 and went to Lyon. Later, "
        "the Unknown Guy took iodine. Footnote: Berlin.")


def span(text: str, part: str, start: int = 0) -> list[int]:
    at = text.index(part, start)
    return [at, at + len(part)]


def elevant_article() -> dict:
    """An ELEVANT benchmark line: nested, optional, DATETIME and Unknown labels, and an
    evaluation span that leaves the footnote out."""
    def label(n, part, qid, name, **extra):
        return {"id": n, "span": span(TEXT, part), "entity_id": qid, "name": name,
                "parent": None, "children": [], "optional": False, "type": "OTHER", **extra}
    return {"id": 7, "title": "A test", "text": TEXT,
            "evaluation_span": [0, TEXT.index("Footnote")],
            "labels": [
                label(0, "Dr Jane Roe", "Q1000000100", "Jane Roe", children=[1, 2]),
                label(1, "Dr", "Q1000000200", "Doctor", parent=0),
                label(2, "Jane Roe", "Q1000000100", "Jane Roe", parent=0),
                label(3, "Acme Corp", "Q1000000300", "Acme Corporation", type="Q4830453"),
                label(4, "Paris", "Q90", "Paris", optional=True),
                label(5, "3 May 2020", "DATETIME", "3 May 2020", type="DATETIME"),
                label(6, "Unknown Guy", "Unknown", "Unknown Guy"),
                label(7, "Lyon", "Q456", "Lyon"),
                label(8, "iodine", "Q1103", "iodine"),
            ]}


def predictions() -> dict:
    return {
        tuple(span(TEXT, "Jane Roe")): Prediction("Q1000000100"),  # not the honorific
        tuple(span(TEXT, "Acme Corp")): Prediction("Q1000000301"),  # wrong item
        tuple(span(TEXT, "Paris")): Prediction("Q90"),  # optional: counts for nothing
        tuple(span(TEXT, "Unknown Guy")): Prediction("Q1000000400"),
        tuple(span(TEXT, "Lyon")): Prediction("Q456"),
        tuple(span(TEXT, "iodine")): Prediction("Q1103"),
        tuple(span(TEXT, "Later")): Prediction("Q1000000999"),  # nobody expected it
        tuple(span(TEXT, "met")): Prediction(None),  # detected, not linked: no error
        tuple(span(TEXT, "Berlin")): Prediction("Q64"),  # outside the evaluation span
    }


def test_elevant_rules_score_a_benchmark_with_nested_optional_and_datetime_labels():
    gold = parse_article(elevant_article(), "test")
    scores = score([(gold, predictions())], name_of=lambda q: "",
                   in_index=lambda q: q in {"Q1000000100", "Q456"})
    named = scores["inkb", "entity_named"]
    # TP: Lyon. FN: "Dr Jane Roe" (the name alone leaves its honorific unanswered),
    # Acme. FP: Acme's wrong item, the Unknown Guy, "Later"; not Paris, not Berlin.
    assert (named.tp, named.fp, named.fn) == (1, 3, 2)
    assert round(named.precision, 4) == 0.25 and round(named.f1, 4) == 0.2857
    assert (scores["required", "entity_named"].tp, scores["required", "entity_named"].fn) == (1, 3)
    other = scores["inkb", "entity_other"]
    assert (other.tp, other.fp, other.fn) == (1, 0, 0)  # "iodine" is not named
    ner = scores["inkb", "ner"]
    assert (ner.tp, ner.fp, ner.fn) == (3, 2, 1)
    assert scores.in_kb_accuracy == 0.5  # Jane Roe and Lyon are in the index; Lyon right


def test_eval_linking_scores_an_elevant_file_of_predictions_exactly(tmp_path):
    from kg.cli import main

    data = elevant_article()
    data["entity_mentions"] = [
        {"span": list(s), **({"id": p.entity_id} if p.entity_id else {}),
         "recognized_by": "test", "linked_by": "test", "candidates": []}
        for s, p in predictions().items()]
    path = tmp_path / "linked_articles.jsonl"
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "linking", str(path), "--predicted", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    named = scores["inkb"]["entity_named"]
    assert (named["tp"], named["fp"], named["fn"]) == (1, 3, 2)
    assert (named["precision"], named["recall"], named["f1"]) == (0.25, 0.3333, 0.2857)
    assert scores["inkb"]["entity_other"]["tp"] == 1
    assert (scores["inkb"]["ner"]["tp"], scores["inkb"]["ner"]["fp"]) == (3, 2)
    assert scores["in_kb_accuracy"] == 1.0  # Lyon, in the shipped index, linked right


def test_an_answer_with_the_honorific_answers_the_outer_label_alone():
    gold = parse_article(elevant_article(), "test")
    answer = {tuple(span(TEXT, "Dr Jane Roe")): Prediction("Q1000000100")}
    named = score([(gold, answer)])["inkb", "entity_named"]
    assert named.tp == 1 and named.fp == 0


def test_word_boundaries_let_a_name_answer_its_possessive():
    text = "Albert's birthplace is Ulm."
    assert word_boundary((0, 6), text) == (0, 8)
    gold = parse_article({"text": text, "labels": [
        {"id": 0, "span": [0, 8], "entity_id": "Q937", "name": "Albert Einstein"}]}, "t")
    assert score([(gold, {(0, 6): Prediction("Q937")})])["inkb", "entity_named"].tp == 1


def test_kg_simple_format_is_still_read():
    gold = parse_article({"text": "x" * 40, "labels": [
        {"span": [0, 5], "entity_id": "Q1"}, {"span": [10, 15], "entity_id": "Q2"},
        {"span": [20, 25], "entity_id": "<NIL>"}]}, "t")
    assert [l.entity_id for l in gold.labels] == ["Q1", "Q2", "Unknown"]
    predicted = {(0, 5): Prediction("Q1"), (10, 15): Prediction("Q3"),
                 (20, 25): Prediction("Q4"), (30, 35): Prediction(None)}
    counts = score([(gold, predicted)])["inkb", "all"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 2, 1)


@pytest.mark.parametrize("label, message", [
    ({"span": [0, 99], "entity_id": "Q1"}, "bad span"),
    ({"span": [0, 2], "entity_id": "banana"}, "bad entity_id"),
    ({"id": 0, "span": [0, 2], "entity_id": "Q1", "parent": 5}, "parent 5"),
])
def test_a_bad_benchmark_line_is_refused_with_its_reason(label, message):
    with pytest.raises(BenchmarkFormatError, match=message):
        parse_article({"text": "Rome was not built in a day.", "labels": [label]}, "gold:2")


def test_datetime_and_quantity_ids_are_no_items():
    gold = parse_article({"text": "On 3 May, 40 people", "labels": [
        {"span": [3, 8], "entity_id": "DATETIME"}, {"span": [10, 12], "entity_id": "QUANTITY"}]},
        "t")
    assert all(l.is_optional and not l.is_known for l in gold.labels)


def test_seed_article_links_what_the_index_knows_and_nothing_wrongly(extract_text, seed_text):
    extraction = extract_text(seed_text)
    links = make_linker("offline").link(extraction)
    linked = {}
    for entity in extraction.entities:
        link = links.get(entity.key)
        if link and link.qid:
            name = normalise_name(entity.name).removeprefix("the ")
            assert SEED_ALLOWED.get(name) == link.qid, (entity.key, link.qid)
            linked[name] = link.qid
    for name, qid in SEED_REQUIRED.items():
        assert linked.get(name) == qid, (name, linked)


def test_eval_linking_command_scores_an_elevant_file_and_writes_linked_articles(tmp_path):
    from kg.cli import main

    lines = [l for l in DEV.read_text(encoding="utf-8").splitlines()
             if json.loads(l)["gum_id"] in ("GUM_news_iodine", "GUM_news_stampede")]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "kg.linked_articles.jsonl"
    result = CliRunner().invoke(main, ["eval", "linking", str(gold), "--mode", "offline",
                                       "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 2
    assert scores["inkb"]["entity_named"]["tp"] > 0
    assert scores["inkb"]["entity_named"]["precision"] > 0.5  # GUM leaves demonyms unmarked
    written = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [a["text"] for a in written] == [json.loads(l)["text"] for l in lines]
    mention = next(m for a in written for m in a["entity_mentions"] if "id" in m)
    assert mention["recognized_by"] == mention["linked_by"] == "kg"
    assert isinstance(mention["candidates"], list) and written[0]["labels"]
    again = list(read_benchmark(out))  # ELEVANT's evaluation format reads back
    assert len(again) == 2 and again[0].evaluation_span == tuple(written[0]["evaluation_span"])


def test_eval_linking_rejects_a_bad_gold_file_with_its_line(tmp_path):
    from kg.cli import main

    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"text": "Paris", "labels": [{"span": [0, 5], "entity_id": "Q90"}]}\n'
                   '{"text": "Rome", "labels": [{"span": [0, 99], "entity_id": "Q220"}]}\n')
    result = CliRunner().invoke(main, ["eval", "linking", str(bad)])
    assert result.exit_code == 1
    assert "gold.jsonl:2" in result.output and "bad span" in result.output


def test_the_dev_set_keeps_the_wikinews_attribution_of_every_article():
    for line in DEV.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        assert "Wikinews contributors" in article["licence"] + article["attribution"]
        assert article["url"].startswith("https://en.wikinews.org/")
        assert article["split"] in ("train", "dev", "test")


def test_a_sentence_opening_the_is_left_out_of_a_predicted_span_unless_the_name_has_it():
    from datetime import datetime, timezone

    from kg.link.evaluate import predictions
    from kg.model import Article, Entity, Extraction, Link, Mention
    from kg.vocab import entity_key

    text = "The Chairman spoke. The Hague replied."
    chair = Entity(entity_key("Person", "Ann Roe"), "Person", "Ann Roe",
                   (Mention(0, 12, "The Chairman", 0),))
    hague = Entity(entity_key("Place", "The Hague"), "Place", "The Hague",
                   (Mention(20, 29, "The Hague", 1),))
    extraction = Extraction(Article(text, "t", datetime(2024, 1, 1, tzinfo=timezone.utc)), (),
                            (chair, hague))
    links = {chair.key: Link(chair.key, "Q1000000100", 0.9),
             hague.key: Link(hague.key, "Q36600", 0.9)}
    assert set(predictions(extraction, links)) == {(4, 12), (20, 29)}
