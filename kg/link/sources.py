"""Open data that pairs Wikidata QIDs with English names: the shipped index's sources.

``../shared/wikidata-sources/`` (see its README) holds six extracts, each under its own
licence; ``SOURCES`` is the one table of them: folder, the files read, licence and
attribution, the reader, and the weight an item gets for being listed (the sources carry
no sitelinks, so an item's popularity is estimated from how many of them list it and
how many names they give it: see ``popularity``).

Every record comes from a source line: its QID, label, aliases and description are the
source's; P31 classes come from CoDEx; kinds (``Person``, ``Organization``) only where
the source says what its items are (members of Congress, parties, ROR organisations).
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.link.places import relate
from kg.link.records import QID, Record


@dataclass
class Partial:
    """What one source says about one item; merged across sources by QID."""

    qid: str
    labels: list[str] = field(default_factory=list)  # best first
    aliases: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    #: places the source says the item belongs to: each a tuple of alternative names
    #: of one place, the common one first (``kg.link.places.relate``)
    places: list[tuple[str, ...]] = field(default_factory=list)


# -- readers: one per source, each yields Partials ------------------------------------------


#: The namespace of a Wikipedia page title that is not an article's
WIKI_NAMESPACE = re.compile(r"^(?:Category|Template|Portal):\s*")


def read_fb15k(folder: Path) -> Iterator[Partial]:
    """FB15k's entity2wikidata.json: label, alternatives, description, Wikipedia URL."""
    data = json.loads((folder / "entity2wikidata.json").read_text(encoding="utf-8"))
    for value in data.values():
        qid = value.get("wikidata_id", "")
        if QID.match(qid) and value.get("label"):
            # "Category:BBC News": a few labels are the title of the item's Wikipedia
            # category page; the name is what follows the namespace
            label = WIKI_NAMESPACE.sub("", value["label"])
            yield Partial(qid, [label], list(value.get("alternatives") or ()),
                          [value.get("description") or ""], sources=["fb15k"])


def read_codex(folder: Path) -> Iterator[Partial]:
    """CoDEx's entity2types.json: QID -> P31 classes (no names: it types other sources' items)."""
    data = json.loads((folder / "entity2types.json").read_text(encoding="utf-8"))
    for qid, types in data.items():
        if QID.match(qid):
            yield Partial(qid, classes=[t for t in types if QID.match(t)], sources=["codex"])


#: name-suggestion-index tags that carry a QID, and the tags naming that item.
_NSI_TAGS = {"brand": ("brand", "brand:en"), "operator": ("operator", "operator:en"),
             "network": ("network", "network:en")}


def read_nsi(folder: Path) -> Iterator[Partial]:
    """NSI's wikidata.json (label, description) and nsi.min.json (the names items go by)."""
    meta = json.loads((folder / "wikidata.json").read_text(encoding="utf-8"))["wikidata"]
    names: dict[str, list[str]] = {}
    brands: set[str] = set()  # operators and networks may be states or cities: no kind
    items = json.loads((folder / "nsi.min.json").read_text(encoding="utf-8"))["nsi"]
    for path, group in items.items():
        if path.split("/")[0] not in ("brands", "operators", "transit"):
            continue  # flags name their subject, not an organisation
        for item in group.get("items", ()):
            tags = item.get("tags", {})
            for key, name_tags in _NSI_TAGS.items():
                qid = tags.get(f"{key}:wikidata", "")
                if not QID.match(qid):
                    continue
                found = names.setdefault(qid, [])
                if key == "brand":
                    brands.add(qid)
                for tag in name_tags:
                    if tags.get(tag):
                        found.append(tags[tag])
                if key == "brand" or tags.get(key) == item.get("displayName"):
                    found.append(item.get("displayName", ""))
    for qid in sorted(set(meta) | set(names), key=lambda q: int(q[1:])):
        if not QID.match(qid):
            continue
        info = meta.get(qid, {})
        own = [n for n in names.get(qid, ()) if n]
        labels = [info["label"]] if info.get("label") else own[:1]
        if labels:
            yield Partial(qid, labels, own, [info.get("description") or ""],
                          kinds=["Organization"] if qid in brands else [], sources=["nsi"])


