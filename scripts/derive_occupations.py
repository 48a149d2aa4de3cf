"""Derive kg's occupation words from open Wikidata records.

    python scripts/derive_occupations.py [SOURCES_DIR] [-o kg/data/extract/occupations.json]

SOURCES_DIR defaults to ../shared/wikidata-sources: FB15k's Wikidata labels
(fb15k/entity2wikidata.json, MIT) and CoDEx's P31 types (codex/entity2types.json, MIT).
An occupation is an item whose P31 types include the class most of a few everyday
occupations share (found from the data: "actor", "journalist", ... are looked up by label
and their commonest type taken, not written in), and its word is the item's English
label. The role step reads these as job titles ("English mathematician John Conway").
"""
from __future__ import annotations

import argparse
import json
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="?", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("-o", "--out", type=Path,
                        default=REPO / "kg" / "data" / "extract" / "occupations.json")
    args = parser.parse_args(argv)
    fb15k = json.loads((args.sources / "fb15k" / "entity2wikidata.json").read_text())
    types = json.loads((args.sources / "codex" / "entity2types.json").read_text())
    cls, words = occupations(fb15k, types)
    data = {
        "_comment": "Occupation words (job titles) derived by scripts/derive_occupations.py "
                    "from FB15k's Wikidata labels (github.com/villmow/"
                    "datasets_knowledge_embedding, MIT) and CoDEx's P31 types "
                    "(github.com/tsafavi/codex, MIT): the English labels of the items of "
                    f"class {cls}, the class most everyday occupations have. Read by "
                    "kg.extract.roles as jobs besides roles.json's. The sources' "
                    "licences ship in kg/data/wikidata/licences/.",
        "occupation_class": cls,
        "occupations": words,
    }
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(words)} occupations of {cls} -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
