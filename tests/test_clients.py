"""Real SPARQL clients against `kg serve`'s endpoint on 127.0.0.1: the SPARQLWrapper matrix
(SELECT, ASK, CONSTRUCT, DESCRIBE x every return format it has for the form x GET and
POST, so every format= value it sends), rdflib's SPARQLStore, curl, and a browser's
Accept header."""
from __future__ import annotations

import json
import shutil
import subprocess
import warnings

import pytest
import rdflib

from webtools import live_server, opened_app

SW = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import (ASK, CSV, GET, JSON, JSONLD, N3, POST, RDF, RDFXML,  # noqa: E402
                           TSV, TURTLE, XML, SPARQLWrapper)

KG = "https://w3id.org/newskg/ontology#"
LENA = "https://w3id.org/newskg/id/entity/Q1000001"
QUERIES = {
    "SELECT": f"SELECT ?name WHERE {{ <{LENA}> <http://www.w3.org/2000/01/rdf-schema#label> ?name }}",
    "ASK": f"ASK {{ <{LENA}> a <{KG}Person> }}",
    "CONSTRUCT": f"CONSTRUCT {{ ?e a <{KG}Person> }} WHERE {{ ?e a <{KG}Person> }}",
    "DESCRIBE": f"DESCRIBE <{LENA}>",
}
#: SPARQLWrapper's return formats for each form. ASK has no CSV/TSV answer: the SPARQL
#: 1.1 CSV/TSV results format defines none for a boolean (checked below: a clear 406).
FORMATS = {"SELECT": [JSON, XML, CSV, TSV], "ASK": [JSON, XML],
           "CONSTRUCT": [XML, RDFXML, RDF, TURTLE, N3, JSONLD, JSON],
           "DESCRIBE": [XML, RDFXML, RDF, TURTLE, N3, JSONLD, JSON]}
MATRIX = [(form, fmt, method) for form, fmts in FORMATS.items() for fmt in fmts
          for method in (GET, POST)]


@pytest.fixture(scope="module")
def endpoint():
    with opened_app(TESTING=True) as app, live_server(app) as base:
        yield base + "/sparql"


def _wrapper(url: str, form: str, fmt: str, method: str) -> SPARQLWrapper:
    client = SPARQLWrapper(url)
    client.setQuery(QUERIES[form])
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


def _graph_of(converted, fmt: str) -> rdflib.Graph:
    """SPARQLWrapper's convert() gives a Graph for RDF/XML and bytes for the others."""
    if isinstance(converted, rdflib.Graph):
        return converted
    parse_as = {TURTLE: "turtle", N3: "n3", JSONLD: "json-ld", JSON: "json-ld"}[fmt]
    return rdflib.Graph().parse(data=converted, format=parse_as)


@pytest.mark.parametrize("form, fmt, method", MATRIX,
                         ids=[f"{f}-{x}-{m}" for f, x, m in MATRIX])
def test_sparqlwrapper_matrix_answers(endpoint, form, fmt, method):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # "unexpected format" notes
        result = _wrapper(endpoint, form, fmt, method).query()
        converted = result.convert()
    assert result.response.status == 200
    if form == "SELECT":
        if fmt == JSON:
            assert converted["results"]["bindings"][0]["name"]["value"] == "Lena Ortiz"
        elif fmt == XML:
            assert "Lena Ortiz" in converted.toxml()
        else:
            assert "Lena Ortiz" in converted.decode("utf-8")
    elif form == "ASK":
        if fmt == JSON:
            assert converted["boolean"] is True
        else:
            assert converted.getElementsByTagName("boolean")[0].firstChild.data == "true"
    else:
        graph = _graph_of(converted, fmt)
        assert (rdflib.URIRef(LENA), rdflib.RDF.type, rdflib.URIRef(KG + "Person")) in graph


@pytest.mark.parametrize("fmt", [CSV, TSV])
def test_sparqlwrapper_ask_as_csv_is_refused_clearly(endpoint, fmt):
    from urllib.error import HTTPError

    with pytest.raises(HTTPError) as err, warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        _wrapper(endpoint, "ASK", fmt, GET).query()
    assert err.value.code == 406
    assert "available: application/sparql-results+json" in err.value.read().decode()


@pytest.mark.parametrize("return_format", ["xml", "json"])
def test_rdflib_sparqlstore_reads_selects_asks_and_constructs(endpoint, return_format):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(endpoint, returnFormat=return_format)
    graph = rdflib.Graph(store=store)
    names = {str(row.name) for row in graph.query(QUERIES["SELECT"])}
    assert names == {"Lena Ortiz"}  # stated in each of its two articles
    assert graph.query(QUERIES["ASK"]).askAnswer is True
    constructed = graph.query(QUERIES["CONSTRUCT"]).graph
    assert (rdflib.URIRef(LENA), rdflib.RDF.type, rdflib.URIRef(KG + "Person")) in constructed
    assert (rdflib.URIRef(LENA), None, None) in graph  # triple patterns over the protocol


@pytest.mark.skipif(not shutil.which("curl"), reason="curl is not installed")
def test_curl_gets_csv_json_and_turtle(endpoint):
    def curl(*args: str) -> str:
        return subprocess.run(["curl", "-sS", "--fail", *args, endpoint], capture_output=True,
                              text=True, timeout=60, check=True).stdout

    csv_text = curl("-H", "Accept: text/csv", "--data-urlencode", f"query={QUERIES['SELECT']}")
    assert csv_text.splitlines()[:2] == ["name", "Lena Ortiz"]
    data = json.loads(curl("-G", "--data-urlencode", f"query={QUERIES['ASK']}"))
    assert data["boolean"] is True
    turtle = curl("-H", "Accept: text/turtle", "--data-urlencode",
                  f"query={QUERIES['DESCRIBE']}")
    assert (rdflib.URIRef(LENA), None, None) in rdflib.Graph().parse(data=turtle, format="turtle")


def test_a_browser_gets_the_query_page_with_results(endpoint):
    import requests

    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = requests.get(endpoint, params={"query": QUERIES["SELECT"]},
                     headers={"Accept": browser}, timeout=60)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    assert 'id="results"' in r.text and "Lena Ortiz" in r.text
