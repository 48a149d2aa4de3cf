"""Linkers: the offline index, then (``auto``, ``online``) the Wikidata API, or none.

``make_linker(mode)`` is what the build and ``kg link`` use:

- ``auto`` (the default): the index first; for the entities it cannot link, the
  Wikidata API, after one quick probe. When the probe fails (no network, Wikidata down
  or throttling) the linker says so once and links with the index alone: a build costs
  at most that one probe, and the failure is remembered for a while by the next runs.
- ``online``: the same without the probe (the API is asked, with retries).
- ``offline``: the index only; ``off``: no links.

Linkers open nothing until their first ``link`` call and can be pickled (a worker
process opens its own index), so they are cheap to create once per process.
"""
from __future__ import annotations

import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import Callable, Protocol

import requests

from kg.link.disambiguate import BEARER, link_extraction, linkable, needs_online, team_of
from kg.link.metonymy import sport_of, sports_report, team_names
from kg.link.names import (branch_only, comma_forms, institutional, lookup_forms,
                           misspellings, one_word, untitled)
from kg.link.places import after_country, demonyms
from kg.link.precision import inside_longer_names, nil
from kg.link.institutions import bare_institutions
from kg.link.letters import letter_table, lettered, party_letters
from kg.link.recall import comma_containers, propagate
from kg.link.retype import retyped
from kg.link.classes import is_country, kinds
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
MODES = ("auto", "offline", "online", "off")
#: What a misspelt name may be found as, and how well known its item must be (the
#: pseudo-sitelinks of an item of FB15k and no more)
TYPO_TYPES = frozenset({"Person", "Organization", "Place", "Country", "Facility",
                        "EventName"})
TYPO_POPULARITY = 40
DEFAULT_MODE = "auto"


def _shared_name(name: str) -> bool:
    """A name many countries give an institution of their own: words of government
    only ("House of Representatives", "Supreme Court"), or a party named by a word or
    two ("Liberal Party", "Green Party")."""
    words = name.split()
    return institutional(name) or (2 <= len(words) <= 3 and words[-1] == "Party" and
                                   all(w[:1].isupper() for w in words))


def _country_names(record: Record) -> list[str]:
    """A country's names that come before or after an institution's: its label, its
    capitalised aliases of more than one word or in capitals ("U.S."), its demonyms."""
    names = [record.label, *(a for a in record.aliases if a[:1].isupper() and (
        " " in a or len(a.replace(".", "")) >= 2 and a.replace(".", "").isupper()))]
    names += [d for d, country in demonyms().items() if country == record.label]
    return list(dict.fromkeys(names))


