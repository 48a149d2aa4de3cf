"""The offline linker's cost (the sixteenth iteration, docs/linking.md): an article's
names read from the index with one query and kept in a bounded cache of the index
object, the article's linked names and the anchors' context read once an article. Each
test fails when an optimisation changes what the linker finds: the batched, cached
look-ups against one query per name with no cache, the per-article tables against the
per-entity ones they replace. No test is timed (speed is the benches')."""
from __future__ import annotations

import pickle

import pytest
from linktools import placed

from kg.link import OfflineLinker, index as index_module
from kg.link.index import OfflineIndex
from kg.link.records import Record
from kg.link.recall import linked_names, lower_case_end
from kg.model import Entity, Link, Mention
from kg.vocab import entity_key

#: Names of every kind the index answers to: labels, aliases, loose forms (particles,
#: a possessive s, a compass point), a person's surname, titles, accents, and misses
NAMES = ["United States", "United States of America", "U.S.", "USA", "Barack Obama",
         "President Barack Obama", "Obama", "Bashar Assad", "Bashar al-Assad",
         "New People Party", "South East Asia", "Southeast Asia", "World Health Organization",
         "World Health Organisation", "WHO", "Washington", "Washington, D.C.", "Clinton",
         "Zürich", "Zurich", "Facebook", "Facebook Inc.", "the Netherlands", "Netherlands",
         "Ashcombe Lower Brantwick", "Red Harbour Alliance", "Qwxz", "Georgia Wells",
         "Liverpool F.C.", "Belgium national football team", "Congress", "Labour", "Sanders",
         "Johnson", "Hillary Rodham Clinton"]


@pytest.fixture(scope="module")
def shipped() -> OfflineIndex:
    return OfflineLinker().index


def uncached(monkeypatch, path: str) -> OfflineIndex:
    """The same index file with no name cache: a query per look-up, as before."""
    monkeypatch.setattr(index_module, "CACHE_NAMES", 0)
    return OfflineIndex(path)


def rows(hits) -> list[tuple[str, str, str]]:
    return [(h.record.qid, h.match, h.form) for h in hits]


def test_batched_lookups_find_what_one_query_per_name_finds(shipped, monkeypatch):
    batched = OfflineIndex(shipped.path)
    batched.read_names([k for n in NAMES for k in (index_module.normalise_name(n),
                                                   index_module.loose_key(n))])
    assert {"qwxz", "new people party", "united states"} <= set(batched._names)  # misses too
    found = {(n, s): rows(batched.lookup(n, surname=s)) for n in NAMES for s in (False, True)}
    plain = uncached(monkeypatch, shipped.path)
    assert found == {(n, s): rows(plain.lookup(n, surname=s)) for n in NAMES
                     for s in (False, True)}
    assert not plain._names  # no cache: every look-up asked SQLite
    assert ("Q296491", "surname", "Sanders") in found[("Sanders", True)]
    assert not found[("Sanders", False)]  # a surname only when asked for
    assert found[("New People Party", False)] == [("Q23059", "loose", "New People Party")]
    assert found[("Qwxz", False)] == []


def test_matches_keep_the_primary_key_order_with_or_without_the_cache(shipped, monkeypatch):
    cached = OfflineIndex(shipped.path)
    keys = [index_module.normalise_name(n) for n in NAMES]
    cached.read_names(keys)
    before = {k: cached.matches(k) for k in keys}
    assert before == {k: uncached(monkeypatch, shipped.path).matches(k) for k in keys}
    assert all(r == sorted(r) for r in before.values())


def test_the_name_cache_is_bounded_and_an_lru(shipped, monkeypatch):
    monkeypatch.setattr(index_module, "CACHE_NAMES", 5)
    index = OfflineIndex(shipped.path)
    keys = [index_module.normalise_name(n) for n in NAMES]
    index.read_names(keys)
    assert len(index._names) == 5
    index.matches(keys[0])  # read again, now the most recent
    index.matches(keys[1])
    assert list(index._names)[-2:] == [keys[0], keys[1]] and len(index._names) == 5
    assert index.lookup("Barack Obama")  # an evicted name is read again


