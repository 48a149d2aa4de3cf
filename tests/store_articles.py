"""Small generated news articles for store, crash and scale tests (and bench/bench_store.py).

Deterministic, varied enough that every article has its own content hash and a few
entities shared with others (so removals and merges have something to get wrong).
"""
from __future__ import annotations

import random
from pathlib import Path

PEOPLE = ["Angela Merkel", "Emmanuel Macron", "Joe Biden", "Narendra Modi", "Justin Trudeau",
          "Olaf Scholz", "Pedro Sanchez", "Fumio Kishida", "Jacinda Ardern", "Cyril Ramaphosa",
          "Luiz Inacio Lula da Silva", "Recep Tayyip Erdogan", "Mark Rutte", "Giorgia Meloni"]
CITIES = ["Berlin", "Paris", "Washington", "New Delhi", "Ottawa", "Madrid", "Tokyo", "Brussels",
          "Wellington", "Pretoria", "Brasilia", "Ankara", "The Hague", "Rome", "Geneva"]
COUNTRIES = ["Germany", "France", "the United States", "India", "Canada", "Spain", "Japan",
             "New Zealand", "South Africa", "Brazil", "Turkey", "the Netherlands", "Italy"]
ORGS = ["the European Union", "NATO", "the United Nations", "the World Bank",
        "the International Monetary Fund", "the World Health Organization", "Reuters"]
