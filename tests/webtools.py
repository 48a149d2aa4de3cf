"""Helpers for the endpoint tests: the fixture store and a live server on 127.0.0.1."""
from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox
import pytest

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


#: The config of the shared ``app`` fixture (tests/conftest.py): Flask's testing mode and
#: a time bound a hung query cannot outlast.
TEST_CONFIG = {"TESTING": True, "KG_QUERY_TIMEOUT": 10}
STORE_KEYS = ("KG_STORE", "KG_STORE_LOCATION", "KG_ENGINE")
#: The ``web_store`` fixture in a store directory (the query workers are long-lived), or
#: in memory (a process forked per query) and in a directory.
on_disk = pytest.mark.parametrize("web_store", ["disk"], indirect=True)
in_memory_and_on_disk = pytest.mark.parametrize("web_store", ["memory", "disk"], indirect=True)


@contextmanager
def opened_app(**config) -> Iterator:
    """``create_app(config)``, over a fresh fixture store unless ``config`` names a store
    (KG_STORE, KG_STORE_LOCATION or KG_ENGINE); when the block ends the endpoint's loop
    and query workers stop, and a store the app or this helper opened is closed."""
    from kg.web import create_app

    made = None
    if all(config.get(key) is None for key in STORE_KEYS):
        made = config["KG_STORE"] = fixture_store()
    try:
        app = create_app(config)
    except BaseException:
        if made is not None:
            made.close()
        raise
    endpoint = app.extensions["kg.endpoint"]
    try:
        yield app
    finally:
        endpoint.close()
        if made is not None or config.get("KG_STORE_LOCATION"):
            endpoint.store.close()


def fixture_labels_of(path: Path = FIXTURE_TRIG) -> list[str]:
    """The distinct rdfs:label values of the fixture, sorted."""
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    return sorted({q.object.value for q in ox.parse(path=str(path), format=ox.RdfFormat.TRIG)
                   if q.predicate.value == label})


def article_iris() -> list[str]:
    return sorted({q.graph_name.value for q in ox.parse(path=str(FIXTURE_TRIG),
                                                        format=ox.RdfFormat.TRIG)})


@contextmanager
def live_server(app, **limits) -> Iterator[str]:
    """Serve ``app`` as ``kg serve`` does (its HTTP front on the endpoint's loop) on an
    ephemeral loopback port; yields the base URL. ``limits``: FrontLimits fields."""
    from kg.web.front import Front, FrontLimits

    endpoint = app.extensions["kg.endpoint"]
    front = Front(endpoint, app, FrontLimits(max_body=app.config["MAX_CONTENT_LENGTH"],
                                             **limits),
                  allowed_hosts=tuple(app.config.get("KG_ALLOWED_HOSTS", ())))
    port = front.start("127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        front.close()
