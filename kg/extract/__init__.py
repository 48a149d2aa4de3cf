"""Extraction: spaCy Doc -> ``kg.model.Extraction``. spaCy types stop here."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import entities
from kg.extract.table import EntityTable
from kg.model import Article, Extraction, Sentence


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    return tuple(Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents))


def extract(doc: Doc, article: Article) -> Extraction:
    """Everything kg reads from one parsed article."""
    table = EntityTable(doc)
    entities.find_entities(doc, table)
    return Extraction(
        article=article,
        sentences=sentences(doc),
        entities=table.freeze(),
    )
