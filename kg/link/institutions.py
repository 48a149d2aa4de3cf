"""A country's institution named bare in a story that links the country's others
(linking iteration 21).

A country's news names its own institutions without the country ("the House of
Representatives", "the Senate"); the linker reads them so when the country is the one
the article names most, more than any place (``OfflineLinker.country_forms``). An
obituary of a congressman names his state and city more often than the United States,
so "House of Representatives" stayed NIL (the index's only item labelled so is
Australia's) while the same article linked "Congress" and "the Senate" to the United
States' own. An article that links an institution of one country, and of no other,
speaks of that country's: its bare "House of Representatives" is that country's,
found as "<country> <name>" in the index, or as "<name> of [the] <country>" ("Supreme
Court of the United States", linking iteration 28).

Not when a mention is a local body's: after "state", "provincial", "county" ... or a
possessive ("North Carolina's state Senate"), nor when the article links institutions
of two countries.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from kg.link.index import Hit
from kg.link.records import Record
from kg.model import Extraction, Link

#: Words before a chamber's name that make it a local body's, not the country's.
LOCAL_WORDS = frozenset({"state", "provincial", "regional", "county", "city", "municipal",
                         "territorial", "tribal", "local", "student"})


def _local(text: str, start: int) -> bool:
    """Is the mention at ``start`` a local body's ("state Senate", "Utah's Senate")?"""
    before = text[max(0, start - 40):start].split()
    return bool(before) and (before[-1].casefold() in LOCAL_WORDS or
                             before[-1].endswith(("'s", "’s")))


def bare_institutions(extraction: Extraction, links: Mapping[str, Link],
                      record_of: Callable[[str], Record | None],
                      lookup: Callable[[str], list[Hit]],
                      country_names: Callable[[Record], Iterable[str]],
                      is_country: Callable[[Record], bool],
                      shared: Callable[[str], bool]) -> dict[str, Link]:
    """Links for the NIL organisations with a name every country's institution has
    (``shared``) that the one country whose institutions the article links has, as
    "<country> <name>" (``country_names``: a country record's names)."""
    countries: dict[str, tuple[list[str], float]] = {}
    for e in extraction.entities:
        link = links.get(e.key)
        record = record_of(link.qid) if link is not None and link.qid else None
        if record is None or not is_country(record):
            continue
        countries[record.qid] = (list(country_names(record)), link.score)
    backed: dict[str, float] = {}  # country QID -> the best score of its linked institution
    for e in extraction.entities:
        link = links.get(e.key)
        record = record_of(link.qid) if link is not None and link.qid else None
        if record is None or e.type != "Organization" or is_country(record):
            continue
        for qid, (names, _score) in countries.items():
            if any(record.label.startswith(name + " ") for name in names):
                backed[qid] = max(backed.get(qid, 0.0), link.score)
    if len(backed) != 1:
        return {}
    (country, score), = backed.items()
    names = countries[country][0]
    text = extraction.article.text
    out: dict[str, Link] = {}
    for e in extraction.entities:
        link = links.get(e.key)
        if e.type != "Organization" or (link is not None and link.qid) or not shared(e.name) \
                or any(_local(text, m.start) for m in e.name_mentions):
            continue
        # "United States House of Representatives", and "Supreme Court of the United
        # States": the country's name before the institution's or after "of"
        forms = {form for name in names for form in (
            f"{name} {e.name}", f"{e.name} of {name}", f"{e.name} of the {name}")}
        found = {h.record.qid for form in forms for h in lookup(form)
                 if h.match in ("label", "alias") and not is_country(h.record)
                 and form in (h.record.label, *h.record.aliases)}
        if len(found) == 1:
            out[e.key] = Link(e.key, found.pop(), score,
                              link.candidates if link is not None else (), "offline")
    return out
