"""Choosing a Wikidata item for each entity of an article, or NIL.

Every candidate found by name gets an *evidence* score from

- how the name matched: label, alias, loose form (without name particles), a
  person's surname; an alias that is one common word or an acronym, of an item few
  sources know, counts for less ("Crown", "ROS");
- whether the item's kind fits the entity's type (P31 classes, else what the source
  says the item is, else its description: ``kg.link.classes``);
- its popularity: sitelinks, or for items of the open-data sources an estimate from
  how many sources list it and how many names it has;
- support from the article: the other entities linked in a first pass (the item points
  at them or they at it, both point at the same place) and their names in the item's
  description ("state in Australia" next to "Australia").

The best candidate is linked when its evidence is high enough *and* it holds most of
the evidence of all candidates: two items answering to "New York" (the city's alias,
the state's label) with nothing in the article to choose give NIL. A surname alone
needs support. A country named in a sports report is its national team when the index
has one for that sport (metonymy: "Belgium beat Panama 3-0").
"""
from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from kg.link.classes import is_country, kinds, type_fit
from kg.link.index import Hit, is_person
from kg.link.records import Record
from kg.model import Entity, Extraction, Link
from kg.vocab import normalise_name

#: Entity types never linked: values (dates, quantities), and groups of people
#: ("Russians", "Russian forces"), which name no one item, unless a group has a proper
#: name of its own ("United States Navy": see ``linkable``).
UNLINKED_TYPES = frozenset({"Date", "Quantity", "Group"})
_JOINER_WORDS = frozenset({"of", "the", "and", "for", "de", "&"})
NAME_WEIGHT = {"label": 1.0, "legal": 0.9, "alias": 0.75, "loose": 0.7, "surname": 0.6,
               "team": 1.0}
FOREIGN = 0.5  # a weak name of an item of a country the article is not about
UNSUPPORTED = 0.5  # a one-word alias nothing else in the article backs
#: Odds for an item of the article's countries (and against one of other countries
#: only), by entity type: a party or a ministry of a country the article never names is
#: unlikely; a famous city abroad is named without its country all the time.
HOME_ODDS = {"Organization": (8.0, 8.0), "Person": (4.0, 4.0), "Group": (4.0, 4.0),
             "EventName": (4.0, 2.0)}
PLACE_HOME_ODDS = (2.0, 2.0)
POPULARITY_POWER = float(os.environ.get("KG_PP", 1.5))
SUPPORT_ODDS = float(os.environ.get("KG_SO", 8.0))
HOME_EVIDENCE = 0.2
PLACE_TYPES = frozenset({"Country", "Place"})
SAME_ITEM = 2.0  # support of an item another entity of the article is linked to
PSEUDONYM = 0.4  # a person's alias that shares no word with their name
MIN_EVIDENCE = 0.42  # below: NIL
MIN_SHARE = 0.62  # the best candidate's share of all candidates' evidence, or NIL
POPULAR = math.log1p(250)  # sitelinks of a world-famous item
WELL_KNOWN = 0.62  # prior above which a one-word alias is trusted
SURNAME_ALONE = 0.4  # a surname the article never gives in full
MAX_CANDIDATES = 5
TEAM_ODDS = 3.0  # in a sports report, a national team against the state it represents
#: Sports whose national teams stand for their country in a sports report: the word a
#: team's description uses, and the words that mark an article as a report of it.
SPORTS: dict[str, tuple[str, ...]] = {
    "association football": ("football", "soccer", "fifa", "uefa"),
    "rugby union": ("rugby",),
    "rugby league": ("rugby",),
    "cricket": ("cricket", "wicket", "wickets", "innings"),
    "basketball": ("basketball", "fiba"),
    "ice hockey": ("hockey",),
    "volleyball": ("volleyball",),
    "handball": ("handball",),
}
#: Name words too common to say anything when a description contains them.
GENERIC_WORDS = frozenset({
    "state", "states", "united", "republic", "national", "front", "party", "army", "forces",
    "force", "government", "ministry", "president", "minister", "city", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "central", "great",
    "people", "island", "islands", "kingdom", "democratic", "union", "federal", "federation",
    "international", "organization", "organisation", "council", "islamic", "general",
    "saint", "new", "world", "council", "committee", "office", "house", "base", "port",
    "military", "middle", "first", "second", "royal", "supreme", "court", "university",
    "american", "british", "english"})


