"""Derive kg's given names and the gender they tell from open Wikidata records.

    python scripts/derive_given_names.py [SOURCES_DIR] [-o kg/data/extract/given_names.json]

SOURCES_DIR defaults to ../shared/wikidata-sources. Two sources say who is a woman or a
man: the US Congress records (congress/*.yaml, CC0: ``name.first`` and ``bio.gender``)
and FB15k's Wikidata labels and descriptions (fb15k/entity2wikidata.json, MIT) of people
(the P31 class of CoDEx's types, codex/entity2types.json, MIT, that the Congress members'
own items have: found from the data, not written in) whose description says it ("American
actress", "British businessman": the gender words of discourse.json and a few words of
descriptions). A name's gender is kept when at least ``MIN_PEOPLE`` bear it and ``SHARE`` of them agree, and
dropped when the records use it as a surname more often than as a given name ("Scott"),
or when it opens a name written surname first ("Kim Ki-duk": "Kim" is a family name
there, whoever else bears it as a given name). Read by kg.extract.coref: "he" is not a
person whose given name says she is a woman.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO.parent.parent / "shared" / "wikidata-sources"
if not DEFAULT_SOURCES.is_dir():
    DEFAULT_SOURCES = REPO.parent / "shared" / "wikidata-sources"
#: Share of a name's people who must agree on its gender, and how many there must be: one
#: record alone misleads about one name in twelve (Ali Larter makes "Ali" a woman's name,
#: Bryce Dallas Howard "Bryce", a Jess a man's), two or more seldom.
SHARE = 0.75
MIN_PEOPLE = 2
#: Description words beside discourse.json's title words: Wikidata describes most people
#: of FB15k by an occupation, and these are the ones written by gender.
FEMALE_EXTRA = ("actress", "sportswoman", "stateswoman", "comedienne", "songstress",
                "ballerina", "heiress", "empress", "countess", "baroness")
MALE_EXTRA = ("actor", "sportsman", "statesman", "emperor", "baron")
_NAME = re.compile(r"[A-Z][a-z]+")
#: a Korean or Chinese given name written after the family name ("Ki-duk", "Yun-fat")
_SURNAME_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _congress(folder: Path) -> list[tuple[str, str, str, str]]:
    """(first name, last name, gender, QID) of each Congress record (a line reader: the
    files are regular, and kg needs no YAML parser for this)."""
    out = []
    for path in sorted(folder.glob("*.yaml")):
        first = last = qid = None
        for line in path.read_text().splitlines():
            if line.startswith("- "):
                first = last = qid = None
            m = re.match(r"\s+(first|last|wikidata|gender): (.+)", line)
            if not m:
                continue
            value = m[2].strip().strip("'\"")
            if m[1] == "first":
                first = value
            elif m[1] == "last":
                last = value
            elif m[1] == "wikidata":
                qid = value
            elif first and last:
                out.append((first, last, value.lower(), qid or ""))
    return out


def given_names(sources: Path) -> tuple[str, dict[str, str], Counter]:
    """(the people class, given name -> "f"/"m", votes per source)."""
    discourse = json.loads((REPO / "kg" / "data" / "extract" / "discourse.json").read_text())
    female = re.compile(r"\b(%s)\b" % "|".join(
        map(re.escape, [*discourse["female_words"], *FEMALE_EXTRA])), re.I)
    male = re.compile(r"\b(%s)\b" % "|".join(
        map(re.escape, [*discourse["male_words"], *MALE_EXTRA])), re.I)
    fb15k = json.loads((sources / "fb15k" / "entity2wikidata.json").read_text())
    types = json.loads((sources / "codex" / "entity2types.json").read_text())
    congress = _congress(sources / "congress")
    classes = Counter(t for *_, qid in congress for t in types.get(qid, ()))
    if not classes:
        raise SystemExit("no Congress record has CoDEx types: no class of people found")
    people = classes.most_common(1)[0][0]
    votes: dict[str, Counter] = defaultdict(Counter)
    given, surname, sources_used = Counter(), Counter(), Counter()
    surname_first: set[str] = set()
    for first, last, gender, _ in congress:
        surname[last.lower()] += 1
        if _NAME.fullmatch(first) and gender in ("f", "m"):
            given[first.lower()] += 1
            votes[first.lower()][gender] += 1
            sources_used["congress"] += 1
    for record in fb15k.values():
        if people not in types.get(record.get("wikidata_id", ""), ()):
            continue
        words = (record.get("label") or "").split()
        if len(words) < 2:
            continue
        if _SURNAME_FIRST.fullmatch(words[1]):
            surname_first.add(words[0].lower())
            continue
        given[words[0].lower()] += 1
        surname[words[-1].lower()] += 1
        description = record.get("description") or ""
        is_f, is_m = bool(female.search(description)), bool(male.search(description))
        if is_f != is_m and _NAME.fullmatch(words[0]):
            votes[words[0].lower()]["f" if is_f else "m"] += 1
            sources_used["fb15k"] += 1
    out = {}
    for name, count in sorted(votes.items()):
        gender, n = count.most_common(1)[0]
        if sum(count.values()) < MIN_PEOPLE or n / sum(count.values()) < SHARE or \
                surname[name] > given[name] or \
                name in surname_first:
            continue
        out[name] = gender
    return people, out, sources_used


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="?", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("-o", "--out", type=Path,
                        default=REPO / "kg" / "data" / "extract" / "given_names.json")
    args = parser.parse_args(argv)
    people, names, used = given_names(args.sources)
    data = {
        "_comment": "Given names and the gender their bearers in open Wikidata records "
                    "share, derived by scripts/derive_given_names.py from the US Congress "
                    "records (github.com/unitedstates/congress-legislators, CC0), FB15k's "
                    "Wikidata labels and descriptions (github.com/villmow/"
                    "datasets_knowledge_embedding, MIT) and CoDEx's P31 types "
                    f"(github.com/tsafavi/codex, MIT; people: class {people}). A name is "
                    f"kept when {MIN_PEOPLE} or more bear it and {SHARE:.0%} of them agree, not when the records use "
                    "it more as a surname or open a surname-first name with it. Read by "
                    "kg.extract.coref (a pronoun's gender). The sources' licences ship in "
                    "kg/data/wikidata/licences/.",
        "people_class": people,
        "votes": dict(sorted(used.items())),
        "names": names,
    }
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(names)} given names ({sum(1 for g in names.values() if g == 'f')} f) "
          f"from {dict(used)} -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
