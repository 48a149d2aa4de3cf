"""The extraction's word lists, read from ``kg/data/extract/`` on first use.

Kept as data so they can grow without code changes; each loader is cached so a
process reads a file once (components call them from ``initialize``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Container

if TYPE_CHECKING:
    from spacy.tokens import Token

_PACKAGE = "kg"


def _read(name: str) -> str:
    return resources.files(_PACKAGE).joinpath("data", "extract", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_json(name: str) -> dict:
    """One JSON lexicon, keys starting with ``_`` (comments) dropped."""
    return {k: v for k, v in json.loads(_read(name)).items() if not k.startswith("_")}


@dataclass(frozen=True)
class Countries:
    """Country gazetteer: surface name -> canonical country name, and demonyms/capitals."""

    names: dict[str, str]  # "Russia", "Russian Federation" -> "Russia"
    demonyms: dict[str, str]  # "Russian", "Russians" -> "Russia"
    capitals: dict[str, str]  # "Moscow" -> "Russia"
    adjective: dict[str, str]  # "Russia" -> "Russian" (first demonym)

    def country_of(self, text: str) -> str | None:
        """The canonical country ``text`` names, or whose demonym or capital it is."""
        return self.names.get(text) or self.demonyms.get(text) or self.capitals.get(text)


@lru_cache(maxsize=None)
def countries() -> Countries:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    adjective: dict[str, str] = {}
    for line in _read("countries.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:4]
        country, aliases, dems, caps = (c.strip() for c in cols)
        names[country] = country
        for alias in filter(None, aliases.split(";")):
            names.setdefault(alias, country)
        dem_list = [d for d in dems.split(";") if d]
        for dem in dem_list:
            demonyms.setdefault(dem, country)
        if dem_list:
            adjective[country] = dem_list[0]
        for cap in filter(None, caps.split(";")):
            capitals.setdefault(cap, country)
    return Countries(names, demonyms, capitals, adjective)


def entities() -> dict:
    return load_json("entities.json")


@lru_cache(maxsize=None)
def roles() -> dict:
    """roles.json, its jobs widened by the occupations derived from Wikidata records
    (occupations.json: "mathematician", "photographer"); a word roles.json lists keeps
    its own entry (an office stays an office, "chief executive officer" its name)."""
    data = dict(load_json("roles.json"))
    titles = dict(data["titles"])
    added = [w for w in load_json("occupations.json")["occupations"] if w not in titles]
    titles.update((w, w) for w in added)
    data["titles"] = titles
    data["jobs"] = list(data["jobs"]) + added
    return data


@lru_cache(maxsize=1)
def people_words() -> frozenset[str]:
    """Nouns that describe a person ("major", "student", "spokesman"): nodes.json's people
    nouns, and the titles, jobs (occupations among them) and ranks of roles()."""
    data = roles()
    return frozenset(load_json("nodes.json")["person_nouns"]) | frozenset(data["titles"]) | \
        frozenset(data["jobs"]) | frozenset(data["ranks"])


def names_people(word: "Token") -> bool:
    """Whether a word, by its lemma or as written, is one of :func:`people_words`."""
    words = people_words()
    return word.lemma_.lower() in words or word.lower_ in words


def singular_title(text: str, tag: str, titles: Container[str]) -> str | None:
    """'Presidents' -> 'president': a capitalised plural of a one-word title in
    ``titles``, before names, which the small model neither lemmatises nor parses as a
    title ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"); the
    entity step keeps it out of the name, the role step gives it to each name."""
    low = text.lower()
    if not text[:1].isupper() or tag not in ("NNS", "NNPS", "NNP") or not low.endswith("s"):
        return None
    for single in (low[:-1], low[:-2] if low.endswith("es") else ""):
        if single in titles:
            return single
    return None
