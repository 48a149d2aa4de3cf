"""Links a hand-judged sample of unseen news found wrong, and the rules that make them
NIL (linking, fourteenth iteration; docs/linking.md): a name that is only the start of
a longer name ("English" of "the English Channel", "CNN" of "CNN Philippines"), a
relative's given name that a famous person bears as a surname ("children Brodie and
Nolan"), a world city listed among the article's small places the index does not know
("Carrascal, Cantilan, Madrid, Carmen": a town of the Philippines, not Spain's
capital), a band or a film named by one word in an article of another field ("Yes",
"U2") and a musician's namesake of another trade ("presidential nominee Phil
Collins"; tables in ``kg/data/link/topics.json``), a title's letters ("GM Hikaru
Nakamura"), a party name many countries share linked abroad, a company for its
product ("on Facebook"). Each rule prefers NIL to a guess: the right item was rarely in
the index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Collection, Mapping

from kg.link.classes import is_country, kinds, type_fit
from kg.link.context import Context, RecordOf, place_level
from kg.link.index import Hit, is_person
from kg.link.data_files import link_json
from kg.link.names import PLACE_TYPES, abbreviation, name_kind, one_word
from kg.link.records import Record
from kg.model import Entity, Extraction, Link, Mention
from kg.vocab import normalise_name

#: A relative, then the names already listed after it: "his children Elizabeth and
#: Susan", "his wife Amanda, and children Brodie and Nolan". The relative words match
#: in any case, the names only capitalised.
KIN_LIST_BEFORE = re.compile(
    r"\b(?i:sons?|daughters?|child|children|wife|husband|brothers?|sisters?|mother|"
    r"father|grand(?:son|daughter|child|children)s?|nieces?|nephews?|cousins?|widow|"
    r"fianc[ée]e?|twins?)\s*,?\s+(?:[A-Z][\w'’-]*\s*,?\s+(?:and\s+|&\s+)?){0,4}$")
#: How far before a name its relative word may be
KIN_REACH = 80
#: Up to three capitalised words right after a name, on the same line: what may
#: continue it ("English| Channel", "CNN| Philippines")
NEXT_WORDS = re.compile(r" ([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,2})")
#: Up to three capitalised words right before a name, on the same line, after a word
#: that is no end of a sentence: what may open it ("Change| UK")
PREV_WORDS = re.compile(r"(?<=[\w,;)] )((?:[A-Z][\w'’.&-]* ){1,3})$")
#: The list mates the index must know nothing of for a famous namesake to be doubted
UNKNOWN_MATES = 2


def relative_name(entity: Entity, record: Record, text: str) -> bool:
    """Is ``entity`` one word written only among the names of someone's relatives ("his
    children Elizabeth and Susan", "his wife Amanda, and children Brodie and Nolan"),
    read as a place or as a person whose surname it is (Christopher Nolan)? A given
    name of the family, not the famous namesake. A person it names otherwise ("his wife
    Melania", an alias of her own) stays."""
    names = entity.name_mentions
    if not names or not one_word(entity.name):
        return False
    if entity.type == "Person":
        if normalise_name(record.label).split()[-1:] != [normalise_name(entity.name)]:
            return False
    elif entity.type not in PLACE_TYPES:
        return False
    return all(KIN_LIST_BEFORE.search(text, max(0, m.start - KIN_REACH), m.start)
               for m in names)


Lookup = Callable[[str], list[Hit]]


def _continues(entity: Entity, mention: Mention, text: str, qid: str, lookup: Lookup,
               countries: Collection[int]) -> bool:
    """Is ``mention`` the start of a longer name: with the capitalised words after it,
    the label or an alias of another item ("English Channel"), or an organisation's
    name before a country's ("CNN Philippines": its branch there, another item)?"""
    found = NEXT_WORDS.match(text, mention.end)
    if found is None:
        return False
    if entity.type == "Organization" and found.start(1) in countries:
        return True
    words = found.group(1).split()
    head = text[mention.start:mention.end]
    return any(h.record.qid != qid and h.match in ("label", "alias")
               for n in range(1, len(words) + 1)
               for h in lookup(f"{head} {' '.join(words[:n])}"))


def _ends(mention: Mention, text: str, qid: str, lookup: Lookup) -> bool:
    """Is ``mention`` the end of a longer name: with the capitalised words right before
    it (one space, the same line, no sentence opening between), the label or an alias of
    another item and of no name of its own item ("no Change UK candidates": the party,
    not the country)?"""
    found = PREV_WORDS.search(text, max(0, mention.start - 60), mention.start)
    if found is None:
        return False
    words = found.group(1).split()
    head = text[mention.start:mention.end]
    for n in range(1, len(words) + 1):
        hits = lookup(f"{' '.join(words[-n:])} {head}")
        named = [h for h in hits if h.match in ("label", "alias")]
        if named and all(h.record.qid != qid for h in named):
            return True
    return False


def _after_party_word(mention: Mention, text: str, before: Mapping[int, Entity],
                      links: Mapping[str, Link], lookup: Lookup) -> bool:
    """Is ``mention``, an organisation's name, right after (one space) a group's name the
    article leaves unlinked and the index knows as an organisation's ("a Kataeb Hezbollah
    official": the model's nationality "Kataeb", a party's short name, then "Hezbollah")?
    The two are one name the index lacks, not the organisation named by its second half.
    A group the article links ("Republican Senate", "Democrat Chuck Schumer") or a word
    the index knows as a faith ("Sunni") is a modifier of its own."""
    group = before.get(mention.start - 1)
    if group is None or text[mention.start - 1] != " ":
        return False
    link = links.get(group.key)
    if link is not None and link.qid:
        return False
    return any(h.match in ("label", "alias") and type_fit("Organization", h.record) >= 1.0
               for h in lookup(group.name))


def inside_longer_names(extraction: Extraction, links: Mapping[str, Link],
                        lookup: Lookup) -> frozenset[str]:
    """The keys of the linked entities every name mention of which is the start of a
    longer name (``_continues``): "crossed the English Channel" is not the language,
    "according to CNN Philippines" not CNN. Not a country: "United States Senate" holds
    a country the field's guidelines link as a demonym is. Or every name mention of
    which is the end of a longer name another item is known by (``_ends``): "Change UK
    candidates" is the party, a country included (a name does not end with a demonym).
    Or an organisation every name mention of which follows an unlinked group's name that
    is an organisation's (``_after_party_word``): "a Kataeb Hezbollah official"."""
    text = extraction.article.text
    countries = {m.start for e in extraction.entities if e.type == "Country"
                 for m in e.name_mentions}
    groups = {m.end: e for e in extraction.entities if e.type == "Group"
              for m in e.name_mentions}
    found = set()
    for e in extraction.entities:
        link = links.get(e.key)
        names = e.name_mentions
        if link is None or not link.qid or not names:
            continue
        if e.type != "Country" and \
                all(_continues(e, m, text, link.qid, lookup, countries) for m in names):
            found.add(e.key)
        elif all(_ends(m, text, link.qid, lookup) for m in names):
            found.add(e.key)
        elif e.type == "Organization" and \
                all(_after_party_word(m, text, groups, links, lookup) for m in names):
            found.add(e.key)
    return frozenset(found)


@lru_cache(maxsize=1)
def division_words() -> frozenset[str]:
    """The words of ``kg/data/link/divisions.json`` that, after an organisation's name,
    name one of its divisions ("NBC News")."""
    return frozenset(link_json("divisions.json")["division_words"])


def short_of_unknown_name(entity: Entity, entities: Collection[Entity],
                          links: Mapping[str, Link]) -> bool:
    """Is ``entity`` an organisation named only after the name of one of its divisions
    (its name and a word of ``division_words``) that the article leaves NIL ("NBC News
    called Nevada ... a total by NBC's reckoning"): the article's short form of the
    division, not the parent the short name alone is? Named once before the division
    ("Reuters and NBC ... speaking to NBC News"), it is a mention of its own."""
    names = entity.name_mentions
    if entity.type != "Organization" or not names:
        return False
    first = min(m.start for m in names)
    words = normalise_name(entity.name).split()
    for other in entities:
        link = links.get(other.key)
        if other.key == entity.key or other.type != "Organization" or link is None \
                or link.qid:
            continue
        longer = normalise_name(other.name).split()
        if longer[:-1] == words and longer[-1] in division_words() and \
                any(m.start < first for m in other.name_mentions):
            return True
    return False


def nil(links: dict[str, Link], keys: Collection[str]) -> None:
    """Make the entities of ``keys`` NIL, keeping their candidates."""
    for key in keys:
        if key in links and links[key].qid:
            links[key] = Link(key, None, 0.0, links[key].candidates, "offline")


def namesake_among_unknown(entity: Entity, record: Record, listed: Collection[tuple[str, ...]],
                           links: Mapping[str, Link],
                           anchors: Mapping[str, tuple[str, Record]], record_of: RecordOf,
                           mentions: Mapping[str, int],
                           cache: dict[str, frozenset[str]]) -> bool:
    """Is ``entity`` a place linked to an item of another country than the article's
    main ones, listed with at least ``UNKNOWN_MATES`` names the index knows nothing of
    ("the towns damaged were Carrascal, Cantilan, Madrid, Carmen, Lanuza and Cortes" in
    a story of the Philippines)? The list is of the story's small places, which the
    index lacks; the famous namesake abroad (Madrid, Spain) is not one of them. The
    article's countries are read off the first pass's ``anchors`` but ``entity``'s own
    (Madrid's Spain is no country of that story)."""
    if entity.type != "Place" or is_country(record):
        return False
    mates = [k for keys in listed if entity.key in keys for k in dict.fromkeys(keys)
             if k != entity.key and k in links and not links[k].qid
             and not links[k].candidates]
    if len(mates) < UNKNOWN_MATES:
        return False  # before the context: most places are in no such list
    return abroad(entity, record, anchors, record_of, mentions, cache)


def abroad(entity: Entity, record: Record, anchors: Mapping[str, tuple[str, Record]],
           record_of: RecordOf, mentions: Mapping[str, int],
           cache: dict[str, frozenset[str]]) -> bool:
    """Is ``record`` of no main country of the article (or of none the index knows),
    the article's countries read off the first pass's ``anchors`` but ``entity``'s own,
    when the article has main countries at all?"""
    context = Context({q: r for k, (q, r) in anchors.items() if k != entity.key},
                      record_of, mentions=mentions, cache=cache)
    return bool(context.main_countries) and \
        not context.countries(record) & context.main_countries


#: A leading article, no part of a country's name ("The Bahamas", "The Gambia")
_THE = re.compile(r"^the ")


def country_alias_abroad(entity: Entity, record: Record, hits: Collection[Hit],
                         anchors: Mapping[str, tuple[str, Record]], record_of: RecordOf,
                         mentions: Mapping[str, int],
                         cache: dict[str, frozenset[str]]) -> bool:
    """Is ``entity`` a name the extraction did not read as a country, written once,
    linked to a country that answers to it only by an alias, of no main country of the
    article? "free medical care at St Vincent" in a story of Melbourne is the city's
    hospital, not Saint Vincent and the Grenadines: a country the story is about is
    named by its own name, or more than once. A country is otherwise neither at home
    nor abroad, so nothing else doubts it. The label without its article ("Bahamas" of
    "The Bahamas") is the country's own name."""
    if entity.type == "Country" or len(entity.name_mentions) != 1 or not is_country(record):
        return False
    if _THE.sub("", normalise_name(record.label)) == normalise_name(entity.name):
        return False  # "Bahamas" of "The Bahamas": the label itself
    matches = {h.match for h in hits if h.record.qid == record.qid}
    return matches == {"alias"} and abroad(entity, record, anchors, record_of, mentions, cache)


#: What an item's description calls a political party
PARTY = re.compile(r"(?i)\bparty\b")
#: Parties of the index answering to one name that make it a name many countries use
SHARED_PARTIES = 3


def shared_party_abroad(entity: Entity, record: Record, hits: Collection[Hit],
                        anchors: Mapping[str, tuple[str, Record]], record_of: RecordOf,
                        mentions: Mapping[str, int],
                        cache: dict[str, frozenset[str]]) -> bool:
    """Is ``entity`` a party's name that at least ``SHARED_PARTIES`` parties of the index
    answer to ("Christian Democratic Party", "Unity Party", "Republic") linked to one of
    no main country of the article? In a story of the United States such a name is the
    American party the index lacks, not Chile's or Turkey's; a story of the United
    Kingdom keeps its "Labour"."""
    if entity.type != "Organization" or not PARTY.search(record.description):
        return False
    parties = {h.record.qid for h in hits if h.match in ("label", "alias")
               and PARTY.search(h.record.description)}
    return record.qid in parties and len(parties) >= SHARED_PARTIES and \
        abroad(entity, record, anchors, record_of, mentions, cache)


@dataclass(frozen=True)
class Topic:
    item: re.Pattern  # words of an item's description that say it is of the field
    person: re.Pattern  # words of a person's description that make them of the field
    article: frozenset[str]  # words of an article that speaks of the field


@dataclass(frozen=True)
class Topics:
    topics: tuple[Topic, ...]
    roles: re.Pattern  # a person's other trades, which any news may speak of
    titles: re.Pattern  # right before a name: a trade none of the fields only holds
    titles_after: re.Pattern  # right after a name: the same ("X for vice president")


def _words(words: list[str]) -> re.Pattern:
    return re.compile(r"(?i)\b(?:%s)\b" % "|".join(map(re.escape, words)))


@lru_cache(maxsize=1)
def topics() -> Topics:
    """The tables of ``kg/data/link/topics.json``."""
    data = link_json("topics.json")
    titles = "|".join(map(re.escape, data["titles"]))
    after = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in data["titles_after"])
    return Topics(tuple(Topic(_words(t["item"]), _words(t["person"]), frozenset(t["article"]))
                        for t in data["topics"].values()), _words(data["roles"]),
                  re.compile(rf"\b(?:{titles})\s+$"),
                  re.compile(rf"(?i)\s+(?:{after})\b"))


