"""The web UI over the hand-written fixture store (tests/web_data/articles.trig): query
page, entity profile, article page, node pages, vocabulary pages, search, article list.

Real news (Wikinews) is crawled and driven in a browser in test_crawl_ui.py and
test_web_ui_browser.py.
"""
from __future__ import annotations

import re
from html import unescape

import pytest

from kg.query import parse_query, read_queries
from kg.web.pages.articles import Span, highlight
from webtools import REPO_QUERIES, article_iris

EXAMPLE = """# title: People and where they are named
# Each person with the articles that mention them.
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?person a kg:Person ; rdfs:label ?name ; kg:mentionedIn ?article .
} GROUP BY ?person ?name ORDER BY ?name
"""
A1 = "4e7b13a14da1c1427511c3eb00a561be"
A2 = "8156e8b9cf1f72d6a18b623fe98a7f9d"


@pytest.fixture()
def examples_dir(tmp_path):
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "people.rq").write_text(EXAMPLE, encoding="utf-8")
    return folder


@pytest.fixture()
def app(web_store, make_app, examples_dir):
    """The shared app (tests/conftest.py) with its own example queries."""
    return make_app(KG_STORE=web_store, KG_QUERIES_DIR=str(examples_dir), TESTING=True)


def text_of(html: bytes) -> str:
    html = re.sub(rb"<(script|textarea)[^>]*>.*?</\1>", b" ", html, flags=re.S)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html.decode("utf-8"))))


# -- query page ------------------------------------------------------------------------------
def test_example_headers_give_title_and_description():
    ex = parse_query("people", EXAMPLE)
    assert ex.title == "People and where they are named"
    assert ex.description == "Each person with the articles that mention them."
    assert parse_query("x-y", "SELECT * {}").title == "x y"
    plain = parse_query("p", "# People by name\n# All of them.\nSELECT * {}")
    assert (plain.title, plain.description) == ("People by name", "All of them.")


def test_query_page_runs_an_example_into_a_table_with_every_download(client):
    page = client.get("/query")
    assert page.status_code == 200 and b"People and where they are named" in page.data
    r = client.get("/query", query_string={"example": "people"})
    assert r.status_code == 200
    assert b'id="results"' in r.data and "Lena Ortiz" in text_of(r.data)
    for key in ("json", "xml", "csv", "tsv"):
        assert f'data-format="{key}"'.encode() in r.data
    assert client.get("/query", query_string={"example": "missing"}).status_code == 404


def test_old_query_links_on_the_home_page_still_run(client):
    r = client.get("/", query_string={"example": "people"})
    assert r.status_code == 302 and "/query?example=people" in r.headers["Location"]


def test_result_rows_show_labels_and_link_to_their_pages(client):
    query = ("PREFIX kg: <https://w3id.org/newskg/ontology#> SELECT ?fact ?s ?article WHERE "
             "{ ?fact a kg:Fact ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ; "
             "kg:inArticle ?article } ORDER BY ?fact")
    r = client.get("/query", query_string={"query": query})
    html = r.get_data(as_text=True)
    assert f'href="/article/{A1}/fact/0"' in html and f'href="/article/{A1}"' in html
    assert ">Harbor council approves new bridge</a>" in html  # the article by its headline
    assert ">Lena Ortiz</a>" in html
    assert "kgid:" not in text_of(r.data) and "w3id.org/newskg/id" not in text_of(r.data)


def test_group_by_counts_are_drawn_as_a_bar_chart(client):
    r = client.get("/query", query_string={"query": (
        "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e a ?type } GROUP BY ?type ORDER BY DESC(?n)")})
    html = r.get_data(as_text=True)
    chart = re.search(r'<figure class="chart" id="chart">(.*?)</figure>', html, re.S).group(1)
    assert chart.count("<rect") == len(re.findall(r"<tr>", html)) - 1  # one bar a row
    assert ">Person</text>" in chart
    plain = client.get("/query", query_string={"query": "SELECT ?s WHERE { ?s a ?t } LIMIT 3"})
    assert b'id="chart"' not in plain.data


