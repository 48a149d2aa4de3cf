"""``kg link``: re-link the entities of a built store without re-extracting.

Each article graph keeps, for every entity, its type, label, aliases, mentions and
``kg:identityKey``, and the article's text, headline and date. That is all a linker
needs: the entities of one graph are read back with SPARQL, with the text their mentions
point into (the linking rules read the words around a name), linked together (so they
are each other's context), and the graph is
rewritten with SPARQL Update: entity IRIs re-minted from the key and the new QID
(``kg.vocab.entity_iri``) wherever they occur in the graph, and ``owl:sameAs``,
``kg:wikidataScore`` and ``kg:wikidataCandidate`` replaced, and the entity's type where
its new link gives another (``kg.link.retype``), as the build writes it.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from kg.model import ENTITY_TYPES, Article, Entity, Extraction, Link, Mention
from kg.vocab import KG, SCHEMA, WD, entity_iri, key_parts, normalise_name

OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


@dataclass
class RelinkSummary:
    articles: int = 0
    entities: int = 0
    linked: int = 0  # entities with a QID after re-linking
    changed: int = 0  # entities whose QID changed (linked, unlinked or relinked)
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = (f"kg: re-linked {self.entities} entities in {self.articles} article(s): "
                f"{self.linked} linked, {self.changed} changed")
        return text + "".join(f"\nkg: {n}" for n in self.notes)


def _iri(term: str) -> str:
    return f"<{term}>"


def _literal(text: str) -> str:
    escaped = (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("\r", "\\r"))
    return f'"{escaped}"'


ENTITIES_QUERY = f"""
SELECT ?g ?e ?key ?type ?label ?alias WHERE {{
  GRAPH ?g {{
    ?g a <{KG.Article}> .
    ?e <{KG.identityKey}> ?key .
    OPTIONAL {{ ?e <{RDF_TYPE}> ?type }}
    OPTIONAL {{ ?e <{RDFS_LABEL}> ?label }}
    OPTIONAL {{ ?e <{KG.alias}> ?alias }}
  }}
}}"""

MENTIONS_QUERY = f"""
SELECT ?g ?e ?text ?kind ?start ?end WHERE {{
  GRAPH ?g {{
    ?g a <{KG.Article}> .
    ?m <{KG.refersTo}> ?e ; <{KG.text}> ?text .
    OPTIONAL {{ ?m <{KG.mentionKind}> ?kind }}
    OPTIONAL {{ ?m <{KG.startChar}> ?start }}
    OPTIONAL {{ ?m <{KG.endChar}> ?end }}
  }}
}}"""

ARTICLES_QUERY = f"""
SELECT ?g ?text ?title ?published WHERE {{
  GRAPH ?g {{
    ?g a <{KG.Article}> .
    OPTIONAL {{ ?g <{KG.text}> ?text }}
    OPTIONAL {{ ?g <{SCHEMA.headline}> ?title }}
    OPTIONAL {{ ?g <{SCHEMA.datePublished}> ?published }}
  }}
}}"""

LINKS_QUERY = f"""
SELECT ?g ?e ?qid WHERE {{
  GRAPH ?g {{ ?g a <{KG.Article}> . ?e <{KG.identityKey}> ?key ; <{OWL_SAME_AS}> ?qid . }}
}}"""


@dataclass
class _Draft:
    iri: str
    key: str
    type: str = "Entity"
    names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    kind: str = "name"  # "description" when typed kg:Description: never linked


def _value(row, name: str) -> str | None:
    term = row[name]
    return None if term is None else term.value


def read_entities(store) -> dict[str, list[_Draft]]:
    """Article graph -> its entities as stored (one draft per identity key)."""
    drafts: dict[tuple[str, str], _Draft] = {}
    by_iri: dict[tuple[str, str], list[_Draft]] = defaultdict(list)
    kg_prefix = str(KG)
    for row in store.query(ENTITIES_QUERY, use_default_graph_as_union=False):
        g, e, key = _value(row, "g"), _value(row, "e"), _value(row, "key")
        draft = drafts.get((g, key))
        if draft is None:
            draft = drafts[(g, key)] = _Draft(iri=e, key=key)
            by_iri[(g, e)].append(draft)
        type_ = _value(row, "type")
        if type_ == str(KG.Description):
            draft.kind = "description"
        elif type_ and type_.startswith(kg_prefix) and type_[len(kg_prefix):] in ENTITY_TYPES:
            # a linked IRI is shared by every key linked to its item ("United Kingdom",
            # "British"), and carries all their types: the key says which one is this
            # key's, the extraction's, even where its link wrote the item's type instead
            # ("Country:georgia" stored a kg:Place, kg.link.retype), so that re-linking
            # retypes it as the build did
            own = key_parts(key)[0]
            draft.type = own if own in ENTITY_TYPES else \
                type_[len(kg_prefix):] if draft.type == "Entity" else draft.type
        if _value(row, "label"):
            draft.names.add(_value(row, "label"))
        if _value(row, "alias"):
            draft.aliases.add(_value(row, "alias"))
    for row in store.query(MENTIONS_QUERY, use_default_graph_as_union=False):
        g, e = _value(row, "g"), _value(row, "e")
        start, end = _value(row, "start"), _value(row, "end")
        mention = Mention(start=int(start) if start else 0, end=int(end) if end else 0,
                          text=_value(row, "text"), sentence=0,
                          kind=_value(row, "kind") or "name")
        for draft in _owners(by_iri.get((g, e), []), mention):
            draft.mentions.append(mention)
    out: dict[str, list[_Draft]] = defaultdict(list)
    for (g, _key), draft in sorted(drafts.items()):
        out[g].append(draft)
    return out


def _owners(drafts: list[_Draft], mention: Mention) -> list[_Draft]:
    """The keys a mention of a shared IRI belongs to: the one whose name it writes
    ("British" is the group's, not the country's, so the article's country is counted as
    the build counted it), else every key of the IRI."""
    if len(drafts) < 2:
        return drafts
    written = normalise_name(mention.text)
    names = {d.key: key_parts(d.key)[1] for d in drafts}
    exact = [d for d in drafts if names[d.key] == written]
    # "Democratic Party" is the mention of "United States Democratic Party", not of
    # "Democratic": the keys whose names hold the words it writes
    within = [d for d in drafts if f" {written} " in f" {names[d.key]} "] if written else []
    return exact or within or drafts


def read_articles(store) -> dict[str, Article]:
    """Article graph -> the article as the build read it (text, headline, date), so the
    linker sees what it saw then; a graph without its text gets an empty one."""
    out: dict[str, Article] = {}
    now = datetime.now(timezone.utc)
    for row in store.query(ARTICLES_QUERY, use_default_graph_as_union=False):
        published = _value(row, "published")
        try:
            day = date.fromisoformat(published[:10]) if published else None
        except ValueError:
            day = None
        out[_value(row, "g")] = Article(text=_value(row, "text") or "", source=_value(row, "g"),
                                        retrieved=now, published=day,
                                        title=_value(row, "title"))
    return out


def _name_of(draft: _Draft) -> str:
    """The stored label that the key was minted from, else the longest."""
    wanted = key_parts(draft.key)[1]
    for name in sorted(draft.names, key=len, reverse=True):
        if normalise_name(name) == wanted:
            return name
    return max(draft.names, key=len) if draft.names else wanted


def to_extraction(graph: str, drafts: list[_Draft], article: Article | None = None
                  ) -> Extraction:
    """The entities of one graph as an Extraction, over ``article`` when it is known."""
    entities = tuple(
        Entity(key=d.key, type=d.type, name=_name_of(d),
               mentions=tuple(sorted(set(d.mentions), key=lambda m: (m.start, m.end, m.text))),
               aliases=tuple(sorted(d.aliases)), kind=d.kind)
        for d in drafts if d.type in ENTITY_TYPES)
    if article is None:
        article = Article(text="", source=graph, retrieved=datetime.now(timezone.utc))
    return Extraction(article=article, sentences=(), entities=entities)


def _string(value: str) -> str:
    # a JSON string is a SPARQL string literal (the same escapes: \" \\ \n \uXXXX)
    return json.dumps(value, ensure_ascii=False)


def _decimal(value: float) -> str:
    return f'"{value:.3f}"^^<{XSD_DECIMAL}>'


def rewrite_update(graph: str, drafts: list[_Draft], links: dict[str, Link]) -> str:
    """The SPARQL Update that re-mints IRIs and replaces the link triples in ``graph``."""
    g = _iri(graph)
    # One decision per stored IRI: the key with most mentions wins when keys share it.
    owners: dict[str, _Draft] = {}
    for d in drafts:
        if d.key not in links:  # dates and quantities keep their IRIs
            continue
        best = owners.get(d.iri)
        if best is None or len(d.mentions) > len(best.mentions):
            owners[d.iri] = d
    ops: list[str] = []
    renames: list[tuple[str, str]] = []
    inserts: list[str] = []
    for old, d in sorted(owners.items()):
        link = links[d.key]
        new = str(entity_iri(d.key, link.qid))
        for prop in (OWL_SAME_AS, str(KG.wikidataScore), str(KG.wikidataCandidate),
                     str(KG.wikidataLabel)):
            ops.append(f"DELETE WHERE {{ GRAPH {g} {{ {_iri(old)} <{prop}> ?x }} }}")
        # the types, as the build writes them: each key's link's type where it corrects
        # the extraction's (kg.link.retype), else the extraction's
        types = {links[o.key].type or o.type if o.key in links else o.type
                 for o in drafts if o.iri == old}
        stale = " ".join(_iri(str(KG[t])) for t in ENTITY_TYPES if t not in types)
        if stale:
            ops.append(f"DELETE {{ GRAPH {g} {{ {_iri(old)} <{RDF_TYPE}> ?t }} }} WHERE {{ "
                       f"GRAPH {g} {{ {_iri(old)} <{RDF_TYPE}> ?t VALUES ?t {{ {stale} }} }} }}")
        typed = " ".join(f"{_iri(new)} <{RDF_TYPE}> {_iri(str(KG[t]))} ."
                         for t in sorted(types) if t in ENTITY_TYPES)
        if typed:
            inserts.append(f"INSERT DATA {{ GRAPH {g} {{ {typed} }} }}")
        if new != old:
            renames.append((old, new))
        if link.qid:
            triples = [f"{_iri(new)} <{OWL_SAME_AS}> {_iri(str(WD[link.qid]))} .",
                       f"{_iri(new)} <{KG.wikidataScore}> {_decimal(link.score)} ."]
            triples += [f"{_iri(new)} <{KG.wikidataCandidate}> {_iri(str(WD[c]))} ."
                        for c, _ in link.candidates if c != link.qid]
            if link.label:
                triples.append(f"{_iri(new)} <{KG.wikidataLabel}> {_string(link.label)} .")
            inserts.append(f"INSERT DATA {{ GRAPH {g} {{ {' '.join(triples)} }} }}")
    # Two steps through temporary IRIs, so that swapping two IRIs cannot merge entities.
    for step in ([(old, old + "#relinking") for old, _ in renames],
                 [(old + "#relinking", new) for old, new in renames]):
        for src, dst in step:
            ops.append(_rename(g, src, dst))
    return " ;\n".join(ops + inserts)


def _rename(g: str, src: str, dst: str) -> str:
    return (f"DELETE {{ GRAPH {g} {{ {_iri(src)} ?p ?o }} }} "
            f"INSERT {{ GRAPH {g} {{ {_iri(dst)} ?p ?o }} }} "
            f"WHERE {{ GRAPH {g} {{ {_iri(src)} ?p ?o }} }} ;\n"
            f"DELETE {{ GRAPH {g} {{ ?s ?p {_iri(src)} }} }} "
            f"INSERT {{ GRAPH {g} {{ ?s ?p {_iri(dst)} }} }} "
            f"WHERE {{ GRAPH {g} {{ ?s ?p {_iri(src)} }} }}")


def stored_links(store) -> dict[tuple[str, str], str]:
    out = {}
    for row in store.query(LINKS_QUERY, use_default_graph_as_union=False):
        out[(_value(row, "g"), _value(row, "e"))] = _value(row, "qid").rsplit("/", 1)[-1]
    return out


def relink_store(store, linker) -> RelinkSummary:
    """Re-link every article graph of ``store`` with ``linker``, graph by graph."""
    summary = RelinkSummary()
    before = stored_links(store)
    articles = read_articles(store)
    for graph, drafts in read_entities(store).items():
        links = linker.link(to_extraction(graph, drafts, articles.get(graph)))
        update = rewrite_update(graph, drafts, links)
        if update:
            store.update(update)
        summary.articles += 1
        for d in drafts:
            link = links.get(d.key)
            if link is None:
                continue
            summary.entities += 1
            qid = link.qid
            summary.linked += qid is not None
            summary.changed += before.get((graph, d.iri)) != qid
    store.flush()
    summary.notes.extend(getattr(linker, "notes", ()))
    return summary