def off_topic(entity: Entity, record: Record, text_words: Collection[str],
              text: str = "") -> bool:
    """Is ``entity`` linked to an item of a field of ``topics`` (music, the screen) that
    the article says it is not of? Named by one word, a band, a song, a film in an
    article that writes no word of its field: "Yes, we are now exploring" in an
    interview on Mars is no rock band, nor "collected by U2 in the stratosphere" one,
    as such items take common words for names. A person of those fields only (no
    trade of ``roles``) whom the article gives another trade right before their name:
    "Prohibition Party presidential nominee Phil Collins" is not the English musician,
    nor "the ticket of Darrell Castle for president and Scott Bradley for vice president"
    the composer ("Scientologist Tom Cruise" is the actor: any news speaks of the famous)."""
    table = topics()
    if is_person(record) or entity.type == "Person":  # a source's person may have no class
        fields = [t for t in table.topics if t.person.search(record.description)]
        before = [text[max(0, m.start - 30):m.start] for m in entity.name_mentions]
        if any(t.person.search(words) for t in fields for words in before):
            return False  # "rapper Kanye West for vice president": the article's own trade
        return bool(fields) and not table.roles.search(record.description) and any(
            table.titles.search(text, max(0, m.start - 30), m.start)
            or table.titles_after.match(text, m.end)
            for m in entity.name_mentions)
    words = set(text_words)
    return one_word(entity.name) and any(
        t.item.search(record.description) and not t.article & words for t in table.topics)


