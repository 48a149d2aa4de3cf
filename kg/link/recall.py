"""Links an article gives a later, shorter mention of a name it linked in full (linking,
fifteenth iteration; docs/linking.md): a surname the model read as another kind of
thing or left as a description ("Trump later expanded" after "Donald Trump"), an
institution's head word before its "of" ("members of the House" after "House of
Commons"), a name whose last words the article writes in lower case ("the Republican
party's primary" after "Republican Party"), and a party named by its members
("Republican senators", "most Democrats") in a story of the party's country, and a region
of the story's country the model read as another country of that name ("Stacey Abrams of
Georgia" in a story of the United States; linking iteration 20). Each of those rules only
fills a NIL. One moves a link: the place named
after a town's comma is the one of its candidates that holds the town ("White Plains,
New York": the state, though the article names New York City too).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable, Mapping

from kg.link.classes import is_country, type_fit
from kg.link.context import RecordOf, place_level
from kg.link.index import Hit, is_person
from kg.link.names import PLACE_TYPES, comma_chains, one_word
from kg.link.places import demonyms
from kg.link.records import Record
from kg.model import Entity, Extraction, Link, Mention
from kg.vocab import normalise_name

Lookup = Callable[[str], list[Hit]]

#: The model's types a later surname of a linked person may be read as: anything but a
#: country; a place only when the index knows no place by the word
SURNAME_TYPES = frozenset({"Person", "Organization", "Facility", "EventName", "Thing",
                           "Group", "Place"})
#: Kinds of mention that write a name: a description counts when it is the name alone
#: ("Graham said" read as a description of a person)
WRITTEN = ("name", "description")
#: A closing possessive
POSSESSIVE = re.compile(r"['’]s?$")
#: A sentence's article kept in a name's span ("The House has only impeached ...")
LEADING_THE = re.compile(r"^The\s+")
#: "the" right before a name, or with one lower-case word between ("the full House",
#: "the entire Senate"): the article's own institution, named by its head word
THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?$")
#: Types whose head word stands for their whole name after "the" ("the House")
HEAD_TYPES = frozenset({"Organization", "Facility"})
#: Up to two lower-case words right after a mention ("Democratic| party's")
LOWER_AFTER = re.compile(r"[ \u00a0]([a-z]+)(?:['’]s)?(?:[ \u00a0]([a-z]+))?")
#: How a party's members or its adjective name it: the forms to look up ("Democrats"
#: is an alias of the party in the sources; "Republican" needs "Republican Party")
PARTY_FORMS = {"Democrat": ("Democratic Party",), "Democrats": ("Democratic Party",),
               "Republicans": ("Republican Party",), "Conservatives": ("Conservative Party",),
               "Liberals": ("Liberal Party",), "Tory": ("Conservative Party",)}
#: What an item's description calls a political party
PARTY = re.compile(r"(?i)\bparty\b")
#: The score of a party named by its members: no candidate was weighed for it
PARTY_SCORE = 0.5
#: The types the model gives a party's adjective or its members' plural
PARTY_TYPES = frozenset({"Group", "Organization"})
#: A hyphen and a lower-case word right after a demonym: a compound adjective
#: ("Iranian-backed", "Saudi-led")
HYPHENATED = re.compile(r"[-\u2011][a-z]")
#: The types the model gives a demonym in a compound adjective
DEMONYM_TYPES = frozenset({"Group", "Thing"})
#: The score of a country named by its demonym in a compound: the name is the country's
DEMONYM_SCORE = 0.9
#: The score of a place the model read as a group: its sole item, the story's place
PLACE_SCORE = 0.7


def _word(mention: Mention) -> str:
    return POSSESSIVE.sub("", mention.text.strip())


def _written(entity: Entity) -> list[Mention]:
    return [m for m in entity.mentions if m.kind in WRITTEN]


def _first(entity: Entity) -> int:
    return min((m.start for m in entity.name_mentions), default=10 ** 9)


def _one_capitalised_word(entity: Entity, article: bool = False) -> str | None:
    """The one capitalised word (a possessive dropped; with ``article``, a sentence's
    "The" before it too) every written mention of ``entity`` is, if they all are the
    same word."""
    words = {LEADING_THE.sub("", _word(m)) if article else _word(m) for m in _written(entity)}
    if len(words) != 1:
        return None
    word = next(iter(words))
    return word if one_word(word) and word[:1].isupper() and word.isalpha() else None


def full_names_by_surname(entities: Iterable[Entity]) -> dict[str, list[Entity]]:
    """Last word -> the people the article names in full (two words or more) with it,
    in the article's order: read once an article, not once per word asking."""
    found: dict[str, list[Entity]] = {}
    for o in entities:
        words = normalise_name(o.name).split() if o.type == "Person" and o.kind == "name" \
            else []
        if len(words) >= 2:
            found.setdefault(words[-1], []).append(o)
    return found


