"""Scoring extracted facts, events, claims, coreference and times against a gold file.

The gold file is JSON Lines, one passage (article) per line::

    {"id": "seed-1", "text": "...", "date": "2016-03-15",
     "facts":  [{"subject": "Putin", "relation": "orders", "object": "event:Withdrawal"}],
     "events": [{"kind": "Withdrawal", "trigger": "withdrawal",
                 "arguments": {"agent": "Russian troops", "origin": "Syria"},
                 "date": "2016-03-14", "modality": "future", "polarity": "positive"}],
     "claims": [{"speaker": "Dmitry Peskov", "contains": "Hmeimim", "addressee": null}],
     "coref":  [{"mention": "he", "entity": "Vladimir Putin"}, {"mention": "it", "entity": null}],
     "times":  [{"text": "last night", "value": "2016-03-14"}]}

An argument value is a surface string ("Putin" matches the entity Vladimir Putin: a
name, alias or mention, or a contiguous part of the name), a list of alternatives, a
Wikidata QID ("Q7747", matched through the offline linker) or "event:Kind" (an event
of that kind). Mentions of one event (``Event.same_as``) count as one event.
Facts are scored on (subject, relation, object); events on kind (a
predicted subclass counts) + trigger + every gold argument, and separately on
(kind, role, argument) triples; attributes (date, modality, polarity) as accuracy over
matched events. Facts whose object is only text are not scored. Facts and events are
also scored at confidence thresholds, to show what filtering on confidence buys.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

from rdflib import OWL, RDFS, Graph, URIRef

from kg.eval.articles import is_article_gold
from kg.scoring import PRF, records
from kg.extract import extract
from kg.extract.frames import events_ontology, lexicon
from kg.link import make_linker
from kg.model import Article, Claim, Entity, Event, Extraction, Relation, TimeExpression
from kg.truecase import text_recaser
from kg.vocab import KG, WD, normalise_name

CATEGORIES = ("facts", "events", "arguments", "claims", "coref", "times")
DEFAULT_THRESHOLDS = (0.0, 0.5, 0.7)
_QID = re.compile(r"^Q\d+$")


class GoldFormatError(ValueError):
    """A gold file line that cannot be read; the message names the line."""


@dataclass(frozen=True)
class GoldPassage:
    id: str
    text: str
    date: date | None
    facts: tuple[dict, ...] = ()
    events: tuple[dict, ...] = ()
    claims: tuple[dict, ...] = ()
    coref: tuple[dict, ...] = ()
    times: tuple[dict, ...] = ()


@dataclass
class FactScores:
    """Totals over a gold file."""

    passages: int = 0
    scores: dict[str, PRF] = field(default_factory=lambda: {c: PRF() for c in CATEGORIES})
    by_threshold: dict[float, dict[str, PRF]] = field(default_factory=dict)
    attributes: dict[str, list[int]] = field(
        default_factory=lambda: {"date": [0, 0], "modality": [0, 0], "polarity": [0, 0]})

    def as_dict(self) -> dict[str, Any]:
        return {
            "passages": self.passages,
            "scores": {c: p.as_dict() for c, p in self.scores.items()},
            "by_threshold": {str(t): {c: p.as_dict() for c, p in cats.items()}
                             for t, cats in sorted(self.by_threshold.items())},
            "attributes": {k: {"correct": v[0], "total": v[1],
                               "accuracy": round(v[0] / v[1], 3) if v[1] else None}
                           for k, v in self.attributes.items()},
        }

    def render(self) -> str:
        lines = [f"{'':<11}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for c, p in self.scores.items():
            lines.append(f"{c:<11}{p.precision:>7.3f}{p.recall:>7.3f}{p.f1:>7.3f}"
                         f"{p.tp:>6}{p.fp:>6}{p.fn:>6}")
        lines.append("")
        lines.append("by confidence threshold (precision / recall / F1):")
        for t, cats in sorted(self.by_threshold.items()):
            parts = [f"{c} {p.precision:.3f}/{p.recall:.3f}/{p.f1:.3f}" for c, p in cats.items()]
            lines.append(f"  >= {t:.2f}: " + "   ".join(parts))
        lines.append("")
        attrs = [f"{k} {v[0]}/{v[1]}" for k, v in self.attributes.items()]
        lines.append("event attributes correct (matched events): " + ", ".join(attrs))
        lines.append(f"passages: {self.passages}")
        return "\n".join(lines)


# -- reading ----------------------------------------------------------------------------------
def _list(obj: dict, name: str, where: str) -> tuple[dict, ...]:
    value = obj.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise GoldFormatError(f"{where}: '{name}' must be a list of objects")
    return tuple(value)


#: Keys of a gold event that are not arguments when arguments are written inline.
_EVENT_KEYS = {"kind", "type", "trigger", "arguments", "args", "date", "time", "modality",
               "polarity", "id", "note", "confidence"}


def _event(raw: Any, where: str) -> dict:
    """One gold event, normalised: {"kind", "arguments": {role: value}, ...}.

    Accepts "type" for "kind", "args" for "arguments", arguments as a list of
    [role, value] pairs, or inline ({"kind": "Withdrawal", "agent": "Russia"}).
    """
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: each event must be an object")
    ev = dict(raw)
    kind = ev.pop("type", None) if "kind" not in ev else ev.get("kind")
    if not isinstance(kind, str) or not kind.strip():
        raise GoldFormatError(f"{where}: each event needs a 'kind'")
    ev["kind"] = kind
    args = ev.pop("arguments", ev.pop("args", None))
    if args is None:
        args = {k: v for k, v in raw.items() if k not in _EVENT_KEYS}
    elif isinstance(args, list):
        pairs: dict[str, Any] = {}
        for pair in args:
            if not (isinstance(pair, (list, tuple)) and len(pair) == 2):
                raise GoldFormatError(f"{where}: event arguments as a list need [role, value]")
            role, value = pair
            pairs.setdefault(str(role), []).append([value] if not isinstance(value, list)
                                                   else value)
        args = {r: v[0][0] if len(v) == 1 and len(v[0]) == 1 else v for r, v in pairs.items()}
    if not isinstance(args, dict):
        raise GoldFormatError(f"{where}: event 'arguments' must be an object")
    if "time" in ev and "date" not in ev and isinstance(ev["time"], str):
        ev["date"] = ev.pop("time")
    ev["arguments"] = args
    return ev


def _fact(raw: Any, where: str) -> dict:
    """One gold fact: {"subject", "relation", "object"} or [subject, relation, object]."""
    if isinstance(raw, list) and len(raw) == 3:
        raw = {"subject": raw[0], "relation": raw[1], "object": raw[2]}
    if isinstance(raw, dict) and "predicate" in raw and "relation" not in raw:
        raw = {**raw, "relation": raw["predicate"]}
    if not isinstance(raw, dict) or not all(
            isinstance(raw.get(k), (str, list)) for k in ("subject", "relation", "object")):
        raise GoldFormatError(f"{where}: each fact needs 'subject', 'relation', 'object'")
    return raw


def parse_gold_line(line: str, where: str) -> GoldPassage:
    """One passage of a gold file. Keys kg does not score (source, url, title, ...) are
    ignored; a publication date may be "date", "published" or "pub_date"."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"{where}: not JSON ({exc.msg})") from exc
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise GoldFormatError(f"{where}: each line needs a non-empty 'text'")
    raw_date = next((obj[k] for k in ("date", "published", "pub_date") if obj.get(k)), None)
    published = None
    if raw_date is not None:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError as exc:
            raise GoldFormatError(f"{where}: 'date' must be YYYY-MM-DD") from exc
    for name in ("events", "facts"):
        if not isinstance(obj.get(name, []), list):
            raise GoldFormatError(f"{where}: '{name}' must be a list")
    events = tuple(_event(e, where) for e in obj.get("events", []))
    facts = tuple(_fact(f, where) for f in obj.get("facts", []))
    return GoldPassage(id=str(obj.get("id", where)), text=obj["text"], date=published,
                       facts=facts, events=events, claims=_list(obj, "claims", where),
                       coref=_list(obj, "coref", where), times=_list(obj, "times", where))


