"""Entity-linking benchmarks in ELEVANT's JSONL format, and kg's simple format.

ELEVANT (Bast, Hertel, Prange; github.com/ad-freiburg/elevant) keeps one article a line:
``{"id", "title", "text", "labels": [...], "evaluation_span": [start, end]}``. A label
has ``id``, ``span`` (character offsets), ``entity_id`` (a QID, ``Unknown…`` for an
entity missing from Wikidata, or ``DATETIME`` / ``QUANTITY``), ``name``, ``parent`` and
``children`` (alternative, nested annotations of one stretch of text), ``optional``,
``type`` ("Q5|Q43229", or ``DATETIME`` / ``QUANTITY``), and maybe ``desc`` (a purely
descriptive mention, scored as optional) and ``coref``.

kg's simple format is the same without the nesting: ``{"text", "labels": [{"span",
"entity_id": "Q…" | "<NIL>"}]}``. Both are read by ``read_benchmark``.

``linked_article`` writes an article with kg's predictions the way ELEVANT's
``linked_articles`` files carry them (``entity_mentions`` with ``span``, ``id``,
``recognized_by``, ``linked_by``, ``candidates``), so any linker can be compared with kg.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from kg.scoring import records

Span = tuple[int, int]
NIL = "<NIL>"  # kg's simple format
UNKNOWN = "Unknown"  # ELEVANT: an entity that is not in the knowledge base
DATETIME, QUANTITY = "DATETIME", "QUANTITY"
QID = re.compile(r"^Q[1-9][0-9]*$")
SYSTEM = "kg"  # recognized_by / linked_by of kg's predictions


class BenchmarkFormatError(ValueError):
    """A line of a benchmark file that follows neither format."""


@dataclass(frozen=True)
class GoldLabel:
    """One ground-truth annotation."""

    id: int
    span: Span
    entity_id: str  # QID, Unknown…, DATETIME or QUANTITY
    name: str = ""
    parent: int | None = None
    children: tuple[int, ...] = ()
    optional: bool = False
    type: str = "OTHER"
    desc: bool = False  # a purely descriptive mention: optional
    coref: bool | None = None  # set when the annotators said so

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(self.type.split("|"))

    @property
    def is_datetime_or_quantity(self) -> bool:
        return (self.entity_id in (DATETIME, QUANTITY)
                or DATETIME in self.types or QUANTITY in self.types)

    @property
    def is_optional(self) -> bool:
        """Not finding it is no error: optional, descriptive, a date or a quantity."""
        return self.optional or self.desc or self.is_datetime_or_quantity

    @property
    def is_known(self) -> bool:
        """A Wikidata item (not Unknown, not a date or quantity)."""
        return bool(QID.match(self.entity_id)) and not self.is_datetime_or_quantity

    def to_json(self) -> dict:
        data = {"id": self.id, "span": list(self.span), "entity_id": self.entity_id,
                "name": self.name, "parent": self.parent, "children": list(self.children),
                "optional": self.optional, "type": self.type}
        if self.desc:
            data["desc"] = True
        if self.coref is not None:
            data["coref"] = self.coref
        return data


@dataclass(frozen=True)
class GoldArticle:
    text: str
    labels: tuple[GoldLabel, ...]
    id: str = ""
    title: str = ""
    url: str | None = None
    evaluation_span: Span | None = None  # None: the whole text
    extra: tuple[tuple[str, object], ...] = ()  # other keys, written back unchanged

    @property
    def span(self) -> Span:
        return self.evaluation_span or (0, len(self.text))


@dataclass(frozen=True)
class Prediction:
    """kg's answer for one mention: a QID, or None (detected, not linked)."""

    entity_id: str | None
    candidates: tuple[str, ...] = ()


def _span(value, text: str, where: str, what: str = "span") -> Span:
    if (not isinstance(value, list) or len(value) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
            or not 0 <= value[0] <= value[1] <= len(text)):
        raise BenchmarkFormatError(f"{where}: bad {what} {value!r}")
    return value[0], value[1]


def _entity_id(value, where: str) -> str:
    if value == NIL:
        return UNKNOWN
    if isinstance(value, str) and (QID.match(value) or value.startswith(UNKNOWN)
                                   or value in (DATETIME, QUANTITY)):
        return value
    raise BenchmarkFormatError(f"{where}: bad entity_id {value!r}")


