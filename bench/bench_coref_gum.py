"""kg's pronoun resolution scored against GUM's gold coreference chains.

``python bench/bench_coref_gum.py [--split train,dev] [--wrong] [--unresolved]`` runs kg's
real pipeline over the GUM Wikinews articles of the given splits
(``../shared/news-dev/gum-wikinews.jsonl``: text CC BY 2.5 "Wikinews contributors", GUM
annotations CC BY 4.0) and scores every third-person pronoun kg resolves. The test split is
refused: it stays for a release.

A resolution is right when GUM's chain holding the pronoun also holds a mention of the
entity kg gave it: each of the entity's other mentions (its names and descriptions; its
other pronouns only when it has nothing else) is matched to the smallest GUM mention it
heads (not one it only modifies: "Microsoft" in "Microsoft's Internet Explorer 6", a
possessor GUM does not mark on its own, is no mention of the browser), or, where no GUM
mention holds it, to the GUM mentions overlapping it. A pronoun GUM gives
no chain (a singleton, or no mention at all: a pleonastic "it") that kg resolves is wrong.
Precision is over kg's resolutions; recall is the share of GUM's pronouns that have a
chain of more than one mention and that kg resolves rightly.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.bench_linking_dev import GUM  # noqa: E402  (the GUM file, found as there)

#: The third-person pronoun forms scored, by the group the report gives.
FORMS = {
    "he/she": frozenset("he him his himself she her hers herself".split()),
    "it/its": frozenset("it its itself".split()),
    "they": frozenset("they them their theirs themselves".split()),
}
ALL_FORMS = frozenset().union(*FORMS.values())
#: Splits the scorer may read: GUM's test split is scored once per release, never here.
ALLOWED_SPLITS = frozenset({"train", "dev"})


def form_group(word: str) -> str | None:
    """The report group of a pronoun ("its" -> "it/its"), None for another word."""
    low = word.lower()
    return next((group for group, words in FORMS.items() if low in words), None)


@dataclass
class Case:
    """One pronoun: GUM's, kg's, or both."""

    article: str
    start: int
    end: int
    text: str
    group: str
    resolved_to: str | None = None  # kg's entity name, None when kg left it unresolved
    gold_chain: bool = False  # GUM gives it a chain of more than one mention
    right: bool = False
    gold_antecedent: str = ""
    context: str = ""
    nearest_named: str = ""  # GUM chain's nearest earlier mention that is no pronoun


@dataclass
class Scores:
    cases: list[Case] = field(default_factory=list)

    def table(self) -> dict[str, dict[str, float]]:
        """Per group and overall: resolved, right, precision, gold pronouns, recall."""
        out: dict[str, dict[str, float]] = {}
        for group in [*FORMS, "all"]:
            mine = [c for c in self.cases if group in ("all", c.group)]
            resolved = [c for c in mine if c.resolved_to is not None]
            right = sum(c.right for c in resolved)
            gold = [c for c in mine if c.gold_chain]
            found = sum(c.right for c in gold)
            out[group] = {"resolved": len(resolved), "right": right,
                          "precision": right / len(resolved) if resolved else 0.0,
                          "gold": len(gold), "gold_resolved_right": found,
                          "recall": found / len(gold) if gold else 0.0,
                          "gold_resolved": sum(c.resolved_to is not None for c in gold)}
        return out

    def report(self) -> str:
        lines = [f"{'form':8} {'resolved':>8} {'right':>6} {'P':>6} {'gold':>5} "
                 f"{'res.':>5} {'R':>6}"]
        for group, row in self.table().items():
            lines.append(f"{group:8} {row['resolved']:8d} {row['right']:6d} "
                         f"{row['precision']:6.3f} {row['gold']:5d} {row['gold_resolved']:5d} "
                         f"{row['recall']:6.3f}")
        return "\n".join(lines)


#: Words that open a post-modifier of a noun phrase: a name followed by one inside GUM's
#: mention is that mention's head ("Nick Bos, of the University of Helsinki").
POSTMODIFIER_OPENERS = frozenset("""of from in at on for with who whom whose which that
and or to by as""".split())


def _heads(span: tuple[int, int], mention: dict, text: str) -> bool:
    """Whether a kg mention at ``span`` inside GUM's ``mention`` is its head, not a
    modifier: it ends the mention (a closing "'s" or punctuation aside) or a post-modifier
    follows it. A possessor ("Microsoft's Internet Explorer 6") or a compound modifier
    ("Scientology officials") is another entity than the phrase."""
    rest = text[span[1]:mention["span"][1]].strip()
    if rest.startswith(("'s", "\u2019s", "'", "\u2019")):
        return rest.lstrip("'\u2019s").strip(" .,;:") == ""
    if not rest or rest[0] in ",;:()-\u2013\u2014\"":
        return True
    return rest.split()[0].lower() in POSTMODIFIER_OPENERS


def _chains_of(span: tuple[int, int], gold: list[dict], text: str) -> set[str]:
    """GUM's chains a kg mention at ``span`` belongs to: the smallest GUM mention it heads
    (GUM nests mentions: "Nick Bos, of the University of Helsinki" holds "the University
    of Helsinki"); none when it only modifies GUM's phrases; where no GUM mention holds
    it, every GUM mention overlapping it."""
    s, e = span
    holding = [g for g in gold if g["span"][0] <= s and e <= g["span"][1]]
    if holding:
        headed = [g for g in holding if _heads(span, g, text)]
        if not headed:
            return set()
        size = min(g["span"][1] - g["span"][0] for g in headed)
        return {g["cluster"] for g in headed if g["span"][1] - g["span"][0] == size}
    return {g["cluster"] for g in gold if g["span"][0] < e and s < g["span"][1]}


def score_article(article_id: str, text: str, gold: list[dict],
                  entities: list[tuple[str, list[tuple[int, int, str]]]]) -> list[Case]:
    """Score one article. ``gold``: GUM's mentions ({span, text, cluster}); ``entities``:
    kg's entities as (name, [(start, end, kind)]), kind "pronoun" for a resolved pronoun."""
    sizes = Counter(g["cluster"] for g in gold)
    gold_at = {tuple(g["span"]): g for g in gold}
    cases: dict[tuple[int, int], Case] = {}
    for g in gold:
        group = form_group(g["text"].strip())
        if group is None:
            continue
        s, e = g["span"]
        chain = sizes[g["cluster"]] > 1
        first = next((o["text"] for o in gold if o["cluster"] == g["cluster"]
                      and form_group(o["text"]) is None), "")
        cases[(s, e)] = Case(article_id, s, e, text[s:e], group, gold_chain=chain,
                             gold_antecedent=first, context=_context(text, s, e),
                             nearest_named=_nearest_named(g, gold))
    for name, mentions in entities:
        others = [(s, e) for s, e, kind in mentions if kind != "pronoun"]
        for s, e, kind in mentions:
            group = form_group(text[s:e])
            if kind != "pronoun" or group is None:
                continue
            antecedents = others or [(a, b) for a, b, k in mentions if (a, b) != (s, e)]
            case = cases.get((s, e)) or Case(article_id, s, e, text[s:e], group,
                                             context=_context(text, s, e))
            cases[(s, e)] = case
            case.resolved_to = name
            g = gold_at.get((s, e))
            if g is None or not case.gold_chain:
                case.right = False  # no chain in GUM: a pleonastic "it" or a singleton
                continue
            case.right = any(g["cluster"] in _chains_of(span, gold, text) for span in antecedents)
    return sorted(cases.values(), key=lambda c: c.start)


def _nearest_named(mention: dict, gold: list[dict]) -> str:
    """The last mention of ``mention``'s GUM chain before it that is no pronoun, with its
    distance in characters ("Jones (120)"); "" when the chain has none before it."""
    before = [o for o in gold if o["cluster"] == mention["cluster"]
              and o["span"][1] <= mention["span"][0] and form_group(o["text"].strip()) is None]
    if not before:
        return ""
    last = max(before, key=lambda o: o["span"][0])
    return f"{last['text']} ({mention['span'][0] - last['span'][1]})"


def _context(text: str, start: int, end: int, width: int = 90) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + 30].replace("\n", " ")
    return f"{left}[{text[start:end]}]{right}"


