"""kg.ahead.read_ahead: an iterator run ahead of its consumer in a thread, and the build
worker's next batch parsed while this one is extracted."""
from __future__ import annotations

import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

import kg.pipeline as pipeline
from kg.ahead import read_ahead
from kg.model import Article

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt")).read_text(encoding="utf-8")
NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_items_come_in_order_and_the_producer_runs_ahead_of_the_consumer():
    second_made = threading.Event()

    def items():
        yield 1
        second_made.set()
        yield 2
        yield 3

    seen = []
    for item in read_ahead(items()):
        if item == 1:  # a pass-through would make the second item only after this wait
            assert second_made.wait(timeout=10), "the next item was not made ahead"
        seen.append(item)
    assert seen == [1, 2, 3]


def test_an_exception_of_the_producer_reaches_the_consumer_after_the_items_before_it():
    def items():
        yield "a"
        raise ValueError("bad batch")

    seen = []
    with pytest.raises(ValueError, match="bad batch"):
        for item in read_ahead(items()):
            seen.append(item)
    assert seen == ["a"]


def test_closing_the_consumer_stops_the_producer():
    made = []

    def items():
        for k in range(1000):
            made.append(k)
            yield k

    ahead = read_ahead(items(), depth=1, name="kg-test-ahead")
    assert next(ahead) == 0
    ahead.close()
    for thread in threading.enumerate():
        if thread.name == "kg-test-ahead":
            thread.join(timeout=10)
            assert not thread.is_alive()
    assert len(made) < 10  # it stopped at its next item, not at the end of the source


def test_a_builder_parsing_ahead_builds_what_it_builds_batch_by_batch(nlp):
    builder = pipeline.Builder(nlp, "off", None)
    batches = [[Article(SEED, f"seed-{b}-{k}.txt", NOW) for k in range(2)] for b in range(3)]

    def quads(results):  # (the run's end time differs, and only it)
        return [[(b.iri, sorted(line for line in b.data.splitlines()
                                if b"endedAtTime" not in line)) for b in built]
                for built in results]

    serial = [builder.build_batch(batch) for batch in batches]
    ahead = list(builder.build_batches(iter(batches)))
    assert quads(ahead) == quads(serial)
    assert all(len(lines) > 1000 for built in quads(ahead) for _iri, lines in built)


def test_a_batch_whose_parse_fails_is_built_article_by_article(nlp, monkeypatch):
    builder = pipeline.Builder(nlp, "off", None)
    real = pipeline.parse_windows

    def failing(articles, nlp, batch_size=16):
        if any(a.source == "bad.txt" for a in articles):
            raise ValueError("parser bug")
        return real(articles, nlp, batch_size)

    monkeypatch.setattr(pipeline, "parse_windows", failing)
    batch = [Article(SEED, "good.txt", NOW), Article(SEED + " Extra.", "bad.txt", NOW)]
    [built] = list(builder.build_batches(iter([batch])))
    assert isinstance(built[0], pipeline.Built)
    assert isinstance(built[1], pipeline.Failed) and "parser bug" in built[1].reason
