"""Check gold annotation files against GUIDELINES.md (standard library only).

    python3 validate.py FILE.json|FILE.jsonl ...

Each problem is one line naming the article and the item; exit status 1 when any.
It never runs kg: the gold is written before kg reads the article.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROLES = ("agent", "patient", "recipient", "instrument", "location", "origin", "destination",
         "time", "amount")
POLARITY = ("positive", "negative")
MODALITY = ("asserted", "reported", "hedged", "future")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: How far from its evidence an argument may stand (the evidence is part of a sentence).
WINDOW = 400


def manifest() -> dict[str, dict]:
    """Article id -> its manifest entry (split, annotator)."""
    data = json.loads((HERE / "manifest.json").read_text())
    return {a["id"]: a for a in data["articles"]}


def check_article(gold: dict, entries: dict[str, dict]) -> list[str]:
    art = gold.get("id", "?")
    problems: list[str] = []

    def bad(where: str, what: str) -> None:
        problems.append(f"{art}: {where}: {what}")

    if art not in entries:
        bad("id", "not in manifest.json")
    else:
        # the fitting script tells annotators apart by this field: a line without it
        # would silently leave its articles out of a calibration set
        for key in ("split", "annotator"):
            if gold.get(key) != entries[art].get(key):
                bad(key, f"manifest says {entries[art].get(key)!r}")
    for key in ("source_url", "credit", "licence", "date", "text", "scope"):
        if not gold.get(key):
            bad(key, "missing")
    text = gold.get("text", "")
    scope = gold.get("scope") or [0, 0]
    if not (isinstance(scope, list) and len(scope) == 2 and 0 <= scope[0] < scope[1] <= len(text)):
        bad("scope", f"not [start, end) within the text: {scope}")
        scope = [0, len(text)]

    def locate(where: str, item: dict, word_key: str) -> int | None:
        ev = item.get("evidence")
        if not isinstance(ev, str) or not ev:
            bad(where, "no evidence")
            return None
        count = text.count(ev)
        if count != 1:
            bad(where, f"evidence {ev!r} occurs {count} times in the text (must be once)")
            return None
        at = text.index(ev)
        if not (scope[0] <= at and at + len(ev) <= scope[1]):
            bad(where, f"evidence {ev!r} is outside the scope")
        word = item.get(word_key)
        if word is not None and word not in ev:
            bad(where, f"{word_key} {word!r} is not inside the evidence {ev!r}")
        return at

    def near(where: str, at: int, key: str, value) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value:
            bad(where, f"{key} must be a verbatim string or null")
            return
        lo, hi = max(0, at - WINDOW), min(len(text), at + WINDOW)
        if value not in text[lo:hi]:
            bad(where, f"{key} {value!r} is not verbatim near the evidence")

    def ref(where: str, key: str, value) -> None:
        if value is not None and (not isinstance(value, str) or value not in text):
            bad(where, f"{key} {value!r} is not verbatim in the article")

    for n, fact in enumerate(gold.get("facts", [])):
        where = f"facts[{n}]"
        at = locate(where, fact, "trigger")
        if not fact.get("trigger") or not fact.get("lemma"):
            bad(where, "trigger and lemma are required")
        unknown = set(fact) - {"evidence", "trigger", "lemma", "polarity", "modality", "date",
                               "notes"} - set(ROLES) - {f"{r}_ref" for r in ROLES}
        if unknown:
            bad(where, f"unknown keys {sorted(unknown)}")
        if not (fact.get("agent") or fact.get("patient")):
            bad(where, "a fact needs an agent or a patient")
        if fact.get("polarity", "positive") not in POLARITY:
            bad(where, f"polarity {fact.get('polarity')!r}")
        if fact.get("modality", "asserted") not in MODALITY:
            bad(where, f"modality {fact.get('modality')!r}")
        if fact.get("date") is not None and not DATE.match(str(fact["date"])):
            bad(where, f"date {fact['date']!r} is not YYYY[-MM[-DD]]")
        if at is not None:
            for role in ROLES:
                near(where, at, role, fact.get(role))
                ref(where, f"{role}_ref", fact.get(f"{role}_ref"))
    for n, role in enumerate(gold.get("roles", [])):
        where = f"roles[{n}]"
        at = locate(where, role, None)
        if not role.get("holder") or not role.get("role"):
            bad(where, "holder and role are required")
        if at is not None:
            for key in ("holder", "organization"):
                near(where, at, key, role.get(key))
    for n, claim in enumerate(gold.get("claims", [])):
        where = f"claims[{n}]"
        at = locate(where, claim, "verb")
        if not claim.get("verb") or not claim.get("content"):
            bad(where, "verb and content are required")
        if claim.get("polarity", "positive") not in POLARITY:
            bad(where, f"polarity {claim.get('polarity')!r}")
        ref(where, "speaker_ref", claim.get("speaker_ref"))
        if at is not None:
            for key in ("speaker", "addressee"):
                near(where, at, key, claim.get(key))
            content = claim.get("content")
            if isinstance(content, str) and content not in text:
                bad(where, f"content {content!r} is not verbatim in the article")
    return problems


def main(paths: list[str]) -> int:
    entries = manifest()
    problems: list[str] = []
    for path in paths:
        raw = Path(path).read_text(encoding="utf-8")
        lines = [raw] if path.endswith(".json") else [l for l in raw.splitlines() if l.strip()]
        for line in lines:
            try:
                gold = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}: not JSON: {exc}")
                continue
            problems.extend(check_article(gold, entries))
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
