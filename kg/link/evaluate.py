"""``kg eval linking``: scores by ELEVANT's rules, from a benchmark and kg's predictions.

The rules (ELEVANT's ``evaluation/case.py`` and ``case_generator.py``, reimplemented):

- **Strong match.** A prediction answers a label when its span equals the label's span,
  either one widened to word boundaries ("Albert" = "Albert's").
- **Nested labels** are alternatives for one stretch of text: the outer label is
  scored when no inner one is answered; when an inner one is, the outer label takes the
  verdict of its answered parts (any miss makes it a miss), and an unanswered sibling of
  an answered part is a miss.
- **Optional labels** (``optional``, ``desc``, DATETIME, QUANTITY) are never missed; a
  wrong link on one is a false positive, a right one counts for nothing.
- **Two modes.** ``InKB`` (ELEVANT's "ignored", its headline figures): labels of
  entities missing from Wikidata (``Unknown…``) are ignored, predicting NIL is only a
  miss. ``required``: NIL is an answer like any other (right on an Unknown label, a false
  positive and a miss on an item).
- **Categories.** True positives and misses count once per outermost label; false
  positives once per scored case. A label is *named* when the first letter of its
  entity's name is upper case, *other* otherwise; pronouns and "the/this/his + lower
  case" mentions are coreference. Predictions outside the evaluation span are not
  scored.

Reading the benchmark, running kg and writing ``--out`` (ELEVANT's linked_articles) are
here too; the formats are in ``kg.link.benchmark``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence

from kg.scoring import PRF
from kg.link.benchmark import GoldArticle, GoldLabel, Prediction, Span, linked_article
from kg.link.disambiguate import UNLINKED_TYPES, linkable
from kg.link.names import TITLE_WORDS
from kg.model import Article, Extraction, Link

TP, FP, FN = "tp", "fp", "fn"
MODES = ("inkb", "required")  # ELEVANT: IGNORED (= InKB), REQUIRED
CATEGORIES = ("all", "entity", "entity_named", "entity_other", "coref", "coref_nominal",
              "coref_pronominal", "ner")
PRONOUNS = frozenset("""i me my mine myself you your yours yourself yourselves he him his
himself she her hers herself it its itself we us our ours ourselves they them their theirs
themselves this that these those who whom whose which""".split())
_COREF_PREFIXES = ("the ", "that ", "this ", "these ", "those ", "my ", "your ", "his ",
                   "her ", "its ", "our ", "their ")


def word_boundary(span: Span, text: str) -> Span:
    """``span`` widened to whole words: letters, digits and ' " _ continue a word."""
    start, end = span
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'\"_"):
        start -= 1
    while end < len(text) - 1 and (text[end].isalnum() or text[end] in "'\"_"):
        end += 1
    if text[start:start + 1] == '"' and '"' not in text[start + 1:end]:
        start += 1  # 'wrote: "Gore Metal ...': the quote opens a quotation, not a name
    return start, end


def is_named(name: str) -> bool:
    """ELEVANT's "named": the first letter of the entity's name is upper case."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and letters[0].isupper() and name != "Unknown"


def mention_type(text: str, label: GoldLabel | None, predicted_name: str) -> str:
    """entity_named | entity_other | coref_nominal | coref_pronominal."""
    pronoun = text.strip().lower() in PRONOUNS
    if label is not None and label.coref is not None:
        if not label.coref:
            return "entity_named" if is_named(label.name or text) else "entity_other"
        return "coref_pronominal" if pronoun else "coref_nominal"
    if pronoun:
        return "coref_pronominal"
    lower = text.lower()
    if any(lower.startswith(p) and len(text) > len(p) and not text[len(p)].isupper()
           for p in _COREF_PREFIXES):
        return "coref_nominal"
    name = (label.name or text) if label is not None else predicted_name
    return "entity_named" if is_named(name) else "entity_other"


@dataclass
class Case:
    """One scored thing: a gold label (maybe answered) or a prediction nobody expected."""

    span: Span
    text: str
    label: GoldLabel | None
    detected: bool
    predicted: str | None  # the predicted QID (None: NIL or nothing)
    factor: int = 1  # 0: an outer label whose inner alternatives are scored instead
    kind: str = "entity_named"
    has_non_optional_children: bool = False
    linking: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ner: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def known_prediction(self) -> bool:
        return self.detected and self.predicted is not None

    @property
    def root(self) -> bool:
        return self.label is not None and self.label.parent is None


def _linking_types(case: Case, mode: str) -> tuple[str, ...]:
    """ELEVANT's verdict table for linking (the case's own answer, factor 1)."""
    label, inkb = case.label, mode == "inkb"
    if label is None:
        return (FP,) if case.known_prediction else ()
    if not case.detected:
        if label.is_optional and not case.has_non_optional_children:
            return ()
        return () if inkb and not label.is_known else (FN,)
    if label.is_optional:
        if case.known_prediction:
            right = label.is_known and label.entity_id == case.predicted
            return () if right else (FP,)
        return (FP,) if (label.is_known or label.is_datetime_or_quantity) and not inkb else ()
    if label.is_known:
        if case.known_prediction:
            return (TP,) if case.predicted == label.entity_id else (FN, FP)
        return (FN,) if inkb else (FN, FP)
    if case.known_prediction:  # an Unknown label linked to an item
        return (FP,) if inkb else (FN, FP)
    return () if inkb else (TP,)  # Unknown answered with NIL


def _ner_types(case: Case, mode: str) -> tuple[str, ...]:
    """ELEVANT's verdict table for detection."""
    label, inkb = case.label, mode == "inkb"
    if label is None:
        return (FP,) if case.known_prediction or not inkb else ()
    if not case.detected:
        if label.is_optional and not case.has_non_optional_children:
            return ()
        return () if inkb and not label.is_known else (FN,)
    if label.is_optional:
        unknown = not (label.is_known or label.is_datetime_or_quantity)
        return (FP,) if unknown and case.known_prediction and inkb else ()
    if label.is_known:
        return (FN,) if inkb and not case.known_prediction else (TP,)
    if case.known_prediction:
        return (FP,) if inkb else (TP,)
    return () if inkb else (TP,)