@dataclass(frozen=True)
class Scored:
    record: Record
    match: str
    score: float  # evidence, 0..1
    support: float
    primary: bool = True  # found under the entity's own name, not a shorter form
    weight: float = 0.0  # for the share: like ``score`` with popularity on a linear scale


#: Titles and honorifics before a name, stripped for the lookup.
TITLE_WORDS = frozenset("""mr mrs ms miss dr prof professor sir dame lord lady rev reverend
president vice prime minister chancellor senator sen rep representative governor gov
mayor king queen prince princess pope general gen gov. judge justice chief secretary
premier ambassador speaker captain capt colonel col lieutenant lt sergeant sgt major
commissioner minister director chairman chairwoman ceo officer inspector detective
sheikh emir ayatollah imam bishop archbishop cardinal father brother sister saint st
coach""".split())

CandidateSource = Callable[[Entity], list[Hit]]


def surface_forms(entity: Entity) -> list[str]:
    """The entity's name, aliases and named mentions, longest first, without repeats."""
    forms: dict[str, str] = {}
    texts = [entity.name, *entity.aliases,
             *(m.text for m in entity.mentions if m.kind == "name")]
    for text in texts:
        key = normalise_name(text)
        if key and key not in forms:
            forms[key] = text.strip()
    return sorted(forms.values(), key=len, reverse=True)


def lookup_forms(entity: Entity) -> list[str]:
    """The names to look up: surface forms, and the same without a leading title or
    honorific ("Dr Rosena Allin-Khan" -> "Rosena Allin-Khan") or a closing 's, and in
    the other spelling of -isation/-ization ("World Health Organisation")."""
    forms: dict[str, str] = {}
    for text in surface_forms(entity):
        for form in (text, _untitled(text), *_spellings(text)):
            key = normalise_name(form)
            if key and key not in forms:
                forms[key] = form
    return sorted(forms.values(), key=len, reverse=True)


def _spellings(text: str) -> list[str]:
    """'Organisation' <-> 'Organization': the British and American spellings of -isation."""
    if "isation" in text:
        return [text.replace("isation", "ization")]
    if "ization" in text:
        return [text.replace("ization", "isation")]
    return []


