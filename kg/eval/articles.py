"""Scoring extractions against article gold: facts, roles and claims of real news.

The format is ``tests/gold/wikinews/GUIDELINES.md``'s: one article a line with ``text``,
``date``, ``scope`` ([start, end) of the part annotated), ``split`` (dev or test) and
``facts`` / ``roles`` / ``claims``, each item naming its sentence by a verbatim
``evidence`` string. Only what kg emits inside ``scope`` is scored.

- **Facts**: kg's events with an agent or an object (a plain ``kg:Event`` included). A
  gold fact matches the predicted fact whose trigger overlaps its trigger in its
  evidence (the predicate: lemma, frame or event kind at that word), when the agent and
  the patient agree: both absent, or the gold phrase matches one of kg's arguments of
  that role (the patient also through the object roles kg gives a frame: event object,
  participant, addressee, destination, origin). A phrase matches an entity through its
  name, aliases and mentions (a name inside the gold phrase counts: "Puerto Rico's
  governor Ricardo Rosselló"), a description through its own words, an event through its
  trigger; with ``<role>_ref`` the entity must be the one the ref names (an unresolved
  "he" is no answer).
- **Roles** of matched facts (recipient, instrument, location, origin, destination,
  amount): P/R over the gold roles and kg's arguments of those roles.
- **Attributes** of matched facts: modality, polarity and date (accuracy; a gold
  "2019-01" matches any day of that month).
- **Claims**: speaker (``speaker_ref`` as above), content (the gold content overlaps
  kg's claim text) and polarity.
- **Positions**: holder, role name and organisation (a gold ``null`` organisation is
  not scored).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from kg.scoring import PRF, records
from kg.extract import extract
from kg.extract.lexicons import roles as role_table
from kg.model import Article, Claim, Entity, Event, Extraction, Role
from kg.truecase import text_recaser
from kg.vocab import normalise_name

#: kg roles that answer a gold "patient" (what the predicate is about).
OBJECT_ROLES = ("patient", "eventObject", "participant", "addressee", "destination", "origin")
#: Gold roles scored beside agent and patient, and the kg roles that answer each.
OTHER_ROLES = {"recipient": ("recipient", "addressee"), "instrument": ("instrument",),
               "location": ("location",), "origin": ("origin",),
               "destination": ("destination",), "amount": ("amount",)}
DEFAULT_THRESHOLDS = (0.0, 0.5, 0.7)


class ArticleGoldError(ValueError):
    """An article gold line that cannot be read; the message names the line."""


@dataclass(frozen=True)
class GoldArticle:
    id: str
    split: str
    text: str
    date: date | None
    scope: tuple[int, int]
    facts: tuple[dict, ...]
    roles: tuple[dict, ...]
    claims: tuple[dict, ...]


def is_article_gold(obj: dict) -> bool:
    """Whether a gold line is in the article format (``scope`` and evidence-keyed items)."""
    return "scope" in obj and isinstance(obj.get("facts", []), list) and all(
        isinstance(f, dict) and "evidence" in f for f in obj.get("facts", []))


def read_articles(path: Path, split: str | None = None) -> list[GoldArticle]:
    """The articles of an article gold file (of one split, if given)."""
    out = []
    for where, obj in records(path, ArticleGoldError):
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) \
                or not is_article_gold(obj):
            raise ArticleGoldError(f"{where}: needs 'text', 'scope' and 'facts' with "
                                   f"'evidence'")
        scope = obj["scope"]
        if not (isinstance(scope, list) and len(scope) == 2 and
                all(isinstance(v, int) for v in scope) and 0 <= scope[0] <= scope[1]):
            raise ArticleGoldError(f"{where}: 'scope' must be [start, end]")
        try:
            published = date.fromisoformat(str(obj["date"])[:10]) if obj.get("date") \
                else None
        except ValueError as exc:
            raise ArticleGoldError(f"{where}: 'date' must be YYYY-MM-DD") from exc
        article = GoldArticle(
            id=str(obj.get("id", where)), split=str(obj.get("split", "")),
            text=obj["text"], date=published, scope=(scope[0], scope[1]),
            facts=tuple(obj.get("facts", [])), roles=tuple(obj.get("roles", [])),
            claims=tuple(obj.get("claims", [])))
        if split is None or article.split == split:
            out.append(article)
    if not out:
        raise ArticleGoldError(f"{path}: no articles" + (f" in split {split!r}" if split else ""))
    return out


CATEGORIES = ("facts", "predicates", "roles", "claims", "positions")


@dataclass
class ArticleScores:
    articles: int = 0
    scores: dict[str, PRF] = field(default_factory=lambda: {c: PRF() for c in CATEGORIES})
    by_threshold: dict[float, PRF] = field(default_factory=dict)
    attributes: dict[str, list[int]] = field(
        default_factory=lambda: {"modality": [0, 0], "polarity": [0, 0], "date": [0, 0]})
    misses: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "scores": {c: p.as_dict() for c, p in self.scores.items()},
            "facts_by_threshold": {str(t): p.as_dict()
                                   for t, p in sorted(self.by_threshold.items())},
            "attributes": {k: {"correct": v[0], "total": v[1],
                               "accuracy": round(v[0] / v[1], 3) if v[1] else None}
                           for k, v in self.attributes.items()},
        }

    def render(self) -> str:
        lines = [f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for c, p in self.scores.items():
            lines.append(f"{c:<12}{p.precision:>7.3f}{p.recall:>7.3f}{p.f1:>7.3f}"
                         f"{p.tp:>6}{p.fp:>6}{p.fn:>6}")
        lines.append("")
        lines.append("facts by confidence threshold (precision / recall / F1):")
        for t, p in sorted(self.by_threshold.items()):
            lines.append(f"  >= {t:.2f}: {p.precision:.3f} / {p.recall:.3f} / {p.f1:.3f}")
        attrs = [f"{k} {v[0]}/{v[1]}" for k, v in self.attributes.items()]
        lines.append("attributes of matched facts: " + ", ".join(attrs))
        lines.append(f"articles: {self.articles}")
        return "\n".join(lines)


# -- matching -----------------------------------------------------------------------------------
def _norm(text: str) -> str:
    words = normalise_name(text).split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def _contains(big: str, small: str) -> bool:
    return bool(small) and f" {small} " in f" {big} "


class _Values:
    """Does a predicted argument (entity key or event id) answer a gold phrase?"""

    def __init__(self, x: Extraction) -> None:
        self.entities: dict[str, Entity] = {e.key: e for e in x.entities}
        self.events: dict[str, Event] = {e.id: e for e in x.events}

    def text(self, key: str) -> str:
        """What a key names, for a listing: the entity's name or the event's trigger."""
        if key in self.entities:
            return self.entities[key].name
        return self.events[key].trigger if key in self.events else key

    def forms(self, key: str) -> set[str]:
        ent = self.entities.get(key)
        if ent is None:
            return set()
        return {f for f in (_norm(n) for n in {ent.name, *ent.aliases,
                                                 *(m.text for m in ent.mentions)}) if f}

    def matches(self, key: str, phrase: str | None, ref: str | None = None) -> bool:
        if ref:  # the gold says whom the phrase refers to: kg must have resolved it to a
            # named entity (an unresolved "he" or "the company" is no answer)
            ent = self.entities.get(key)
            if ent is None or ent.kind != "name":
                return False
            if self._phrase(key, ref):
                return True
            # "the Oversight Committee" for "House Oversight and Reform Committee": a
            # name of the same entity (not a pronoun kg resolved elsewhere)
            want = _norm(phrase or "")
            names = {_norm(n) for n in (ent.name, *ent.aliases)}
            return bool(want) and any(n and (n == want or _contains(want, n)) for n in names)
        return bool(phrase) and self._phrase(key, phrase)

    def _phrase(self, key: str, phrase: str) -> bool:
        want = _norm(phrase)
        if not want:
            return False
        if key in self.events:
            ev = self.events[key]
            return _contains(want, _norm(ev.trigger)) or _contains(_norm(ev.trigger), want)
        for form in self.forms(key):
            if form == want or _contains(want, form) or _contains(form, want):
                return True
        return False


def _locate(text: str, item: dict, word_key: str) -> tuple[int, int] | None:
    """(start, end) of an item's trigger (or speech verb) inside its evidence."""
    evidence = item.get("evidence") or ""
    at = text.find(evidence) if evidence else -1
    if at < 0:
        return None
    word = item.get(word_key) or ""
    inner = evidence.find(word) if word else -1
    if inner < 0:
        return at, at + len(evidence)
    return at + inner, at + inner + len(word)


