"""``kg eval linking``: mention detection and linking scores against a gold JSONL file.

One article per line: ``{"text": "...", "labels": [{"span": [start, end],
"entity_id": "Q159" | "<NIL>"}, ...]}`` with character offsets into ``text``.
Detection compares spans exactly; linking is the strong match: same span and same QID
(gold ``<NIL>`` spans count only against predictions that link them).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.link.disambiguate import UNLINKED_TYPES
from kg.model import Article, Extraction, Link

NIL = "<NIL>"
Span = tuple[int, int]


class GoldFormatError(ValueError):
    """A line of the gold file that does not follow the format."""


@dataclass(frozen=True)
class GoldArticle:
    text: str
    labels: tuple[tuple[Span, str], ...]  # (span, QID or NIL)


@dataclass(frozen=True)
class PRF:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (f"{name:<20} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"  (tp {self.tp}, predicted {self.predicted}, gold {self.gold})")


@dataclass(frozen=True)
class LinkingScores:
    articles: int
    detection: PRF
    linking: PRF

    def report(self) -> str:
        return "\n".join([f"articles            {self.articles}",
                          self.detection.line("mention detection"),
                          self.linking.line("linking (strong)")])

    def to_json(self) -> dict:
        return {"articles": self.articles,
                **{name: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                          "f1": round(s.f1, 4), "tp": s.tp, "predicted": s.predicted,
                          "gold": s.gold}
                   for name, s in (("detection", self.detection), ("linking", self.linking))}}


def read_gold(path: Path) -> Iterator[GoldArticle]:
    """The articles of a gold JSONL file; a bad line raises with its number."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldFormatError(f"{where}: not JSON ({err.msg})") from None
            if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                raise GoldFormatError(f"{where}: needs a \"text\" string")
            labels = []
            for label in data.get("labels", []):
                span = label.get("span") if isinstance(label, dict) else None
                qid = label.get("entity_id") if isinstance(label, dict) else None
                if (not isinstance(span, list) or len(span) != 2
                        or not all(isinstance(x, int) for x in span)
                        or not 0 <= span[0] < span[1] <= len(data["text"])):
                    raise GoldFormatError(f"{where}: bad span {span!r}")
                if not isinstance(qid, str) or not (qid == NIL or qid.startswith("Q")):
                    raise GoldFormatError(f"{where}: bad entity_id {qid!r}")
                labels.append(((span[0], span[1]), qid))
            yield GoldArticle(data["text"], tuple(labels))


def predictions(extraction: Extraction, links: dict[str, Link]) -> dict[Span, str | None]:
    """Span -> predicted QID (None: detected, not linked) of every named mention."""
    out: dict[Span, str | None] = {}
    for entity in extraction.entities:
        if entity.type in UNLINKED_TYPES:
            continue
        link = links.get(entity.key)
        for mention in entity.mentions:
            if mention.kind == "name":
                out[(mention.start, mention.end)] = link.qid if link else None
    return out


def score(pairs: Iterable[tuple[GoldArticle, dict[Span, str | None]]]) -> LinkingScores:
    n = 0
    det = [0, 0, 0]
    lnk = [0, 0, 0]
    for gold, predicted in pairs:
        n += 1
        gold_spans = {span for span, _ in gold.labels}
        det[0] += len(gold_spans & predicted.keys())
        det[1] += len(predicted)
        det[2] += len(gold_spans)
        gold_links = {(span, qid) for span, qid in gold.labels if qid != NIL}
        predicted_links = {(span, qid) for span, qid in predicted.items() if qid}
        lnk[0] += len(gold_links & predicted_links)
        lnk[1] += len(predicted_links)
        lnk[2] += len(gold_links)
    return LinkingScores(n, PRF(*det), PRF(*lnk))


def evaluate_linking(path: Path, linker, nlp,
                     extract_articles: Callable | None = None) -> LinkingScores:
    """Extract every gold article with the real pipeline, link it, and score."""
    if extract_articles is None:
        from kg.pipeline import extract_articles
    gold = list(read_gold(path))
    retrieved = datetime.now(timezone.utc)
    articles = [Article(text=g.text, source=f"{path}#{i + 1}", retrieved=retrieved)
                for i, g in enumerate(gold)]
    pairs = []
    for g, extraction in zip(gold, extract_articles(articles, nlp)):
        pairs.append((g, predictions(extraction, linker.link(extraction))))
    return score(pairs)
