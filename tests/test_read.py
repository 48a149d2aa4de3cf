"""Reading inputs: formats, metadata, and clear problems for bad input."""
from __future__ import annotations

import http.server
import io
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from kg.model import Article
from kg.read import InputProblem, ReadOptions, read_inputs, read_url

ENGLISH = ("The government announced on Monday that it would raise taxes on fuel, "
           "and the opposition said it would fight the plan in parliament.")


def one(items):
    items = list(items)
    assert len(items) == 1
    return items[0]


def test_plain_text_file_becomes_an_article_with_its_first_line_as_title(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Minister quits over fuel taxes\n\n" + ENGLISH)
    article = one(read_inputs([str(path)]))
    assert isinstance(article, Article)
    assert article.title == "Minister quits over fuel taxes"
    assert article.source == str(path)
    assert len(article.content_hash) == 64


def test_folder_is_read_recursively_in_sorted_order_skipping_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.md").write_text("# Second\n\n" + ENGLISH)
    (tmp_path / "1.txt").write_text(ENGLISH)
    (tmp_path / "notes.csv").write_text("a,b\n")
    sources = [a.source for a in read_inputs([str(tmp_path)])]
    assert sources == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.md")]


def test_markdown_front_matter_gives_title_and_date_and_markup_is_removed(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Fuel taxes\ndate: 2021-05-04\n---\n# Heading\n\n"
                    "The **government** said [on Monday](http://x) that " + ENGLISH)
    article = one(read_inputs([str(path)]))
    assert article.title == "Fuel taxes"
    assert article.published == date(2021, 5, 4)
    assert "**" not in article.text and "http://x" not in article.text
    assert "The government said on Monday" in article.text


def test_quoted_front_matter_values_are_read_as_yaml_reads_them(tmp_path):
    """Jekyll and Hugo quote titles with escapes: the title keeps the letters they stand for."""
    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "Igor Matovi\\u010d says \\"no\\""\n'
                    "date: '2020-12-21'\nsummary: 'It''s done'\n---\n" + ENGLISH)
    article = one(read_inputs([str(path)]))
    assert article.title == 'Igor Matovi\u010d says "no"'
    assert article.published == date(2020, 12, 21)


def test_html_boilerplate_is_stripped_and_metadata_read(tmp_path):
    nav = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(20))
    body = "".join(f"<p>{ENGLISH} Paragraph {i} adds more detail about the plan.</p>"
                   for i in range(5))
    path = tmp_path / "a.html"
    path.write_text(f"<html><head><title>Fuel | Site</title>"
                    f"<meta property='article:published_time' content='2020-01-02T10:00:00Z'>"
                    f"</head><body><nav><ul>{nav}</ul></nav><article>{body}</article>"
                    f"<footer>Copyright 2020 Site. All rights reserved.</footer></body></html>")
    article = one(read_inputs([str(path)]))
    assert article.published == date(2020, 1, 2)
    assert article.title == "Fuel | Site"
    assert "Paragraph 4" in article.text
    assert "Section 3" not in article.text and "<p>" not in article.text


def test_dateline_gives_publication_date_and_override_wins(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("LONDON, March 3, 2019 (Reuters) - " + ENGLISH)
    assert one(read_inputs([str(path)])).published == date(2019, 3, 3)
    forced = one(read_inputs([str(path)], ReadOptions(published=date(2020, 1, 1))))
    assert forced.published == date(2020, 1, 1)


def test_stdin_is_read_with_dash(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode())))
    article = one(read_inputs(["-"]))
    assert article.source == "stdin" and article.text == ENGLISH


@pytest.mark.parametrize("name, content, fatal, words", [
    ("empty.txt", b"   \n\n", False, "empty"),
    ("blob.txt", bytes(range(256)) * 40, True, "binary"),
    ("latin.txt", "Le gouvernement a annoncé lundi qu'il augmenterait les taxes sur le "
                  "carburant, et l'opposition a déclaré qu'elle combattrait ce projet.".encode(),
     False, "not English"),
    ("cjk.txt", "政府周一宣布将提高燃油税，反对派表示将在议会反对这一计划。".encode(), False, "not English"),
])
def test_bad_files_give_a_problem_naming_the_input(tmp_path, name, content, fatal, words):
    path = tmp_path / name
    path.write_bytes(content)
    problem = one(read_inputs([str(path)]))
    assert isinstance(problem, InputProblem)
    assert problem.source == str(path) and words in problem.message
    assert problem.fatal is fatal
    assert "\n" not in str(problem)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text((ENGLISH + "\n") * 40000)  # about 5 MB
    assert path.stat().st_size > 5_000_000
    problem = one(read_inputs([str(path)]))
    assert isinstance(problem, InputProblem) and "too large" in problem.message
    article = one(read_inputs([str(path)], ReadOptions(max_bytes=10_000_000)))
    assert isinstance(article, Article)


def test_missing_path_is_a_problem(tmp_path):
    problem = one(read_inputs([str(tmp_path / "nope.txt")]))
    assert isinstance(problem, InputProblem) and "no such file" in problem.message


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server API)
        if self.path == "/article":
            body = f"<html><head><title>T</title></head><body><p>{ENGLISH}</p></body></html>"
            self._send(200, "text/html; charset=utf-8", body.encode())
        elif self.path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100))
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status, kind, body):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def pages():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_url_is_fetched_and_stripped(pages):
    article = read_url(pages + "/article")
    assert isinstance(article, Article)
    assert article.text.strip() == ENGLISH and article.source == pages + "/article"


@pytest.mark.parametrize("path, words", [("/missing", "HTTP 404"), ("/image", "not a text")])
def test_bad_urls_give_problems(pages, path, words):
    problem = read_url(pages + path)
    assert isinstance(problem, InputProblem) and words in problem.message


def test_unreachable_url_fails_fast_with_a_problem():
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    problem = read_url("http://127.0.0.1:9/news")
    assert isinstance(problem, InputProblem) and "cannot fetch" in problem.message
