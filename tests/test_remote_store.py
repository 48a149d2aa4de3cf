"""The remote backend against a real ``oxigraph serve`` (PyPI ``oxigraph``) on loopback."""
from __future__ import annotations

import io
import shutil
import time

import pyoxigraph as ox
import pytest
import requests
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.store import RemoteStore, RemoteUnavailable, open_store
from kg.store.remote import parse_location

from storetools import free_port, oxigraph_server

ART = "https://w3id.org/newskg/id/article/"
EX = "http://example.org/"

pytestmark = [pytest.mark.slow,  # starts an oxigraph serve
              pytest.mark.skipif(shutil.which("oxigraph") is None,
                                 reason="needs the PyPI oxigraph server (test extra)")]


@pytest.fixture()
def server(tmp_path):
    """A fresh ``oxigraph serve`` on an ephemeral port; always killed."""
    with oxigraph_server(tmp_path / "oxi") as base:
        yield base


def location(base: str, gsp: bool = True) -> str:
    # The server's default graph is its own; ask for the union like the embedded store.
    return f"sparql+{base}/query?union-default-graph" + ("&gsp=/store" if gsp else "")


def nt(text: str) -> bytes:
    return text.replace("ex:", EX).encode()


def fill(store) -> None:
    store.replace_article(ART + "aaaa01", nt("<ex:putin> <ex:type> <ex:Person> .\n"
                                             "<ex:putin> <ex:visits> <ex:china> .\n"), "a.txt")
    store.replace_article(ART + "bbbb02", nt("<ex:putin> <ex:type> <ex:Person> .\n"
                                             "<ex:putin> <ex:meets> <ex:xi> .\n"), "b.txt")
    store.replace_article(ART + "aaaa03", nt('<ex:putin> <ex:says> "changed" .\n'), "a.txt")


def graphs_of(store) -> dict[str, Graph]:
    """Each named graph of an N-Quads dump, as an rdflib graph (for ``isomorphic``)."""
    out = io.BytesIO()
    store.dump(out, "nquads")
    dataset = Dataset().parse(data=out.getvalue(), format="nquads")
    return {str(g.identifier): Graph().parse(data=g.serialize(format="nt"), format="nt")
            for g in dataset.graphs() if len(g)}


def same_dataset(a, b) -> bool:
    left, right = graphs_of(a), graphs_of(b)
    return bool(left) and left.keys() == right.keys() and all(isomorphic(left[k], right[k]) for k in left)


def test_location_names_the_endpoints():
    parts = parse_location("sparql+http://u:p%40ss@db:3030/ds/query?gsp=/ds/data&timeout=5")
    assert parts["query_url"] == "http://db:3030/ds/query"
    assert parts["update_url"] == "http://db:3030/ds/update"
    assert parts["gsp_url"] == "http://db:3030/ds/data"
    assert parts["query_params"] == [("timeout", "5")]
    assert parts["auth"] == ("u", "p@ss")
    virtuoso = parse_location("sparql+http://db:8890/sparql")
    assert virtuoso["update_url"] == virtuoso["query_url"] == "http://db:8890/sparql"


@pytest.mark.parametrize("gsp", [True, False], ids=["gsp", "update-only"])
def test_remote_store_behaves_like_the_embedded_one(server, gsp):
    remote = open_store(location(server, gsp))
    assert isinstance(remote.backend, RemoteStore)
    local = open_store(":memory:")
    for store in (remote, local):
        fill(store)
        store.flush()
    assert remote.graphs() == local.graphs() == [ART + "aaaa03", ART + "bbbb02"]
    assert len(remote) == len(local)
    query = f"SELECT ?p ?o WHERE {{ <{EX}putin> ?p ?o }} ORDER BY ?p ?o"
    answer = remote.query(query)
    assert isinstance(answer, ox.QuerySolutions)
    assert [(r["p"], r["o"]) for r in answer] == [(r["p"], r["o"]) for r in local.query(query)]
    assert isinstance(remote.query("ASK { ?s ?p ?o }"), ox.QueryBoolean)
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ART}bbbb02> {{ ?s ?p ?o }} }}"
    remote_triples = {str(t) for t in remote.query(construct)}
    assert len(remote_triples) == 3
    assert remote_triples == {str(t) for t in local.query(construct)}
    assert same_dataset(remote, local)
    for store in (remote, local):
        out = io.BytesIO()
        store.dump(out, "turtle")
        store.turtle = Graph().parse(data=out.getvalue(), format="turtle")
    assert isomorphic(remote.turtle, local.turtle)
    assert remote.remove_article("aaaa03") == [ART + "aaaa03"]
    assert remote.graphs() == [ART + "bbbb02"]


def test_article_writes_are_batched_until_flush(server):
    store = open_store(location(server))
    for k in range(20):
        store.replace_article(ART + f"{k:04d}", nt(f'<ex:s{k}> <ex:p> "{k}" .\n'), f"{k}.txt")
    assert store.has_graph(ART + "0007")  # answered from the queue
    raw = requests.get(server + "/query", params={"query": "SELECT (COUNT(*) AS ?n) "
                                                  "{ GRAPH ?g { ?s ?p ?o } }"},
                       headers={"Accept": "application/sparql-results+json"}, timeout=10)
    assert raw.json()["results"]["bindings"][0]["n"]["value"] == "0"  # nothing sent yet
    store.flush()
    assert len(store.graphs()) == 20