#: Between a title's letters and the name after them: a bracket closing, one space
_TITLE_GAP = re.compile(r"[\])]? ")


#: Right before the one told: "told NPR Hamza bin Laden had appeared" (NPR is told, not a
#: title of the person after it).
_TOLD_BEFORE = re.compile(r"(?i)\b(?:told|tells|telling|asked|informed)\s+$")


def letters_before_person(entity: Entity, entities: Collection[Entity], text: str) -> bool:
    """Is ``entity``, a few capitals, always written right before a person's name of the
    article ("even [GM] Hikaru Nakamura tweeted")? The letters of a title (a chess
    grandmaster), not the organisation they also name (General Motors). Not after a
    verb of telling: "told NPR Hamza bin Laden had …" tells the organisation."""
    letters = entity.name.replace(".", "")
    names = entity.name_mentions
    if not abbreviation(letters, 2, 4) or not names:
        return False
    people = {m.start for e in entities if e.type == "Person" for m in e.name_mentions}
    return all((gap := _TITLE_GAP.match(text, m.end)) is not None and gap.end() in people
               and not _TOLD_BEFORE.search(text[max(0, m.start - 12):m.start])
               for m in names)


#: Around a name used as a product, not as its company: "on Facebook", "social media
#: site Facebook", "the Facebook page", "Facebook users"
_PRODUCT_BEFORE = re.compile(r"(?i)\b(?:on|via|site|platform|app|network|website|service)\s+$")
_PRODUCT_AFTER = re.compile(r"\s+(?:page|pages|post|posts|user|users|account|accounts|video|"
                            r"videos|group|groups|live|feed|friends|profile|messages?)\b")


