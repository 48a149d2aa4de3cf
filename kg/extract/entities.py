"""Named-entity mentions: map spaCy's labels to kg types and merge names within an article."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.table import EntityTable

#: spaCy label -> kg type. GPE is refined to Country or Place below.
LABEL_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Facility",
    "NORP": "Group",
    "EVENT": "EventName",
    "DATE": "Date",
    "TIME": "Date",
    "CARDINAL": "Quantity",
    "QUANTITY": "Quantity",
    "MONEY": "Quantity",
    "PERCENT": "Quantity",
}


def find_entities(doc: Doc, table: EntityTable) -> None:
    """Add every named-entity mention of ``doc`` to ``table``."""
    for ent in doc.ents:
        type_ = LABEL_TYPES.get(ent.label_)
        if type_ is None:
            continue
        table.add(ent, type_, ent.text.strip())