def _from_children(types: set[str]) -> tuple[str, ...]:
    """An outer label's verdict from its scored inner alternatives."""
    if FN in types:
        return (FN,)
    return (TP,) if types == {TP} else ()


class _ArticleCases:
    """The cases of one article (ELEVANT's case generator)."""

    def __init__(self, gold: GoldArticle, predictions: Mapping[Span, Prediction],
                 name_of: Callable[[str], str]):
        self.gold = gold
        self.text = gold.text
        self.labels = {label.id: label for label in gold.labels}
        self.predictions = dict(predictions)
        # a prediction also answers at its word-boundary span (which wins, as in ELEVANT)
        self.answers = {**self.predictions,
                        **{word_boundary(s, self.text): p for s, p in self.predictions.items()}}
        self.factors: dict[int, int] = {}
        self.cases: dict[int, Case] = {}
        self.extra: list[Case] = []
        self._build(name_of)

    def _answer(self, label: GoldLabel) -> tuple[bool, str | None, bool]:
        """(detected, predicted QID, at the label's own span) for a label."""
        if label.span in self.answers:
            return True, self.answers[label.span].entity_id, True
        wide = word_boundary(label.span, self.text)
        if wide in self.answers:
            return True, self.answers[wide].entity_id, False
        return False, None, False

    def _answered_id(self, label: GoldLabel) -> str | None:
        """What the factor rules compare: NIL at the label's own span answers an Unknown."""
        detected, qid, own = self._answer(label)
        if not detected:
            return None
        if qid is None and own:
            return label.entity_id if label.entity_id.startswith("Unknown") else "Unknown"
        return qid

    def _factor(self, label_id: int, siblings: bool = False) -> int:
        label = self.labels[label_id]
        answered = self._answered_id(label)
        if answered and answered == label.entity_id:
            if not siblings:
                self.factors[label_id] = 1
            return 1
        best_child = max((self._factor(c) for c in label.children), default=0)
        if label.parent is None:
            factor = 1 if best_child == 0 else 0
            if not siblings:
                self.factors[label_id] = factor
            return factor
        factor = 0
        parent = self.labels[label.parent]
        if answered and best_child == 0 and \
                word_boundary(parent.span, self.text) != word_boundary(label.span, self.text):
            factor = 1
        elif not answered and not siblings and best_child == 0:
            others = [c for c in parent.children if c != label_id]
            if any(self._factor(c, siblings=True) > 0 for c in others):
                factor = 1
        if not siblings:
            self.factors[label_id] = factor
        return max(best_child, factor)

    def _has_non_optional_child(self, label: GoldLabel) -> bool:
        for child in label.children:
            inner = self.labels[child]
            if not inner.is_optional or self._has_non_optional_child(inner):
                return True
        return False

    def _build(self, name_of: Callable[[str], str]) -> None:
        roots = sorted(l.id for l in self.gold.labels if l.parent is None)
        for label_id in roots:
            self._factor(label_id)
        gold_spans = set()
        for label in self.gold.labels:
            gold_spans.update({label.span, word_boundary(label.span, self.text)})
        for label in sorted(self.gold.labels, key=lambda l: (l.parent is not None, l.id)):
            detected, qid, _ = self._answer(label)
            text = self.text[label.span[0]:label.span[1]]
            case = Case(label.span, text, label, detected, qid,
                        factor=self.factors.get(label.id, 0 if label.parent is not None else 1),
                        kind=mention_type(text, label, ""))
            self.cases[label.id] = case
        start, end = self.gold.span
        for span in sorted(self.predictions):
            p = self.predictions[span]
            if p.entity_id is None or span in gold_spans or \
                    word_boundary(span, self.text) in gold_spans:
                continue
            if start <= span[0] and span[1] <= end:
                text = self.text[span[0]:span[1]]
                self.extra.append(Case(span, text, None, True, p.entity_id,
                                       kind=mention_type(text, None, name_of(p.entity_id) or text)))
        for mode in MODES:
            for case in self.all():
                case.linking[mode] = _linking_types(case, mode) if case.factor else ()
                case.ner[mode] = _ner_types(case, mode) if case.factor else ()
        for label_id in roots:
            case, label = self.cases[label_id], self.labels[label_id]
            if not label.children:
                continue
            if label.is_optional:
                case.has_non_optional_children = self._has_non_optional_child(label)
                if case.factor:
                    for mode in MODES:
                        case.linking[mode] = _linking_types(case, mode)
                        case.ner[mode] = _ner_types(case, mode)
            if case.factor == 0:
                for mode in MODES:
                    linking, ner = self._child_types(label, mode)
                    case.linking[mode] = _from_children(linking)
                    case.ner[mode] = _from_children(ner)

    def _child_types(self, label: GoldLabel, mode: str) -> tuple[set[str], set[str]]:
        linking: set[str] = set()
        ner: set[str] = set()
        for child in label.children:
            inner_linking, inner_ner = self._child_types(self.labels[child], mode)
            linking |= inner_linking
            ner |= inner_ner
            case = self.cases[child]
            if case.factor:
                linking.update(case.linking[mode])
                ner.update(case.ner[mode])
        return linking, ner

    def all(self) -> list[Case]:
        return [*self.cases.values(), *self.extra]


