"""Headless Chromium (Debian's) drives the UI over real news: the entity profile, the
article list, search, the query editor (CodeMirror, vendored) and the graph view
(Cytoscape.js, vendored). DOM assertions at each step; a screenshot of each step is kept
in the test's tmp folder (pytest prints its path when a test fails)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from uitools import CHROMIUM, DevTools, build_news_store, chromium
from webtools import live_server, opened_app

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                 reason="Chromium is not installed (scripts/test.sh installs it)")]


@pytest.fixture(scope="module")
def site(tmp_path_factory, nlp):
    """A live server over the news store, and a DevTools page in headless Chromium."""
    store = build_news_store(tmp_path_factory.mktemp("news"), nlp)
    profile = tmp_path_factory.mktemp("chromium")
    with (opened_app(KG_STORE_LOCATION=str(store), TESTING=True) as app,
          live_server(app) as base, chromium(profile) as devtools):
        import requests

        page = requests.put(f"{devtools}/json/new?about:blank", timeout=30).json()
        tools = DevTools(page["webSocketDebuggerUrl"])
        tools.call("Page.enable")
        try:
            yield base, tools, app.test_client()
        finally:
            tools.close()


def shot(tools: DevTools, tmp_path: Path, name: str) -> None:
    path = tools.screenshot(tmp_path / f"{name}.png")
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def texts(tools: DevTools, selector: str) -> list[str]:
    return tools.evaluate(f"Array.from(document.querySelectorAll({json.dumps(selector)}))"
                          ".map(e => e.innerText.trim())")


def trump(client) -> str:
    html = client.get("/search?q=Trump").get_data(as_text=True)
    return re.search(r'<ul id="entity-hits".*?href="(/entity/[^"]+)">Donald Trump<', html,
                     re.S).group(1)


def test_profile_shows_roles_timeline_claims_and_evidence_opens_highlighted(site, tmp_path):
    base, tools, client = site
    tools.goto(base + trump(client), "!!document.querySelector('#entity-label')")
    assert tools.evaluate("document.querySelector('#entity-label').innerText") == "Donald Trump"
    assert "Person" in tools.evaluate("document.querySelector('#types').innerText")
    assert tools.evaluate("document.querySelectorAll('#timeline li').length") >= 2
    assert tools.evaluate("document.querySelectorAll('#claims li').length") >= 1
    assert len(texts(tools, "#appears-with li")) >= 3
    assert not re.search(r"kgid:|w3id\.org/newskg/id", tools.evaluate("document.body.innerText"))
    shot(tools, tmp_path, "1-profile")
    tools.evaluate("document.querySelector('#claims .evidence-link').click()")
    tools.wait_for("location.pathname.startsWith('/article/') && "
                   "document.readyState === 'complete' && !!document.querySelector('#hit')")
    top, bottom, height = tools.evaluate(
        "(() => { const r = document.querySelector('#hit').getBoundingClientRect();"
        " return [r.top, r.bottom, innerHeight]; })()")
    assert -5 <= top and bottom <= height + 5, (top, bottom, height)  # scrolled into view
    assert "".join(texts(tools, "mark.hit")).strip()  # the claim's words, highlighted
    shot(tools, tmp_path, "2-evidence")


def test_article_list_pages_and_filters_by_event_kind(site, tmp_path):
    base, tools, _ = site
    tools.goto(base + "/articles", "!!document.querySelector('#article-list')")
    dates = texts(tools, "#article-list td.date")
    assert len(dates) == 6 and dates == sorted(dates, reverse=True)
    shot(tools, tmp_path, "1-articles")
    tools.evaluate("document.querySelector('input[name=from]').value = '2019-02-01';"
                   "document.querySelector('#filters').submit()")
    tools.wait_for("location.search.includes('from=2019-02-01') && document.readyState === 'complete'")
    later = texts(tools, "#article-list td.date")
    assert later and all(d >= "2019-02-01" for d in later) and len(later) < len(dates)
    shot(tools, tmp_path, "2-filtered")


def test_search_finds_a_word_and_the_hit_opens_the_sentence_highlighted(site, tmp_path):
    base, tools, _ = site
    tools.goto(base + "/", "!!document.querySelector('header form.search input')")
    tools.evaluate("document.querySelector('header form.search input').value = 'emergencies';"
                   "document.querySelector('header form.search').submit()")
    tools.wait_for("location.pathname === '/search' && document.readyState === 'complete' "
                   "&& !!document.querySelector('#hits')")
    assert int(tools.evaluate("document.querySelector('#hit-count').innerText")) >= 3
    marks = texts(tools, "#hits mark.hit")
    assert marks and all(m.lower().startswith("emergenc") for m in marks)
    shot(tools, tmp_path, "1-search")
    # a sentence hit: its evidence is the sentence (an event's is its trigger word)
    tools.evaluate("document.querySelector('#hits li.hit-sentence a.passage').click()")
    tools.wait_for("location.pathname.startsWith('/article/') && document.readyState === 'complete'"
                   " && !!document.querySelector('#hit')")
    assert "emergenc" in "".join(texts(tools, "mark.hit")).lower()
    shot(tools, tmp_path, "2-sentence")


def test_query_editor_highlights_completes_prefixes_and_runs(site, tmp_path):
    base, tools, _ = site
    tools.goto(base + "/query", "!!document.querySelector('#query-editor .cm-content')")
    assert tools.evaluate("getComputedStyle(document.querySelector('#query')).display") == "none"
    # SPARQL highlighting: keywords are styled tokens, not plain text
    keyword = tools.evaluate(
        "(() => { const s = Array.from(document.querySelectorAll('#query-editor .cm-line span'))"
        ".find(e => e.innerText === 'SELECT'); return s ? getComputedStyle(s).color : null; })()")
    plain = tools.evaluate("getComputedStyle(document.querySelector('#query-editor .cm-line')).color")
    assert keyword and keyword != plain
    shot(tools, tmp_path, "1-editor")
    # prefix completion declares the prefix it inserts
    tools.evaluate("kgEditor.dispatch({changes: {from: 0, to: kgEditor.state.doc.length, "
                   "insert: 'SELECT ?p ?h WHERE { ?p '}}); kgEditor.focus();"
                   "kgEditor.dispatch({selection: {anchor: kgEditor.state.doc.length}})")
    tools.type_text("sche")  # typed as a user would
    tools.key(" ", "Space", 32, modifiers=2)  # Ctrl+Space
    options = tools.wait_for("Array.from(document.querySelectorAll('.cm-tooltip-autocomplete li'))"
                             ".map(li => li.innerText)")
    assert any(o.startswith("schema:") for o in options), options
    shot(tools, tmp_path, "2-completion")
    tools.key("Enter", "Enter", 13)
    doc = tools.wait_for("kgEditor.state.doc.toString().includes('PREFIX schema:') && "
                         "kgEditor.state.doc.toString()")
    assert doc.startswith("PREFIX schema: <https://schema.org/>\n") and "?p schema:" in doc
    tools.evaluate("kgEditor.dispatch({changes: {from: 0, to: kgEditor.state.doc.length, "
                   "insert: 'PREFIX kg: <https://w3id.org/newskg/ontology#>\\n"
                   "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e kg:mentionedIn ?a ; a ?type } "
                   "GROUP BY ?type ORDER BY DESC(?n)'}}); kgEditor.focus()")
    tools.key("Enter", "Enter", 13, modifiers=2)  # Ctrl+Enter runs the query
    tools.wait_for("location.search.includes('query=') && document.readyState === 'complete' "
                   "&& !!document.querySelector('#results')")
    assert tools.evaluate("document.querySelectorAll('#results tbody tr').length") >= 5
    assert tools.evaluate("document.querySelectorAll('#chart rect').length") >= 5
    assert set(texts(tools, "a.download")) >= {"json", "xml", "csv", "tsv"}
    shot(tools, tmp_path, "3-results")


def test_graph_view_draws_the_neighbourhood_and_a_click_opens_a_node(site, tmp_path):
    base, tools, client = site
    profile = trump(client)
    tools.goto(base + profile + "/graph", "document.querySelector('#graph').classList.contains('ready')")
    assert int(tools.evaluate("document.querySelector('#graph').dataset.nodes")) >= 4
    assert int(tools.evaluate("document.querySelector('#graph').dataset.edges")) >= 3
    assert tools.evaluate("document.querySelectorAll('#graph canvas').length") >= 1
    shot(tools, tmp_path, "1-graph")
    tools.evaluate("kgGraph.nodes().filter(n => !n.data('focus'))[0].emit('tap'); true")
    tools.wait_for("location.pathname !== " + json.dumps(profile + "/graph")
                   + " && document.readyState === 'complete'")
    assert tools.evaluate("document.querySelector('h1').innerText")
