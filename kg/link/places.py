"""Where an item of the open-data sources is: the places its source names, as items.

The sources carry no statements, only words: FB15k's descriptions ("city in Texas,
United States", "American actor", "political party in Australia"), PartyFacts' country
codes ("HKG"), ROR's country in brackets ("Boeing (United States)"). ``relate`` turns
those words into the QIDs of the places and countries they name, looked up among the
same records, and stores them as the record's ``related`` items, which is what a dump
gives through P17/P131/P27 (country, located in, citizenship). The linker then reads
an article's places as evidence ("Democratic Party" in an article about Hong Kong).

A name counts only when it is the English label or an alias of a country or place
record (case as written); a demonym ("American", "South Korean") names its country
through kg's country list. Of several places with one name, the one whose own
description names another place of the same description wins ("city in Georgia,
United States": the state, not the country); else the best known.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Iterable, Mapping

from kg.link.classes import kinds
from kg.link.records import Record

PLACE_KINDS = frozenset({"Country", "Place"})
#: Lower-case words that continue a place name: "Republic of the Congo", "Bosnia and
#: Herzegovina"; a name is also tried without the words before them.
_JOINERS = ("of", "the", "and", "de", "upon", "on")
_NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:(?:of|the|and|de|upon|on)\s+)*[A-Z][\w.'’-]*)*")
MAX_PLACES = 6


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Demonym -> country name, from kg's country list (kg/data/extract/countries.tsv).

    Read here rather than through ``kg.extract.lexicons``: the linker must not import
    the extraction package (which loads spaCy components)."""
    text = resources.files("kg").joinpath("data", "extract", "countries.tsv").read_text(
        encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:3]
        for demonym in filter(None, (d.strip() for d in cols[2].split(";"))):
            out.setdefault(demonym, cols[0].strip())
    return out


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Countries' names and aliases of kg's country list ("United States", "Britain")."""
    text = resources.files("kg").joinpath("data", "extract", "countries.tsv").read_text(
        encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", ""])[:2]
        out.update(filter(None, (n.strip() for n in [cols[0], *cols[1].split(";")])))
    return frozenset(out)


def after_country(name: str) -> str | None:
    """The rest of an organisation's name written after its country's full name, when
    two words or more ("United States Democratic Party" -> "Democratic Party"): the
    name the organisation goes by at home. One word is no such name ("New Zealand
    Herald", "United States Senate")."""
    words = name.split()
    for k in (3, 2, 1):
        if len(words) - k >= 2 and " ".join(words[:k]) in country_names():
            return " ".join(words[k:])
    return None


class PlaceNames:
    """Country and place records by their English names (label first, then aliases)."""

    def __init__(self, records: Iterable[Record]):
        self.by_name: dict[str, list[tuple[int, Record]]] = defaultdict(list)
        for record in records:
            if not PLACE_KINDS.intersection(kinds(record.classes, record.description,
                                                  record.kinds)):
                continue
            for rank, name in enumerate((record.label, *record.aliases)):
                self.by_name[name].append((min(rank, 1), record))

    def candidates(self, name: str) -> list[Record]:
        """Records named ``name`` (or "the" ``name``: "the United States"): labels
        before aliases, best known first."""
        found = sorted([*self.by_name.get(name, ()), *self.by_name.get(f"the {name}", ())],
                       key=lambda p: (p[0], -p[1].popularity, int(p[1].qid[1:])))
        return list(dict.fromkeys(r for _, r in found))


#: Where the part of a description that says where the item is ends: ", currently
#: divided into ..." names its parts, not its places.
_WHERE_END = re.compile(r"\s\(|;|\b(?:divided into|consisting of|comprising|including|"
                        r"bordered by|which|that|whose)\b")


def names_in(text: str) -> list[str]:
    """The capitalised runs of ``text`` before it goes on to other things, in order:
    'city in Texas, United States' -> ['Texas', 'United States']; 'capital of England
    and the United Kingdom' is one run; 'island in north-west Europe, currently politically
    divided into ...' -> ['Europe']."""
    return [m.group(0) for m in _NAME.finditer(_WHERE_END.split(text, 1)[0])]


def _segments(run: str, places: PlaceNames) -> list[str]:
    """The place names inside one capitalised run: the run itself when it names a place
    ("Bosnia and Herzegovina", "British Columbia"); else each part between "and"s, with
    demonyms spelt as their country ("Australian American" -> "Australia", "United
    States"), the rest as a whole or its end after "of"/"the" ("Special Administrative
    Region of China" -> "China")."""
    if places.candidates(run):
        return [run]
    dems = demonyms()
    out: list[str] = []
    for part in re.split(r"\s+and\s+", run):
        if places.candidates(part):
            out.append(part)
            continue
        words, rest, i = part.split(), [], 0
        while i < len(words):
            two = " ".join(words[i:i + 2])
            word = two if i + 1 < len(words) and two in dems else words[i]
            if word in dems:  # "South Korean automaker", "Australian American"
                out += _tail(rest, places)
                out.append(dems[word])
                rest = []
            else:
                rest.append(word)
            i += len(word.split())
        out += _tail(rest, places)
    return out


def _tail(words: list[str], places: PlaceNames) -> list[str]:
    """The longest end of ``words`` after a joiner (or all of them) that names a place."""
    for n in range(len(words)):
        if n and words[n - 1] not in _JOINERS:
            continue
        form = " ".join(words[n:]).strip(" .,")
        if form and form.split()[0] not in _JOINERS and places.candidates(form):
            return [form]
    return []


def places_of(record: Record, named: Iterable[str], places: PlaceNames) -> list[str]:
    """QIDs of the places ``named`` (a source's country, the description's names)."""
    resolved: list[list[Record]] = []
    for name in named:
        for form in _segments(name, places):
            found = [r for r in places.candidates(form) if r.qid != record.qid]
            if found:
                resolved.append(found)
    out: list[str] = []
    for n, found in enumerate(resolved):
        mine = {r.qid for r in found}
        others = [rs[0].label for rs in resolved if rs[0].qid not in mine]
        # "Georgia, United States": the Georgia whose description names the other place
        best = next((r for r in found if any(o in r.description for o in others)), found[0])
        if best.qid not in out:
            out.append(best.qid)
    return out[:MAX_PLACES]


def relate(records: list[Record],
           named: Mapping[str, Iterable[tuple[str, ...]]] = {}) -> list[Record]:
    """The records with ``related`` set to the places their sources name: first those a
    source gives (``named``: QID -> places, each a tuple of alternative names, the
    first that names a place wins), then those of the description."""
    places = PlaceNames(records)
    out = []
    for record in records:
        given = [next((n for n in alternatives if places.candidates(n)), "")
                 for alternatives in named.get(record.qid, ())]
        words = [n for n in given if n] + names_in(record.description)
        if record.related or not words:
            out.append(record)
            continue
        found = places_of(record, words, places)
        out.append(replace(record, related=tuple(found)) if found else record)
    return out
