"""Extraction: spaCy Doc -> ``kg.model.Extraction``. spaCy types stop here."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import entities, relations, roles
from kg.extract.table import EntityTable
from kg.model import Article, Extraction, Sentence


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentences with offsets trimmed to their visible text (no trailing blank lines)."""
    out = []
    for i, s in enumerate(doc.sents):
        text = s.text
        start = s.start_char + (len(text) - len(text.lstrip()))
        out.append(Sentence(i, start, start + len(text.strip()), text.strip()))
    return tuple(out)


def extract(doc: Doc, article: Article) -> Extraction:
    """Everything kg reads from one parsed article."""
    table = EntityTable(doc)
    entities.find_entities(doc, table)
    found_roles = roles.find_roles(doc, table)
    # relations read subjects through the table, so they run after steps that add
    # mentions (coreference) and take the events they may point at
    found_relations = relations.find_relations(doc, table)
    return Extraction(
        article=article,
        sentences=sentences(doc),
        entities=table.freeze(),
        roles=tuple(found_roles),
        relations=tuple(found_relations),
    )
