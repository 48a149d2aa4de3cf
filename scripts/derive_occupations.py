"""Derive kg's occupation words from open Wikidata records.

    python scripts/derive_occupations.py [SOURCES_DIR] [-o kg/data/extract/occupations.json]

SOURCES_DIR defaults to ../shared/wikidata-sources: FB15k's Wikidata labels
(fb15k/entity2wikidata.json, MIT) and CoDEx's P31 types (codex/entity2types.json, MIT).
An occupation is an item whose P31 types include the class most of a few everyday
occupations share (found from the data: "actor", "journalist", ... are looked up by label
and their commonest type taken, not written in), and its word is the item's English
label; or a noun for one who does something that ends what two or more people's (Q5)
English descriptions say they are ("American astrophysicist", "author and playwright"). The role step reads these as job titles ("English mathematician John Conway").
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = REPO.parent.parent / "shared" / "wikidata-sources"
if not DEFAULT_SOURCES.is_dir():
    DEFAULT_SOURCES = REPO.parent / "shared" / "wikidata-sources"
#: Everyday occupations whose commonest P31 type is taken as the occupation class.
PROBES = ("actor", "journalist", "politician", "singer", "engineer", "mathematician",
          "songwriter", "film director")
#: Labels of the class that name a field, not a person who works in it.
FIELDS = frozenset({"medicine", "civil engineering"})
#: The class of people (Q5, "human"), whose descriptions name what they do.
PEOPLE = "Q5"
#: Endings of a noun for one who does something: a description's last word without one
#: ("film", "stage", "television" in "film and stage actor") names no occupation.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ess", "ant", "ent", "man", "woman", "eer", "ee")
#: Such nouns that say whose or how good, not what one does ("son and father", "award
#: winner", "film maker" cut after its first word).
NOT_OCCUPATIONS = frozenset({"father", "mother", "winner", "maker", "member", "speaker"})
#: Words that end the part of a description that says what one is ("American actor who
#: ...", "writer born in ...", "president of Chile").
_DESCRIPTION_END = re.compile(r"[;(]| who | born | from | of | for | in | at | best known")


def occupations(fb15k: dict, types: dict[str, list[str]]) -> tuple[str, list[str]]:
    """(the occupation class, the sorted lower-case labels of its items)."""
    by_label: dict[str, list[str]] = {}
    for record in fb15k.values():
        by_label.setdefault(record["label"].lower(), []).append(record["wikidata_id"])
    votes = Counter(t for word in PROBES for qid in by_label.get(word, ())
                    for t in types.get(qid, ()))
    if not votes:
        raise SystemExit("none of the probe occupations is in the sources")
    cls = votes.most_common(1)[0][0]
    words = {r["label"].lower() for r in fb15k.values()
             if cls in types.get(r["wikidata_id"], ())}
    return cls, sorted(w for w in words - FIELDS if w.replace(" ", "").replace("-", "").isalpha())


def described_occupations(fb15k: dict, types: dict[str, list[str]], least: int = 2
                           ) -> list[str]:
    """The nouns that end what people's English descriptions say they are ("Irish actor,
    singer, film director and writer": actor, singer, director, writer), each in the
    descriptions of at least ``least`` people, with an agent noun's ending."""
    votes: Counter[str] = Counter()
    for record in fb15k.values():
        if PEOPLE not in types.get(record["wikidata_id"], ()):
            continue
        said = _DESCRIPTION_END.split((record.get("description") or "").lower())[0]
        for part in re.split(r",| and | & ", said):
            words = part.strip().split()
            if words and words[-1].isalpha():
                votes[words[-1]] += 1
    return sorted(w for w, n in votes.items() if n >= least and w.endswith(AGENT_ENDINGS)
                  and w not in NOT_OCCUPATIONS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="?", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("-o", "--out", type=Path,
                        default=REPO / "kg" / "data" / "extract" / "occupations.json")
    args = parser.parse_args(argv)
    fb15k = json.loads((args.sources / "fb15k" / "entity2wikidata.json").read_text())
    types = json.loads((args.sources / "codex" / "entity2types.json").read_text())
    cls, words = occupations(fb15k, types)
    described = [w for w in described_occupations(fb15k, types) if w not in words]
    words = sorted(set(words) | set(described))
    data = {
        "_comment": "Occupation words (job titles) derived by scripts/derive_occupations.py "
                    "from FB15k's Wikidata labels (github.com/villmow/"
                    "datasets_knowledge_embedding, MIT) and CoDEx's P31 types "
                    "(github.com/tsafavi/codex, MIT): the English labels of the items of "
                    f"class {cls}, the class most everyday occupations have, and the "
                    "nouns for one who does something that end what two or more people's "
                    "(class Q5) descriptions say they are ('American astrophysicist'). "
                    "Read by "
                    "kg.extract.roles as jobs besides roles.json's. The sources' "
                    "licences ship in kg/data/wikidata/licences/.",
        "occupation_class": cls,
        "occupations": words,
    }
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(words)} occupations of {cls} and people's descriptions "
          f"({len(described)} from these) -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
