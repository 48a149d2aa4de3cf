"""Derive kg's frame data from the PropBank 3.4 frame files.

    python scripts/derive_propbank.py [FRAMES_DIR] [-o kg/data/extract/propbank.json.gz]

FRAMES_DIR defaults to ../shared/propbank-frames/frames (PropBank frames, CC BY-SA 4.0,
github.com/propbank/propbank-frames). The output keeps, for every roleset, its numbered
roles (PropBank function tag and the VerbNet thematic role most of its role links name),
whether its intransitive subject is the undergoer (the ARG0 is an outside causer:
"the building collapsed") or, by PropBank's own examples, the actor ("humans breathe",
"life can survive": an ARG0 alone before an active verb, never an ARG1 alone), which
prepositions introduce each role in PropBank's own annotated examples, and the words
that evoke it: verbs (with particles: "take out"), nouns ("withdrawal", "killing"),
adjectives and light-verb constructions ("make decision"). The derived file is CC
BY-SA 4.0 like its source and says so in its header; kg's curated mapping to event
kinds and properties is ``kg/data/extract/senses.json``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FRAMES = REPO.parent.parent / "shared" / "propbank-frames" / "frames"
if not DEFAULT_FRAMES.is_dir():
    DEFAULT_FRAMES = REPO.parent / "shared" / "propbank-frames" / "frames"
PREPOSITIONS = frozenset("""about above across after against along among around as at before
behind below beneath beside between beyond by despite down during except for from in inside
into like near of off on onto out outside over past per since through throughout till to
toward towards under until up upon via with within without""".split())
_CAUSER = re.compile(r"\b(caus|outside|external|instigat)", re.I)


def _vn_role(role: ET.Element) -> str:
    """The VerbNet role most of the role's links name (latest VerbNet first on ties)."""
    names = Counter(link.text.strip().lower() for link in role.iter("rolelink")
                    if link.get("resource") == "VerbNet" and link.text)
    return names.most_common(1)[0][0] if names else ""


#: Forms before a verb that make its clause passive ("was killed", "got hurt").
_PASSIVE_AUX = frozenset("be is was were been being are 's 're am get got gets getting "
                         "gotten become became".split())
#: Words that may stand between such an auxiliary and the verb ("was not killed").
_BETWEEN = frozenset("not n't also already still just never being been recently reportedly "
                     "allegedly widely later then all both".split())


def _lone_subjects(roleset: ET.Element) -> tuple[int, int]:
    """How many of the roleset's annotated examples use the verb actively with one core
    argument, its subject: (ARG0 alone, ARG1 alone). "the building collapsed" counts for
    ARG1, "Mr. Icahn breathing down his neck" for ARG0; passives do not count."""
    alone = Counter()
    for example in roleset.iter("example"):
        text, marked = example.find("text"), example.find("propbank")
        rel = marked.find("rel") if marked is not None else None
        if text is None or not text.text or rel is None:
            continue
        tokens = text.text.split()
        try:
            at = int((rel.get("relloc") or "").split()[0])
        except (ValueError, IndexError):
            continue
        if at >= len(tokens):
            continue
        k = at - 1
        while k >= 0 and tokens[k].lower() in _BETWEEN:
            k -= 1
        if "passive" in (example.get("name") or "").lower() or (
                k >= 0 and tokens[k].lower() in _PASSIVE_AUX and
                re.search(r"(ed|en|t|n)$", tokens[at].lower())):
            continue
        core: dict[str, list[int]] = defaultdict(list)
        for arg in marked.iter("arg"):
            kind = arg.get("type", "")
            if re.fullmatch(r"ARG[0-5]", kind):
                try:
                    core[kind].append(int(arg.get("end", "")))
                except ValueError:
                    continue
        before = {kind for kind, ends in core.items() if any(e < at for e in ends)}
        if before == {"ARG0"} and "ARG1" not in core:
            alone["0"] += 1
        elif before == {"ARG1"} and "ARG0" not in core:
            alone["1"] += 1
    return alone["0"], alone["1"]


