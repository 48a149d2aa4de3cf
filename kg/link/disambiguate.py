"""Choosing a Wikidata item for each entity of an article, or NIL.

Every candidate found by name (``kg.link.names``: how the name matched) gets an
*evidence* score and a *weight* against the other candidates, from

- how the name matched: label, a company's name without its legal form, alias, loose
  form, a surname read off a label; names that say little on their own (one word that
  is only an alias, a surname, an acronym not the label's initials, a name made of
  institution words, a little-known item's one-word name) need the article's backing;
- whether the item's kind fits the entity's type (``kg.link.classes``);
- its popularity: sitelinks, or for items of the open-data sources an estimate;
- what the article says (``kg.link.context``): the places it names that the item is
  in or that are in it, the item linked for another name of the article, the article's
  main countries (an item of them is at home; one of a country the article never names
  is abroad), the words around a place's names (a city or a region), the places after
  its commas ("Preston, Victoria, Australia") and the places listed with it.

The best candidate is linked when its evidence is high enough *and* it holds most of
the weight of all candidates: two items answering to "Washington" (the capital's alias,
the state's label) with nothing in the article to choose give NIL. Afterwards, a short
name of a longer linked name of the article takes its item ("Air Force"), an acronym
the article spelt out before takes the item of its full name ("NPP"), a surname the
extraction left apart takes the item of the one full name it ends, or none; a state's
body ("state Senate"), and a place that is a person's surname or the end of a name the
index does not know ("Valeska Paris") are NIL. A country
or a town used as a team in a report of its sport is that team when the index has one,
else NIL (metonymy: "Belgium beat Panama 3-0"; see ``kg.link.metonymy``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Iterator, Mapping

from kg.link.classes import DESCRIBED_FIT, PAST, is_country, kinds, type_fit
from kg.link.context import (COUNTRY_BOUND, LEVEL_WORDS, WELL_KNOWN, WORD, Context, RecordOf,
                             place_level, prior)
from kg.link.index import Hit, is_person, loose_key
from kg.link.names import (JOINER_WORDS, PLACE_TYPES, TITLE_WORDS, abbreviation, acronym_of,
                           capitals, case_disagrees, comma_chains, concept_item, covers,
                           division_off, initials, institutional, name_kind, name_lists, one_word,
                           part_of_label, place_lists, shares_word, surface_forms,
                           surname_alias, untitled)
from kg.link.metonymy import reported_side, reported_sports, sport_of, sports_report
from kg.link.place_kinds import neighbour_kinds
from kg.link.places import after_country, demonyms
from kg.link.precision import (campus_of_city, country_alias_abroad, edition_of_series,
                                letters_before_person, letters_of_another_link,
                                namesake_among_unknown, noun_of_another_kind, off_topic,
                                party_of_unnamed_country, product_of_company, seat_region,
                                relative_name, shared_party_abroad, short_of_unknown_name,
                                titled_place)
from kg.link.records import Record
from kg.model import Entity, Extraction, Link
from kg.vocab import normalise_name

#: Entity types never linked: values (dates, quantities), and groups of people
#: ("Russians", "Russian forces"), which name no one item, unless a group has a proper
#: name of its own ("United States Navy": see ``linkable``).
UNLINKED_TYPES = frozenset({"Date", "Quantity", "Group"})
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
POPULARITY_POWER = 1.5  # popularity against the other candidates (a commonness prior)
SUPPORT_ODDS = 8.0  # the odds one unit of the article's support gives
HOME_EVIDENCE = 0.2
PSEUDONYM = 0.4  # a person's alias that shares no word with their name
MIN_EVIDENCE = 0.42  # below: NIL
MIN_SHARE = 0.62  # the best candidate's share of all candidates' evidence, or NIL
MISTYPED_EVIDENCE = 0.25  # the least evidence for the item an entity of another kind links
#: A candidate of a name left NIL by ranking counts as close to the best from this share
#: of its score (see ``_undecided_for_linked``)
UNDECIDED = 0.75
SURNAME_ALONE = 0.4  # a surname the article never gives in full
MAX_CANDIDATES = 5
#: The prior of a world city (a capital, a megacity: about 115 pseudo-sitelinks)
WORLD_FAMOUS = 0.86
ELSEWHERE = 0.1  # a place of another country than the places after its commas
COMMA_ODDS = 8.0  # an item named by "X, Y" in full, as one unit of support
#: Buildings an institution is named after ("White House", "the Pentagon")
BUILDINGS = frozenset({"house", "hall", "building", "pentagon", "palace", "kremlin",
                       "capitol"})
#: What an item named by one institution word ("Ministry", "Senate") must be
INSTITUTION = re.compile(r"(?i)\b(?:legislat\w*|parliament\w*|government\w*|ministr\w*|"
                         r"department|agency|police|army|armed|military|navy|naval|court|"
                         r"senate|chamber|house|congress|assembly|cabinet|council|treasury|"
                         r"federal|service|bureau|office|party)\b")
NAMESAKE_ODDS = 2.0  # a city or the region it is named after, with no word to choose
#: The match of a well-known person whose surname a one-word place is ("Warren",
#: "Bolton"): no candidate of the place, a reason to doubt it (see ``best_per_item``)
BEARER = "bearer"
TEAM_ODDS = 3.0  # in a sports report, a national team against the state it represents


@dataclass(frozen=True)
class Scored:
    record: Record
    match: str
    score: float  # evidence, 0..1
    support: float
    primary: bool = True  # found under the entity's own name, not a shorter form
    weight: float = 0.0  # for the share: like ``score`` with popularity on a linear scale


CandidateSource = Callable[[Entity], list[Hit]]


def linkable(entity: Entity) -> bool:
    """A named entity of a type that names one item ("United States Navy" is a group
    with a proper name; "Russian forces" and "the Russians" are not)."""
    if entity.kind != "name" or not any(c.isupper() for text in
                                        (entity.name, *(m.text for m in entity.mentions
                                                        if m.kind != "pronoun"))
                                        for c in text):
        return False  # "by judicial fiat": a word, not a name
    if entity.type == "Group":
        words = entity.name.split()
        return people(entity) or team_of(entity) is not None or len(words) >= 2 and all(
            w[:1].isupper() for w in words if w.lower() not in JOINER_WORDS)
    return entity.type not in UNLINKED_TYPES


def people(entity: Entity) -> bool:
    """A people named by one capitalised plural ("Jews", "Arabs"): linked only to an
    item the index says is a people or an ethnic group (see ``score``). Not the people
    of a country ("the Russians", named "Russian" by the extraction): ELEVANT's
    guidelines link them to the country when they act as it ("the Soviets agreed"), to
    the people only when their culture is meant. An adjective alone ("English",
    "Israeli") is not either: the model's NORP calls a team, a language so too."""
    names = [m.text for m in entity.name_mentions]
    return entity.type == "Group" and bool(names) and all(
        len(n.split()) == 1 and n[:1].isupper() and n.endswith("s") and not n.endswith("ss")
        for n in (entity.name, *names))


def team_of(entity: Entity) -> str | None:
    """The country whose demonym's plural names the group ("the Belgians": Belgium): in
    a sports report, its national team (see ``score``); linked to nothing else."""
    names = [m.text for m in entity.name_mentions]
    country = demonyms().get(entity.name)
    if entity.type != "Group" or not country or not names or \
            not all(n == f"{entity.name}s" for n in names):
        return None
    return country


#: Heads of a description that say an entity is a body ("the organization", "the
#: church"): a religion or a belief of the same name is not it.
_BODY_HEADS = frozenset({"organization", "organisation", "church", "company", "corporation",
                         "firm", "group", "agency"})


def described_as_body(entity: Entity) -> bool:
    """Is ``entity`` also mentioned as a body ("Scientology ... the organization")? Then
    it is that body, not the belief the model's ORG may name ("Islam"), see ``score``."""
    return any(m.kind == "description" and m.text.split()[-1].lower() in _BODY_HEADS
               for m in entity.mentions if m.text)


