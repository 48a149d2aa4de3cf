"""What every store offers, whichever backend holds the quads.

One named graph per article; the default graph of a query is the union of all graphs,
so queries need no GRAPH clause. An article graph carries ``<graph> kg:sourceLocation
"source"`` inside itself: that is the index ``replace_article`` uses to drop the older
version of a changed article in the same transaction that inserts the new one, so the
index can never disagree with the data.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import IO, Iterable, Iterator

import pyoxigraph as ox

DEFAULT_STORE = "kg-store"

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
    "n3": ox.RdfFormat.N3,
}
#: Formats that keep named graphs.
DATASET_FORMATS = {"trig", "nquads", "jsonld"}

SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".trig": "trig", ".nq": "nquads",
                  ".nquads": "nquads", ".nt": "ntriples", ".ntriples": "ntriples",
                  ".rdf": "rdfxml", ".owl": "rdfxml", ".xml": "rdfxml", ".jsonld": "jsonld",
                  ".json": "jsonld", ".n3": "n3"}

SOURCE_LOCATION = "https://w3id.org/newskg/ontology#sourceLocation"
ARTICLE_PREFIX = "https://w3id.org/newskg/id/article/"
IMPORT_PREFIX = "https://w3id.org/newskg/id/import/"


class StoreError(Exception):
    """A store operation that cannot be done, with a message meant for the user."""


class ReadOnlyStore(StoreError, PermissionError):
    """A write on a store opened read-only."""


class AmbiguousArticle(StoreError, LookupError):
    """A content-hash prefix that matches more than one article."""


def default_location() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def format_for_path(path: str | os.PathLike, fmt: str | None = None) -> str:
    """The format key for ``path``: ``fmt`` when given, else from the file suffix."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise StoreError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt
    suffixes = Path(path).suffixes
    key = SUFFIX_FORMATS.get(suffixes[-1].lower()) if suffixes else None
    if key is None:
        raise StoreError(f"cannot tell the format of {path} from its name; pass --format")
    return key


def canonical_ntriples(ntriples: bytes) -> bytes:
    """Parse and re-serialise N-Triples: rejects bad input with a clear SyntaxError and
    makes the text safe to splice into a SPARQL ``INSERT DATA`` (no injection)."""
    return ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES),
                        format=ox.RdfFormat.N_TRIPLES)


def iri_term(iri: str) -> str:
    """``<iri>`` after checking it is an IRI (``ox.NamedNode`` refuses spaces, ``>``...)."""
    return str(ox.NamedNode(iri))


def article_quads(graph_iri: str, ntriples: bytes, source: str) -> list[ox.Quad]:
    """The quads of an article graph plus its ``kg:sourceLocation`` index triple
    (parsing rejects bad input with a SyntaxError, as for ``insert_article_data``)."""
    graph = ox.NamedNode(graph_iri)
    quads = [ox.Quad(t.subject, t.predicate, t.object, graph)
             for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)]
    quads.append(ox.Quad(graph, ox.NamedNode(SOURCE_LOCATION), ox.Literal(source), graph))
    return quads


def insert_article_data(graph_iri: str, ntriples: bytes, source: str) -> str:
    """``INSERT DATA`` of an article graph plus its ``kg:sourceLocation`` index triple."""
    graph = iri_term(graph_iri)
    body = canonical_ntriples(ntriples).decode("utf-8")
    return (f"INSERT DATA {{ GRAPH {graph} {{\n{body}"
            f"{graph} <{SOURCE_LOCATION}> {ox.Literal(source)} .\n}} }}")


def replace_article_update(graph_iri: str, ntriples: bytes, source: str) -> str:
    """One SPARQL update that drops every graph of ``source`` and inserts the new one.

    A single update request is a single transaction in Oxigraph, Fuseki (TDB2) and
    Virtuoso, so readers see the old article or the new one, never a mix.
    """
    return (f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ "
            f"?g <{SOURCE_LOCATION}> {ox.Literal(source)} . ?s ?p ?o }} }} ;\n"
            f"DROP SILENT GRAPH {iri_term(graph_iri)} ;\n"
            + insert_article_data(graph_iri, ntriples, source))


def replace_graph_update(graph_iri: str, ntriples: bytes) -> str:
    graph = iri_term(graph_iri)
    body = canonical_ntriples(ntriples).decode("utf-8")
    return f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}"


def drop_graphs_update(graphs: Iterable[str]) -> str:
    return " ;\n".join(f"DROP SILENT GRAPH {iri_term(g)}" for g in graphs)


_HEX = re.compile(r"[0-9a-f]{6,64}")


def _is_iri(text: str) -> bool:
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def import_graph_iri(digest: str) -> str:
    """The named graph of an imported triples file, from its content: re-importing the
    same file is a no-op, like rebuilding an unchanged article."""
    return IMPORT_PREFIX + digest[:32]