def predicted_facts(x: Extraction, scope: tuple[int, int], threshold: float = 0.0
                    ) -> list[Event]:
    """kg's facts in scope, at the threshold: events with an agent or an object, and
    facts (``Relation``) no event was read with — an extractor that keeps facts only as
    relations is scored on them, located at the word of their lemma."""
    out = []
    for e in x.events:
        if not scope[0] <= e.start < scope[1] or e.confidence < threshold:
            continue
        if any(r == "agent" or r in OBJECT_ROLES for r, _ in e.arguments):
            out.append(e)
    out = [one for e in out for one in _conjuncts(e)]
    framed = {(e.sentence, e.frame) for e in x.events if e.frame}
    text = x.article.text
    for n, r in enumerate(x.relations):
        if not r.lemma or r.confidence < threshold or (r.sentence, r.frame) in framed:
            continue
        where = _lemma_at(text, r.start, r.end, r.lemma)
        if where is None or not scope[0] <= where[0] < scope[1]:
            continue
        obj = r.obj_event or r.obj
        args = (("agent", r.subject),) + ((("patient", obj),) if obj else ())
        out.append(Event(id=f"r{n}", kind="Fact", trigger=text[where[0]:where[1]],
                         start=where[0], end=where[1], sentence=r.sentence,
                         confidence=r.confidence, arguments=args, time=r.time,
                         polarity=r.polarity, modality=r.modality, frame=r.frame))
    return out