@lru_cache(maxsize=1)
def iso_countries() -> dict[str, tuple[str, ...]]:
    """ISO 3166-1 alpha-3 code -> English names (kg/data/wikidata/iso3166.tsv)."""
    text = resources.files("kg").joinpath("data", "wikidata", "iso3166.tsv").read_text(
        encoding="utf-8")
    return {code: tuple(names.split(";")) for code, names in
            (line.split("\t", 1) for line in text.splitlines()
             if line.strip() and not line.startswith("#"))}


def read_partyfacts(folder: Path) -> Iterator[Partial]:
    """PartyFacts' Wikipedia import: parties with name, short and native names, and
    their country (an ISO 3166-1 code)."""
    countries = iso_countries()
    with open(folder / "wikidata.csv", encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            qid = row.get("wikidata_id", "")
            if QID.match(qid) and row.get("name"):
                aliases = [row[k] for k in ("name_short", "name_native") if row.get(k)]
                yield Partial(qid, [row["name"]], aliases, ["political party"],
                              kinds=["Organization"], sources=["partyfacts"],
                              places=[countries[row["country"]]]
                              if row.get("country") in countries else [])


_TERMS = {"sen": "United States senator", "rep": "member of the United States House of "
          "Representatives", "prez": "President of the United States",
          "viceprez": "Vice President of the United States"}


def read_congress(folder: Path) -> Iterator[Partial]:
    """unitedstates/congress-legislators: current members and the executive, by name."""
    for name in ("legislators-current.yaml", "executive.yaml"):
        path = folder / name
        if not path.exists():
            continue
        for person in parse_yaml_list(path.read_text(encoding="utf-8")):
            qid = str((person.get("id") or {}).get("wikidata", ""))
            names = person.get("name") or {}
            if not QID.match(qid) or not names.get("last"):
                continue
            first, last = names.get("first", ""), names["last"]
            full = names.get("official_full") or f"{first} {last}".strip()
            aliases = [f"{first} {last}".strip()]
            if names.get("nickname"):
                aliases.append(f"{names['nickname']} {last}")
            if names.get("middle"):
                aliases.append(f"{first} {names['middle']} {last}")
            terms = person.get("terms") or [{}]
            last_term = terms[-1]
            what = _TERMS.get(last_term.get("type", ""), "United States politician")
            detail = ", ".join(str(last_term[k]) for k in ("party", "state") if last_term.get(k))
            yield Partial(qid, [full], aliases, [f"{what} ({detail})" if detail else what],
                          kinds=["Person"], sources=["congress"],
                          places=[("United States", "United States of America")])


_ROR_KINDS = {"education": "educational organisation", "company": "company",
              "government": "government organisation", "facility": "research facility",
              "healthcare": "healthcare organisation", "nonprofit": "non-profit organisation",
              "funder": "funding organisation", "archive": "archive", "other": "organisation"}


def read_ror(folder: Path) -> Iterator[Partial]:
    """ROR's extract: qid, display name ('Boeing (United States)'), aliases, types."""
    with open(folder / "ror_wikidata.tsv", encoding="utf-8") as lines:
        for line in lines:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not QID.match(cols[0]):
                continue
            qid, display, aliases, types = cols[:4]
            country = re.match(r"^(.*\S)\s+\(([^()]+)\)$", display)
            label = country.group(1) if country else display
            kinds = [t.split(":")[-1] for t in types.replace("org:", "").split(",") if t]
            what = next((_ROR_KINDS[k] for k in kinds if k in _ROR_KINDS), "organisation")
            description = f"{what} in {country.group(2)}" if country else what
            yield Partial(qid, [label], [a for a in aliases.split("|") if a], [description],
                          kinds=["Organization"], sources=["ror"],
                          places=[(country.group(2),)] if country else [])


# -- the table -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    name: str
    folder: str  # under wikidata-sources/
    files: tuple[str, ...]  # one of them marks the source as present
    reader: Callable[[Path], Iterable[Partial]]
    weight: int  # pseudo-sitelinks an item earns by being listed here
    licence: str
    attribution: str
    licence_file: str = "LICENSE"


SOURCES: tuple[Source, ...] = (
    Source("fb15k", "fb15k", ("entity2wikidata.json",), read_fb15k, 40, "MIT",
           "FB15k entity2wikidata.json, github.com/villmow/datasets_knowledge_embedding "
           "(Wikidata labels, aliases and descriptions, CC0)"),
    Source("codex", "codex", ("entity2types.json",), read_codex, 30, "MIT",
           "CoDEx, Safavi & Koutra 2020, github.com/tsafavi/codex (Wikidata P31 types)"),
    Source("congress", "congress", ("legislators-current.yaml", "executive.yaml"),
           read_congress, 20, "CC0",
           "github.com/unitedstates/congress-legislators"),
    Source("partyfacts", "partyfacts", ("wikidata.csv",), read_partyfacts, 10, "MIT",
           "Party Facts, Döring & Regel 2019, github.com/hdigital/partyfactsdata",
           "LICENSE.md"),
    Source("nsi", "nsi", ("wikidata.json", "nsi.min.json"), read_nsi, 4, "BSD-3-Clause",
           "name-suggestion-index, github.com/osmlab/name-suggestion-index", "LICENSE.md"),
    Source("ror", "ror", ("ror_wikidata.tsv",), read_ror, 4, "CC0 (data), MIT (repository)",
           "Research Organization Registry, ror.org, github.com/ror-community/ror-records"),
)
BY_NAME = {s.name: s for s in SOURCES}
#: Sources a record needs at least one of: the others (CoDEx) add to records, not make them.
NAMING = frozenset({"fb15k", "congress", "partyfacts", "nsi", "ror"})


def present(folder: Path) -> list[Source]:
    """The sources found in ``folder`` (a wikidata-sources folder or one source's folder)."""
    found = []
    for source in SOURCES:
        for place in (folder / source.folder, folder):
            if all((place / f).exists() for f in source.files[:1]):
                found.append(source)
                break
    return found


def source_folder(folder: Path, source: Source) -> Path:
    sub = folder / source.folder
    return sub if (sub / source.files[0]).exists() else folder


def is_sources_folder(path: Path) -> bool:
    return path.is_dir() and bool(present(path))


# -- merging -------------------------------------------------------------------------------


def _clean_alias(alias: str, label: str) -> str | None:
    """Aliases worth a lookup key: no flags or emoji, no lower-case codes ('be', 'in')."""
    alias = " ".join(alias.split())
    if not alias or alias == label or not any(c.isalpha() for c in alias):
        return None
    if len(alias) <= 3 and not alias.isupper():
        return None  # 'be', 'in': ISO codes, not names
    if any(ord(c) > 0x2FFF and not c.isalpha() for c in alias):
        return None
    return alias


#: P31 classes whose items are prominent (verified against CoDEx's instances): a
#: capital, a metropolis, a sovereign state, a continent. Pseudo-sitelinks they add.
PROMINENT_CLASSES = {
    "Q3624078": 40,  # sovereign state
    "Q6256": 30,  # country
    "Q5107": 40,  # continent
    "Q5119": 60,  # capital city
    "Q174844": 20,  # megacity
    "Q208511": 20,  # global city
    "Q1637706": 15,  # city with millions of inhabitants
    "Q1549591": 10,  # big city
    "Q35657": 15,  # state of the United States
    "Q484652": 15,  # international organisation
}


def popularity(sources: Iterable[str], aliases: int, classes: Iterable[str] = ()) -> int:
    """Pseudo-sitelinks: the weight of each source listing the item, a few per name,
    and a bonus for the classes of prominent items (the sources carry no sitelinks)."""
    return (sum(BY_NAME[s].weight for s in set(sources) if s in BY_NAME)
            + min(30, 3 * aliases) + max((PROMINENT_CLASSES.get(c, 0) for c in classes),
                                         default=0))


def merge(partials: Iterable[Partial]) -> Iterator[Record]:
    """One Record per QID that some naming source lists, sources in ``SOURCES`` order,
    with the places its sources name as its ``related`` items (``kg.link.places``)."""
    order = {s.name: n for n, s in enumerate(SOURCES)}
    by_qid: dict[str, list[Partial]] = {}
    for partial in partials:
        by_qid.setdefault(partial.qid, []).append(partial)
    records: list[Record] = []
    named: dict[str, list[tuple[str, ...]]] = {}
    for qid in sorted(by_qid, key=lambda q: int(q[1:])):
        parts = sorted(by_qid[qid], key=lambda p: order.get(p.sources[0], 99))
        sources = list(dict.fromkeys(s for p in parts for s in p.sources))
        if not NAMING.intersection(sources):
            continue
        label = next((l for p in parts for l in p.labels if l), "")
        if not label:
            continue
        aliases = []
        for p in parts:
            for alias in [*p.labels, *p.aliases]:
                clean = _clean_alias(alias, label)
                if clean and clean not in aliases:
                    aliases.append(clean)
        description = next((d for p in parts for d in p.descriptions if d), "")
        classes = list(dict.fromkeys(c for p in parts for c in p.classes))
        kinds = list(dict.fromkeys(k for p in parts for k in p.kinds))
        places = list(dict.fromkeys(c for p in parts for c in p.places))
        if places:
            named[qid] = places
        records.append(Record(qid=qid, label=label, aliases=tuple(aliases),
                              description=description, classes=tuple(classes),
                              popularity=popularity(sources, len(aliases), classes),
                              kinds=tuple(kinds), sources=tuple(sources)))
    return iter(relate(records, named))


ATTRIBUTION_FILE = "SOURCES.md"
LICENCES_DIR = "licences"


def write_attribution(folders: Iterable[Path], out_dir: Path, counts: dict[str, int]) -> Path:
    """``SOURCES.md`` and each source's licence text, next to the records built from them."""
    lines = ["# Where the shipped Wikidata index comes from", "",
             "Built by `kg link build-index` from these open-data extracts (each under its own",
             "licence, copied into `licences/`). Wikidata's own content is CC0. Every record",
             "names its sources in its `sources` field.", "",
             "| source | items listed | licence | attribution |", "|---|---|---|---|"]
    (out_dir / LICENCES_DIR).mkdir(parents=True, exist_ok=True)
    for folder in folders:
        for source in present(folder):
            lines.append(f"| {source.name} | {counts.get(source.name, 0)} | {source.licence} "
                         f"| {source.attribution} |")
            licence = source_folder(folder, source) / source.licence_file
            if licence.exists():
                (out_dir / LICENCES_DIR / f"{source.name}.txt").write_bytes(licence.read_bytes())
    path = out_dir / ATTRIBUTION_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_sources(folder: Path) -> Iterator[Record]:
    """Merged records of every source found in ``folder``."""
    def partials() -> Iterator[Partial]:
        for source in present(folder):
            yield from source.reader(source_folder(folder, source))
    return merge(partials())


# -- a YAML subset reader (the congress files; PyYAML is no kg dependency) -----------------

_KEY = re.compile(r"^(\s*)(- )?([^:#]+?):(?:\s+(.*))?$")


def _scalar(text: str):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].replace("''", "'") if text[0] == "'" else text[1:-1]
    if re.fullmatch(r"-?[0-9]+", text):
        return int(text)
    return text


