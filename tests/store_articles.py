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