def _label(data, number: int, text: str, where: str) -> GoldLabel:
    if not isinstance(data, dict):
        raise BenchmarkFormatError(f"{where}: a label must be an object")
    span = _span(data.get("span"), text, where)
    if span[0] == span[1]:
        raise BenchmarkFormatError(f"{where}: empty span {list(span)!r}")
    label_id = data.get("id", number)
    parent = data.get("parent")
    children = data.get("children") or []
    if not isinstance(label_id, int) or not (parent is None or isinstance(parent, int)) \
            or not isinstance(children, list) or not all(isinstance(c, int) for c in children):
        raise BenchmarkFormatError(f"{where}: label ids, parent and children must be integers")
    kind = data.get("type") or "OTHER"
    if not isinstance(kind, str):
        raise BenchmarkFormatError(f"{where}: bad type {kind!r}")
    return GoldLabel(id=label_id, span=span, entity_id=_entity_id(data.get("entity_id"), where),
                     name=str(data.get("name") or ""), parent=parent,
                     children=tuple(children), optional=bool(data.get("optional", False)),
                     type=kind, desc=bool(data.get("desc", False)),
                     coref=data["coref"] if isinstance(data.get("coref"), bool) else None)


def _check_tree(labels: list[GoldLabel], where: str) -> None:
    by_id = {label.id: label for label in labels}
    if len(by_id) != len(labels):
        raise BenchmarkFormatError(f"{where}: label ids repeat")
    for label in labels:
        if label.parent is not None and label.id not in by_id.get(label.parent, label).children:
            raise BenchmarkFormatError(
                f"{where}: label {label.id} names parent {label.parent}, which does not "
                "list it as a child")
        for child in label.children:
            if by_id.get(child) is None or by_id[child].parent != label.id:
                raise BenchmarkFormatError(
                    f"{where}: label {label.id} lists child {child}, whose parent is not "
                    f"{label.id}")


_KNOWN_KEYS = frozenset({"id", "title", "text", "url", "labels", "evaluation_span",
                         "entity_mentions"})


def parse_article(data, where: str) -> GoldArticle:
    """One benchmark line (already JSON-decoded)."""
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise BenchmarkFormatError(f"{where}: needs a \"text\" string")
    text = data["text"]
    raw = data.get("labels") or []
    if not isinstance(raw, list):
        raise BenchmarkFormatError(f"{where}: \"labels\" must be a list")
    labels = [_label(item, n, text, where) for n, item in enumerate(raw)]
    _check_tree(labels, where)
    span = data.get("evaluation_span")
    return GoldArticle(
        text=text, labels=tuple(labels), id=str(data.get("id", "")),
        title=str(data.get("title") or ""), url=data.get("url"),
        evaluation_span=None if span is None else _span(span, text, where, "evaluation_span"),
        extra=tuple((k, v) for k, v in data.items() if k not in _KNOWN_KEYS))


def read_benchmark(path: Path) -> Iterator[GoldArticle]:
    """The articles of a benchmark JSONL file; a bad line raises with its number."""
    for where, data in records(path, BenchmarkFormatError):
        yield parse_article(data, where)


def parse_predictions(data: dict, text: str, where: str) -> dict[Span, Prediction]:
    """The ``entity_mentions`` of a linked_articles line: span -> Prediction."""
    out: dict[Span, Prediction] = {}
    for mention in data.get("entity_mentions") or []:
        if not isinstance(mention, dict):
            raise BenchmarkFormatError(f"{where}: an entity mention must be an object")
        span = _span(mention.get("span"), text, where)
        qid = mention.get("id")
        if qid is not None and not (isinstance(qid, str) and QID.match(qid)):
            qid = None  # Unknown, a date, a quantity: no item
        candidates = tuple(c for c in mention.get("candidates") or ()
                           if isinstance(c, str) and QID.match(c))
        out[span] = Prediction(qid, candidates)
    return out


def read_linked_articles(path: Path) -> Iterator[tuple[GoldArticle, dict[Span, Prediction]]]:
    """Articles with their labels and a linker's predictions (ELEVANT's linked_articles:
    kg's ``--out``, or another linker's), to score without running kg."""
    for where, data in records(path, BenchmarkFormatError):
        article = parse_article(data, where)
        yield article, parse_predictions(data, article.text, where)


def linked_article(article: GoldArticle, predictions: Mapping[Span, Prediction],
                   number: int = 0) -> dict:
    """``article`` with kg's predictions, in ELEVANT's linked_articles format."""
    mentions = []
    for span in sorted(predictions):
        p = predictions[span]
        mention: dict = {"span": list(span)}
        if p.entity_id:
            mention["id"] = p.entity_id
        mention.update({"recognized_by": SYSTEM, "linked_by": SYSTEM,
                        "candidates": sorted(set(p.candidates), key=lambda q: int(q[1:]))})
        mentions.append(mention)
    article_id = int(article.id) if article.id.isdigit() else number
    data = {"id": article_id, "title": article.title, "text": article.text}
    if article.url:
        data["url"] = article.url
    data.update(dict(article.extra))
    data["entity_mentions"] = mentions
    data["evaluation_span"] = list(article.span)
    data["labels"] = [label.to_json() for label in sorted(article.labels, key=lambda l: l.id)]
    return data
