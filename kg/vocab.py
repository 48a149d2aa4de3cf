"""Namespaces and IRI minting. Every term used here is declared in ontology/kg.ttl."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import Namespace

KG = Namespace("https://w3id.org/newskg/ontology#")
ID = Namespace("https://w3id.org/newskg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "kg": str(KG),
    "kgid": str(ID),
    "wd": str(WD),
    "wdt": str(WDT),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, for queries built in code."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name.

    Cached: the extraction asks for the same few hundred names thousands of times."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\W_]+", " ", text.casefold())
    return " ".join(text.split())


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def entity_key(type_: str, name: str) -> str:
    """Normalised identity of an entity within the graph: type + normalised name."""
    return f"{type_}:{normalise_name(name)}"


def entity_iri(key: str, qid: str | None = None):
    """IRI of an entity: from its Wikidata ID when linked, else a hash of its key.

    Linked entities share one IRI across articles; unlinked ones share it when their
    normalised identity matches. Never built from raw surface text.
    """
    if qid:
        return ID[f"entity/{qid}"]
    return ID[f"entity/{_digest(key)}"]


def article_graph_iri(content_hash: str):
    """The named graph (and the article node) of one article, stable from its content."""
    return ID[f"article/{content_hash[:32]}"]


def local_iri(content_hash: str, kind: str, local_id: str):
    """A node that lives inside one article: sentence, mention, statement, event."""
    return ID[f"article/{content_hash[:32]}/{kind}/{local_id}"]


def extractor_iri(version: str):
    """The software agent of one kg + model version."""
    return ID[f"extractor/{_digest(version)}"]
