"""A ``kg build`` killed with SIGKILL half-way loses only the articles it had not stored,
and the next build finishes the rest."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store import open_store
from kg.store.service import read_info
from kg.store.shared import connect

from store_articles import same_graphs, stable_graphs, write_articles

pytestmark = pytest.mark.slow  # kills and reruns real builds

N_ARTICLES = 480  # more than two of the build's batches (kg.pipeline.WRITE_ARTICLES)


def kg_build(folder: Path, store: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(folder), "--store",
                             str(store), "--link", "off", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_for_owner(store: Path, pid: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        info = read_info(store)
        if info is not None and info.pid == pid:
            return
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the build never opened its store"
        time.sleep(0.02)


def children_of(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_build_killed_half_way_keeps_every_stored_article_and_the_next_finishes(nlp, tmp_path):
    from kg.pipeline import BuildOptions, build

    folder = tmp_path / "news"
    write_articles(folder, N_ARTICLES)
    reference_store = open_store(":memory:")
    build([str(folder)], store=reference_store, nlp=nlp,
          options=BuildOptions(link="off", progress=False))
    reference = stable_graphs(reference_store)
    assert len(reference) == N_ARTICLES

    location = tmp_path / "store"
    proc = kg_build(folder, location)
    try:
        wait_for_owner(location, proc.pid, proc)
        # Watch the build through its own store service: we never open the directory.
        watcher = connect(location, read_only=True)
        deadline = time.monotonic() + 120
        while len(watcher.graphs()) < 20:
            assert proc.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        workers = children_of(proc.pid)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # its build workers notice and end (they had waited for ever on their own pipes)
    assert workers, "the build had no worker process"
    deadline = time.monotonic() + 60
    while any(alive(pid) for pid in workers):
        assert time.monotonic() < deadline, "a worker outlived its killed build"
        time.sleep(0.1)

    with open_store(str(location), read_only=True) as store:
        survived = stable_graphs(store)
    assert 20 <= len(survived) < N_ARTICLES
    assert same_graphs(survived, {k: reference[k] for k in survived})  # each one whole

    again = kg_build(folder, location)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert f"built {N_ARTICLES - len(survived)} article(s)" in err
    assert f"{len(survived)} unchanged" in err
    with open_store(str(location), read_only=True) as store:
        assert same_graphs(stable_graphs(store), reference)
    assert os.path.isdir(location)
