"""The name an entity is shown by: its linked item's label before what one article wrote."""
from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from kg.pipeline import BuildOptions, build
from kg.store import open_store
from kg.vocab import sparql_prefixes

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Self-written: an article that names a party only by its members.
MEMBERS = ("Democrats in the United States Congress said on Monday that they would block "
           "the bill. The vote is expected next week.")


def _text(html: bytes) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html.decode("utf-8"))))


def _built(tmp_path: Path, nlp):
    (tmp_path / "a.txt").write_text(MEMBERS)
    store = open_store(":memory:")
    build([str(tmp_path / "a.txt")], options=BuildOptions(progress=False, link="offline"),
          store=store, nlp=nlp)
    return store


def test_a_linked_entity_carries_its_items_label_beside_the_articles_words(tmp_path, nlp):
    store = _built(tmp_path, nlp)
    rows = list(store.query(sparql_prefixes() + """
        SELECT ?label ?name WHERE {
          ?e owl:sameAs wd:Q29552 ; kg:wikidataLabel ?name ; rdfs:label ?label }"""))
    assert [(r["label"].value, r["name"].value) for r in rows] == [
        ("Democrats", "Democratic Party")]
    assert not store.query(sparql_prefixes() + """
        ASK { ?e kg:wikidataLabel ?name FILTER NOT EXISTS { ?e owl:sameAs ?item } }""")


def test_pages_show_a_linked_entity_by_its_items_label(tmp_path, nlp, make_app):
    store = _built(tmp_path, nlp)
    client = make_app(KG_STORE=store).test_client()
    home = _text(client.get("/").data)
    news = home[home.index("In the news"):]
    assert "Democratic Party" in news and "Democrats" not in news
    html = client.get("/entity/Q29552").get_data(as_text=True)
    assert re.search(r"<h1[^>]*>\s*Democratic Party", html), html[:2000]
    # the article's word stays, as another name
    assert re.search(r'id="names">[^<]*Democrats', html)


def test_search_finds_a_linked_entity_by_its_items_label(tmp_path, nlp, make_app):
    store = _built(tmp_path, nlp)
    client = make_app(KG_STORE=store).test_client()
    html = client.get("/search?q=Democratic+Party").get_data(as_text=True)
    assert re.search(r'href="[^"]*/entity/Q29552"', html), _text(html.encode())[:1500]


def test_an_entity_page_gives_a_jobs_nationality(tmp_path, nlp, make_app):
    (tmp_path / "b.txt").write_text("US actor Mary Stone said on Monday that the film was "
                                    "finished.")
    store = open_store(":memory:")
    build([str(tmp_path / "b.txt")], options=BuildOptions(progress=False, link="offline"),
          store=store, nlp=nlp)
    person = next(iter(store.query(sparql_prefixes() + """
        SELECT ?e WHERE { ?e rdfs:label "Mary Stone" }""")))["e"].value
    html = make_app(KG_STORE=store).test_client().get(
        "/entity/" + person.rsplit("/", 1)[-1]).get_data(as_text=True)
    roles = _text(html.encode())
    assert re.search(r"Roles held actor \(\s*United States", roles), roles[:1500]
