"""Shared fixtures: one spaCy pipeline per session, helpers to extract and build."""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from kg.model import Article, Extraction

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """kg's full spaCy pipeline (the real model), loaded once."""
    from kg import nlp as kg_nlp

    return kg_nlp.load()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """``extract_text(text, date=None) -> Extraction`` with the real pipeline."""
    from kg.extract import extract

    def run(text: str, published: date | None = None, source: str = "test") -> Extraction:
        article = Article(text=text, source=source,
                          retrieved=datetime(2024, 1, 1, tzinfo=timezone.utc),
                          published=published)
        return extract(nlp(text), article)

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


#: The four backends of the store contract (tests/test_store_contract.py).
BACKENDS = ["memory", "disk", "shared", "remote"]


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    """An empty kg Store over each backend: Oxigraph in memory, a store directory this
    process owns, one another process owns (reached through its loopback service), and a
    real ``oxigraph serve``."""
    from kg.store import open_store
    from storetools import HAVE_OXIGRAPH_SERVER, owner_process, oxigraph_server

    kind = request.param
    if kind == "memory":
        opened = open_store(":memory:")
        yield opened
        opened.close()
    elif kind == "disk":
        opened = open_store(str(tmp_path / "store"))
        yield opened
        opened.close()
    elif kind == "shared":
        with owner_process(tmp_path / "store"):
            opened = open_store(str(tmp_path / "store"))
            assert not opened.owns
            yield opened
            opened.close()
    else:
        if not HAVE_OXIGRAPH_SERVER:
            pytest.skip("needs the PyPI oxigraph server (test extra)")
        with oxigraph_server(tmp_path / "oxi") as base:
            opened = open_store(f"sparql+{base}/query?union-default-graph&gsp=/store")
            yield opened
            opened.close()