class Linker(Protocol):
    notes: list[str]

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
        self._lettered: dict[str, tuple[Record, ...]] | None = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        if self._index is not None and self._index.path != ":memory:":
            state["_index"] = None  # the worker opens its own
        return state

    @property
    def index(self) -> OfflineIndex:
        if self._index is None:
            self._index = OfflineIndex.load(self.index_dir)
        return self._index

    @property
    def notes(self) -> list[str]:
        return []

    def lettered(self) -> dict[str, tuple[Record, ...]]:
        """Initials -> the index's items known by them (``kg.link.letters``), read
        from the index the first time an article needs them."""
        if self._lettered is None:
            words = letter_table()["descriptions"]
            self._lettered = lettered(self.index.described(words))
        return self._lettered

    def forms(self, entity: Entity) -> list[str]:
        """The names to look up, and the same with a leading country abbreviation spelt
        out or left out ("U.S. Department of Agriculture" -> "United States Department
        of Agriculture", "US National Science Foundation" -> "National Science
        Foundation"): names of agencies and companies often carry their country; a
        place's abbreviation after "of" spelt out ("University of NSW")."""
        forms = lookup_forms(entity)
        # a group with a proper name is an armed force's branch ("US Air Force")
        if entity.type not in ("Organization", "Facility", "EventName", "Group"):
            return forms
        out = list(forms)
        for form in forms:
            first, _, rest = form.partition(" ")
            if not rest or len(first.replace(".", "")) > 3 or not first[:1].isupper():
                continue
            for hit in self.index.lookup(first):
                if "Country" not in kinds(hit.record.classes, hit.record.description,
                                          hit.record.kinds):
                    continue
                names = [name for name in (hit.record.label, *hit.record.aliases)
                         if len(name.split()) >= 2 and name[:1].isupper()]
                out += [f"{name} {rest}" for name in names]
                if institutional(rest):  # "UK Government": "Government of the United Kingdom"
                    out += [f"{rest} of {the}{name}" for name in names for the in ("", "the ")]
                if len(rest.split()) >= 2 and not branch_only(rest):
                    out.append(rest)  # not "Air Force" of "US Air Force": no one's own
        for form in forms:
            # "United States Democratic Party": "Democratic Party", as the country's own
            # party is named at home
            rest = after_country(form)
            if rest is not None and not branch_only(rest):
                out.append(rest)
        for form in forms:
            # "Australian Liberal Party": "Liberal Party of Australia", as a party or a
            # parliament is named with its country after "of"
            first, _, rest = form.partition(" ")
            country = demonyms().get(first)
            if rest and country and _shared_name(rest):
                for record in self._countries(country):
                    out += [f"{rest} of {name}" for name in _country_names(record)]
        for form in forms:
            # "University of NSW": the place's abbreviation spelt out, "University of New
            # South Wales", as the names of institutions are
            head, of, last = form.rpartition(" of ")
            letters = last.replace(".", "")
            if not (of and head and letters.isupper() and letters.isalpha()
                    and 2 <= len(letters) <= 4):
                continue
            for hit in self.index.lookup(last):
                if hit.match == "alias" and {"Country", "Place"} & kinds(
                        hit.record.classes, hit.record.description, hit.record.kinds):
                    out.append(f"{head} of {hit.record.label}")
        return list(dict.fromkeys(out))

    def _countries(self, name: str) -> list[Record]:
        """The countries of today the index knows by ``name``."""
        return [h.record for h in self.index.lookup(name) if is_country(h.record)]

    def country_forms(self, extraction: Extraction) -> dict[str, tuple[str, ...]]:
        """Entity key -> the longer names an organisation every country has ("House of
        Representatives", "Liberal Party") takes with the article's country ("United
        States House of Representatives", "Liberal Party of Australia"): a country's
        news names its own institutions without the country. The article's country is
        the one it names most, more often than any other country and than any place
        (a story about Puerto Rico names its own Supreme Court so, and one about a ship
        of Indonesia off Japan does not speak of Japan's Coast Guard)."""
        count = {e.key: sum(m.kind == "name" for m in e.mentions) for e in extraction.entities}
        named = sorted((e for e in extraction.entities if e.type == "Country"),
                       key=lambda e: -count[e.key])
        places = [count[e.key] for e in extraction.entities if e.type == "Place"]
        if not named or (len(named) > 1 and count[named[1].key] >= count[named[0].key]) \
                or count[named[0].key] < max(places, default=0):
            return {}
        # the country's names, once an article (not once per institution it names)
        names = list(dict.fromkeys(name for record in self._countries(named[0].name)
                                   for name in _country_names(record)))
        out: dict[str, tuple[str, ...]] = {}
        for e in extraction.entities:
            if names and e.type == "Organization" and _shared_name(e.name):
                out[e.key] = tuple(dict.fromkeys(
                    form for name in names for form in (f"{name} {e.name}", f"{e.name} of {name}",
                                                        f"{e.name} of the {name}")))
        return out

    def candidates(self, entity: Entity, extra: tuple[str, ...] = (),
                   teams: bool = True) -> list[Hit]:
        """Candidates by name; ``extra``: more names the article gives it ("Washington,
        D.C." for "Washington" followed by "D.C."); ``teams``: a place's teams too (the
        article may be a sports report)."""
        person = entity.type == "Person"
        # a one-word place: the people whose surname it is too ("Warren"), as bearers
        bearers = entity.type == "Place" and one_word(entity.name)
        hits: list[Hit] = []
        for form in [*extra, *self.forms(entity)]:
            # a one-word name of a person: an alias when the item lists it ("Obama"),
            # else a surname read off the item's label ("Wong" of Anthony Wong)
            found = self.index.lookup(form, surname=person or bearers)
            hits.extend(Hit(h.record, BEARER, h.form) if h.match == "surname" and not person
                         else h for h in found)
        if not hits and not extra:
            hits = self._misspelt(entity)
        team = team_of(entity)
        if teams and (entity.type in ("Country", "Place") or team):
            # "Belgium beat Panama", "the Belgians won": in a sports report, the national
            # team; a country named otherwise by its team's label ("Korea Republic")
            forms = [team] if team else lookup_forms(entity)[:1]
            forms += [h.record.label for h in hits if h.match == "alias"
                      and is_country(h.record) and h.record.label not in forms]
            for form in forms:
                hits.extend(Hit(r, "team", form) for r in self._teams(form))
        return hits

    def _teams(self, place: str) -> list[Record]:
        """The senior teams a place's name stands for in a report of their sport: its
        national sides ("Belgium national football team", "Sweden women's national
        association football team"; not its youth or Olympic ones: the report tells the
        women's side from the men's, ``Context.fits_side``), and the teams named by the
        place and a designation of the sports table ("England cricket team", "Liverpool
        F.C.", "FC Basel")."""
        national = [r for r in self.index.labelled_after(place)
                    if " national " in f" {r.label.casefold()} "]
        named = self.index.labelled([normalise_name(n) for n in team_names(place)])
        found = {r.qid: r for r in (*national, *named)
                 if sport_of(r) and not _YOUTH_OR_RESERVE.search(r.label)}
        return list(found.values())

    def _misspelt(self, entity: Entity) -> list[Hit]:
        """A name of two words or more that the index does not know, one slip of the
        keyboard away from the label of one well-known item ("Untied Nations", "Lewis
        Carrol"): that item, as a loose match."""
        forms = lookup_forms(entity)
        form = forms[0] if forms else ""
        key = normalise_name(form)
        if entity.type not in TYPO_TYPES or len(key.split()) < 2 or \
                not all(w[:1].isupper() for w in form.split() if w.isalpha() and len(w) > 3):
            return []
        found = [r for r in self.index.labelled(misspellings(key))
                 if r.popularity >= TYPO_POPULARITY]
        return [Hit(found[0], "loose", form)] if len(found) == 1 else []

    def read_names(self, extraction: Extraction, extra: dict[str, tuple[str, ...]]) -> None:
        """Read the index's rows for the names the article's entities will be looked up
        by, with one query: their names, aliases, named mentions and ``extra`` forms,
        with and without a title, and their loose forms. The look-ups then find them
        in the index's cache; a form derived later (a country spelt out) is read alone."""
        texts = [text for e in extraction.entities if linkable(e)
                 for text in (e.name, *e.aliases, *(m.text for m in e.name_mentions),
                              *extra.get(e.key, ()))]
        forms = dict.fromkeys(form for text in texts for form in (text, untitled(text)))
        self.index.read_names(key for form in forms
                              for key in (normalise_name(form), loose_key(form)) if key)

    def prepare(self, extraction: Extraction) -> None:
        """Called once an article's names are read, before its entities are ranked: the
        online linker asks the API here. One ``link`` for every mode, so a mode cannot
        miss a step another has (``auto`` with Wikidata down links as ``offline`` does)."""

    def source_of(self, qid: str) -> str:
        return "offline"

    def record(self, qid: str) -> Record | None:
        return self.index.get(qid)

    def link(self, extraction: Extraction) -> dict[str, Link]:
        extra = comma_forms(extraction)
        for key, forms in self.country_forms(extraction).items():
            extra[key] = (*extra.get(key, ()), *forms)
        teams = sports_report(extraction.article.text)
        self.read_names(extraction, extra)
        self.prepare(extraction)
        links = link_extraction(extraction,
                                lambda e: self.candidates(e, extra.get(e.key, ()), teams),
                                self.source_of, self.record, teams)
        # "the English Channel" is not the language: a name that only starts a longer one
        nil(links, inside_longer_names(extraction, links, self.index.lookup))
        # "House of Representatives" in a story that links "Congress": the country's own
        links.update(bare_institutions(extraction, links, self.record, self.index.lookup,
                                       _country_names, is_country, _shared_name))
        # "Leung Yiu-chung of NWSC" in a Hong Kong story: a party known by its letters
        links.update(party_letters(extraction, links, self.lettered))
        # "Trump later" after "Donald Trump", "the House", "most Democrats": the article's
        # own links for its shorter mentions
        links.update(propagate(extraction, links, self.record, self.index.lookup))
        # "White Plains, New York": the state that holds the town, not the city
        links.update(comma_containers(extraction, links, self.record))
        # "Georgia" the US state read as a Country: the linked item says what it is
        links.update(retyped(extraction, links, self.record))
        return labelled(links, self.record)


