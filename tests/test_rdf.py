"""Extraction -> RDF: the exact triples of a small article graph."""
from __future__ import annotations

from datetime import datetime, timezone

from rdflib import Graph
from rdflib.compare import isomorphic, graph_diff

from kg import __version__
from kg.model import Article, Entity, Extraction, Link, Mention, Relation, Sentence
from kg.rdf import article_graph
from kg.vocab import article_graph_iri, entity_iri

TEXT = "Merkel visited Paris."
NOW = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


def small_extraction(modality: str = "asserted") -> Extraction:
    article = Article(TEXT, "/news/a.txt", NOW)
    merkel = Entity("Person:merkel", "Person", "Merkel", (Mention(0, 6, "Merkel", 0),))
    paris = Entity("Place:paris", "Place", "Paris", (Mention(15, 20, "Paris", 0),))
    fact = Relation("Person:merkel", "visits", "Place:paris", 0, 0, 21, 0.9, lemma="visit",
                    modality=modality)
    return Extraction(article, (Sentence(0, 0, 21, TEXT),), (merkel, paris), (fact,))


def expected_turtle(modality: str, direct: str) -> str:
    h = Article(TEXT, "/news/a.txt", NOW).content_hash
    a = article_graph_iri(h)
    merkel, paris = entity_iri("Person:merkel", "Q567"), entity_iri("Place:paris")
    agent = f"kg {__version__}"
    return f"""
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<{a}> a kg:Article ; kg:contentHash "{h}" ; kg:sourceLocation "/news/a.txt" ;
    kg:retrievedAt "2024-01-02T03:04:05+00:00"^^xsd:dateTime ; kg:language "en" ;
    kg:text "{TEXT}" ; prov:wasGeneratedBy <{a}/run/extraction> ;
    kg:sentence <{a}/sentence/0> .
<{a}/run/extraction> a kg:ExtractionRun ; prov:wasAssociatedWith <AGENT> ;
    prov:endedAtTime "2024-01-02T03:04:05+00:00"^^xsd:dateTime .
<AGENT> a kg:Extractor ; rdfs:label "{agent}" ; kg:extractorVersion "{agent}" .
<{a}/sentence/0> a kg:Sentence ; kg:index 0 ; kg:text "{TEXT}" ; kg:startChar 0 ;
    kg:endChar 21 ; kg:inArticle <{a}> .
<{merkel}> a kg:Person ; rdfs:label "Merkel" ; kg:identityKey "Person:merkel" ;
    kg:mentionedIn <{a}> ; owl:sameAs <http://www.wikidata.org/entity/Q567> ;
    kg:wikidataScore 0.870 ; kg:wikidataCandidate <http://www.wikidata.org/entity/Q1> {direct} .
<{paris}> a kg:Place ; rdfs:label "Paris" ; kg:identityKey "Place:paris" ; kg:mentionedIn <{a}> .
<{a}/mention/0> a kg:Mention ; kg:refersTo <{merkel}> ; kg:text "Merkel" ; kg:startChar 0 ;
    kg:endChar 6 ; kg:inSentence <{a}/sentence/0> ; kg:mentionKind "name" .
<{a}/mention/1> a kg:Mention ; kg:refersTo <{paris}> ; kg:text "Paris" ; kg:startChar 15 ;
    kg:endChar 20 ; kg:inSentence <{a}/sentence/0> ; kg:mentionKind "name" .
<{a}/fact/0> a kg:Fact ; rdf:subject <{merkel}> ; rdf:predicate kg:visits ;
    rdf:object <{paris}> ; kg:lemma "visit" ; kg:polarity "positive" ;
    kg:modality "{modality}" ; kg:evidence <{a}/sentence/0> ; kg:inArticle <{a}> ;
    kg:startChar 0 ; kg:endChar 21 ; kg:confidence 0.900 .
"""


def _graph(turtle: str, agent_iri: str) -> Graph:
    return Graph().parse(data=turtle.replace("<AGENT>", f"<{agent_iri}>"), format="turtle")


def built(modality: str) -> Graph:
    links = {"Person:merkel": Link("Person:merkel", "Q567", 0.87, (("Q567", 0.87), ("Q1", 0.2)))}
    return article_graph(small_extraction(modality), links, now=NOW)


def test_article_graph_has_provenance_entities_mentions_and_reified_fact():
    graph = built("asserted")
    from kg.vocab import extractor_iri
    expected = _graph(expected_turtle("asserted", "; kg:visits <%s>" % entity_iri("Place:paris")),
                      str(extractor_iri(f"kg {__version__}")))
    _, missing, extra = graph_diff(expected, graph)
    assert isomorphic(graph, expected), (sorted(missing), sorted(extra))


def test_reported_fact_is_not_asserted_as_a_plain_triple():
    graph = built("reported")
    from kg.vocab import extractor_iri
    expected = _graph(expected_turtle("reported", ""), str(extractor_iri(f"kg {__version__}")))
    assert isomorphic(graph, expected)


def test_graph_identifier_is_the_article_iri_from_content_hash():
    graph = built("asserted")
    again = article_graph(small_extraction(), now=NOW)
    assert graph.identifier == again.identifier
    assert str(graph.identifier).startswith("https://w3id.org/newskg/id/article/")


def test_entity_iris_come_from_identity_not_surface_text():
    iri = str(entity_iri("Person:vladimir putin"))
    assert "putin" not in iri.lower()
    assert str(entity_iri("Person:vladimir putin", "Q7747")).endswith("/entity/Q7747")


