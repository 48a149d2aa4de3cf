"""The remote backend against Virtuoso (Debian ``virtuoso-opensource``), as docs/store.md
shows it. Runs where ``virtuoso-t`` is installed; a private instance on free ports."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import open_store

from storetools import free_port, wait_for_sparql

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    shutil.which("virtuoso-t") is None or shutil.which("isql-vt") is None
    or not Path("/etc/virtuoso-opensource-7/virtuoso.ini").exists(),
    reason="needs Debian's virtuoso-opensource")]

ART = "https://w3id.org/newskg/id/article/"


@pytest.fixture()
def virtuoso(tmp_path):
    sql, http = free_port(), free_port()
    ini = Path("/etc/virtuoso-opensource-7/virtuoso.ini").read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{tmp_path}/")
    ini = re.sub(r"(?m)^ServerPort(\s*)= 1111", rf"ServerPort\g<1>= 127.0.0.1:{sql}", ini)
    ini = re.sub(r"(?m)^ServerPort(\s*)= 8890", rf"ServerPort\g<1>= 127.0.0.1:{http}", ini)
    (tmp_path / "virtuoso.ini").write_text(ini)
    proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile",
                             str(tmp_path / "virtuoso.ini")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http}"
    try:
        wait_for_sparql(proc, base + "/sparql", 60, "virtuoso-t")
        grant = subprocess.run(["isql-vt", f"127.0.0.1:{sql}", "dba", "dba",
                                'exec=GRANT SPARQL_UPDATE TO "SPARQL";'],
                               capture_output=True, text=True, timeout=60)
        assert grant.returncode == 0, grant.stdout + grant.stderr
        yield base
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_articles_round_trip_through_virtuoso(virtuoso):
    # Virtuoso's default graph is the union of all graphs: kg's merged graph gets an IRI
    store = open_store(f"sparql+{virtuoso}/sparql?merged")
    store.replace_article(ART + "aaaa01", b'<http://ex/putin> <http://ex/visits> <http://ex/china> .\n'
                          b'<http://ex/putin> <http://ex/says> "hello \\"world\\""@en .\n', "a.txt")
    store.replace_article(ART + "bbbb02", b'<http://ex/putin> <http://ex/meets> <http://ex/xi> .\n',
                          "b.txt")
    store.replace_article(ART + "aaaa03", b'<http://ex/putin> <http://ex/says> "changed" .\n',
                          "a.txt")
    store.flush()
    assert [g for g in store.graphs() if g.startswith(ART)] == [ART + "aaaa03", ART + "bbbb02"]
    answer = store.query("SELECT ?p ?o WHERE { <http://ex/putin> ?p ?o } ORDER BY ?p")
    assert isinstance(answer, ox.QuerySolutions)
    assert [(r["p"].value, str(r["o"])) for r in answer] == [
        ("http://ex/meets", "<http://ex/xi>"), ("http://ex/says", '"changed"')]
    triples = list(store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ART}bbbb02> "
                               "{ ?s ?p ?o } }"))
    assert all(isinstance(t, ox.Triple) for t in triples) and len(triples) == 2
    with pytest.raises(SyntaxError):
        store.query("SELEC nothing")
    assert store.remove_article("a.txt") == [ART + "aaaa03"]
    out = io.BytesIO()
    store.dump(out, "ntriples", graph=ART + "bbbb02")
    assert b"<http://ex/meets>" in out.getvalue()


def test_the_merged_graph_follows_articles_on_virtuoso(virtuoso, tmp_path):
    store = open_store(f"sparql+{virtuoso}/sparql?merged")
    for k in range(4):
        store.replace_article(ART + f"{k:04d}", b'<http://ex/putin> <http://ex/label> "Putin" .\n'
                              + f'<http://ex/only{k}> <http://ex/label> "only {k}" .\n'.encode(),
                              f"{k}.txt")
    store.flush()
    rows = store.query("SELECT ?l WHERE { <http://ex/putin> <http://ex/label> ?l }")
    assert [r["l"].value for r in rows] == ["Putin"]  # once, not four times
    assert len(store) == 1 + 4 + 4  # distinct triples: shared label, own labels, markers
    store.remove_article("0.txt")
    assert not bool(store.query("ASK { <http://ex/only0> ?p ?o }"))
    assert bool(store.query("ASK { <http://ex/putin> ?p ?o }"))
    path = tmp_path / "extra.ttl"
    path.write_text('<http://ex/imported> <http://ex/label> "imported" .')
    store.import_file(path)
    assert bool(store.query("ASK { <http://ex/imported> ?p ?o }"))
    store.remove_article(str(path))
    assert not bool(store.query("ASK { <http://ex/imported> ?p ?o }"))
