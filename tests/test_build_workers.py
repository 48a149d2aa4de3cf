"""The build's work in worker processes, long articles in windows, and one article's
failure reported without stopping the others."""
from __future__ import annotations

import fcntl
import multiprocessing
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

import kg.pipeline as pipeline
from kg.model import Article, Extraction
from kg.pipeline import BuildOptions, build, extract_one
from kg.store import open_store
from kg.windows import merge, split, windows

from store_articles import same_graphs, stable_graphs, write_articles

REPO = Path(__file__).resolve().parent.parent
SEED = next((REPO / "seeds").glob("*.txt")).read_text(encoding="utf-8")
NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_windows_cut_at_paragraphs_and_cover_the_text():
    text = "\n\n".join(f"Paragraph {k}. " + "word " * (20 + k % 9 * 8) for k in range(40))
    pieces = split(text, 1000)
    assert "".join(chunk for _, chunk in pieces) == text
    assert all(len(chunk) <= 1000 for _, chunk in pieces)
    assert all(chunk.startswith("Paragraph") for _, chunk in pieces)  # cut at a break
    assert [offset for offset, _ in pieces] == [
        sum(len(c) for _, c in pieces[:k]) for k in range(len(pieces))]
    one = Article("short text", "s", NOW)
    assert windows(one, 1000) == [(0, one)]