def parse_yaml_list(text: str) -> list[dict]:
    """Block-style YAML of a list of mappings (what congress-legislators publishes):
    nested mappings and lists of scalars or mappings, plain or quoted scalars."""
    root: list = []
    # stack of (indent, container); a mapping item's keys sit 2 columns past its dash
    stack: list[tuple[int, object]] = [(-1, root)]
    pending: tuple[int, dict, str] | None = None  # a key whose value is the next block
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if pending is not None:
            p_indent, p_map, p_key = pending
            pending = None
            if indent > p_indent or (indent == p_indent and line.startswith("- ")):
                container: object = [] if line.startswith("- ") else {}
                p_map[p_key] = container
                stack.append((indent, container))
        # a shallower line closes blocks; so does a key at the indent of a list's dashes
        while len(stack) > 1 and (indent < stack[-1][0] or (
                indent == stack[-1][0] and isinstance(stack[-1][1], list)
                and not line.startswith("- "))):
            stack.pop()
        container = stack[-1][1]
        if line.startswith("- "):
            body = line[2:]
            if not isinstance(container, list):
                continue
            match = _KEY.match(" " * (indent + 2) + body)
            if match and not body.startswith(("'", '"')):
                item: dict = {}
                container.append(item)
                stack.append((indent + 2, item))
                key, value = match.group(3).strip(), match.group(4)
                if value is None:
                    pending = (indent + 2, item, key)
                else:
                    item[key] = _scalar(value)
            else:
                container.append(_scalar(body))
            continue
        match = _KEY.match(raw)
        if not match or not isinstance(container, dict):
            continue
        key, value = match.group(3).strip(), match.group(4)
        if value is None:
            pending = (indent, container, key)
        else:
            container[key] = _scalar(value)
    return root
