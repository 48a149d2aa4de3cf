"""The small frozen dataclasses the pipeline passes along.

read -> Article -> (spaCy Doc) -> Extraction -> links -> RDF -> store.
spaCy types never cross the extraction boundary: everything here is plain data
with character offsets into ``Article.text``.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

#: Entity types the extractor emits; each is a class in ``ontology/kg.ttl``.
ENTITY_TYPES = (
    "Person",
    "Organization",
    "Country",
    "Place",
    "Facility",
    "Group",
    "EventName",
    "Date",
    "Quantity",
    "Thing",  # an unnamed object a fact is about ("a contract"): descriptions only
)


@dataclass(frozen=True)
class Article:
    """One input document, as read, before any NLP."""

    text: str
    source: str  # URL, file path or "stdin"
    retrieved: datetime
    published: date | None = None
    title: str | None = None

    @property
    def content_hash(self) -> str:
        """Stable identity of the article: SHA-256 of its normalised text."""
        normal = " ".join(self.text.split())
        return hashlib.sha256(normal.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A span of the article text that refers to an entity."""

    start: int
    end: int
    text: str
    sentence: int
    kind: str = "name"  # name | title | pronoun | description


@dataclass(frozen=True)
class Entity:
    """An entity merged within one article.

    ``key`` is the normalised identity (type + normalised canonical name) used to
    mint IRIs; it is never raw surface text.
    """

    key: str
    type: str
    name: str
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...] = ()
    #: "name": a named entity, one node across articles (its key is its identity);
    #: "description": an unnamed participant ("a gunman", "two people", "prosecutors"),
    #: a node of its own article only. A description that coreference resolves for sure
    #: is not an Entity: it is a mention of the entity it refers to.
    kind: str = "name"
    #: The number a quantity, amount of money or duration carries ("$13.5 million" ->
    #: 13500000.0, "a 30-year term" -> 30.0), or a counted description ("two people" -> 2).
    value: float | None = None
    #: Its unit: an ISO 4217 code for money ("USD"), a singular noun otherwise
    #: ("year", "person", "charge").
    unit: str | None = None

    @cached_property
    def name_mentions(self) -> tuple[Mention, ...]:
        """The mentions where the article writes the name (not a pronoun or a description
        that refers to it): what the linking rules read the text around. Computed once
        per entity (the linking rules ask for it hundreds of times an article); the
        fields are frozen, so it cannot go stale."""
        return tuple(m for m in self.mentions if m.kind == "name")


@dataclass(frozen=True)
class Relation:
    """A (subject, predicate, object) statement with its evidence.

    ``predicate`` is the local name of a property in ``ontology/kg.ttl``; the open
    fallback ``relatedBy`` keeps the verb ``lemma``. ``obj`` is an entity key or,
    when ``obj_event`` is set, an event id; ``obj_text`` keeps a literal object
    when no entity or event fits.
    """

    subject: str
    predicate: str
    obj: str | None
    sentence: int
    start: int
    end: int
    confidence: float
    lemma: str = ""
    obj_text: str | None = None
    obj_event: str | None = None
    polarity: str = "positive"  # positive | negative
    modality: str = "asserted"  # asserted | reported | hedged | future
    claim: str | None = None  # id of the Claim that reports it, if any
    time: "TimeExpression | None" = None  # the resolved time of the fact's clause
    frame: str = ""  # the lexicon sense it was read with, e.g. "withdraw.01"
    #: the relation no longer holds ("his former wife"): no direct triple is asserted
    former: bool = False


@dataclass(frozen=True)
class TimeExpression:
    text: str
    start: int
    end: int
    value: str | None  # ISO date or dateTime when resolved
    granularity: str = "day"  # dateTime | day | week | month | year | decade | unknown


@dataclass(frozen=True)
class Event:
    """An n-ary event node: kind, trigger, arguments by role."""

    id: str  # stable within the article, e.g. "e3"
    kind: str  # local name of an event class in the ontology, e.g. "Withdrawal"
    trigger: str
    start: int
    end: int
    sentence: int
    confidence: float
    arguments: tuple[tuple[str, str], ...] = ()  # (role, entity key or event id)
    time: TimeExpression | None = None
    polarity: str = "positive"
    modality: str = "asserted"
    claim: str | None = None
    same_as: str | None = None  # id of an earlier event this mention refers back to
    frame: str = ""  # the lexicon sense it was read with, e.g. "kill.01"


@dataclass(frozen=True)
class Role:
    """A position held: "Kremlin spokesman, Dmitry Peskov" -> spokesperson of Kremlin."""

    holder: str  # entity key of the person
    role: str  # normalised role name, e.g. "spokesperson", "president"
    organization: str | None  # entity key of the organisation or country
    sentence: int
    start: int
    end: int
    confidence: float
    text: str = ""
    former: bool = False  # "the former governor of Massachusetts": not held now
    #: entity key of the country a job is qualified with ("US actor", "a Georgian tennis
    #: player"): where the holder comes from, not the organisation of the position
    nationality: str | None = None


@dataclass(frozen=True)
class Claim:
    """Something a speaker said: reported, not asserted by the article."""

    id: str
    speaker: str | None  # entity key
    text: str
    start: int
    end: int
    sentence: int
    confidence: float
    addressee: str | None = None
    quote: bool = False
    #: "negative" when the speaker denies the content ("denied that he had misled
    #: parliament"): the claim is that the content is not so.
    polarity: str = "positive"
    modality: str = "asserted"  # of the speech act itself: asserted | hedged | future
    lemma: str = ""  # the speech verb or noun: say, deny, announce, statement...


@dataclass(frozen=True)
class Emission:
    """The calibrated confidences from which facts and claims were emitted (recorded with
    an article's graph, so a build at other thresholds knows to read it again)."""

    facts: float
    claims: float


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...] = ()
    events: tuple[Event, ...] = ()
    roles: tuple[Role, ...] = ()
    claims: tuple[Claim, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    language: str = "en"
    warnings: tuple[str, ...] = field(default=())
    emission: Emission | None = None  # None: not from the extractor (a relink's entities)

    def entity(self, key: str) -> Entity:
        for ent in self.entities:
            if ent.key == key:
                return ent
        raise KeyError(key)


@dataclass(frozen=True)
class Link:
    """The Wikidata decision for one entity."""

    entity_key: str
    qid: str | None  # None means NIL: unsure or unknown
    score: float
    candidates: tuple[tuple[str, float], ...] = ()  # runner-ups, best first
    source: str = "offline"  # offline | online | cache
    #: the item's English label (index or API): the name a page shows for the entity,
    #: where the article may only have written "Biden", "British" or "GOP"
    label: str = ""
    #: the kg type of the linked item, when it contradicts the extraction's ("Georgia" the
    #: US state read as a Country): what the graph says the entity is (kg.link.retype)
    type: str | None = None
