"""Every extraction test fails when the extractor finds nothing.

The extraction tests run again in a subprocess with ``KG_EMPTY_EXTRACTOR=1`` (see
``conftest.py``): an extractor that returns sentences only. A test that ran the
extractor and still passed could not notice the extraction being removed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # reruns the extraction tests in a subprocess

REPO = Path(__file__).resolve().parent.parent
#: The tests of the extraction steps (entities.py's tests belong to entity detection).
EXTRACTION_TESTS = ("test_extract_relations.py", "test_events.py", "test_attribution.py",
                    "test_coref.py", "test_extract_news_constructions.py",
                    "test_extract_roles.py", "test_extract_relations_people.py",
                    "test_time.py", "test_eval_facts.py",
                    "test_eval_articles.py", "test_unseen_news.py",
                    "test_reader_constructions.py", "test_confidence.py",
                    "test_confidence_discrimination.py") + tuple(sorted(
    # each iteration's tests, this one's and those to come
    p.name for pattern in ("test_extract_precision*.py", "test_extract_recall*.py",
                           "test_claims*.py")
    for p in (REPO / "tests").glob(pattern)))


def test_every_extraction_test_fails_against_an_empty_extractor(tmp_path):
    report = tmp_path / "empty.jsonl"
    env = {**os.environ, "KG_EMPTY_EXTRACTOR": "1", "KG_EMPTY_REPORT": str(report)}
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                    *(str(REPO / "tests" / name) for name in EXTRACTION_TESTS)],
                   cwd=REPO, env=env, capture_output=True, text=True, timeout=1200,
                   check=False)
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    extracting = [r for r in rows if r["extracted"]]
    assert len(extracting) > 150, len(extracting)  # the switch reached the tests
    survivors = [r["test"] for r in extracting if r["outcome"] == "passed"]
    assert not survivors, "pass with an empty extractor:\n" + "\n".join(survivors)