def product_of_company(entity: Entity, record: Record, text: str) -> bool:
    """Is ``entity`` linked to a company the index knows only with its legal form
    ("Facebook Inc." for "Facebook"), while the article uses the name as the company's
    product ("social media site Facebook", "on Facebook", "a Facebook page")? The
    product is another item, which the index lacks."""
    if name_kind(record, entity.name, "alias") != "legal":
        return False
    return any(_PRODUCT_BEFORE.search(text, max(0, m.start - 12), m.start) or
               _PRODUCT_AFTER.match(text, m.end) for m in entity.name_mentions)


@dataclass(frozen=True)
class KindNouns:
    nouns: re.Pattern  # right after a name: one of the nouns of the table
    items: Mapping[str, frozenset[str]]  # each noun: the kinds of item a name before it is


@lru_cache(maxsize=1)
def kind_nouns() -> KindNouns:
    """The table of ``kg/data/link/kind_nouns.json``."""
    data = link_json("kind_nouns.json")
    items = {noun: frozenset(row["items"]) for row in data["kinds"] for noun in row["nouns"]}
    return KindNouns(re.compile(r" (%s)\b" % "|".join(map(re.escape, sorted(items)))), items)


#: Types of a name that is only a word before a noun ("the Kurdish region", "Chinese
#: coast": a people's adjective, which names its country, not the region)
_ADJECTIVE_TYPES = frozenset({"Group", "Country"})


