"""The embedded store: atomicity under concurrent readers, import, streaming export, memory.

What every backend must do is in tests/test_store_contract.py."""
from __future__ import annotations

import io
import threading
import tracemalloc

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.store import ReadOnlyStore, Store, open_store
from kg.store.merged import SOURCE_LOCATION, rebuild_merged

from storetools import EX, nt

ART = "https://w3id.org/newskg/id/article/"


def union_graph(store) -> Graph:
    out = io.BytesIO()
    store.dump(out, "ntriples")
    return Graph().parse(data=out.getvalue(), format="nt")


@pytest.mark.slow
def test_readers_see_the_old_or_the_new_article_never_a_mix(tmp_path):
    store = open_store(str(tmp_path / "store"))
    sizes = {0: 400, 1: 900}
    versions = [nt(*[(f"s{i}", "p", f"v{v}-{i}") for i in range(sizes[v])]) for v in (0, 1)]
    store.replace_article(ART + "v0", versions[0], "same.txt")
    seen: set[int] = set()
    stop = threading.Event()

    def read():
        q = f'SELECT (COUNT(*) AS ?n) {{ ?g <{SOURCE_LOCATION}> "same.txt" . GRAPH ?g {{ ?s ?p ?o }} }}'
        while not stop.is_set():
            seen.add(int(next(iter(store.query(q)))["n"].value))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for k in range(30):
            store.replace_article(ART + f"v{(k + 1) % 2}", versions[(k + 1) % 2], "same.txt")
    finally:
        stop.set()
        reader.join(timeout=30)
    assert seen and seen <= {sizes[0] + 1, sizes[1] + 1}  # +1: the source triple
    store.close()


def test_union_turtle_states_each_shared_triple_once_and_keeps_everything(tmp_path):
    store = open_store(str(tmp_path / "store"))
    shared = ("moscow", "type", "@City")
    for k in range(5):
        store.replace_article(ART + f"{k:04d}aa", nt(shared, (f"e{k}", "in", "@moscow")), f"{k}.txt")
    out = io.BytesIO()
    store.dump(out, "turtle")
    text = out.getvalue().decode()
    assert text.count("example.org/City") == 1
    merged = Graph().parse(data=text, format="turtle")
    dataset = io.BytesIO()
    store.dump(dataset, "nquads")
    expected = Graph()
    for s, p, o, _g in Dataset().parse(data=dataset.getvalue(), format="nquads").quads():
        expected.add((s, p, o))
    assert isomorphic(merged, expected)
    store.close()


@pytest.mark.slow
def test_union_export_holds_no_python_objects_for_the_graph(tmp_path):
    store = open_store(str(tmp_path / "store"))
    quads = (ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(f"{EX}p{i % 7}"),
                     ox.Literal(f"value number {i}"), ox.NamedNode(f"{ART}{i % 50:04d}"))
             for i in range(120_000))
    store.backend.bulk_load(quads)
    rebuild_merged(store.backend)  # the merged graph the union export writes
    sink = open(tmp_path / "out.ttl", "wb")
    tracemalloc.start()
    try:
        store.dump(sink, "turtle")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        sink.close()
    size = (tmp_path / "out.ttl").stat().st_size
    assert size > 3_000_000
    assert peak < 2_000_000, f"{peak} bytes of Python objects for a {size} byte export"
    store.close()


@pytest.mark.parametrize("suffix,data", [
    (".ttl", f"@prefix ex: <{EX}> . ex:a ex:p ex:b , ex:c ."),
    (".nq", f"<{EX}a> <{EX}p> <{EX}b> <{EX}g1> .\n<{EX}a> <{EX}p> <{EX}c> <{EX}g2> .\n"),
    (".trig", f"@prefix ex: <{EX}> . ex:g1 {{ ex:a ex:p ex:b }} ex:a ex:p ex:c ."),
])
def test_import_loads_a_file_once_and_kg_remove_drops_it(tmp_path, suffix, data, runner):
    path = tmp_path / f"data{suffix}"
    path.write_text(data)
    location = str(tmp_path / "store")
    first = runner.invoke(["import", str(path), "--store", location])
    assert first.exit_code == 0, first.output
    again = runner.invoke(["import", str(path), "--store", location])
    assert again.exit_code == 0 and ("skipped" in again.output or suffix == ".nq")
    with open_store(location) as store:
        got = union_graph(store)
        assert len(got.query(f"SELECT * {{ <{EX}a> <{EX}p> ?o }}")) == 2
        graphs = store.graphs()
    if suffix == ".ttl":
        removed = runner.invoke(["remove", str(path), "--store", location])
        assert removed.exit_code == 0, removed.output
        with open_store(location) as store:
            assert len(graphs) == 1 and store.graphs() == []


def test_remove_of_an_unknown_article_is_a_clear_error(tmp_path, runner):
    open_store(str(tmp_path / "s")).close()
    result = runner.invoke(["remove", "no-such.txt", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "no article in the store matches" in result.output
    missing = runner.invoke(["remove", "x", "--store", str(tmp_path / "none")])
    assert missing.exit_code == 1 and "no store at" in missing.output  # not a new empty store


def test_import_of_a_broken_file_is_a_clear_error(tmp_path, runner):
    path = tmp_path / "broken.ttl"
    path.write_text("@prefix ex: <http://ex/> . ex:a ex:p ")
    result = runner.invoke(["import", str(path), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "Error" in result.output and "Traceback" not in result.output


def test_read_only_stores_refuse_writes_and_missing_ones_are_not_created(tmp_path):
    location = tmp_path / "store"
    with pytest.raises(FileNotFoundError):
        open_store(str(location), read_only=True)
    assert not location.exists()
    with open_store(str(location)) as store:
        store.replace_article(ART + "aaaa", nt(("a", "p", "1")), "a.txt")
    with open_store(str(location), read_only=True) as store:
        assert store.has_graph(ART + "aaaa")
        with pytest.raises(ReadOnlyStore):
            store.replace_article(ART + "bbbb", nt(("b", "p", "1")), "b.txt")


def test_store_constructor_still_gives_the_embedded_store(tmp_path):
    memory = Store()
    memory.replace_graph(f"{EX}g", nt(("a", "p", "1")))
    assert memory.graphs() == [f"{EX}g"] and len(memory) == 1
    assert memory.remove_graph(f"{EX}g") and not memory.remove_graph(f"{EX}g")
    disk = Store(tmp_path / "store")
    disk.replace_graph(f"{EX}g", nt(("a", "p", "1")))
    assert [q.graph_name.value for q in disk.quads(f"{EX}g")] == [f"{EX}g"]
    disk.close()


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


@pytest.mark.slow
def test_memory_stays_flat_while_thousands_of_articles_are_stored(tmp_path):
    store = open_store(str(tmp_path / "store"))
    readings = {}
    for k in range(1800):
        body = "".join(f'<{ART}{k}/m{i}> <{EX}text> "mention {i} of article {k}" .\n'
                       for i in range(150)).encode()
        store.replace_article(f"{ART}{k:08d}", body, f"news/{k}.txt")
        if k in (300, 1799):
            readings[k] = rss_mb()
    store.close()
    # Unflushed, Oxigraph's memtables grow ~0.13 MB an article here (~200 MB by the end).
    assert readings[1799] - readings[300] < 60, readings