def test_default_query_declares_each_prefix_once_and_runs(client):
    page = client.get("/query")
    query = unescape(re.search(r'<textarea[^>]*id="query"[^>]*>(.*?)</textarea>',
                               page.data.decode("utf-8"), re.S).group(1))
    prefixes = re.findall(r"^PREFIX\s+(\w*):", query, re.M)
    assert "rdfs" in prefixes and len(prefixes) == len(set(prefixes)), prefixes
    r = client.get("/query", query_string={"query": query})
    assert r.status_code == 200 and b'id="results"' in r.data and b'id="error"' not in r.data


def test_query_page_shows_syntax_errors_without_a_trace(client):
    r = client.get("/query", query_string={"query": "SELECT * WHERE {"})
    assert r.status_code == 400
    assert b'id="error"' in r.data and b"Traceback" not in r.data


def test_download_links_return_the_table_as_csv(client):
    r = client.get("/query", query_string={"example": "people"})
    href = re.search(rb'href="([^"]+format=csv)"', r.data).group(1).decode().replace("&amp;", "&")
    csv_text = client.get(href).get_data(as_text=True)
    assert csv_text.splitlines()[0] == "person,name,articles"
    assert "Lena Ortiz" in csv_text


def test_editor_and_graph_libraries_are_served_locally(client):
    page = client.get("/query").get_data(as_text=True)
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts and all(s.startswith("/static/") for s in scripts)
    for src in scripts:
        assert client.get(src).status_code == 200
    licences = client.get("/static/vendor/LICENSES.txt").get_data(as_text=True)
    assert "@codemirror/legacy-modes" in licences and "cytoscape" in licences


# -- entity profile ------------------------------------------------------------------------
def test_entity_profile_shows_type_wikidata_facts_evidence_and_articles(client):
    r = client.get("/entity/Q1000001")
    assert r.status_code == 200
    html, text = r.get_data(as_text=True), text_of(r.data)
    assert "Lena Ortiz" in text and "Person" in text
    assert 'href="https://www.wikidata.org/wiki/Q1000001"' in html
    facts = re.search(r'<ul id="statements".*?</ul>', html, re.S).group(0)
    assert "Brightway Engineering" in facts and "meets" in facts
    assert f'/article/{A1}?hl=110-155#hit' in facts  # "Ortiz met Brightway ..." highlighted
    assert 'class="negated"' in facts  # the denied visit is flagged, not shown as a fact
    articles = re.search(r'id="articles">(.*?)</dd>', html, re.S).group(1)
    assert "Harbor council approves new bridge" in articles and "Brightway wins contract" in articles
    with_ = re.search(r'<ul id="appears-with".*?</ul>', html, re.S).group(0)
    assert "Brightway Engineering" in with_ and "Northport" in with_
    assert client.get("/entity/doesnotexist").status_code == 404


def test_entity_facts_are_paged(app, client):
    from kg.web.pages import entity

    sizes = dict(entity.PAGE_SIZES)
    entity.PAGE_SIZES["facts"] = 2
    try:
        first = client.get("/entity/Q1000001").get_data(as_text=True)
        second = client.get("/entity/Q1000001?facts=2").get_data(as_text=True)
    finally:
        entity.PAGE_SIZES.update(sizes)
    rows = lambda html: re.findall(r'href="(/article/[^"]+/fact/\d+)"',  # noqa: E731
                                   re.search(r'<ul id="statements".*?</ul>', html, re.S).group(0))
    assert len(rows(first)) == 2 and len(rows(second)) == 2
    assert not set(rows(first)) & set(rows(second))
    assert "page 1 of 2" in first and "facts=2" in first


def test_graph_data_links_the_entity_to_its_neighbours(client):
    data = client.get("/entity/Q1000001/graph.json").get_json()
    nodes = {e["data"]["id"]: e["data"] for e in data["elements"] if "source" not in e["data"]}
    edges = [e["data"] for e in data["elements"] if "source" in e["data"]]
    focus = "https://w3id.org/newskg/id/entity/Q1000001"
    assert nodes[focus]["focus"] and nodes[focus]["label"] == "Lena Ortiz"
    meets = [e for e in edges if e["kind"] == "fact" and e["label"] == "meets"]
    assert meets and nodes[meets[0]["target"]]["label"] == "Brightway Engineering"
    assert all(n["href"].startswith("/") for n in nodes.values())
    assert client.get("/entity/Q1000001/graph").status_code == 200