TOPICS = ["trade tariffs", "climate policy", "energy prices", "a new security pact",
          "vaccine supplies", "migration", "food security", "debt relief"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September"]


def article_text(i: int) -> str:
    """Article number ``i``: three or four sentences of plausible wire copy."""
    r = random.Random(i)
    a, b = r.sample(PEOPLE, 2)
    city, where = r.sample(CITIES, 2)
    country = r.choice(COUNTRIES)
    org = r.choice(ORGS)
    topic = r.choice(TOPICS)
    sentences = [
        f"{city.upper()}, {r.choice(MONTHS)} {r.randint(1, 28)}, {r.randint(2015, 2023)} - "
        f"{a} met {b} in {where} on {r.choice(DAYS)} to discuss {topic}.",
        f"{org[0].upper() + org[1:]} said the talks were constructive.",
        f"{b} told reporters that {country} would send {r.randint(2, 900)} experts "
        f"to {r.choice(CITIES)} next month.",
    ]
    if r.random() < 0.5:
        sentences.append(f"{a} is expected to visit {r.choice(COUNTRIES)} in {r.choice(MONTHS)}.")
    sentences.append(f"(Report number {i}.)")  # every article its own content hash
    return " ".join(sentences)


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"article-{i:06d}.txt"
        path.write_text(article_text(i) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


#: Facts about the run, not the article: they differ between two builds of the same text.
RUN_TIME_PREDICATES = ("https://w3id.org/newskg/ontology#retrievedAt",
                       "http://www.w3.org/ns/prov#endedAtTime",
                       "http://www.w3.org/ns/prov#startedAtTime")


def stable_graphs(store) -> dict:
    """Each article graph of ``store`` as an rdflib Graph, without run-time facts."""
    from rdflib import Graph

    graphs = {}
    for iri in store.graphs():
        g = Graph()
        for quad in store.quads(iri):
            if quad.predicate.value in RUN_TIME_PREDICATES:
                continue
            g.add(_to_rdflib(quad.triple))
        graphs[iri] = g
    return graphs


def _to_rdflib(triple):
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    def term(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if t.language:
            return Literal(t.value, lang=t.language)
        return Literal(t.value, datatype=URIRef(t.datatype.value))

    return term(triple.subject), term(triple.predicate), term(triple.object)


def same_graphs(left: dict, right: dict) -> bool:
    from rdflib.compare import isomorphic

    return bool(left) and left.keys() == right.keys() and all(
        isomorphic(left[k], right[k]) for k in left)


def synthetic_extraction(i: int):
    """Article ``i`` as an Extraction built in code (no spaCy): a few names shared by
    every article and many each its own, with facts, events, claims, positions, dates,
    negated and hedged statements and links; what the query tests need, fast."""
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    from kg.model import (Article, Claim, Entity, Event, Extraction, Link, Mention,
                          Relation, Role, Sentence, TimeExpression)
    from kg.vocab import entity_key

    r = random.Random(i)
    names = [("Person", r.choice(PEOPLE)), ("Person", f"Reporter {i}"),
             ("Place", r.choice(CITIES)), ("Country", r.choice(COUNTRIES)),
             ("Organization", r.choice(ORGS)), ("Organization", f"Agency {i % 97}")]
    sentences, entities, text, pos = [], [], "", 0
    for k, (type_, name) in enumerate(names):
        line = f"{name} was in the news on day {i}. "
        sentences.append(Sentence(k, pos, pos + len(line) - 1, line.strip()))
        entities.append(Entity(entity_key(type_, name), type_, name,
                               (Mention(pos, pos + len(name), name, k),)))
        text += line
        pos += len(line)
    together = f"{names[0][1]} met officials of {names[4][1]} in {names[2][1]}."
    k = len(sentences)
    sentences.append(Sentence(k, pos, pos + len(together), together))
    for e in (0, 4, 2):
        at = pos + together.index(names[e][1])
        entities[e] = replace(entities[e], mentions=entities[e].mentions + (
            Mention(at, at + len(names[e][1]), names[e][1], k),))
    text += together
    date_text = f"March {1 + i % 28}"
    day = f"2020-03-{1 + i % 28:02d}"
    start = text.index("day")
    keys = [e.key for e in entities]
    when = TimeExpression(date_text, start, start + 3, day)
    relations = (
        Relation(keys[0], "visits", keys[2], 0, 0, 20, 0.9, lemma="visit", time=when),
        Relation(keys[4], "supports", keys[3], 4, sentences[4].start, sentences[4].end, 0.7,
                 polarity="negative" if i % 3 == 0 else "positive"),
        Relation(keys[1], "says", None, 1, sentences[1].start, sentences[1].end, 0.6,
                 obj_text="something", modality="hedged" if i % 4 == 0 else "asserted",
                 claim="c0"),
        Relation(keys[4], "basedIn", keys[2], k, sentences[k].start, sentences[k].end, 0.85,
                 former=i % 2 == 0),
    )
    events = (Event("e0", "Visit", "visit", 0, 10, 0, 0.8,
                    arguments=(("agent", keys[0]), ("location", keys[2])), time=when),
              Event("e1", "Meeting", "met", 10, 14, 0, 0.7,
                    arguments=(("participant", keys[0]),),
                    modality="future" if i % 5 == 0 else "asserted"))
    claims = (Claim("c0", keys[1], "something", sentences[1].start, sentences[1].end, 1, 0.6),)
    roles = (Role(keys[0], "president", keys[3], 0, 0, 10, 0.8, text="President"),)
    article = Article(text, f"synthetic/{i:05d}.txt",
                      datetime(2024, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=i),
                      published=None, title=f"Synthetic article {i}")
    links = {keys[3]: Link(keys[3], f"Q{1000 + COUNTRIES.index(names[3][1])}", 0.9,
                           (("Q1", 0.2),))}
    return Extraction(article, tuple(sentences), tuple(entities), relations, events, roles,
                      claims, times=(when,)), links


def synthetic_store(location: str, n: int):
    """A store of ``n`` synthetic articles, through the usual store writes."""
    from kg.rdf import article_quads
    from kg.store import open_store

    store = open_store(location)
    for i in range(n):
        x, links = synthetic_extraction(i)
        quads = article_quads(x, links, model="synthetic")
        store.replace_article(quads.identifier, quads, x.article.source)
    store.flush()
    return store
