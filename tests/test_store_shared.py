"""One store directory, several processes: the owner serves the others on loopback."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from kg.store import LocalStore, RemoteStore, open_store
from kg.store.service import INFO_FILE

ART = "https://w3id.org/newskg/id/article/"

OWNER = """
import sys, time
from kg.store import open_store
store = open_store(sys.argv[1])
store.replace_article("{art}owner", b'<http://ex/a> <http://ex/p> "owner" .\\n', "owner.txt")
print("ready", flush=True)
sys.stdin.readline()  # hold the store until told to go
store.close()
""".format(art=ART)


def start_owner(location: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", OWNER, str(location)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() == "ready", line
    return proc


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


@pytest.mark.slow
def test_a_second_process_reads_and_writes_through_the_owner(tmp_path):
    location = tmp_path / "store"
    owner = start_owner(location)
    try:
        store = open_store(str(location))
        assert isinstance(store.backend.backend, RemoteStore) and not store.owns
        assert store.graphs() == [ART + "owner"]
        store.replace_article(ART + "client", b'<http://ex/b> <http://ex/p> "client" .\n',
                              "client.txt")
        assert store.has_graph(ART + "client")  # queued writes are visible to their writer
        store.flush()
        rows = store.query("SELECT ?o WHERE { ?s <http://ex/p> ?o } ORDER BY ?o")
        assert isinstance(rows, ox.QuerySolutions)
        assert [r["o"].value for r in rows] == ["client", "owner"]
        assert isinstance(store.query("ASK { ?s ?p ?o }"), ox.QueryBoolean)
        assert store.remove_article("client.txt") == [ART + "client"]
        with pytest.raises(SyntaxError):
            store.query("SELEC nothing")
        assert not store.owns  # a bad query is not mistaken for a vanished owner
        store.close()
    finally:
        owner.stdin.write("\n")
        owner.stdin.flush()
        owner.wait(timeout=30)
    assert not (location / INFO_FILE).exists()
    with open_store(str(location)) as store:
        assert store.owns and store.graphs() == [ART + "owner"]


def test_a_protocol_dataset_goes_through_the_owner(tmp_path):
    location = tmp_path / "store"
    owner = start_owner(location)
    try:
        with open_store(str(location)) as store:
            assert not store.owns
            store.replace_article(ART + "client", b'<http://ex/b> <http://ex/p> "client" .\n',
                                  "client.txt")
            store.flush()
            query = "SELECT ?g ?o WHERE { { ?s <http://ex/p> ?o } UNION " \
                    "{ GRAPH ?g { ?s <http://ex/p> ?o } } }"
            rows = store.query(query, use_default_graph_as_union=False,
                               default_graph=[ox.NamedNode(ART + "client")],
                               named_graphs=[ox.NamedNode(ART + "owner")])
            assert sorted((r["g"].value if r["g"] else "", r["o"].value) for r in rows) == [
                ("", "client"), (ART + "owner", "owner")]
    finally:
        stop(owner)


@pytest.mark.slow
def test_a_client_takes_the_store_over_when_the_owner_is_killed(tmp_path):
    location = tmp_path / "store"
    owner = start_owner(location)
    try:
        store = open_store(str(location))
        assert not store.owns
        store.replace_article(ART + "queued", b'<http://ex/q> <http://ex/p> "q" .\n', "q.txt")
    finally:
        owner.send_signal(signal.SIGKILL)
        owner.wait(timeout=10)
    assert (location / INFO_FILE).exists()  # a stale file: its owner died without cleaning up
    assert store.graphs() == [ART + "owner", ART + "queued"]  # queued write replayed
    assert store.owns
    store.close()


def test_the_owner_service_wants_its_token(tmp_path):
    location = tmp_path / "store"
    store = open_store(str(location))
    try:
        info = json.loads((location / INFO_FILE).read_text())
        assert oct((location / INFO_FILE).stat().st_mode & 0o777) == "0o600"
        url = info["url"] + "/query"
        data = {"query": "SELECT * { ?s ?p ?o }"}
        assert requests.post(url, data=data, timeout=10).status_code == 401
        bad = {"Authorization": "Bearer nope"}
        assert requests.post(url, data=data, headers=bad, timeout=10).status_code == 401
        good = {"Authorization": f"Bearer {info['token']}"}
        assert requests.post(url, data=data, headers=good, timeout=10).status_code == 200
        broken = requests.post(url, data={"query": "SELEC nothing"}, headers=good, timeout=10)
        assert broken.status_code == 400
    finally:
        store.close()


def test_two_opens_in_one_process_share_the_handle(tmp_path):
    first = open_store(str(tmp_path / "store"))
    second = open_store(str(tmp_path / "store"))
    assert isinstance(first.backend.backend, LocalStore) and isinstance(second.backend.backend, LocalStore)
    first.replace_article(ART + "x", b'<http://ex/x> <http://ex/p> "x" .\n', "x.txt")
    first.close()
    assert second.has_graph(ART + "x")
    second.close()


@pytest.mark.slow
def test_a_store_locked_by_a_silent_process_is_a_clear_error(tmp_path, monkeypatch):
    import kg.store.shared as shared

    location = tmp_path / "store"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.readline()", str(location)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        monkeypatch.setattr(shared, "CONNECT_TIMEOUT", 1.0)
        started = time.monotonic()
        with pytest.raises(shared.StoreBusy, match="does not answer"):
            shared.connect(location, read_only=True, timeout=1.0)
        assert time.monotonic() - started < 10
    finally:
        stop(holder)
    assert os.path.isdir(location)
