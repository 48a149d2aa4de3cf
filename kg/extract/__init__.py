"""Extraction: spaCy Doc -> ``kg.model.Extraction``. spaCy types stop here."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from spacy.tokens import Doc, Span

from kg.extract import (attribution, confidence, coref, entities, facts, frames, predicates,
                        roles)
from kg.extract import time as times
from kg.extract.captions import caption_ranges, in_caption
from kg.extract.components import original_text
from kg.extract.nodes import Nodes
from kg.extract.predicates import Predication
from kg.extract.table import EntityTable
from kg.model import Article, Claim, Emission, Extraction, Role, Sentence, TimeExpression


def sentences(doc: Doc, sents: Iterable[Span] | None = None,
              full: str | None = None) -> tuple[Sentence, ...]:
    """Sentences (``doc.sents`` unless given) with offsets trimmed to their visible text
    (no trailing blank lines); ``full``: ``original_text(doc)`` when already read."""
    out = []
    # hard-wrapped lines were unwrapped for the parser
    full = original_text(doc) if full is None else full
    for i, s in enumerate(doc.sents if sents is None else sents):
        text = full[s.start_char:s.end_char]
        start = s.start_char + (len(text) - len(text.lstrip()))
        out.append(Sentence(i, start, start + len(text.strip()), text.strip()))
    return tuple(out)


@dataclass(frozen=True)
class Reading:
    """An extraction with the features its facts and claims were read with (what the
    calibrated confidences are computed from; ``scripts/fit_confidence.py`` fits them)."""

    extraction: Extraction
    fact_features: dict[str, confidence.Features]  # by event id
    claim_features: dict[str, confidence.Features]  # by claim id


def preload() -> None:
    """Parse the data every extraction reads now rather than at the first article: the
    frame lexicon takes ~0.4 s, most of a first article's time. A build calls it before
    it forks its workers, which then share the parsed data instead of each parsing it."""
    frames.lexicon()
    confidence.calibration()


def extract(doc: Doc, article: Article, fact_threshold: float | None = None,
            claim_threshold: float | None = None) -> Extraction:
    """Everything kg reads from one parsed article.

    Facts and claims whose calibrated confidence is below the thresholds are not emitted
    (defaults: ``kg/data/extract/confidence.json``, chosen for a precision of 0.8 on the
    Wikinews dev gold; 0 emits everything read)."""
    return read(doc, article, fact_threshold, claim_threshold).extraction


def read(doc: Doc, article: Article, fact_threshold: float | None = None,
         claim_threshold: float | None = None) -> Reading:
    """``extract`` with the features of every fact and claim."""
    return _weigh(_find(doc, article), fact_threshold, claim_threshold)


def extract_windows(parts: Sequence[tuple[Doc, Article]], fact_threshold: float | None = None,
                    claim_threshold: float | None = None) -> list[Extraction]:
    """``extract`` for the windows of one long article (``kg.windows``), each in its own
    offsets: each window's facts are weighed knowing how often the other windows mention
    their entities, so an article reads the same whether or not it was cut."""
    found = [_find(doc, window) for doc, window in parts]
    if len(found) > 1:
        counts = [f.table.mention_counts() for f in found]
        total = Counter()
        for own in counts:
            total.update(own)
        for f, own in zip(found, counts):
            f.table.elsewhere = {key: n - own.get(key, 0) for key, n in total.items()
                                 if n > own.get(key, 0)}
    return [_weigh(f, fact_threshold, claim_threshold).extraction for f in found]


@dataclass
class _Found:
    """What one Doc reads before facts are weighed (spaCy's types: stays in this module)."""

    doc: Doc
    article: Article
    table: EntityTable
    roles: list[Role]
    times: list[tuple[Span, TimeExpression]]
    predications: list[Predication]
    claims: list[tuple[Claim, confidence.Features]]  # each with its confidence set


def _find(doc: Doc, article: Article) -> _Found:
    """Entities, roles, coreference, times, predications and claims: everything that adds
    an entity's mentions, so that their counts are whole before facts are weighed."""
    cal = confidence.calibration()
    table = EntityTable(doc)
    entities.find_entities(doc, table)
    found_roles = roles.find_roles(doc, table)
    # coreference after roles ("the Syrian leader" -> the president of Syria); it adds
    # pronoun/description mentions to the table, which events and relations read
    coref.resolve(doc, table, found_roles, frames.lexicon().event_verbs())
    # "I" in an interview's answer is the one its speaker label names
    coref.resolve_turns(doc, table)
    # a one-word DATE the entity step read as a person's surname ("May's agreement"
    # after "Theresa May") is that person, no month
    found_times = [(span, t) for span, t in times.find_times(doc, article.published)
                   if not (len(span) == 1 and
                           (table.key_of(span[0]) or "").startswith("Person:"))]
    # one reader for verbs and event nouns; arguments read through the table, so it runs
    # after the steps that add mentions (coreference); it adds description nodes
    found = predicates.find(doc, table)
    # a picture's caption describes the picture, not the news: no fact and no claim in it
    captions = caption_ranges(table.text)  # (``doc.text`` makes every Token again)
    found = [p for p in found if not in_caption(p.token.idx, captions)]
    # claims before facts: a fact inside a claim is reported, which its confidence weighs
    claim_model = cal.claims
    nodes = Nodes(doc, table, found_roles, set())
    read = attribution.read_claims(doc, table, nodes)
    # "I" and "we" inside a quotation are the one quoted (and the body they speak for);
    # a claim they make in it ('"So we told the president we needed ..."') then has its
    # speaker: read again
    if coref.resolve_quoted(doc, table, [c for c, _ in read], found_roles):
        read = attribution.read_claims(doc, table, nodes)
    read_claims = [(replace(c, confidence=round(claim_model.probability(f), 3)), f)
                   for c, f in read if not in_caption(c.start, captions)]
    return _Found(doc, article, table, found_roles, found_times, found, read_claims)


def _weigh(found: _Found, fact_threshold: float | None,
           claim_threshold: float | None) -> Reading:
    """Facts and events built from what was found, with their calibrated confidences, and
    the facts and claims at or above the thresholds emitted."""
    cal = confidence.calibration()
    fact_threshold = cal.fact_threshold if fact_threshold is None else fact_threshold
    claim_threshold = cal.claim_threshold if claim_threshold is None else claim_threshold
    doc, table, found_roles = found.doc, found.table, found.roles
    all_claims = [c for c, _ in found.claims]
    built = facts.build(doc, table, found.predications, found.times, found_roles,
                        all_claims, fact_threshold)
    emitted = [c for c in all_claims if c.confidence >= claim_threshold]
    found_events, found_relations = attribution.mark_reported(
        all_claims, built.events, built.relations, doc, kept={c.id for c in emitted},
        quoted=attribution.continued_quotation(table))
    extraction = Extraction(
        article=found.article,
        sentences=sentences(doc, table.sents, table.original_text()),
        entities=table.freeze(),
        roles=tuple(found_roles),
        relations=tuple(found_relations),
        events=tuple(found_events),
        claims=tuple(emitted),
        times=tuple(expr for _, expr in found.times),
        emission=Emission(fact_threshold, claim_threshold),
    )
    return Reading(extraction, built.features, {c.id: f for c, f in found.claims})
