"""``kg serve`` keeps answering while ``kg build`` writes the same store directory,
whichever of the two opened it first."""
from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from kg.store.service import read_info

from store_articles import write_articles

pytestmark = pytest.mark.slow  # kg serve and kg build in subprocesses

COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a <https://w3id.org/newskg/ontology#sourceLocation> ?s }"


def kg(*args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", *args], text=True, **popen)


def start_serve(store: Path) -> tuple[subprocess.Popen, str]:
    proc = kg("serve", "--store", str(store), "--port", "0", "--timeout", "20",
              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = proc.stdout.readline()  # "kg endpoint (...) listening on http://127.0.0.1:PORT ..."
    match = re.search(r"listening on (http://\S+)", line)
    assert match, (line, proc.poll())
    return proc, match.group(1)


def count(base: str) -> int:
    response = requests.post(base + "/sparql", data={"query": COUNT},
                             headers={"Accept": "application/sparql-results+json"}, timeout=15)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def watch(base: str, build: subprocess.Popen, timeout: float = 300) -> list[int]:
    """Query the endpoint until the build ends; every answer must come, and in time."""
    seen = []
    deadline = time.monotonic() + timeout
    while build.poll() is None:
        started = time.monotonic()
        seen.append(count(base))
        assert time.monotonic() - started < 10, "the endpoint stalled while the build wrote"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    return seen


def stop(*procs: subprocess.Popen) -> None:
    for proc in procs:
        if proc is not None and proc.poll() is None:
            proc.kill()
        if proc is not None:
            proc.wait(timeout=30)


def test_the_endpoint_answers_while_a_build_writes_through_it(tmp_path):
    write_articles(tmp_path / "first", 5)
    write_articles(tmp_path / "more", 160, start=5)
    store = tmp_path / "store"
    first = kg("build", str(tmp_path / "first"), "--store", str(store), "--link", "off", "-q",
               stderr=subprocess.PIPE)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    serve = build = None
    try:
        serve, base = start_serve(store)
        assert count(base) == 5
        build = kg("build", str(tmp_path / "more"), "--store", str(store), "--link", "off", "-q",
                   stderr=subprocess.PIPE)
        seen = watch(base, build)
        assert build.returncode == 0, build.stderr.read()
        assert seen == sorted(seen)  # never a step back
        assert len(set(seen)) >= 3, seen  # the endpoint saw the build progress
        assert count(base) == 165
        assert read_info(store).pid == serve.pid  # the server owned the store throughout
    finally:
        stop(build, serve)


def test_a_server_started_during_a_build_outlives_it(tmp_path):
    write_articles(tmp_path / "news", 200)
    store = tmp_path / "store"
    serve = build = None
    try:
        build = kg("build", str(tmp_path / "news"), "--store", str(store), "--link", "off", "-q",
                   stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while (info := read_info(store)) is None or info.pid != build.pid:
            assert build.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
        serve, base = start_serve(store)  # reads through the build's store service
        seen = watch(base, build)
        assert build.returncode == 0, build.stderr.read()
        assert seen and seen == sorted(seen)
        assert count(base) == 200  # the server took the directory over when the build left
        assert read_info(store).pid == serve.pid
    finally:
        stop(build, serve)


def test_an_app_that_cannot_start_releases_the_store_it_opened(tmp_path):
    import pytest

    from kg.store import open_store
    from kg.web import create_app

    location = tmp_path / "store"
    with open_store(str(location)) as store:
        store.replace_article("https://w3id.org/newskg/id/article/a1",
                              b'<http://ex/a> <http://ex/p> "x" .\n', "a.txt")
    for bad in ({"KG_UPDATE_TOKEN": ""}, {"KG_QUERY_WORKERS": "many"}):
        with pytest.raises(ValueError) as failure:  # its traceback keeps create_app's frame
            create_app({"KG_STORE_LOCATION": str(location), **bad})
        owns = subprocess.run(  # another process takes the directory: we let it go
            [sys.executable, "-c", "import sys; from kg.store import open_store; "
             "s = open_store(sys.argv[1]); print(s.owns, len(s.graphs())); s.close()",
             str(location)], capture_output=True, text=True, timeout=60)
        assert owns.stdout.split() == ["True", "1"], owns.stdout + owns.stderr
        del failure
