"""Shipped queries count an entity once however the articles name it: a linked entity
is one IRI across articles, each article graph giving the name that article used, so a
query that joins the merged graph's labels must not multiply its rows or counts by them;
and descriptions ("they", "officials") are not named entities."""
from __future__ import annotations

import pytest

from kg.pipeline import BuildOptions, build
from kg.query import page, read_queries
from kg.store import open_store

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

QUERIES = {q.name: q.text for q in read_queries()}

#: Two articles naming one man two ways (both link offline to the same item).
ARTICLES = {
    "a.txt": "President Donald Trump met officials in Ankara on Monday, and they said that "
             "the talks were good. Kenya was not there.",
    "b.txt": "President Donald J. Trump met officials in Ankara on Friday, and they said "
             "that the talks went well. Kenya was not there.",
    "c.txt": "The French politician Jacques Chirac was born in 1932 in Paris, where he "
             "later served as the mayor of the city for many years. In 1966, Jack Bruce "
             "and Eric Clapton formed a band in London.",
}


@pytest.fixture(scope="module")
def store(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("news")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    opened = open_store(":memory:")
    report = build([str(folder)], store=opened, nlp=nlp,
                   options=BuildOptions(link="offline", progress=False))
    assert len(report.built) == 3
    yield opened
    opened.close()


def rows(store, name: str) -> list[dict]:
    result = store.query(page(QUERIES[name], None))
    names = [v.value for v in result.variables]
    return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in result]


def the_president(store) -> str:
    """The IRI both articles' names link to (the premise of these tests)."""
    found = list(store.query(
        "SELECT DISTINCT ?e WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l . "
        "FILTER(?l IN ('Donald Trump', 'Donald J. Trump')) }"))
    assert len(found) == 1, "both names should be one linked entity"
    return found[0]["e"].value


def test_entities_by_type_counts_a_differently_named_entity_once(store):
    president = the_president(store)
    listed = [r for r in rows(store, "entities-by-type") if r["entity"] == president]
    assert len(listed) == 1, listed
    assert listed[0]["label"] == "Donald J. Trump"  # the longer of its names
    assert (listed[0]["articles"], listed[0]["mentions"]) == ("2", "2")


def test_entities_by_type_leaves_descriptions_out(store):
    labels = {r["label"] for r in rows(store, "entities-by-type")}
    assert "Kenya" in labels
    assert not labels & {"they", "officials"}, labels


def test_co_mentions_are_one_row_per_pair_of_entities(store):
    pairs = [r for r in rows(store, "co-mentions") if "Ankara" in (r["a"], r["b"])
             and {r["a"], r["b"]} & {"Donald Trump", "Donald J. Trump"}]
    assert len(pairs) == 1, pairs
    assert pairs[0]["sentences"] == "2"


def test_unlinked_entities_lists_no_descriptions(store):
    labels = {r["label"] for r in rows(store, "unlinked-entities")}
    assert not labels & {"they", "officials"}, labels


def test_the_timeline_names_who_was_born_and_the_kind_by_its_name(store):
    born = [r for r in rows(store, "timeline") if r["what"] == "born"]
    assert born and born[0]["who"] == "Jacques Chirac", born  # the patient: no agent
    assert born[0]["kind"] == "Birth" and born[0]["date"] == "1932-01-01"


def test_the_timeline_says_a_year_is_only_a_year(store):
    """'born in 1932' is 1932-01-01 to the year: the precision says the day is not known."""
    born = [r for r in rows(store, "timeline") if r["what"] == "born"]
    assert born and born[0]["precision"] == "year", born


def test_the_timeline_gives_an_event_one_row_with_all_its_agents(store):
    formed = [r for r in rows(store, "timeline") if r["what"] == "formed"]
    assert len(formed) == 1, formed
    assert sorted(formed[0]["who"].split(", ")) == ["Eric Clapton", "Jack Bruce"], formed


def test_stats_count_named_entities_not_descriptions_as_linkable(store):
    from kg.stats import LINKABLE, compute_stats

    types = " ".join(f"<https://w3id.org/newskg/ontology#{t}>" for t in LINKABLE)
    every, described = (
        {r["e"].value for r in store.query(
            f"SELECT DISTINCT ?e WHERE {{ VALUES ?t {{ {types} }} ?e a ?t {extra} }}")}
        for extra in ("", ". ?e a <https://w3id.org/newskg/ontology#Description>"))
    assert described, "the articles' 'they' and 'officials' are descriptions"
    assert compute_stats(store).linkable_entities == len(every - described)


@pytest.mark.parametrize("name, column", [("who-did-what", "relation"),
                                          ("facts-with-evidence", "relation"),
                                          ("article-facts", "what"), ("timeline", "what")])
def test_a_fact_without_a_property_of_its_own_shows_its_verb(store, name, column):
    """kg:relatedBy says only that a verb relates the two; the verb is the lemma."""
    shown = [r[column] for r in rows(store, name) if "relatedBy" in (r[column] or "")]
    assert shown, f"{name}: the articles should give a relatedBy fact"
    assert all("relatedBy(" in s and "relatedBy()" not in s for s in shown), shown
