"""Wikidata items reduced to what linking needs, read from dumps or API answers.

A ``Record`` keeps the English label, aliases and description, the P31 classes,
a popularity figure (sitelinks) and the QIDs an item points to through a few
"where/who" properties, which is what co-occurrence disambiguation compares
against the other entities of an article.
"""
from __future__ import annotations

import bz2
import gzip
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
    popularity: int = 0  # number of sitelinks
    related: tuple[str, ...] = ()  # item values of RELATED_PROPERTIES

    def to_json(self) -> dict:
        return {"id": self.qid, "label": self.label, "aliases": list(self.aliases),
                "description": self.description, "classes": list(self.classes),
                "popularity": self.popularity, "related": list(self.related)}

    @classmethod
    def from_json(cls, data: dict) -> "Record":
        return cls(qid=data["id"], label=data["label"], aliases=tuple(data.get("aliases", ())),
                   description=data.get("description", ""),
                   classes=tuple(data.get("classes", ())),
                   popularity=int(data.get("popularity", 0)),
                   related=tuple(data.get("related", ())))


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
    # Curated records carry an estimated sitelinks count instead of every sitelink.
    popularity = max(len(sitelinks), int(entity.get("x_kg_popularity", 0) or 0))
    return Record(qid=qid, label=label, aliases=aliases,
                  description=_text(entity.get("descriptions")),
                  classes=tuple(dict.fromkeys(_item_values(claims, "P31"))),
                  popularity=popularity,
                  related=tuple(dict.fromkeys(related)))


class DumpFormatError(ValueError):
    """A dump line that is not a JSON entity."""


def _open_text(path: Path) -> IO[str]:
    with open(path, "rb") as probe:
        magic = probe.read(3)
    if magic == b"BZh":
        return bz2.open(path, "rt", encoding="utf-8")
    if magic[:2] == b"\x1f\x8b":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_dump(path: str | Path) -> Iterator[dict]:
    """Entities of a Wikidata JSON dump: '[' then one entity per line ending in ','.

    Plain, bzip2 or gzip files; a single JSON array or one object on one line also works.
    """
    path = Path(path)
    with _open_text(path) as lines:
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if line in ("", "[", "]"):
                continue
            if line.endswith(","):
                line = line[:-1]
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                if number == 1 and line.startswith("["):  # the whole dump on one line
                    yield from _whole(path)
                    return
                raise DumpFormatError(f"{path}:{number}: not a JSON entity ({err.msg})") from None
            if isinstance(data, list):
                yield from data
            elif isinstance(data, dict) and "entities" in data:  # a saved wbgetentities answer
                yield from data["entities"].values()
            else:
                yield data


def _whole(path: Path) -> Iterator[dict]:
    with _open_text(path) as handle:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as err:
            raise DumpFormatError(f"{path}: not a Wikidata JSON dump ({err.msg})") from None
    if isinstance(data, dict):
        data = list(data.get("entities", {}).values()) if "entities" in data else [data]
    yield from data


def records_from_entities(entities: Iterable[dict]) -> Iterator[Record]:
    for entity in entities:
        record = record_from_entity(entity)
        if record is not None:
            yield record