def gold_format(path: Path) -> str:
    """'article' (scope and evidence-keyed facts, the Wikinews gold) or 'passage'."""
    for _, obj in records(path, GoldFormatError):
        return "article" if isinstance(obj, dict) and is_article_gold(obj) else "passage"
    raise GoldFormatError(f"{path}: no passages")


def read_gold(path: Path) -> list[GoldPassage]:
    """Every passage of a gold file; a bad line raises ``GoldFormatError`` naming it."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                out.append(parse_gold_line(line, f"{path}:{number}"))
    if not out:
        raise GoldFormatError(f"{path}: no passages")
    return out


# -- matching ---------------------------------------------------------------------------------
class _Matcher:
    """Does a predicted entity key or event id match a gold value?"""

    def __init__(self, extraction: Extraction, qids: dict[str, str | None],
                 kind_ok: Callable[[str, str], bool],
                 relation_ok: Callable[[str, Any], bool] | None = None) -> None:
        self.entities: dict[str, Entity] = {e.key: e for e in extraction.entities}
        self.events: dict[str, Event] = {e.id: e for e in extraction.events}
        self.qids = qids
        self.kind_ok = kind_ok
        self.relation_ok = relation_ok or (lambda pred, want: pred in (
            want if isinstance(want, list) else [want]))

    def forms(self, key: str) -> set[str]:
        ent = self.entities.get(key)
        if ent is None:
            return set()
        names = {ent.name, *ent.aliases, *(m.text for m in ent.mentions)}
        return {normalise_name(n) for n in names if n}

    def value(self, key: str | None, gold: Any) -> bool:
        if key is None:
            return False
        if isinstance(gold, list):
            return any(self.value(key, g) for g in gold)
        gold = str(gold)
        if gold.startswith("event:"):
            ev = self.events.get(key)
            return ev is not None and self.kind_ok(ev.kind, gold[len("event:"):])
        if _QID.match(gold):
            return self.qids.get(key) == gold
        want = normalise_name(gold)
        if not want:
            return False
        for form in self.forms(key):
            if form == want or f" {want} " in f" {form} ":
                return True
        ent = self.entities.get(key)
        return ent is not None and f" {normalise_name(ent.name)} " in f" {want} "


def _trigger_ok(pred: Event, gold: dict) -> bool:
    trig = gold.get("trigger")
    if not trig:
        return True
    a, b = normalise_name(pred.trigger), normalise_name(str(trig))
    return bool(a) and (a == b or f" {b} " in f" {a} " or f" {a} " in f" {b} "
                        or a.rstrip("s") == b.rstrip("s"))


def _fillers(value: Any) -> list[Any]:
    """A role's gold fillers: a list of lists is several fillers, anything else is one."""
    if isinstance(value, list) and value and isinstance(value[0], list):
        return value
    return [value]


