"""One format table: a new format is one row plus a writer, and every part of kg that
reads or writes RDF or SPARQL results offers it."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg import formats

SD = "http://www.w3.org/ns/sparql-service-description#"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"


def rdf_json(items) -> bytes:
    """The W3C RDF 1.1 JSON Alternate Serialization (RDF/JSON): subject -> predicate ->
    list of objects."""
    out: dict = {}
    for item in items:
        obj = item.object
        if isinstance(obj, ox.NamedNode):
            value = {"type": "uri", "value": obj.value}
        elif isinstance(obj, ox.BlankNode):
            value = {"type": "bnode", "value": f"_:{obj.value}"}
        else:
            value = {"type": "literal", "value": obj.value}
            if obj.language:
                value["lang"] = obj.language
            else:
                value["datatype"] = obj.datatype.value
        subject = (item.subject.value if isinstance(item.subject, ox.NamedNode)
                   else f"_:{item.subject.value}")
        out.setdefault(subject, {}).setdefault(item.predicate.value, []).append(value)
    return json.dumps(out).encode("utf-8")


RDF_JSON = formats.Format("rdfjson", "RDF/JSON", formats.GRAPH, "application/rdf+json",
                          suffixes=(".rj",), names=("rdf-json",), sd_name="RDF_JSON",
                          write_graph=rdf_json)


@pytest.fixture()
def with_rdf_json(monkeypatch):
    monkeypatch.setattr(formats, "TABLE", formats.TABLE + (RDF_JSON,))


def offered(client) -> set[str]:
    """The sd:resultFormat values of the service description."""
    r = client.get("/sparql", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    return {t.object.value for t in ox.parse(r.data, format=ox.RdfFormat.N_TRIPLES)
            if t.predicate.value == SD + "resultFormat"}


def test_every_part_reads_the_built_in_rows(client, runner):
    names = offered(client)
    for fmt in formats.select(formats.RESULTS, *formats.RDF_KINDS):
        assert fmt.sd_iri in names
    export_help = runner.invoke(["export", "--help"]).output
    import_help = runner.invoke(["import", "--help"]).output
    for key in formats.keys(*formats.RDF_KINDS):
        assert key in export_help and key in import_help
    query_help = runner.invoke(["query", "--help"]).output
    for key in formats.keys(formats.RESULTS):
        assert key in query_help


def test_a_new_format_is_one_row_plus_a_writer(with_rdf_json, client, runner, web_store,
                                          tmp_path):
    # content negotiation: by Accept, and by format= as clients send it
    r = client.get("/sparql", query_string={"query": CONSTRUCT},
                   headers={"Accept": "application/rdf+json"})
    assert r.status_code == 200, r.data
    assert r.mimetype == "application/rdf+json"
    assert sum(len(v) for p in json.loads(r.data).values() for v in p.values()) == 5
    r = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "rdf-json"})
    assert r.status_code == 200 and r.mimetype == "application/rdf+json"
    # the service description names it
    assert "http://www.w3.org/ns/formats/RDF_JSON" in offered(client)
    # the CLI offers it: export, import (refused there: nothing reads it), query
    location = str(tmp_path / "store")
    with open(tmp_path / "data.nq", "wb") as f:
        web_store.dump(f, "nquads")
    assert runner.invoke(["import", str(tmp_path / "data.nq"),
                                     "--store", location]).exit_code == 0
    result = runner.invoke(["export", "--store", location, "--format", "rdfjson",
                                       "-o", str(tmp_path / "out.rj")])
    assert result.exit_code == 0, result.output
    exported = json.loads((tmp_path / "out.rj").read_text())
    assert len(exported) > 10
    (tmp_path / "q.rq").write_text(CONSTRUCT)
    result = runner.invoke(["query", str(tmp_path / "q.rq"), "--store", location,
                                       "--format", "rdfjson"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)
    assert "rdfjson" in runner.invoke(["export", "--help"]).output


def test_without_the_row_nothing_offers_it(client, runner, tmp_path):
    r = client.get("/sparql", query_string={"query": CONSTRUCT},
                   headers={"Accept": "application/rdf+json"})
    assert r.status_code == 406
    assert "http://www.w3.org/ns/formats/RDF_JSON" not in offered(client)
    result = runner.invoke(["export", "--store", ":memory:", "--format", "rdfjson"])
    assert result.exit_code == 2 and "rdfjson" in result.output  # not a choice


@pytest.mark.parametrize("name,kind,key", [
    ("xml", formats.RESULTS, "xml"), ("xml", formats.GRAPH, "rdfxml"),
    ("json", formats.RESULTS, "json"), ("json", formats.DATASET, "jsonld"),
    ("json-ld", formats.DATASET, "jsonld"), ("rdf+xml", formats.GRAPH, "rdfxml"),
    ("turtle", formats.GRAPH, "turtle"), ("n3", formats.GRAPH, "n3"),
    ("csv", formats.RESULTS, "csv"), ("tsv", formats.RESULTS, "tsv"),
    ("text/plain", formats.GRAPH, "ntriples"), ("nq", formats.DATASET, "nquads"),
])
def test_the_names_standard_clients_send_find_their_format(name, kind, key):
    assert formats.by_name(name, kind).key == key


def test_suffixes_name_one_rdf_format_each():
    seen = [s for f in formats.select(*formats.RDF_KINDS) for s in f.suffixes]
    assert len(seen) == len(set(seen))
    assert formats.rdf_format_for_path("a/b.trig").key == "trig"
    with pytest.raises(formats.UnknownFormat, match="--format"):
        formats.rdf_format_for_path("a/b.docx")


def test_every_rdf_row_round_trips_through_oxigraph():
    triples = [ox.Triple(ox.NamedNode("http://a/s"), ox.NamedNode("http://a/p"),
                         ox.Literal("ö \"q\"", language="de"))]
    for fmt in formats.select(*formats.RDF_KINDS):
        data = formats.write_triples(triples, fmt)
        back = [q.triple if isinstance(q, ox.Quad) else q
                for q in ox.parse(data, format=fmt.ox_format)]
        assert back == triples, fmt.key