def needs_online(entity: Entity, hits: list) -> bool:
    """The index knows no item of the right kind under the entity's full name."""
    if not linkable(entity) or team_of(entity):
        return False  # a country's team is the index's or nobody
    return not any(h.match in ("label", "alias", "loose")
                   and type_fit(entity.type, h.record) >= 0.8 for h in hits)


#: What a sole, well-known item of another kind than the model's type fits the entity
RETYPED_FIT = 0.8
#: Words of a label that name its item well enough to trade the model's type for it
LONG_NAME = 3
#: kg's types and the kinds the model's type is never traded for: a person named after
#: a place ("Chad", "Jordan"), a place after a person, an organisation after a place
#: ("Chelsea") are too common for one name to tell; and a named thing (a ship, a law, a
#: work: kg's Thing) is named after a person or a place, never is one ("the aircraft
#: carrier USS Ronald Reagan", linking iteration 24)
_NO_RETYPE = frozenset({("Person", "Place"), ("Person", "Country"), ("Place", "Person"),
                        ("Country", "Person"), ("Organization", "Place"),
                        ("Organization", "Country"), ("Thing", "Person"), ("Thing", "Place"),
                        ("Thing", "Country")})
#: Kinds never taken against the model's type: films and series are called by common
#: words and by their characters' names ("Rocky", "Community", "Catwoman"), a building
#: by its owner's, a church by its religion's ("Scientology"), a state by its people's
#: ("the Arab states")
_NEVER_RETYPED = frozenset({"Work", "Facility", "Idea", "Group"})


def retyped(entity: Entity, hit: Hit, sole: bool, support: float = 0.0) -> bool:
    """Does the item decide the entity's kind against the model's type: the model read
    "Python" as a place, "al-Qa'ida" as a person, but the name is the item's own (its
    label or an alias in full, as written: no loose form, no other case), no other item of the
    index answers to it (``sole``), and the item is well known (a world-famous or
    popular item, or one that several sources list) or the article's other links
    agree (``support``). The pairs of ``_NO_RETYPE``, the kinds of ``_NEVER_RETYPED``
    and a group of people (a people or its state) stay as the model read them."""
    record = hit.record
    found = kinds(record.classes, record.description, record.kinds)
    written = (hit.form or entity.name).replace("\u2019", "'")
    if not sole or hit.match not in ("label", "alias") or not found or \
            entity.type == "Group" or written != entity.name.replace("\u2019", "'") or \
            written not in (record.label, *record.aliases) or \
            found & _NEVER_RETYPED or any((entity.type, k) in _NO_RETYPE for k in found):
        return False
    # a name of three words or more written as the label is itself distinctive ("Gatot
    # Soebroto Army Hospital", a hospital a source calls a healthcare organisation)
    return prior(record) >= WELL_KNOWN or len(set(record.sources)) >= 2 or support > 0 \
        or (hit.match == "label" and len(written.split()) >= LONG_NAME)


def unkinded_in_full(entity: Entity, record: Record, form: str, match: str) -> bool:
    """Is an item no source gives a kind named by its whole label of two words or more
    ("Fox News", "Belmont University", "63rd Golden Globe Awards"), the entity no
    person (a person is often named like a series or a song)? Such a name says what the
    kind does not."""
    return match == "label" and entity.type != "Person" and len(form.split()) >= 2 and \
        not kinds(record.classes, record.description, record.kinds)


def score(entity: Entity, hit: Hit, context: Context | None, form: str = "",
          sole: bool = False) -> Scored:
    """The evidence for ``hit`` (0..1), and its weight against the other candidates;
    ``sole``: no other item answers to the entity's name (see ``retyped``)."""
    form = form or entity.name
    record = hit.record
    if hit.match == "team":
        sport = sport_of(record)
        # "Belgium defeated Panama 3 – 0": a team only in a report of its sport, and
        # only where the name is used as a team (not "the final in Sweden")
        if context is None or sport is None or not context.reports(sport) or \
                not context.fits_side(record) or \
                not (team_of(entity) or context.stands_for_team(entity)):
            return Scored(record, hit.match, 0.0, 0.0)
    elif team_of(entity) or concept_item(record) or case_disagrees(record, form) or \
            part_of_label(record, form, entity) or (
                people(entity) and "Group" not in kinds(record.classes, record.description,
                                                        record.kinds)) or (
                described_as_body(entity) and kinds(record.classes, record.description,
                                                    record.kinds) == {"Idea"}):
        # a people is no language ("Chinese"), no party ("Democrats"); a body called "the
        # organization" is not the belief of its name ("Scientology")
        return Scored(record, hit.match, 0.0, 0.0)
    elif context is not None and context.stands_for_team(entity):
        # "Caloundra defeated Maroochydore": a town named for its club is the club or
        # nobody, never the town
        return Scored(record, hit.match, 0.0, 0.0)
    match = name_kind(record, form, hit.match)
    fit = type_fit(entity.type, record) if match != "team" else 1.0
    support = context.support(record) if context is not None else 0.0
    if fit < RETYPED_FIT and retyped(entity, hit, sole, support):
        fit = RETYPED_FIT  # the item's kind, not the model's type
    elif unkinded_in_full(entity, record, form, match):
        fit = DESCRIBED_FIT  # "Fox News": a source gives no kind, the whole label is named
    factor = NAME_WEIGHT[match] * fit
    if match == "alias" and acronym_of(form, record):
        # letters that are the initials of the label name what they abbreviate as
        # fully as a legal form does ("ABC" of the Australian Broadcasting Corporation,
        # against the television network the index labels "ABC")
        factor = NAME_WEIGHT["legal"] * fit
    if support > 1 and (fit < 0.8 or (match in ("alias", "loose") and one_word(form))):
        # linked elsewhere in the article as another kind, or this is only one word of
        # its aliases ("Tunis" of Tunisia next to Tunisia): no evidence
        support = 0.0
    home = context.home(record) if context is not None else 0
    if context is not None and home <= 0 and entity.type in _SHORTENED_TYPES - {"EventName"} \
            and context.named_in(entity.name, record):
        home = 1  # "US State Department": the organisation's own name says its country
    famous = entity.type == "Person" and match == "alias" and surname_alias(record, form)
    if famous:
        home = max(home, 0)  # "Einstein", "Dostoyevsky": known by surname everywhere
    if home < 0 and entity.type == "Place" and prior(record) >= WORLD_FAMOUS:
        home = 0  # London, Paris, Tokyo are named without their country in any story
    if context is not None and context.article_countries and entity.type == "Place" \
            and prior(record) >= WORLD_FAMOUS and not is_country(record):
        # and at home in any story set somewhere: "London" in a story about Canada is
        # the capital, not London, Ontario, unless the article names Ontario (support)
        home = 1
    if context is not None and entity.type in PLACE_TYPES:
        where = context.located(entity, record)
        if where > 0:
            support = max(support, 1.0)  # "Victoria, Australia": the state in Australia
        elif where < 0:
            factor *= ELSEWHERE  # "Preston, Victoria" is not Preston in Lancashire
        # a country is no city nor region, whatever its description's "state" says:
        # "China's city level officials" do not make China a city
        cues = context.levels(entity)
        level = None if is_country(record) else place_level(record)
        if level in cues:
            support = 1.0  # "New York state": the state
        elif cues and level:
            factor *= 0.5  # the words speak of another kind of place
    factor *= weak_name_penalty(entity, record, form, match, fit, support, home)
    if context is not None and match in ("alias", "loose") and \
            _nickname_without_the(entity, record, form, context.text):
        factor *= UNSUPPORTED ** 2  # "at Second City" (a troupe) is not "the Second City"
    if context is not None and _title_with_the(entity, record, form, context.text):
        factor *= UNSUPPORTED ** 2  # "told The Atlantic" (a magazine) is no ocean
    value = factor * (0.35 + 0.65 * prior(record)) * (1 + 0.6 * min(support, 1.0)) * \
        (1 + HOME_EVIDENCE * max(home, 0))
    if context is not None and context.unplaced and home == 0 and support == 0 and \
            unplaced_doubt(entity, record, form, match):
        # less sure, not less likely than the other candidates: the evidence only
        value *= FOREIGN
    # against the other candidates, popularity counts as it is (a commonness prior),
    # and the name and kind as much: London, the capital, against London, Ontario; the
    # Netherlands (label) against the Kingdom of the Netherlands (alias)
    odds = HOME_ODDS.get(entity.type, PLACE_HOME_ODDS)
    weight = factor ** 2 * (1 + max(0, record.popularity)) ** POPULARITY_POWER * \
        SUPPORT_ODDS ** support * (odds[0] if home > 0 else 1 / odds[1] if home < 0 else 1)
    if match == "team":
        value = max(value, 0.95)  # its weight: see best_per_item
    return Scored(record, match, min(1.0, round(value, 3)), support, weight=weight)


