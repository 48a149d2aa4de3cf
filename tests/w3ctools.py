"""Reading the W3C SPARQL 1.1 test manifests (kept outside the repo, in shared/)."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.request import url2pathname

import rdflib
from rdflib.collection import Collection

REPO = Path(__file__).resolve().parent.parent
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
DAWGT = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")


def w3c_dir() -> Path | None:
    """$KG_W3C_DIR, else ../shared/w3c-sparql11 beside the repo; None when absent."""
    path = Path(os.environ.get("KG_W3C_DIR", REPO.parent / "shared" / "w3c-sparql11"))
    return path if (path / "manifest-all.ttl").is_file() else None


SKIP_REASON = ("W3C SPARQL 1.1 test suite not found: set KG_W3C_DIR or put it in "
               "../shared/w3c-sparql11 beside the repository")


def parse_manifest(path: Path) -> tuple[rdflib.Graph, rdflib.URIRef]:
    uri = rdflib.URIRef(path.resolve().as_uri())
    graph = rdflib.Graph()
    graph.parse(path, format="turtle", publicID=uri)
    return graph, uri


def entries(graph: rdflib.Graph, manifest: rdflib.URIRef) -> list:
    head = graph.value(manifest, MF.entries)
    return list(Collection(graph, head)) if head is not None else []


def includes(graph: rdflib.Graph, manifest: rdflib.URIRef) -> list[Path]:
    head = graph.value(manifest, MF.include)
    if head is None:
        return []
    out = []
    for uri in Collection(graph, head):
        if str(uri).startswith("file:"):
            out.append(Path(url2pathname(str(uri)[len("file://"):])))
    return out


def uri_path(uri) -> Path:
    return Path(url2pathname(str(uri)[len("file://"):]))


# -- HTTP requests of the protocol manifests (the W3C HTTP-in-RDF vocabulary) -----------
def http_requests(graph: rdflib.Graph, entry) -> list:
    """The ``ht:requests`` of a test entry's action, in order."""
    action = graph.value(entry, MF.action)
    return list(Collection(graph, graph.value(action, HT.requests)))


def http_headers(graph: rdflib.Graph, node) -> list[tuple[str, str]]:
    """(lower-case name, value) of a request's or response's ``ht:headers``."""
    head = graph.value(node, HT.headers)
    if head is None:
        return []
    return [(str(graph.value(h, HT.fieldName)).lower(), str(graph.value(h, HT.fieldValue)))
            for h in Collection(graph, head)]


def http_body(graph: rdflib.Graph, node) -> str | None:
    """The ``cnt:chars`` of a request's or response's ``ht:body``; None without a body."""
    body = graph.value(graph.value(node, HT.body), CNT.chars)
    return str(body) if body is not None else None
