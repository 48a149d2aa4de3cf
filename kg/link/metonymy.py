"""Names that stand for something else: a place or a country named for its team in a
report of a team sport ("Sweden defeated South Korea 1 – 0", "Caloundra defeat
Maroochydore"), as the field's annotators read them: the team, or nobody when the index
lacks it, never the place.

Four questions, each answered from the tables of ``kg/data/link/sports.json``:

- *which sports does the article report?* (``reported_sports``) the words of a sport
  ("rugby", "wickets") in a text with enough words of any sports report ("match",
  "coach", "scored") or a match score ("45 – 24");
- *what sport is a team item of, and which items are a place's teams?* (``sport_of``,
  ``team_names``) the description ("men's national association football team"), else
  the label ("Australia national cricket team", described "national sports team"); a
  team's name is its place's and a designation ("national football team", "F.C.");
- *is a name used as a team?* (``team_use``) each mention by the words around it: a
  score beside it, a verb of play after or before it ("beat", "lost 1 – 2 to", "drew
  with", "were beaten by", "Germany v Spain"), a team's role after it ("Panama coach",
  "Tunisia's goalkeeper"), "a goal for X" count for the team; "in", "at", "from" before
  it for the place. A demonym ("the Swedish striker") says where a player is from:
  never a team;
- *whose team?* (``reported_side``, ``womens_team``) a report that says "women's" more
  often than "men's" is of women's sport: its places stand for women's sides only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from kg.link.data_files import link_json
from kg.link.places import demonyms
from kg.link.records import Record
from kg.model import Entity


@dataclass(frozen=True)
class Sport:
    name: str
    report: frozenset[str]  # words of a report of it
    item: tuple[str, ...]  # words of a team item's description or label
    after: tuple[str, ...]  # designations after the place ("national football team")
    before: tuple[str, ...]  # designations before it ("FC Basel")


@dataclass(frozen=True)
class Tables:
    sports: tuple[Sport, ...]
    report: frozenset[str]  # words of any sports report
    min_report_words: int
    verbs_after: frozenset[str]
    verbs_before: frozenset[str]
    roles: tuple[str, ...]
    for_words: tuple[str, ...]
    particles_before: tuple[tuple[str, frozenset[str]], ...]  # ("with", {"drew", ...})
    passive_aux: frozenset[str]  # "Leeds were beaten by Liverpool": a team
    passive_verbs: frozenset[str]
    women: tuple[str, ...]  # a women's report's words ("women's")
    men: tuple[str, ...]
    women_label: tuple[str, ...]  # the words of a women's team's label


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The tables of ``kg/data/link/sports.json``."""
    data = link_json("sports.json")
    sports = tuple(Sport(name, frozenset(s["report"]), tuple(s["item"]), tuple(s["after"]),
                         tuple(s["before"])) for name, s in data["sports"].items())
    particles = tuple((p, frozenset(verbs)) for p, verbs in data["particles_before"].items()
                      if not p.startswith("_"))
    passive, side = data["passive_after"], data["side"]
    return Tables(sports, frozenset(data["report"]), int(data["min_report_words"]),
                  frozenset(data["verbs_after"]), frozenset(data["verbs_before"]),
                  tuple(data["roles"]), tuple(data["for_words"]), particles,
                  frozenset(passive["auxiliaries"]), frozenset(passive["verbs"]),
                  tuple(side["women"]),
                  tuple(side["men"]), tuple(side["women_label"]))


#: A match score: "1 – 0", "45–24", "3-0" (not a year span: at most three digits a side)
SCORE = r"\d{1,3}\s*[–—-]\s*\d{1,3}"
_SCORE_ANYWHERE = re.compile(rf"(?<![\d/.]){SCORE}(?![\d/.])")
_SCORE_AFTER = re.compile(rf"^\s*{SCORE}(?![\d/.])")
_SCORE_BEFORE = re.compile(rf"(?<![\d/.]){SCORE}\s*$")
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")
_LETTERS = re.compile(r"[a-z]+")  # the text's words, as kg.link.context.WORD reads them
WINDOW = 40  # characters read on each side of a mention


def sport_of(record: Record) -> str | None:
    """The sport of a team or a club item, by its description ("men's national
    association football team", "English association football club"), else by its label
    ("Australia national cricket team", described "national sports team")."""
    description = record.description.casefold()
    if not re.search(r"\b(?:team|club|side)\b", description):
        return None
    for text in (description, record.label.casefold()):
        for sport in tables().sports:  # "american football" before "football team"
            if any(word in text for word in sport.item):
                return sport.name
    return None


def sports_report(text: str, text_words: frozenset[str] | None = None) -> bool:
    """Does ``text`` say enough words of any sports report ("match", "coach", "scored";
    a score counts as one) to be one? Only then are a place's teams looked up."""
    t = tables()
    if text_words is None:
        text_words = frozenset(_LETTERS.findall(text.casefold()))
    found = len(t.report & text_words) + (1 if _SCORE_ANYWHERE.search(text) else 0)
    return found >= t.min_report_words