@pytest.mark.extraction  # what the windows read (tests/test_extraction_tests_can_fail.py)
def test_a_long_article_in_windows_keeps_offsets_ids_and_entities(nlp, monkeypatch):
    text = "\n\n".join([SEED] * 3)
    article = Article(text, "long.txt", NOW)
    everything = (0.0, 0.0)  # what the reader reads, emitted or not
    whole = extract_one(article, nlp, emission=everything)
    monkeypatch.setattr(pipeline, "windows", lambda a: windows(a, len(SEED) // 2))
    windowed = extract_one(article, nlp, emission=everything)
    assert len(windows(article, len(SEED) // 2)) >= 6
    for e in windowed.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    for s in windowed.sentences:
        assert text[s.start:s.end] == s.text
    assert [s.index for s in windowed.sentences] == list(range(len(windowed.sentences)))
    ids = [ev.id for ev in windowed.events]
    assert len(ids) == len(set(ids))
    keys = {e.key for e in windowed.entities}
    for r in windowed.relations:
        assert r.subject in keys and (r.obj is None or r.obj in keys)
    named = {e.key for e in whole.entities if e.kind == "name"}
    assert named and whole.relations  # control: the whole article is read
    assert len(named & keys) >= 0.9 * len(named)  # the windows find the same names
    assert abs(len(windowed.relations) - len(whole.relations)) <= 0.2 * len(whole.relations)


@pytest.mark.extraction  # what the windows read (tests/test_extraction_tests_can_fail.py)
def test_a_long_article_in_windows_emits_what_the_whole_article_emits(nlp, monkeypatch):
    """A fact's confidence counts its entities' mentions in the whole article, the other
    windows' included: with each window counting only its own (the seed thrice in
    half-seed windows), 50 facts were emitted against the whole text's 66."""
    article = Article("\n\n".join([SEED] * 3), "long.txt", NOW)
    whole = extract_one(article, nlp)
    monkeypatch.setattr(pipeline, "windows", lambda a: windows(a, len(SEED) // 2))
    windowed = extract_one(article, nlp)
    assert len(whole.relations) >= 30
    # what crosses a window's edge (a pronoun's antecedent) is still lost, hence not equal
    assert abs(len(windowed.relations) - len(whole.relations)) <= 0.1 * len(whole.relations)


@pytest.mark.extraction  # what the windows read (tests/test_extraction_tests_can_fail.py)
def test_merging_windows_shifts_everything_into_the_article(nlp):
    first, second = "Vladimir Putin met Xi Jinping in Moscow.", "Putin left Moscow on Friday."
    text = first + "\n\n" + second
    article = Article(text, "two.txt", NOW)
    parts = [(0, extract_one(Article(first, "two.txt", NOW), nlp)),
             (len(first) + 2, extract_one(Article(second, "two.txt", NOW), nlp))]
    merged = merge(article, parts)
    moscow = next(e for e in merged.entities if e.name == "Moscow")
    assert [text[m.start:m.end] for m in moscow.mentions] == ["Moscow", "Moscow"]
    assert [s.text for s in merged.sentences] == [first, second]


@pytest.mark.slow
def test_two_workers_and_no_worker_build_what_one_builds(nlp, tmp_path):
    paths = write_articles(tmp_path / "news", 12)
    graphs = {}
    for workers in (0, 1, 2):
        with open_store(str(tmp_path / f"store{workers}")) as store:
            report = build([str(tmp_path / "news")], store=store, nlp=nlp,
                           options=BuildOptions(link="offline", workers=workers,
                                                progress=False))
            assert len(report.built) == len(paths) and not report.problems
            graphs[workers] = stable_graphs(store)
    assert same_graphs(graphs[1], graphs[2]) and same_graphs(graphs[0], graphs[1])


@pytest.mark.parametrize("workers", [0, 1, pytest.param(2, marks=pytest.mark.slow)])
def test_an_article_that_breaks_the_extractor_is_an_error_and_the_rest_is_built(
        nlp, tmp_path, monkeypatch, workers):
    write_articles(tmp_path / "news", 5)
    (tmp_path / "news" / "bad.txt").write_text("The word KABOOM breaks the extractor here.\n")
    real = pipeline.extract_windows

    def extract_windows(parts, *thresholds):
        if any("KABOOM" in article.text for _, article in parts):
            raise ValueError("extractor bug")
        return real(parts, *thresholds)

    monkeypatch.setattr(pipeline, "extract_windows", extract_windows)  # forked workers too
    problems = []
    with open_store(":memory:") as store:
        report = build([str(tmp_path / "news")], store=store, nlp=nlp, on_problem=problems.append,
                       options=BuildOptions(link="off", workers=workers, progress=False))
        assert len(report.built) == 5 and len(store.graphs()) == 5
    assert report.exit_code == pipeline.EXIT_PARTIAL
    assert [p.source.endswith("bad.txt") for p in problems] == [True]
    assert "ValueError: extractor bug" in problems[0].message


def test_a_worker_takes_its_next_batch_while_its_results_wait(nlp):
    """The build sends a worker its next batch while the worker may be sending the last
    one's results; with both larger than a pipe holds, a worker that read its next task
    only after its results were taken deadlocked the build (seen at 2,000 articles).
    Pipes shrunk to one page make the sizes of a real archive out of two seed articles."""
    builder = pipeline.Builder(nlp, "off", None)
    task_r, task_w = multiprocessing.Pipe(duplex=False)
    result_r, result_w = multiprocessing.Pipe(duplex=False)
    for end in (task_w, result_w):
        fcntl.fcntl(end.fileno(), fcntl.F_SETPIPE_SZ, 4096)
    batch = [Article(SEED, f"seed-{k}.txt", NOW) for k in range(2)]
    threading.Thread(target=builder.serve, args=(task_r, result_w), daemon=True).start()
    sender = threading.Thread(target=lambda: [task_w.send(batch) for _ in range(3)],
                              daemon=True)
    sender.start()
    sender.join(timeout=60)
    assert not sender.is_alive(), "the worker stopped reading tasks while its results waited"
    answers = [result_r.recv() for _ in range(3)]
    assert [len(built) for built, _notes in answers] == [2, 2, 2]
    task_w.close()


@pytest.mark.slow
def test_workers_end_by_themselves_when_the_build_is_done(nlp, tmp_path, monkeypatch):
    """The second worker, forked after the first, holds a copy of the first one's task
    pipe, so closing it never gave that worker an end of file: every build waited for
    its workers until a timeout, then killed them."""
    killed = []
    process = multiprocessing.get_context("fork").Process
    kill = process.kill

    def recorded_kill(proc) -> None:
        killed.append(proc.pid)
        kill(proc)
    monkeypatch.setattr(process, "kill", recorded_kill)
    write_articles(tmp_path / "news", 6)
    with open_store(":memory:") as store:
        report = build([str(tmp_path / "news")], store=store, nlp=nlp,
                       options=BuildOptions(link="off", workers=2, progress=False))
    assert len(report.built) == 6
    assert killed == [] and multiprocessing.active_children() == []


def recorded_batches(monkeypatch) -> list[list[int]]:
    """Each call of the build's store_articles, as its articles' N-Quads line counts
    (checked against the N-Quads themselves)."""
    calls = []
    real = pipeline.store_articles

    def recorded(backend, articles):
        assert all(data.count(b"\n") == lines for _i, _s, data, lines in articles)
        calls.append([lines for *_rest, lines in articles])
        real(backend, articles)
    monkeypatch.setattr(pipeline, "store_articles", recorded)
    return calls


def test_the_build_stores_batches_of_at_most_write_quads_lines(nlp, tmp_path, monkeypatch):
    """Built articles are stored in batches bounded by their N-Quads lines (one ingest
    each into a disk store, which must stay under what Oxigraph ingests atomically),
    and each article's line count is the one its N-Quads have."""
    write_articles(tmp_path / "news", 6)
    calls = recorded_batches(monkeypatch)
    monkeypatch.setattr(pipeline, "WRITE_QUADS", 2_500)
    with open_store(str(tmp_path / "kg")) as store:
        report = build([str(tmp_path / "news")], store=store, nlp=nlp,
                       options=BuildOptions(link="off", workers=0, progress=False))
        assert len(report.built) == 6 and len(store.graphs()) == 6
    assert sum(map(len, calls)) == 6 and len(calls) > 1
    assert all(sum(lines) <= 2_500 or len(lines) == 1 for lines in calls), calls
    assert any(len(lines) > 1 for lines in calls), calls  # batched, not one by one


@pytest.mark.slow
def test_a_store_written_through_sparql_gets_batches_of_articles_not_of_quads(
        nlp, tmp_path, monkeypatch):
    """A store directory another process owns takes the build's writes as SPARQL
    updates: their size stays bounded by articles, however few quads they hold."""
    from storetools import backend

    write_articles(tmp_path / "news", 5)
    calls = recorded_batches(monkeypatch)
    monkeypatch.setattr(pipeline, "WRITE_ARTICLES_SMALL", 2)
    with backend("shared", tmp_path) as store:
        report = build([str(tmp_path / "news")], store=store, nlp=nlp,
                       options=BuildOptions(link="off", workers=0, progress=False))
        assert len(report.built) == 5 and len(store.graphs()) == 5
    assert [len(lines) for lines in calls] == [2, 2, 1]


def test_a_batch_of_short_articles_is_bounded_by_articles_too(nlp, tmp_path, monkeypatch):
    """Short articles never reach the quads bound: a batch holds at most WRITE_ARTICLES
    of them (what a killed build loses, how long a reader waits to see them)."""
    write_articles(tmp_path / "news", 5)
    calls = recorded_batches(monkeypatch)
    monkeypatch.setattr(pipeline, "WRITE_ARTICLES", 2)
    with open_store(str(tmp_path / "kg")) as store:
        report = build([str(tmp_path / "news")], store=store, nlp=nlp,
                       options=BuildOptions(link="off", workers=0, progress=False))
        assert len(report.built) == 5
    assert [len(lines) for lines in calls] == [2, 2, 1]


def test_a_store_in_memory_gets_the_small_batches(nlp, tmp_path, monkeypatch):
    """A store in memory ingests no sorted files: a larger transaction only costs more,
    so its batches are bounded by WRITE_ARTICLES_SMALL, not WRITE_ARTICLES."""
    write_articles(tmp_path / "news", 5)
    calls = recorded_batches(monkeypatch)
    monkeypatch.setattr(pipeline, "WRITE_ARTICLES", 4)
    monkeypatch.setattr(pipeline, "WRITE_ARTICLES_SMALL", 2)
    with open_store(":memory:") as store:
        report = build([str(tmp_path / "news")], store=store, nlp=nlp,
                       options=BuildOptions(link="off", workers=0, progress=False))
        assert len(report.built) == 5
    assert [len(lines) for lines in calls] == [2, 2, 1]


def test_a_worker_whose_results_cannot_be_sent_ends_rather_than_waiting(nlp):
    """Results the pipe cannot take (a bug) left the worker waiting for its next task and
    the build for those results, for ever; the worker now ends, which the build reports."""
    class Unsendable:
        def send(self, _obj):
            raise TypeError("cannot pickle")

    builder = pipeline.Builder(nlp, "off", None)
    task_r, task_w = multiprocessing.Pipe(duplex=False)
    proc = multiprocessing.get_context("fork").Process(
        target=builder.serve, args=(task_r, Unsendable()), daemon=True)
    proc.start()
    task_w.send([Article(SEED, "seed.txt", NOW)])
    proc.join(timeout=120)
    alive = proc.is_alive()
    if alive:
        proc.kill()
    assert not alive and proc.exitcode == 1


def test_the_builder_parses_the_frame_lexicon_before_its_workers_fork(nlp):
    # each forked worker parsed it again at its first article (~0.4 s a worker, a build)
    from kg.extract import frames

    frames.lexicon.cache_clear()
    pipeline.Builder(nlp, "off", None)
    assert frames.lexicon.cache_info().currsize == 1


def test_a_worker_that_does_not_finish_sends_its_extractions_for_the_build_to_finish(nlp):
    """With a core to itself, the storing process links and makes the quads: the worker
    sends each article with its extraction (small, spaCy-free), not its N-Quads."""
    builder = pipeline.Builder(nlp, "off", None, finish_in_worker=False)
    task_r, task_w = multiprocessing.Pipe(duplex=False)
    result_r, result_w = multiprocessing.Pipe(duplex=False)
    threading.Thread(target=builder.serve, args=(task_r, result_w), daemon=True).start()
    task_w.send([Article(SEED, "seed.txt", NOW)])
    (article, extraction), = result_r.recv()[0]
    assert isinstance(extraction, Extraction) and article.source == "seed.txt"
    built = builder.finish(article, extraction)
    assert isinstance(built, pipeline.Built) and built.statements > 100
    task_w.send(None)
