"""Linkers: offline index, offline then online API, or none.

``make_linker(mode)`` is what the build and ``kg link`` use. Linkers load nothing
until their first ``link`` call.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Protocol

import requests

from kg.link.disambiguate import THRESHOLD, link_extraction, surface_forms
from kg.link.classes import type_fit
from kg.link.index import Hit, OfflineIndex, default_index_dir, loose_key
from kg.link.records import Record, records_from_entities
from kg.link.wikidata_api import (DEFAULT_TIMEOUT, DEFAULT_USER_AGENT, WikidataClient,
                                  WikidataUnavailable, default_api_url, default_cache_dir)
from kg.model import Entity, Extraction, Link
from kg.vocab import normalise_name

log = logging.getLogger("kg.link")
# The user hears of a fallback once, through ``notes`` (the CLI prints it); the log
# record is for applications that configure logging, not a second line on stderr.
log.addHandler(logging.NullHandler())
MODES = ("offline", "online", "off")


class Linker(Protocol):
    def link(self, extraction: Extraction) -> dict[str, Link]:
        """Entity key -> Link (qid None for NIL) for every linkable entity."""


class NullLinker:
    """``--link off``: no links at all."""

    notes: tuple[str, ...] = ()

    def link(self, extraction: Extraction) -> dict[str, Link]:
        return {}


class OfflineLinker:
    """Links with the offline index only."""

    def __init__(self, index_dir: Path | None = None, index: OfflineIndex | None = None):
        self.index_dir = Path(index_dir) if index_dir is not None else default_index_dir()
        self._index = index

    @property
    def index(self) -> OfflineIndex:
        if self._index is None:
            self._index = OfflineIndex.load(self.index_dir)
        return self._index

    @property
    def notes(self) -> list[str]:
        return []

    def candidates(self, entity: Entity) -> list[Hit]:
        person = entity.type == "Person"
        hits: list[Hit] = []
        for form in surface_forms(entity):
            found = self.index.lookup(form, surname=person)
            if person and len(normalise_name(form).split()) == 1:
                # "Putin" alone is a surname, whatever list it is on: it needs context
                found = [Hit(h.record, "surname") for h in found]
            hits.extend(found)
        return hits

    def source_of(self, qid: str) -> str:
        return "offline"

    def link(self, extraction: Extraction) -> dict[str, Link]:
        return link_extraction(extraction, self.candidates, self.source_of)


class OnlineLinker(OfflineLinker):
    """The offline index first; the Wikidata API for names it does not know.

    When the API is down, slow or throttling, linking goes on with the offline index:
    ``fallback`` says why, ``on_fallback`` is called once, and ``notes`` carries one line
    for the user.
    """

    def __init__(self, client: WikidataClient, index_dir: Path | None = None,
                 index: OfflineIndex | None = None,
                 on_fallback: Callable[[str], None] | None = None, max_forms: int = 2):
        super().__init__(index_dir, index)
        self.client = client
        self.on_fallback = on_fallback
        self.max_forms = max_forms
        self.fallback: str | None = None
        self._fetched: dict[str, Record] = {}
        self._origin: dict[str, str] = {}
        self._searched: dict[str, list[str]] = {}

    @property
    def notes(self) -> list[str]:
        notes = [self.client.cache_warning] if self.client.cache_warning else []
        if self.fallback is not None:
            notes.append(f"Wikidata API unavailable: {self.fallback}; "
                         "linked with the offline index only")
        return notes

    def source_of(self, qid: str) -> str:
        return self._origin.get(qid, "offline")

    def candidates(self, entity: Entity) -> list[Hit]:
        hits = super().candidates(entity)
        if self._good_enough(entity, hits) or self.fallback is not None:
            return hits
        try:
            return hits + self._online_hits(entity)
        except WikidataUnavailable as err:
            self._fall_back(self.client.failure or str(err))
            return hits

    def _good_enough(self, entity: Entity, hits: list[Hit]) -> bool:
        """The index knows an item of the right kind under the full name: no need to ask."""
        return any(h.match in ("label", "alias", "loose")
                   and type_fit(entity.type, h.record) >= 0.8 for h in hits)

    def _online_hits(self, entity: Entity) -> list[Hit]:
        forms = surface_forms(entity)[:self.max_forms]
        ids: list[str] = []
        for form in forms:
            key = normalise_name(form)
            if key not in self._searched:
                self._searched[key] = self.client.search(form)
            ids.extend(self._searched[key])
        wanted = [q for q in dict.fromkeys(ids) if q not in self._fetched and q not in self.index]
        if wanted:
            hits_before = self.client.stats.cache_hits
            entities = self.client.get_entities(wanted)
            origin = "cache" if self.client.stats.cache_hits > hits_before else "online"
            for record in records_from_entities(entities.values()):
                self._fetched[record.qid] = record
                self._origin[record.qid] = origin
        out: list[Hit] = []
        for qid in dict.fromkeys(ids):
            record = self._fetched.get(qid) or self.index.get(qid)
            if record is None:
                continue
            match = _name_match(record, forms, surname=entity.type == "Person")
            if match:
                out.append(Hit(record, match))
        return out

    def _fall_back(self, reason: str) -> None:
        if self.fallback is None:
            self.fallback = reason
            log.warning("Wikidata API unavailable: %s; linking with the offline index only",
                        reason)
            if self.on_fallback is not None:
                self.on_fallback(reason)


def _name_match(record: Record, forms: list[str], surname: bool) -> str | None:
    """How a fetched item's names match the entity's forms (search also finds prefixes)."""
    best = None
    rank = {"label": 0, "alias": 1, "loose": 2, "surname": 3}
    names = [("label", record.label)] + [("alias", a) for a in record.aliases]
    for form in forms:
        key, lk = normalise_name(form), loose_key(form)
        for kind, name in names:
            found = None
            if normalise_name(name) == key:
                found = kind
            elif loose_key(name) == lk:
                found = "loose"
            elif surname and len(key.split()) == 1 and normalise_name(name).split()[-1:] == [key]:
                found = "surname"
            if found and (best is None or rank[found] < rank[best]):
                best = found
    return best


def make_linker(mode: str = "offline", *, cache_dir: Path | None = None,
                api_url: str | None = None, session: requests.Session | None = None,
                timeout: float = DEFAULT_TIMEOUT, user_agent: str = DEFAULT_USER_AGENT,
                index_dir: Path | None = None,
                on_fallback: Callable[[str], None] | None = None) -> Linker:
    """The linker for ``mode``: offline | online | off."""
    if mode == "off":
        return NullLinker()
    if mode == "offline":
        return OfflineLinker(index_dir)
    if mode == "online":
        client = WikidataClient(api_url or default_api_url(), session=session, timeout=timeout,
                                user_agent=user_agent,
                                cache_dir=cache_dir if cache_dir is not None else default_cache_dir())
        return OnlineLinker(client, index_dir, on_fallback=on_fallback)
    raise ValueError(f"unknown linking mode {mode!r}: use one of {', '.join(MODES)}")


__all__ = ["Linker", "NullLinker", "OfflineLinker", "OnlineLinker", "make_linker", "MODES",
           "THRESHOLD"]
