"""The result formats the endpoint offers, by kind of result, read from kg.formats.

The endpoint caps the rows it returns, so it serializes solutions itself from the rows
it kept (pyoxigraph can only serialize a whole result iterator), with the writer of the
format's row in :data:`kg.formats.TABLE`. Graph results go through pyoxigraph.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Iterable

from kg import formats
# Re-exported: the endpoint's modules and tests name them from here.
from kg.formats import TURTLE_PREFIXES, Format, term_csv, term_json, term_tsv, term_xml

__all__ = ["BOOLEAN_FORMATS", "FORMATS_BY_KIND", "GRAPH_FORMATS", "SOLUTION_FORMATS",
           "TURTLE_PREFIXES", "ResultFormat", "term_csv", "term_json", "term_tsv",
           "term_xml", "write_boolean", "write_graph", "write_solutions"]

#: A format the endpoint answers with (the table's row).
ResultFormat = Format


def solution_formats() -> tuple[Format, ...]:
    return tuple(f for f in formats.select(formats.RESULTS) if f.write_rows is not None)


def boolean_formats() -> tuple[Format, ...]:
    return tuple(f for f in formats.select(formats.RESULTS) if f.write_boolean is not None)


def graph_formats() -> tuple[Format, ...]:
    return tuple(f for f in formats.select(*formats.RDF_KINDS) if f.writes_rdf())


_KINDS = {"solutions": solution_formats, "boolean": boolean_formats, "graph": graph_formats}


class _LiveKinds(Mapping):
    """kind of result -> its formats, read from the table on every use (so a row added
    to the table is offered at once)."""

    def __getitem__(self, kind: str) -> tuple[Format, ...]:
        return _KINDS[kind]()

    def __iter__(self):
        return iter(_KINDS)

    def __len__(self) -> int:
        return len(_KINDS)


class _LiveFormats(Sequence):
    """The formats of one kind of result, read from the table on every use."""

    def __init__(self, kind: str) -> None:
        self._kind = kind

    def __getitem__(self, i):
        return _KINDS[self._kind]()[i]

    def __len__(self) -> int:
        return len(_KINDS[self._kind]())

    def __add__(self, other) -> tuple:
        return tuple(self) + tuple(other)

    def __radd__(self, other) -> tuple:
        return tuple(other) + tuple(self)


FORMATS_BY_KIND: Mapping[str, tuple[Format, ...]] = _LiveKinds()
SOLUTION_FORMATS: Sequence[Format] = _LiveFormats("solutions")
BOOLEAN_FORMATS: Sequence[Format] = _LiveFormats("boolean")
GRAPH_FORMATS: Sequence[Format] = _LiveFormats("graph")


def write_solutions(variables: Sequence[str], rows: Iterable[Sequence], key: str) -> bytes:
    """Serialize SELECT rows (tuples of terms or None, in ``variables`` order)."""
    fmt = formats.get(key, formats.RESULTS)
    if fmt.write_rows is None:
        raise ValueError(f"no solutions format {key!r}")
    return fmt.write_rows(variables, rows)


def write_boolean(value: bool, key: str) -> bytes:
    fmt = formats.get(key, formats.RESULTS)
    if fmt.write_boolean is None:
        raise ValueError(f"no boolean format {key!r}")
    return fmt.write_boolean(value)


def write_graph(triples: list, key: str) -> bytes:
    """Serialize CONSTRUCT/DESCRIBE triples (TriG/N-Quads: in the default graph)."""
    return formats.write_triples(triples, formats.get(key, *formats.RDF_KINDS))
