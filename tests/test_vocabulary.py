"""Every term the code emits is declared in the ontology; every built graph passes SHACL."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, URIRef

from kg.pipeline import BuildOptions, build
from kg.store import open_store
from kg.vocab import KG

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

REPO = Path(__file__).resolve().parent.parent
ONTOLOGY = REPO / "ontology"
#: Namespaces other than kg: the code may emit terms of (standard vocabularies).
STANDARD = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#", "http://www.w3.org/ns/prov#", "https://schema.org/",
            "http://www.w3.org/2001/XMLSchema#")

MORE_NEWS = [
    "WASHINGTON, May 2, 2019 (AP) - Defense Secretary Mark Esper said on Tuesday that the "
    "United States will keep a presence at Incirlik Air Base in Turkey. He did not say how "
    "many troops would stay. French President Emmanuel Macron met Angela Merkel in Berlin.",
    "Police arrested three men in Manchester last night after an attack on a mosque, a "
    "spokeswoman for Greater Manchester Police, Jane Doe, said. \"We will not tolerate "
    "hatred,\" she said. The mayor asked residents to stay calm.",
]


@pytest.fixture(scope="module")
def built_store(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("news")
    for seed in (REPO / "seeds").glob("*.txt"):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    for i, text in enumerate(MORE_NEWS):
        (folder / f"more{i}.txt").write_text(text, encoding="utf-8")
    store = open_store(":memory:")
    report = build([str(folder)], options=BuildOptions(progress=False), store=store,
                   nlp=nlp)
    assert len(report.built) == 1 + len(MORE_NEWS), report.summary()
    return store


def ontology_graph() -> Graph:
    graph = Graph()
    for path in sorted(ONTOLOGY.glob("*.ttl")):
        if path.name != "shapes.ttl":
            graph.parse(path, format="turtle")
    return graph


def declared_terms() -> set[URIRef]:
    graph = ontology_graph()
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}


def article_graphs(store) -> list[Graph]:
    graphs = []
    for iri in store.graphs():
        data = ox.serialize((q.triple for q in store.quads(iri)), format=ox.RdfFormat.N_TRIPLES)
        graphs.append(Graph(identifier=URIRef(iri)).parse(data=data, format="nt"))
    return graphs


def emitted_terms(store) -> set[URIRef]:
    terms = set()
    for row in store.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o }"):
        terms.add(URIRef(row["p"].value))
    for row in store.query("SELECT DISTINCT ?c WHERE { ?s a ?c }"):
        terms.add(URIRef(row["c"].value))
    return terms


def test_every_term_in_built_graphs_is_declared_in_the_ontology(built_store):
    declared = declared_terms()
    emitted = emitted_terms(built_store)
    ours = {t for t in emitted if str(t).startswith(str(KG))}
    assert len(ours) > 30  # the graphs really use the vocabulary
    assert ours - declared == set()
    foreign = {t for t in emitted - ours if not str(t).startswith(STANDARD)}
    assert foreign == set()


def test_every_kg_term_in_queries_and_shapes_is_declared():
    declared = {str(t) for t in declared_terms()}
    used = set()
    for path in [*(REPO / "queries").glob("*.rq"), ONTOLOGY / "shapes.ttl"]:
        used |= {str(KG) + name for name in re.findall(r"\bkg:(\w+)", path.read_text())}
    assert used - declared == set()


def test_every_declared_term_has_a_label_and_a_comment():
    from rdflib import RDFS

    graph = ontology_graph()
    for term in declared_terms():
        if str(term).startswith(str(KG)):
            assert graph.value(term, RDFS.label) is not None, term
            assert graph.value(term, RDFS.comment) is not None, term


def test_every_built_article_graph_conforms_to_the_shapes(built_store):
    from pyshacl import validate

    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    graphs = article_graphs(built_store)
    assert len(graphs) == 3
    for graph in graphs:
        conforms, _, text = validate(graph, shacl_graph=shapes, inference="none")
        assert conforms, text[:3000]


def test_shapes_reject_a_fact_without_evidence(built_store):
    from pyshacl import validate

    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    graph = article_graphs(built_store)[0]
    facts = list(graph.subjects(RDF.type, KG.Fact)) or list(graph.subjects(RDF.type, KG.Sentence))
    graph.remove((facts[0], KG.evidence, None))
    graph.remove((facts[0], KG["index"], None))
    conforms, _, _ = validate(graph, shacl_graph=shapes, inference="none")
    assert not conforms


def test_the_vocabulary_is_exactly_what_the_ontology_declares():
    from kg.vocab import KG_NODES

    declared = {str(t)[len(str(KG)):] for t in declared_terms() if str(t).startswith(str(KG))}
    assert set(KG_NODES) == declared
    assert KG.Person == URIRef(str(KG) + "Person")


def test_an_undeclared_term_fails_when_the_module_naming_it_is_imported(tmp_path, monkeypatch):
    import importlib

    (tmp_path / "uses_a_new_term.py").write_text(
        "from kg.vocab import KG\nPROPERTY = KG.undeclaredProperty\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(AttributeError, match="undeclaredProperty"):
        importlib.import_module("uses_a_new_term")


def test_rendering_an_undeclared_relation_is_refused_not_written():
    from datetime import datetime, timezone

    from kg.model import Article, Entity, Extraction, Mention, Relation, Sentence
    from kg.rdf import article_quads

    text = "Ann met Bob."
    ann = Entity("Person:ann", "Person", "Ann", (Mention(0, 3, "Ann", 0),))
    bob = Entity("Person:bob", "Person", "Bob", (Mention(8, 11, "Bob", 0),))
    extraction = Extraction(Article(text, "t", datetime(2024, 1, 1, tzinfo=timezone.utc)),
                            (Sentence(0, 0, 12, text),), (ann, bob),
                            (Relation("Person:ann", "befriends", "Person:bob", 0, 0, 12, 0.9),))
    with pytest.raises(KeyError, match="befriends"):
        article_quads(extraction)