def _untitled(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return " ".join(words)


def comma_forms(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    """Entity key -> the names "X, Y" its mentions make with the place named right after
    them ("Washington, D.C.", "Springfield, Illinois"): a longer name the index may know,
    as the field's "alternative mention spans" read it."""
    places = sorted(((m.start, m.end, m.text) for e in extraction.entities
                     if e.type in PLACE_TYPES for m in e.mentions if m.kind == "name"))
    starts = {start: text for start, _, text in places}
    text = extraction.article.text
    out: dict[str, list[str]] = {}
    for e in extraction.entities:
        if e.type not in PLACE_TYPES and e.type not in ("Facility", "Organization"):
            continue
        for m in e.mentions:
            after = text[m.end:m.end + 2]
            if m.kind == "name" and after == ", " and m.end + 2 in starts:
                out.setdefault(e.key, []).append(f"{m.text}, {starts[m.end + 2]}")
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def linkable(entity: Entity) -> bool:
    """A named entity of a type that names one item ("United States Navy" is a group
    with a proper name; "Russian forces" and "the Russians" are not)."""
    if entity.kind != "name":
        return False
    if entity.type == "Group":
        words = entity.name.split()
        return len(words) >= 2 and all(w[:1].isupper() for w in words
                                       if w.lower() not in _JOINER_WORDS)
    return entity.type not in UNLINKED_TYPES


def needs_online(entity: Entity, hits: list) -> bool:
    """The index knows no item of the right kind under the entity's full name."""
    if not linkable(entity):
        return False
    return not any(h.match in ("label", "alias", "loose")
                   and type_fit(entity.type, h.record) >= 0.8 for h in hits)


def prior(record: Record) -> float:
    """0..1 from sitelinks (or the sources' estimate), on a log scale."""
    return min(1.0, math.log1p(max(0, record.popularity)) / POPULAR)


def sport_of(record: Record) -> str | None:
    """The sport of a team item ("men's national association football team")."""
    text = record.description.casefold()
    if "team" not in text:
        return None
    return next((sport for sport in SPORTS if sport in text), None)


RecordOf = Callable[[str], "Record | None"]
#: Descriptions of organisations every country has its own of, under the same names
#: ("The Greens", "Labour", "National Police"): their country is their identity.
_COUNTRY_BOUND = re.compile(r"(?i)\b(?:party|government|ministry|police|army|armed forces|"
                            r"parliament|legislature|senate|court)\b")
#: Descriptions of the media an article cites: their country is not the story's.
_MEDIA = re.compile(r"(?i)\b(?:news agency|newspaper|broadcaster|news channel|television "
                    r"network|radio network|magazine|news website|wire service)\b")


class Context:
    """What the rest of the article says: the items linked in a first pass (anchors),
    the places and countries they are in, and the article's words.

    ``record_of`` gives the records of the places an item is related to (its country
    through its city, say)."""

    def __init__(self, anchors: Mapping[str, Record], record_of: RecordOf = lambda q: None,
                 text_words: frozenset[str] = frozenset(), text: str = "",
                 mentions: Mapping[str, int] | None = None,
                 cache: dict[str, frozenset[str]] | None = None):
        self.anchors = dict(anchors)  # qid -> record
        self.record_of = record_of
        self.text_words = text_words
        self.text = text
        # items' countries do not change within an article: one cache for its contexts
        self._countries: dict[str, frozenset[str]] = cache if cache is not None else {}
        self._levels: dict[str, frozenset[str]] = {}
        # the article's countries, by the names of its anchors that are in them; the
        # main ones hold a third of the most named one's
        weight: dict[str, int] = {}
        named: set[str] = set()
        for qid, record in self.anchors.items():
            if _MEDIA.search(record.description):
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
            found = frozenset({record.qid})
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

    def named_in(self, name: str, record: Record) -> bool:
        """Does ``name`` open with a name of a country ``record`` is of ("US State
        Department", "U.S. Congress")?"""
        words = normalise_name(name).split()
        for qid in self.countries(record):
            country = self._record(qid)
            for other in (country.label, *country.aliases) if country is not None else ():
                key = normalise_name(other).split()
                if key and len(words) > len(key) and words[:len(key)] == key:
                    return True
        return False

    def levels(self, entity: Entity) -> frozenset[str]:
        """The kinds of place the words around the entity's names speak of: "upstate
        New York", "New York state" (a region); "New York's mayor" (a city)."""
        if entity.key in self._levels:
            return self._levels[entity.key]
        found = set()
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
        return any(w in self.text_words for w in SPORTS[sport])

    def mostly_a_place(self, entity: Entity) -> bool:
        """Are most of the entity's names after "in", "at", "from" ...? ("the World Cup
        in the Netherlands": the country, even in a sports report)."""
        names = [m for m in entity.mentions if m.kind == "name"]
        before = [_LAST_WORD.search(self.text[max(0, m.start - 20):m.start]) for m in names]
        places = sum(1 for b in before if b and b.group(1).lower() in LOCATIVE)
        return bool(names) and places * 2 >= len(names)


#: Words that say what kind of place a name next to them is, and the words of an
#: item's description that say what kind it is (the first one found: "city in state
#: of New York" is a city).
LEVEL_CUES = {
    "city": frozenset({"city", "mayor", "downtown", "borough", "boroughs", "subway",
                       "citywide", "metropolitan"}),
    "region": frozenset({"state", "upstate", "statewide", "province", "provincial",
                         "governor", "gov", "legislature", "county", "counties"}),
}
LEVEL_WORDS = {
    "city": ("city", "town", "capital", "borough", "village", "municipality", "metropolis",
             "commune", "suburb"),
    "region": ("state", "province", "region", "county", "territory", "oblast",
               "governorate", "prefecture", "canton", "department"),
}
CUE_WINDOW = 2
_LEVEL_RE = re.compile(r"\b(" + "|".join(w for ws in LEVEL_WORDS.values() for w in ws) + r")s?\b")


def place_level(record: Record) -> str | None:
    """"city" or "region" by the first word of the item's description that says which."""
    found = _LEVEL_RE.search(record.description.casefold())
    if not found:
        return None
    return next(level for level, words in LEVEL_WORDS.items() if found.group(1) in words)


def _one_word(form: str) -> bool:
    return len(normalise_name(form).split()) == 1


def _acronym_of(form: str, record: Record) -> bool:
    """Is ``form`` the initials of the item's label ("NASA", "PAP")?"""
    letters = form.replace(".", "")
    if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 8):
        return False
    words = [w for w in re.split(r"[\s\-/]+", record.label) if w]
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials.upper() == letters.upper()


#: Legal forms after a company's name: "Facebook Inc." is labelled for "Facebook".
LEGAL_FORMS = frozenset({"inc", "ltd", "limited", "corp", "corporation", "co", "company",
                         "plc", "ag", "sa", "gmbh", "llc", "nv", "se", "spa", "holdings"})


def _name_kind(record: Record, form: str, match: str) -> str:
    """"The New York Times" is the label for "New York Times", "Facebook Inc." for
    "Facebook": a leading "The" and a closing legal form are no part of what the label
    names."""
    if match != "alias":
        return match
    label, key = normalise_name(record.label).split(), normalise_name(form).split()
    if label[:1] == ["the"]:
        label = label[1:]
    if label == key:
        return "label"
    while len(label) > 1 and label[-1] in LEGAL_FORMS:
        label = label[:-1]
    return "legal" if label == key else match  # a brand against its company: the brand


def _case_disagrees(record: Record, form: str) -> bool:
    """An item known only by an acronym ("PAN") is not a capitalised word ("Pan-")."""
    key = normalise_name(form)
    matched = [n for n in (record.label, *record.aliases) if normalise_name(n) == key]
    letters = form.replace(".", "")
    return bool(matched) and not letters.isupper() and all(
        n.replace(".", "").isupper() and " " not in n for n in matched)


def _concept_item(record: Record) -> bool:
    """An item whose label has no capital ("chief executive officer", "house music",
    "church"): a concept, not what a name names."""
    return not any(c.isupper() for c in record.label)


def _part_of_label(record: Record, form: str, entity: Entity) -> bool:
    """"University of California" is no name of "University of California, San
    Francisco": an organisation's name before the comma of a longer label is its
    parent's."""
    head, comma, _ = record.label.partition(",")
    return bool(comma) and entity.type == "Organization" and \
        normalise_name(head) == normalise_name(form)


def score(entity: Entity, hit: Hit, context: Context | None, form: str = "") -> Scored:
    """The evidence for ``hit`` (0..1), and its weight against the other candidates."""
    form = form or entity.name
    record = hit.record
    if hit.match == "team":
        sport = sport_of(record)
        if context is None or sport is None or not context.reports(sport) or \
                context.mostly_a_place(entity):
            return Scored(record, hit.match, 0.0, 0.0)
    elif _concept_item(record) or _case_disagrees(record, form) or \
            _part_of_label(record, form, entity):
        return Scored(record, hit.match, 0.0, 0.0)
    match = _name_kind(record, form, hit.match)
    fit = type_fit(entity.type, record) if match != "team" else 1.0
    factor = NAME_WEIGHT[match] * fit
    support = context.support(record) if context is not None else 0.0
    if support > 1 and (fit < 0.8 or (match in ("alias", "loose") and _one_word(form))):
        # linked elsewhere in the article as another kind, or this is only one word of
        # its aliases ("Tunis" of Tunisia next to Tunisia): no evidence
        support = 0.0
    home = context.home(record) if context is not None else 0
    if context is not None and home <= 0 and entity.type in _SHORTENED_TYPES - {"EventName"} \
            and context.named_in(entity.name, record):
        home = 1  # "US State Department": the organisation's own name says its country
    if context is not None and entity.type in PLACE_TYPES:
        cues, level = context.levels(entity), place_level(record)
        if level in cues:
            support = 1.0  # "New York state": the state
        elif cues and level:
            factor *= 0.5  # the words speak of another kind of place
    # a weak name: a surname, or one word that is only an alias ("Congress", "Labour",
    # "Nick") or names a little-known item ("Crown"); a country the extraction named
    # from its gazetteer is no weak name
    one_word = _one_word(form) and not (entity.type == "Country" and fit >= 1.0)
    # one word of a person is never more than an alias, even their label ("Drake")
    alias_only = one_word and (match in ("alias", "loose") or
                               (match == "label" and entity.type == "Person"))
    if (match == "surname" or alias_only or (one_word and entity.type in PLACE_TYPES)
            or (entity.type == "Organization"
                and (prior(record) < WELL_KNOWN or (match in ("alias", "loose")
                                                    and _COUNTRY_BOUND.search(record.description))))) \
            and home < 0 and support == 0:
        # "Congress" (India's) in an article about the United States, "Waterloo" (in
        # Ontario) in one about London; a brand's own name travels ("Ubisoft")
        factor *= FOREIGN
    if match == "surname" and support < 1:
        # a surname the article never gives in full: "Wong" could be anyone called
        # Wong, even in an article about Hong Kong, and "Einstein" anyone called
        # Einstein; the article's own "Albert Einstein" merges with it upstream
        factor *= SURNAME_ALONE
        if normalise_name(form) != normalise_name(record.label).split()[-1]:
            factor *= PSEUDONYM  # "Joanne" is an album of Lady Gaga's, not her name
    acronym = _acronym_of(form, record)
    if one_word and match != "surname" and support == 0 and (
            (alias_only and not acronym and (home <= 0 or _capitals(form))
             and entity.type not in PLACE_TYPES)
            or (prior(record) < WELL_KNOWN and entity.type not in PLACE_TYPES
                and not (acronym and home > 0))):
        # "Wild" (a hockey team), "Nick" (a TV channel), "Crown", "G20" (shop chains),
        # "BST" (a school); letters that are not the label's initials ("UTC" of United
        # Technologies) need more than a country in common
        factor *= UNSUPPORTED
    if one_word and entity.type == "Person" and match != "surname" and \
            normalise_name(form) != normalise_name(record.label).split()[-1]:
        factor *= PSEUDONYM * UNSUPPORTED  # "Dozens", a pen name of Robert Silverberg's
    if entity.type != "Person" and not one_word and _institutional(form) and home <= 0 \
            and support == 0:
        factor *= UNSUPPORTED  # "Department of Justice": every country has one
    if match in ("alias", "loose") and entity.type == "Person" and \
            not _shares_word(form, record, (record.label,)):
        factor *= PSEUDONYM  # "Jack Frost", a pen name of Bob Dylan's
    value = factor * (0.35 + 0.65 * prior(record)) * (1 + 0.6 * min(support, 1.0)) * \
        (1 + HOME_EVIDENCE * max(home, 0))
    # against the other candidates, popularity counts as it is (a commonness prior),
    # and the name and kind as much: London, the capital, against London, Ontario; the
    # Netherlands (label) against the Kingdom of the Netherlands (alias)
    odds = HOME_ODDS.get(entity.type, PLACE_HOME_ODDS)
    weight = factor ** 2 * (1 + max(0, record.popularity)) ** POPULARITY_POWER * \
        SUPPORT_ODDS ** support * (odds[0] if home > 0 else 1 / odds[1] if home < 0 else 1)
    if match == "team":
        value = max(value, 0.95)  # its weight: see best_per_item
    return Scored(record, match, min(1.0, round(value, 3)), support, weight=weight)


def _stripped_name(entity: Entity) -> str | None:
    """The entity's name without a short leading word that may be its country ("US",
    "U.S."), normalised."""
    first, _, rest = entity.name.partition(" ")
    return normalise_name(rest) if rest and len(first.replace(".", "")) <= 3 else None


def _own_form(entity: Entity, form: str) -> bool:
    """Does ``form`` name the entity in full: its name, without a title, without a
    leading country abbreviation ("US National Science Foundation"), or spelt out
    ("United States Department of Agriculture" for "U.S. Department of Agriculture")?
    The others (an acronym, a surname) are short forms."""
    key = normalise_name(form)
    own = {normalise_name(entity.name), normalise_name(_untitled(entity.name))}
    first, _, rest = entity.name.partition(" ")
    if rest and len(first.replace(".", "")) <= 3:
        own.add(normalise_name(rest))
    return key in own or len(key.split()) >= len(normalise_name(entity.name).split()) > 1 \
        or any(form.startswith(f"{name}, ") for name in surface_forms(entity))


def _namesakes(hits: list[Hit]) -> list[Hit]:
    """A city that answers to the name of the region it is in (New York City to "New
    York") answers to it as well as the region does: its alias counts as a label."""
    labelled = {(h.record.qid, h.form) for h in hits if h.match == "label"}
    return [Hit(h.record, "label", h.form)
            if h.match == "alias" and any((q, h.form) in labelled for q in h.record.related)
            else h for h in hits]


def best_per_item(entity: Entity, hits: Iterable[Hit], context: Context | None) -> list[Scored]:
    best: dict[str, Scored] = {}
    hits = _namesakes(list(hits))
    # one word that is an item's label and only an alias of others ("Genesis", the band
    # and an odd alias of Van Halen): the others count for less
    labels = {normalise_name(h.form) for h in hits if h.match == "label" and _one_word(h.form)
              and type_fit(entity.type, h.record) >= 0.8} \
        if entity.type not in PLACE_TYPES else set()  # places: see _namesakes
    # "U.S. Environmental Protection Agency": items named with the country ("United
    # States Environmental Protection Agency") before those named without it
    stripped = _stripped_name(entity)
    in_full = {h.record.qid for h in hits if h.form and normalise_name(h.form) != stripped
               and _own_form(entity, h.form)}
    for hit in hits:
        s = score(entity, hit, context, hit.form)
        if hit.match in ("alias", "loose") and normalise_name(hit.form) in labels:
            s = Scored(s.record, s.match, round(s.score * 0.5, 3), s.support, s.primary,
                       s.weight * 0.25)
        if stripped and normalise_name(hit.form) == stripped and in_full and \
                hit.record.qid not in in_full:
            s = Scored(s.record, s.match, s.score, s.support, s.primary, s.weight * 0.25)
        if hit.form and not _own_form(entity, hit.form):
            s = Scored(s.record, s.match, s.score, s.support, primary=False, weight=s.weight)
        old = best.get(s.record.qid)
        rank = (s.primary, s.match == "team" and s.score > 0, s.score)
        if old is None or rank > (old.primary, old.match == "team" and old.score > 0,
                                  old.score):
            best[s.record.qid] = s
    others = max((s.weight for s in best.values() if s.match != "team"), default=1.0)
    for qid, s in best.items():
        if s.match == "team" and s.score > 0:  # a sports report names teams, not states
            best[qid] = Scored(s.record, s.match, s.score, s.support, s.primary,
                               TEAM_ODDS * others)
    return sorted((s for s in best.values() if s.score > 0),
                  key=lambda s: (-s.score, -s.record.popularity, int(s.record.qid[1:])))


def _shares_word(name: str, record: Record, names: tuple[str, ...] | None = None) -> bool:
    """Does some name of ``record`` (or of ``names``) share a word with ``name``, beyond
    generic words?"""
    mine = set(normalise_name(name).split()) - GENERIC_WORDS
    return any(mine & set(normalise_name(n).split())
               for n in (names if names is not None else (record.label, *record.aliases)))


def _covers(name: str, record: Record) -> bool:
    """Do the names of ``record`` hold every distinctive word of ``name``? ("Puerto Rico
    Senate" is not the United States Senate its "Senate" finds.)"""
    mine = set(normalise_name(name).split()) - GENERIC_WORDS - _JOINER_WORDS
    theirs = set().union(*(normalise_name(n).split() for n in (record.label, *record.aliases)))
    return bool(mine) and mine <= theirs


#: Words of the names of institutions every country has ("Department of Justice",
#: "Ministry of Health", "National Police", "Supreme Court").
INSTITUTION_WORDS = _JOINER_WORDS | frozenset("""department ministry office justice health
defence defense interior education finance agriculture foreign affairs home police bureau
agency commission service services senate assembly congress legislature cabinet council
government treasury labour labor transport transportation environment energy trade commerce
security public works culture tourism science technology communications information
statistics election electoral bank central reserve high supreme constitutional appeals
district county municipal regional provincial national federal state court courts
parliament house representatives secretary prosecutor prosecution attorney general guard
border customs immigration revenue tax coast fire emergency management weather
meteorological geological survey army navy air force forces armed military""".split())


def _institutional(name: str) -> bool:
    words = normalise_name(name).split()
    return bool(words) and all(w in INSTITUTION_WORDS for w in words)


def _capitals(form: str) -> bool:
    """Written in capitals ("UTC", "@POTUS", "U.S.")?"""
    letters = re.sub(r"[^\w]|\d|_", "", form)
    return len(letters) >= 2 and letters.isupper()


def decide(entity: Entity, ranked: list[Scored], source_of: Callable[[str], str]) -> Link:
    """The Link for ``entity``: the candidate with most of the weight, when its evidence
    and its share are both high enough; NIL otherwise. Every candidate's score is the
    lower of its evidence and its share (runner-ups best first)."""
    if not ranked:
        return Link(entity.key, None, 0.0, (), "offline")
    # items found under the entity's full name outrank those only a short form finds
    # ("USI" also abbreviates other universities; "America" also names the Americas)
    pool = [s for s in ranked if s.primary] or [
        s for s in ranked if s.match != "surname" and _covers(entity.name, s.record)
        and type_fit(entity.type, s.record) >= 0.8]
    total = sum(s.weight for s in pool) or 1.0
    pooled = {id(s) for s in pool}
    scored = sorted(((min(s.score, s.weight / total) if id(s) in pooled else 0.0, s)
                     for s in ranked),
                    key=lambda p: (-p[0], -p[1].weight, int(p[1].record.qid[1:])))
    candidates = tuple((s.record.qid, round(v, 3)) for v, s in scored[:MAX_CANDIDATES])
    if not pool:  # only a short form found something, unrelated to the full name ("CC")
        return Link(entity.key, None, 0.0, candidates, "offline")
    top = max(pool, key=lambda s: s.weight)
    sure = top.score >= MIN_EVIDENCE and top.weight / total >= MIN_SHARE
    return Link(entity_key=entity.key, qid=top.record.qid if sure else None,
                score=candidates[0][1], candidates=candidates,
                source=source_of(top.record.qid) if sure else "offline")


_WORD = re.compile(r"[a-z]+")
_LAST_WORD = re.compile(r"(\w+)\W+(?:the\s+)?$")
#: Prepositions after which a country is a place, not its team.
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "across", "throughout", "inside",
                      "outside", "around", "into", "within"})


