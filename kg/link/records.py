"""Wikidata items reduced to what linking needs, read from dumps or API answers.

A ``Record`` keeps the English label, aliases and description, the P31 classes,
a popularity figure (sitelinks) and the QIDs an item points to through a few
"where/who" properties, which is what co-occurrence disambiguation compares
against the other entities of an article.
"""
from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

#: Properties whose item values say where or to whom an item belongs: country (P17),
#: located in (P131), citizenship (P27), capital (P36), capital of (P1376), contains
#: (P150), head of state/government (P35/P6), headquarters (P159), part of (P361),
#: has part (P527), location (P276), operator (P137), owned by (P127), parent org
#: (P749), subsidiary (P355), member of (P463), party (P102), employer (P108),
#: position held (P39), country of origin (P495), applies to jurisdiction (P1001).
RELATED_PROPERTIES = ("P17", "P131", "P27", "P36", "P1376", "P150", "P35", "P6", "P159",
                      "P361", "P527", "P276", "P137", "P127", "P749", "P355", "P463",
                      "P102", "P108", "P39", "P495", "P1001")

QID = re.compile(r"^Q[1-9][0-9]*$")
LANGUAGE = "en"


@dataclass(frozen=True)
class Record:
    """One Wikidata item as the offline index keeps it."""

    qid: str
    label: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    classes: tuple[str, ...] = ()  # P31 values
    #: sitelinks, or for items of open-data extracts (which carry none) an estimate
    #: from how many sources list the item and how many names it has (kg.link.sources)
    popularity: int = 0
    related: tuple[str, ...] = ()  # item values of RELATED_PROPERTIES
    #: kg types a source says the item is ("Person" for a member of Congress), for
    #: items whose P31 classes are not known
    kinds: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # where the record comes from (licences, attribution)

    def to_json(self) -> dict:
        data = {"id": self.qid, "label": self.label, "aliases": list(self.aliases),
                "description": self.description, "classes": list(self.classes),
                "popularity": self.popularity, "related": list(self.related)}
        if self.kinds:
            data["kinds"] = list(self.kinds)
        if self.sources:
            data["sources"] = list(self.sources)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Record":
        return cls(qid=data["id"], label=data["label"], aliases=tuple(data.get("aliases", ())),
                   description=data.get("description", ""),
                   classes=tuple(data.get("classes", ())),
                   popularity=int(data.get("popularity", 0)),
                   related=tuple(data.get("related", ())),
                   kinds=tuple(data.get("kinds", ())),
                   sources=tuple(data.get("sources", ())))


def qid_number(qid: str) -> int:
    return int(qid[1:])


def _text(values: dict, language: str = LANGUAGE) -> str:
    value = (values or {}).get(language)
    return value.get("value", "") if isinstance(value, dict) else ""


def _item_values(claims: dict, prop: str) -> list[str]:
    out = []
    for statement in (claims or {}).get(prop, ()):
        if statement.get("rank") == "deprecated":
            continue
        value = statement.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and isinstance(value.get("id"), str) and QID.match(value["id"]):
            out.append(value["id"])
    return out


def record_from_entity(entity: dict) -> Record | None:
    """The Record of a Wikidata entity JSON object (dump line or wbgetentities value).

    Returns None for properties, lexemes, missing items and items with no English label.
    """
    if not isinstance(entity, dict) or "missing" in entity:
        return None
    qid = entity.get("id", "")
    if entity.get("type", "item") != "item" or not QID.match(qid):
        return None
    label = _text(entity.get("labels"))
    if not label:
        return None
    aliases = tuple(dict.fromkeys(
        a["value"] for a in (entity.get("aliases") or {}).get(LANGUAGE, ())
        if isinstance(a, dict) and a.get("value") and a["value"] != label))
    claims = entity.get("claims") or {}
    related: list[str] = []
    for prop in RELATED_PROPERTIES:
        related.extend(q for q in _item_values(claims, prop) if q != qid)
    sitelinks = entity.get("sitelinks") or {}
    return Record(qid=qid, label=label, aliases=aliases,
                  description=_text(entity.get("descriptions")),
                  classes=tuple(dict.fromkeys(_item_values(claims, "P31"))),
                  popularity=len(sitelinks),
                  related=tuple(dict.fromkeys(related)), sources=("wikidata",))


class DumpFormatError(ValueError):
    """A dump line that is not a JSON entity."""


@contextlib.contextmanager
def open_dump(path: Path) -> Iterator[tuple[IO[str], IO[bytes]]]:
    """(text lines, the raw file under them) of a plain, bzip2 or gzip file; the raw
    file's position says how much of the input has been read."""
    with open(path, "rb") as raw:
        magic = raw.read(3)
        raw.seek(0)
        if magic == b"BZh":
            binary: IO[bytes] = bz2.BZ2File(raw)
        elif magic[:2] == b"\x1f\x8b":
            binary = gzip.GzipFile(fileobj=raw)
        else:
            binary = raw
        with io.TextIOWrapper(binary, encoding="utf-8") as text:
            yield text, raw


def entity_lines(lines: IO[str], path: Path, skip: int = 0) -> Iterator[tuple[int, dict]]:
    """(line number, entity) of a dump: '[' then one entity per line ending in ','.

    The first ``skip`` lines are passed over without parsing (a resumed build). A single
    JSON array, one object on one line, or a saved wbgetentities answer also work.
    """
    for number, line in enumerate(lines, 1):
        if number <= skip:
            continue
        line = line.strip()
        if line in ("", "[", "]"):
            continue
        if line.endswith(","):
            line = line[:-1]
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            if number == 1 and line.startswith(("[", "{")):  # the whole file is one value
                rest = line + "".join(lines)
                yield from ((number, e) for e in _whole(rest, path))
                return
            raise DumpFormatError(f"{path}:{number}: not a JSON entity ({err.msg})") from None
        if isinstance(data, list):
            yield from ((number, e) for e in data)
        elif isinstance(data, dict) and isinstance(data.get("entities"), dict):
            yield from ((number, e) for e in data["entities"].values())
        elif isinstance(data, dict):
            yield number, data
        else:
            raise DumpFormatError(f"{path}:{number}: not a JSON entity")


def _whole(text: str, path: Path) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise DumpFormatError(f"{path}: not a Wikidata JSON dump ({err.msg})") from None
    if isinstance(data, dict):
        data = list(data["entities"].values()) if isinstance(data.get("entities"), dict) \
            else [data]
    return [e for e in data if isinstance(e, dict)]


def iter_dump(path: str | Path) -> Iterator[dict]:
    """Entities of a Wikidata JSON dump file (see ``entity_lines``)."""
    path = Path(path)
    with open_dump(path) as (lines, _):
        for _, entity in entity_lines(lines, path):
            yield entity


def records_from_entities(entities: Iterable[dict]) -> Iterator[Record]:
    for entity in entities:
        record = record_from_entity(entity)
        if record is not None:
            yield record