def test_resolved_times_land_on_their_date_entity_and_repeated_events_are_linked():
    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.model import Event, TimeExpression
    from kg.vocab import KG, local_iri

    text = "Troops left last night. The withdrawal ended."
    article = Article(text, "/news/b.txt", NOW)
    night = Entity("Date:last night", "Date", "last night", (Mention(12, 22, "last night", 0),))
    when = TimeExpression("last night", 12, 22, "2024-01-01", "day")
    first = Event("e1", "Withdrawal", "left", 7, 11, 0, 0.8, time=when)
    again = Event("e2", "Withdrawal", "withdrawal", 28, 38, 1, 0.7, same_as="e1")
    extraction = Extraction(article, (Sentence(0, 0, 23, text[:23]), Sentence(1, 24, 45, text[24:])),
                            (night,), events=(first, again), times=(when,))
    graph = article_graph(extraction, now=NOW)
    h = article.content_hash
    dates = list(graph.objects(None, KG.dateValue))
    assert dates == [Literal("2024-01-01", datatype=XSD.date)]
    assert (local_iri(h, "event", "e2"), KG.sameEventAs, local_iri(h, "event", "e1")) in graph
    assert (local_iri(h, "event", "e1"), KG.date, Literal("2024-01-01", datatype=XSD.date)) in graph
    assert (local_iri(h, "event", "e1"), KG.datePrecision, Literal("day")) in graph
    assert set(graph.subject_objects(KG.datePrecision)) >= {
        (s, Literal("day")) for s in graph.subjects(KG.dateValue, None)}


def test_descriptions_quantities_fact_times_and_denials_are_stated_and_conform():
    """The extraction boundary's participants that are not names, and the attributes of
    facts and claims, reach the graph, declared and valid against the shapes."""
    from pathlib import Path

    from pyshacl import validate
    from rdflib import Literal
    from rdflib.namespace import RDF, XSD

    from kg.model import Claim, TimeExpression
    from kg.vocab import KG, local_iri

    text = "A gunman killed two people on Monday. He denied it."
    article = Article(text, "/news/c.txt", NOW)
    gunman = Entity("Person:a gunman", "Person", "a gunman", (Mention(0, 8, "A gunman", 0),),
                    kind="description")
    people = Entity("Group:two people", "Group", "two people",
                    (Mention(16, 26, "two people", 0),), kind="description", value=2.0,
                    unit="person")
    monday = TimeExpression("on Monday", 27, 36, "2023-12-31", "day")
    fact = Relation("Person:a gunman", "defeats", "Group:two people", 0, 0, 37, 0.8,
                    lemma="kill", frame="kill.01", time=monday)
    denial = Claim("c0", "Person:a gunman", "it", 48, 50, 1, 0.7, polarity="negative",
                   lemma="deny")
    extraction = Extraction(article, (Sentence(0, 0, 37, text[:37]), Sentence(1, 38, 51, text[38:])),
                            (gunman, people), (fact,), claims=(denial,), times=(monday,))
    graph = article_graph(extraction, now=NOW)
    h = article.content_hash
    # descriptions are nodes of this article only, never shared by their surface text
    gunman_iri = entity_iri(f"Person:a gunman@{h}")
    people_iri = entity_iri(f"Group:two people@{h}")
    assert (gunman_iri, RDF.type, KG.Description) in graph
    assert (people_iri, KG.quantityValue, Literal("2", datatype=XSD.decimal)) in graph
    assert (people_iri, KG.unit, Literal("person")) in graph
    fact_iri = local_iri(h, "fact", 0)
    assert (fact_iri, KG.date, Literal("2023-12-31", datatype=XSD.date)) in graph
    assert (fact_iri, KG.timeText, Literal("on Monday")) in graph
    assert (fact_iri, KG.frame, Literal("kill.01")) in graph
    claim_iri = local_iri(h, "claim", "c0")
    assert (claim_iri, KG.polarity, Literal("negative")) in graph
    assert (claim_iri, KG.lemma, Literal("deny")) in graph
    shapes = Graph().parse(Path(__file__).resolve().parents[1] / "ontology" / "shapes.ttl")
    conforms, _, report = validate(graph, shacl_graph=shapes, inference="none")
    assert conforms, report


def test_a_build_workers_nquads_are_byte_for_byte_what_oxigraph_would_serialise():
    """ArticleQuads writes each line from its terms' own N-Triples text, not through
    Oxigraph's serialiser: the same bytes, escapes included, once per graph asked for."""
    import pyoxigraph as ox

    from kg.rdf import XSD_DECIMAL, ArticleQuads

    graph = ArticleQuads("https://w3id.org/newskg/id/article/" + "ab" * 16)
    s, p = ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p")
    objects = [ox.Literal('quote " backslash \\ newline \n tab \t return \r end'),
               ox.Literal("Zürich – ü \x01 control"), ox.Literal("Paris", language="fr"),
               ox.Literal("0.870", datatype=XSD_DECIMAL), ox.NamedNode("https://example.org/ü"),
               ox.Literal(" .\n")]
    for o in objects + objects[:2]:  # a triple added twice is written once
        graph.add(s, p, o)
    named, merged = ox.NamedNode(graph.identifier), ox.DefaultGraph()
    expected = ox.serialize([ox.Quad(s, p, o, g) for g in (named, merged) for o in objects],
                            format=ox.RdfFormat.N_QUADS)
    assert len(graph) == len(objects)
    assert graph.nquads(named, merged) == expected
    assert list(graph.triples()) == [ox.Triple(s, p, o) for o in objects]
    assert list(graph.values()) == [(s.value, p.value, o.value) for o in objects]
