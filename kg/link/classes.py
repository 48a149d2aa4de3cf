"""Which Wikidata items a kg entity type may denote: P31 classes, then description words.

Wikidata's class tree is deep; the index has no P279 closure, so the common direct
classes news entities carry are listed per kg type, and the English description
("city in Syria", "Russian air base in Syria") decides when the classes are unknown.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.link.records import Record

#: kg type -> P31 classes whose instances it may denote.
CLASSES: dict[str, frozenset[str]] = {
    "Person": frozenset({"Q5"}),  # human
    "Country": frozenset({
        "Q6256",  # country
        "Q3624078",  # sovereign state
        "Q3024240",  # historical country
        "Q15634554",  # state with limited recognition
        "Q7275",  # state
    }),
    "Place": frozenset({
        "Q515", "Q1549591", "Q5119", "Q486972", "Q3957", "Q532", "Q15284",  # city, big city,
        # capital, settlement, town, village, municipality
        "Q200250", "Q174844", "Q208511", "Q1637706",  # metropolis, megacity, global city
        "Q484170", "Q747074", "Q262166", "Q42744322", "Q22865", "Q1093829", "Q70208",
        "Q755707", "Q1840161", "Q3504085", "Q13217644",  # national kinds of municipality
        "Q82794", "Q56061", "Q34876", "Q107390", "Q35657", "Q835714", "Q41162",
        "Q831740", "Q1221156", "Q13390680",  # regions, provinces, federated states
        "Q5107", "Q165", "Q9430", "Q4022", "Q23442", "Q8502", "Q34763", "Q8514", "Q23397",
        # continent, sea, ocean, river, island, mountain, peninsula, desert, lake
    }),
    "Facility": frozenset({
        "Q41176", "Q1248784", "Q44782", "Q16560", "Q57821", "Q483110", "Q12280", "Q16917",
        "Q40357", "Q23413", "Q1021645", "Q3917681",
        # building, airport, port, palace, fortification, stadium, bridge, hospital,
        # prison, castle, office building, embassy
    }),
    "Organization": frozenset({
        "Q43229", "Q245065", "Q484652", "Q7278", "Q327333", "Q192350", "Q783794",
        "Q4830453", "Q6881511", "Q891723", "Q3918", "Q11032", "Q192283", "Q7188",
        "Q35798", "Q35749", "Q1127126", "Q7210356", "Q163740", "Q2659904", "Q476028",
        # organisation, intergovernmental and international organisation, party,
        # agency, ministry, company, business, enterprise, public company, university,
        # newspaper, news agency, government, executive branch, parliament, military
        # alliance, political organisation, non-profit, government organisation, club
    }),
    "Group": frozenset({"Q41710"}),  # ethnic group
    "EventName": frozenset({
        "Q198", "Q8465", "Q178561", "Q40231", "Q1656682", "Q131569",
        # war, civil war, battle, election, event, treaty
    }),
}

#: kg type -> words of an English description that say the item is of that kind.
WORDS: dict[str, tuple[str, ...]] = {
    "Person": ("politician", "diplomat", "president", "minister", "spokesman",
               "spokesperson", "journalist", "activist", "businessman", "businesswoman",
               "general", "officer", "leader", "king", "queen", "prince", "monarch",
               "actor", "actress", "singer", "writer", "footballer", "player", "cleric",
               "militant leader", "lawyer", "judge", "economist", "secretary-general",
               "secretary general", "head of state", "prime minister", "emir", "sheikh",
               "senator", "representative", "congressman", "congresswoman", "member",
               "mayor", "governor", "chancellor", "premier", "founder", "chairman",
               "engineer", "scientist", "physicist", "chemist", "biologist", "mathematician",
               "philosopher", "composer", "musician", "rapper", "songwriter", "painter",
               "artist", "film director", "author", "novelist", "poet", "comedian",
               "presenter", "athlete", "cricketer", "boxer", "swimmer", "cyclist",
               "tennis player", "golfer", "astronaut", "entrepreneur", "philanthropist",
               "historian", "sociologist", "psychologist", "physician", "surgeon",
               "soldier", "admiral", "activist", "monk", "priest", "bishop", "pope",
               "explorer", "navigator", "inventor", "aviator"),
    "Country": ("country", "sovereign state", "republic in", "kingdom in",
                "monarchy in", "island nation", "microstate", "city-state"),
    "Place": ("city", "town", "village", "capital", "commune", "municipality", "region",
              "governorate", "province", "oblast", "krai", "district", "county",
              "state of", "territory", "continent", "sea", "ocean", "river", "island",
              "mountain", "peninsula", "desert", "lake", "valley", "gulf", "strait",
              "port city", "metropolis", "area", "subdivision", "federal subject", "planet",
              "star", "state"),
    "Facility": ("air base", "airbase", "naval base", "naval facility", "military base",
                 "base", "airport", "port", "harbour", "harbor", "building", "palace",
                 "fortress", "citadel", "prison", "headquarters", "stadium", "bridge",
                 "embassy", "complex", "detention", "camp", "residence", "office of",
                 "kremlin", "facility"),
    "Organization": ("organization", "organisation", "party", "agency", "ministry",
                     "department", "company", "corporation", "government", "alliance",
                     "union", "council", "parliament", "legislature", "bank", "office",
                     "newspaper", "news agency", "broadcaster", "university", "court",
                     "armed forces", "army", "navy", "air force", "military", "militia",
                     "militant", "jihadist", "islamist", "terrorist", "rebel", "group",
                     "movement", "coalition", "front", "committee", "administration",
                     "cabinet", "service", "intelligence", "federation", "league",
                     "developer", "publisher", "manufacturer", "retailer", "broadcaster",
                     "airline", "conglomerate", "multinational", "firm", "carrier",
                     "network", "studio", "magazine", "band", "club", "team", "chain",
                     "operator", "institute", "foundation", "charity", "association",
                     "society", "school", "college", "academy", "church", "website",
                     "school district", "lower house", "upper house", "chamber", "senate",
                     "assembly", "research center", "research centre", "space center",
                     "medical center", "laboratory", "museum", "observatory", "library",
                     "hospital", "clinic", "brigade", "police",
                     # the head the sources' descriptions give many companies ("subsidiary
                     # of Amazon that provides ..."), which left them of no kind
                     "subsidiary"),
    "Group": ("militant", "jihadist", "islamist", "terrorist", "rebel", "armed group",
              "militia", "insurgent", "paramilitary", "movement", "ethnic group",
              "people", "front", "organization", "organisation", "coalition", "group",
              # a people described by where it lives ("original inhabitants of the
              # Australian continent" is no continent; linking iteration 38)
              "inhabitant"),
    "EventName": ("war", "battle", "election", "summit", "conference", "attack",
                  "treaty", "operation", "invasion", "crisis", "uprising", "revolution",
                  "protest", "conflict", "games", "championship", "agreement", "talks"),
    # kinds kg gives no entity type: an ORG or a GPE named like them is something else
    # ("House" of Representatives is no medical drama)
    "Work": ("film", "television series", "tv series", "web series", "comedy series",
             "drama series", "anime series", "book series", "film series", "sitcom",
             "soap opera", "drama", "album", "song", "single", "novel", "book",
             "operating system", "software", "video game", "board game", "comic",
             "comic book", "fictional character", "character", "superhero", "opera",
             "musical", "painting", "poem", "franchise", "web browser", "programming language",
             "mobile app", "smartphone", "aircraft", "automobile", "car model", "movie",
             "miniseries", "television program", "tv program", "television show",
             "tv show", "game show"),
    "Idea": ("religion", "religious belief", "beliefs", "belief", "ideology", "philosophy",
             "language", "dialect", "genre", "concept", "theory", "disease"),
}

#: How well an item of one kind fits a mention typed as another (spaCy often calls a
#: government building an ORG, a country an ORG by metonymy, an air base a GPE).
FIT: dict[tuple[str, str], float] = {
    ("Place", "Country"): 0.8, ("Country", "Place"): 0.8,
    ("Place", "Facility"): 0.6, ("Facility", "Place"): 0.6,
    ("Organization", "Facility"): 0.7, ("Facility", "Organization"): 0.7,
    ("Organization", "Group"): 0.9, ("Group", "Organization"): 0.9,
    ("Organization", "Country"): 0.5, ("Group", "Country"): 0.3,
    ("Organization", "Place"): 0.4, ("Place", "Organization"): 0.3,
    ("EventName", "Organization"): 0.2,
    ("Organization", "Idea"): 0.5,  # the model calls a religion an ORG ("Islam")
    ("Thing", "Idea"): 1.0,  # a named thing kg has no type for: a language ("English")
    ("Thing", "Work"): 1.0,  # or a work ("the film Easy Rider")
}
MISMATCH = 0.05  # a Person mention is never a city
#: Classes Wikidata gives to all sorts of items ("organization": Tuscany has it): they
#: decide a kind only when the description names none.
WEAK_CLASSES = frozenset({"Q43229"})
#: Classes of the countries of today: what an article's "country" is (kinds() also
#: calls a federated state a Country by its description, "state in Australia").
COUNTRY_CLASSES = frozenset({"Q6256", "Q3624078", "Q15634554"})
#: A country that is part of a sovereign state (England, Scotland of the United Kingdom)
CONSTITUENT_COUNTRY = "Q3336843"
SOVEREIGN_STATE = "Q3624078"


def is_country(record: Record) -> bool:
    """A country of today: by its P31 classes, or, for an item whose classes are not
    known, by a description that says so ("country in Europe")."""
    if record.classes:
        return bool(COUNTRY_CLASSES.intersection(record.classes))
    return bool(re.search(r"\b(?:country|sovereign state)\b", record.description.casefold())) \
        and "Place" not in described(record.description) - {"Country"}


#: Classes of things of the past: a news mention of "Germany" is the state of today.
PAST = frozenset({"Q3024240"})  # historical country
PAST_FIT = 0.6
UNKNOWN = 0.5  # neither classes nor description say anything

_WORD_RES = {t: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len,
                                                                       reverse=True))
                            + r")s?\b(?!-)")
             for t, words in WORDS.items()}  # longest first: "school district", not "school"
# (and no word that opens a compound: "general-purpose programming language" is no
# general, "state-owned broadcaster" no state; linking iteration 24)


#: Where the head of a description ends: "1969 film | by Dennis Hopper", "city | in
#: Texas", "Japanese video game developer | and publisher".
_HEAD_END = re.compile(r"[,;(]|\b(?:of|in|by|from|for|on|at|with|that|which|who|and|or|"
                       r"located|based|founded|created|owned|operated|known|born)\b")


@lru_cache(maxsize=65536)
def described(description: str) -> frozenset[str]:
    """The kinds the words of an English description name: the head noun's ("1969 film
    by Dennis Hopper": a work; "Japanese video game developer": an organisation), else
    any kind word of it ("region of Italy")."""
    text = description.casefold()
    head = _HEAD_END.split(text, 1)[0]
    # the kind word that ends last, the longest of those ("sovereign state", not "state")
    ends = [(m.end(), -m.start(), t) for t, rx in _WORD_RES.items() for m in rx.finditer(head)]
    if ends:
        return frozenset({max(ends)[2]})
    by_words = frozenset(t for t, rx in _WORD_RES.items() if rx.search(text))
    if "Person" in by_words and len(by_words) > 1:
        # "Russian politician" is a person; "office of the President" is not
        by_words = frozenset({"Person"}) if re.search(r"\b(?:born|politician|diplomat)\b",
                                                      text) else by_words - {"Person"}
    return by_words


@lru_cache(maxsize=65536)
def kinds(classes: tuple[str, ...], description: str,
          said: tuple[str, ...] = ()) -> frozenset[str]:
    """The kg types an item may be: from its P31 classes, else from what its source says
    it is (``said``), else from its description."""
    by_class = frozenset(t for t, cs in CLASSES.items()
                         if cs.intersection(c for c in classes if c not in WEAK_CLASSES))
    if by_class:
        return by_class
    if WEAK_CLASSES.intersection(classes):
        # "organization" is a class of regions and cities too (Tuscany): what the
        # description's head says first
        head = described(description)
        return head if head & frozenset(CLASSES) else frozenset({"Organization"})
    if said:
        return frozenset(said)
    return described(description)


DESCRIBED_FIT = 0.9  # the description says so where the classes did not


def type_fit(kg_type: str, record: Record) -> float:
    """0..1: how well ``record`` fits an entity typed ``kg_type``."""
    found = kinds(record.classes, record.description, record.kinds)
    past = PAST_FIT if PAST.intersection(record.classes) else 1.0
    if kg_type in found:
        return past
    # classes kg does not list ("region of Italy" is also an organisation by P31):
    # the description still says what it is, unless a human is described as a place
    words = described(record.description)
    if kg_type in words and ("Person" in found) == (kg_type == "Person"):
        return past * DESCRIBED_FIT
    if not found:
        return UNKNOWN
    return past * max((FIT.get((kg_type, k), MISMATCH) for k in found), default=MISMATCH)