@dataclass
class Counts(PRF):
    """Linking counts; ``to_json`` is the report's shape (4 decimals, the gold size)."""

    def to_json(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "gold": self.tp + self.fn}


@dataclass
class LinkingScores:
    """ELEVANT's counts per mode and category, and kg's in-KB accuracy."""

    articles: int = 0
    counts: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {m: {c: Counts() for c in CATEGORIES} for m in MODES})
    #: named, non-optional gold items the index holds, and how many of them kg got right
    in_index: int = 0
    in_index_correct: int = 0

    def __getitem__(self, key: tuple[str, str]) -> Counts:
        return self.counts[key[0]][key[1]]

    @property
    def named(self) -> Counts:
        return self.counts["inkb"]["entity_named"]

    @property
    def in_kb_accuracy(self) -> float | None:
        """Named gold mentions linked right, among those whose item is in the index."""
        return self.in_index_correct / self.in_index if self.in_index else None

    def add(self, cases: Iterable[Case]) -> None:
        for case in cases:
            for mode in MODES:
                table = self.counts[mode]
                for verdicts, categories in (
                        (case.linking[mode], ("all", case.kind)),
                        (() if case.kind.startswith("coref") else case.ner[mode], ("ner",))):
                    for verdict in verdicts:
                        if verdict != FP and not case.root:
                            continue  # inner alternatives: their outer label counts
                        for name in categories:
                            setattr(table[name], verdict, getattr(table[name], verdict) + 1)
                        if case.kind.startswith("coref") and "all" in categories:
                            setattr(table["coref"], verdict, getattr(table["coref"], verdict) + 1)
        for mode in MODES:
            table = self.counts[mode]
            table["entity"] = Counts(*(getattr(table["entity_named"], a)
                                       + getattr(table["entity_other"], a)
                                       for a in ("tp", "fp", "fn")))

    def report(self) -> str:
        lines = [f"articles              {self.articles}",
                 "ELEVANT rules, strong match; InKB = entities missing from Wikidata ignored"]
        for mode, title in (("inkb", "InKB"), ("required", "required")):
            for name in ("entity_named", "entity_other", "all", "ner"):
                c = self.counts[mode][name]
                label = {"entity_named": "named", "entity_other": "non-named",
                         "all": "all", "ner": "detection"}[name]
                lines.append(f"{title + ' ' + label:<22}P {c.precision:.3f}  R {c.recall:.3f}  "
                             f"F1 {c.f1:.3f}  (tp {c.tp}, fp {c.fp}, fn {c.fn})")
        acc = self.in_kb_accuracy
        lines.append(f"in-KB accuracy        {acc:.3f}  ({self.in_index_correct} of "
                     f"{self.in_index} named gold items the index holds)" if acc is not None
                     else "in-KB accuracy        n/a (no named gold item is in the index)")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {"articles": self.articles,
                "in_kb_accuracy": None if self.in_kb_accuracy is None
                else round(self.in_kb_accuracy, 4),
                "in_index": self.in_index, "in_index_correct": self.in_index_correct,
                **{mode: {name: c.to_json() for name, c in table.items()}
                   for mode, table in self.counts.items()}}