def _conjuncts(e: Event) -> list[Event]:
    """One fact per conjoined agent and object ("China, Iran and Russia pledged funds":
    three pledges), as the guidelines annotate them; other roles stay on each. Objects of
    different roles are no conjuncts ("used satellite imagery to identify places": one
    fact, its patient and its event object): only the fillers of its first object role
    (in ``OBJECT_ROLES`` order, the role a fact's object is taken from) split a fact."""
    agents = [a for a in e.arguments if a[0] == "agent"]
    split: list[tuple[str, str]] = []
    for role in OBJECT_ROLES:
        split = [a for a in e.arguments if a[0] == role]
        if split:
            break
    if len(agents) <= 1 and len(split) <= 1:
        return [e]
    rest = tuple(a for a in e.arguments if a not in agents and a not in split)
    out = []
    for agent in agents or [None]:
        for obj in split or [None]:
            args = tuple(a for a in (agent, obj) if a is not None) + rest
            out.append(Event(**{**e.__dict__, "arguments": args}))
    return out


def _lemma_at(text: str, start: int, end: int, lemma: str) -> tuple[int, int] | None:
    """The word of a fact's lemma inside its evidence ("ordered" for "order")."""
    stem = lemma.split()[-1][:4].lower() if lemma.split() else ""
    if not stem:
        return None
    for m in re.finditer(r"\w[\w-]*", text[start:end]):
        if m.group().lower().startswith(stem):
            return start + m.start(), start + m.end()
    return None


def _args(e: Event, roles: Iterable[str]) -> list[str]:
    roles = tuple(roles)
    return [k for r, k in e.arguments if r in roles]


