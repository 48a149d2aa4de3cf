"""Real backends for the store tests: an ``oxigraph serve`` and a store-owning process,
each on loopback and always stopped."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
import requests

HAVE_OXIGRAPH_SERVER = shutil.which("oxigraph") is not None


EX = "http://example.org/"


def nt(*triples: tuple[str, str, str]) -> bytes:
    """N-Triples of ``(s, p, o)`` names under :data:`EX`; an object ``@name`` is an IRI,
    any other a literal."""
    lines = []
    for s, p, o in triples:
        obj = f"<{EX}{o[1:]}>" if o.startswith("@") else str(ox.Literal(o))
        lines.append(f"<{EX}{s}> <{EX}{p}> {obj} .\n")
    return "".join(lines).encode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_sparql(proc: subprocess.Popen, endpoint: str, seconds: float, name: str) -> None:
    """Until ``endpoint`` answers ``ASK {}`` with 200; fails if ``proc`` exits first (with
    its stderr, when piped) or after ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if requests.get(endpoint, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        assert proc.poll() is None, f"{name} exited: " + (
            proc.stderr.read().decode() if proc.stderr else "")
        assert time.monotonic() < deadline, f"{name} did not start in {seconds:g} s"
        time.sleep(0.1)


@contextmanager
def oxigraph_server(folder: Path) -> Iterator[str]:
    """A fresh ``oxigraph serve`` (PyPI ``oxigraph``) on an ephemeral port: its base URL."""
    port = free_port()
    proc = subprocess.Popen(["oxigraph", "serve", "--location", str(folder),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_sparql(proc, base + "/query", 30, "oxigraph serve")
        yield base
    finally:
        proc.kill()
        proc.wait(timeout=10)


OWNER = """
import sys
from kg.store import open_store
store = open_store(sys.argv[1])
print("ready", flush=True)
sys.stdin.readline()  # hold the store until told to go
store.close()
"""


@contextmanager
def owner_process(location: Path, script: str = OWNER) -> Iterator[subprocess.Popen]:
    """Another process that owns the store directory ``location`` until the block ends."""
    proc = subprocess.Popen([sys.executable, "-c", script, str(location)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "ready", line
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


#: The four backends of the store contract (tests/test_store_contract.py).
BACKENDS = ("memory", "disk", "shared", "remote")


@contextmanager
def backend(kind: str, folder: Path) -> Iterator:
    """An empty kg Store over backend ``kind`` (one of :data:`BACKENDS`), files under
    ``folder``; closed, and its owner or server stopped, when the block ends."""
    from kg.store import open_store

    if kind in ("memory", "disk"):
        opened = open_store(":memory:" if kind == "memory" else str(folder / "store"))
        try:
            yield opened
        finally:
            opened.close()
    elif kind == "shared":
        with owner_process(folder / "store"):
            opened = open_store(str(folder / "store"))
            assert not opened.owns
            try:
                yield opened
            finally:
                opened.close()
    elif kind == "remote":
        with oxigraph_server(folder / "oxi") as base:
            opened = open_store(f"sparql+{base}/query?union-default-graph&gsp=/store")
            try:
                yield opened
            finally:
                opened.close()
    else:
        raise ValueError(f"no backend {kind!r}; one of {BACKENDS}")