def reported_sports(text: str, text_words: frozenset[str],
                    linked: Iterable[Record] = (), report: bool | None = None) -> frozenset[str]:
    """The team sports ``text`` is a report of: a sport's own words or a team of it
    among the article's ``linked`` items, in a text that says enough words of any sports
    report ("match", "coach", "scored"; a score counts as one). A passing "football
    team" in a story about pardons is no report. ``report``: ``sports_report`` of the
    text, when the caller has it (it reads the whole text)."""
    t = tables()
    if not (sports_report(text, text_words) if report is None else report):
        return frozenset()
    named = {s.name for s in t.sports if s.report & text_words}
    return frozenset(named | {sport for r in linked if (sport := sport_of(r))})


def team_names(place: str, sport: str | None = None) -> list[str]:
    """The names a team of ``place`` goes by: the place and a designation ("Sweden
    national football team", "Liverpool F.C.", "FC Basel"), for one sport or all."""
    out: list[str] = []
    for s in tables().sports:
        if sport is None or s.name == sport:
            out += [f"{place} {d}" for d in s.after] + [f"{d} {place}" for d in s.before]
    return list(dict.fromkeys(out))


def _said(text: str, words: Iterable[str]) -> int:
    """How often ``text`` says any of ``words`` (whole words, any case)."""
    return sum(len(re.findall(rf"(?<![\w']){re.escape(w)}(?![\w'’])", text, re.I))
               for w in words)


def reported_side(text: str) -> str:
    """"women" when the report says "women's" more often than "men's" ("the women's
    World Cup"), else "men": whose teams its places stand for."""
    t = tables()
    return "women" if _said(text, t.women) > _said(text, t.men) else "men"


def womens_team(record: Record) -> bool:
    """A women's side, by its label ("Sweden women's national association football
    team"); the label, not the description, as the youth and reserve sides are told."""
    return _said(record.label, tables().women_label) > 0


@dataclass(frozen=True)
class TeamUse:
    """How an entity's name mentions are used: as a team, as a place, neither."""
    team: int
    place: int
    names: int

    @property
    def as_team(self) -> bool:
        """Named as a team at least once, and more often than as a place."""
        return self.team >= 1 and self.team > self.place


#: Prepositions after which a name is a place ("at the stadium in Sweden")
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "across", "throughout", "inside",
                      "outside", "around", "into", "within"})


#: Words that are no noun between a verb of play and a name ("played in Varnham")
_FUNCTION_WORDS = LOCATIVE | {"the", "a", "an", "of", "by", "on", "for", "with", "and", "as",
                              "out", "off", "up"}


def mention_use(text: str, start: int, end: int) -> str | None:
    """"team", "place" or None for the name at ``text[start:end]``, by the words around
    it (see the module's docstring)."""
    t = tables()
    before, after = text[max(0, start - WINDOW):start], text[end:end + WINDOW]
    if _SCORE_AFTER.search(after) or _SCORE_BEFORE.search(before):
        return "team"  # "Sweden 1 – 0 Korea Republic"
    if re.search(r"\bof\s+(?:the\s+)?$", before):
        return None  # "Karsten Warholm of Norway won": where a person is from
    words_after = _WORDS.findall(after.casefold())
    tail = re.sub(r"^(?:'s|’s)", "", after.strip())
    if words_after[:1] and words_after[0] in t.verbs_after or \
            len(words_after) > 1 and words_after[0].endswith("ly") and \
            words_after[1] in t.verbs_after:
        return "team"  # "Caloundra defeated", "Belgium easily beat"
    if len(words_after) > 1 and words_after[0] in t.passive_aux and \
            words_after[1] in t.passive_verbs:
        return "team"  # "Leeds were beaten by Liverpool"
    if any(re.match(rf"\s*{re.escape(role)}\b", tail, re.I) for role in t.roles) and \
            not after.startswith((",", ".")):
        return "team"  # "Caloundra coach Geoff Ingram", "Tunisia's goalkeeper"
    words_before = _WORDS.findall(before.casefold())
    last = words_before[-1] if words_before else ""
    if last == "the" and len(words_before) > 1:
        words_before, last = words_before[:-1], words_before[-2]  # "in the Netherlands"
    if last in t.verbs_before or len(words_before) > 1 and \
            words_before[-2] in t.verbs_before and last not in _FUNCTION_WORDS and \
            not before.rstrip().endswith((",", ".")):
        return "team"  # "defeated debutants Panama", "against Noosa"
    for particle, verbs in t.particles_before:
        found = re.search(rf"\b([a-z]+)(?:\s+{SCORE})?\s+{particle}\s+(?:the\s+)?$",
                          before.casefold())
        if found and found.group(1) in verbs:
            return "team"  # "Tunisia lost 1 – 2 to England", "drew with Leeds"
    sentence = re.split(r"[.!?]\s", before)[-1].casefold()
    if last == "for" and any(re.search(rf"\b{w}\b", sentence) for w in t.for_words):
        return "team"  # "scored a third goal for Belgium"
    if last in LOCATIVE:
        return "place"
    return None


def team_use(entity: Entity, text: str) -> TeamUse:
    """How the entity's name mentions are used (``mention_use``); a demonym ("the
    Swedish striker", "Panamanian players") says where a player is from, no team."""
    names = entity.name_mentions
    if not text or not names or all(m.text in demonyms() for m in names):
        return TeamUse(0, 0, len(names))
    uses = [mention_use(text, m.start, m.end) for m in names]
    return TeamUse(uses.count("team"), uses.count("place"), len(names))
