"""What the extraction tests look up in an extraction: the events a trigger word starts
and the named (or keyed) arguments they take."""
from __future__ import annotations

from datetime import date, datetime, timezone

import kg.extract  # the module, not its read: the emptied extractor replaces the attribute
from kg.extract import Reading
from kg.extract.entities import find_entities
from kg.extract.table import EntityTable
from kg.model import Article, Claim, Event, Extraction


def events_at(x: Extraction, trigger: str) -> list[Event]:
    """The events triggered by the word ``trigger``."""
    return [ev for ev in x.events if ev.trigger == trigger]


def roles_of(x: Extraction, trigger: str) -> set[tuple[str, str | None]]:
    """(role, name) of every argument of the events triggered by ``trigger``."""
    names = {e.key: e.name for e in x.entities}
    return {(role, names.get(key, key)) for ev in events_at(x, trigger)
            for role, key in ev.arguments}


def named_claims(x: Extraction | Reading) -> list[tuple[str | None, Claim]]:
    """(speaker's name, claim) of every claim, in text order (None: no speaker)."""
    x = _extraction(x)
    names = {e.key: e.name for e in x.entities}
    return [(names.get(c.speaker) if c.speaker else None, c) for c in x.claims]


def entity_mentions(nlp, text: str) -> dict[str, list[str]]:
    """Entity key -> the texts of its mentions, from the entity step alone."""
    doc = nlp(text)
    table = EntityTable(doc)
    find_entities(doc, table)
    return {e.key: [m.text for m in e.mentions] for e in table.freeze()}


def read_everything(nlp, text: str) -> Reading:
    """What the reader reads in ``text`` (emission thresholds 0), published 2024-03-15."""
    article = Article(text=text, source="test",
                      retrieved=datetime(2024, 1, 1, tzinfo=timezone.utc),
                      published=date(2024, 3, 15))
    return kg.extract.read(nlp(text), article, 0.0, 0.0)


def date_of(nlp, text: str, trigger: str) -> str | None:
    """The resolved date of the first event ``trigger`` starts in ``text`` (published
    2024-03-15, everything read); the event must be read."""
    events = events_at(read_everything(nlp, text).extraction, trigger)
    assert events, f"no event {trigger!r} read"
    return events[0].time.value if events[0].time else None


def named_events(nlp, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every event read in ``text``, everything kept: its frame and its (role, entity name)
    arguments."""
    x = read_everything(nlp, text).extraction
    names = {e.key: e.name for e in x.entities}
    return [(e.frame, [(r, names.get(k, k)) for r, k in e.arguments]) for e in x.events]


def events_of(nlp, text: str, frame: str) -> list[list[tuple[str, str]]]:
    """The (role, entity name) arguments of each event of ``frame`` read in ``text``."""
    return [args for f, args in named_events(nlp, text) if f == frame]


def _extraction(x: Extraction | Reading) -> Extraction:
    return x.extraction if isinstance(x, Reading) else x


def frames_of(x: Extraction | Reading) -> set[str]:
    """The PropBank frames of the events read."""
    return {ev.frame for ev in _extraction(x).events if ev.frame}


def frame_args(x: Extraction | Reading, frame: str, role: str) -> set[str]:
    """The names (or keys) of the ``role`` arguments of the events of ``frame``."""
    x = _extraction(x)
    names = {e.key: e.name for e in x.entities}
    return {names.get(k, k) for ev in x.events if ev.frame == frame
            for r, k in ev.arguments if r == role}


def positions_of(x: Extraction | Reading) -> set[tuple[str, str, str | None]]:
    """(holder name, role, organisation name or None) of each position read."""
    x = _extraction(x)
    names = {e.key: e.name for e in x.entities}
    return {(names[r.holder], r.role, names.get(r.organization)) for r in x.roles}
