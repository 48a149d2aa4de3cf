"""Incremental builds: unchanged articles are skipped, changed ones replace their graph,
and parallel parsing gives the same graphs as one process."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from kg.stats import compute_stats
from kg.store import open_store

from store_articles import same_graphs, stable_graphs, write_articles

REPO = Path(__file__).resolve().parent.parent
OFF = dict(link="off", progress=False)


def run_build(inputs, store, nlp, **options):
    from kg.pipeline import BuildOptions, build

    return build([str(i) for i in inputs], store=store, nlp=nlp,
                 options=BuildOptions(**{**OFF, **options}))


def test_second_build_of_the_seeds_adds_nothing_and_is_over_five_times_faster(nlp, tmp_path):
    seeds = REPO / "seeds"
    with open_store(str(tmp_path / "store")) as store:
        started = time.perf_counter()
        first = run_build([seeds], store, nlp)
        first_time = time.perf_counter() - started
        assert first.built and first.statements > 0
        size = len(store)
        started = time.perf_counter()
        second = run_build([seeds], store, nlp)
        second_time = time.perf_counter() - started
        assert second.built == [] and second.statements == 0
        assert sorted(second.skipped) == sorted(first.built)
        assert len(store) == size
    assert second_time < first_time / 5, (first_time, second_time)


def test_a_changed_article_replaces_its_own_graph_and_leaves_the_others(nlp, tmp_path):
    paths = write_articles(tmp_path / "news", 4)
    with open_store(str(tmp_path / "store")) as store:
        first = run_build(paths, store, nlp)
        assert len(store.graphs()) == 4
        before = stable_graphs(store)
        paths[1].write_text(paths[1].read_text() + " Talks will resume in Geneva on Friday.\n")
        second = run_build(paths, store, nlp)
        assert len(second.built) == 1 and len(second.skipped) == 3
        after = stable_graphs(store)
        assert len(after) == 4
        old, new = first.built[1], second.built[0]
        assert old not in after and new in after
        kept = {k: v for k, v in before.items() if k != old}
        assert same_graphs(kept, {k: v for k, v in after.items() if k != new})
        assert store.remove_article(str(paths[1])) == [new]
        assert len(store.graphs()) == 3


@pytest.mark.slow
def test_two_workers_build_exactly_what_one_worker_builds(nlp, tmp_path):
    paths = write_articles(tmp_path / "news", 24)
    results = {}
    for workers in (1, 2):
        store = open_store(":memory:")
        report = run_build([tmp_path / "news"], store, nlp, workers=workers)
        assert len(report.built) == len(paths)
        results[workers] = stable_graphs(store)
        store.close()
    assert same_graphs(results[1], results[2])


FACTS = "SELECT (COUNT(*) AS ?n) WHERE { ?f a <https://w3id.org/newskg/ontology#Fact> }"


def _facts(store) -> int:
    return int(next(iter(store.query(FACTS)))["n"].value)


def test_a_build_at_other_thresholds_reads_stored_articles_again(nlp, tmp_path):
    seeds = REPO / "seeds"
    with open_store(str(tmp_path / "store")) as store:
        first = run_build([seeds], store, nlp)
        shipped = _facts(store)
        (iri,) = first.built
        assert store.stored_emission(iri) == pytest.approx(_shipped_thresholds())
        lower = run_build([seeds], store, nlp, fact_threshold=0.0, claim_threshold=0.0)
        # the same graph, replaced: read again at 0, it holds every fact read, once
        assert lower.built == [iri] and lower.skipped == []
        assert store.graphs() == [iri]
        assert store.stored_emission(iri) == (0.0, 0.0)
        assert compute_stats(store).thresholds == {"facts>=0 claims>=0": 1}
        everything = _facts(store)
        assert everything > shipped
        again = run_build([seeds], store, nlp, fact_threshold=0.0, claim_threshold=0.0)
        assert again.built == [] and again.skipped == [iri]
        back = run_build([seeds], store, nlp)  # the shipped thresholds again
        assert back.built == [iri] and _facts(store) == shipped


def _shipped_thresholds() -> tuple[float, float]:
    from kg.extract.confidence import calibration

    cal = calibration()
    return cal.fact_threshold, cal.claim_threshold
