"""Shared fixtures: one spaCy pipeline per session, helpers to extract and build; as in
Flask's tutorial, ``app`` (over the fixture store), ``client`` and ``runner`` (the kg
command group), ``make_app(**config)`` for an app of another config; ``store`` over
each backend and ``web_store``, the fixture articles in a store.

``KG_EMPTY_EXTRACTOR=1`` swaps in an extractor that finds nothing (sentences only) and
records, per test, whether the test ran the extractor and how it ended, to the JSON
Lines file ``KG_EMPTY_REPORT`` names: ``tests/test_extraction_tests_can_fail.py`` runs
the tests marked ``extraction`` (every module that runs the extractor) that way and
expects every test that extracts to fail.
"""
from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from contextlib import ExitStack
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.model import Article, Extraction
from storetools import BACKENDS, HAVE_OXIGRAPH_SERVER, backend
from webtools import TEST_CONFIG, load_trig, opened_app

# No test may reach the network. The default linking mode (auto) asks the Wikidata API
# after one quick probe: point it at a closed loopback port, with a cache of the
# session's own, unless a test sets its own API (tests/wikidata_standin.py).
os.environ.setdefault("KG_WIKIDATA_API", "http://127.0.0.1:9/w/api.php")
if "KG_WIKIDATA_CACHE" not in os.environ:
    os.environ["KG_WIKIDATA_CACHE"] = tempfile.mkdtemp(prefix="kg-tests-wikidata-")
    atexit.register(shutil.rmtree, os.environ["KG_WIKIDATA_CACHE"], True)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
EMPTY = os.environ.get("KG_EMPTY_EXTRACTOR") == "1"
_CALLS = {"n": 0}

if EMPTY:
    import kg.extract  # loads spaCy: only in this mode, before the test modules import it


    def _empty_extract(doc, article: Article, *thresholds) -> Extraction:
        """Nothing found: what every extraction test must notice."""
        _CALLS["n"] += 1
        return Extraction(article=article, sentences=kg.extract.sentences(doc), entities=())

    def _empty_read(doc, article: Article, *thresholds) -> "kg.extract.Reading":
        return kg.extract.Reading(_empty_extract(doc, article), {}, {})

    def _empty_windows(parts, *thresholds) -> list[Extraction]:
        """The build's way in (``kg.pipeline``): every window empty."""
        return [_empty_extract(doc, article) for doc, article in parts]

    # before any test module imports them (``from kg.extract import extract``)
    kg.extract.extract = _empty_extract
    kg.extract.read = _empty_read
    kg.extract.extract_windows = _empty_windows

    @pytest.fixture(autouse=True)
    def _count_extractions():
        _CALLS["n"] = 0
        yield

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(item, call):
        outcome = yield
        report = outcome.get_result()
        path = os.environ.get("KG_EMPTY_REPORT")
        if path and (report.when == "call" or (report.when == "setup" and report.failed)):
            with open(path, "a", encoding="utf-8") as out:
                out.write(json.dumps({"test": item.nodeid, "outcome": report.outcome,
                                      "extracted": _CALLS["n"] > 0}) + "\n")


@pytest.fixture(scope="session")
def nlp():
    """kg's full spaCy pipeline (the real model), loaded once."""
    from kg import nlp as kg_nlp

    return kg_nlp.load()


def _extractor(nlp, thresholds: tuple[float | None, float | None]):
    from kg.extract import extract

    def run(text: str, published: date | None = None, source: str = "test") -> Extraction:
        article = Article(text=text, source=source,
                          retrieved=datetime(2024, 1, 1, tzinfo=timezone.utc),
                          published=published)
        return extract(nlp(text), article, *thresholds)

    return run


@pytest.fixture(scope="session")
def extract_text(nlp):
    """``extract_text(text, date=None) -> Extraction`` with the real pipeline, emitting
    what its calibrated confidences allow (the defaults of kg/data/extract/confidence.json)."""
    return _extractor(nlp, (None, None))


@pytest.fixture(scope="session")
def read_text(nlp):
    """``read_text(text, date=None) -> Extraction``: everything the reader reads (emission
    thresholds 0), for tests of the reader's constructions, which the calibrated emission
    threshold (a separate, refitted layer: tests/test_confidence.py) must not decide."""
    return _extractor(nlp, (0.0, 0.0))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


@pytest.fixture(params=[pytest.param(kind, marks=pytest.mark.slow)  # another process
                        if kind in ("shared", "remote") else kind for kind in BACKENDS])
def store(request, tmp_path):
    """An empty kg Store over each backend: Oxigraph in memory, a store directory this
    process owns, one another process owns (reached through its loopback service), and a
    real ``oxigraph serve``. Choose some with
    ``@pytest.mark.parametrize("store", ["memory", "disk"], indirect=True)``."""
    if request.param == "remote" and not HAVE_OXIGRAPH_SERVER:
        pytest.skip("needs the PyPI oxigraph server (test extra)")
    with backend(request.param, tmp_path) as opened:
        yield opened


@pytest.fixture()
def web_store(request, tmp_path):
    """The endpoint tests' articles (tests/web_data/articles.trig) in a store: in memory,
    or over another backend by ``@pytest.mark.parametrize("web_store", ["disk"],
    indirect=True)`` (a store directory: long-lived query workers)."""
    with backend(getattr(request, "param", "memory"), tmp_path) as opened:
        load_trig(opened)
        opened.flush()  # visible to the query workers of a store directory
        yield opened


@pytest.fixture()
def make_app():
    """``make_app(**config)``: a Flask app from ``create_app(config)`` for tests that need
    their own config, over a fresh fixture store unless the config names one; every app
    made is closed (query workers, loop, the store it opened) at teardown."""
    with ExitStack() as stack:
        yield lambda **config: stack.enter_context(opened_app(**config))


@pytest.fixture()
def app(web_store, make_app):
    """The app over the fixture store, in Flask's testing mode (as Flask's tutorial)."""
    return make_app(KG_STORE=web_store, **TEST_CONFIG)


@pytest.fixture()
def client(app):
    return app.test_client()


class KgRunner(CliRunner):
    """A CliRunner bound to the ``kg`` command group: ``runner.invoke(["export", ...])``."""

    def __init__(self, command, **kwargs) -> None:
        super().__init__(**kwargs)
        self.command = command

    def invoke(self, args=None, **kwargs):  # type: ignore[override]
        return super().invoke(self.command, args, **kwargs)


@pytest.fixture()
def runner() -> KgRunner:
    # imported here, not above: under KG_EMPTY_EXTRACTOR kg.extract is patched first
    from kg.cli import main

    return KgRunner(main)
