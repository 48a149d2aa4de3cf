"""The web UI: query page with examples, results table, entity, article and search pages.

The Chromium test drives Debian's headless Chromium over the DevTools protocol: it opens
the query page, clicks an example, reads the results table, follows an entity link and
saves a screenshot of each step under the test's tmp_path.
"""
from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import time
from html import unescape
from pathlib import Path

import pytest
import requests

from kg.query import parse_query, read_queries
from kg.web import create_app
from kg.web.ui import Span, highlight
from webtools import REPO_QUERIES, article_iris, fixture_store, live_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
EXAMPLE = """# title: People and where they are named
# Each person with the articles that mention them.
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?person ?name (COUNT(DISTINCT ?article) AS ?articles) WHERE {
  ?person a kg:Person ; rdfs:label ?name ; kg:mentionedIn ?article .
} GROUP BY ?person ?name ORDER BY ?name
"""


@pytest.fixture()
def examples_dir(tmp_path):
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "people.rq").write_text(EXAMPLE, encoding="utf-8")
    return folder


@pytest.fixture()
def app(examples_dir):
    return create_app({"KG_STORE": fixture_store(), "KG_QUERIES_DIR": str(examples_dir),
                       "TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


def text_of(html: bytes) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.decode("utf-8")))


# -- pages over the test client ----------------------------------------------------------
def test_example_headers_give_title_and_description():
    ex = parse_query("people", EXAMPLE)
    assert ex.title == "People and where they are named"
    assert ex.description == "Each person with the articles that mention them."
    assert parse_query("x-y", "SELECT * {}").title == "x y"
    plain = parse_query("p", "# People by name\n# All of them.\nSELECT * {}")
    assert (plain.title, plain.description) == ("People by name", "All of them.")


def test_query_page_lists_examples_and_runs_one_into_a_table(client):
    page = client.get("/")
    assert page.status_code == 200 and b"People and where they are named" in page.data
    r = client.get("/", query_string={"example": "people"})
    assert r.status_code == 200
    assert b'id="results"' in r.data and "Lena Ortiz" in text_of(r.data)
    for fmt in (b"format=csv", b"format=tsv", b"format=json"):
        assert fmt in r.data
    assert client.get("/", query_string={"example": "missing"}).status_code == 404


def test_default_query_declares_each_prefix_once_and_runs(client):
    page = client.get("/")
    query = unescape(re.search(r'<textarea[^>]*id="query"[^>]*>(.*?)</textarea>',
                                    page.data.decode("utf-8"), re.S).group(1))
    prefixes = re.findall(r"^PREFIX\s+(\w*):", query, re.M)
    assert "rdfs" in prefixes and len(prefixes) == len(set(prefixes)), prefixes
    r = client.get("/", query_string={"query": query})
    assert r.status_code == 200 and b'id="results"' in r.data and b'id="error"' not in r.data


def test_query_page_shows_syntax_errors_without_a_trace(client):
    r = client.get("/", query_string={"query": "SELECT * WHERE {"})
    assert r.status_code == 400
    assert b'id="error"' in r.data and b"Traceback" not in r.data


def test_download_links_return_the_table_as_csv(client):
    r = client.get("/", query_string={"example": "people"})
    href = re.search(rb'href="([^"]+format=csv)"', r.data).group(1).decode().replace("&amp;", "&")
    csv_text = client.get(href).get_data(as_text=True)
    assert csv_text.splitlines()[0] == "person,name,articles"
    assert "Lena Ortiz" in csv_text


def test_entity_page_shows_type_wikidata_statements_evidence_and_articles(client):
    r = client.get("/entity/Q1000001")
    assert r.status_code == 200
    text = text_of(r.data)
    assert "Lena Ortiz" in text and "kg:Person" in text
    assert b'href="https://www.wikidata.org/wiki/Q1000001"' in r.data
    assert "Ortiz met Brightway Engineering in Northport." in text  # evidence sentence
    assert "Harbor council approves new bridge" in text  # source article headline
    assert "negative" in text  # the denied visit is flagged, not shown as a fact
    assert client.get("/entity/doesnotexist").status_code == 404