def link_extraction(extraction: Extraction, candidates_of: CandidateSource,
                    source_of: Callable[[str], str] = lambda qid: "offline",
                    record_of: RecordOf = lambda qid: None) -> dict[str, Link]:
    """Link every linkable entity of ``extraction``: entity key -> Link. ``record_of``
    gives the records of the places candidates are in (the index's ``get``)."""
    entities = [e for e in extraction.entities if linkable(e)]
    hits = {e.key: candidates_of(e) for e in entities}
    text = extraction.article.text
    text_words = frozenset(_WORD.findall(text.casefold()))
    # Pass 1, no context: full-name links become anchors for pass 2.
    anchors: dict[str, tuple[str, Record]] = {}
    cache: dict[str, frozenset[str]] = {}
    alone = Context({}, record_of, text_words, text, cache=cache)
    for e in entities:
        ranked = best_per_item(e, hits[e.key], alone)
        if ranked and ranked[0].match != "surname":
            link = decide(e, ranked, source_of)
            if link.qid:
                anchors[e.key] = (link.qid, next(s.record for s in ranked
                                                 if s.record.qid == link.qid))
    mentions: dict[str, int] = {}
    for e in entities:
        if e.key in anchors:
            qid = anchors[e.key][0]
            mentions[qid] = mentions.get(qid, 0) + sum(
                m.kind in ("name", "description") for m in e.mentions)
    links: dict[str, Link] = {}
    for e in entities:
        others = {q: r for k, (q, r) in anchors.items() if k != e.key}
        context = Context(others, record_of, text_words, text, mentions, cache)
        links[e.key] = decide(e, best_per_item(e, hits[e.key], context), source_of)
    for e in entities:
        whole = _longer_names(e, entities, links)
        if whole:
            # "Air Force" after "United States Air Force": the article's own full name
            qid, owner = whole
            links[e.key] = Link(e.key, qid, links[owner].score, links[e.key].candidates,
                                source_of(qid))
    for e in entities:
        owners = _surname_owners(e, entities)
        if owners is None:
            continue
        # a surname the extraction left apart from the full names of the article: the
        # one full name's item when there is one, else nobody ("Kennedy" next to
        # Robert F. Kennedy and John F. Kennedy)
        found = {links[o.key].qid for o in owners if links[o.key].qid}
        unlinked = [o for o in owners if not links[o.key].qid]
        old = links[e.key]
        if not found and len(unlinked) == 1 and old.qid and \
                f" {_label_key(old.qid, record_of)} " in f" {normalise_name(unlinked[0].name)} ":
            continue  # "Cruise" is Tom Cruise, named in full as "Scientologist Tom Cruise"
        qid = next(iter(found)) if len(found) == 1 and all(
            f" {_label_key(next(iter(found)), record_of)} " in f" {normalise_name(o.name)} "
            for o in unlinked) else None
        links[e.key] = Link(e.key, qid, links[owners[0].key].score if qid else 0.0,
                            old.candidates, source_of(qid) if qid else "offline")
    return links


