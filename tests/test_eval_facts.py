"""``kg eval facts``: gold reading, matching rules, P/R/F1 and confidence thresholds."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kg.eval.facts import (FactScores, GoldFormatError, kind_checker, parse_gold_line,
                           read_gold, score_extraction)
from kg.model import Article, Entity, Event, Extraction, Mention, Relation, TimeExpression

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

GOLD = Path(__file__).resolve().parent / "gold" / "facts_dev.jsonl"


def _entity(key: str, name: str, *texts: str) -> Entity:
    mentions = tuple(Mention(i, i + len(t), t, 0) for i, t in enumerate((name,) + texts))
    return Entity(key=key, type=key.split(":")[0], name=name, mentions=mentions)


def _extraction(events=(), relations=(), times=()) -> Extraction:
    article = Article("text", "test", datetime(2024, 1, 1, tzinfo=timezone.utc))
    ents = (_entity("Person:vladimir putin", "Vladimir Putin", "Putin"),
            _entity("Country:syria", "Syria"),
            _entity("Group:russian forces", "Russian forces", "Russian troops"))
    return Extraction(article=article, sentences=(), entities=ents, events=tuple(events),
                      relations=tuple(relations), times=tuple(times))


def _event(id_, kind, conf, *args, **kw) -> Event:
    return Event(id=id_, kind=kind, trigger=kw.pop("trigger", kind.lower()), start=0, end=1,
                 sentence=0, confidence=conf, arguments=tuple(args), **kw)


def _gold(**kw):
    return parse_gold_line(json.dumps({"text": "t", **kw}), "gold:1")


def test_events_match_on_kind_trigger_and_every_gold_argument():
    gold = _gold(events=[
        {"kind": "Order", "trigger": "ordered", "arguments": {"agent": "Putin",
                                                             "eventObject": "event:Withdrawal"}},
        {"kind": "Withdrawal", "trigger": "withdrawal",
         "arguments": {"agent": "Russian troops", "origin": "Syria"}}])
    x = _extraction(events=[
        _event("e1", "Order", 0.9, ("agent", "Person:vladimir putin"), ("eventObject", "e2"),
               trigger="ordered"),
        _event("e2", "Withdrawal", 0.4, ("agent", "Group:russian forces"), trigger="withdrawal"),
        _event("e3", "Meeting", 0.3)])
    scores = FactScores()
    score_extraction(gold, x, scores, kind_ok=kind_checker(), thresholds=(0.0, 0.5))
    ev = scores.scores["events"]
    assert (ev.tp, ev.fp, ev.fn) == (1, 2, 1)  # the withdrawal lacks its origin; meeting is spurious
    arg = scores.scores["arguments"]
    assert (arg.tp, arg.fn) == (3, 1)
    high = scores.by_threshold[0.5]["events"]
    assert (high.tp, high.fp, high.fn) == (1, 0, 1)  # filtering on confidence buys precision


def test_a_predicted_subclass_matches_a_gold_superclass_only():
    ok = kind_checker()
    assert ok("Airstrike", "Attack") and ok("Attack", "Attack")
    assert not ok("Attack", "Airstrike")


def test_facts_need_subject_relation_and_object_and_optional_modality():
    gold = _gold(facts=[{"subject": "Putin", "relation": "withdraws", "object": "Russian troops",
                         "modality": "future"}])
    good = Relation("Person:vladimir putin", "withdraws", "Group:russian forces", 0, 0, 1, 0.8,
                    modality="future")
    asserted = Relation("Person:vladimir putin", "withdraws", "Group:russian forces", 0, 0, 1,
                        0.8)
    scores = FactScores()
    score_extraction(gold, _extraction(relations=[good]), scores, thresholds=())
    assert scores.scores["facts"].tp == 1
    scores = FactScores()
    score_extraction(gold, _extraction(relations=[asserted]), scores, thresholds=())
    assert (scores.scores["facts"].tp, scores.scores["facts"].fp) == (0, 1)


def test_times_match_on_text_and_value():
    gold = _gold(times=[{"text": "last night", "value": "2016-03-14"}])
    scores = FactScores()
    score_extraction(gold, _extraction(times=[TimeExpression("last night", 0, 10, "2016-03-14")]),
                     scores, thresholds=())
    assert scores.scores["times"].f1 == 1.0


@pytest.mark.parametrize("line, message", [
    ("not json", "not JSON"),
    ('{"date": "2016-03-15"}', "non-empty 'text'"),
    ('{"text": "x", "date": "15/03/2016"}', "YYYY-MM-DD"),
    ('{"text": "x", "events": [{"arguments": {}}]}', "'kind'"),
    ('{"text": "x", "events": [{"kind": "Order", "arguments": [["agent"]]}]}', "[role, value]"),
    ('{"text": "x", "facts": [{"subject": "a"}]}', "'relation'"),
    ('{"text": "x", "facts": {"subject": "a"}}', "must be a list"),
])
def test_bad_gold_lines_are_reported_with_their_line_number(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as err:
        read_gold(path)
    assert f"{path}:2" in str(err.value) and message in str(err.value)


def test_the_dev_gold_set_covers_every_construction():
    passages = read_gold(GOLD)
    assert len(passages) >= 15
    assert all(p.date for p in passages[:5])
    kinds = {e["kind"] for p in passages for e in p.events}
    assert len(kinds) >= 10
    assert any(e.get("modality") == "future" for p in passages for e in p.events)
    assert any(e.get("polarity") == "negative" for p in passages for e in p.events)
    assert any(c.get("quote") for p in passages for c in p.claims)
    assert any(c["entity"] is None for p in passages for c in p.coref)
    assert any(" " in c["mention"] for p in passages for c in p.coref)  # descriptions


def test_kg_eval_facts_scores_the_dev_set_at_confidence_thresholds(runner):
    # the passages are self-written unit tests of the reader: everything it reads is
    # scored (the emission threshold is measured on real news, tests/test_confidence.py)
    result = runner.invoke(["eval", "facts", str(GOLD), "--json",
                            "--fact-threshold", "0", "--claim-threshold", "0",
                            "--threshold", "0", "--threshold", "0.7"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["passages"] >= 15
    assert report["scores"]["events"]["f1"] >= 0.6
    assert report["scores"]["coref"]["precision"] >= 0.7
    assert report["scores"]["claims"]["f1"] >= 0.7
    assert report["scores"]["times"]["f1"] >= 0.8
    low, high = report["by_threshold"]["0.0"]["events"], report["by_threshold"]["0.7"]["events"]
    assert low == report["scores"]["events"] and high["recall"] < low["recall"]


def test_kg_eval_facts_rejects_a_bad_gold_file_with_one_line(tmp_path, runner):
    path = tmp_path / "gold.jsonl"
    path.write_text("{oops\n", encoding="utf-8")
    result = runner.invoke(["eval", "facts", str(path)])
    assert result.exit_code == 1
    assert f"{path}:1" in result.output and "Traceback" not in result.output


def test_gold_may_name_kinds_roles_and_relations_its_own_way():
    from kg.eval.facts import relation_checker

    ok = kind_checker()
    assert ok("Airstrike", "air strike") and ok("Airstrike", "AirStrike")
    assert ok("Withdrawal", "military withdrawal") and ok("Election", "Q40231")
    assert not ok("Meeting", "withdrawal")
    gold = _gold(events=[{"kind": "withdrawal", "arguments": {"from": "Syria", "time": "2016-03-14"}}],
                 facts=[{"subject": "Putin", "relation": "withdraw", "object": "Russian troops"}])
    ev = _event("e1", "Withdrawal", 0.9, ("origin", "Country:syria"),
                time=TimeExpression("last night", 0, 1, "2016-03-14"))
    rel = Relation("Person:vladimir putin", "withdraws", "Group:russian forces", 0, 0, 1, 0.8)
    scores = FactScores()
    score_extraction(gold, _extraction(events=[ev], relations=[rel]), scores, kind_ok=ok,
                     thresholds=(), relation_ok=relation_checker())
    assert scores.scores["events"].tp == 1 and scores.scores["facts"].tp == 1
    assert scores.attributes["date"] == [1, 1]


def test_qids_in_gold_are_matched_through_the_offline_linker(tmp_path, runner):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({
        "text": "Barack Obama ordered the withdrawal of American troops from Syria.",
        "events": [{"kind": "Withdrawal", "arguments": {"origin": "Q858"}},
                   {"kind": "Order", "arguments": {"agent": "Q76"}}]}) + "\n",
        encoding="utf-8")
    # everything read: the withdrawal's origin is the reader's, whatever its confidence
    result = runner.invoke(["eval", "facts", str(path), "--json", "--fact-threshold", "0"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["scores"]["events"]["tp"] == 2


def test_mentions_of_one_event_are_one_event_in_the_scores():
    gold = _gold(events=[{"kind": "Withdrawal", "arguments": {"agent": "Putin", "origin": "Syria"}}])
    x = _extraction(events=[
        _event("e1", "Withdrawal", 0.9, ("agent", "Person:vladimir putin")),
        _event("e2", "Withdrawal", 0.5, ("origin", "Country:syria"), same_as="e1"),
        _event("e3", "Withdrawal", 0.5, same_as="e1")])
    scores = FactScores()
    score_extraction(gold, x, scores, kind_ok=kind_checker(), thresholds=())
    ev = scores.scores["events"]
    assert (ev.tp, ev.fp, ev.fn) == (1, 0, 0)


def test_gold_files_written_other_ways_read_the_same():
    plain = _gold(date="2016-03-15", events=[{"kind": "Withdrawal", "arguments": {"agent": "Russia",
                                                                                 "origin": "Syria"}}],
                  facts=[{"subject": "Putin", "relation": "orders", "object": "event:Withdrawal"}])
    other = parse_gold_line(json.dumps({
        "text": "t", "published": "2016-03-15T08:00:00Z", "source": "https://example.org/a",
        "title": "ignored", "events": [{"type": "Withdrawal", "agent": "Russia", "origin": "Syria"}],
        "facts": [["Putin", "orders", "event:Withdrawal"]]}), "gold:1")
    listed = parse_gold_line(json.dumps({
        "text": "t", "date": "2016-03-15",
        "events": [{"kind": "Withdrawal", "arguments": [["agent", "Russia"], ["origin", "Syria"]]}],
        "facts": [{"subject": "Putin", "predicate": "orders", "object": "event:Withdrawal"}]}),
        "gold:1")
    for passage in (other, listed):
        assert passage.date == plain.date
        assert passage.events[0]["kind"] == "Withdrawal"
        assert passage.events[0]["arguments"] == plain.events[0]["arguments"]
        assert (passage.facts[0]["subject"], passage.facts[0]["relation"]) == ("Putin", "orders")


def test_a_gold_fact_with_a_text_object_matches_a_text_fact():
    gold = _gold(facts=[{"subject": "Putin", "relation": "says",
                         "object": "Russian forces have achieved their goals"}])
    said = Relation("Person:vladimir putin", "says", None, 0, 0, 1, 0.6,
                    obj_text="Russian forces have achieved their goals and now the focus was "
                             "on diplomatic efforts")
    other = Relation("Person:vladimir putin", "says", None, 0, 0, 1, 0.6, obj_text="hello")
    scores = FactScores()
    score_extraction(gold, _extraction(relations=[said, other]), scores, thresholds=())
    facts = scores.scores["facts"]
    assert (facts.tp, facts.fp, facts.fn) == (1, 0, 0)