def test_article_page_highlights_facts_and_links_mentions(client):
    iri = article_iris()[0]
    r = client.get(f"/article/{iri.rsplit('/', 1)[1]}")
    assert r.status_code == 200
    html = r.data.decode()
    assert html.count('<mark class="fact"') >= 3
    assert re.search(r'<a class="mention type-Person" href="/entity/Q1000001"[^>]*>Lena Ortiz</a>',
                     html)
    assert "Ortiz met Brightway Engineering in Northport." in text_of(r.data)


def test_search_finds_entities_by_any_part_of_a_label(client):
    r = client.get("/search", query_string={"q": "ortiz"})
    assert r.status_code == 200 and b"/entity/Q1000001" in r.data
    r = client.get("/search", query_string={"q": '") } } DROP ALL #'})
    assert r.status_code == 200 and b"0 entities" in r.data


def test_labels_are_escaped_in_pages():
    store = fixture_store()
    store.update('INSERT DATA { GRAPH <https://w3id.org/newskg/id/article/x> { '
                 '<https://w3id.org/newskg/id/entity/evil> a <https://w3id.org/newskg/ontology#Person> ; '
                 '<http://www.w3.org/2000/01/rdf-schema#label> "<script>alert(1)</script>" } }')
    client = create_app({"KG_STORE": store}).test_client()
    for path in ("/entity/evil", "/search?q=script"):
        r = client.get(path)
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


def test_health_reports_the_store(client):
    data = client.get("/health").get_json()
    assert data["status"] == "ok" and data["graphs"] == 2 and data["read_only"] is True


@pytest.mark.skipif(not REPO_QUERIES.is_dir(), reason="no queries/ folder")
def test_every_shipped_example_query_runs_on_the_ui():
    examples = read_queries(REPO_QUERIES)
    assert examples, "queries/ has no .rq files"
    client = create_app({"KG_STORE": fixture_store(),
                         "KG_QUERIES_DIR": str(REPO_QUERIES)}).test_client()
    for ex in examples:
        assert ex.title and not ex.title.startswith("#")
        r = client.get("/", query_string={"example": ex.name})
        assert r.status_code == 200 and b'id="error"' not in r.data, ex.name


# -- headless Chromium over the DevTools protocol -------------------------------------------
class DevTools:
    """The few DevTools calls the test needs, over one page's websocket."""

    def __init__(self, ws_url: str):
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
        raise TimeoutError(method)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(expression)

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self):
        self.ws.close()


@pytest.fixture()
def chromium(tmp_path):
    """Headless Chromium with DevTools on an ephemeral loopback port; yields its HTTP URL."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (scripts/test.sh installs Debian's chromium)")
    profile = tmp_path / "profile"
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,900",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("Chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def test_chromium_runs_an_example_and_opens_an_entity_page(app, chromium, tmp_path):
    with live_server(app) as base:
        page = requests.put(f"{chromium}/json/new?{base}/", timeout=30).json()
        tools = DevTools(page["webSocketDebuggerUrl"])
        try:
            tools.call("Page.enable")
            tools.wait_for("document.readyState === 'complete' && "
                           "!!document.querySelector('#example-people')")
            tools.screenshot(tmp_path / "1-query-page.png")

            tools.evaluate("document.querySelector('#example-people').click()")
            rows = tools.wait_for("document.querySelectorAll('#results tbody tr').length")
            assert rows == 1
            cells = tools.evaluate("Array.from(document.querySelectorAll('#results td'))"
                                   ".map(td => td.innerText)")
            assert "Lena Ortiz" in cells and "2" in cells
            assert tools.evaluate("document.querySelector('#query').value").startswith(
                "# title: People")
            tools.screenshot(tmp_path / "2-results.png")

            tools.evaluate("document.querySelector('#results a[href^=\"/entity/\"]').click()")
            title = tools.wait_for("location.pathname.startsWith('/entity/') && "
                                   "document.querySelector('#entity-label')?.innerText")
            assert title == "Lena Ortiz"
            statements = tools.evaluate("document.querySelectorAll('#statements tbody tr').length")
            assert statements >= 3
            assert tools.evaluate("document.querySelector('#wikidata a').href") == \
                "https://www.wikidata.org/wiki/Q1000001"
            tools.screenshot(tmp_path / "3-entity.png")
        finally:
            tools.close()
    for name in ("1-query-page.png", "2-results.png", "3-entity.png"):
        shot = tmp_path / name
        assert shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
