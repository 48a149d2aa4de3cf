"""Every format kg reads or writes, in one table.

A row names a format once: its key (``--format``), media types, file suffixes, the
names clients send as ``format=`` (SPARQLWrapper sends ``xml``, ``json``, ``turtle``,
``n3``, ``rdf+xml``, ``json-ld``, ``csv``, ``tsv``), its Oxigraph format, its kind and
its service-description name. The CLI choices and help texts, import and export, query
output, the endpoint's content negotiation and service description, the graph store and
the remote store all read :data:`TABLE`, so a new format is one row here (plus a writer
function when Oxigraph cannot write it).

Kinds: ``results`` (SPARQL SELECT/ASK results), ``graph`` (triples) and ``dataset``
(quads: the syntaxes that keep named graphs; they can carry triples too).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import PurePath
from typing import Callable, Iterable, Iterator, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.vocab import PREFIXES

RESULTS, GRAPH, DATASET = "results", "graph", "dataset"
#: Kinds whose formats hold RDF (triples or quads).
RDF_KINDS = (GRAPH, DATASET)
#: Where the W3C names formats (service descriptions, ``sd:resultFormat``).
FORMATS_NS = "http://www.w3.org/ns/formats/"

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

#: Prefixes written into Turtle-family output: the vocabularies only (IRIs of kg's own
#: nodes would need escaped local names such as ``kgid:entity\\/Q1``).
TURTLE_PREFIXES = {p: iri for p, iri in {**PREFIXES, "rdf": RDF}.items() if p != "kgid"}

Rows = Iterable[Sequence]  # tuples of terms (or None), in the order of the variables


@dataclass(frozen=True)
class Format:
    """One row of the table. Picklable (the endpoint sends formats to its workers), so
    the Oxigraph format is kept by name."""

    key: str
    label: str
    kind: str  # RESULTS | GRAPH | DATASET
    media_type: str
    media_aliases: tuple[str, ...] = ()  # other media types meaning this format
    suffixes: tuple[str, ...] = ()  # file suffixes, the usual one first
    names: tuple[str, ...] = ()  # other values of format= that clients send
    oxigraph: str | None = None  # attribute of ox.RdfFormat / ox.QueryResultsFormat
    sd_name: str | None = None  # local name under http://www.w3.org/ns/formats/
    #: results: ``(variables, rows) -> bytes``.
    write_rows: Callable[[Sequence[str], Rows], bytes] | None = None
    #: results formats that can carry an ASK answer: ``bool -> bytes``.
    write_boolean: Callable[[bool], bytes] | None = None
    prefixes: bool = False  # a syntax with prefix declarations (Turtle, TriG, N3)
    lossy: bool = False  # written, never read back (CSV drops term types)
    #: RDF syntaxes Oxigraph cannot write: ``(triples or quads) -> bytes``.
    write_graph: Callable[[Iterable], bytes] | None = None

    @property
    def ox_format(self):
        """The Oxigraph format object, or None when Oxigraph does not know it."""
        if self.oxigraph is None:
            return None
        family = ox.QueryResultsFormat if self.kind == RESULTS else ox.RdfFormat
        return getattr(family, self.oxigraph)

    @property
    def sd_iri(self) -> str | None:
        return FORMATS_NS + self.sd_name if self.sd_name else None

    @property
    def suffix(self) -> str:
        return self.suffixes[0] if self.suffixes else ""

    def answers_to(self, name: str) -> bool:
        """True when ``name`` (a format= value, media type or suffix) names this format."""
        name = name.strip().lower()
        return name in (self.key, self.media_type, *self.media_aliases, *self.names,
                        *(s.lstrip(".") for s in self.suffixes))

    def writes_rdf(self) -> bool:
        return self.kind in RDF_KINDS and (self.oxigraph is not None
                                           or self.write_graph is not None)


# -- writers of SPARQL results ------------------------------------------------------
def term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if getattr(term, "direction", None):
                out["its:dir"] = str(term.direction.value if hasattr(term.direction, "value")
                                     else term.direction).lower()
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                            "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    raise TypeError(f"not an RDF term: {term!r}")


def term_xml(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD + "string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    if isinstance(term, ox.Triple):
        return (f"<triple><subject>{term_xml(term.subject)}</subject>"
                f"<predicate>{term_xml(term.predicate)}</predicate>"
                f"<object>{term_xml(term.object)}</object></triple>")
    raise TypeError(f"not an RDF term: {term!r}")


def term_csv(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def term_tsv(term) -> str:
    """N-Triples-style encoding, as the SPARQL TSV format requires."""
    return "" if term is None else str(term)


def json_rows(variables: Sequence[str], rows: Rows) -> bytes:
    bindings = [{v: term_json(t) for v, t in zip(variables, row) if t is not None}
                for row in rows]
    return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False).encode("utf-8")


def json_boolean(value: bool) -> bytes:
    return json.dumps({"head": {}, "boolean": bool(value)}).encode("utf-8")


_XML_HEAD = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'


def xml_rows(variables: Sequence[str], rows: Rows) -> bytes:
    out = [_XML_HEAD, "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables),
           "</head>", "<results>"]
    for row in rows:
        out.append("<result>")
        out.extend(f"<binding name={quoteattr(v)}>{term_xml(t)}</binding>"
                   for v, t in zip(variables, row) if t is not None)
        out.append("</result>")
    out.append("</results>\n</sparql>\n")
    return "\n".join(out).encode("utf-8")


def xml_boolean(value: bool) -> bytes:
    return (f"{_XML_HEAD}<head/><boolean>{'true' if value else 'false'}</boolean>"
            "</sparql>\n").encode()


def csv_rows(variables: Sequence[str], rows: Rows) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(variables)
    writer.writerows([term_csv(t) for t in row] for row in rows)
    return buf.getvalue().encode("utf-8")


def tsv_rows(variables: Sequence[str], rows: Rows) -> bytes:
    lines = ["\t".join(f"?{v}" for v in variables)]
    lines.extend("\t".join(term_tsv(t) for t in row) for row in rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


# -- the table ----------------------------------------------------------------------
#: The first format of each kind is the default of that kind (no Accept header).
TABLE: tuple[Format, ...] = (
    Format("json", "SPARQL Results JSON", RESULTS, "application/sparql-results+json",
           ("application/json", "text/javascript", "application/javascript"), (".srj",),
           oxigraph="JSON", sd_name="SPARQL_Results_JSON",
           write_rows=json_rows, write_boolean=json_boolean),
    Format("xml", "SPARQL Results XML", RESULTS, "application/sparql-results+xml",
           ("application/xml", "text/xml"), (".srx",),
           oxigraph="XML", sd_name="SPARQL_Results_XML",
           write_rows=xml_rows, write_boolean=xml_boolean),
    Format("csv", "CSV", RESULTS, "text/csv", (), (".csv",), oxigraph="CSV",
           sd_name="SPARQL_Results_CSV", write_rows=csv_rows, lossy=True),
    Format("tsv", "TSV", RESULTS, "text/tab-separated-values", (), (".tsv",),
           oxigraph="TSV", sd_name="SPARQL_Results_TSV", write_rows=tsv_rows),
    Format("turtle", "Turtle", GRAPH, "text/turtle", ("application/x-turtle",),
           (".ttl", ".turtle"), ("ttl",), "TURTLE", "Turtle", prefixes=True),
    Format("ntriples", "N-Triples", GRAPH, "application/n-triples", ("text/plain",),
           (".nt", ".ntriples"), ("n-triples",), "N_TRIPLES", "N-Triples"),
    Format("jsonld", "JSON-LD", DATASET, "application/ld+json", ("application/json",),
           (".jsonld", ".json"), ("json-ld", "json"), "JSON_LD", "JSON-LD"),
    Format("rdfxml", "RDF/XML", GRAPH, "application/rdf+xml", ("application/xml", "text/xml"),
           (".rdf", ".owl", ".xml"), ("rdf+xml", "rdf", "xml"), "RDF_XML", "RDF_XML"),
    Format("trig", "TriG", DATASET, "application/trig", (), (".trig",), (), "TRIG", "TriG",
           prefixes=True),
    Format("nquads", "N-Quads", DATASET, "application/n-quads", (), (".nq", ".nquads"),
           ("n-quads",), "N_QUADS", "N-Quads"),
    Format("n3", "N3", GRAPH, "text/n3", ("text/rdf+n3",), (".n3",), (), "N3", "N3",
           prefixes=True),
)


class UnknownFormat(ValueError):
    """A format key, name or suffix that no row of the table has."""


def select(*kinds: str) -> tuple[Format, ...]:
    """The formats of these kinds (all when none given), in table order."""
    return tuple(f for f in TABLE if not kinds or f.kind in kinds)


def keys(*kinds: str) -> tuple[str, ...]:
    return tuple(f.key for f in select(*kinds))


def get(key: str, *kinds: str) -> Format:
    """The format with this key (of one of ``kinds``); UnknownFormat names the choices."""
    for fmt in select(*kinds):
        if fmt.key == key:
            return fmt
    raise UnknownFormat(f"unknown format {key!r}; use one of {', '.join(keys(*kinds))}")


def by_name(name: str, *kinds: str) -> Format | None:
    """The format a client means by ``name`` (key, format= alias, media type, suffix)."""
    return next((f for f in select(*kinds) if f.answers_to(name)), None)


def by_media_type(media_type: str, *kinds: str) -> Format | None:
    media_type = media_type.split(";")[0].strip().lower()
    return next((f for f in select(*kinds)
                 if media_type == f.media_type or media_type in f.media_aliases), None)


def by_suffix(suffix: str, *kinds: str) -> Format | None:
    suffix = suffix.lower()
    return next((f for f in select(*kinds) if suffix in f.suffixes), None)


def suffixes(*kinds: str) -> tuple[str, ...]:
    return tuple(s for f in select(*kinds) for s in f.suffixes)


def rdf_format_for_path(path, fmt: str | None = None) -> Format:
    """The RDF format of ``path``: ``fmt`` when given, else from the file suffix."""
    if fmt is not None:
        return get(fmt, *RDF_KINDS)
    found = by_suffix(PurePath(path).suffix, *RDF_KINDS) if PurePath(path).suffix else None
    if found is None:
        raise UnknownFormat(f"cannot tell the format of {path} from its name; pass --format "
                            f"(or name it {' '.join(suffixes(*RDF_KINDS))})")
    return found


# -- writing RDF ---------------------------------------------------------------------
def write_triples(triples: Iterable[ox.Triple], fmt: Format, out=None) -> bytes | None:
    """Serialize triples; dataset syntaxes put them in the default graph."""
    if fmt.kind == DATASET and fmt.key != "jsonld":
        items: Iterator = (ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                           for t in triples)
    else:
        items = iter(triples)
    return write_rdf(items, fmt, out)


def write_rdf(items: Iterable, fmt: Format, out=None) -> bytes | None:
    """Serialize triples or quads (as ``fmt`` allows) with the vocabulary prefixes."""
    if not fmt.writes_rdf():
        raise UnknownFormat(f"{fmt.label} is not an RDF syntax kg can write")
    if fmt.oxigraph is None:  # the row's own writer
        data = fmt.write_graph(items)
        if out is None:
            return data
        out.write(data)
        return None
    kwargs = {"prefixes": TURTLE_PREFIXES} if fmt.prefixes else {}
    return ox.serialize(items, out, fmt.ox_format, **kwargs)


def describe(*kinds: str) -> str:
    """``turtle (.ttl), trig (.trig), …``: for help texts."""
    return ", ".join(f"{f.key} ({f.suffix})" if f.suffix else f.key for f in select(*kinds))
