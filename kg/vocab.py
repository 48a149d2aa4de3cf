"""Namespaces, the closed kg vocabulary, and IRI minting.

``KG`` holds exactly the terms the ontology declares (every subject typed in
``ontology/kg.ttl`` and the event lexicon ``events.ttl``): naming a term the ontology
does not declare raises, so a module that uses one fails when it is imported (``KG.x``
at module level) or at the latest when the term is first used.
"""
from __future__ import annotations

import hashlib
import json
import re
import sysconfig
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import ClosedNamespace

KG_NS = "https://w3id.org/newskg/ontology#"
ID = Namespace("https://w3id.org/newskg/id/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "kg": KG_NS,
    "kgid": str(ID),
    "wd": str(WD),
    "wdt": str(WDT),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def ontology_files() -> list[Path]:
    """The ontology's Turtle files (not the SHACL shapes): the checkout's ``ontology/``,
    else the installed copy (setup.cfg's data_files), plus the event lexicon shipped in
    the package."""
    here = Path(__file__).resolve().parent.parent / "ontology"
    folder = here if here.is_dir() else Path(sysconfig.get_path("data")) / "share" / "kg" / "ontology"
    lexicon = Path(str(resources.files("kg").joinpath("data", "ontology", "events.ttl")))
    found = {p.resolve(): p for p in sorted(folder.glob("*.ttl")) if p.name != "shapes.ttl"}
    found.setdefault(lexicon.resolve(), lexicon)
    return list(found.values())


def declared_terms(files: list[Path] | None = None) -> frozenset[str]:
    """Local names of the kg terms the ontology declares (subjects with an rdf:type)."""
    names = set()
    for path in files if files is not None else ontology_files():
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            subject = triple.subject
            if (triple.predicate.value == _RDF_TYPE and isinstance(subject, ox.NamedNode)
                    and subject.value.startswith(KG_NS)):
                names.add(subject.value[len(KG_NS):])
    if not names:
        raise ImportError("the kg ontology (ontology/kg.ttl) was not found or declares nothing")
    return frozenset(names)


#: The kg vocabulary, closed: ``KG.Person`` and ``KG["Person"]`` are URIRefs; an
#: undeclared name raises AttributeError / KeyError.
TERMS: frozenset[str] = declared_terms()
KG = ClosedNamespace(KG_NS, sorted(TERMS))

#: The same terms as pyoxigraph nodes (what kg.rdf builds quads with).
KG_NODES: dict[str, ox.NamedNode] = {name: ox.NamedNode(KG_NS + name) for name in TERMS}


def kg_node(name: str) -> ox.NamedNode:
    """``kg:name`` as a pyoxigraph node; KeyError names an undeclared term."""
    try:
        return KG_NODES[name]
    except KeyError:
        raise KeyError(f"kg:{name} is not declared in the ontology") from None


def _load_json(*parts: str) -> dict:
    """A JSON file under ``kg/data/``."""
    return json.loads(resources.files("kg").joinpath("data", *parts).read_text(encoding="utf-8"))


class _RoleProperties(dict):
    """Role name -> role property (``properties`` in ``kg/data/extract/roles.json``, read
    on first use); a name not listed falls back on its last words.

    "deputy foreign minister" -> "foreign minister"? -> "minister" -> ministerOf;
    anything else -> officialOf.
    """

    def _load(self) -> None:
        if not super().__len__():
            super().update(_load_json("extract", "roles.json")["properties"])

    def get(self, role: str, default: str | None = "officialOf") -> str:  # type: ignore[override]
        self._load()
        words = role.split()
        for i in range(len(words)):
            prop = super().get(" ".join(words[i:]))
            if prop is not None:
                return prop
        return default

    def __missing__(self, role: str) -> str:
        return self.get(role)

    def __getitem__(self, role: str) -> str:
        self._load()
        return super().__getitem__(role)

    def __iter__(self):
        self._load()
        return super().__iter__()

    def __len__(self) -> int:
        self._load()
        return super().__len__()

    def __contains__(self, role: object) -> bool:
        self._load()
        return super().__contains__(role)

    def items(self):  # type: ignore[override]
        self._load()
        return super().items()

    def values(self):  # type: ignore[override]
        self._load()
        return super().values()

    def keys(self):  # type: ignore[override]
        self._load()
        return super().keys()


#: Role name -> property local name in ontology/kg.ttl, read by kg.rdf and the role and
#: coreference steps (data, one place: roles.json ``properties``; tests check every
#: property is declared). Here, not in kg.extract, so rendering RDF needs no spaCy.
ROLE_PROPERTIES: dict[str, str] = _RoleProperties()


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


def key_parts(key: str) -> tuple[str, str]:
    """(type, normalised name) of an :func:`entity_key` (a description's name keeps its
    ``#id``)."""
    type_, _, name = key.partition(":")
    return type_, name


# The minting functions below give plain strings (``*_text``) for the build, and rdflib
# URIRefs for code that works with rdflib graphs.
@lru_cache(maxsize=65536)
def entity_iri_text(key: str, qid: str | None = None) -> str:
    """IRI of an entity: from its Wikidata ID when linked, else a hash of its key.

    Linked entities share one IRI across articles; unlinked ones share it when their
    normalised identity matches. Never built from raw surface text.
    """
    if qid:
        return f"{ID}entity/{qid}"
    return f"{ID}entity/{_digest(key)}"


def article_graph_iri_text(content_hash: str) -> str:
    """The named graph (and the article node) of one article, stable from its content."""
    return f"{ID}article/{content_hash[:32]}"


def local_iri_text(content_hash: str, kind: str, local_id: str) -> str:
    """A node that lives inside one article: sentence, mention, statement, event."""
    return f"{ID}article/{content_hash[:32]}/{kind}/{local_id}"


def extractor_iri_text(version: str) -> str:
    """The software agent of one kg + model version."""
    return f"{ID}extractor/{_digest(version)}"


def entity_iri(key: str, qid: str | None = None) -> URIRef:
    return URIRef(entity_iri_text(key, qid))


def article_graph_iri(content_hash: str) -> URIRef:
    return URIRef(article_graph_iri_text(content_hash))


def local_iri(content_hash: str, kind: str, local_id: str) -> URIRef:
    return URIRef(local_iri_text(content_hash, kind, str(local_id)))


def extractor_iri(version: str) -> URIRef:
    return URIRef(extractor_iri_text(version))