def noun_of_another_kind(entity: Entity, record: Record, text: str) -> bool:
    """Is ``entity`` written, in most of its name mentions, right before a common noun
    that says it names something ``record`` is not ("the Amazon rainforest" is no
    company, "Elon Musk's Tesla convertible" no inventor)? An item of no known kind is
    not doubted."""
    found = kinds(record.classes, record.description, record.kinds)
    names = entity.name_mentions
    if entity.type in _ADJECTIVE_TYPES or not found or not names:
        return False
    table = kind_nouns()
    before = [m for m in names if (noun := table.nouns.match(text, m.end)) is not None
              and not found & table.items[noun.group(1)]]
    return 2 * len(before) > len(names)


def letters_of_another_link(entity: Entity, record: Record, hits: Collection[Hit],
                            entities: Collection[Entity], links: Mapping[str, Link]) -> bool:
    """Is ``entity`` a few capitals linked to one item while another entity of the
    article is linked to another item those letters also name ("University of Hawaii at
    Manoa (UH Manoa) ... UH has a strong tradition": not the University of Houston)? The
    article's own bearer of the letters is meant, or a body of it the index may lack
    (the University of Hawaii system): no namesake elsewhere."""
    letters = entity.name.replace(".", "")
    if not abbreviation(letters, 2, 5):
        return False
    named = {h.record.qid for h in hits if h.match in ("label", "alias")} - {record.qid}
    return any(links[o.key].qid in named for o in entities
               if o.key != entity.key and o.key in links and links[o.key].qid)


#: A year written right before a name, nothing between: "the 2020 US Presidential Election"
_YEAR_BEFORE = re.compile(r"(?<![\d.,$£€])(?:1[5-9]|20)\d\d\s+$")
#: A year in an item's name: "2020 United States presidential election"
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def edition_of_series(entity: Entity, record: Record, text: str) -> bool:
    """Is ``entity`` an event the article names after a year ("the 2020 US Presidential
    Election", "the 2019 World Athletics Championships") linked to an item none of whose
    names holds a year: the kind of event or the series, not that year's edition? The
    edition is meant; the index rarely has it, so NIL."""
    if entity.type != "EventName" or any(_YEAR.search(n) for n in (record.label,
                                                                    *record.aliases)):
        return False
    return any(_YEAR_BEFORE.search(text[max(0, m.start - 8):m.start])
               for m in entity.name_mentions)


#: A capitalised "The" inside a sentence, right before a name: part of a title
#: ("reported in The Atlantic", "Next, The Atlantic claimed")
_THE_INSIDE = re.compile(r"[a-z0-9,;]\s+The\s+$")


def titled_place(entity: Entity, record: Record, text: str) -> bool:
    """Is ``entity`` written, in most of its name mentions, after a capitalised "The"
    inside a sentence, and linked to a place none of whose names opens with "the"? "The
    Atlantic claimed" is the magazine, not the Atlantic Ocean: inside a sentence "The"
    is written so only as part of a title. Places that take the article in their name
    are labelled with it ("The Hague"); a country is exempt ("in The Netherlands")."""
    names = entity.name_mentions
    found = kinds(record.classes, record.description, record.kinds)
    if not names or not found & PLACE_TYPES or is_country(record) or any(
            normalise_name(n).startswith("the ") for n in (record.label, *record.aliases)):
        return False
    titled = [m for m in names if _THE_INSIDE.search(text[max(0, m.start - 8):m.start])]
    return 2 * len(titled) > len(names)


