"""Helpers for the endpoint tests: the fixture store and a live server on 127.0.0.1."""
from __future__ import annotations

import threading
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

WEB_DATA = Path(__file__).resolve().parent / "web_data"
REPO_QUERIES = Path(__file__).resolve().parent.parent / "queries"
FIXTURE_TRIG = WEB_DATA / "articles.trig"
ID = "https://w3id.org/newskg/id/"


def load_trig(store, path: Path = FIXTURE_TRIG) -> dict[str, list[ox.Triple]]:
    """Put every graph of a TriG file into ``store`` through its public API."""
    graphs: dict[str, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(path=str(path), format=ox.RdfFormat.TRIG):
        graphs[quad.graph_name.value].append(quad.triple)
    for iri, triples in graphs.items():
        store.replace_graph(iri, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
    return dict(graphs)


def fixture_store():
    from kg.store import open_store

    store = open_store(":memory:")
    load_trig(store)
    return store


def fixture_labels_of(path: Path = FIXTURE_TRIG) -> list[str]:
    """The distinct rdfs:label values of the fixture, sorted."""
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    return sorted({q.object.value for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG)
                   if q.predicate.value == label})


def article_iris() -> list[str]:
    return sorted({q.graph_name.value for q in ox.parse(path=str(FIXTURE_TRIG),
                                                        format=ox.RdfFormat.TRIG)})


@contextmanager
def live_server(app) -> Iterator[str]:
    """Serve ``app`` with waitress on an ephemeral loopback port; yields the base URL."""
    import waitress

    sockets: dict = {}  # waitress's socket map, so the loop below can poll it
    server = waitress.create_server(app, map=sockets, host="127.0.0.1", port=0, threads=4,
                                    channel_timeout=60)
    stop = threading.Event()

    def loop() -> None:  # server.run() only returns once every socket is gone
        while not stop.is_set():
            server.asyncore.loop(timeout=0.05, map=sockets, use_poll=True, count=1)

    thread = threading.Thread(target=loop, name="kg-test-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}"
    finally:
        stop.set()
        thread.join(timeout=10)
        server.close()
        server.task_dispatcher.shutdown(timeout=5)  # the worker threads
        server.asyncore.close_all(sockets)
