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