def _core_ok(e: Event, gold: dict, values: _Values, role: str, kg_roles: tuple[str, ...]
             ) -> bool:
    phrase, ref = gold.get(role), gold.get(f"{role}_ref")
    found = _args(e, kg_roles)
    if not phrase:  # nothing there: kg must not give one (a destination is not a patient)
        return not _args(e, kg_roles[:2])
    return any(values.matches(k, phrase, ref) for k in found)


@dataclass
class FactAlignment:
    """kg's facts in an article's scope and how they align with its gold facts."""

    preds: list[Event]
    #: predicted fact index -> the gold fact (index into ``GoldArticle.facts``) it is
    hits: dict[int, int] = field(default_factory=dict)
    #: gold fact index -> predicted facts at its trigger (the predicate found)
    candidates: dict[int, list[int]] = field(default_factory=dict)

    def correct(self, i: int) -> bool:
        """Whether predicted fact ``i`` is a true positive."""
        return i in self.hits


def align_facts(g: GoldArticle, x: Extraction, threshold: float = 0.0,
                values: "_Values | None" = None) -> FactAlignment:
    """Align kg's facts with the gold facts: each gold fact takes the first unused
    prediction at its trigger whose agent and patient agree."""
    values = values or _Values(x)
    out = FactAlignment(predicted_facts(x, g.scope, threshold))
    preds = out.preds
    for n, item in enumerate(g.facts):
        span = _locate(g.text, item, "trigger")
        candidates = [i for i, e in enumerate(preds) if span and e.start < span[1]
                      and span[0] < e.end]
        out.candidates[n] = candidates
        hit = next((i for i in candidates if i not in out.hits and
                    _core_ok(preds[i], item, values, "agent", ("agent",)) and
                    _core_ok(preds[i], item, values, "patient", OBJECT_ROLES)), None)
        if hit is not None:
            out.hits[hit] = n
    return out


def _score_facts(g: GoldArticle, x: Extraction, values: _Values, scores: ArticleScores | None,
                 threshold: float = 0.0) -> tuple[PRF, PRF]:
    """(facts, predicates): a fact needs its predicate and core arguments right."""
    aligned = align_facts(g, x, threshold, values)
    preds = aligned.preds
    facts, predicates = PRF(), PRF()
    used_pred: set[int] = set()
    by_gold = {n: i for i, n in aligned.hits.items()}
    for n, item in enumerate(g.facts):
        candidates = aligned.candidates[n]
        if not candidates:
            facts.fn += 1
            predicates.fn += 1
            if scores is not None:
                scores.misses.append(f"{g.id}: missed {item.get('lemma')!r} "
                                     f"({item.get('agent')} / {item.get('patient')})")
            continue
        # the predicate is found (conjoined gold facts share theirs)
        used_pred.update(candidates)
        predicates.tp += 1
        hit = by_gold.get(n)
        if hit is None:
            facts.fn += 1
            if scores is not None:
                e = preds[candidates[0]]
                scores.misses.append(
                    f"{g.id}: wrong args {item.get('lemma')!r} gold "
                    f"({item.get('agent_ref') or item.get('agent')} / "
                    f"{item.get('patient_ref') or item.get('patient')}) got "
                    f"{[(r, _show(values, k)) for r, k in e.arguments]}")
            continue
        facts.tp += 1
        if scores is not None:
            _score_roles_and_attributes(preds[hit], item, values, scores, g.id)
    facts.fp += len(preds) - len(aligned.hits)
    # a predicate read with several conjoined arguments is still one predicate
    predicates.fp += len({(e.start, e.end) for i, e in enumerate(preds)} -
                         {(preds[i].start, preds[i].end) for i in used_pred})
    if scores is not None:
        for i, e in enumerate(preds):
            if i not in aligned.hits:
                scores.misses.append(f"{g.id}: extra {e.kind}/{e.frame} {e.trigger!r} "
                                     f"{[(r, _show(values, k)) for r, k in e.arguments]}")
    return facts, predicates


