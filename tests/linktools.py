"""Extractions built by hand for the linker's tests: entities placed wherever their
name occurs in a text, their mentions inside longer ones dropped, and the QID a link map
gives a name."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Mapping

from kg.model import Article, Entity, Extraction, Link, Mention
from kg.vocab import entity_key


def placed(text: str, *entities: tuple[str, str]) -> Extraction:
    """An extraction of ``text`` with one entity per (name, type), mentioned wherever
    the name occurs in it."""
    built = []
    for name, type_ in entities:
        mentions, start = [], text.find(name)
        while start >= 0:
            mentions.append(Mention(start, start + len(name), name, 0))
            start = text.find(name, start + 1)
        built.append(Entity(entity_key(type_, name), type_, name, tuple(mentions)))
    return Extraction(Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc)), (),
                      tuple(built))


def qid(links: Mapping[str, Link], name: str, type_: str) -> str | None:
    """The QID ``links`` gives the entity of ``type_`` called ``name``."""
    return links[entity_key(type_, name)].qid


def apart(extraction: Extraction) -> Extraction:
    """``extraction`` without the mentions that lie inside a longer entity's mention
    ("Helsinki" of "University of Helsinki", "NBC" of "NBC News"), as the extraction
    reads them."""
    spans = [(m.start, m.end) for e in extraction.entities for m in e.mentions]
    entities = tuple(replace(e, mentions=tuple(
        m for m in e.mentions if not any(s <= m.start and m.end <= t and t - s > m.end - m.start
                                         for s, t in spans))) for e in extraction.entities)
    return replace(extraction, entities=entities)
