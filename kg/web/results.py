"""SPARQL result serializers and the formats the endpoint offers.

The endpoint caps the rows it returns, so it serializes solutions itself from the rows
it kept (pyoxigraph can only serialize a whole result iterator). Graph results go
through pyoxigraph's serializers.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.vocab import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
RDF_DIR_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#dirLangString"


@dataclass(frozen=True)
class ResultFormat:
    key: str  # the value of ?format=
    media_type: str
    extension: str
    aliases: tuple[str, ...] = ()


SOLUTION_FORMATS = (
    ResultFormat("json", "application/sparql-results+json", "srj",
                 ("application/json", "text/javascript", "application/javascript")),
    ResultFormat("xml", "application/sparql-results+xml", "srx", ("application/xml", "text/xml")),
    ResultFormat("csv", "text/csv", "csv"),
    ResultFormat("tsv", "text/tab-separated-values", "tsv"),
)
BOOLEAN_FORMATS = SOLUTION_FORMATS[:2]
GRAPH_FORMATS = (
    ResultFormat("turtle", "text/turtle", "ttl", ("application/x-turtle",)),
    ResultFormat("ntriples", "application/n-triples", "nt", ("text/plain",)),
    ResultFormat("jsonld", "application/ld+json", "jsonld", ("application/json",)),
    ResultFormat("rdfxml", "application/rdf+xml", "rdf", ("application/xml", "text/xml")),
    ResultFormat("trig", "application/trig", "trig"),
    ResultFormat("nquads", "application/n-quads", "nq"),
)
FORMATS_BY_KIND = {"solutions": SOLUTION_FORMATS, "boolean": BOOLEAN_FORMATS,
                   "graph": GRAPH_FORMATS}
_OX_RDF = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
           "jsonld": ox.RdfFormat.JSON_LD,
           "rdfxml": ox.RdfFormat.RDF_XML, "trig": ox.RdfFormat.TRIG,
           "nquads": ox.RdfFormat.N_QUADS}


# -- terms ------------------------------------------------------------------------
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


# -- solutions -------------------------------------------------------------------
def write_solutions(variables: Sequence[str], rows: Iterable[Sequence], key: str) -> bytes:
    """Serialize SELECT rows (tuples of terms or None, in ``variables`` order)."""
    if key == "json":
        bindings = [{v: term_json(t) for v, t in zip(variables, row) if t is not None}
                    for row in rows]
        return json.dumps({"head": {"vars": list(variables)},
                           "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if key == "xml":
        out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>", *(f"<variable name={quoteattr(v)}/>" for v in variables),
               "</head>", "<results>"]
        for row in rows:
            out.append("<result>")
            out.extend(f"<binding name={quoteattr(v)}>{term_xml(t)}</binding>"
                       for v, t in zip(variables, row) if t is not None)
            out.append("</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if key == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([term_csv(t) for t in row] for row in rows)
        return buf.getvalue().encode("utf-8")
    if key == "tsv":
        lines = ["\t".join(f"?{v}" for v in variables)]
        lines.extend("\t".join(term_tsv(t) for t in row) for row in rows)
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(f"no solutions format {key!r}")


def write_boolean(value: bool, key: str) -> bytes:
    if key == "json":
        return json.dumps({"head": {}, "boolean": bool(value)}).encode("utf-8")
    if key == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n").encode()
    raise ValueError(f"no boolean format {key!r}")


#: Prefixes for Turtle and TriG: the vocabularies only (IRIs of kg's own nodes would
#: need escaped local names such as ``kgid:entity\/Q1``).
TURTLE_PREFIXES = {p: iri for p, iri in {**PREFIXES, "rdf": RDF}.items() if p != "kgid"}


def write_graph(triples: list, key: str) -> bytes:
    """Serialize CONSTRUCT/DESCRIBE triples (TriG/N-Quads: in the default graph)."""
    if key == "nquads":
        return ox.serialize([ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                             for t in triples], format=ox.RdfFormat.N_QUADS)
    if key in ("turtle", "trig"):
        return ox.serialize(triples, format=_OX_RDF[key], prefixes=TURTLE_PREFIXES)
    return ox.serialize(triples, format=_OX_RDF[key])