#: Where the head of an item's description ends ("political party | in the United
#: Kingdom", "militant group | and political party")
_HEAD_END = re.compile(r"[,;(]|\b(?:of|in|and|based|from|for)\b")


def party_of_unnamed_country(entity: Entity, record: Record,
                             anchors: Mapping[str, tuple[str, Record]], record_of: RecordOf,
                             mentions: Mapping[str, int],
                             cache: dict[str, frozenset[str]]) -> bool:
    """Is ``record`` a political party of countries the article never names, in an
    article set elsewhere ("Craig Farquharson ... is running for the Liberal Democrats"
    in a story of Queensland is not the British party)? A party stands in its own
    country's elections: a story that speaks of one names that country. The article's
    countries are read off the first pass's ``anchors`` but those of ``record`` itself
    (the party's other entities, "Liberal Democrats" read both as a group and an
    organisation)."""
    if not PARTY.search(_HEAD_END.split(record.description.casefold(), 1)[0]):
        return False  # "militant group and political party based in Lebanon": a militia
    context = Context({q: r for k, (q, r) in anchors.items()
                       if k != entity.key and q != record.qid},
                      record_of, mentions=mentions, cache=cache)
    return context.placed and context.home(record) == -1


@lru_cache(maxsize=1)
def seat_words() -> tuple[str, ...]:
    """The description words of ``kg/data/link/seats.json``: a member of a body elected
    by places (a member of Congress, a governor)."""
    data = link_json("seats.json")
    return tuple(data["members"])


def seat_region(entity: Entity, record: Record, entities: Collection[Entity],
                links: Mapping[str, Link], hits: Collection[Hit], record_of: RecordOf,
                text: str) -> str | None:
    """The QID of the region ``entity`` names when every name of it follows "<a member
    of Congress, a governor> of", linked to a city that answers to the name of the region
    it is in: "Jerrold Nadler of New York" is the state he represents, not the city. The
    person must be linked, and their description say the seat ("member of the United
    States House of Representatives"); "Mayor Bill de Blasio of New York" stays the city."""
    names = entity.name_mentions
    if entity.type not in PLACE_TYPES or not names or place_level(record) != "city":
        return None
    seats = {m.end for o in entities if o.type == "Person" and links.get(o.key)
             and links[o.key].qid and _holds_seat(record_of(links[o.key].qid))
             for m in o.name_mentions}
    if not all(m.start - 4 in seats and text[m.start - 4:m.start] == " of " for m in names):
        return None
    key = normalise_name(entity.name)
    regions = {h.record.qid for h in hits if h.match in ("label", "alias")
               and normalise_name(h.form or entity.name) == key
               and h.record.qid in record.related and place_level(h.record) == "region"}
    return next(iter(regions)) if len(regions) == 1 else None


@lru_cache(maxsize=1)
def campus_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tables of ``kg/data/link/campus.json``: the words that, right before a city's
    name, make it the city's university ("research at Helsinki"), and the stems that make
    a linked organisation's name a university's."""
    data = link_json("campus.json")
    return tuple(data["before"]), tuple(data["university_stems"])


def campus_of_city(entity: Entity, record: Record, entities: Collection[Entity],
                   links: Mapping[str, Link], text: str) -> str | None:
    """The QID of the university ``entity`` stands for when every name of it follows
    words of academic work ("postdoctoral research at Helsinki") and the article links a
    university named with the city's name ("the University of Helsinki"): the city stands
    for its university, which the article names in full. One such university, else none;
    a city named once as a place ("a conference in Helsinki") keeps its link."""
    names = entity.name_mentions
    if entity.type not in PLACE_TYPES or not names or place_level(record) != "city":
        return None
    before, stems = campus_words()
    for m in names:
        words = " ".join(text[max(0, m.start - 40):m.start].casefold().split())
        if not any(words.endswith(" " + cue) or words == cue for cue in before):
            return None
    key = f" {normalise_name(entity.name)} "
    found = {links[o.key].qid for o in entities
             if o.type == "Organization" and o.key != entity.key and links.get(o.key)
             and links[o.key].qid and any(st in normalise_name(o.name) for st in stems)
             and key in f" {normalise_name(o.name)} "}
    return next(iter(found)) if len(found) == 1 else None


def _holds_seat(record: Record | None) -> bool:
    description = record.description.casefold() if record is not None else ""
    return any(word in description for word in seat_words())