def surname_of_linked(entity: Entity, entities: Iterable[Entity],
                      links: Mapping[str, Link],
                      surnames: Mapping[str, list[Entity]] | None = None
                      ) -> tuple[str, str] | None:
    """(QID, key) of the one linked person of the article whose full name, written
    before, ends with ``entity``'s one word, when the model read that word as another
    kind of thing ("Trump" as a thing, "Biden" as an event) or as a description. Nobody when
    two people of the article end with it, linked or not ("Kennedy"). ``surnames``: the
    article's ``full_names_by_surname``, when the caller has them."""
    if entity.type not in SURNAME_TYPES:
        return None
    if entity.type == "Person" and entity.kind == "name":
        return None  # the surname rules of ``disambiguate`` decide these
    word = _one_capitalised_word(entity)  # after the type: most entities stop before
    if word is None:
        return None
    if entity.type in PLACE_TYPES and links.get(entity.key, Link("", None, 0)).candidates:
        return None  # "Washington" may be the city: the index knows a place by it
    key = normalise_name(word)
    first = min(m.start for m in _written(entity))
    if surnames is None:
        surnames = full_names_by_surname(entities)
    owners = [o for o in surnames.get(key, ()) if o.key != entity.key]
    found = {links[o.key].qid for o in owners if o.key in links and links[o.key].qid}
    if len(owners) < 1 or len(found) != 1 or any(
            not (o.key in links and links[o.key].qid) for o in owners):
        return None
    owner = next(o for o in owners if links[o.key].qid)
    return (links[owner.key].qid, owner.key) if _first(owner) < first else None


def head_of_linked(entity: Entity, entities: Iterable[Entity], links: Mapping[str, Link],
                   text: str) -> tuple[str, str] | None:
    """(QID, key) of the one linked organisation or facility of the article whose name
    is ``entity``'s one word and "of" something ("House of Representatives"), when the
    article writes the word after "the" ("members of the House"): the usual short form
    of the institution, which a story may use even before its full name; an adjective
    may stand between ("until the full House votes")."""
    if entity.type not in HEAD_TYPES:
        return None
    word = _one_capitalised_word(entity, article=True)
    names = entity.name_mentions
    if word is None or not names or not all(
            THE_BEFORE.search(text, max(0, m.start - 24), m.start) or LEADING_THE.match(m.text)
            for m in names):  # "The House has only impeached two Presidents"
        return None
    key = normalise_name(word)
    owners = {links[o.key].qid: o.key for o in entities
              if o.key != entity.key and o.type in HEAD_TYPES and o.key in links
              and links[o.key].qid and _head_before_of(o, key)}
    return next(iter(owners.items())) if len(owners) == 1 else None


def _head_before_of(entity: Entity, key: str) -> bool:
    """Is ``entity`` named "<key> of ...", or so after its country's name ("United
    States House of Representatives")?"""
    words = normalise_name(entity.name).split()
    return any(words[i:i + 2] == [key, "of"] for i in range(len(words) - 1))


LinkedNames = Mapping[str, list[tuple[str, str]]]


def linked_names(entities: Iterable[Entity], links: Mapping[str, Link]) -> LinkedNames:
    """Normalised name -> (QID, key) of the article's linked entities called so, in the
    article's order: read once an article, not once per entity asking."""
    by_name: dict[str, list[tuple[str, str]]] = {}
    for o in entities:
        if o.key in links and links[o.key].qid:
            by_name.setdefault(normalise_name(o.name), []).append((links[o.key].qid, o.key))
    return by_name


