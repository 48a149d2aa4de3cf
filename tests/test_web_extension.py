"""The endpoint as a Flask extension: app-factory set-up, per-request resources, shutdown."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from flask import Flask

from kg.store import open_store
from kg.web.endpoint import Endpoint
from kg.web.extension import SparqlEndpoint, request_resource


class Resource:
    def __init__(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True


def test_one_extension_object_sets_up_each_app_it_is_given():
    ext = SparqlEndpoint()
    apps = []
    for _ in range(2):
        app = Flask("test")
        app.config["KG_STORE"] = open_store(":memory:")
        app.config["KG_MAX_ROWS"] = 7
        ext.init_app(app)
        apps.append(app)
    try:
        first, second = (a.extensions["kg.endpoint"] for a in apps)
        assert isinstance(first, Endpoint) and first is not second
        assert first.max_rows == 7 and apps[0].config["KG_QUERY_TIMEOUT"] == 30.0
        assert not hasattr(ext, "endpoint"), "the extension keeps no app's state"
    finally:
        for app in apps:
            app.extensions["kg.endpoint"].close()


def test_a_request_resource_is_opened_once_and_closed_with_its_app_context():
    app = Flask("test")
    app.config["KG_STORE"] = open_store(":memory:")
    SparqlEndpoint(app)
    opened = []

    def open_() -> Resource:
        opened.append(Resource())
        return opened[-1]

    try:
        with app.app_context():
            assert request_resource("r", open_) is request_resource("r", open_)
            assert len(opened) == 1 and not opened[0].closed
        assert opened[0].closed
        with app.app_context():
            request_resource("r", open_)
        assert len(opened) == 2 and opened[1].closed
    finally:
        app.extensions["kg.endpoint"].close()


def test_query_workers_left_running_are_stopped_at_interpreter_exit(tmp_path):
    """An app nobody closed: at exit its kept query workers are killed, before the
    atexit handlers registered earlier (here, the check) run."""
    script = textwrap.dedent("""
        import atexit, sys, time
        from pathlib import Path
        from kg.store import open_store
        from kg.web import create_app

        pids = []

        def check():
            for pid in pids:
                try:
                    state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
                except FileNotFoundError:
                    state = "gone"
                print(pid, "alive" if state not in ("Z", "X", "gone") else "stopped")

        atexit.register(check)
        store = open_store(sys.argv[1])  # kept open: its workers are kept between queries
        store.replace_article("https://w3id.org/newskg/id/article/a1",
                              b'<http://ex/a> <http://ex/p> "x" .\\n', "a.txt")
        app = create_app({"KG_STORE": store, "KG_QUERY_WORKERS": 2})
        reply = app.test_client().get("/sparql", query_string={"query": "ASK {?s ?p ?o}"},
                                      headers={"Accept": "application/sparql-results+json"})
        assert reply.status_code == 200, reply.data
        pool = app.extensions["kg.endpoint"].pool
        deadline = time.monotonic() + 10
        while not pool._idle and time.monotonic() < deadline:  # handed back after the reply
            time.sleep(0.01)
        pids.extend(w.spawned.pid for w in pool._idle)
        assert pids, "a kept worker"
    """)
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "store")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    states = [line.split()[1] for line in done.stdout.splitlines()]
    assert states and set(states) == {"stopped"}, done.stdout + done.stderr
