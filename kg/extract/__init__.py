"""Extraction: spaCy Doc -> ``kg.model.Extraction``. spaCy types stop here."""
from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import attribution, coref, entities, facts, frames, predicates, roles
from kg.extract import time as times
from kg.extract.components import original_text
from kg.extract.nodes import Nodes
from kg.extract.table import EntityTable
from kg.model import Article, Extraction, Sentence


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """Sentences with offsets trimmed to their visible text (no trailing blank lines)."""
    out = []
    full = original_text(doc)  # hard-wrapped lines were unwrapped for the parser
    for i, s in enumerate(doc.sents):
        text = full[s.start_char:s.end_char]
        start = s.start_char + (len(text) - len(text.lstrip()))
        out.append(Sentence(i, start, start + len(text.strip()), text.strip()))
    return tuple(out)


def extract(doc: Doc, article: Article) -> Extraction:
    """Everything kg reads from one parsed article."""
    table = EntityTable(doc)
    entities.find_entities(doc, table)
    found_roles = roles.find_roles(doc, table)
    # coreference after roles ("the Syrian leader" -> the president of Syria); it adds
    # pronoun/description mentions to the table, which events and relations read
    coref.resolve(doc, table, found_roles, frames.lexicon().event_verbs())
    found_times = times.find_times(doc, article.published)
    # one reader for verbs and event nouns; arguments read through the table, so it runs
    # after the steps that add mentions (coreference); it adds description nodes
    found = predicates.find(doc, table)
    found_events, found_relations = facts.build(doc, table, found, found_times, found_roles)
    found_claims = attribution.find_claims(doc, table, Nodes(doc, table, found_roles, set()))
    found_events, found_relations = attribution.mark_reported(
        found_claims, found_events, found_relations, doc)
    return Extraction(
        article=article,
        sentences=sentences(doc),
        entities=table.freeze(),
        roles=tuple(found_roles),
        relations=tuple(found_relations),
        events=tuple(found_events),
        claims=tuple(found_claims),
        times=tuple(expr for _, expr in found_times),
    )