def lower_case_end(entity: Entity, entities: Iterable[Entity], links: Mapping[str, Link],
                   text: str, by_name: LinkedNames | None = None) -> tuple[str, str] | None:
    """(QID, key) of the one linked entity of the article whose name is ``entity``'s
    name and the lower-case words after each of its mentions ("the Republican party's"
    after "Republican Party"; "the European space agency"). ``by_name``: the article's
    ``linked_names``, when the caller has them."""
    names = entity.name_mentions
    if not names:
        return None
    if by_name is None:
        by_name = linked_names(entities, links)

    def others(key: str) -> set[tuple[str, str]]:
        # the others of that name, not the entity itself; a set filled in the
        # article's order, as the table once built per entity was (the owner is its first)
        return {pair for pair in by_name.get(key, ()) if pair[1] != entity.key}

    found: set[str] = set()
    owner = ""
    for m in names:
        after = LOWER_AFTER.match(text, m.end)
        if after is None:
            return None
        words = [w for w in after.groups() if w]
        hit = next((pairs for n in range(len(words), 0, -1)
                    if (pairs := others(normalise_name(" ".join([_word(m), *words[:n]]))))),
                   None)
        if hit is None:
            return None
        found |= {q for q, _ in hit}
        owner = owner or next(iter(hit))[1]
    return (next(iter(found)), owner) if len(found) == 1 else None


def demonym_in_compound(entity: Entity, lookup: Lookup, text: str) -> str | None:
    """The country whose demonym ``entity`` is, when every mention of it opens a
    compound adjective ("an Iranian-backed militia", "the Saudi-led coalition"): the
    country acting, as ELEVANT's guidelines link a demonym before a noun; not a people
    ("the British", which kg leaves unlinked)."""
    if entity.type not in DEMONYM_TYPES:
        return None
    word = _one_capitalised_word(entity)
    country = demonyms().get(word or "")
    names = entity.name_mentions
    if country is None or not names or not all(
            HYPHENATED.match(text, m.end) for m in names):
        return None
    hits = [h for h in lookup(country) if is_country(h.record)]
    # the country's label, else its alias ("United States" of the United States of America)
    found = {h.record.qid for h in hits if h.match == "label"} or \
        {h.record.qid for h in hits if h.match == "alias"}
    return next(iter(found)) if len(found) == 1 else None


def place_read_as_group(entity: Entity, lookup: Lookup, record_of: RecordOf,
                        country: str | None, linked: Iterable[str]) -> str | None:
    """The one place labelled by ``entity``'s one word when the model read a place as a
    group of people: a plural-looking town ("the cities New Rochelle and Yonkers") or a
    city before a noun ("the Montreal team"). The place must be of the story's country
    or hold an item the article links ("University of Montreal"); not a demonym, and
    not a name the index also gives anything but that place (a people, a party)."""
    if entity.type != "Group":
        return None
    word = _one_capitalised_word(entity)
    if word is None or word in demonyms():
        return None
    hits = lookup(word)
    places = {h.record.qid: h.record for h in hits if h.match == "label"
              and not is_country(h.record) and type_fit("Place", h.record) >= 0.8}
    if len(places) != 1 or any(h.record.qid not in places for h in hits):
        return None
    qid, record = next(iter(places.items()))
    held = any(qid in r.related for q in set(linked) if (r := record_of(q)) is not None)
    return qid if held or (country is not None and country in _countries(record, record_of)) \
        else None


def region_named_as_a_country(entity: Entity, lookup: Lookup, record_of: RecordOf,
                              country: str | None, linked: Iterable[str]) -> str | None:
    """The one region of the story's country labelled as another country is ("Stacey
    Abrams of Georgia", "stops in Pennsylvania, Georgia, Florida" in a story of the
    United States: the state, not the country in the Caucasus; linking iteration 20),
    when the model read the name as a country, the article writes it only so (no
    demonym: "Georgian"), and no item the article links is that country or in it."""
    if entity.type != "Country" or country is None:
        return None
    word = normalise_name(entity.name)
    if {normalise_name(_word(m)) for m in _written(entity)} != {word}:
        return None
    hits = [h for h in lookup(entity.name) if h.match == "label"]
    nations = {h.record.qid for h in hits if is_country(h.record)}
    regions = {h.record.qid for h in hits if not is_country(h.record)
               and place_level(h.record) == "region"
               and country in _countries(h.record, record_of)}
    if len(regions) != 1 or not nations or country in nations:
        return None
    for q in set(linked):
        record = record_of(q)
        if q in nations or (record is not None and nations & _countries(record, record_of)):
            return None  # "Tbilisi", "Georgia's president" linked: the country's story
    return next(iter(regions))


def _countries(record: Record, record_of: RecordOf) -> set[str]:
    """The countries an item is in: its related countries, and those of its places."""
    found: set[str] = set()
    for q in record.related:
        r = record_of(q)
        if r is None:
            continue
        found |= {q} if is_country(r) else {
            c for c in r.related if (cr := record_of(c)) is not None and is_country(cr)}
    return found