# -- article, node and vocabulary pages -------------------------------------------------------
def test_article_page_highlights_facts_links_mentions_and_the_followed_evidence(client):
    r = client.get(f"/article/{A1}", query_string={"hl": "110-155"})
    assert r.status_code == 200
    html = r.data.decode()
    assert html.count('<mark class="fact"') >= 3
    assert re.search(r'<a class="mention type-Person" href="/entity/Q1000001"[^>]*>Lena Ortiz</a>',
                     html)
    hit = re.search(r'<mark class="hit" id="hit"[^>]*>(.*?)</mark>', html, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", hit).startswith("Ortiz")
    assert 'id="sentence-2"' in html


def test_every_kind_of_node_has_a_readable_page(client):
    fact = client.get(f"/article/{A1}/fact/2")
    assert fact.status_code == 200
    text = text_of(fact.data)
    assert "Lena Ortiz meets Brightway Engineering" in text
    assert '<mark class="hit">Ortiz met Brightway Engineering in Northport.</mark>' in \
        fact.get_data(as_text=True)
    sentence = client.get(f"/article/{A1}/sentence/1")
    assert "Mayor Lena Ortiz said" in text_of(sentence.data)
    mention = client.get(f"/article/{A1}/mention/1")
    assert mention.status_code == 200 and "/entity/Q1000001" in mention.get_data(as_text=True)
    for page in (fact, sentence, mention):
        assert "kgid:" not in text_of(page.data) and "w3id.org/newskg/id" not in text_of(page.data)
    assert client.get(f"/article/{A1}/fact/99").status_code == 404
    assert client.get(f"/article/{A1}/nonsense/1").status_code == 404


def test_the_extraction_run_page_says_which_thresholds_emitted_the_facts(web_store, make_app):
    run = f"https://w3id.org/newskg/id/article/{A1}/run/extraction"
    web_store.update(
        f'PREFIX kg: <https://w3id.org/newskg/ontology#> INSERT DATA {{ GRAPH '
        f'<https://w3id.org/newskg/id/article/{A1}> {{ <{run}> a kg:ExtractionRun ; '
        f'kg:factThreshold 0.5 ; kg:claimThreshold 0.31 }} }}')
    page = make_app(KG_STORE=web_store).test_client().get(f"/article/{A1}/run/extraction")
    assert page.status_code == 200
    text = text_of(page.data)
    assert re.search(r"Facts emitted from confidence\s*0\.5\b", text), text
    assert re.search(r"Claims emitted from confidence\s*0\.31\b", text), text


def add_to_article(store, article: str, data: str) -> None:
    """Turtle-like ``data`` (kg: and xsd: prefixes) into the article's graph and the
    merged default graph the pages read."""
    store.update('PREFIX kg: <https://w3id.org/newskg/ontology#> '
                 'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> '
                 f'INSERT DATA {{ GRAPH <{article}> {{ {data} }} {data} }}')


def test_a_past_position_reads_as_former_on_the_entity_and_position_pages(web_store, make_app):
    article = f"https://w3id.org/newskg/id/article/{A1}"
    pos = f"{article}/position/99"
    data = (f'<{pos}> a kg:Position ; kg:holder <https://w3id.org/newskg/id/entity/Q1000001> '
            f'; kg:roleName "governor" ; kg:isFormer true ; kg:inArticle <{article}> ; '
            f'kg:confidence 0.9 .')
    add_to_article(web_store, article, data)
    client = make_app(KG_STORE=web_store).test_client()
    entity = text_of(client.get("/entity/Q1000001").data)
    assert "former governor" in entity
    page = client.get(f"/article/{A1}/position/99")
    assert page.status_code == 200 and "former governor" in text_of(page.data)


def test_dates_show_only_as_much_as_the_text_gave(web_store, make_app):
    """'In 2020' is stored as 2020-01-01 with precision year; pages must say 2020."""
    article = f"https://w3id.org/newskg/id/article/{A1}"
    event = f"{article}/event/98"
    data = (f'<{event}> a kg:Event ; kg:trigger "delayed" ; kg:agent '
            f'<https://w3id.org/newskg/id/entity/Q1000001> ; kg:inArticle <{article}> ; '
            f'kg:date "2020-01-01"^^xsd:date ; kg:datePrecision "year" ; kg:timeText "2020" .')
    add_to_article(web_store, article, data)
    client = make_app(KG_STORE=web_store).test_client()
    for path in ("/entity/Q1000001", f"/article/{A1}"):
        html = client.get(path).get_data(as_text=True)
        assert '<span class="date">2020</span>' in html, path
        assert "2020-01-01" not in html, path


def test_a_date_entity_page_shows_the_date_as_precise_as_the_text(web_store, make_app):
    """A date entity of 'in March 2019' holds 2019-03-01 with precision month: its page
    says 2019-03, not a first of the month the text never gave."""
    article = f"https://w3id.org/newskg/id/article/{A1}"
    date = "https://w3id.org/newskg/id/entity/date97"
    data = (f'<{date}> a kg:Date ; kg:dateValue "2019-03-01"^^xsd:date ; '
            f'kg:datePrecision "month" .')
    add_to_article(web_store, article, data)
    client = make_app(KG_STORE=web_store).test_client()
    html = client.get("/entity/date97").get_data(as_text=True)
    assert "<dd>2019-03</dd>" in html
    assert "2019-03-01" not in html


def test_shown_dates_follow_their_precision():
    from kg.web.pages.common import shown_date

    assert shown_date("1950-01-01", "year") == "1950"
    assert shown_date("1990-01-01", "decade") == "1990s"
    assert shown_date("2019-10-01", "month") == "2019-10"
    assert shown_date("2019-10-18T02:45:00", "dateTime") == "2019-10-18 02:45"
    assert shown_date("2019-10-18T00:00:00Z", None) == "2019-10-18"
    assert shown_date("2019-10-18", "day") == "2019-10-18" and shown_date(None) is None


def test_types_list_their_instances_and_properties_their_usage(client):
    person = client.get("/term/kg:Person")
    assert person.status_code == 200 and "Lena Ortiz" in text_of(person.data)
    says = client.get("/term/kg:says")
    assert says.status_code == 200
    assert "Lena Ortiz" in text_of(says.data) and "the city of Northport will fund it" in \
        text_of(says.data)
    assert client.get("/term/kg:NoSuchThing").status_code == 404
    assert client.get("/term/nope:Person").status_code == 404


def test_labels_are_escaped_in_pages(web_store, make_app):
    web_store.update('INSERT DATA { GRAPH <https://w3id.org/newskg/id/article/abcdef01> { '
                     '<https://w3id.org/newskg/id/entity/evil> a <https://w3id.org/newskg/ontology#Person> ; '
                     '<http://www.w3.org/2000/01/rdf-schema#label> "<script>alert(1)</script>" ; '
                     '<https://w3id.org/newskg/ontology#mentionedIn> <https://w3id.org/newskg/id/article/abcdef01> } }')
    client = make_app(KG_STORE=web_store).test_client()
    for path in ("/entity/evil", "/term/kg:Person"):
        r = client.get(path)
        assert r.status_code == 200
        assert b"<script>alert" not in r.data and b"&lt;script&gt;" in r.data


def test_highlight_nests_mentions_in_facts_and_skips_bad_offsets():
    text = "Ann met Bob."
    html = str(highlight(text, [Span(0, 11, "fact", title="meets"),
                                Span(0, 3, "mention", href="/entity/a", css="type-Person"),
                                Span(8, 11, "mention", href="/entity/b"),
                                Span(5, 99, "mention", href="/bad")]))
    assert "/bad" not in html
    assert html.count("<mark") == 3 and "Ann</a></mark>" in html
    assert re.sub(r"<[^>]+>", "", html) == text


# -- articles and search --------------------------------------------------------------------
def test_article_list_filters_by_date_and_entity(client):
    everything = client.get("/articles").get_data(as_text=True)
    assert everything.index("Brightway wins contract") < everything.index("Harbor council")
    one_day = client.get("/articles?from=2024-03-05&to=2024-03-05").get_data(as_text=True)
    assert "Brightway wins contract" in one_day and "Harbor council" not in one_day
    northport = client.get("/articles?entity=Q1000002").get_data(as_text=True)
    assert "Harbor council" in northport and "Brightway wins contract" not in northport
    assert "mentioning" in northport and "Northport" in northport
    assert client.get("/articles?from=yesterday").status_code == 400
    assert client.get("/articles?kind=kg:Withdrawal").status_code == 200


def test_search_finds_words_in_any_form_and_links_to_the_highlighted_sentence(client):
    r = client.get("/search", query_string={"q": "approving"})  # the text says "approved"
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and f"/article/{A1}?hl=0-51#hit" in html
    assert '<mark class="hit">approved</mark>' in html
    names = client.get("/search", query_string={"q": "ortiz"}).get_data(as_text=True)
    assert 'href="/entity/Q1000001"' in names
    kinds = re.search(r'<fieldset class="kinds">.*?</fieldset>', html, re.S).group(0)
    assert "entities" in text_of(kinds.encode()) and "entitys" not in kinds
    hostile = client.get("/search", query_string={"q": '") } } DROP ALL # NEAR( "'})
    assert hostile.status_code == 200 and b'id="hit-count">0<' in hostile.data


def test_search_catches_up_with_articles_written_over_sparql_update(app, client):
    assert b'id="hit-count">0<' in client.get("/search?q=lighthouse").data
    store = app.extensions["kg.endpoint"].store
    g = "https://w3id.org/newskg/id/article/0123456789abcdef"
    store.update(
        f"PREFIX kg: <https://w3id.org/newskg/ontology#> INSERT DATA {{ GRAPH <{g}> {{ "
        f"<{g}> a kg:Article ; kg:sourceLocation 'x.txt' . <{g}/sentence/0> a kg:Sentence ; "
        f"kg:text 'The old lighthouse reopened.' ; kg:startChar 0 ; kg:endChar 28 }} }}")
    from kg.web.pages import search as search_pages

    app.extensions["kg.search"].checked = 0  # as if the check interval had passed
    html = client.get("/search?q=lighthouse").get_data(as_text=True)
    assert 'id="hit-count">1<' in html and "/article/0123456789abcdef?hl=0-28" in html
    store.update(f"DROP GRAPH <{g}>")
    app.extensions["kg.search"].checked = 0
    assert b'id="hit-count">0<' in client.get("/search?q=lighthouse").data
    assert search_pages.CHECK_EVERY > 0


def test_health_reports_the_store(client):
    data = client.get("/health").get_json()
    assert data["status"] == "ok" and data["graphs"] == 2 and data["read_only"] is True


@pytest.mark.slow
@pytest.mark.skipif(not REPO_QUERIES.is_dir(), reason="no queries/ folder")
def test_every_shipped_example_query_runs_on_the_ui(make_app):
    examples = read_queries(REPO_QUERIES)
    assert examples, "queries/ has no .rq files"
    client = make_app(KG_QUERIES_DIR=str(REPO_QUERIES)).test_client()
    for ex in examples:
        assert ex.title and not ex.title.startswith("#")
        r = client.get("/query", query_string={"example": ex.name})
        assert r.status_code == 200 and b'id="error"' not in r.data, ex.name


def test_page_queries_live_in_rq_files():
    from pathlib import Path

    import kg.web.pages as pages
    from kg.web import page_queries

    for name in ("entity-profile", "article", "article-list", "labels", "node", "term-usage"):
        assert "SELECT" in page_queries.text_of(name)
    sources = [p.read_text() for p in Path(pages.__file__).parent.glob("*.py")]
    assert not any(re.search(r"\bSELECT\b.*\bWHERE\b", s) for s in sources)
    assert article_iris()