class OnlineLinker(OfflineLinker):
    """The offline index first; the Wikidata API for the entities it cannot link.

    The API is asked once per article: a search per name the index lacks, then one
    ``wbgetentities`` for all the items found (50 ids a call). When the API is down,
    slow or throttling, linking goes on with the offline index: ``fallback`` says why,
    ``on_fallback`` is called once, and ``notes`` carries one line for the user.
    ``probe``: ask one quick question before the first real one (``--link auto``).
    """

    def __init__(self, client: WikidataClient, index_dir: Path | None = None,
                 index: OfflineIndex | None = None,
                 on_fallback: Callable[[str], None] | None = None, max_forms: int = 2,
                 probe: bool = False):
        super().__init__(index_dir, index)
        self.client = client
        self.on_fallback = on_fallback
        self.max_forms = max_forms
        self.probe = probe
        self.probed = False
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

    def prepare(self, extraction: Extraction) -> None:
        """Search the API for the entities the index cannot link (after one probe in
        ``auto``); a failure falls back to the index for the rest of the run."""
        offline = super().candidates
        wanted = [e for e in extraction.entities if needs_online(e, offline(e))]
        if wanted and self.fallback is None and self._usable():
            try:
                self._prefetch(wanted)
            except WikidataUnavailable as err:
                self._fall_back(self.client.failure or str(err))

    def record(self, qid: str) -> Record | None:
        return self._fetched.get(qid) or self.index.get(qid)

    def _usable(self) -> bool:
        if self.probe and not self.probed:
            self.probed = True
            if not self.client.probe():
                self._fall_back(self.client.failure or "unreachable")
                return False
        return self.client.available

    def _prefetch(self, entities: list[Entity]) -> None:
        """Search the names the index lacks; fetch every item found in one batched call."""
        ids: list[str] = []
        for entity in entities:
            for form in lookup_forms(entity)[:self.max_forms]:
                key = normalise_name(form)
                if key not in self._searched:
                    self._searched[key] = self.client.search(form)
                ids.extend(self._searched[key])
        wanted = [q for q in dict.fromkeys(ids) if q not in self._fetched and q not in self.index]
        if not wanted:
            return
        hits_before = self.client.stats.cache_hits
        found = self.client.get_entities(wanted)
        origin = "cache" if self.client.stats.cache_hits > hits_before else "online"
        for record in records_from_entities(found.values()):
            self._fetched[record.qid] = record
            self._origin[record.qid] = origin

    def candidates(self, entity: Entity, extra: tuple[str, ...] = (),
                   teams: bool = True) -> list[Hit]:
        hits = super().candidates(entity, extra, teams)
        forms = lookup_forms(entity)[:self.max_forms]
        seen = {h.record.qid for h in hits}
        for form in forms:
            for qid in self._searched.get(normalise_name(form), ()):
                record = self._fetched.get(qid)
                if record is None or qid in seen:
                    continue
                match = _name_match(record, forms, surname=entity.type == "Person")
                if match:
                    hits.append(Hit(record, match))
                    seen.add(qid)
        return hits

    def _fall_back(self, reason: str) -> None:
        if self.fallback is None:
            self.fallback = reason
            log.warning("Wikidata API unavailable: %s; linking with the offline index only",
                        reason)
            if self.on_fallback is not None:
                self.on_fallback(reason)


