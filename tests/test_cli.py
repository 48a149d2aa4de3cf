"""The ``kg`` command line as a whole: options from the format table, one error
convention, and ``kg query`` against a store owned by a running ``kg serve``."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import click
import pytest
from click.testing import CliRunner

from kg import formats
from kg.cli import main
from kg.store import open_store

KG = "https://w3id.org/newskg/ontology#"
DATA = f"""@prefix kg: <{KG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newskg/id/entity/Q858> a kg:Country ; rdfs:label "Syria"@en .
<https://w3id.org/newskg/id/article/abc/fact/2> a kg:Fact ; kg:confidence 0.5 ;
    kg:subject <https://w3id.org/newskg/id/entity/Q159> .
<https://w3id.org/newskg/id/entity/Q159> a kg:Country ; rdfs:label "Russia"@en .
<https://w3id.org/newskg/id/article/abc/fact/1> a kg:Fact ;
    kg:subject <https://w3id.org/newskg/id/entity/Q858> .
"""
QUERIES = {
    "select": f"SELECT ?label WHERE {{ ?c a <{KG}Country> ; "
              "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label",
    "ask": f"ASK {{ ?c a <{KG}Country> }}",
    "construct": f"CONSTRUCT {{ ?f <{KG}about> ?c }} WHERE {{ ?f <{KG}subject> ?c }}",
    "describe": "DESCRIBE <https://w3id.org/newskg/id/entity/Q858>",
}
ROOT = Path(__file__).resolve().parent.parent


def kg_process(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *args], text=True,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"}, **popen)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """A store directory holding DATA, imported as a user would."""
    root = tmp_path_factory.mktemp("cli")
    (root / "data.ttl").write_text(DATA)
    result = CliRunner().invoke(main, ["import", str(root / "data.ttl"),
                                       "--store", str(root / "store")])
    assert result.exit_code == 0, result.output
    return root / "store"


@pytest.fixture(scope="module")
def served(store_dir):
    """``kg serve`` (a real process on 127.0.0.1) owning ``store_dir``: its base URL."""
    proc = kg_process("serve", "--store", str(store_dir), "--port", "0",
                      "--query-workers", "1", stdout=subprocess.PIPE,
                      stderr=subprocess.STDOUT)
    try:
        text, deadline = "", time.monotonic() + 60
        while time.monotonic() < deadline and "listening on" not in text:
            line = proc.stdout.readline()
            if not line:
                break
            text += line
        found = re.search(r"listening on (http://127\.0\.0\.1:\d+)", text)
        assert found, text
        yield found.group(1)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def expected(form: str) -> set[ox.Triple]:
    """What a CONSTRUCT/DESCRIBE answers over DATA, from Oxigraph in memory."""
    store = ox.Store()
    store.load(DATA.encode(), ox.RdfFormat.TURTLE)
    return set(store.query(QUERIES[form]))


def parse_graph(text: str, fmt: str) -> set[ox.Triple]:
    chosen = formats.get("turtle") if fmt == "table" else formats.by_name(fmt, *formats.RDF_KINDS)
    return {q.triple if isinstance(q, ox.Quad) else q
            for q in ox.parse(text.encode(), format=chosen.ox_format)}


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error: ")]


# -- kg query against a store owned by kg serve -------------------------------------------
QUERY_FORMATS = ("table", *formats.keys(formats.RESULTS, *formats.RDF_KINDS))


@pytest.mark.parametrize("route", ["directory", "sparql+http"])
@pytest.mark.parametrize("form", list(QUERIES))
def test_kg_query_runs_every_form_in_every_format_on_a_store_kg_serve_owns(
        served, store_dir, route, form, runner):
    location = str(store_dir) if route == "directory" else f"sparql+{served}/sparql"
    with open_store(location) as store:
        assert not store.owns  # through the server, not this process
    for fmt in QUERY_FORMATS:
        result = runner.invoke(["query", "-", "--store", location, "--format", fmt],
                               input=QUERIES[form])
        graph_answer = form in ("construct", "describe")
        answers_as = (fmt in ("table", "json", "xml") or formats.by_name(fmt, *formats.RDF_KINDS)
                      if graph_answer else fmt == "table" or formats.by_name(fmt, formats.RESULTS))
        if not answers_as:  # a graph as results, or rows as a graph: said, in one line
            assert result.exit_code == 2, (fmt, result.output)
            assert error_lines(result.stderr) == [result.stderr.splitlines()[-1]]
            continue
        assert result.exit_code == 0, (form, fmt, result.output)
        if graph_answer:
            assert parse_graph(result.stdout, fmt) == expected(form), fmt
        elif form == "select":
            assert "Russia" in result.stdout and "Syria" in result.stdout, fmt
        else:
            assert "true" in result.stdout.lower(), fmt


def test_construct_and_describe_print_the_same_sorted_turtle_through_either_route(
        served, store_dir, runner):
    for form in ("construct", "describe"):
        outputs = [runner.invoke(["query", "-", "--store", location, "--format", "turtle"],
                                 input=QUERIES[form]).stdout
                   for location in (str(store_dir), f"sparql+{served}/sparql")]
        assert outputs[0] == outputs[1] and outputs[0].strip()
        subjects = [line.split()[0] for line in outputs[0].splitlines()
                    if line.startswith("<")]
        assert subjects == sorted(subjects)


# -- exports --------------------------------------------------------------------------------
def test_ntriples_export_is_the_sorted_file(store_dir, tmp_path, runner):
    result = runner.invoke(["export", "--store", str(store_dir), "--format", "ntriples"])
    lines = result.stdout.splitlines()
    assert lines == sorted(lines) and len(lines) >= len(expected_all())  # as LC_ALL=C sort


def test_turtle_export_is_sorted_and_keeps_iris_unescaped(store_dir, served, runner):
    result = runner.invoke(["export", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "\\/" not in text and "<https://w3id.org/newskg/id/article/abc/fact/1>" in text
    subjects = [line.split()[0] for line in text.splitlines() if line.startswith("<")]
    assert subjects == sorted(subjects) and len(subjects) == len(set(subjects))  # once each
    assert parse_graph(text, "turtle") >= set(expected_all())  # (and the import's record)
    again = runner.invoke(["export", "--store", str(store_dir)])
    assert again.stdout == text


def expected_all() -> list[ox.Triple]:
    return [q.triple for q in ox.parse(DATA.encode(), format=ox.RdfFormat.TURTLE)]


def test_a_format_row_added_to_the_table_is_offered_and_written_by_query_and_export(
        monkeypatch, store_dir, served, runner):
    row = formats.Format("lines", "Sorted lines", formats.GRAPH, "text/x-lines",
                         suffixes=(".lines",),
                         write_graph=lambda items: b"".join(f"{t}\n".encode() for t in items))
    monkeypatch.setattr(formats, "TABLE", formats.TABLE + (row,))
    for command in ("query", "export", "import"):
        shown = runner.invoke([command, "--help"]).output
        choices = re.search(r"--format \[([^\]]*)\]", shown).group(1).split("|")
        assert "lines" in choices, command
    export_help = " ".join(runner.invoke(["export", "--help"]).output.split())
    assert "lines (.lines)" in export_help
    exported = runner.invoke(["export", "--store", str(store_dir), "--format", "lines"])
    assert exported.exit_code == 0, exported.output
    lines = exported.stdout.splitlines()
    assert lines == sorted(lines) and set(lines) >= {str(t) for t in expected_all()}
    constructed = runner.invoke(["query", "-", "--store", str(store_dir), "--format",
                                 "lines"], input=QUERIES["construct"])
    assert constructed.exit_code == 0 and len(constructed.stdout.splitlines()) == 2


def test_format_takes_the_names_users_know_as_well_as_the_keys(store_dir, served, runner):
    """``--format ttl`` (or nt, nq, a media type) is the row's key, as ``--out x.ttl`` is."""
    for name, key in (("ttl", "turtle"), ("nt", "ntriples"), ("application/n-quads", "nquads"),
                      ("TriG", "trig")):
        named = runner.invoke(["export", "--store", str(store_dir), "--format", name])
        keyed = runner.invoke(["export", "--store", str(store_dir), "--format", key])
        assert named.exit_code == 0, (name, named.output)
        assert named.stdout == keyed.stdout and named.stdout, name
    json = runner.invoke(["query", "-", "--store", str(store_dir), "--format", "json"],
                         input=QUERIES["select"])
    assert json.exit_code == 0 and '"bindings"' in json.stdout  # the results key wins
    bogus = runner.invoke(["export", "--store", str(store_dir), "--format", "bogus"])
    assert bogus.exit_code == 2 and "'bogus' is not one of" in bogus.output


def test_every_command_help_names_every_format_of_the_table(runner):
    for command, kinds in (("export", formats.RDF_KINDS), ("import", formats.RDF_KINDS),
                           ("query", (formats.RESULTS, *formats.RDF_KINDS))):
        shown = " ".join(runner.invoke([command, "--help"]).output.split())
        for key in formats.keys(*kinds):
            assert key in shown.split("--format", 1)[1], (command, key)


# -- one error convention -------------------------------------------------------------------
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_every_error_is_one_line_with_the_same_prefix(tmp_path, store_dir, served, runner):
    missing = str(tmp_path / "no-store")
    remote_down = f"sparql+http://127.0.0.1:{closed_port()}/sparql"
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix ex: <http://ex/> . ex:a ex:p ")
    cases = [  # (arguments, stdin, exit code)
        (["query", "articles", "--store", missing], None, 1),
        (["export", "--store", missing], None, 1),
        (["stats", "--store", missing], None, 1),
        (["remove", "x", "--store", missing], None, 1),
        (["link", "--store", missing, "--mode", "offline"], None, 1),
        (["query", "-", "--store", str(store_dir)], "SELECT * WHERE {", 1),
        (["query", "-", "--store", f"sparql+{served}/sparql"], "SELECT * WHERE {", 1),
        (["stats", "--store", remote_down], None, 1),
        (["import", str(broken), "--store", str(tmp_path / "new")], None, 1),
        (["query", "articles", "--store", str(store_dir), "--format", "bogus"], None, 2),
        (["export", "--store", str(store_dir), "--format", "bogus"], None, 2),
        (["import", str(broken), "--format", "bogus"], None, 2),
        (["serve", "--store", missing, "--port", "0"], None, 1),
    ]
    for args, stdin, code in cases:
        result = runner.invoke(args, input=stdin)
        assert result.exit_code == code, (args, result.output)
        assert "Traceback" not in result.output, args
        assert result.exception is None or isinstance(result.exception, SystemExit), args
        lines = result.stderr.splitlines()
        assert error_lines(result.stderr) == [lines[-1]], (args, result.stderr)
    assert "malformed SPARQL" in runner.invoke(
        ["query", "-", "--store", str(store_dir)], input="SELECT * WHERE {").stderr


def test_serve_start_up_errors_have_the_same_prefix(store_dir):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = kg_process("serve", "--store", ":memory:", "--port",
                          str(taken.getsockname()[1]), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert error_lines(err) == [err.splitlines()[-1]] and "cannot listen" in err


# -- help and start-up ----------------------------------------------------------------------
def test_date_shows_its_format_as_metavar(runner):
    shown = runner.invoke(["build", "--help"]).output
    assert "--date YYYY-MM-DD" in shown and "%Y" not in shown


def test_kg_help_loads_neither_spacy_nor_flask():
    """The reason kg/cli/build.py, serve.py and evaluate.py import those in their bodies."""
    probe = subprocess.run([sys.executable, "-c", "import sys, kg.cli; "
                            "print(sorted({'spacy', 'flask'} & set(sys.modules)))"],
                           capture_output=True, text=True, timeout=60, check=True)
    assert probe.stdout.strip() == "[]"


def test_only_the_cli_package_imports_click():
    pattern = re.compile(r"^\s*(import click|from click)", re.MULTILINE)
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "kg").rglob("*.py")
                 if "cli" not in p.relative_to(ROOT / "kg").parts
                 and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_python_dash_m_kg_cli_is_the_kg_command():
    result = subprocess.run([sys.executable, "-m", "kg.cli", "--help"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("Usage: kg ")


def test_the_readme_command_table_names_real_commands_options_and_formats():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Commands", 1)[1].split("\n\n", 2)[1]
    rows = [line for line in table.splitlines() if line.startswith("| `kg ")]
    named = set()
    for row in rows:
        for usage in re.findall(r"`(kg [^`]*)`", row.split(" | ")[0]):
            words = usage.split()
            path = [w for w in words[1:3] if re.fullmatch(r"[a-z][a-z-]*", w)]
            command = main
            for word in path:
                if not isinstance(command, click.Group) or word not in command.commands:
                    break
                command = command.commands[word]
                named.add(word)
            options = {o for p in command.params for o in getattr(p, "opts", [])}
            for option in re.findall(r"(--[a-z-]+)", usage):
                assert option in options, (usage, option)
            listed = re.search(r"--format ([a-z0-9|\\]+)", usage)
            if listed and words[1] in ("export", "import"):
                assert listed.group(1).replace("\\", "").split("|") == \
                    list(formats.keys(*formats.RDF_KINDS)), usage
    assert named >= set(main.commands)