def gum_articles(splits: list[str], gum: Path = GUM) -> list[dict]:
    """The GUM articles of ``splits`` (train and dev only)."""
    if not set(splits) <= ALLOWED_SPLITS:
        raise SystemExit("the GUM test split is scored once per release, not here")
    out = []
    for line in gum.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        if article["split"] in splits:
            out.append(article)
    return out


def run(splits: list[str]) -> Scores:
    """Run kg's pipeline over the articles and score its pronouns."""
    from kg import nlp as kg_nlp
    from kg.model import Article
    from kg.pipeline import extract_articles

    articles = gum_articles(splits)
    retrieved = datetime.now(timezone.utc)
    inputs = [Article(text=a["text"], source=f"gum#{a['id']}", title=a["title"] or None,
                      retrieved=retrieved) for a in articles]
    scores = Scores()
    for article, extraction in zip(articles, extract_articles(inputs, kg_nlp.load())):
        entities = [(e.name, [(m.start, m.end, m.kind) for m in e.mentions])
                    for e in extraction.entities]
        scores.cases.extend(score_article(article["id"], article["text"],
                                          article["entities"], entities))
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train,dev")
    parser.add_argument("--wrong", action="store_true", help="list the wrong resolutions")
    parser.add_argument("--unresolved", action="store_true",
                        help="list GUM's chained he/she pronouns kg leaves unresolved, with "
                             "the chain's nearest earlier named mention")
    parser.add_argument("--dump", type=Path, help="write every case as JSON lines")
    args = parser.parse_args()
    scores = run(args.split.split(","))
    print(scores.report())
    if args.wrong:
        for c in scores.cases:
            if c.resolved_to is not None and not c.right:
                chain = c.gold_antecedent if c.gold_chain else "(no GUM chain)"
                print(f"{c.article}\t{c.text}\t-> {c.resolved_to}\tGUM: {chain}\t{c.context}")
    if args.unresolved:
        for c in scores.cases:
            if c.group == "he/she" and c.gold_chain and c.resolved_to is None:
                near = c.nearest_named or "(no named mention before it)"
                print(f"{c.article}\t{c.text}\tGUM: {near}\t{c.context}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for c in scores.cases:
                out.write(json.dumps(c.__dict__, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