def file_digest(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Store:
    """A quad store with the operations kg needs.

    ``Store(path)`` / ``Store()`` give the embedded Oxigraph store (on disk or in
    memory); :func:`kg.store.open_store` also gives the shared and remote backends, which
    are subclasses with the same methods.
    """

    read_only: bool = False

    def __new__(cls, *args, **kwargs):
        if cls is Store:  # keep ``Store(path)`` meaning the embedded store
            from kg.store.local import LocalStore

            return super().__new__(LocalStore)
        return super().__new__(cls)

    # -- primitives each backend implements -----------------------------------------
    def has_graph(self, iri: str) -> bool:
        """True when graph ``iri`` holds at least one quad."""
        raise NotImplementedError

    def graphs(self) -> list[str]:
        """The non-empty named graphs, sorted."""
        raise NotImplementedError

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """The quads of one named graph, or of the whole store."""
        raise NotImplementedError

    def query(self, sparql: str, **kwargs):
        """A SPARQL query; results are pyoxigraph ``QuerySolutions``/``QueryBoolean`` or an
        iterator of ``Triple`` whatever the backend."""
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        raise NotImplementedError

    def replace_article(self, graph_iri: str, ntriples: bytes, source: str) -> None:
        """Atomically drop every older graph of ``source`` and store the new article graph."""
        raise NotImplementedError

    def replace_graph(self, iri: str, ntriples: bytes) -> None:
        """Put ``ntriples`` into graph ``iri``, replacing what was there, atomically."""
        raise NotImplementedError

    def remove_graphs(self, iris: list[str]) -> None:
        """Drop these graphs in one transaction."""
        raise NotImplementedError

    def import_file(self, path: str | os.PathLike, fmt: str | None = None,
                    graph: str | None = None) -> list[str]:
        """Bulk-load a Turtle/TriG/N-Quads/... file; returns the graphs it filled."""
        raise NotImplementedError

    def dump(self, out: IO[bytes], fmt: str = "turtle", graph: str | None = None) -> None:
        """Stream the store (or one graph) to ``out``; Turtle/N-Triples merge all graphs."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def flush(self) -> None:
        """Make pending writes visible to other processes (batched backends)."""

    def close(self) -> None:
        """Flush and release the store."""
        self.flush()

    # -- shared behaviour -------------------------------------------------------------
    def remove_graph(self, iri: str) -> bool:
        if not self.has_graph(iri):
            return False
        self.remove_graphs([iri])
        return True

    def article_graphs(self, ref: str) -> list[str]:
        """Graphs an article reference names: a graph IRI, a content-hash prefix (at least
        6 hex digits) or the source (path or URL) the article was read from."""
        ref = ref.strip()
        if not ref:
            raise StoreError("empty article reference")
        if ref.startswith(ARTICLE_PREFIX) or ref.startswith(IMPORT_PREFIX):
            try:
                ox.NamedNode(ref)
            except ValueError as exc:  # e.g. a space pasted into an IRI
                raise StoreError(f"{ref!r} is not an IRI ({exc})") from None
        if ref.startswith(ARTICLE_PREFIX) or ref.startswith(IMPORT_PREFIX):
            return [ref] if self.has_graph(ref) else []
        found = self._graphs_of_source(ref)
        if not found and "://" not in ref:
            resolved = str(Path(ref).expanduser().resolve())
            if resolved != ref:
                found = self._graphs_of_source(resolved)
        if not found and _HEX.fullmatch(ref.lower()):
            prefix = ARTICLE_PREFIX + ref.lower()[:32]
            found = [g for g in self.graphs() if g.startswith(prefix)]
            if len(found) > 1:
                raise AmbiguousArticle(f"{ref!r} matches {len(found)} articles: "
                                       + ", ".join(found[:5]) + "; give more digits")
        if not found and "://" in ref and _is_iri(ref) and self.has_graph(ref):  # GSP writes
            found = [ref]
        return found

    def remove_article(self, ref: str) -> list[str]:
        """Drop the article(s) ``ref`` names (see :meth:`article_graphs`); returns the
        graphs removed. Facts other articles assert live in their own graphs and stay."""
        found = self.article_graphs(ref)
        if not found:
            short = re.fullmatch(r"[0-9a-f]{1,5}", ref.strip().lower())
            raise LookupError(f"no article in the store matches {ref!r}"
                              + ("; a content-hash prefix needs at least 6 hex digits" if short else ""))
        self.remove_graphs(found)
        return found

    def _graphs_of_source(self, source: str) -> list[str]:
        q = (f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?g <{SOURCE_LOCATION}> "
             f"{ox.Literal(source)} }} }}")
        return sorted(row["g"].value for row in self.query(q, use_default_graph_as_union=False))

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStore("this store was opened read-only")

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
