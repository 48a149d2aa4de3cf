"""A lone word that is the surname of a person of the article is that person, unless
the article reads it as something else far more often (written for the tests)."""
from __future__ import annotations

from spacy.tokens import Span

from kg.extract.entities import find_entities
from kg.extract.table import EntityTable


def typed(nlp, text: str, labels: dict[str, str]) -> dict[str, str]:
    """Entity name -> kg type, with the model's entities replaced by ``labels`` (every
    occurrence of each phrase), so the test does not depend on the model's misreadings."""
    doc = nlp(text)
    spans = []
    for phrase, label in labels.items():
        start = 0
        while (at := text.find(phrase, start)) >= 0:
            span = doc.char_span(at, at + len(phrase), label=label)
            if span is not None and not any(s.start < span.end and span.start < s.end
                                            for s in spans):
                spans.append(span)
            start = at + len(phrase)
    doc.ents = sorted(spans, key=lambda s: s.start)
    table = EntityTable(doc)
    find_entities(doc, table)
    return {e.name: e.type for e in table.freeze()}


def test_a_city_named_often_stays_a_place_beside_one_misread_person(nlp):
    text = ("Voters in Lindholm go to the polls on Sunday. Lindholm has grown fast, and "
            "Lindholm needs new schools. Rents in Lindholm doubled. My plan: Make Lindholm "
            "the greenest city. Buses in Lindholm will be free, and Lindholm will plant "
            "trees.")
    labels = {"Make Lindholm": "PERSON", "Lindholm": "GPE"}
    assert typed(nlp, text, labels)["Lindholm"] == "Place"


def test_a_surname_the_model_reads_as_an_organisation_is_the_person(nlp):
    text = ("Senator Oskar Brannvik spoke on Monday. Brannvik said taxes would fall. "
            "Brannvik later left, and Brannvik declined to comment.")
    labels = {"Oskar Brannvik": "PERSON", "Brannvik": "ORG"}
    assert typed(nlp, text, labels)["Oskar Brannvik"] == "Person"
    assert "Brannvik" not in typed(nlp, text, labels)  # one person, not an organisation
