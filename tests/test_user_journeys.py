"""What a journalist runs from the README, end to end: real `kg` processes, a store on disk."""
from __future__ import annotations

import csv
import re
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.language import guess_language
from kg.query import _table
from kg.read import _first_line_title

NEWS = {
    "dateline.txt": "BERLIN, March 3, 2021 (Reuters) - German Chancellor Angela Merkel met French "
                    "President Emmanuel Macron in Berlin on Wednesday. Merkel said the European "
                    "Union would order more vaccine doses.\n",
    "windows.txt": "Russian President Vladimir Putin ordered the withdrawal of troops from Syria "
                   "on Monday.\r\nKremlin spokesman Dmitry Peskov said the decision was final.\r\n",
    "peskov.txt": "Dmitry Peskov, the Kremlin spokesman, said on Tuesday that Russian President "
                  "Vladimir Putin would meet Syrian President Bashar Assad in Moscow.\n",
    "short.txt": "Joe Biden visited Kyiv.\n",
}


def kg(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KG_STORE": str(cwd / "store")}
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("journey")
    (root / "news").mkdir()
    for name, text in NEWS.items():
        (root / "news" / name).write_bytes(text.encode("utf-8"))
    result = kg("build", "news", "--link", "offline", "-q", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


def test_a_short_english_sentence_without_stop_words_is_not_rejected_as_foreign():
    assert guess_language("Joe Biden visited Kyiv.")[0] == "en"
    assert guess_language("政府周一宣布将提高燃油税")[0] != "en"


def test_a_hard_wrapped_paragraph_has_no_first_line_title():
    wrapped = ("The United Nations Security Council voted on Tuesday to extend its\n"
               "peacekeeping mission in South Sudan for another year.\n")
    assert _first_line_title(wrapped) is None
    assert _first_line_title("Putin orders withdrawal\n\nMoscow, Monday.") == "Putin orders withdrawal"


def test_table_separator_crosses_under_each_column_bar():
    header, line, row, _ = _table(["a", "bb"], [["xyz", "1"]]).splitlines()
    assert header.index("|") == line.index("+") == row.index("|")


@pytest.mark.slow
def test_shipped_queries_return_no_duplicate_rows_when_articles_share_entities(built):
    for name in ("who-did-what", "facts-with-evidence", "events", "timeline",
                 "article-facts", "negated-and-hedged"):
        result = kg("query", name, "--format", "csv", cwd=built)
        assert result.returncode == 0, result.stderr
        rows = list(csv.reader(io.StringIO(result.stdout)))[1:]
        assert rows, name
        assert len(rows) == len(set(map(tuple, rows))), name


@pytest.mark.slow
def test_jsonld_export_keeps_one_graph_per_article(built):
    result = subprocess.run([sys.executable, "-m", "kg.cli", "export", "--format", "jsonld"],
                            cwd=built, env={**os.environ, "KG_STORE": str(built / "store")},
                            capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    dataset = Dataset()
    dataset.parse(data=result.stdout, format="json-ld")
    named = [g for g in dataset.graphs() if len(g) and "/article/" in str(g.identifier)]
    assert len(named) == len(NEWS)


@pytest.mark.slow
def test_build_out_on_a_rerun_writes_the_unchanged_graphs_too(built):
    result = kg("build", "news", "--out", "again.nq", "-q", cwd=built)
    assert result.returncode == 0 and "unchanged" in result.stderr
    dataset = Dataset()
    dataset.parse(built / "again.nq", format="nquads")
    assert len([g for g in dataset.graphs() if len(g)]) == len(NEWS)


@pytest.mark.slow
def test_reading_commands_refuse_a_missing_store_and_do_not_create_it(built):
    for args in (["stats"], ["query", "articles"], ["export", "-o", "x.ttl"]):
        result = kg(*args, "--store", "typo-store", cwd=built)
        assert result.returncode == 1 and "no store at typo-store" in result.stderr, args
        assert "Traceback" not in result.stderr
    assert not (built / "typo-store").exists() and not (built / "x.ttl").exists()


@pytest.mark.slow
def test_export_of_a_bad_graph_iri_is_a_usage_error_not_a_traceback(built):
    result = kg("export", "--graph", "not an iri", cwd=built)
    assert result.returncode == 2  # a bad option value, as for kg import --graph
    assert result.stderr.splitlines()[-1].startswith("Error: Invalid value for '--graph'")
    assert "is not an IRI" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_malformed_query_error_is_one_line(built):
    (built / "bad.rq").write_text("SELECT * WHERE {")
    result = kg("query", "bad.rq", cwd=built)
    assert result.returncode == 1
    assert result.stderr.startswith("Error: malformed SPARQL") and result.stderr.count("\n") == 1


@pytest.mark.slow
def test_remove_with_a_too_short_hash_prefix_says_how_many_digits(built):
    result = kg("remove", "abc", cwd=built)
    assert result.returncode == 1 and "at least 6 hex digits" in result.stderr


@pytest.mark.slow
def test_article_without_headline_is_named_by_its_source_on_the_web_pages(built, make_app):
    app = make_app(KG_STORE_LOCATION=str(built / "store"), TESTING=True)
    client = app.test_client()
    csv_text = subprocess.run(
        [sys.executable, "-m", "kg.cli", "query", "articles", "--format", "csv"], cwd=built,
        env={**os.environ, "KG_STORE": str(built / "store")}, capture_output=True, text=True,
        timeout=120).stdout
    row = next(r for r in csv.DictReader(io.StringIO(csv_text)) if r["source"].endswith("short.txt"))
    assert not row["title"]
    page = client.get("/article/" + row["article"].rsplit("/", 1)[-1])
    assert page.status_code == 200
    assert re.search(r'<h1 id="article-title">[^<]*news/short\.txt</h1>', page.get_data(as_text=True))
    entity = client.get("/search?q=Biden").get_data(as_text=True)
    href = re.search(r'href="(/entity/[^"]+)"', entity).group(1)
    articles = re.search(r'id="articles">(.*?)</dd>', client.get(href).get_data(as_text=True), re.S)
    assert "news/short.txt" in articles.group(1)


@pytest.mark.slow
def test_serve_on_a_port_in_use_is_one_line_not_a_traceback(built):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = kg("serve", "--port", str(port), "--query-workers", "0", cwd=built)
    assert result.returncode == 1, result.stderr
    assert "Address already in use" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_serve_of_a_missing_store_is_one_line_not_a_traceback(built):
    result = kg("serve", "--store", "typo-store", "--port", "0", cwd=built)
    assert result.returncode == 1 and "no store at" in result.stderr
    assert "Traceback" not in result.stderr and not (built / "typo-store").exists()


@pytest.mark.slow
def test_a_named_pipe_given_as_input_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "wire.txt"
    os.mkfifo(fifo)  # nobody writes: reading it would block forever
    result = kg("build", str(fifo), "--store", ":memory:", "-q", cwd=tmp_path)
    assert result.returncode == 3
    assert "not a regular file" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_stdin_larger_than_max_bytes_is_refused_like_a_file(tmp_path):
    env = {**os.environ, "KG_STORE": str(tmp_path / "store")}
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", "-", "--max-bytes", "100",
                             "--store", ":memory:", "-q"], input=b"Joe Biden visited Kyiv. " * 20,
                            cwd=tmp_path, env=env, capture_output=True, timeout=120)
    assert result.returncode == 3 and b"stdin: larger than 100 bytes" in result.stderr


@pytest.mark.slow
def test_an_edited_file_rebuilt_from_another_folder_replaces_its_graph(tmp_path):
    (tmp_path / "news").mkdir()
    story = tmp_path / "news" / "story.txt"
    story.write_text("Kenyan President Uhuru Kenyatta visited Nairobi on Monday.\n")
    store = str(tmp_path / "store")
    assert kg("build", "news/story.txt", "--store", store, "--link", "off", "-q",
              cwd=tmp_path).returncode == 0
    story.write_text("Kenyan President Uhuru Kenyatta visited Mombasa on Tuesday.\n")
    again = kg("build", str(story), "--store", store, "--link", "off", "-q", cwd=tmp_path / "news")
    assert again.returncode == 0, again.stderr
    rows = kg("query", "articles", "--format", "csv", "--store", store, cwd=tmp_path).stdout
    assert len(list(csv.DictReader(io.StringIO(rows)))) == 1
    removed = kg("remove", "story.txt", "--store", store, cwd=tmp_path / "news")
    assert removed.returncode == 0, removed.stderr


@pytest.mark.slow
def test_unwritable_or_unknown_output_paths_are_one_line_before_any_work(built):
    export = kg("export", "-o", str(built / "no" / "such" / "x.ttl"), cwd=built)
    assert export.returncode == 1 and "cannot write" in export.stderr
    assert "Traceback" not in export.stderr
    for out, words in ((built / "no" / "x.trig", "no such folder"), (built / "x.weird", "use one of")):
        result = kg("build", "news", "--out", str(out), "-q", cwd=built)
        assert result.returncode == 2 and words in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and "built" not in result.stderr


@pytest.mark.slow
def test_a_page_of_a_query_says_where_the_next_one_starts(built):
    first = kg("query", "who-did-what", "--limit", "1", cwd=built).stdout
    assert first.rstrip().endswith("(rows 1-1; --offset 1 for the next page)")
    second = kg("query", "who-did-what", "--limit", "1", "--offset", "1", cwd=built).stdout
    assert second.rstrip().endswith("(rows 2-2; --offset 2 for the next page)")
    assert first.splitlines()[2] != second.splitlines()[2]
    whole = kg("query", "articles", "--limit", "50", cwd=built).stdout
    assert whole.rstrip().endswith(f"({len(NEWS)} rows)")


@pytest.mark.slow
def test_an_unreachable_url_gets_a_short_reason(tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = kg("build", f"http://127.0.0.1:{port}/story", "--store", ":memory:", "-q", cwd=tmp_path)
    assert result.returncode == 3
    line = next(x for x in result.stderr.splitlines() if "error" in x)
    assert line.endswith("cannot fetch: connection refused"), line


@pytest.mark.slow
def test_import_and_remove_reject_bad_iris_and_pipes_in_one_line(built):
    export = kg("export", "--format", "turtle", "-o", "all.ttl", cwd=built)
    assert export.returncode == 0, export.stderr
    checks = [(["import", "all.ttl", "--store", ":memory:", "--graph", "not an iri"], "is not an IRI"),
              (["remove", "https://w3id.org/newskg/id/article/a b"], "is not an IRI"),
              (["remove", "http://example.org/a b"], "no article in the store matches")]
    fifo = built / "pipe.ttl"
    os.mkfifo(fifo)
    checks.append((["import", str(fifo), "--store", ":memory:"], "not a regular file"))
    for args, words in checks:
        result = kg(*args, cwd=built)
        assert result.returncode in (1, 2) and words in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_an_unreachable_remote_store_is_one_line_for_every_command(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = f"sparql+http://127.0.0.1:{port}/sparql"
    for args in (["stats"], ["query", "articles"], ["export"]):
        result = kg(*args, "--store", store, cwd=tmp_path)
        assert result.returncode == 1, (args, result.stderr)
        assert result.stderr.startswith("Error: cannot reach") and "Traceback" not in result.stderr


def test_construct_answers_come_as_rdf_in_the_asked_syntax_and_tables_refused(tmp_path,
                                                                              runner):
    import json

    import pyoxigraph as ox

    from kg.query import render

    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"), ox.Literal("o"),
                      ox.NamedNode("http://a/g")))
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert "<http://a/s>" in render(store.query(construct), "table")
    assert json.loads(render(store.query(construct), "json"))
    assert "rdf:RDF" in render(store.query(construct), "xml")
    import pytest

    with pytest.raises(ValueError, match="graph, not a table"):
        render(store.query(construct), "csv")
    assert render(store.query("ASK { GRAPH ?g { ?s ?p ?o } }"), "csv").endswith("\n")
    (tmp_path / "q.rq").write_text(construct)
    result = runner.invoke(["query", str(tmp_path / "q.rq"), "--store", ":memory:",
                            "--format", "tsv"])
    assert result.exit_code == 2 and "graph, not a table" in result.output
