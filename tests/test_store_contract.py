"""The store contract, over every backend: Oxigraph in memory, a store directory this
process owns, one another process owns (through its loopback service), and a real
``oxigraph serve``. The ``store`` fixture (tests/conftest.py) gives each."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.store import AmbiguousArticle
from kg.store.merged import SOURCE_LOCATION

from storetools import EX, nt

ART = "https://w3id.org/newskg/id/article/"


def n(name: str) -> ox.NamedNode:
    return ox.NamedNode(EX + name)


def quad(s: str, p: str, o, g: str | None) -> ox.Quad:
    obj = o if isinstance(o, (ox.Literal, ox.NamedNode)) else n(o)
    return ox.Quad(n(s), n(p), obj, ox.NamedNode(ART + g) if g else ox.DefaultGraph())


def union_graph(store) -> Graph:
    out = io.BytesIO()
    store.dump(out, "ntriples")
    return Graph().parse(data=out.getvalue(), format="nt")


# -- the contract: query, update, quads, bulk load, graphs, transaction --------------------
def test_a_transaction_lands_whole_in_order(store):
    backend = store.backend
    with backend.transaction() as tx:
        tx.add([quad("a", "p", "b", "g1"), quad("a", "p", "c", "g2")])
    with backend.transaction() as tx:
        tx.drop_graph(ART + "g1")
        tx.update(f"INSERT DATA {{ GRAPH <{ART}g3> {{ <{EX}x> <{EX}p> <{EX}y> }} }}")
        tx.add([quad("a", "p", "d", "g1")])
    backend.flush()
    assert backend.graphs() == [ART + "g1", ART + "g2", ART + "g3"]
    assert [q.object for q in backend.quads(ART + "g1")] == [n("d")]


def test_a_transaction_that_raises_writes_nothing(store):
    backend = store.backend
    with pytest.raises(RuntimeError):
        with backend.transaction() as tx:
            tx.add([quad("a", "p", "b", "g1")])
            raise RuntimeError("changed my mind")
    backend.flush()
    assert backend.graphs() == []


def test_queries_answer_with_pyoxigraph_results_on_every_backend(store):
    backend = store.backend
    with backend.transaction() as tx:
        tx.add([quad("a", "p", "b", "g1"), quad("a", "q", ox.Literal("x"), "g1")])
    rows = backend.query(f"SELECT ?o WHERE {{ GRAPH ?g {{ <{EX}a> ?p ?o }} }} ORDER BY ?o")
    assert isinstance(rows, ox.QuerySolutions)
    assert [r["o"] for r in rows] == [n("b"), ox.Literal("x")]  # IRIs sort first
    assert isinstance(backend.query("ASK { GRAPH ?g { ?s ?p ?o } }"), ox.QueryBoolean)
    triples = list(backend.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert all(isinstance(t, ox.Triple) for t in triples) and len(triples) == 2
    with pytest.raises(SyntaxError):
        backend.query("SELEC ?s WHERE { ?s ?p ?o }")
    with pytest.raises(SyntaxError):
        backend.update("INSERT DAT { <http://a> <http://b> <http://c> }")


def test_quads_come_back_as_they_went_in(store):
    tricky = [ox.Literal("Zürich \"quoted\"\nnew line"), ox.Literal("Moskva", language="ru"),
              ox.Literal("2016-03-15", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
              ox.Literal("0.85", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))]
    quads = [quad("s", f"p{i}", value, "g") for i, value in enumerate(tricky)]
    with store.backend.transaction() as tx:
        tx.add(quads)
    assert sorted(map(str, store.backend.quads(ART + "g"))) == sorted(map(str, quads))
    assert store.backend.count(ART + "g") == len(quads)
    assert store.backend.has_graph(ART + "g") and not store.backend.has_graph(ART + "none")


def test_bulk_load_takes_files_and_streams_of_quads(store, tmp_path):
    path = tmp_path / "data.trig"
    path.write_text(f"@prefix ex: <{EX}> . <{ART}g1> {{ ex:a ex:p ex:b }} ex:a ex:p ex:c .")
    store.backend.bulk_load(path, to_graph=ART + "g0")
    store.backend.bulk_load(quad("a", "p", f"x{i}", "g2") for i in range(2500))
    assert store.backend.graphs() == [ART + "g0", ART + "g1", ART + "g2"]
    assert store.backend.count(ART + "g2") == 2500


# -- shared functions over the contract --------------------------------------------------
def test_changed_article_replaces_its_older_graph_in_one_step(store):
    store.replace_article(ART + "aaaa01", nt(("x", "says", "old")), "news/one.txt")
    store.replace_article(ART + "bbbb02", nt(("y", "says", "other")), "news/two.txt")
    store.replace_article(ART + "cccc03", nt(("x", "says", "new")), "news/one.txt")
    assert store.graphs() == [ART + "bbbb02", ART + "cccc03"]
    assert not store.has_graph(ART + "aaaa01")
    says = {r["o"].value for r in store.query(f"SELECT ?o {{ <{EX}x> <{EX}says> ?o }}")}
    assert says == {"new"}
    source = list(store.query(f"SELECT ?s {{ <{ART}cccc03> <{SOURCE_LOCATION}> ?s }}"))
    assert [r["s"].value for r in source] == ["news/one.txt"]


def test_removing_an_article_keeps_the_facts_other_articles_also_assert(store):
    shared = ("putin", "type", "@Person")
    store.replace_article(ART + "aaaa01", nt(shared, ("putin", "visits", "@china")), "a.txt")
    store.replace_article(ART + "bbbb02", nt(shared, ("putin", "meets", "@xi")), "b.txt")
    removed = store.remove_article("a.txt")
    assert removed == [ART + "aaaa01"]
    expected = Graph().parse(data=nt(shared, ("putin", "meets", "@xi")).decode()
                             + f'<{ART}bbbb02> <{SOURCE_LOCATION}> "b.txt" .\n', format="nt")
    assert isomorphic(union_graph(store), expected)


def test_articles_are_found_by_iri_hash_prefix_or_source(store, tmp_path):
    path = tmp_path / "story.txt"
    store.replace_article(ART + "abcdef0123", nt(("a", "p", "1")), str(path.resolve()))
    store.replace_article(ART + "abcdef9999", nt(("b", "p", "2")), "https://news.example/b")
    store.replace_article(ART + "0f0f0f0f0f", nt(("c", "p", "3")), "c.txt")
    with pytest.raises(AmbiguousArticle, match="2 articles"):
        store.remove_article("abcdef")
    assert store.article_graphs("abcdef01") == [ART + "abcdef0123"]
    assert store.article_graphs("https://news.example/b") == [ART + "abcdef9999"]
    assert store.article_graphs(ART + "0f0f0f0f0f") == [ART + "0f0f0f0f0f"]
    with pytest.raises(LookupError, match="no article"):
        store.remove_article("nothing-like-this.txt")
    assert len(store.graphs()) == 3  # failed removals removed nothing


def test_malformed_or_hostile_ntriples_are_refused_and_lose_nothing(store):
    store.replace_article(ART + "aaaa01", nt(("x", "p", "kept")), "a.txt")
    before = len(store)
    hostile = f'<{EX}x> <{EX}p> "y" . }} }} ; DROP ALL ; INSERT DATA {{ GRAPH <{EX}g> {{'
    for bad in (b"<not an iri> <p> .", hostile.encode()):
        with pytest.raises(SyntaxError):
            store.replace_article(ART + "aaaa01", bad, "a.txt")
    assert len(store) == before
    assert store.has_graph(ART + "aaaa01")




def test_re_storing_an_unchanged_article_changes_nothing(store):
    body = nt(("x", "says", "same"))
    store.replace_article(ART + "aaaa01", body, "a.txt")
    store.replace_article(ART + "aaaa01", body, "a.txt")
    store.flush()
    assert store.graphs() == [ART + "aaaa01"] and store.backend.count(ART + "aaaa01") == 2


def test_an_imported_file_is_loaded_once_and_removed_by_its_name(store, tmp_path):
    path = tmp_path / "vocab.ttl"
    path.write_text(f"@prefix ex: <{EX}> . ex:a ex:p ex:b , ex:c .")
    graphs = store.import_file(path)
    assert len(graphs) == 1 and graphs[0].startswith("https://w3id.org/newskg/id/import/")
    assert store.import_file(path) == []  # the marker says it is there
    assert store.remove_article(str(path)) == graphs
    assert store.graphs() == []


def test_exports_merge_shared_triples_and_keep_article_graphs(store):
    shared = ("moscow", "type", "@City")
    for k in range(3):
        store.replace_article(ART + f"{k:04d}aa", nt(shared, (f"e{k}", "in", "@moscow")),
                              f"{k}.txt")
    store.flush()
    turtle = io.BytesIO()
    store.dump(turtle, "turtle")
    assert turtle.getvalue().decode().count("example.org/City") == 1
    trig = io.BytesIO()
    store.dump(trig, "trig")
    dataset = Dataset().parse(data=trig.getvalue(), format="trig")
    assert sorted(str(g.identifier) for g in dataset.graphs() if len(g)) == store.graphs()
    merged = Graph()
    for s, p, o, _g in dataset.quads():
        merged.add((s, p, o))
    assert isomorphic(Graph().parse(data=turtle.getvalue(), format="turtle"), merged)


# -- the merged default graph: each triple once, in step with every write -----------------
def values(store, s: str, p: str) -> list[str]:
    rows = store.query(f"SELECT ?o WHERE {{ <{EX}{s}> <{EX}{p}> ?o }}")
    return sorted(r["o"].value for r in rows)


def about(store, s: str) -> int:
    return len(list(store.query(f"SELECT * WHERE {{ <{EX}{s}> ?p ?o }}")))


def test_an_entity_many_articles_name_is_stated_once(store):
    for k in range(6):
        store.replace_article(ART + f"{k:04d}", nt(("putin", "label", "Vladimir Putin"),
                                                   ("putin", "type", "@Person"),
                                                   (f"fact{k}", "subject", "@putin")), f"{k}.txt")
    assert values(store, "putin", "label") == ["Vladimir Putin"]  # not six times
    assert about(store, "putin") == 2
    rows = store.query(f"SELECT ?f ?l WHERE {{ ?f <{EX}subject> ?e . ?e <{EX}label> ?l }}")
    assert len(list(rows)) == 6  # one row per fact, not 6 x 6
    assert len(store) == 2 + 6 + 6  # distinct triples: entity, facts, source markers


def test_removing_an_article_leaves_no_orphans_and_keeps_what_others_state(store):
    store.replace_article(ART + "aaaa01", nt(("putin", "label", "Putin"), ("putin", "alias", "VVP"),
                                             ("gatilov", "label", "Gatilov")), "a.txt")
    store.replace_article(ART + "bbbb02", nt(("putin", "label", "Putin")), "b.txt")
    store.remove_article("a.txt")
    assert values(store, "putin", "label") == ["Putin"]  # b.txt states it too
    assert values(store, "putin", "alias") == []  # only a.txt said it
    assert about(store, "gatilov") == 0  # named by a.txt alone: gone
    store.remove_article("b.txt")
    assert about(store, "putin") == 0 and len(store) == 0


def test_a_changed_article_takes_its_old_statements_with_it(store):
    store.replace_article(ART + "aaaa01", nt(("x", "says", "old"), ("x", "label", "X")), "a.txt")
    store.replace_article(ART + "bbbb02", nt(("x", "label", "X")), "b.txt")
    store.replace_article(ART + "cccc03", nt(("x", "says", "new"), ("x", "label", "X")), "a.txt")
    assert values(store, "x", "says") == ["new"]
    assert values(store, "x", "label") == ["X"]


def test_graph_writes_and_updates_keep_the_merged_graph_in_step(store):
    g = ART + "gsp"
    store.replace_graph(g, nt(("a", "p", "1")))
    store.add_to_graph(g, nt(("a", "p", "2")))
    assert values(store, "a", "p") == ["1", "2"]
    store.replace_graph(g, nt(("a", "p", "3")))
    assert values(store, "a", "p") == ["3"]
    store.update(f"INSERT DATA {{ GRAPH <{g}> {{ <{EX}a> <{EX}p> \"4\" }} }}")
    assert values(store, "a", "p") == ["3", "4"]
    store.update(f"DELETE WHERE {{ GRAPH <{g}> {{ <{EX}a> <{EX}p> \"3\" }} }}")
    assert values(store, "a", "p") == ["4"]
    store.update(f"INSERT {{ GRAPH ?g {{ <{EX}b> <{EX}p> \"5\" }} }} "
                 f"WHERE {{ GRAPH ?g {{ <{EX}a> ?p ?o }} }}")  # any graph: rebuilt whole
    assert values(store, "b", "p") == ["5"]
    store.update(f"DROP GRAPH <{g}>")
    assert values(store, "a", "p") == [] and len(store) == 0
    store.remove_graph(g)


def test_imports_are_merged_and_removed_like_articles(store, tmp_path):
    path = tmp_path / "more.trig"
    path.write_text(f"@prefix ex: <{EX}> . <{ART}g9> {{ ex:a ex:p \"x\" }} ex:a ex:p \"y\" .")
    store.replace_article(ART + "aaaa01", nt(("a", "p", "x")), "a.txt")
    store.import_file(path)
    assert values(store, "a", "p") == ["x", "y"]
    store.remove_article(str(path))  # its graph of default-graph triples
    assert values(store, "a", "p") == ["x"]
