"""Parties named by their letters alone (linking iteration 32).

The sources give many parties no short name (PartyFacts lists about 2,950 without one),
so a news text that names one by its initials only ("Leung Yiu-chung of NWSC") finds no
candidate. The initials of an item's label are a name it is known by, but letters are
shared: 564 of the 2,024 initials of PartyFacts' rows are two rows' or more. A
NIL organisation written in capitals, which the index knows by no name, takes the one
item of ``kg/data/link/letters.json``'s descriptions whose initials its letters are and
which is related to a place the article links (the party's country); none when several
or none fit.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache

from kg.link.data_files import link_json
from kg.link.names import abbreviation, initials
from kg.link.records import Record
from kg.model import Extraction, Link


@cache
def letter_table() -> dict:
    """The table of ``kg/data/link/letters.json``."""
    return link_json("letters.json")


def lettered(records: Iterable[Record]) -> dict[str, tuple[Record, ...]]:
    """Initials -> the records of the table's descriptions with those initials."""
    table = letter_table()
    words = [d.casefold() for d in table["descriptions"]]
    found: dict[str, dict[str, Record]] = {}
    for record in records:
        if not any(w in record.description.casefold() for w in words):
            continue
        letters = initials(record.label)
        if abbreviation(letters, table["shortest"], table["longest"]):
            found.setdefault(letters, {})[record.qid] = record
    return {k: tuple(v.values()) for k, v in found.items()}


def party_letters(extraction: Extraction, links: Mapping[str, Link],
                  by_initials: Callable[[], Mapping[str, tuple[Record, ...]]]) -> dict[str, Link]:
    """Links for the NIL organisations named only by capital letters that no item is
    known by, to the one item of those initials related to an item the article links.
    ``by_initials`` builds the table of ``lettered`` when first needed."""
    table = letter_table()
    linked = {link.qid: link.score for link in links.values() if link.qid}
    out: dict[str, Link] = {}
    for e in extraction.entities:
        link = links.get(e.key)
        letters = e.name.replace(".", "")
        if link is None or link.qid or link.candidates or e.type not in table["types"] \
                or not abbreviation(letters, table["shortest"], table["longest"]) \
                or any(m.text.replace(".", "") != letters for m in e.name_mentions):
            continue
        fits = [r for r in by_initials().get(letters, ())
                if any(q in linked for q in r.related)]
        if len(fits) == 1:
            # the letters' evidence is the place's: score them as its link
            score = max(linked[q] for q in fits[0].related if q in linked)
            out[e.key] = Link(e.key, fits[0].qid, score, link.candidates, "offline")
    return out
