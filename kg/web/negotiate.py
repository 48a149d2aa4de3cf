"""Content negotiation: which result format a request gets for each kind of result
(the formats and the names clients use for them come from :mod:`kg.formats`)."""
from __future__ import annotations

from werkzeug.datastructures import MIMEAccept

from kg.web.results import FORMATS_BY_KIND, ResultFormat


class UnknownFormat(ValueError):
    """``format=`` names nothing this endpoint writes."""


#: A graph asked for as JSON or XML results comes as JSON-LD or RDF/XML.
_GRAPH_FOR_RESULTS = {"application/sparql-results+json": "jsonld",
                      "application/sparql-results+xml": "rdfxml"}


def _by_name(kind: str, name: str) -> ResultFormat | None:
    return next((fmt for fmt in FORMATS_BY_KIND[kind] if fmt.answers_to(name)), None)


def check_format_param(name: str | None) -> None:
    if name and not any(_by_name(kind, name) for kind in FORMATS_BY_KIND):
        raise UnknownFormat(f"unknown format {name!r}; one of: "
                            + ", ".join(f.key for fs in FORMATS_BY_KIND.values() for f in fs
                                        if f not in FORMATS_BY_KIND["boolean"]))


def choose(kind: str, accept: MIMEAccept, format_param: str | None) -> ResultFormat | None:
    """The format to answer with, or None for 406. ``format=`` overrides Accept."""
    if format_param:
        return _by_name(kind, format_param)
    formats = FORMATS_BY_KIND[kind]
    if not accept:  # no Accept header: anything goes, give the first (the usual) format
        return formats[0]
    # "text/turtle; charset=utf-8" asks for Turtle: we always send UTF-8, so media type
    # parameters other than q do not narrow the choice.
    accept = MIMEAccept([(value.split(";")[0].strip(), q) for value, q in accept])
    offers: list[tuple[str, ResultFormat]] = []
    for fmt in formats:
        offers.append((fmt.media_type, fmt))
    for fmt in formats:  # aliases rank below every canonical media type
        offers.extend((alias, fmt) for alias in fmt.media_aliases)
    if kind == "graph":  # clients that ask every query for result sets (rdflib's SPARQLStore)
        offers.extend((media, fmt) for media, name in _GRAPH_FOR_RESULTS.items()
                      for fmt in formats if fmt.key == name)
    best = accept.best_match([media for media, _ in offers])
    if best is None:
        return None
    return next(fmt for media, fmt in offers if media == best)


def wants_html(accept: MIMEAccept, kind_media: list[str]) -> bool:
    """A browser: text/html is acceptable and preferred over every result format."""
    html = accept.quality("text/html")
    return html > 0 and all(accept.quality(m) < html for m in kind_media)