def test_kg_import_streams_a_file_to_the_server_in_batches(server, tmp_path, monkeypatch,
                                                           runner):
    import kg.store.remote as remote_module

    monkeypatch.setattr(remote_module, "IMPORT_BATCH", 1000)
    path = tmp_path / "big.nq"
    with open(path, "w") as f:
        for i in range(5000):
            f.write(f"<{EX}s{i}> <{EX}p> \"{i}\" <{EX}g{i % 3}> .\n")
    result = runner.invoke(["import", str(path), "--store", location(server)])
    assert result.exit_code == 0, result.output
    store = open_store(location(server))
    assert store.graphs() == [f"{EX}g0", f"{EX}g1", f"{EX}g2"]
    assert len(store) == 5000


def test_an_unreachable_server_is_a_clear_error():
    port = free_port()
    store = open_store(f"sparql+http://127.0.0.1:{port}/query")
    started = time.monotonic()
    with pytest.raises(RemoteUnavailable, match="cannot reach"):
        store.graphs()
    assert time.monotonic() - started < 10


def test_a_malformed_query_is_a_syntax_error_like_with_the_embedded_store(server):
    store = open_store(location(server))
    with pytest.raises(SyntaxError):
        store.query("SELEC ?s WHERE { ?s ?p ?o }")
    with pytest.raises(SyntaxError):
        store.update("INSERT DAT { <http://a> <http://b> <http://c> }")
    with pytest.raises(SyntaxError):
        open_store(":memory:").query("SELEC ?s WHERE { ?s ?p ?o }")


DATASET_QUERY = "SELECT ?g ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def dataset_rows(answer) -> list[tuple[str, str]]:
    return sorted((r["g"].value if r["g"] is not None else "", r["o"].value) for r in answer)


def test_a_protocol_dataset_reaches_the_server_like_the_embedded_store(server):
    remote = open_store(location(server))  # asks for the union: a dataset must replace it
    local = open_store(":memory:")
    for store in (remote, local):
        fill(store)
        store.flush()
    a, b = ox.NamedNode(ART + "aaaa03"), ox.NamedNode(ART + "bbbb02")
    for dataset in ({"default_graph": [b], "named_graphs": []},
                    {"default_graph": [], "named_graphs": [a]},
                    {"default_graph": [a, b], "named_graphs": [b]}):
        kwargs = dict(dataset, use_default_graph_as_union=False)
        expected = dataset_rows(local.query(DATASET_QUERY, **kwargs))
        assert expected and dataset_rows(remote.query(DATASET_QUERY, **kwargs)) == expected
    with pytest.raises(TypeError):
        remote.query(DATASET_QUERY, default_graph=[ox.BlankNode()])


def test_the_endpoint_over_a_remote_store_takes_default_and_named_graph_uris(server,
                                                                            make_app):
    remote = open_store(location(server))
    fill(remote)
    remote.flush()
    client = make_app(KG_STORE=remote, TESTING=True).test_client()
    json_results = {"Accept": "application/sparql-results+json"}
    r = client.get("/sparql", headers=json_results, query_string={
        "query": f"SELECT ?o WHERE {{ <{EX}putin> ?p ?o }}", "default-graph-uri": ART + "bbbb02"})
    assert r.status_code == 200, r.data
    assert {b["o"]["value"] for b in r.get_json()["results"]["bindings"]} == {
        EX + "Person", EX + "xi"}
    r = client.post("/sparql", headers=json_results, data={
        "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
        "named-graph-uri": ART + "aaaa03"})
    assert r.status_code == 200, r.data
    assert [b["g"]["value"] for b in r.get_json()["results"]["bindings"]] == [ART + "aaaa03"]


def test_a_plain_oxigraph_server_needs_no_union_flag(server):
    """kg keeps its merged graph in the server's default graph and queries it as such,
    so ``oxigraph serve`` as it comes answers kg's queries (no --union-default-graph)."""
    with open_store(f"sparql+{server}/query") as store:
        fill(store)
        store.flush()
        rows = store.query(f"SELECT ?o WHERE {{ <{EX}putin> <{EX}type> ?o }}")
        assert [r["o"].value for r in rows] == [EX + "Person"]  # two articles, one row
    raw = requests.get(server + "/query", params={"query": "SELECT (COUNT(*) AS ?n) "
                                                  "{ ?s ?p ?o }"},
                       headers={"Accept": "application/sparql-results+json"}, timeout=10)
    assert raw.json()["results"]["bindings"][0]["n"]["value"] == "5"  # distinct triples


def test_graphs_another_tool_loaded_are_merged_when_kg_opens_the_store(server, capfd):
    trig = (f"<{ART}aaaa01> {{ <{EX}a> <{EX}p> <{EX}b> . "
            f"<{ART}aaaa01> <https://w3id.org/newskg/ontology#sourceLocation> \"a.txt\" }}")
    requests.post(server + "/store", data=trig.encode(),
                  headers={"Content-Type": "application/trig"}, timeout=10).raise_for_status()
    with open_store(f"sparql+{server}/query", read_only=True) as store:
        assert "no merged graph" in capfd.readouterr().err
        assert len(store) == 0
    with open_store(f"sparql+{server}/query") as store:
        assert "building the merged graph" in capfd.readouterr().err
        assert len(store) == 2
    with open_store(f"sparql+{server}/query") as store:
        assert capfd.readouterr().err == ""  # once


def test_an_answer_that_breaks_off_is_an_unavailable_server_not_a_failed_query():
    """A store's owner that ends while it sends an answer (a build finishing while kg
    serve reads through it) cuts the chunked body short: the client must see the owner
    gone (and ask the next one), not a failed query."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def answer_half() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return  # closed: the test is over
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n90\r\n{\"head\": {}")
            conn.close()

    threading.Thread(target=answer_half, daemon=True).start()
    port = listener.getsockname()[1]
    store = RemoteStore(f"http://127.0.0.1:{port}/query", timeout=10)
    with pytest.raises(RemoteUnavailable, match="broke off"):
        store.query("ASK {}")
    listener.close()
