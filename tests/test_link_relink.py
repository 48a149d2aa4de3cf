"""``kg link``: re-linking a built store through SPARQL, without re-extracting."""
from __future__ import annotations

import io
from datetime import datetime, timezone

from click.testing import CliRunner
from rdflib import OWL, Graph, URIRef
from rdflib.compare import isomorphic

from kg.link import make_linker, relink_store
from kg.model import Article, Claim, Entity, Extraction, Link, Mention, Sentence
from kg.rdf import article_graph, to_ntriples
from kg.store import Store
from kg.vocab import WD, entity_iri

NOW = datetime(2024, 1, 1, tzinfo=timezone.utc)
TEXT = "Barack Obama said Russia would leave Syria. Obama spoke in Moscow on Monday."


def _mention(surface: str, occurrence: int = 0, kind: str = "name") -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, 0 if start < 43 else 1, kind)


def extraction() -> Extraction:
    entities = (
        Entity("Person:barack obama", "Person", "Barack Obama",
               (_mention("Barack Obama"), _mention("Obama", 1)), ("Obama",)),
        Entity("Country:russia", "Country", "Russia", (_mention("Russia"),)),
        Entity("Country:syria", "Country", "Syria", (_mention("Syria"),)),
        Entity("Place:moscow", "Place", "Moscow", (_mention("Moscow"),)),
        Entity("Date:monday", "Date", "Monday", (_mention("Monday"),)),
    )
    claims = (Claim("c1", "Person:barack obama", "Russia would leave Syria", 18, 42, 0, 0.9,
                    addressee="Country:syria"),)
    return Extraction(Article(TEXT, "test", NOW), (Sentence(0, 0, 43, TEXT[:43]),
                                                   Sentence(1, 44, len(TEXT), TEXT[44:])),
                      entities, claims=claims)


class NilLinker:
    notes = ()

    def link(self, ex):
        return {e.key: Link(e.key, None, 0.0) for e in ex.entities if e.type != "Date"}


def stored(graph: Graph) -> Store:
    store = Store()
    store.replace_graph(str(graph.identifier), to_ntriples(graph))
    return store


def dumped(store: Store) -> Graph:
    out = io.BytesIO()
    store.dump(out, "ntriples")
    return Graph().parse(data=out.getvalue().decode("utf-8"), format="nt")


def test_relinking_rewrites_iris_and_link_triples_and_round_trips():
    ex = extraction()
    linked = article_graph(ex, make_linker("offline").link(ex), now=NOW)
    unlinked = article_graph(ex, NilLinker().link(ex), now=NOW)
    store = stored(linked)

    summary = relink_store(store, NilLinker())
    assert isomorphic(dumped(store), dumped(stored(unlinked)))
    assert summary.articles == 1 and summary.linked == 0 and summary.changed == 4

    summary = relink_store(store, make_linker("offline"))
    assert isomorphic(dumped(store), dumped(stored(linked)))
    assert summary.linked == 4 and summary.changed == 4
    graph = dumped(store)
    obama = entity_iri("Person:barack obama", "Q76")
    assert (obama, OWL.sameAs, WD["Q76"]) in graph
    # the claim's speaker and addressee follow the re-minted IRIs
    assert any(o == obama for o in graph.objects(None, URIRef(
        "https://w3id.org/newskg/ontology#speaker")))


def test_relinking_with_the_same_linker_changes_nothing():
    ex = extraction()
    linked = article_graph(ex, make_linker("offline").link(ex), now=NOW)
    store = stored(linked)
    before = dumped(store)
    summary = relink_store(store, make_linker("offline"))
    assert summary.changed == 0
    assert isomorphic(dumped(store), before)


def test_link_command_relinks_a_store_on_disk(tmp_path):
    from kg.cli import main

    ex = extraction()
    store = Store(tmp_path / "store")
    graph = article_graph(ex, NilLinker().link(ex), now=NOW)
    store.replace_graph(str(graph.identifier), to_ntriples(graph))
    store.close()
    result = CliRunner().invoke(main, ["link", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "4 linked" in result.output
    store = Store(tmp_path / "store", read_only=True)
    asked = store.query("ASK { ?e <http://www.w3.org/2002/07/owl#sameAs> "
                        "<http://www.wikidata.org/entity/Q159> }")
    assert bool(asked)
    store.close()


def test_link_command_refuses_a_missing_store_without_creating_it(tmp_path):
    from kg.cli import main

    missing = tmp_path / "nope"
    result = CliRunner().invoke(main, ["link", "--store", str(missing)])
    assert result.exit_code == 1 and "no store" in result.output
    assert not missing.exists()


TOLD = ("British officials met their American counterparts in Portland, Oregon, on Monday. "
        "The United Kingdom and the United States said the talks went well. The company "
        "that hosted them, a British bank, said the House of Representatives would be told. "
        "Officials of the United States said the United States would act.")


def test_relinking_a_parsed_article_with_the_same_index_changes_nothing(nlp):
    """What the build linked, ``kg link`` links alike: it reads the article's text back
    (the rules read the words around a name), leaves descriptions ("The company")
    unlinked, and keeps apart the keys that share a linked IRI ("British", "United
    Kingdom")."""
    from kg.pipeline import extract_one

    ex = extract_one(Article(TOLD, "test", NOW), nlp)
    links = make_linker("offline").link(ex)
    assert sum(link.qid is not None for link in links.values()) >= 4
    linked = article_graph(ex, links, now=NOW)
    store = stored(linked)
    summary = relink_store(store, make_linker("offline"))
    assert summary.changed == 0
    assert isomorphic(dumped(store), dumped(stored(linked)))