def _show(values: _Values, key: str) -> str:
    if key in values.entities:
        return values.entities[key].name
    if key in values.events:
        return values.events[key].trigger
    return key


def _score_roles_and_attributes(e: Event, item: dict, values: _Values,
                                scores: ArticleScores, article: str) -> None:
    roles = scores.scores["roles"]
    for gold_role, kg_roles in OTHER_ROLES.items():
        found = _args(e, kg_roles)
        phrase = item.get(gold_role)
        right = [k for k in found if phrase and
                 values.matches(k, phrase, item.get(f"{gold_role}_ref"))][:1]
        roles.tp += len(right)
        roles.fn += int(bool(phrase) and not right)
        roles.fp += len(found) - len(right)
        if len(found) > len(right) or phrase and not right:
            # listed with --misses, as wrong arguments are: the fact was right
            scores.misses.append(
                f"{article}: role {gold_role} of {item.get('lemma')!r} gold {phrase!r} got "
                f"{[_show(values, k) for k in found if k not in right]}")
    attrs = scores.attributes
    for name, pred in (("modality", e.modality), ("polarity", e.polarity)):
        if item.get(name):
            attrs[name][1] += 1
            attrs[name][0] += int(item[name] == pred)
    if item.get("date"):
        attrs["date"][1] += 1
        value = e.time.value if e.time else None
        attrs["date"][0] += int(bool(value) and str(value).startswith(str(item["date"])))


def align_claims(g: GoldArticle, x: Extraction, values: "_Values | None" = None,
                 threshold: float = 0.0) -> tuple[list[Claim], dict[int, int]]:
    """kg's claims in scope (at the threshold) and which gold claim each predicted claim
    is (predicted index -> gold index): speaker, content and polarity agree."""
    values = values or _Values(x)
    preds = [c for c in x.claims if g.scope[0] <= c.start < g.scope[1]
             and c.confidence >= threshold]
    hits: dict[int, int] = {}
    found: set[int] = set()
    # two passes: a claim whose text overlaps the gold content where it stands is that
    # claim's before any whose words merely contain it ("a fire" is not the claim "the fire
    # started in an electric vehicle" when another gold claim stands there)
    for positional in (True, False):
        for n, item in enumerate(g.claims):
            if n in found:
                continue
            content = item.get("content") or ""
            at = g.text.find(content) if content else -1
            want = _norm(content)

            def ok(c: Claim) -> bool:
                if c.polarity != item.get("polarity", "positive"):
                    return False
                if item.get("speaker") and not (c.speaker and values.matches(
                        c.speaker, item["speaker"], item.get("speaker_ref"))):
                    return False
                if at >= 0 and c.start < at + len(content) and at < c.end:
                    return True
                have = _norm(c.text)
                return not positional and bool(want) and (want in have or have in want)

            hit = next((i for i, c in enumerate(preds) if i not in hits and ok(c)), None)
            if hit is not None:
                hits[hit] = n
                found.add(n)
    return preds, hits


def _score_claims(g: GoldArticle, x: Extraction, values: _Values,
                  threshold: float = 0.0, misses: list[str] | None = None) -> PRF:
    """Claims (speaker, content, polarity); each missed and extra one is listed in
    ``misses`` when given."""
    preds, hits = align_claims(g, x, values, threshold)
    if misses is not None:
        found = set(hits.values())
        misses.extend(f"{g.id}: missed claim {item.get('verb')!r} by {item.get('speaker')!r}: "
                      f"{item.get('content')!r} ({item.get('polarity', 'positive')})"
                      for n, item in enumerate(g.claims) if n not in found)
        misses.extend(f"{g.id}: extra claim {c.lemma!r} by "
                      f"{values.text(c.speaker) if c.speaker else None!r}: {c.text!r} "
                      f"({c.polarity})" for i, c in enumerate(preds) if i not in hits)
    return PRF(tp=len(hits), fp=len(preds) - len(hits), fn=len(g.claims) - len(hits))


