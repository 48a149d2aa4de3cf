"""Extractions built by hand for the linker's tests: entities placed wherever their
name occurs in a text, and the QID a link map gives a name."""
from __future__ import annotations

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
