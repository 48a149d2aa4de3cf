"""Derive kg's event nouns without a nominal suffix from WordNet 3.0 and PropBank.

    python scripts/derive_event_nouns.py WORDNET_DICT_DIR [-o kg/data/extract/event_nouns.json]

WORDNET_DICT_DIR holds WordNet 3.0's ``index.noun`` and ``data.noun`` (Debian's
``wordnet-base`` installs them in /usr/share/wordnet). The frame lexicon reads a PropBank
noun alias as an event on its own when it ends in a nominal suffix ("withdrawal",
"killing"); the others ("campaign", "run", "spread", "plan", "view", "way", "copy") are
mostly no event, so they are read only under a light verb. This script keeps those of
them whose **first** (most frequent) WordNet sense is filed as an act, an event or a
process (``noun.act``, ``noun.event``, ``noun.process``): "campaign", "run", "spread",
"use", "outbreak", not "plan" (cognition), "copy" (communication), "march" (time: the
month), "end" (location) or "way" (attribute). The output maps each such noun to its
lexicographer file.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: WordNet 3.0's lexicographer files, by number (``lexnames``).
LEXNAMES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact "
            "noun.attribute noun.body noun.cognition noun.communication noun.event "
            "noun.feeling noun.food noun.group noun.location noun.motive noun.object "
            "noun.person noun.phenomenon noun.plant noun.possession noun.process "
            "noun.quantity noun.relation noun.shape noun.state noun.substance noun.time"
            ).split()
EVENT_FILES = frozenset({"noun.act", "noun.event", "noun.process"})


def first_senses(wordnet: Path) -> dict[str, str]:
    """Noun -> the lexicographer file of its first WordNet sense."""
    offsets: dict[str, int] = {}
    for line in (wordnet / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):  # the licence header
            continue
        parts = line.split()
        pointers = int(parts[3])
        offsets[parts[0]] = int(parts[4 + pointers + 2])  # synset offsets follow
    out = {}
    with open(wordnet / "data.noun", "rb") as data:
        for word, offset in offsets.items():
            data.seek(offset)
            out[word] = LEXNAMES[int(data.readline().split()[1])]
    return out


def derive(wordnet: Path, propbank: Path, curated: Path) -> dict:
    # the suffix rule lives in kg.extract.frames; import lazily so the script runs alone
    sys.path.insert(0, str(REPO))
    from kg.extract.frames import _NOMINAL_SUFFIXES

    pb = json.loads(gzip.decompress(propbank.read_bytes()))
    cur = json.loads(curated.read_text(encoding="utf-8"))
    senses = first_senses(wordnet)
    nouns = {w: senses[w] for w in pb["nouns"]
             if " " not in w and "-" not in w and not w.endswith(_NOMINAL_SUFFIXES)
             and w not in cur["nouns"] and senses.get(w) in EVENT_FILES}
    return {
        "_comment": "PropBank noun aliases without a nominal suffix whose first WordNet 3.0 "
                    "sense is an act, event or process: kg.extract.frames reads them as "
                    "events on their own, like 'withdrawal' (derived by "
                    "scripts/derive_event_nouns.py; see docs/extraction.md, sixty-third "
                    "iteration)",
        "_source": "PropBank frame files 3.4 (nouns) and WordNet 3.0 (first sense's "
                   "lexicographer file)",
        "_licence": "WordNet 3.0 Copyright 2006 by Princeton University. All rights "
                    "reserved. (WordNet 3.0 licence: use, copy, modify and distribute "
                    "with this notice; provided AS IS, without warranties.) PropBank: "
                    "CC BY-SA 4.0",
        "nouns": dict(sorted(nouns.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path)
    parser.add_argument("-o", "--out", type=Path,
                        default=REPO / "kg" / "data" / "extract" / "event_nouns.json")
    args = parser.parse_args()
    if not (args.wordnet / "index.noun").is_file():
        sys.exit(f"derive_event_nouns: no WordNet index.noun in {args.wordnet}")
    data = derive(args.wordnet, REPO / "kg" / "data" / "extract" / "propbank.json.gz",
                  REPO / "kg" / "data" / "extract" / "senses.json")
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    print(f"{len(data['nouns'])} event nouns -> {args.out}")


if __name__ == "__main__":
    main()