def _role_name(text: str) -> str:
    """A role name as compared: normalised, and a title kg's role table writes another
    way given as that one ("ceo" and "chief executive" are one role, whichever form an
    annotator wrote)."""
    name = re.sub(r"\s+", " ", _norm(text).replace("-", " "))
    return role_table()["titles"].get(name, name)


def _score_positions(g: GoldArticle, x: Extraction, values: _Values,
                     misses: list[str] | None = None) -> PRF:
    """Positions (holder, role name, organisation when the gold gives one); each missed
    and extra one is listed in ``misses`` when given."""
    out = PRF()
    preds = [r for r in x.roles if g.scope[0] <= r.start < g.scope[1]]
    used: set[int] = set()

    def ok(r: Role, item: dict) -> bool:
        if not values.matches(r.holder, item.get("holder")):
            return False
        if _role_name(r.role) != _role_name(str(item.get("role", ""))):
            return False
        org = item.get("organization")
        return org is None or (r.organization is not None and values.matches(r.organization,
                                                                             org))

    for item in g.roles:
        hit = next((i for i, r in enumerate(preds) if i not in used and ok(r, item)), None)
        if hit is None:
            out.fn += 1
            if misses is not None:
                misses.append(f"{g.id}: missed position {item.get('holder')!r} "
                              f"{item.get('role')!r} of {item.get('organization')!r}")
        else:
            used.add(hit)
            out.tp += 1
    # a role the gold states twice is annotated once: repeats of a matched one are not extra
    matched = {(preds[i].holder, preds[i].role, preds[i].organization) for i in used}
    extras = [r for i, r in enumerate(preds) if i not in used
              and (r.holder, r.role, r.organization) not in matched]
    out.fp += len(extras)
    if misses is not None:
        misses.extend(f"{g.id}: extra position {values.text(r.holder)!r} {r.role!r} of "
                      f"{values.text(r.organization) if r.organization else None!r}"
                      for r in extras)
    return out


def score_article(g: GoldArticle, x: Extraction, scores: ArticleScores,
                  thresholds: Iterable[float] = DEFAULT_THRESHOLDS) -> None:
    """Add one article's counts to ``scores``."""
    values = _Values(x)
    scores.articles += 1
    facts, predicates = _score_facts(g, x, values, scores)
    scores.scores["facts"].add(facts)
    scores.scores["predicates"].add(predicates)
    scores.scores["claims"].add(_score_claims(g, x, values, misses=scores.misses))
    scores.scores["positions"].add(_score_positions(g, x, values, scores.misses))
    for t in thresholds:
        at, _ = _score_facts(g, x, values, None, t)
        scores.by_threshold.setdefault(t, PRF()).add(at)


def extraction_of(article: GoldArticle, doc,
                  emission: tuple[float | None, float | None] = (None, None)) -> Extraction:
    """kg's extraction of a gold article (its text and publication date), emitting facts
    and claims from the thresholds ``emission`` (None: the extractor's defaults)."""
    return extract(doc, Article(text=doc.text, source=f"gold:{article.id}",
                                retrieved=datetime.now(timezone.utc),
                                published=article.date), *emission)


def evaluate_articles(path: Path, nlp, split: str | None = None,
                      thresholds: Iterable[float] = DEFAULT_THRESHOLDS,
                      emission: tuple[float | None, float | None] = (None, None)
                      ) -> ArticleScores:
    """Run the extractor over every article of the gold file (one split) and score it."""
    articles = read_articles(path, split)
    scores = ArticleScores()
    thresholds = tuple(thresholds)
    readable = text_recaser(nlp)  # as kg build reads them
    for article, doc in zip(articles, nlp.pipe([readable(a.text) for a in articles])):
        score_article(article, extraction_of(article, doc, emission), scores, thresholds)
    return scores