#: Right before a capitalised "The" inside a sentence: a small word or a comma
_INSIDE_SENTENCE = re.compile(r"(?:[a-z]|[,;])\s*$")


def _title_with_the(entity: Entity, record: Record, form: str, text: str) -> bool:
    """Is ``entity`` always written after a capitalised "The" inside a sentence ("told
    The Atlantic", "reported in The Atlantic") while the item, a place, has no name with
    it (the Atlantic Ocean): the title of a paper or a magazine, not the place? Not a
    country: some write "The Netherlands"; nor an organisation ("told The Associated
    Press")."""
    names = entity.name_mentions
    if not names or not all(
            text[max(0, m.start - 4):m.start] == "The " and
            _INSIDE_SENTENCE.search(text, max(0, m.start - 8), max(0, m.start - 4))
            for m in names):
        return False  # the text first: it rules out nearly every name at once
    return not is_country(record) and \
        "Place" in kinds(record.classes, record.description, record.kinds) and not any(
            n.startswith("The ") and normalise_name(n[4:]) == normalise_name(form)
            for n in (record.label, *record.aliases))


def _nickname_without_the(entity: Entity, record: Record, form: str, text: str) -> bool:
    """Is ``form`` a nickname of the item that a source writes with "The" ("The Second
    City" of Chicago, "The Big Apple") and that shares no word with its label, while
    the article never writes "the" before it ("his time at Second City"): the proper
    name of something else?"""
    key = loose_key(form)
    nicknames = [a for a in record.aliases if a.startswith("The ") and loose_key(a) == key
                 and not shares_word(a, record, (record.label,))]
    names = entity.name_mentions
    return bool(nicknames) and bool(names) and not any(
        text[max(0, m.start - 4):m.start].casefold() == "the " for m in names)


def _single_alias(entity: Entity, record: Record, form: str, match: str,
                  fit: float) -> tuple[bool, bool]:
    """(one word, one word that is only an alias): a country the extraction named from
    its gazetteer is no single word; one word of a person is never more than an alias,
    even their label ("Drake"), unless a source lists it as the surname they are known
    by alone ("Einstein"); the initials of a well-known item's label ("NASA" in a story
    set in Russia) are its name, more than an alias."""
    single = one_word(form) and not (entity.type == "Country" and fit >= 1.0)
    alias_only = single and (match in ("alias", "loose") or
                             (match == "label" and entity.type == "Person")) and \
        not (entity.type == "Person" and match == "alias" and surname_alias(record, form)) \
        and not famous_initials(record, form)
    return single, alias_only


def famous_initials(record: Record, form: str) -> bool:
    """Is ``form`` the initials of a well-known item's own label ("NASA"), not of a
    name every country's institution has ("MOD", the Ministry of Defence)?"""
    return acronym_of(form, record) and prior(record) >= WELL_KNOWN and \
        not institutional(record.label)


#: What an item's description calls a political party
PARTY = re.compile(r"(?i)\bparty\b")


def _weak_abroad(entity: Entity, record: Record, form: str, match: str, fit: float) -> bool:
    """Does the name say too little to be taken from another country than the
    article's: a surname, one word only an alias, a one-word place, a little-known
    organisation, an alias of a party, a government, a police?"""
    single, alias_only = _single_alias(entity, record, form, match, fit)
    return match == "surname" or alias_only or (single and entity.type in PLACE_TYPES) \
        or (entity.type == "Organization" and (
            prior(record) < WELL_KNOWN
            or (match in ("alias", "loose") and COUNTRY_BOUND.search(record.description)
                and not famous_initials(record, form))))


def unplaced_doubt(entity: Entity, record: Record, form: str, match: str) -> bool:
    """In a text that names no place or country (a sentence, a headline), is the name
    one that needs the article to say where it is set: a surname, or a little-known
    party named without its country ("the Constitution Party" is no more Estonia's,
    the index's only one, than anyone's)? Doubting every one-word alias there, and
    every little-known government body, lost more right links than wrong ones
    ("Atlantic", "Bombay"; the General Services Administration)."""
    words = form.split()
    return match == "surname" or (
        entity.type == "Organization" and prior(record) < WELL_KNOWN and
        PARTY.search(record.description) is not None and bool(words) and
        "of" not in words and words[0] not in demonyms() and not _country_letters(words[0]))


def _country_letters(word: str) -> bool:
    """A country's abbreviation opening a name: "US", "U.S.", "UK"."""
    letters = word.replace(".", "")
    return abbreviation(letters, 2, 3)


def weak_name_penalty(entity: Entity, record: Record, form: str, match: str, fit: float,
                      support: float, home: int) -> float:
    """What a name that says little on its own is worth without the article's backing
    (1 when it says enough): a surname, one word that is only an alias ("Congress",
    "Labour", "Nick") or names a little-known item ("Crown"), a name of institutions
    every country has, a person's pen name; abroad, less again. A country the
    extraction named from its gazetteer is no weak name, nor is the plural a people is
    called by ("Arabs": an alias of Arab, a people by ``score``'s gate)."""
    if people(entity):
        return 1.0
    penalty = 1.0
    single, alias_only = _single_alias(entity, record, form, match, fit)
    if _weak_abroad(entity, record, form, match, fit) and home < 0 and support == 0:
        # "Congress" (India's) in an article about the United States, "Waterloo" (in
        # Ontario) in one about London; a brand's own name travels ("Ubisoft")
        penalty *= FOREIGN
    if match == "surname" and support < 1:
        # a surname the article never gives in full: "Wong" could be anyone called
        # Wong, even in an article about Hong Kong, and "Einstein" anyone called
        # Einstein; the article's own "Albert Einstein" merges with it upstream
        penalty *= SURNAME_ALONE
        if normalise_name(form) != normalise_name(record.label).split()[-1]:
            penalty *= PSEUDONYM  # "Joanne" is an album of Lady Gaga's, not her name
    acronym = acronym_of(form, record)
    if single and match != "surname" and support == 0 and (
            (alias_only and not acronym and (home <= 0 or capitals(form))
             and entity.type not in PLACE_TYPES)
            or (prior(record) < WELL_KNOWN and entity.type not in PLACE_TYPES
                and not (acronym and home > 0))):
        # "Wild" (a hockey team), "Nick" (a TV channel), "Crown", "G20" (shop chains),
        # "BST" (a school); letters that are not the label's initials ("UTC" of United
        # Technologies) need more than a country in common
        penalty *= UNSUPPORTED
    if single and entity.type == "Person" and match != "surname" and \
            normalise_name(form) != normalise_name(record.label).split()[-1]:
        penalty *= PSEUDONYM * UNSUPPORTED  # "Dozens", a pen name of Robert Silverberg's
    if entity.type != "Person" and not single and institutional(form) and home <= 0 \
            and support == 0:
        penalty *= UNSUPPORTED  # "Department of Justice": every country has one
    words = normalise_name(form).split()
    if match in ("alias", "loose") and words and words[-1] in BUILDINGS and \
            words[-1] not in normalise_name(record.label).split():
        # "White House", "the Pentagon": where the field links the building, which is
        # not the office that sits in it (and not in the index)
        penalty *= UNSUPPORTED ** 2
    if single and institutional(form) and not INSTITUTION.search(record.description):
        # "the Ministry" (of Health) is no band called Ministry, "the Police" no rock band
        penalty *= UNSUPPORTED ** 2
    if match in ("alias", "loose") and entity.type == "Person" and \
            not shares_word(form, record, (record.label,)):
        penalty *= PSEUDONYM  # "Jack Frost", a pen name of Bob Dylan's
    return penalty


