"""Entity identity across articles: names are shared, dates and quantities are not."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import BuildOptions, build
from kg.store import open_store
from kg.vocab import sparql_prefixes

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

ONE = "Rebels attacked the town last night. Chancellor Angela Merkel condemned the attack."
TWO = ("Angela Merkel met French President Emmanuel Macron in Paris last night, "
       "a spokesman for the Chancellor said.")


def test_names_share_one_iri_across_articles_but_relative_dates_do_not(tmp_path: Path, nlp):
    for name, text in (("one.txt", ONE), ("two.txt", TWO)):
        (tmp_path / name).write_text(text)
    store = open_store(":memory:")
    build([str(tmp_path)], options=BuildOptions(progress=False, link="off"), store=store, nlp=nlp)
    rows = list(store.query(sparql_prefixes() + """
        SELECT ?label ?type (COUNT(DISTINCT ?e) AS ?iris) (COUNT(DISTINCT ?a) AS ?articles) WHERE {
          ?e rdfs:label ?label ; a ?type ; kg:mentionedIn ?a .
          FILTER(?label IN ("Angela Merkel", "last night"))
        } GROUP BY ?label ?type"""))
    found = {r["label"].value: (int(r["iris"].value), int(r["articles"].value)) for r in rows}
    assert found["Angela Merkel"] == (1, 2)  # one IRI mentioned in both articles
    assert found["last night"] == (2, 2)  # one IRI per article