def _gold_roles(gold: dict) -> list[tuple[str, Any]]:
    """(kg role, value) of a gold event's arguments; time keys are attributes, not roles."""
    return [(canonical_role(r), v) for r, v in (gold.get("arguments") or {}).items()
            if r.lower() not in TIME_KEYS]


def _gold_arg_count(gold: dict) -> int:
    return sum(len(_fillers(v)) for _, v in _gold_roles(gold))


def _args_matched(pred: Event, gold: dict, m: _Matcher) -> tuple[int, int]:
    """(gold arguments matched, gold arguments) for one aligned event pair."""
    hit = 0
    for role, value in _gold_roles(gold):
        for v in _fillers(value):
            if any(r == role and m.value(k, v) for r, k in pred.arguments):
                hit += 1
    return hit, _gold_arg_count(gold)


def _score_events(gold: GoldPassage, events: list[Event], m: _Matcher,
                  scores: FactScores | None) -> tuple[PRF, PRF]:
    """(event PRF, argument PRF); attribute accuracy is added to ``scores`` when given.

    Mentions of one event (``same_as``) are one event: a gold event may align with any
    of them (its arguments are those of the whole chain), and an unaligned chain is one
    false positive, however many mentions it has.
    """
    chain = {e.id: e.same_as or e.id for e in events}
    merged = {e.id: e for e in merge_mentions(events)}

    def view(e: Event) -> Event:
        root = merged.get(chain[e.id])
        if root is None or root.id == e.id:
            return e
        args = tuple(dict.fromkeys(e.arguments + root.arguments))
        return replace(e, arguments=args, time=e.time or root.time)

    views = [view(e) for e in events]
    ev, arg = PRF(), PRF()
    # align gold and predicted events on kind + trigger, best argument overlap first
    pairs = []
    for gi, g in enumerate(gold.events):
        for pi, p in enumerate(views):
            if m.kind_ok(p.kind, g["kind"]) and _trigger_ok(p, g):
                hit, total = _args_matched(p, g, m)
                pairs.append((hit == total, hit, p.confidence, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p = set(), set()
    for full, hit, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold.events[gi], views[pi]
        _, total = _args_matched(p, g, m)
        if full:
            ev.tp += 1
        else:
            ev.fp += 1
            ev.fn += 1
        arg.tp += hit
        arg.fn += total - hit
        arg.fp += max(0, _entity_args(events[pi]) - hit)
        if scores is not None:
            g = dict(g)
            for key, value in (g.get("arguments") or {}).items():
                if key.lower() in TIME_KEYS and "date" not in g:
                    g["date"] = value
            for attr, pred_value in (("date", p.time.value if p.time else None),
                                     ("modality", p.modality), ("polarity", p.polarity)):
                if attr in g:
                    scores.attributes[attr][1] += 1
                    right = str(g[attr]) == str(pred_value) if g[attr] is not None \
                        else pred_value is None
                    scores.attributes[attr][0] += int(right)
    for gi, g in enumerate(gold.events):
        if gi not in used_g:
            ev.fn += 1
            arg.fn += _gold_arg_count(g)
    aligned = {chain[events[pi].id] for pi in used_p}
    counted: set[str] = set()
    for pi, p in enumerate(events):
        root = chain[p.id]
        if pi in used_p or root in aligned or root in counted:
            continue
        counted.add(root)
        ev.fp += 1
        arg.fp += _entity_args(merged.get(root, p))
    return ev, arg


def merge_mentions(events: Iterable[Event]) -> list[Event]:
    """One event per ``same_as`` chain: later mentions add their arguments (and a date the
    first lacks) to the first, and are not scored on their own."""
    events = list(events)
    firsts = {e.id: e for e in events if e.same_as is None}
    extra: dict[str, list[Event]] = {}
    for e in events:
        if e.same_as is not None and e.same_as in firsts:
            extra.setdefault(e.same_as, []).append(e)
    out = []
    for e in events:
        if e.same_as is not None and e.same_as in firsts:
            continue
        more = extra.get(e.id, [])
        if more:
            args = list(e.arguments)
            for m in more:
                args.extend(a for a in m.arguments if a not in args and a[1] != e.id)
            time = e.time or next((m.time for m in more if m.time), None)
            e = replace(e, arguments=tuple(args), time=time)
        out.append(e)
    return out


def _entity_args(ev: Event) -> int:
    return len(ev.arguments)


def _text_object_ok(text: str | None, gold: Any) -> bool:
    """A literal object ("said that ...") matches a gold string it contains or that contains it."""
    if not text:
        return False
    wants = [str(g) for g in (gold if isinstance(gold, list) else [gold])]
    wants = [normalise_name(g) for g in wants if not g.startswith("event:") and not _QID.match(g)]
    have = normalise_name(text)
    return any(w and (w in have or have in w) for w in wants)


def _align(golds: list[dict], preds: list, matches: Callable[[dict, object], bool]
           ) -> tuple[PRF, set[int]]:
    """Greedy one-to-one alignment: each gold item takes the first unused prediction it
    matches. Returns true positives and misses (false positives are the caller's: what
    counts as one differs), and the indexes of the predictions used."""
    out, used = PRF(), set()
    for g in golds:
        found = next((i for i, p in enumerate(preds) if i not in used and matches(g, p)), None)
        if found is None:
            out.fn += 1
        else:
            used.add(found)
            out.tp += 1
    return out, used


def _score_facts(gold: GoldPassage, extraction: Extraction, m: _Matcher,
                 threshold: float) -> PRF:
    """Facts whose object is an entity or event are scored both ways; facts whose object
    is only text can match a gold fact but are not counted as false positives."""
    preds = [r for r in extraction.relations if r.confidence >= threshold]

    def matches(g: dict, r: Relation) -> bool:
        if not m.relation_ok(r.predicate, g["relation"]) or not m.value(r.subject, g["subject"]):
            return False
        if r.obj is None and r.obj_event is None:
            if not _text_object_ok(r.obj_text, g["object"]):
                return False
        elif not m.value(r.obj_event or r.obj, g["object"]):
            return False
        return all(k not in g or getattr(r, k) == g[k] for k in ("polarity", "modality"))

    out, used = _align(gold.facts, preds, matches)
    out.fp += sum(1 for i, r in enumerate(preds) if i not in used
                  and (r.obj is not None or r.obj_event is not None))
    return out


def _score_claims(gold: GoldPassage, extraction: Extraction, m: _Matcher) -> PRF:
    def matches(g: dict, c: Claim) -> bool:
        if g.get("speaker") is not None and not m.value(c.speaker, g["speaker"]):
            return False
        if g.get("contains") and normalise_name(g["contains"]) not in normalise_name(c.text):
            return False
        if g.get("addressee") is not None and not m.value(c.addressee, g["addressee"]):
            return False
        return "quote" not in g or bool(g["quote"]) == c.quote

    out, used = _align(gold.claims, list(extraction.claims), matches)
    out.fp += len(extraction.claims) - len(used)
    return out


def _score_coref(gold: GoldPassage, extraction: Extraction, m: _Matcher) -> PRF:
    """Pronoun and description mentions: resolved to the right entity, or left alone."""
    out = PRF()
    predicted = sorted((mn.start, mn.text, e.key) for e in extraction.entities
                       for mn in e.mentions if mn.kind in ("pronoun", "description"))
    used: set[int] = set()
    for g in gold.coref:
        want = normalise_name(str(g.get("mention", "")))
        found = None
        for i, (_, text, key) in enumerate(predicted):
            if i not in used and normalise_name(text) == want:
                found = i
                break
        if g.get("entity") is None:  # must stay unresolved
            if found is not None:
                used.add(found)
                out.fp += 1
            continue
        if found is not None and m.value(predicted[found][2], g["entity"]):
            used.add(found)
            out.tp += 1
        else:
            if found is not None:
                used.add(found)
                out.fp += 1
            out.fn += 1
    # predictions for mentions the gold does not list are not counted: the gold lists
    # the mentions it judges, resolved or deliberately unresolved
    return out


def _score_times(gold: GoldPassage, extraction: Extraction) -> PRF:
    def matches(g: dict, t: TimeExpression) -> bool:
        want = normalise_name(str(g.get("text", "")))
        return bool(want) and want in normalise_name(t.text) and t.value == g.get("value")

    out, used = _align(gold.times, list(extraction.times), matches)
    out.fp += sum(1 for i, t in enumerate(extraction.times) if i not in used and t.value)
    return out


def score_extraction(gold: GoldPassage, extraction: Extraction, scores: FactScores,
                     qids: dict[str, str | None] | None = None,
                     kind_ok: Callable[[str, str], bool] | None = None,
                     thresholds: Iterable[float] = DEFAULT_THRESHOLDS,
                     relation_ok: Callable[[str, Any], bool] | None = None) -> None:
    """Add one passage's counts to ``scores``."""
    m = _Matcher(extraction, qids or {}, kind_ok or (lambda pred, want: pred == want),
                 relation_ok)
    scores.passages += 1
    s = scores.scores
    s["facts"].add(_score_facts(gold, extraction, m, 0.0))
    # the old format annotates events of the ontology's kinds: a plain kg:Event (a
    # predicate no kind fits) is scored as a fact in the new format, not here
    events = [e for e in extraction.events if e.kind != "Event"]
    ev, arg = _score_events(gold, events, m, scores)
    s["events"].add(ev)
    s["arguments"].add(arg)
    s["claims"].add(_score_claims(gold, extraction, m))
    s["coref"].add(_score_coref(gold, extraction, m))
    s["times"].add(_score_times(gold, extraction))
    for t in thresholds:
        cats = scores.by_threshold.setdefault(t, {"facts": PRF(), "events": PRF()})
        cats["facts"].add(_score_facts(gold, extraction, m, t))
        kept = [e for e in events if e.confidence >= t]
        ev_t, _ = _score_events(gold, kept, m, None)
        cats["events"].add(ev_t)


def _squash(name: str) -> str:
    """'air strike', 'AirStrike', 'kg:Airstrike' -> 'airstrike'."""
    name = name.split(":", 1)[1] if name.startswith("kg:") else name
    return re.sub(r"[^a-z0-9]", "", name.lower())


def kind_checker() -> Callable[[str, str], bool]:
    """pred kind == gold kind, or a subclass of it in the event lexicon (Airstrike ⊂ Attack).

    A gold kind may be written as the class name in any case or spacing ("air strike",
    "AirStrike"), its label, or the Wikidata class it is aligned to ("Q40231").
    """
    graph = Graph().parse(data=events_ontology().read_text(encoding="utf-8"), format="turtle")
    skos_close = URIRef("http://www.w3.org/2004/02/skos/core#closeMatch")

    def local(node) -> str:
        return str(node)[len(str(KG)):]

    parents: dict[str, set[str]] = {}
    aliases: dict[str, str] = {}
    for s, o in graph.subject_objects(RDFS.subClassOf):
        parents.setdefault(local(s), set()).add(local(o))
        aliases[_squash(local(s))] = local(s)
        for label in graph.objects(s, RDFS.label):
            aliases.setdefault(_squash(str(label)), local(s))
        for prop in (OWL.equivalentClass, skos_close):
            for qid in graph.objects(s, prop):
                aliases[str(qid)[len(str(WD)):]] = local(s)

    def canonical(kind: str) -> str:
        found = aliases.get(kind) or aliases.get(_squash(kind))
        if found:
            return found
        # "military withdrawal" -> Withdrawal: the longest class name it ends with
        ends = [a for a in aliases if len(a) > 3 and _squash(kind).endswith(a)]
        return aliases[max(ends, key=len)] if ends else kind

    def ok(pred: str, want: str) -> bool:
        want = canonical(want)
        seen, todo = set(), [pred]
        while todo:
            k = todo.pop()
            if k == want:
                return True
            if k not in seen:
                seen.add(k)
                todo.extend(parents.get(k, ()))
        return False

    return ok


#: Role names a gold file may use for kg's roles.
ROLE_ALIASES = {"target": "patient", "theme": "patient", "object": "patient",
                "from": "origin", "source": "origin", "to": "destination", "goal": "destination",
                "place": "location", "where": "location", "participants": "participant",
                "with": "participant", "recipient": "addressee", "addressees": "addressee",
                "event": "eventObject", "eventobject": "eventObject", "content": "eventObject",
                "actor": "agent", "agents": "agent", "subject": "agent", "by": "agent"}
#: Keys of a gold event's arguments that name its time, not a role.
TIME_KEYS = frozenset({"time", "date", "when"})


def canonical_role(role: str) -> str:
    role = role.split(":", 1)[1] if role.startswith("kg:") else role
    return ROLE_ALIASES.get(role, ROLE_ALIASES.get(role.lower(), role))


def relation_checker() -> Callable[[str, str | list], bool]:
    """pred property == gold relation: the property name, 'kg:orders', or a verb ('order')."""
    lex = lexicon()
    verbs = {word: r.sense.property for word, readings in lex.verbs.items() for r in readings
             if r.sense is not None and r.sense.property}
    verbs.update({s.lemma(): s.property for s in lex.senses()
                  if s.property and s.lemma() not in verbs})

    def ok(pred: str, want) -> bool:
        wants = want if isinstance(want, list) else [want]
        for w in wants:
            w = str(w)
            w = w.split(":", 1)[1] if w.startswith("kg:") else w
            if pred == w or _squash(pred) == _squash(w) or verbs.get(w.lower()) == pred:
                return True
        return False

    return ok


def evaluate_facts(path: Path, nlp, linker=None,
                   thresholds: Iterable[float] = DEFAULT_THRESHOLDS,
                   emission: tuple[float | None, float | None] = (None, None)
                   ) -> FactScores:
    """Run the extractor over every gold passage and score it."""
    passages = read_gold(path)
    needs_qids = any(_QID.match(str(v)) for p in passages for v in _gold_values(p))
    if needs_qids and linker is None:
        linker = make_linker("offline")
    kind_ok = kind_checker()
    relation_ok = relation_checker()
    scores = FactScores()
    thresholds = tuple(thresholds)
    readable = text_recaser(nlp)  # as kg build reads them
    docs = nlp.pipe([readable(p.text) for p in passages])
    for passage, doc in zip(passages, docs):
        article = Article(text=doc.text, source=f"gold:{passage.id}",
                          retrieved=datetime.now(timezone.utc), published=passage.date)
        extraction = extract(doc, article, *emission)
        qids = {}
        if needs_qids:
            qids = {k: link.qid for k, link in linker.link(extraction).items()}
        score_extraction(passage, extraction, scores, qids, kind_ok, thresholds, relation_ok)
    return scores


def _gold_values(p: GoldPassage) -> Iterable[str]:
    for f in p.facts:
        yield from (str(f["subject"]), str(f["object"]))
    for e in p.events:
        for v in (e.get("arguments") or {}).values():
            yield from (map(str, v) if isinstance(v, list) else (str(v),))
