"""The merged default graph over real builds: each entity stated once, and after any
removal exactly the triples the remaining articles state (no orphans, nothing lost)."""
from __future__ import annotations

import pyoxigraph as ox

from kg.pipeline import BuildOptions, build
from kg.store import LocalStore, local, open_store
from kg.store.merged import rebuild_merged

from store_articles import write_articles

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
MENTIONED_IN = "https://w3id.org/newskg/ontology#mentionedIn"


def triples_of(quads) -> set[str]:
    return {str(q.triple) for q in quads}


def merged_is_the_union_of(store) -> bool:
    """The default graph holds every triple of the article graphs, and nothing else."""
    union = set()
    for graph in store.graphs():
        union |= triples_of(store.quads(graph))
    return triples_of(store.quads(ox.DefaultGraph())) == union


def test_the_merged_graph_is_exactly_what_the_remaining_articles_state(nlp, tmp_path):
    paths = write_articles(tmp_path / "news", 8)  # shared leaders, cities, organisations
    store = open_store(":memory:")
    report = build([str(tmp_path / "news")], store=store, nlp=nlp,
                   options=BuildOptions(link="offline", progress=False))
    assert len(report.built) == 8
    assert merged_is_the_union_of(store)
    # an entity named by several articles has one label in the default graph
    rows = list(store.query(f"SELECT ?e (COUNT(?l) AS ?n) (COUNT(DISTINCT ?a) AS ?articles) "
                            f"WHERE {{ ?e <{RDFS_LABEL}> ?l ; <{MENTIONED_IN}> ?a }} "
                            f"GROUP BY ?e ORDER BY DESC(?articles) LIMIT 1"))
    busiest = rows[0]
    assert int(busiest["articles"].value) >= 3
    labels = list(store.query(f"SELECT ?l WHERE {{ {busiest['e']} <{RDFS_LABEL}> ?l }}"))
    assert len(labels) == len({r["l"].value for r in labels})  # no repeats
    for path in paths[:5]:
        graph = store.article_graphs(str(path))[0]
        only_here = {q.subject for q in store.quads(graph)
                     if q.predicate.value == MENTIONED_IN}
        store.remove_article(str(path))
        assert merged_is_the_union_of(store)
        for entity in only_here:
            still = bool(store.query(f"ASK {{ GRAPH ?g {{ {entity} ?p ?o }} }}"))
            here = bool(store.query(f"ASK {{ {entity} ?p ?o }}"))
            assert here == still  # gone unless another article names it
    store.close()


def test_a_store_without_a_merged_graph_gets_one_when_opened_for_writing(tmp_path, capfd):
    location = tmp_path / "store"
    older = LocalStore(location, serve=False)  # as an older kg left it: article graphs only
    graph = ox.NamedNode("https://w3id.org/newskg/id/article/abc")
    older.bulk_load([ox.Quad(graph, ox.NamedNode("https://w3id.org/newskg/ontology#sourceLocation"),
                             ox.Literal("a.txt"), graph)])
    older.close()
    with open_store(str(location), read_only=True) as store:
        assert len(store) == 0 and "no merged graph" in capfd.readouterr().err
    with open_store(str(location)) as store:
        assert len(store) == 1 and "building the merged graph" in capfd.readouterr().err
        rebuild_merged(store.backend)  # idempotent
        assert len(store) == 1


def test_a_build_ingested_as_files_stores_what_a_transaction_stores(nlp, tmp_path, monkeypatch):
    """The build's batches go into a disk store as sorted files (Oxigraph's bulk loader);
    the store must hold exactly what a transactional load of the same batches holds:
    each article graph, and the merged graph with each shared triple once."""
    write_articles(tmp_path / "news", 8)
    stores = {}
    monkeypatch.setattr(local, "INGEST_MIN_QUADS", 0)  # however few the articles' quads
    for name, limit in (("ingest", local.INGEST_MAX_QUADS), ("transaction", -1)):
        monkeypatch.setattr(local, "INGEST_MAX_QUADS", limit)
        location = tmp_path / name
        build([str(tmp_path / "news")], str(location), nlp=nlp,
              options=BuildOptions(link="offline", progress=False))
        with open_store(str(location), read_only=True) as store:
            assert merged_is_the_union_of(store)
            # the build times differ between the two builds; nothing else may
            stores[name] = {str(q) for q in store.quads(None)
                            if not q.predicate.value.endswith(("#retrievedAt", "AtTime"))}
    assert stores["ingest"] == stores["transaction"]
    assert len(stores["ingest"]) > 1000


def test_nquads_in_pieces_load_as_the_joined_text_would(tmp_path):
    """A build batch is loaded from its articles' N-Quads in turn, not from a joined
    copy: a line cut between two pieces must still be one quad."""
    text = (b'<http://e/x> <http://e/p> "one\\ntwo" <http://e/g> .\n'
            b'<http://e/y> <http://e/p> <http://e/z> .\n'
            b'<http://e/y> <http://e/p> "three"@en <http://e/g> .\n')
    pieces = [text[:20], b"", text[20:61], text[61:62], text[62:]]
    expected = set(ox.parse(text, format=ox.RdfFormat.N_QUADS))
    on_disk = ox.Store(str(tmp_path / "disk"))
    on_disk.bulk_load(local.NQuadsParts(pieces), format=ox.RdfFormat.N_QUADS, lenient=True)
    in_memory = ox.Store()
    in_memory.load(local.NQuadsParts(pieces), format=ox.RdfFormat.N_QUADS, lenient=True)
    assert set(on_disk) == expected == set(in_memory)
    assert len(expected) == 3