def test_the_cache_belongs_to_its_index_and_is_not_pickled(shipped):
    one, two = OfflineIndex(shipped.path), OfflineIndex(shipped.path)
    one.read_names(["united states"])
    assert "united states" in one._names and "united states" not in two._names
    assert not pickle.loads(pickle.dumps(one))._names


def test_an_in_memory_index_forgets_the_names_a_new_record_changes():
    index = OfflineIndex.from_records([Record("Q1", "Ashcombe", description="town in England")])
    assert index.lookup("Lower Brantwick") == []  # a miss, cached
    index.add(Record("Q2", "Lower Brantwick", description="village in England"))
    assert [h.record.qid for h in index.lookup("Lower Brantwick")] == ["Q2"]
    index.add(Record("Q2", "Upper Brantwick", description="village in England"))
    assert index.lookup("Lower Brantwick") == []  # the old name is gone from the cache too


ARTICLES = [
    ("Joe Biden held a rally in Ohio. Biden said the Democratic party's primary was fair. "
     "Republican senators and the U.S. Senate met in Washington, D.C. on Monday.",
     [("Joe Biden", "Person"), ("Biden", "Person"), ("Ohio", "Place"),
      ("Democratic", "Organization"), ("Republican", "Group"), ("U.S. Senate", "Organization"),
      ("Washington, D.C.", "Place"), ("Washington", "Place")]),
    ("Belgium beat Panama 3 – 0 in the World Cup match in Sochi, Russia. Belgium coach "
     "Roberto Martinez said Romelu Lukaku scored twice.",
     [("Belgium", "Country"), ("Panama", "Country"), ("Sochi", "Place"), ("Russia", "Country"),
      ("Roberto Martinez", "Person"), ("Romelu Lukaku", "Person"), ("World Cup", "EventName")]),
    ("The World Health Organisation said New York and New Jersey reported cases. "
     "The WHO and the Untied Nations met in Geneva, Switzerland.",
     [("World Health Organisation", "Organization"), ("WHO", "Organization"),
      ("New York", "Place"), ("New Jersey", "Place"), ("Untied Nations", "Organization"),
      ("Geneva", "Place"), ("Switzerland", "Country")]),
]


@pytest.mark.parametrize("text,entities", ARTICLES)
def test_links_are_those_of_the_linker_without_the_cache(shipped, monkeypatch, text, entities):
    extraction = placed(text, *entities)
    fast = OfflineLinker(index=OfflineIndex(shipped.path)).link(extraction)
    plain = OfflineLinker(index=uncached(monkeypatch, shipped.path)).link(extraction)
    assert fast == plain
    assert any(link.qid for link in fast.values())


def test_the_article_wide_table_of_linked_names_finds_what_the_per_entity_one_did():
    text = "The Republican Party met. The Republican party's primary and the Democratic one."
    party = Entity(entity_key("Organization", "Republican Party"), "Organization",
                   "Republican Party", (Mention(4, 20, "Republican Party", 0),))
    adjective = Entity(entity_key("Organization", "Republican"), "Organization", "Republican",
                       (Mention(30, 40, "Republican", 1),))
    other = Entity(entity_key("Organization", "Democratic"), "Organization", "Democratic",
                   (Mention(65, 75, "Democratic", 1),))
    entities = (party, adjective, other)
    links = {party.key: Link(party.key, "Q29468", 0.9), adjective.key: Link(adjective.key,
                                                                            None, 0.0),
             other.key: Link(other.key, None, 0.0)}
    table = linked_names(entities, links)
    assert table == {"republican party": [("Q29468", party.key)]}
    assert lower_case_end(adjective, entities, links, text, table) == \
        lower_case_end(adjective, entities, links, text) == ("Q29468", party.key)
    assert lower_case_end(other, entities, links, text, table) is None
    # the entity itself is no owner of its own name
    alone = {party.key: links[party.key]}
    assert lower_case_end(party, (party,), alone, "The Republican Party party's",
                          linked_names((party,), alone)) is None