#: Types whose names an article shortens to their end ("the Air Force", "the Court").
_SHORTENED_TYPES = frozenset({"Organization", "Group", "Facility", "EventName"})


def _longer_names(entity: Entity, entities: list[Entity],
                  links: Mapping[str, Link]) -> tuple[str, str] | None:
    """(QID, key) of the one linked entity of the article whose longer name ends with
    ``entity``'s name of two words or more, if exactly one item has such names."""
    words = normalise_name(entity.name).split()
    if entity.type not in _SHORTENED_TYPES or len(words) < 2:
        return None
    owners = {links[o.key].qid: o.key for o in entities
              if o.key != entity.key and o.type in _SHORTENED_TYPES and links[o.key].qid
              and len(normalise_name(o.name).split()) > len(words)
              and normalise_name(o.name).split()[-len(words):] == words}
    return next(iter(owners.items())) if len(owners) == 1 else None


def _label_key(qid: str, record_of: RecordOf) -> str:
    record = record_of(qid)
    return normalise_name(record.label) if record is not None else ""


def _surname_owners(entity: Entity, entities: list[Entity]) -> list[Entity] | None:
    """The people of the article whose full name ends with ``entity``'s one-word name,
    if it is a person's and some do."""
    if entity.type != "Person" or not _one_word(entity.name):
        return None
    word = normalise_name(entity.name)
    owners = [o for o in entities if o.type == "Person" and o.key != entity.key
              and len(normalise_name(o.name).split()) >= 2
              and normalise_name(o.name).split()[-1] == word]
    return owners or None
