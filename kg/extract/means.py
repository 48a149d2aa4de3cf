"""Phrases after a passive's "by" that say how it was done or by how much, not who did it;
and where words were put out ("said on Twitter"), the medium of a saying."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from kg.extract import lexicons
from kg.extract.frames import lexicon
from kg.extract.table import EntityTable


def means_by_phrase(obj: Token, table: EntityTable) -> bool:
    """Whether ``obj``, the object of a passive's "by", is the means, not the agent: a
    gerund with an object of its own ("collected by tagging individual penguins", "cured
    by using gaumutra") or the relative "which" ("the process by which an official can be
    removed": who removes is elsewhere, or not said). A bare gerund
    ("destroyed by flooding") names an event that may act, and stays the agent."""
    if obj.lower_ == "which" and obj.tag_ == "WDT":
        return True
    return obj.tag_ == "VBG" and obj.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "ccomp") for c in table.children(obj))


@lru_cache(maxsize=1)
def _means_nouns() -> frozenset[str]:
    return frozenset(lexicons.load_json("discourse.json")["means_by_nouns"])


def bare_means(obj: Token, table: EntityTable) -> bool:
    """A means of travel or communication, or a procedure, with no determiner, possessive
    or number of its own ("by ambulance", "by phone", "by impeachment"): how, not who ("hit
    by a car", "by the ship's crew" keep their agent)."""
    if obj.lemma_.lower() not in _means_nouns() and obj.lower_ not in _means_nouns():
        return False
    return obj.tag_ in ("NN", "NNS") and not any(
        c.dep_ in ("det", "poss", "nummod", "prep", "relcl", "acl", "appos")
        for c in table.children(obj))


@lru_cache(maxsize=1)
def _margin_nouns() -> frozenset[str]:
    return frozenset(lexicons.load_json("discourse.json")["margin_nouns"])


def margin_by_phrase(obj: Token, table: EntityTable) -> bool:
    """Whether ``obj``, the object of a "by", is a margin, not the agent: a counted unit
    of a score or a change ("defeated by 10,694 votes", "won by two goals", "rose by 5
    percent", "by a wide margin"). A counted group can act ("killed by two gunmen"), so
    only the units of ``margin_nouns`` are margins."""
    if obj.lemma_.lower() not in _margin_nouns() and obj.lower_ not in _margin_nouns():
        return False
    return obj.lemma_.lower() == "margin" or any(
        c.dep_ in ("nummod", "quantmod") or c.like_num for c in table.children(obj))


#: Determiners of a source phrase that quantify rather than point ("by all accounts").
_SOURCE_DETERMINERS = frozenset({"all", "some", "most", "many", "several", "other", "one",
                                 "his", "her", "its", "their", "our", "my", "your"})


@lru_cache(maxsize=1)
def _source_nouns() -> frozenset[str]:
    return frozenset(lexicons.load_json("discourse.json")["source_by_nouns"])


def source_by_phrase(obj: Token, table: EntityTable, dated: bool = False) -> bool:
    """Whether ``obj``, the object of a "by", says according to whom, not who did it:
    "by early reports, at least 30 injured", "by all accounts", "by some estimates". A
    source noun with no determiner, or a quantifying one; "criticised by the report"
    (a definite report) and one with a phrase of its own ("by a report of the UN") may
    act and keep the agent. ``dated``: a phrase of its own that only dates the source
    ("By reports on Saturday") is allowed."""
    if obj.lemma_.lower() not in _source_nouns():
        return False
    kids = table.children(obj)
    if any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and not (dated and _dating(c, table))
           for c in kids):
        return False
    return all(c.lower_ in _SOURCE_DETERMINERS for c in kids if c.dep_ in ("det", "poss"))


def _dating(prep: Token, table: EntityTable) -> bool:
    """Whether the phrase ``prep`` heads only gives a date or time ("on Saturday")."""
    objs = [c for c in table.children(prep) if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


#: Verbs of putting words out that the lexicon's verbs of saying (which hold "post",
#: "write", "publish", "tweet") leave out.
_POSTING = frozenset({"upload", "share", "broadcast"})


def medium_of_saying(noun: Token, table: EntityTable) -> Token | None:
    """The verb of saying or posting whose "on" / "via" phrase ``noun`` is ("posted a
    message on Twitter", "said on television"), or None."""
    prep = table.head(noun)
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "via"):
        return None
    # (on the verb or on its object: not "spoke with a man on the train carrying a
    # knife", where the train is the man's)
    main = table.head(prep)
    if main.dep_ == "dobj":
        main = table.head(main)
    lemma = main.lemma_.lower()
    return main if main.pos_ == "VERB" and (
        lemma in lexicon().speech or lemma in _POSTING) else None
