"""A crawler starting at / follows every internal link of the UI over real news (five
Wikinews articles and the seed, built with the real pipeline) and finds no broken page
and no raw node IRI in the text a reader sees."""
from __future__ import annotations

from contextlib import closing

import pytest
import requests

from kg import search
from uitools import build_news_store, crawl
from webtools import live_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def news_store(tmp_path_factory, nlp):
    return build_news_store(tmp_path_factory.mktemp("news"), nlp)


def test_crawl_from_home_finds_no_broken_page_and_no_raw_iri(news_store, make_app):
    app = make_app(KG_STORE_LOCATION=str(news_store), TESTING=True)
    with live_server(app) as base, requests.Session() as http:
        def get(path: str):
            r = http.get(base + path, timeout=60)
            return r.status_code, r.headers.get("Content-Type", ""), r.text

        report = crawl(get, "/", limit=2500)
    statuses = report.pages
    assert len(statuses) >= 300, f"the crawl stopped early: {len(statuses)} pages"
    broken = {url: (code, report.referrers.get(url)) for url, code in report.failures().items()}
    assert not broken, broken
    assert not report.raw_iris, report.raw_iris
    visited = " ".join(statuses)
    for kind in ("/entity/", "/article/", "/fact/", "/event/", "/claim/", "/sentence/",
                 "/mention/", "/position/", "/term/", "/articles", "/query", "/search"):
        assert kind in visited, f"no {kind} page reached from /"


def test_search_index_was_written_by_the_build_beside_the_store(news_store):
    with closing(search.connect(news_store / search.INDEX_FILE)) as conn:
        counts = search.stats(conn)
        page = search.search(conn, "emergency")
    assert counts["articles"] == 6 and counts["sentence"] > 100 and counts["fact"] > 5
    assert page.total > 3 and any("emergency" in h.snippet.lower() for h in page.hits)
    assert any(h.title.startswith("President Trump says") for h in page.hits)
