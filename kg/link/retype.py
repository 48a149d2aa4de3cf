"""The type a confident link gives an entity the extraction typed otherwise (linking
iteration 21).

The extraction types a name from the words around it; the linker then finds the item
with the whole article for context. When the two disagree about a place, the item is
the better witness: "Stacey Abrams of Georgia" linked to the US state is no Country,
"a Charleston, South Carolina radio station" linked to the state is no Organization.
Places are retyped: an item whose kinds (``kg.link.classes.kinds``) are exactly
one of Place or Country, linked with a score of at least ``MIN_SCORE`` to an entity
typed an organisation, a facility or a country (a US state is no Country). A person's
name linked to a place is more often a wrong link than a wrong type, and an
organisation's item (a team for its city, a government for its capital) is a reading
of the text, not a correction of it, so neither is retyped. One person's type is
taken (linking iteration 27): a one-word name typed an event or a thing, linked to the
person another entity of the article, a Person, is linked to ("Biden rejected
Pelosi's suggestion" after "Nancy Pelosi"). The entity keeps its key
(its identity and its facts are the extraction's); the graph writes the item's type
(``kg.rdf``). ``kg link``, re-linking a built store, writes the types alike
(``kg.link.relink``): it reads each entity back with the extraction's type, which its key
keeps, retypes it here, and replaces the stored type (linking iteration 22).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from kg.link.classes import kinds
from kg.link.places import PLACE_KINDS  # the kinds of item a link may retype an entity to
from kg.link.records import Record
from kg.model import Extraction, Link

#: The extraction's types a place may have been misread as (not Person, see above; not
#: Place, which a country is too: "England", "American Samoa" are Places by kg's own
#: list of countries, and a link to an item that calls itself a country does not
#: contradict that).
MISREAD_AS = frozenset({"Organization", "Country", "Facility"})
#: The least link score that retypes: the links the linker is sure of.
MIN_SCORE = 0.5


def place_kind(record: Record) -> str | None:
    """Place or Country when that is all the item is, else None."""
    found = kinds(record.classes, record.description, record.kinds)
    return next(iter(found)) if len(found) == 1 and found <= PLACE_KINDS else None


#: The extraction's types a person's surname alone may have been misread as ("Biden
#: rejected Pelosi's suggestion": an event; "Trump later expanded the operation": a thing)
PERSON_MISREAD_AS = frozenset({"EventName", "Thing"})


def retyped(extraction: Extraction, links: Mapping[str, Link],
            record_of: Callable[[str], Record | None]) -> dict[str, Link]:
    """The links of ``links`` that give their entity another type, with that type: a
    place's (above), and a person's for one word the extraction typed an event or a
    thing but linked to the person another entity of the article, typed Person, is
    linked to (the person's surname, read apart from the person; linking iteration 27)."""
    out: dict[str, Link] = {}
    people = {link.qid for e in extraction.entities if e.type == "Person"
              and (link := links.get(e.key)) is not None and link.qid}
    for entity in extraction.entities:
        link = links.get(entity.key)
        if link is not None and link.qid in people and link.score >= MIN_SCORE and \
                entity.type in PERSON_MISREAD_AS and entity.kind == "name" and \
                len(entity.name.split()) == 1:
            record = record_of(link.qid)
            if record is not None and kinds(record.classes, record.description,
                                            record.kinds) == {"Person"}:
                out[entity.key] = replace(link, type="Person")
                continue
        if link is None or not link.qid or link.score < MIN_SCORE or \
                entity.type not in MISREAD_AS or entity.kind != "name":
            continue
        record = record_of(link.qid)
        kind = place_kind(record) if record is not None else None
        if kind is not None and kind != entity.type:
            out[entity.key] = replace(link, type=kind)
    return out
