"""What the rest of an article says about a candidate item: the items linked in a
first pass (anchors), the places and countries they are in, the article's main
countries, the words around a place's names, whether the article reports a sport.

``Context`` is built once per entity of the second pass (its own anchor left out); the
countries of items are cached for the whole article.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Callable, Mapping

from kg.link.classes import CONSTITUENT_COUNTRY, SOVEREIGN_STATE, is_country, kinds
from kg.link.index import is_person
from kg.link.metonymy import LOCATIVE, TeamUse, team_use, womens_team
from kg.link.records import Record
from kg.model import Entity
from kg.vocab import normalise_name

POPULAR = math.log1p(250)  # sitelinks of a world-famous item
WELL_KNOWN = 0.62  # prior above which a one-word alias is trusted
SAME_ITEM = 2.0  # support of an item another entity of the article is linked to


def prior(record: Record) -> float:
    """0..1 from sitelinks (or the sources' estimate), on a log scale."""
    return min(1.0, math.log1p(max(0, record.popularity)) / POPULAR)


RecordOf = Callable[[str], "Record | None"]
#: Descriptions of organisations every country has its own of, under the same names
#: ("The Greens", "Labour", "National Police"): their country is their identity.
COUNTRY_BOUND = re.compile(r"(?i)\b(?:party|government|ministry|police|army|armed forces|"
                            r"parliament|legislature|senate|court)\b")
#: Descriptions of the media an article cites: their country is not the story's.
MEDIA = re.compile(r"(?i)\b(?:news agency|newspaper|broadcaster|news channel|television "
                    r"network|radio network|magazine|news website|wire service)\b")


@lru_cache(maxsize=65536)
def cited_media(description: str) -> bool:
    """Does an item's description say it is a medium an article cites (``MEDIA``)? Read
    once per description: every anchor's is read again for each entity's context."""
    return MEDIA.search(description) is not None


WORD = re.compile(r"[a-z]+")
LAST_WORD = re.compile(r"(\w+)\W+(?:the\s+)?$")


class Context:
    """What the rest of the article says: the items linked in a first pass (anchors),
    the places and countries they are in, and the article's words.

    ``record_of`` gives the records of the places an item is related to (its country
    through its city, say)."""

    def __init__(self, anchors: Mapping[str, Record], record_of: RecordOf = lambda q: None,
                 text_words: frozenset[str] = frozenset(), text: str = "",
                 mentions: Mapping[str, int] | None = None,
                 cache: dict[str, frozenset[str]] | None = None,
                 containers: Mapping[str, frozenset[str]] | None = None,
                 cued: Mapping[str, frozenset[str]] | None = None,
                 anchored: bool = True, sports: frozenset[str] = frozenset(),
                 side: str = "men"):
        self.anchors = dict(anchors)  # qid -> record
        # False in the first pass, before any anchor is known: the text's silence on
        # places says nothing yet
        self.anchored = anchored
        self.record_of = record_of
        self.text_words = text_words
        self.text = text
        # entity key -> the items the places named after it with commas may be
        # ("Preston, Victoria, Australia"); entity key -> the kinds of place its
        # neighbours say it is ("Saratoga Springs, New York": a region)
        self.containers = containers or {}
        self.cued = cued or {}
        # the team sports the article reports (``metonymy.reported_sports``)
        self.sports = sports
        # whose teams the report's places stand for: "women" or "men"
        # (``metonymy.reported_side``)
        self.side = side
        self._within: dict[str, frozenset[str]] = {}
        # items' countries do not change within an article: one cache for its contexts
        self._countries: dict[str, frozenset[str]] = cache if cache is not None else {}
        self._levels: dict[str, frozenset[str]] = {}
        self._uses: dict[str, TeamUse] = {}
        # the article's countries, by the names of its anchors that are in them; the
        # main ones hold a third of the most named one's
        weight: dict[str, int] = {}
        named: set[str] = set()
        for qid, record in self.anchors.items():
            if cited_media(record.description):
                continue  # "according to the Associated Press": no place of the story
            countries = self.countries(record)
            if prior(record) >= WELL_KNOWN or is_country(record) or \
                    "Place" in kinds(record.classes, record.description, record.kinds):
                named |= countries  # little-known anchors are the least sure of all
            if is_country(record) or "Place" in kinds(record.classes, record.description,
                                                       record.kinds):
                # where the story is: its places (a Boeing plane crashing in Iran is
                # no story of the United States)
                for country in countries:
                    weight[country] = weight.get(country, 0) + (mentions or {}).get(qid, 1)
        self.article_countries = frozenset(named)
        top = max(weight.values(), default=0)
        self.main_countries = frozenset(c for c, w in weight.items() if w * 3 >= top)

    def _record(self, qid: str) -> Record | None:
        return self.anchors.get(qid) or self.record_of(qid)

    def countries(self, record: Record) -> frozenset[str]:
        """The countries ``record`` is, or is in: its related countries, else those of
        the first place it is in (a city's, through its state)."""
        found = self._countries.get(record.qid)
        if found is not None:
            return found
        if is_country(record):
            # "Thames Valley Police" (of the United Kingdom) is at home in a story set
            # in Oxfordshire, England: a constituent country is in its sovereign state
            found = frozenset({record.qid}) | (frozenset(
                q for q in record.related if (r := self._record(q)) is not None
                and SOVEREIGN_STATE in r.classes)
                if CONSTITUENT_COUNTRY in record.classes else frozenset())
        else:
            places = [r for r in map(self._record, record.related) if r is not None]
            found = frozenset(r.qid for r in places if is_country(r))
            if not found and places:
                found = frozenset(q for q in places[0].related
                                  if (r := self._record(q)) is not None
                                  and is_country(r))
        self._countries[record.qid] = found
        return found

    def support(self, record: Record) -> float:
        """How much the other entities of the article back ``record`` (0..1): an anchor
        is the place it is in (Gainesville next to Florida) or is in it directly
        (Brooklyn: New York City), 1; is in it through another place, 0.5."""
        if record.qid in self.anchors:
            return SAME_ITEM  # another name of the article was linked to it
        n = 0.0
        related = set(record.related)
        person = is_person(record)
        for qid, other in self.anchors.items():
            if qid in related and not is_country(other):
                # its state, its city; a person's places are where they are from, which
                # anyone of that name may be ("Wong", a Hong Kong actor, in Hong Kong news)
                n = max(n, 0.5 if person else 1.0)
            elif record.qid in other.related and not is_country(record):
                # the place the anchor is in: its first (most specific) place counts most
                n = max(n, 1.0 if other.related[0] == record.qid else 0.5)
        return n

    def within(self, record: Record) -> frozenset[str]:
        """The QIDs of the places ``record`` is in, through up to three steps (a suburb,
        its city, its state, its country)."""
        found = self._within.get(record.qid)
        if found is None:
            seen: set[str] = set()
            layer = list(record.related)
            for _ in range(WITHIN_STEPS):
                layer = [q for q in dict.fromkeys(layer) if q not in seen][:WITHIN_WIDTH]
                seen.update(layer)
                layer = [q for r in map(self._record, layer) if r is not None
                         for q in r.related]
            found = self._within[record.qid] = frozenset(seen)
        return found

    def located(self, entity: Entity, record: Record) -> int:
        """1: the places the article names after the entity with commas ("Preston,
        Victoria, Australia") hold ``record`` (or name it: "Washington, D.C."); -1:
        ``record`` is somewhere else (Preston in Lancashire); 0: nothing to tell."""
        containers = self.containers.get(entity.key)
        if not containers:
            return 0
        if record.qid in containers or self.within(record) & containers:
            return 1
        # the sources often say only a place's country ("city in Italy" for "Livorno,
        # Tuscany"): only another country says it is elsewhere
        theirs = frozenset().union(*(self.countries(r) for r in map(self._record, containers)
                                     if r is not None))
        mine = self.countries(record)
        if mine and theirs and not mine & theirs:
            return -1
        # "Fairfield, California" is not the town in Connecticut: the item is in a
        # region of the same kind ("state") as the one after the comma, and another
        return -1 if self._sibling_region(record, containers) else 0

    def _sibling_region(self, record: Record, containers: frozenset[str]) -> bool:
        """Is ``record`` directly in a region of the same kind and country as a region
        of ``containers`` (a state beside a state), and in none of them?"""
        def kind(r: Record) -> str | None:
            found = LEVEL_RE.search(r.description.casefold())
            return found.group(1) if found and found.group(1) in LEVEL_WORDS["region"] \
                else None

        mine = [r for r in map(self._record, record.related) if r is not None and kind(r)]
        theirs = [r for r in map(self._record, containers) if r is not None and kind(r)]
        return bool(mine and theirs) and any(
            kind(a) == kind(b) and a.qid != b.qid and
            self.countries(a) and self.countries(a) == self.countries(b)
            for a in mine for b in theirs) and not any(
            a.qid in containers for a in mine)

    def home(self, record: Record) -> int:
        """1: ``record`` is of a main country of the article (Springfield in an article
        about the United Kingdom); -1: of countries the article never names (a party
        of India in an article about the United States); 0: unknown, or of a country
        the article names in passing."""
        mine = self.countries(record)
        if not mine or not self.article_countries or is_country(record):
            return 0  # a country is no more at home in an article than it is named
        if mine & self.main_countries:
            return 1
        return 0 if mine & self.article_countries else -1

    @property
    def placed(self) -> bool:
        """Does the text say where it is set: does it name a place or a country (a
        short text, a headline often does not)?"""
        return bool(self.main_countries)

    @property
    def unplaced(self) -> bool:
        """Is this a text known to name no place or country (not the first pass, which
        knows no anchor yet)? A weak name there has nothing to place it."""
        return self.anchored and not self.placed

    def named_in(self, name: str, record: Record) -> bool:
        """Does ``name`` open with a name of a country ``record`` is of ("US State
        Department", "U.S. Congress"), or of an article's country that opens the item's
        label too ("U.S. Justice Department" of the "United States Department of
        Justice", an item no source places in its country)?"""
        words = normalise_name(name).split()
        label = normalise_name(record.label).split()
        own = self.countries(record)
        for qid in own | self.article_countries:
            country = self._record(qid)
            keys = [key for other in ((country.label, *country.aliases)
                                      if country is not None else ())
                    if (key := normalise_name(other).split())]
            if any(len(words) > len(key) and words[:len(key)] == key for key in keys) and (
                    qid in own or any(len(label) > len(key) and label[:len(key)] == key
                                      for key in keys)):
                return True
        return False

    def levels(self, entity: Entity) -> frozenset[str]:
        """The kinds of place the words around the entity's names speak of: "upstate
        New York", "New York state" (a region); "New York's mayor" (a city)."""
        if entity.key in self._levels:
            return self._levels[entity.key]
        found = set(self.cued.get(entity.key, ()))
        for m in entity.mentions:
            if m.kind != "name":
                continue
            before = self.text[max(0, m.start - 30):m.start].split()[-CUE_WINDOW:]
            after = self.text[m.end:m.end + 30].split()[:CUE_WINDOW]
            for word in before + after:
                word = word.strip(".,;:!?()\"'’").lower().removesuffix("'s")
                found.update(level for level, cues in LEVEL_CUES.items() if word in cues)
        self._levels[entity.key] = frozenset(found)
        return self._levels[entity.key]

    def reports(self, sport: str) -> bool:
        """Is the article a report of ``sport``: its words, and enough words of any
        sports report, or a team of that sport among the article's links?"""
        return sport in self.sports

    def fits_side(self, record: Record) -> bool:
        """Is the team item of the report's side: a women's team in a report of women's
        sport, a senior men's one otherwise ("Brazil" in the women's World Cup is never
        the men's national team)?"""
        return womens_team(record) == (self.side == "women")

    def team_use(self, entity: Entity) -> TeamUse:
        """How the entity's names are used: as a team, as a place (``metonymy``)."""
        if entity.key not in self._uses:
            self._uses[entity.key] = team_use(entity, self.text)
        return self._uses[entity.key]

    def stands_for_team(self, entity: Entity) -> bool:
        """In a report of a team sport, is the place or country named for its team
        ("Caloundra defeated Maroochydore"; not "the final in Sweden")?"""
        return bool(self.sports) and entity.type in ("Place", "Country") and \
            self.team_use(entity).as_team

    def mostly_a_place(self, entity: Entity) -> bool:
        """Are most of the entity's names after "in", "at", "from" ...? ("the World Cup
        in the Netherlands": the country, even in a sports report)."""
        names = entity.name_mentions
        before = [LAST_WORD.search(self.text[max(0, m.start - 20):m.start]) for m in names]
        places = sum(1 for b in before if b and b.group(1).lower() in LOCATIVE)
        return bool(names) and places * 2 >= len(names)


#: Words that say what kind of place a name next to them is, and the words of an
#: item's description that say what kind it is (the first one found: "city in state
#: of New York" is a city).
LEVEL_CUES = {
    "city": frozenset({"city", "mayor", "downtown", "borough", "boroughs", "subway",
                       "citywide", "metropolitan"}),
    "region": frozenset({"state", "upstate", "statewide", "province", "provincial",
                         "governor", "gov", "gubernatorial", "legislature", "county",
                         "counties", "senator", "senators", "sen"}),
}
LEVEL_WORDS = {
    "city": ("city", "town", "capital", "borough", "village", "municipality", "metropolis",
             "commune", "suburb"),
    "region": ("state", "province", "region", "county", "territory", "oblast",
               "governorate", "prefecture", "canton", "department"),
}
CUE_WINDOW = 2
WITHIN_STEPS = 3  # a suburb, its city, its state, its country
WITHIN_WIDTH = 60  # places followed at each step (a dump's items have many)
LEVEL_RE = re.compile(r"\b(" + "|".join(w for ws in LEVEL_WORDS.values() for w in ws) + r")s?\b")


def place_level(record: Record) -> str | None:
    """"city" or "region" by the first word of the item's description that says which."""
    found = LEVEL_RE.search(record.description.casefold())
    if not found:
        return None
    return next(level for level, words in LEVEL_WORDS.items() if found.group(1) in words)