def story_country(links: Mapping[str, Link], record_of: RecordOf) -> str | None:
    """The country most of the article's linked items are, or are in (half of those
    that have a country, or more)."""
    count: Counter[str] = Counter()
    for link in links.values():
        record = record_of(link.qid) if link.qid else None
        if record is None:
            continue
        countries = {record.qid} if is_country(record) else {
            q for q in record.related if (r := record_of(q)) is not None and is_country(r)}
        count.update(countries)
    if not count:
        return None
    (top, n), total = count.most_common(1)[0], sum(1 for l in links.values() if l.qid)
    return top if n * 2 >= total else None


def party_of_members(entity: Entity, lookup: Lookup, country: str | None,
                     linked: Iterable[str]) -> str | None:
    """The party a one-word adjective or plural names ("most Democrats", "Republican
    senators", "the Democratic nomination"): the one party answering to it (as an alias,
    or with "Party") that the article links elsewhere, else the one of the story's
    country."""
    if entity.type not in PARTY_TYPES:
        return None
    word = _one_capitalised_word(entity)
    if word is None or word in demonyms():
        return None  # "American" is the country's, not the American Party's
    forms = (word, *PARTY_FORMS.get(word, (f"{word} Party",)))
    parties = {h.record.qid: h.record for form in forms for h in lookup(form)
               if h.match in ("label", "alias") and PARTY.search(h.record.description)
               and not is_person(h.record)}
    mine = [q for q in parties if q in set(linked)]
    if len(mine) == 1:
        return mine[0]
    home = [q for q, r in parties.items() if country and country in r.related]
    return home[0] if len(home) == 1 else None


def propagate(extraction: Extraction, links: Mapping[str, Link], record_of: RecordOf,
              lookup: Lookup) -> dict[str, Link]:
    """New links for entities ``links`` leaves NIL or does not hold, from the article's
    own linked names (see the module's docstring); entity key -> Link."""
    text = extraction.article.text
    entities = extraction.entities
    new: dict[str, Link] = {}
    country: str | None | bool = False

    by_name = linked_names(entities, links)
    surnames = full_names_by_surname(entities)

    def unlinked(e: Entity) -> bool:
        return not (e.key in links and links[e.key].qid) and e.key not in new

    for e in entities:
        if not unlinked(e):
            continue
        found = surname_of_linked(e, entities, links, surnames) or (
            e.kind == "name" and (head_of_linked(e, entities, links, text)
                                  or lower_case_end(e, entities, links, text, by_name)))
        if found:
            qid, owner = found
            new[e.key] = Link(e.key, qid, links[owner].score,
                              links[e.key].candidates if e.key in links else (),
                              links[owner].source)
    linked = [l.qid for l in (*links.values(), *new.values()) if l.qid]
    for e in entities:
        if not unlinked(e) or e.kind != "name":
            continue
        if country is False:
            country = story_country(links, record_of)
        qid = party_of_members(e, lookup, country or None, linked)
        score = PARTY_SCORE
        if qid is None:
            qid, score = demonym_in_compound(e, lookup, text), DEMONYM_SCORE
        if qid is None:
            qid, score = place_read_as_group(e, lookup, record_of, country or None,
                                             linked), PLACE_SCORE
        if qid is None:
            qid, score = region_named_as_a_country(e, lookup, record_of, country or None,
                                                   linked), PLACE_SCORE
        if qid:
            new[e.key] = Link(e.key, qid, score, links[e.key].candidates if e.key in links
                              else (), "offline")
    return new


def comma_containers(extraction: Extraction, links: Mapping[str, Link],
                     record_of: RecordOf) -> dict[str, Link]:
    """Places linked to a city that a town's comma says are the region holding the
    town: "White Plains, New York", "Seattle, Washington" name the state, which the
    linked town is in and the city is not. Entity key -> its new link. Only a
    runner-up of the place's own candidates is taken, and only when the town's item
    is in it but not in the linked one ("Queens, New York" stays the city: Queens is
    in both)."""
    moved: dict[str, Link] = {}
    for town, chain in comma_chains(extraction).items():
        link = links.get(town)
        record = record_of(link.qid) if link is not None and link.qid else None
        place = links.get(chain[0])
        if record is None or place is None or not place.qid or place.qid in record.related:
            continue
        held = [(q, score) for q, score in place.candidates if q != place.qid
                and q in record.related and (r := record_of(q)) is not None
                and place_level(r) == "region"]
        if len(held) == 1 and chain[0] not in moved:
            qid, score = held[0]
            moved[chain[0]] = Link(place.entity_key, qid, score, place.candidates,
                                   place.source)
    return moved