def _preps(roleset: ET.Element) -> dict[str, list[str]]:
    """Argument number -> prepositions that open it in the examples, commonest first."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for arg in roleset.iter("arg"):
        kind = arg.get("type", "")
        if not kind.startswith("ARG") or not kind[3:4].isdigit() or not arg.text:
            continue
        first = arg.text.split()[0].lower() if arg.text.split() else ""
        if first in PREPOSITIONS:
            seen[kind[3]][first] += 1
    return {n: [p for p, _ in c.most_common(4)] for n, c in sorted(seen.items())}


def _frameset(path: Path) -> ET.Element:
    """A frame file's root. A few are not well-formed in their annotated examples
    (check.xml's "<arg ...>in</rel>", rend.xml's unquoted src), which kg does not read:
    such a file is read again without its examples, not skipped (check.01 "examine" was
    lost with its examples)."""
    try:
        return ET.parse(path).getroot()
    except ET.ParseError:
        text = path.read_text(encoding="utf-8")
        return ET.fromstring(_EXAMPLE.sub("", text))


#: An annotated example of a roleset, from its opening tag to its closing one.
_EXAMPLE = re.compile(r"<example\b.*?</example>", re.S)


def derive(frames: Path) -> dict:
    rolesets: dict[str, dict] = {}
    words: dict[str, dict[str, list[str]]] = {"v": defaultdict(list), "n": defaultdict(list),
                                              "j": defaultdict(list), "l": defaultdict(list)}
    for path in sorted(frames.glob("*.xml")):
        try:
            root = _frameset(path)
        except ET.ParseError as exc:
            print(f"derive_propbank: skipped {path.name}: {exc}", file=sys.stderr)
            continue
        for roleset in root.iter("roleset"):
            rid = roleset.get("id", "")
            if not rid or rid.endswith(".LV"):
                continue
            roles = {}
            for role in roleset.iter("role"):
                n = role.get("n", "")
                if not n.isdigit():
                    continue
                roles[n] = [role.get("f", "").upper(), _vn_role(role),
                            (role.get("descr") or "").strip()[:60]]
            arg0 = roles.get("0")
            entry = {"name": (roleset.get("name") or "")[:80], "roles": roles}
            if arg0 is None or _CAUSER.search(arg0[2]):
                entry["undergoer_subject"] = True
            else:
                actor, undergoer = _lone_subjects(roleset)
                if actor and not undergoer:
                    entry["actor_subject"] = True
            preps = _preps(roleset)
            if preps:
                entry["preps"] = preps
            rolesets[rid] = entry
            for alias in roleset.iter("alias"):
                pos, text = alias.get("pos"), (alias.text or "").strip().lower()
                if pos in words and text:
                    key = text.replace("_", " ")
                    if rid not in words[pos][key]:
                        words[pos][key].append(rid)
    return {
        "_source": "PropBank frame files 3.4 (github.com/propbank/propbank-frames), "
                   "derived by scripts/derive_propbank.py",
        "_licence": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this "
                    "derived file is shared under the same licence",
        "_credit": "PropBank: Palmer, Gildea and Kingsbury (2005); Bonial et al., PropBank "
                   "frames (University of Colorado Boulder and contributors)",
        "rolesets": rolesets,
        "verbs": {k: v for k, v in sorted(words["v"].items())},
        "nouns": {k: v for k, v in sorted(words["n"].items())},
        "adjectives": {k: v for k, v in sorted(words["j"].items())},
        "light_verbs": {k: v for k, v in sorted(words["l"].items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frames", nargs="?", type=Path, default=DEFAULT_FRAMES)
    parser.add_argument("-o", "--out", type=Path,
                        default=REPO / "kg" / "data" / "extract" / "propbank.json.gz")
    args = parser.parse_args()
    if not args.frames.is_dir():
        sys.exit(f"derive_propbank: no frame files in {args.frames}")
    data = derive(args.frames)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    # mtime=0: the same frames give the same bytes
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(text.encode("utf-8"))
    print(f"{len(data['rolesets'])} rolesets, {len(data['verbs'])} verbs, "
          f"{len(data['nouns'])} nouns, {len(data['light_verbs'])} light-verb "
          f"constructions -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