def _stripped_name(entity: Entity) -> str | None:
    """The entity's name without a short leading word that may be its country ("US",
    "U.S."), normalised."""
    first, _, rest = entity.name.partition(" ")
    return normalise_name(rest) if rest and len(first.replace(".", "")) <= 3 else None


def _own_form(entity: Entity, form: str) -> bool:
    """Does ``form`` name the entity in full: its name, without a title, without a
    leading country abbreviation ("US National Science Foundation"), or spelt out
    ("United States Department of Agriculture" for "U.S. Department of Agriculture"),
    or a surname's first name and surname ("Jane Austen" of "Austen, Jane.")?
    The others (an acronym, a surname) are short forms."""
    key = normalise_name(form)
    own = {normalise_name(entity.name), normalise_name(untitled(entity.name)),
           *map(normalise_name, division_off(entity, entity.name))}
    first, _, rest = entity.name.partition(" ")
    if rest and len(first.replace(".", "")) <= 3:
        own.add(normalise_name(rest))
    if entity.type in ("Organization", "Facility", "EventName") and \
            (home := after_country(entity.name)) is not None:
        own.add(normalise_name(home))  # "United States Democratic Party"
    return key in own or len(key.split()) >= len(normalise_name(entity.name).split()) > 1 \
        or any(form.startswith(f"{name}, ") for name in surface_forms(entity)) \
        or (entity.type == "Person" and len(key.split()) == 2 and  # "Austen, Jane."
            key.split()[-1] == normalise_name(entity.name))


def _namesakes(hits: list[Hit]) -> list[Hit]:
    """A city that answers to the name of the region it is in (New York City to "New
    York") answers to it as well as the region does: its alias counts as a label. Not
    to a country's name: "Guatemala" and "Kuwait" name the countries, whose capitals
    are named with "City" (an alias of the capital is no label beside the country's)."""
    labelled = {(h.record.qid, h.form) for h in hits if h.match == "label"}
    countries = {h.record.qid for h in hits if h.match == "label" and is_country(h.record)}
    return [Hit(h.record, "label", h.form)
            if h.match == "alias" and any((q, h.form) in labelled and q not in countries
                                          for q in h.record.related)
            else h for h in hits]


def _capitals_named_as_country(hits: list[Hit]) -> frozenset[str]:
    """The QIDs of places (no country) labelled with the label of a country they are
    related to, both answering to the name ("Luxembourg": the city and the country)."""
    countries = {(h.record.qid, normalise_name(h.form)) for h in hits
                 if h.match == "label" and is_country(h.record)}
    return frozenset(h.record.qid for h in hits
                     if h.match == "label" and not is_country(h.record) and
                     any((q, normalise_name(h.form)) in countries for q in h.record.related))


def _namesake_pairs(hits: list[Hit]) -> list[tuple[str, str]]:
    """(city, region) of the items answering to one name as labels where the city is in
    the region (New York City and New York, after ``_namesakes``)."""
    regions = {(h.record.qid, h.form) for h in hits
               if h.match == "label" and place_level(h.record) == "region"}
    return list(dict.fromkeys((h.record.qid, q) for h in hits
                              if h.match == "label" and place_level(h.record) == "city"
                              for q in h.record.related if (q, h.form) in regions))


def _borne_by_people(entity: Entity, hits: list[Hit]) -> bool:
    """Is ``entity``'s one word the surname of a well-known person of the index
    ("Warren" of Diane Warren, "Bolton" of Michael Bolton)?"""
    word = normalise_name(entity.name)
    return any(is_person(h.record) and prior(h.record) >= WELL_KNOWN and
               normalise_name(h.record.label).split()[-1:] == [word] for h in hits)


#: Another bearer of a surname at least this well known (by popularity) as the person
#: a source lists as known by it alone makes the surname alone nobody's sure (0.9
#: also took Roosevelt and Marx, whose rivals are a few pseudo-sitelinks behind)
RIVAL_BEARER = 1.0


def _rivalled(hits: list[Hit]) -> frozenset[str]:
    """The QIDs of the people a source lists as known by a surname alone ("Parker" of
    Trey Parker) whose surname another person of ``hits`` bears, as well known or
    better (Charlie Parker)."""
    found = set()
    for h in hits:
        if h.match != "alias" or not surname_alias(h.record, h.form):
            continue
        word = normalise_name(h.form)
        if any(o.record.qid != h.record.qid and is_person(o.record) and
               normalise_name(o.record.label).split()[-1:] == [word] and
               o.record.popularity >= RIVAL_BEARER * h.record.popularity for o in hits):
            found.add(h.record.qid)
    return frozenset(found)


def best_per_item(entity: Entity, hits: Iterable[Hit], context: Context | None) -> list[Scored]:
    best: dict[str, Scored] = {}
    hits = list(hits)
    # "Warren commended Biden", "Bolton claims": in a text that names no place, a
    # one-word place that well-known people bear as their surname, and that is never
    # written as a place is ("in Warren"), is more likely one of them than the town
    borne = entity.type == "Place" and context is not None and context.unplaced and \
        _borne_by_people(entity, hits) and not context.mostly_a_place(entity)
    hits = _namesakes([h for h in hits if h.match != BEARER])
    # a capital its source labels with its country's name ("Luxembourg"): the name is the
    # country's label, and the city's only as an alias is ("Luxembourg City" is its own)
    capitals_named = _capitals_named_as_country(hits)
    # one word that is an item's label and only an alias of others ("Genesis", the band
    # and an odd alias of Van Halen): the others count for less
    labels = {normalise_name(h.form) for h in hits if h.match == "label" and one_word(h.form)
              and type_fit(entity.type, h.record) >= 0.8} \
        if entity.type not in PLACE_TYPES else set()  # places: see _namesakes
    # a surname a source lists as someone's name alone ("Marx" of Karl Marx) before the
    # people it is only read off ("Groucho Marx")
    surnames = {normalise_name(h.form) for h in hits if entity.type == "Person"
                and h.match == "alias" and surname_alias(h.record, h.form)}
    # in a text that names no place, such a surname is no one's when the index holds
    # another bearer as well known ("Parker": a source says Trey, the index knows
    # Charlie Parker better); the article's full names settle it elsewhere
    rivalled = _rivalled(hits) if surnames and context is not None and context.unplaced \
        else frozenset()
    # "U.S. Environmental Protection Agency": items named with the country ("United
    # States Environmental Protection Agency") before those named without it
    stripped = _stripped_name(entity)
    # whether each form names the entity in full, once a form (many hits share one)
    own = {form: _own_form(entity, form) for form in dict.fromkeys(h.form for h in hits)
           if form}
    in_full = {h.record.qid for h in hits if h.form and normalise_name(h.form) != stripped
               and own[h.form]}
    # the names only one item answers to: that item may say what the entity is
    items: dict[str, set[str]] = {}
    for hit in hits:
        items.setdefault(normalise_name(hit.form or entity.name), set()).add(hit.record.qid)
    for hit in hits:
        s = score(entity, hit, context, hit.form,
                  sole=len(items[normalise_name(hit.form or entity.name)]) == 1)
        if hit.match in ("alias", "loose") and normalise_name(hit.form) in labels and \
                not acronym_of(hit.form, hit.record):  # letters of its label: see score
            s = Scored(s.record, s.match, round(s.score * 0.5, 3), s.support, s.primary,
                       s.weight * 0.25)
        if s.record.qid in capitals_named:
            alias = NAME_WEIGHT["alias"] / NAME_WEIGHT["label"]
            s = Scored(s.record, s.match, round(s.score * alias, 3), s.support, s.primary,
                       s.weight * alias ** 2)
        if ", " in hit.form and hit.match in ("label", "alias", "loose"):
            # the article names it in full: "Royal Military Academy, Sandhurst" is the
            # one at Sandhurst, "Washington, D.C." the capital
            s = Scored(s.record, s.match, s.score, s.support, s.primary,
                       s.weight * COMMA_ODDS)
        if hit.match == "surname" and normalise_name(hit.form) in surnames:
            s = Scored(s.record, s.match, s.score, s.support, s.primary, s.weight * 0.25)
        if stripped and normalise_name(hit.form) == stripped and in_full and \
                hit.record.qid not in in_full:
            s = Scored(s.record, s.match, s.score, s.support, s.primary, s.weight * 0.25)
        if hit.form and not own[hit.form] and hit.form != team_of(entity):
            s = Scored(s.record, s.match, s.score, s.support, primary=False, weight=s.weight)
        if s.record.qid in rivalled and s.support == 0:
            s = Scored(s.record, s.match, round(s.score * FOREIGN, 3), s.support,
                       s.primary, s.weight)
        if borne and s.support == 0 and not is_country(s.record) and \
                prior(s.record) < WORLD_FAMOUS:
            s = Scored(s.record, s.match, round(s.score * UNSUPPORTED ** 2, 3), s.support,
                       s.primary, s.weight)
        old = best.get(s.record.qid)
        rank = (s.primary, s.match == "team" and s.score > 0, s.score)
        if old is None or rank > (old.primary, old.match == "team" and old.score > 0,
                                  old.score):
            best[s.record.qid] = s
    if context is not None and entity.type in PLACE_TYPES and not context.levels(entity):
        for city, region in _namesake_pairs(hits):
            pair = [best.get(city), best.get(region)]
            if all(s is not None and s.support == 0 for s in pair):
                # "New York" with nothing to tell the city from the state: the better
                # known of the two (by sitelinks, or the sources' estimate)
                top = max(pair, key=lambda s: (s.record.popularity, s.record.qid == city))
                best[top.record.qid] = Scored(top.record, top.match, top.score, top.support,
                                              top.primary, top.weight * NAMESAKE_ODDS)
    # (a place named for its team has no other candidate left: see ``score``)
    others = max((s.weight for s in best.values() if s.match != "team"), default=0.0) or 1.0
    for qid, s in best.items():
        if s.match == "team" and s.score > 0:  # a sports report names teams, not states
            best[qid] = Scored(s.record, s.match, s.score, s.support, s.primary,
                               TEAM_ODDS * others)
    return sorted((s for s in best.values() if s.score > 0),
                  key=lambda s: (-s.score, -s.record.popularity, int(s.record.qid[1:])))


