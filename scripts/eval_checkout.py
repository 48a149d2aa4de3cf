"""Score another checkout's extractor on article gold with this checkout's scorer.

    python scripts/eval_checkout.py OTHER_CHECKOUT tests/gold/wikinews/facts.jsonl [--split dev]

The other checkout (e.g. ``git archive <commit> | tar -x -C /tmp/kg-old``) extracts the
gold articles in a subprocess (its own ``kg`` package first on the path); its
extractions come back as JSON and are scored by ``kg.eval.articles`` here, so an old
extractor is measured with the same rules as the new one (docs/extraction.md's "before"
figures).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import fields
from datetime import datetime, timezone
from pathlib import Path

from kg.eval.articles import ArticleScores, read_articles, score_article
from kg.model import (Article, Claim, Entity, Event, Extraction, Mention, Relation, Role,
                      Sentence, TimeExpression)

_CHILD = r"""
import dataclasses, json, sys
from datetime import date, datetime, timezone
from kg import nlp as kg_nlp
from kg.extract import extract
from kg.model import Article
nlp = kg_nlp.load()
items = json.load(sys.stdin)
out = []
for item, doc in zip(items, nlp.pipe([i["text"] for i in items])):
    published = date.fromisoformat(item["date"]) if item["date"] else None
    x = extract(doc, Article(text=item["text"], source="gold:" + item["id"],
                             retrieved=datetime.now(timezone.utc), published=published))
    d = dataclasses.asdict(x)
    d.pop("article")
    out.append(d)
json.dump(out, sys.stdout, default=str)
"""


def _make(cls, data: dict):
    """A model object from its dict, keeping the fields this checkout's model has."""
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _extraction(article: Article, d: dict) -> Extraction:
    def time(t):
        return _make(TimeExpression, t) if t else None

    entities = tuple(_make(Entity, {**e, "mentions": tuple(_make(Mention, m)
                                                           for m in e["mentions"]),
                                    "aliases": tuple(e.get("aliases", ()))})
                     for e in d["entities"])
    events = tuple(_make(Event, {**e, "arguments": tuple(tuple(a) for a in e["arguments"]),
                                 "time": time(e.get("time"))}) for e in d["events"])
    relations = tuple(_make(Relation, {**r, "time": time(r.get("time"))})
                      for r in d["relations"])
    return Extraction(
        article=article, sentences=tuple(_make(Sentence, s) for s in d["sentences"]),
        entities=entities, relations=relations, events=events,
        roles=tuple(_make(Role, r) for r in d["roles"]),
        claims=tuple(_make(Claim, c) for c in d["claims"]),
        times=tuple(_make(TimeExpression, t) for t in d["times"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--split", choices=["dev", "test"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    articles = read_articles(args.gold, args.split)
    items = [{"id": a.id, "text": a.text, "date": a.date.isoformat() if a.date else None}
             for a in articles]
    env = {**os.environ, "PYTHONPATH": str(args.checkout.resolve())}
    done = subprocess.run([sys.executable, "-c", _CHILD], input=json.dumps(items),
                          capture_output=True, text=True, env=env, check=False,
                          cwd=args.checkout)
    if done.returncode != 0:
        sys.exit(f"eval_checkout: the other checkout failed:\n{done.stderr[-2000:]}")
    scores = ArticleScores()
    for a, d in zip(articles, json.loads(done.stdout)):
        article = Article(text=a.text, source=f"gold:{a.id}",
                          retrieved=datetime.now(timezone.utc), published=a.date)
        score_article(a, _extraction(article, d), scores)
    print(json.dumps(scores.as_dict(), indent=2) if args.json else scores.render())


if __name__ == "__main__":
    main()