def score_article(gold: GoldArticle, predictions: Mapping[Span, Prediction],
                  name_of: Callable[[str], str] = lambda qid: "") -> list[Case]:
    """The scored cases of one article (``name_of``: an item's name, for FP categories)."""
    return _ArticleCases(gold, predictions, name_of).all()


def score(pairs: Iterable[tuple[GoldArticle, Mapping[Span, Prediction]]],
          name_of: Callable[[str], str] = lambda qid: "",
          in_index: Callable[[str], bool] | None = None) -> LinkingScores:
    """Scores of many articles; ``in_index`` (QID -> bool) enables in-KB accuracy."""
    scores = LinkingScores()
    for gold, predicted in pairs:
        scores.articles += 1
        cases = score_article(gold, predicted, name_of)
        scores.add(cases)
        if in_index is None:
            continue
        for case in cases:
            label = case.label
            if case.root and case.kind == "entity_named" and label.is_known \
                    and not label.is_optional and in_index(label.entity_id):
                scores.in_index += 1
                scores.in_index_correct += TP in case.linking["inkb"]
    return scores


# -- kg's predictions -----------------------------------------------------------------


def _predicted_mention(mention) -> bool:
    """Names, and proper adjectives standing for an entity ('Syrian' -> Syria)."""
    if mention.kind == "name":
        return True
    words = mention.text.split()
    return mention.kind == "description" and bool(words) and all(
        w[:1].isupper() for w in words)


_TITLED = re.compile(r"((?:[A-Z][A-Za-z]*\.? ){1,2})$")


def _with_title(text: str, start: int) -> int:
    """Where a person's name starts with the capitalised title or honorific right before
    it ("Dr Rosena Allin-Khan", "President Obama"): ELEVANT's guidelines annotate the
    titled name (with the bare name as its nested alternative)."""
    found = _TITLED.search(text[max(0, start - 30):start])
    if not found:
        return start
    words = found.group(1).split()
    while words and words[0].lower().rstrip(".") not in TITLE_WORDS:
        words.pop(0)  # "Syrian President Assad": the title, not the adjective
    if not words or not all(w.lower().rstrip(".") in TITLE_WORDS for w in words):
        return start
    return start - len(" ".join(words)) - 1


def predictions(extraction: Extraction, links: Mapping[str, Link]) -> dict[Span, Prediction]:
    """Span -> kg's prediction for every name mention of a linkable entity, spans as
    the field marks them (a person's name with its title)."""
    text = extraction.article.text
    out: dict[Span, Prediction] = {}
    for entity in extraction.entities:
        if entity.type in UNLINKED_TYPES and not linkable(entity):
            continue  # "Russian forces"; but "United States Navy" is linked
        link = links.get(entity.key)
        qid = link.qid if link else None
        candidates = tuple(q for q, _ in link.candidates) if link else ()
        for mention in entity.mentions:
            if _predicted_mention(mention):
                start = _with_title(text, mention.start) if entity.type == "Person" \
                    else mention.start
                if text.startswith("The ", start) and start + 4 < mention.end and \
                        not entity.name.startswith("The "):
                    # "The President later took action": a determiner the model took
                    # in at a sentence's start, no part of the name (ELEVANT's spans)
                    start += 4
                span = (start, mention.end)
                if span not in out or (qid and not out[span].entity_id):
                    out[span] = Prediction(qid, candidates)
    return out


def run_linking(gold: Sequence[GoldArticle], linker,
                extract: Callable[[list[Article]], Iterable[Extraction]],
                source: str = "benchmark") -> Iterator[tuple[GoldArticle, dict[Span, Prediction]]]:
    """Extract every gold article with ``extract`` (the real pipeline), link it, pair them."""
    retrieved = datetime.now(timezone.utc)
    articles = [Article(text=g.text, source=f"{source}#{i + 1}", retrieved=retrieved,
                        title=g.title or None)
                for i, g in enumerate(gold)]
    for g, extraction in zip(gold, extract(articles)):
        yield g, predictions(extraction, linker.link(extraction))


def write_linked_articles(pairs: Iterable[tuple[GoldArticle, Mapping[Span, Prediction]]],
                          path: Path) -> None:
    """ELEVANT's linked_articles JSONL: each article with kg's entity_mentions."""
    with open(path, "w", encoding="utf-8") as out:
        for number, (gold, predicted) in enumerate(pairs):
            out.write(json.dumps(linked_article(gold, predicted, number), ensure_ascii=False))
            out.write("\n")