def decide(entity: Entity, ranked: list[Scored], source_of: Callable[[str], str]) -> Link:
    """The Link for ``entity``: the candidate with most of the weight, when its evidence
    and its share are both high enough; NIL otherwise. Every candidate's score is the
    lower of its evidence and its share (runner-ups best first)."""
    if not ranked:
        return Link(entity.key, None, 0.0, (), "offline")
    # items found under the entity's full name outrank those only a short form finds
    # ("USI" also abbreviates other universities; "America" also names the Americas)
    pool = [s for s in ranked if s.primary] or [
        s for s in ranked if s.match != "surname" and covers(entity.name, s.record)
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


def link_extraction(extraction: Extraction, candidates_of: CandidateSource,
                    source_of: Callable[[str], str] = lambda qid: "offline",
                    record_of: RecordOf = lambda qid: None,
                    report: bool | None = None) -> dict[str, Link]:
    """Link every linkable entity of ``extraction``: entity key -> Link. ``record_of``
    gives the records of the places candidates are in (the index's ``get``);
    ``report``: whether the text is a sports report (``metonymy.sports_report``), when
    the caller has read it."""
    entities = [e for e in extraction.entities if linkable(e)]
    hits = {e.key: candidates_of(e) for e in entities}
    text = extraction.article.text
    text_words = frozenset(WORD.findall(text.casefold()))
    chains = comma_chains(extraction)
    containers = _containers(chains, hits)
    cued = neighbour_kinds(entities, hits, chains, containers, place_lists(extraction))
    # Pass 1, no context: full-name links become anchors for pass 2.
    anchors: dict[str, tuple[str, Record]] = {}
    cache: dict[str, frozenset[str]] = {}
    if report is None:
        report = sports_report(text, text_words)
    sports = reported_sports(text, text_words, report=report)
    side = reported_side(text) if report else "men"
    alone = Context({}, record_of, text_words, text, cache=cache, containers=containers,
                    cued=cued, anchored=False, sports=sports, side=side)
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
    # the article's own links say what sport it reports too (a club of the first pass)
    sports = reported_sports(text, text_words, (r for _, r in anchors.values()), report)
    links: dict[str, Link] = {}
    # an entity that is no anchor has every anchor for context: one Context for all of
    # them (its caches are by item and entity key); an anchor's leaves its own out
    shared = Context({q: r for q, r in anchors.values()}, record_of, text_words, text,
                     mentions, cache, containers, cued, sports=sports, side=side)
    for e in entities:
        if e.key in anchors:
            others = {q: r for k, (q, r) in anchors.items() if k != e.key}
            context = Context(others, record_of, text_words, text, mentions, cache,
                              containers, cued, sports=sports, side=side)
        else:
            context = shared
        links[e.key] = decide(e, best_per_item(e, hits[e.key], context), source_of)
    # "Air Force" after "United States Air Force": the article's own full name
    _take_owners_links(_longer_names, entities, links, source_of)
    for e in entities:
        if links[e.key].qid and _local_body(e, entities, links, text):
            # "North Carolina's state Senate", "the Senate" after "Puerto Rico Senate":
            # not the nation's
            links[e.key] = Link(e.key, None, 0.0, links[e.key].candidates, "offline")
    # "NPP" after "New People's Party": the article says what its letters stand for
    _take_owners_links(_spelt_out, entities, links, source_of)
    # "First Moscow State Medical University (First MSMU), also called Sechenov
    # University ... MSMU": letters an item the article links is known by
    _take_owners_links(_letters_of_linked, entities, links, source_of, hits)
    # "Korea" after "South Korea": the state of today, not the one of the past; "the
    # North" of an article naming North and South Korea
    _take_owners_links(_country_end, entities, links, source_of, hits, record_of)
    _take_owners_links(_compass_half, entities, links, source_of, record_of)
    # "Westchester" after "Westchester County": the county, not a town with that alias
    _take_owners_links(_kind_word_dropped, entities, links, source_of, hits)
    # "Washington" between the city and the state, in an article that links "Washington
    # D.C.": the item the article names elsewhere
    _take_owners_links(_undecided_for_linked, entities, links, source_of)
    for e in entities:
        record = record_of(links[e.key].qid) if links[e.key].qid else None
        region = seat_region(e, record, entities, links, hits[e.key], record_of, text) \
            if record is not None else None
        if region:
            # "Jerrold Nadler of New York": the state a member of Congress represents
            links[e.key] = Link(e.key, region, links[e.key].score, links[e.key].candidates,
                                source_of(region))
            continue
        campus = campus_of_city(e, record, entities, links, text) \
            if record is not None else None
        if campus:
            # "research at Helsinki" after "the University of Helsinki": the university
            links[e.key] = Link(e.key, campus, links[e.key].score, links[e.key].candidates,
                                source_of(campus), type="Organization")
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
        if qid is None and len(found) == 1 and _named_first(owners, links):
            # "Walt Whitman ... his brother, George Whitman ... I turned to Whitman": the
            # known person named first, the others people the index does not know at all
            qid = next(iter(found))
        links[e.key] = Link(e.key, qid, links[owners[0].key].score if qid else 0.0,
                            old.candidates, source_of(qid) if qid else "offline")
    listed = name_lists(extraction)
    people = _listed_with_people(extraction, listed)
    for e in entities:
        record = record_of(links[e.key].qid) if links[e.key].qid else None
        if record is not None and (_short_given_name(e, entities) or
                                   relative_name(e, record, text) or
                                   off_topic(e, record, text_words, text) or
                                   letters_before_person(e, entities, text) or
                                   product_of_company(e, record, text) or
                                   noun_of_another_kind(e, record, text) or
                                   letters_of_another_link(e, record, hits[e.key], entities,
                                                           links) or
                                   shared_party_abroad(e, record, hits[e.key], anchors,
                                                       record_of, mentions, cache) or
                                   country_alias_abroad(e, record, hits[e.key], anchors,
                                                        record_of, mentions, cache) or
                                   namesake_among_unknown(e, record, listed, links, anchors,
                                                          record_of, mentions, cache) or
                                   edition_of_series(e, record, text) or
                                   titled_place(e, record, text) or
                                   party_of_unnamed_country(e, record, anchors, record_of,
                                                            mentions, cache) or
                                   _bare_country_code(e, record, entities, links) or
                                   _category_without_award(e, record, text) or
                                   _spelt_out_otherwise(e, record, entities, links, text) or
                                   short_of_unknown_name(e, entities, links)):
            # "Chad" of Chadwick Boseman, "IRL" (in real life), a film festival's "Best
            # Actor"
            links[e.key] = Link(e.key, None, 0.0, links[e.key].candidates, "offline")
    for e in entities:
        if links[e.key].qid and (_named_person(e, entities) or e.key in people or
                                 _name_end(e, entities, links, text) or
                                 _titles_before_names(e, text) or _time_zone(e, text) or
                                 _word_opening_sentences(e, text) or _stance_toward(e, text)
                                 or _head_of_unknown_name(e, entities, links, text)
                                 or _eponym_or_station(e, text)):
            # "Sudesh Amman ... Amman was under surveillance": the surname of the
            # article's person, which the model read as a place
            links[e.key] = Link(e.key, None, 0.0, links[e.key].candidates, "offline")
    return links


def _named_person(entity: Entity, entities: list[Entity]) -> bool:
    """Is ``entity``, one word read as a place, the surname of a person the article
    named in full before it?"""
    if entity.type != "Place" or not one_word(entity.name) or not entity.mentions:
        return False
    word, first = normalise_name(entity.name), min(m.start for m in entity.mentions)
    return any(words[-1] == word
               for words in _longer_names_before(entities, first, {"Person"}))


def _longer_names_before(entities: Iterable[Entity], first: int,
                         types: Collection[str]) -> Iterator[list[str]]:
    """The words of each name of two words or more, of an entity of one of ``types``,
    that the article writes before offset ``first``: the names a later lone word may be
    part of (a surname, the head of an organisation's name)."""
    for other in entities:
        words = normalise_name(other.name).split()
        if other.type in types and len(words) >= 2 and \
                any(m.start < first for m in other.name_mentions):
            yield words


#: What may come right before a sentence's first word: its start, an end of sentence,
#: a quotation mark, a bracket closing a speaker's name ("((WN)) Yes.")
_OPENS = re.compile(r"(?:^|[.!?:)\]\"“”'‘’\n])\s*$")


def _word_opening_sentences(entity: Entity, text: str) -> bool:
    """Is ``entity`` one capitalised word that only ever opens a sentence and that the
    article also writes in lower case ("Yes, we did." and "I would say yes"): a word,
    not the band called so?"""
    names = entity.name_mentions
    word = entity.name.strip()
    if not names or not one_word(word) or not word.isalpha() or not word[:1].isupper() \
            or word.isupper():
        return False
    return all(_OPENS.search(text, max(0, m.start - 8), m.start) for m in names) and \
        re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


#: A clock time right before a mention: "11:30 am", "7:38 pm", "0600"
_CLOCK_BEFORE = re.compile(r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+$|\b\d{4}\s+$")


def _time_zone(entity: Entity, text: str) -> bool:
    """Is ``entity``, a few capitals, written only after a clock time ("11:30 am IST",
    "0600 GMT"): a time zone, not the institute its letters also name?"""
    letters = entity.name.replace(".", "")
    names = entity.name_mentions
    return abbreviation(letters, 2, 5) and \
        bool(names) and all(_CLOCK_BEFORE.search(text, max(0, m.start - 12), m.start)
                            for m in names)


_INSTITUTIONS = frozenset({"Organization", "Facility"})


def _head_of_unknown_name(entity: Entity, entities: list[Entity], links: Mapping[str, Link],
                          text: str) -> bool:
    """Is ``entity`` one word, always written after "the", a word (not the first) of a
    longer name of an organisation, facility or place the article named before and the
    index does not know ("the Toronto Congress Centre for Anime North … the parking lot
    of the Centre")? It is that name's short form, not the item the word alone names
    (Centre College)."""
    names = entity.name_mentions
    word = normalise_name(entity.name)
    if entity.type not in _INSTITUTIONS or not names or len(word.split()) != 1 or \
            not all(text[max(0, m.start - 4):m.start].lower() == "the " for m in names):
        return False
    # the longer name must be one the index does not know: a known one links by itself
    unknown = [o for o in entities
               if o.key != entity.key and o.key in links and not links[o.key].qid]
    return any(word in words[1:] for words in _longer_names_before(
        unknown, min(m.start for m in names), _INSTITUTIONS | {"Place"}))


#: A stance written onto the next name: "pro-Beijing", "anti-Pyongyang"
_STANCE_BEFORE = re.compile(r"(?i)\b(?:pro|anti)[-\u2011]$")


def _stance_toward(entity: Entity, text: str) -> bool:
    """Is ``entity``, read as a place (a city: countries are their own governments),
    only ever written after "pro-"/"anti-" ("the pro-Beijing camp", "anti-Pyongyang
    propaganda")? The city stands for its country's government there, and the city's
    item is the wrong one."""
    names = entity.name_mentions
    return entity.type == "Place" and bool(names) and all(
        _STANCE_BEFORE.search(text, max(0, m.start - 5), m.start) for m in names)


def _short_given_name(entity: Entity, entities: list[Entity]) -> bool:
    """Is ``entity``, one word read as a place or a country, the start of a longer
    first name of a person of the article ("Chad was an anomaly" after "Chadwick
    Boseman")? The short form of that person's name, not the place."""
    name = entity.name
    if entity.type not in PLACE_TYPES or not one_word(name) or len(name) < 3 or \
            not name[:1].isupper():
        return False
    return any(o.type == "Person" and len(o.name.split()) > 1 and
               o.name.split()[0].startswith(name) and o.name.split()[0] != name
               and o.name.split()[0][len(name):].isalpha() for o in entities)


def _bare_country_code(entity: Entity, record: Record, entities: list[Entity],
                       links: Mapping[str, Link]) -> bool:
    """Is ``entity`` a country's or a place's letter code that is not the initials of
    one of its names ("IRL", "GER", "CT"; not "UK", "USA", "ROK", "NYC"), named nowhere
    else in the article? Codes stand for countries in results tables and for states in
    addresses, which name them again; alone, the letters are something else ("IRL
    meet-ups": in real life; "CT scans", not Connecticut)."""
    letters = entity.name.replace(".", "")
    if not abbreviation(letters, 2, 3) or \
            not (is_country(record) or entity.type == "Place") or \
            normalise_name(entity.name) == normalise_name(record.label):
        return False
    names = (record.label, *record.aliases)
    if any(letters in (initials(n), "".join(w[0] for w in n.split()).upper()) for n in names
           if len(n.split()) > 1):
        return False
    return not any(links[o.key].qid == record.qid for o in entities
                   if o.key != entity.key and o.key in links)


#: The words right before an acronym in brackets: "Grand Master (GM)"
_WORDS_BEFORE = re.compile(r"([\w'’.-]+(?:\s+[\w'’.-]+){0,7})\s*\($")


def _spelt_out_otherwise(entity: Entity, record: Record, entities: list[Entity],
                         links: Mapping[str, Link], text: str) -> bool:
    """Is ``entity`` an acronym always written in brackets right after the words it
    stands for ("Israeli Grand Master (GM)"), and are those words no name of the item
    ("General Motors") nor of another entity of the text linked to it? The text says
    what its letters mean."""
    letters = entity.name.replace(".", "")
    names = entity.name_mentions
    if not abbreviation(letters, 2, 8) or \
            not names or any(links[o.key].qid == record.qid for o in entities
                             if o.key != entity.key and o.key in links):
        return False
    own = {normalise_name(n) for n in (record.label, *record.aliases)}
    for m in names:
        found = _WORDS_BEFORE.search(text, max(0, m.start - 80), m.start)
        if text[m.end:m.end + 1] != ")" or found is None:
            return False
        words = [w for w in found.group(1).split() if w.lower() not in JOINER_WORDS]
        meant = words[-len(letters):]
        if len(meant) < len(letters) or "".join(w[0] for w in meant).upper() != letters:
            return False
        start = found.start(1) + found.group(1).rfind(meant[0])
        if normalise_name(text[start:m.start].rstrip(" (")) in own:
            return False  # "General Motors (GM)"
    return True


#: Words of an award's names that say which award it is no more than "Best Actor" does
_GENERIC_AWARD_WORDS = frozenset("award awards prize prizes medal for of the in a an and".split())


def _category_without_award(entity: Entity, record: Record, text: str) -> bool:
    """Is ``entity`` an award's category written without the award ("Best Actor" of
    the Academy Award for Best Actor: the label's end after "for"), in an article that
    never names the award ("Academy", "Oscar")? Every festival has its Best Actor."""
    head, sep, tail = record.label.partition(" for ")
    if not sep or normalise_name(tail) != normalise_name(entity.name):
        return False
    own = set(normalise_name(entity.name).split())
    words = {w for n in (record.label, *record.aliases) for w in re.findall(r"[A-Z]\w+", n)
             if w.casefold() not in own | _GENERIC_AWARD_WORDS}
    return not any(re.search(rf"\b{re.escape(w)}", text) for w in words)


#: What makes a name before it no place: a possessive and a thing named after a person
#: ("Newton's laws", "Newton's and Kepler's laws"), or a station named after a district ("Waterloo
#: station", "Victoria station": the field annotates the station, not the place)
_EPONYM_AFTER = re.compile(
    r"(?:['’]s\s+(?:and\s+[A-Z]\w+['’]s\s+)?(?:laws?|theorem|principle|equations?|"
    r"constant|paradox|hypothesis|conjecture|disease|syndrome|effect)|\s+station)\b")


def _eponym_or_station(entity: Entity, text: str) -> bool:
    """Is ``entity``, one word read as a place, always written before "'s laws" or the
    like, or before a lower-case "station"? A person's name or a station's, not the
    place's."""
    names = entity.name_mentions
    return entity.type == "Place" and one_word(entity.name) and bool(names) and all(
        _EPONYM_AFTER.match(text, m.end) for m in names)


def _titles_before_names(entity: Entity, text: str) -> bool:
    """Is ``entity`` a title's plural written before the names it belongs to ("Senators
    Kamala Harris and Elizabeth Warren"), not the team called so?"""
    word = normalise_name(entity.name)
    names = entity.name_mentions
    return word[:-1] in TITLE_WORDS and word.endswith("s") and bool(names) and all(
        text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2].isupper() for m in names)


def _listed_with_people(extraction: Extraction,
                        lists: list[tuple[str, ...]]) -> frozenset[str]:
    """The keys of the one-word places listed among people ("their daughters Nadine,
    Ashley, Elizabeth, and Toni"): two thirds of the others are persons. Not the first
    of a list: "a couple from Florida, Richard and Lisa Parry" is no list. ``lists``:
    the article's ``name_lists``."""
    types = {e.key: e.type for e in extraction.entities}
    names = {e.key: e.name for e in extraction.entities}
    found = set()
    for listed in lists:
        for key in set(listed[1:]) - {listed[0]}:
            others = [types[k] for k in dict.fromkeys(listed) if k != key]
            if types[key] == "Place" and one_word(names[key]) and len(others) >= 2 and \
                    others.count("Person") * 3 >= len(others) * 2:
                found.add(key)
    return frozenset(found)


def _name_end(entity: Entity, entities: list[Entity], links: Mapping[str, Link],
              text: str) -> bool:
    """Is the place ``entity`` first named right after a name the index does not know
    ("Valeska Paris": the model's two places are one person's name)?"""
    names = sorted(entity.name_mentions, key=lambda m: m.start)
    if entity.type != "Place" or not names:
        return False
    first = names[0]
    # an organisation's name before a place is its branch ("Netflix Japan", "USA Today
    # Washington Bureau"); a first name the model read as a place or a person is not
    return any(m.kind == "name" and m.end == first.start - 1 and m.text[:1].isupper()
               and text[m.end:first.start] == " "
               and o.type in ("Place", "Person") and o.key in links
               and not links[o.key].candidates  # a name the index does not know at all
               for o in entities if o.key != entity.key for m in o.mentions)


def _containers(chains: Mapping[str, tuple[str, ...]],
                hits: Mapping[str, list[Hit]]) -> dict[str, frozenset[str]]:
    """Entity key -> the places its comma chain may name (every place item answering to
    their names), when one of them is a region or a country: "Preston, Victoria" may
    be a town in a state; "Paris, London" names no place that holds a city."""
    out: dict[str, frozenset[str]] = {}
    for key, chain in chains.items():
        places = [h.record for k in chain for h in hits.get(k, ())
                  if h.match in ("label", "alias", "loose")
                  and (is_country(h.record) or type_fit("Place", h.record) >= 0.8)]
        if any(is_country(r) or place_level(r) == "region" for r in places):
            out[key] = frozenset(r.qid for r in places)
    return out


#: Types whose names an article shortens to their end ("the Air Force", "the Court").
_SHORTENED_TYPES = frozenset({"Organization", "Group", "Facility", "EventName"})


def _take_owners_links(rule, entities, links: dict[str, Link], source_of, *more) -> None:
    """Give each entity the link of the article's entity that ``rule`` says it stands
    for (``rule(e, entities, links, *more)`` -> (QID, owner key) or None)."""
    for e in entities:
        found = rule(e, entities, links, *more)
        if found:
            qid, owner = found
            links[e.key] = Link(e.key, qid, links[owner].score, links[e.key].candidates,
                                source_of(qid))


def _undecided_for_linked(entity: Entity, entities: list[Entity],
                          links: Mapping[str, Link]) -> tuple[str, str] | None:
    """(QID, key) of the one item among the close candidates of ``entity``, left NIL by
    ranking (no candidate's share enough), that another entity of the same type kind
    links: an article that names "Washington D.C." means the city by "Washington" too,
    not the state the name also is. Only the candidates within reach of the best
    (``UNDECIDED``) count: a namesake the article names stays apart from a strong
    reading of its own."""
    link = links.get(entity.key)
    if link is None or link.qid or not link.candidates or link.score <= 0 or \
            entity.kind != "name":
        return None
    best = link.candidates[0][1]
    close = {q for q, s in link.candidates if s >= best * UNDECIDED}
    # the best candidate itself, linked elsewhere as another kind than a person: the
    # extraction's type, not the item, differs ("Melbourne Australia's capital" read as
    # an organisation after the city "Melbourne"); a person's name stays apart from a
    # namesake place or body
    top = link.candidates[0][0] if best >= MISTYPED_EVIDENCE else None
    owners = {links[o.key].qid: o.key for o in entities
              if o.key != entity.key and links.get(o.key) is not None
              and links[o.key].qid in close and (
                  _same_kind(o.type, entity.type) or (
                      links[o.key].qid == top and "Person" not in (o.type, entity.type)))}
    return next(iter(owners.items())) if len(owners) == 1 else None


def _same_kind(a: str, b: str) -> bool:
    """Types one item may be written as in one article (a place and a country)."""
    return a == b or {a, b} <= PLACE_TYPES


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


def _country_end(entity: Entity, entities: list[Entity], links: Mapping[str, Link],
                 hits: Mapping[str, list[Hit]], record_of: RecordOf) -> tuple[str, str] | None:
    """(QID, key) of the one linked place of the article whose longer name ends with
    ``entity``'s one word, when that word's own best item is a state of the past:
    "Korea" after "South Korea" is the state of today (or, in a sports report, the
    team "South Korea" was linked to), not the peninsula's former kingdom. The word
    must be in the label of the item of today: "Rhodesia" after "Southern Rhodesia",
    an old name of Zimbabwe, is the state of the past."""
    if entity.type not in PLACE_TYPES or not one_word(entity.name):
        return None
    own = links[entity.key].qid or next(
        (h.record.qid for h in hits.get(entity.key, ()) if h.match == "label"), None)
    record = next((h.record for h in hits.get(entity.key, ()) if h.record.qid == own), None)
    if record is None or not PAST.intersection(record.classes):
        return None
    word = normalise_name(entity.name)
    owners = {links[o.key].qid: o.key for o in entities
              if o.key != entity.key and o.type in PLACE_TYPES and links[o.key].qid
              and links[o.key].qid != own
              and len(normalise_name(o.name).split()) >= 2
              and normalise_name(o.name).split()[-1] == word
              and word in _label_key(links[o.key].qid, record_of).split()}
    return next(iter(owners.items())) if len(owners) == 1 else None


#: The words after a place's name that say its kind ("Westchester County")
_KIND_WORDS = frozenset(w for words in LEVEL_WORDS.values() for w in words) - {"capital"}


def _kind_word_dropped(entity: Entity, entities: list[Entity], links: Mapping[str, Link],
                       hits: Mapping[str, list[Hit]]) -> tuple[str, str] | None:
    """(QID, key) of the one linked place of the article named ``entity``'s name and a
    word of a kind of place ("Westchester County" for "Westchester"), unless the name
    is the label of the item ``entity`` is linked to ("Quebec" after "Quebec City" is
    the province): the article shortens the name it gave in full."""
    if entity.type != "Place":
        return None
    own = links[entity.key].qid
    if own and any(h.match == "label" and h.record.qid == own for h in hits.get(entity.key, ())):
        return None
    words = normalise_name(entity.name).split()
    owners = {links[o.key].qid: o.key for o in entities
              if o.key != entity.key and o.type in PLACE_TYPES and links[o.key].qid
              and links[o.key].qid != own
              and normalise_name(o.name).split()[:-1] == words
              and normalise_name(o.name).split()[-1] in _KIND_WORDS}
    return next(iter(owners.items())) if len(owners) == 1 else None


#: A compass word and its opposite: "the North" of North and South Korea
_OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _compass_half(entity: Entity, entities: list[Entity], links: Mapping[str, Link],
                  record_of: RecordOf) -> tuple[str, str] | None:
    """(QID, key) of the country "North X" when ``entity`` is "North" alone and the
    article links both "North X" and "South X" as countries (North and South Korea,
    East and West Germany): a divided country's halves are named by their compass word.
    A "South" with no such pair (the American South) is left alone."""
    word = normalise_name(entity.name)
    if entity.type not in PLACE_TYPES or word not in _OPPOSITE:
        return None
    countries: dict[tuple[str, str], tuple[str, str]] = {}
    for o in entities:
        words = normalise_name(o.name).split()
        qid = links[o.key].qid if o.key != entity.key and o.type in PLACE_TYPES else None
        record = record_of(qid) if qid else None
        if len(words) == 2 and words[0] in _OPPOSITE and record is not None and \
                (is_country(record) or PAST.intersection(record.classes)):
            countries.setdefault((words[0], words[1]), (qid, o.key))
    found = {countries[(word, rest)] for (w, rest) in countries
             if w == _OPPOSITE[word] and (word, rest) in countries}
    return next(iter(found)) if len(found) == 1 else None


#: Words before an institution's name that make it a state's or a city's ("state Senate")
LOCAL = frozenset({"state", "provincial", "county", "city", "municipal", "regional",
                   "local", "territorial"})
_LOCAL_AFTER = re.compile(r"\s+of\s+(?:the|this|that)\s+(?:state|province|county|city)\b")


def _local_body(entity: Entity, entities: list[Entity], links: Mapping[str, Link],
                text: str) -> bool:
    """Is ``entity``, named only by institution words ("Senate", "Supreme Court"), the
    body of a state, a province or a city: "state Senate", "the Senate of the state",
    or the end of a longer name of the article that is no linked item ("Puerto Rico
    Senate")?"""
    if entity.type not in _SHORTENED_TYPES or not institutional(entity.name):
        return False
    for m in entity.mentions:
        before = text[max(0, m.start - 20):m.start].split()
        if m.kind == "name" and ((before and before[-1] in LOCAL) or
                                 _LOCAL_AFTER.match(text, m.end)):
            return True
    words = normalise_name(entity.name).split()
    longer = [o for o in entities if o.key != entity.key and o.type in _SHORTENED_TYPES
              and len(normalise_name(o.name).split()) > len(words)
              and normalise_name(o.name).split()[-len(words):] == words]
    return bool(longer) and not any(links[o.key].qid for o in longer if o.key in links)


def _spelt_out(entity: Entity, entities: list[Entity],
               links: Mapping[str, Link]) -> tuple[str, str] | None:
    """(QID, key) of the one linked name of the article whose initials ``entity``'s
    capitals are, if ``entity`` is an acronym of an organisation or the like."""
    letters = entity.name.replace(".", "")
    if entity.type not in _SHORTENED_TYPES or not entity.mentions or \
            not abbreviation(letters, 3, 8):
        return None
    # the article spells it out before it uses it ("Marine JarHeads MC" is no "Marine
    # Corps" named later)
    first = min(m.start for m in entity.mentions)
    owners = {links[o.key].qid: o.key for o in entities
              if o.key != entity.key and o.type in _SHORTENED_TYPES and links[o.key].qid
              and len(o.name.split()) >= 2 and initials(o.name) == letters
              and any(m.start < first for m in o.mentions)}
    return next(iter(owners.items())) if len(owners) == 1 else None


def _letters_of_linked(entity: Entity, entities: list[Entity], links: Mapping[str, Link],
                       hits: Mapping[str, list[Hit]]) -> tuple[str, str] | None:
    """(QID, key) of the one item linked to another name of the article that
    ``entity``'s capitals are a label or an alias of ("First Moscow State Medical
    University (First MSMU), also called Sechenov University"), when they are not that
    item's link already (linking iteration 24). Not when the article writes the letters
    as the first word of that item's own name ("UH Manoa ... UH", "UC Davis ... UC"):
    alone they name the larger body, the university's system, not the campus."""
    letters = entity.name.replace(".", "")
    if entity.type not in _SHORTENED_TYPES or not entity.name_mentions or \
            not abbreviation(letters, 2, 8):
        return None
    named = {h.record.qid for h in hits.get(entity.key, ()) if h.match in ("label", "alias")}
    if links[entity.key].qid in named - {None} and not any(
            links[o.key].qid in named - {links[entity.key].qid} for o in entities
            if o.key != entity.key and o.key in links):
        return None
    prefix = entity.name + " "
    owners = {links[o.key].qid: o.key for o in entities
              if o.key != entity.key and o.key in links and links[o.key].qid in named}
    if len(owners) != 1:
        return None
    qid, owner = next(iter(owners.items()))
    if any(m.text.startswith(prefix) for o in entities if links.get(o.key) is not None
           and links[o.key].qid == qid for m in o.name_mentions):
        return None
    return qid, owner


def _label_key(qid: str, record_of: RecordOf) -> str:
    record = record_of(qid)
    return normalise_name(record.label) if record is not None else ""


def _named_first(owners: list[Entity], links: Mapping[str, Link]) -> bool:
    """Is the one linked full name of ``owners`` named before the others, which the
    index knows nothing of: no candidate under their full name (a candidate only their
    first name finds, "Hunter" of Hunter Biden, scores nothing)?"""
    def first(e: Entity) -> int:
        return min((m.start for m in e.name_mentions), default=10**9)

    linked = [o for o in owners if links[o.key].qid]
    others = [o for o in owners if not links[o.key].qid]
    return len(linked) == 1 and bool(others) and all(
        not any(score > 0 for _, score in links[o.key].candidates)
        and first(o) > first(linked[0]) for o in others)


def _surname_owners(entity: Entity, entities: list[Entity]) -> list[Entity] | None:
    """The people of the article whose full name ends with ``entity``'s one-word name,
    if it is a person's and some do."""
    if entity.type != "Person" or not one_word(entity.name):
        return None
    word = normalise_name(entity.name)
    owners = [o for o in entities if o.type == "Person" and o.key != entity.key
              and len(normalise_name(o.name).split()) >= 2
              and normalise_name(o.name).split()[-1] == word]
    return owners or None
