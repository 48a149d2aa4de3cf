"""Built graph + shipped queries answer the analyst's questions, from general rules.

The seed article and an article of our own with the same constructions (orders of a
withdrawal, keeping bases, apposition roles, title roles) go through the whole build.
"""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import Article
from kg.pipeline import BuildOptions, build
from kg.query import load_query
from kg.store import open_store
from kg.vocab import sparql_prefixes

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

REPO = Path(__file__).resolve().parent.parent

OWN = """Erdogan orders pull-out of Turkish forces from Libya

ANKARA (Wire) - Turkey this morning began pulling its soldiers out of Libya, after President
Recep Tayyip Erdogan last night ordered the withdrawal of most Turkish troops from the North
African country.

Presidential spokesman, Ibrahim Kalin, said that the Turkish navy will continue to run the
naval base Misrata and Turkish jets will keep a presence in the air base Watiya.

The decision was communicated by Erdogan in a phone call to Libyan Prime Minister Abdul Hamid
Dbeibah.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory, nlp):
    folder = tmp_path_factory.mktemp("articles")
    for seed in (REPO / "seeds").glob("*.txt"):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "own.txt").write_text(OWN, encoding="utf-8")
    store = open_store(":memory:")
    report = build([str(folder)], options=BuildOptions(progress=False), store=store, nlp=nlp)
    assert len(report.built) == 2
    return store


def select(store, body: str) -> list[dict[str, str]]:
    rows = store.query(sparql_prefixes() + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" + body)
    names = [v.value for v in rows.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in rows]


def facts(store, relation: str) -> list[dict[str, str]]:
    return select(store, f"""
        SELECT ?s ?stype ?o ?otype ?otext ?sentence ?start ?end ?text WHERE {{
          ?f a kg:Fact ; rdf:subject ?se ; rdf:predicate kg:{relation} ; kg:evidence ?sent ;
             kg:startChar ?start ; kg:endChar ?end ; kg:inArticle ?a .
          ?se rdfs:label ?s ; a ?stype .
          ?sent kg:text ?sentence . ?a kg:text ?text .
          OPTIONAL {{ ?f rdf:object ?oe . OPTIONAL {{ ?oe rdfs:label ?o ; a ?otype }} }}
          OPTIONAL {{ ?f kg:objectText ?otext }}
        }}""")


def kind(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


@pytest.mark.parametrize("leader, origin", [("Putin", "Syria"), ("Erdogan", "Libya")])
def test_leader_orders_or_announces_the_withdrawal(store, leader, origin):
    rows = [r for r in facts(store, "orders") + facts(store, "announces")
            if leader in r["s"] and kind(r["stype"]) == "Person"]
    objects = " ".join((r["o"] or "") + " " + (r["otext"] or "") for r in rows)
    # what is ordered says so ("the withdrawal of ...") or is a withdrawal ("pull-out")
    withdrawals = select(store, """
        SELECT ?s WHERE { ?f a kg:Fact ; rdf:subject/rdfs:label ?s ; rdf:object ?e ;
                             rdf:predicate ?p . ?e a kg:Withdrawal .
                          FILTER(?p IN (kg:orders, kg:announces)) }""")
    assert "withdraw" in objects.lower() or any(
        leader in r["s"] for r in withdrawals), rows


@pytest.mark.parametrize("bases", [("Hmeimim", "Tartous"), ("Watiya",)])
def test_state_keeps_a_presence_at_facilities(store, bases):
    rows = facts(store, "keeps")
    for base in bases:
        hits = [r for r in rows if r["o"] and base in r["o"]]
        assert hits, (base, rows)
        assert all(kind(r["otype"]) == "Facility" for r in hits)
    assert any(kind(r["stype"]) in {"Country", "Group"} for r in rows)


def test_continuing_to_run_a_base_is_read_as_keeping_it(nlp):
    # "the Turkish navy will continue to run the naval base Misrata" is read as keeping
    # the base; its calibrated confidence (the object reached over a long path) is below
    # the shipped fact threshold, so it is read here with everything the reader finds
    article = Article(text=OWN, source="own", retrieved=datetime.now(timezone.utc))
    x = extract(nlp(OWN), article, 0.0, 0.0)
    keeps = [r for r in x.relations if r.predicate == "keeps" and "misrata" in r.obj]
    assert keeps and all(r.obj.startswith("Facility:") for r in keeps), x.relations


@pytest.mark.parametrize("person, role, org, prop", [
    ("Peskov", "spokesperson", "Kremlin", "spokespersonOf"),
    ("Assad", "president", "Syria", "presidentOf"),
    ("Kalin", "spokesperson", None, None),
    ("Dbeibah", "prime minister", "Libya", "primeMinisterOf"),
])
def test_roles_from_appositions_and_titles(store, person, role, org, prop):
    rows = select(store, """
        SELECT ?person ?role ?org WHERE {
          ?p a kg:Position ; kg:holder/rdfs:label ?person ; kg:roleName ?role .
          OPTIONAL { ?p kg:organization/rdfs:label ?org } }""")
    hits = [r for r in rows if person in r["person"] and role in r["role"]]
    assert hits, rows
    if org:
        assert any(r["org"] and org in r["org"] for r in hits), hits
        direct = select(store, f"""
            SELECT ?o WHERE {{ ?p rdfs:label ?pl ; kg:{prop} ?oe . ?oe rdfs:label ?o .
                               FILTER(CONTAINS(?pl, "{person}")) }}""")
        assert any(org in r["o"] for r in direct), direct


def test_every_fact_keeps_its_sentence_and_offsets_into_the_article(store):
    rows = select(store, """
        SELECT ?sentence ?sstart ?send ?start ?end ?text WHERE {
          ?f a kg:Fact ; kg:evidence ?s ; kg:startChar ?start ; kg:endChar ?end ; kg:inArticle ?a .
          ?s kg:text ?sentence ; kg:startChar ?sstart ; kg:endChar ?send . ?a kg:text ?text }""")
    assert len(rows) >= 10
    for r in rows:
        text, start, end = r["text"], int(r["start"]), int(r["end"])
        assert text[int(r["sstart"]):int(r["send"])] == r["sentence"]
        assert int(r["sstart"]) <= start < end <= int(r["send"])


def test_every_shipped_query_runs_on_the_built_graph(store):
    from kg.query import list_queries

    names = list_queries()
    assert len(names) >= 8
    answered = 0
    for name in names:
        rows = list(store.query(load_query(name)))
        answered += bool(rows)
    assert answered >= 6  # most queries return rows on two real articles
