"""`kg build` and friends as a user runs them: real processes, real store on disk."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # every test runs kg build (spaCy) in a subprocess

GOOD = ("BRUSSELS, June 4, 2018 - European Commission President Jean-Claude Juncker "
        "announced new tariffs on American steel on Monday. Germany asked the United States "
        "to reconsider its decision.")
OTHER = ("Japanese Prime Minister Shinzo Abe met Chinese President Xi Jinping in Beijing "
         "on Friday. The two leaders signed a trade agreement.")


def kg(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "KG_STORE": str(cwd / "store")}
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, env=env,
                          input=stdin, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    (root / "good.txt").write_text(GOOD)
    first = kg("build", "good.txt", "--link", "off", cwd=root)
    assert first.returncode == 0, first.stderr
    return root


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_built(workdir):
    bad = workdir / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (bad / "huge.txt").write_text((OTHER + "\n") * 40000)
    (bad / "french.txt").write_text("Le président a annoncé lundi que les troupes quitteraient "
                                    "le pays dans les prochains mois, selon le ministère.")
    (bad / "other.txt").write_text(OTHER)
    url = "http://127.0.0.1:9/unreachable"
    result = kg("build", str(bad), url, "--link", "off", cwd=workdir)
    lines = [l for l in result.stderr.splitlines() if l.startswith("kg: ")]
    for name, level in [("empty.txt", "warning"), ("binary.txt", "error"), ("huge.txt", "error"),
                        ("french.txt", "warning"), (url, "error")]:
        matching = [l for l in lines if name in l]
        assert len(matching) == 1, (name, result.stderr)
        assert matching[0].startswith(f"kg: {level}: ")
    assert result.returncode == 1  # some inputs failed, the rest was built
    assert "built 1 article" in result.stderr
    stats = json.loads(kg("stats", "--json", cwd=workdir).stdout)
    assert stats["articles"] == 2  # the earlier article is still there


def test_nothing_buildable_exits_3_and_loses_nothing(workdir):
    (workdir / "blob.bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = kg("build", "blob.bin.txt", "missing.txt", "--link", "off", cwd=workdir)
    assert result.returncode == 3, result.stderr
    stats = json.loads(kg("stats", "--json", cwd=workdir).stdout)
    assert stats["articles"] >= 1


def test_unknown_option_is_a_usage_error(workdir):
    assert kg("build", "--bogus", cwd=workdir).returncode == 2


def test_rebuilding_the_same_article_is_skipped(workdir):
    result = kg("build", "good.txt", "--link", "off", cwd=workdir)
    assert result.returncode == 0 and "1 unchanged" in result.stderr


def test_stdin_input_is_built(workdir):
    text = "Canadian Prime Minister Justin Trudeau visited Ottawa on Sunday."
    result = kg("build", "-", "--link", "off", cwd=workdir, stdin=text)
    assert result.returncode == 0 and "built 1 article" in result.stderr


def test_exports_keep_graphs_in_trig_and_merge_them_in_turtle(workdir):
    from rdflib import Dataset, Graph

    trig = kg("export", "--format", "trig", cwd=workdir)
    assert trig.returncode == 0, trig.stderr
    dataset = Dataset()
    dataset.parse(data=trig.stdout, format="trig")
    named = [g for g in dataset.graphs() if str(g.identifier).startswith("https://w3id.org/newskg/id/article/")]
    assert len(named) >= 2
    turtle = kg("export", "--format", "turtle", cwd=workdir)
    merged = Graph().parse(data=turtle.stdout, format="turtle")
    assert len(merged) >= max(len(g) for g in named)
    jsonld = kg("export", "--format", "jsonld", cwd=workdir)
    assert json.loads(jsonld.stdout)
    one = kg("export", "--format", "ntriples", "--graph", str(named[0].identifier), cwd=workdir)
    assert len(Graph().parse(data=one.stdout, format="nt")) == len(named[0])
    missing = kg("export", "--graph", "https://w3id.org/newskg/id/article/nope", cwd=workdir)
    assert missing.returncode == 1 and "no article graph" in missing.stderr


def test_query_by_name_prints_a_table_json_or_csv(workdir):
    table = kg("query", "entities-by-type", cwd=workdir)
    assert table.returncode == 0 and "Juncker" in table.stdout
    as_json = json.loads(kg("query", "entities-by-type", "--format", "json", cwd=workdir).stdout)
    assert as_json["head"]["vars"][:2] == ["type", "entity"]
    csv = kg("query", "entities-by-type", "--format", "csv", cwd=workdir).stdout
    assert csv.splitlines()[0].startswith("type,entity,label")
    bad = kg("query", "-", cwd=workdir, stdin="SELECT * WHERE {")
    assert bad.returncode == 1 and "malformed SPARQL" in bad.stderr


def test_build_out_writes_the_built_graphs(workdir):
    (workdir / "third.txt").write_text("Kenyan President Uhuru Kenyatta visited Nairobi.")
    result = kg("build", "third.txt", "--link", "off", "--out", "third.trig", cwd=workdir)
    assert result.returncode == 0, result.stderr
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(workdir / "third.trig", format="trig")
    assert any("Kenyatta" in str(q[2]) for q in dataset.quads((None, None, None, None)))