#: Teams a country's name in a sports report does not stand for: its youth, Olympic
#: and reserve sides ("South Korea national under-23 football team").
_YOUTH_OR_RESERVE = re.compile(r"(?i)\b(?:under-?\d+|u-?\d\d|youth|junior|olympic|"
                               r"amateur|b team|futsal|beach|sevens)\b")


def labelled(links: dict[str, Link], record: Callable[[str], Record | None]
             ) -> dict[str, Link]:
    """Each link with its item's label, the name the entity is shown by."""
    out = {}
    for key, link in links.items():
        rec = record(link.qid) if link.qid else None
        out[key] = replace(link, label=rec.label) if rec is not None and rec.label else link
    return out


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


def make_linker(mode: str = DEFAULT_MODE, *, cache_dir: Path | None = None,
                api_url: str | None = None, session: requests.Session | None = None,
                timeout: float = DEFAULT_TIMEOUT, user_agent: str = DEFAULT_USER_AGENT,
                index_dir: Path | None = None,
                on_fallback: Callable[[str], None] | None = None) -> Linker:
    """The linker for ``mode``: auto | offline | online | off."""
    if mode == "off":
        return NullLinker()
    if mode == "offline":
        return OfflineLinker(index_dir)
    if mode in ("online", "auto"):
        client = WikidataClient(api_url or default_api_url(), session=session, timeout=timeout,
                                user_agent=user_agent,
                                cache_dir=cache_dir if cache_dir is not None else default_cache_dir())
        return OnlineLinker(client, index_dir, on_fallback=on_fallback, probe=mode == "auto")
    raise ValueError(f"unknown linking mode {mode!r}: use one of {', '.join(MODES)}")


__all__ = ["Linker", "NullLinker", "OfflineLinker", "OnlineLinker", "make_linker", "MODES",
           "DEFAULT_MODE"]
