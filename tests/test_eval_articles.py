"""``kg eval facts`` on article gold (tests/gold/wikinews/GUIDELINES.md's format)."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kg.eval.articles import ArticleScores, read_articles, score_article

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

REPO = Path(__file__).resolve().parent.parent
WIKINEWS = REPO / "tests" / "gold" / "wikinews" / "facts.jsonl"

#: Passages written for these tests (unit tests of the scorer, not quality figures).
TEXT = ("Headline without a stop\n\nA gunman killed two people in Lyon on Monday. "
        "Prosecutors charged Jean Dupont with murder. Dupont denied that he had "
        "planned the attack. The mayor thanked the police.")


def gold_line(**overrides) -> dict:
    start = TEXT.index("A gunman")
    line = {"id": "t1", "split": "dev", "date": "2024-03-15", "text": TEXT,
            "scope": [start, TEXT.index(" The mayor")],
            "facts": [
                {"evidence": "A gunman killed two people in Lyon", "trigger": "killed",
                 "lemma": "kill", "agent": "A gunman", "patient": "two people",
                 "location": "Lyon", "time": "on Monday", "date": "2024-03-11",
                 "polarity": "positive", "modality": "asserted"},
                {"evidence": "Prosecutors charged Jean Dupont with murder",
                 "trigger": "charged", "lemma": "charge", "agent": "Prosecutors",
                 "patient": "Jean Dupont", "polarity": "positive", "modality": "asserted"},
                {"evidence": "he had planned the attack", "trigger": "planned",
                 "lemma": "plan", "agent": "he", "agent_ref": "Jean Dupont",
                 "patient": "the attack", "polarity": "negative", "modality": "reported"},
            ],
            "roles": [],
            "claims": [{"evidence": "Dupont denied that he had planned", "verb": "denied",
                        "speaker": "Dupont", "speaker_ref": "Jean Dupont",
                        "content": "he had planned the attack", "polarity": "negative"}]}
    line.update(overrides)
    return line


def score(read_text, line: dict, tmp_path: Path) -> ArticleScores:
    path = tmp_path / f"gold{len(list(tmp_path.iterdir()))}.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (article,) = read_articles(path)
    scores = ArticleScores()
    score_article(article, read_text(article.text, date.fromisoformat(line["date"])),
                  scores)
    return scores


def test_facts_with_descriptions_refs_roles_and_dates_are_matched(read_text, tmp_path):
    s = score(read_text, gold_line(), tmp_path)
    facts = s.scores["facts"]
    assert facts.tp == 3 and facts.fn == 0, s.misses
    assert s.scores["roles"].tp == 1  # Lyon
    assert s.attributes["date"] == [1, 1]
    assert s.attributes["polarity"] == [3, 3]  # the denied planning is negative
    claims = s.scores["claims"]
    assert (claims.tp, claims.fn) == (1, 0)  # a denial: a negative claim


def test_a_wrong_argument_is_a_miss_and_an_unresolved_ref_is_no_answer(read_text, tmp_path):
    line = gold_line()
    line["facts"][1] = {**line["facts"][1], "patient": "Marie Curie"}
    line["facts"][2] = {**line["facts"][2], "agent_ref": "Marie Curie"}
    s = score(read_text, line, tmp_path)
    assert s.scores["facts"].tp == 1 and s.scores["facts"].fn == 2
    assert s.scores["predicates"].tp == 3  # the predicates themselves were found
    assert any("wrong args 'charge'" in m for m in s.misses)


def test_a_wrong_or_missing_role_of_a_right_fact_is_counted_and_listed(read_text, tmp_path):
    """A role kg gives that the gold names otherwise is a false positive and a miss, and
    --misses says which role of which fact, so role errors can be read like fact errors."""
    line = gold_line()
    line["facts"][0] = {**line["facts"][0], "location": "Marseille"}
    s = score(read_text, line, tmp_path)
    roles = s.scores["roles"]
    assert (roles.tp, roles.fp, roles.fn) == (0, 1, 1)
    assert any("role location of 'kill' gold 'Marseille' got ['Lyon']" in m
               for m in s.misses), s.misses


def test_predictions_outside_the_scope_are_not_scored(read_text, tmp_path):
    whole = gold_line(scope=[TEXT.index("A gunman"), len(TEXT)])
    inside = score(read_text, gold_line(), tmp_path)
    everything = score(read_text, whole, tmp_path)
    # "The mayor thanked the police" is a fact the gold did not annotate: only in scope
    # is it an extra one
    assert everything.scores["facts"].fp == inside.scores["facts"].fp + 1


def test_a_missing_claim_or_a_wrong_polarity_counts(read_text, tmp_path):
    line = gold_line()
    line["claims"][0] = {**line["claims"][0], "polarity": "positive"}
    s = score(read_text, line, tmp_path)
    assert (s.scores["claims"].tp, s.scores["claims"].fn, s.scores["claims"].fp) == (0, 1, 1)


def test_the_wikinews_gold_reads_with_its_splits():
    dev = read_articles(WIKINEWS, "dev")
    test = read_articles(WIKINEWS, "test")
    assert (len(dev), len(test)) == (200, 50)
    for article in dev + test:
        assert 0 <= article.scope[0] < article.scope[1] <= len(article.text)
        for fact in article.facts:
            assert article.text.count(fact["evidence"]) == 1
            assert fact["trigger"] in fact["evidence"]


def test_the_gold_validates_and_a_line_without_its_annotator_is_refused(tmp_path):
    validate = WIKINEWS.parent / "validate.py"
    done = subprocess.run([sys.executable, str(validate), str(WIKINEWS)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    line = json.loads(WIKINEWS.read_text(encoding="utf-8").splitlines()[-1])
    del line["annotator"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(line) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(validate), str(bad)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and "annotator: manifest says" in done.stdout


def test_kg_eval_facts_scores_article_gold_by_split(tmp_path, runner):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold_line()) + "\n", encoding="utf-8")
    result = runner.invoke(["eval", "facts", str(path), "--split", "dev", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["articles"] == 1 and report["scores"]["facts"]["tp"] == 3
    result = runner.invoke(["eval", "facts", str(path), "--split", "test"])
    assert result.exit_code == 1 and "no articles in split 'test'" in result.output
    assert "Traceback" not in result.output


def test_bad_article_gold_is_one_line_naming_the_line(tmp_path, runner):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold_line(scope="all")) + "\n", encoding="utf-8")
    result = runner.invoke(["eval", "facts", str(path)])
    assert result.exit_code == 1 and f"{path}:1" in result.output
    assert "scope" in result.output and "Traceback" not in result.output


def test_only_the_fillers_of_one_object_role_split_a_fact():
    """'used satellite imagery to identify places' is one fact (its patient and its
    event object); 'killed three and injured two' style conjoined patients are one each."""
    from datetime import datetime, timezone

    from kg.eval.articles import predicted_facts
    from kg.model import Article, Entity, Event, Extraction, Mention

    def ent(key: str) -> Entity:
        return Entity(key=key, type="Thing", name=key, mentions=(Mention(0, 1, key, 0),))

    article = Article("x" * 50, "test", datetime(2024, 1, 1, tzinfo=timezone.utc))
    used = Event(id="e1", kind="Event", trigger="used", start=10, end=14, sentence=0,
                 confidence=0.9, arguments=(("agent", "a"), ("patient", "b"),
                                            ("eventObject", "e2"), ("origin", "c")))
    split = Event(id="e3", kind="Event", trigger="killed", start=20, end=26, sentence=0,
                  confidence=0.9, arguments=(("agent", "a"), ("patient", "b"),
                                             ("patient", "c"), ("destination", "d")))
    x = Extraction(article=article, sentences=(), entities=tuple(map(ent, "abcd")),
                   events=(used, split))
    facts = predicted_facts(x, (0, 50))
    assert [len(f.arguments) for f in facts if f.id == "e1"] == [4]
    pairs = [f.arguments for f in facts if f.id == "e3"]
    assert pairs == [(("agent", "a"), ("patient", "b"), ("destination", "d")),
                     (("agent", "a"), ("patient", "c"), ("destination", "d"))]


def test_missed_and_extra_positions_are_listed(read_text, tmp_path):
    text = "Mayor Anne Hidalgo of Paris met Senator Jean Martin in Lyon on Monday."
    line = gold_line(text=text, scope=[0, len(text)], facts=[], claims=[],
                     roles=[{"holder": "Anne Hidalgo", "role": "mayor",
                             "organization": "Paris"},
                            {"holder": "Jean Martin", "role": "governor"}])
    s = score(read_text, line, tmp_path)
    assert (s.scores["positions"].tp, s.scores["positions"].fn) == (1, 1)
    assert "t1: missed position 'Jean Martin' 'governor' of None" in s.misses
    assert "t1: extra position 'Jean Martin' 'senator' of None" in s.misses


def test_a_role_written_another_way_is_the_same_role(read_text, tmp_path):
    # (a passage written for this test) kg writes "CEO" as "chief executive" (roles.json
    # titles); an annotator's "ceo" is that role, not a miss and an extra
    text = "Microsoft CEO Jane Doe said the plant would close."
    line = gold_line(text=text, scope=[0, len(text)], facts=[], claims=[],
                     roles=[{"holder": "Jane Doe", "role": "ceo", "organization": "Microsoft"}])
    s = score(read_text, line, tmp_path)
    assert (s.scores["positions"].tp, s.scores["positions"].fn,
            s.scores["positions"].fp) == (1, 0, 0)
