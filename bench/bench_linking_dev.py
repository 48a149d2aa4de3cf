"""The Wikinews linking dev set: made from GUM, scored by ELEVANT's rules, per split.

``python bench/bench_linking_dev.py make`` rebuilds ``tests/data/linking_dev.jsonl``
from ``../shared/news-dev/gum-wikinews.jsonl`` (43 English Wikinews articles, text CC BY
2.5 "Wikinews contributors", GUM annotations CC BY 4.0; each line keeps its source URL,
licence and attribution).

``python bench/bench_linking_dev.py score [--split train,dev] [--mode offline]`` runs
kg (the real spaCy pipeline and the linker) over the articles of the given GUM splits
and prints ELEVANT's scores and kg's in-KB accuracy; ``errors`` prints kg's errors by
kind (wrong item, NIL, undetected, linked where the gold says unknown or says nothing);
``links [--news FILE] [--start N] [--count N] [--all-nil]`` prints kg's links on news
that has no gold (by default ``../shared/news-dev/wikinews-2019-2021.jsonl``), to be
read by hand, skipping the held-out articles (the facts gold's and the lead's list:
``HELD_OUT``); ``sample [--seed N] [--size N] [--nil] [--dump FILE]`` draws a seeded
random sample of those links (or NILs), each with the text around it, to judge by hand;
``context [--unit paragraph|sentence|headline]`` links each unseen article in full and
then each paragraph, sentence or the headline alone, and compares the two mention by
mention (same span of the article): consistency under reduced context, a measure of how
kg links short texts without new gold.
Tune on train and dev; the test split is reported once.

How GUM's annotations become ELEVANT labels (GUM marks every mention, pronouns and
whole noun phrases included; ELEVANT marks names and entity mentions):

- a determiner or possessive pronoun opening a mention and a possessive 's closing
  it are not part of it ("the University of Helsinki" -> "University of Helsinki");
- a mention with a Wikipedia link is cut to the part that names the linked item
  ("English captain Harry Kane" -> "Harry Kane"; "Cape Canaveral, Florida" -> "Cape
  Canaveral"), else before its first lower-case word that is no name particle
  ("Lantern Festival in Taipei" -> "Lantern Festival"); a capitalised title or
  honorific right before the name gives a nested label, the name inside the titled
  span ("Dr Nick Bos" and "Nick Bos"; "President Barack Obama" of "US President Barack
  Obama"), as ELEVANT's guidelines annotate honorifics;
- pronouns and descriptions ("a legend" for Andy Warhol) are coreference: left out;
  a lower-case mention is kept when it names its item ("iodine"), as non-named;
- a capitalised mention sharing no word with its item's title and not its acronym
  ("Man of the Match" for Romelu Lukaku) is optional;
- whole names without a link (person, organisation, place, event) are ``Unknown``;
  dates are ``DATETIME``; a name inside a longer kept name is left out, except a name
  GUM links inside a description (a possessor, "Malaysia's Prime Minister"; what a
  person is "of"/"from", "Raymond Chan of People Power"; a phrase with a lower-case
  word), which is a nested label of it, as ELEVANT's guidelines annotate the entities
  inside a description;
- a place GUM links with its region after a comma ("Irving, Texas") is labelled whole,
  the place inside as its alternative ("[Istanbul], [Turkey]" in the guidelines);
- a mention joining names of its own with "and" is no label; its names are.

``fp`` classifies every named false positive by cause (wrong item, span boundary, a
demonym, a name inside a GUM noun phrase, text GUM leaves unannotated).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

#: ../shared next to the checkout (or above a worktree folder)
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "news-dev").is_dir()),
              REPO.parent / "shared")
GUM = SHARED / "news-dev" / "gum-wikinews.jsonl"
DEV = REPO / "tests" / "data" / "linking_dev.jsonl"
#: Articles held out from the reading by hand: the facts gold's and the lead's held-out list.
HELD_OUT = (REPO / "tests" / "gold" / "wikinews" / "facts.jsonl",
            SHARED.parent / "notes" / "h_articles.txt")

DETERMINERS = ("the ", "a ", "an ", "this ", "that ", "these ", "those ", "his ", "her ",
               "its ", "their ", "our ", "my ", "your ")
PRONOUNS = frozenset("""i me my mine myself you your yours yourself we us our ours they
them their theirs he him his she her hers it its this that these those here there who
which what one""".split())
#: Lower-case words that continue a name: "University of Helsinki", "Charles de Gaulle".
PARTICLES = frozenset("of the and for de du da di del la le van von der den bin al el y & on"
                      .split())
NAME_TYPES = frozenset({"person", "organization", "place", "event"})
#: kg's types of named entities a reader counts as NILs when left unlinked
NIL_TYPES = frozenset({"Person", "Organization", "Place", "Country", "Facility",
                       "EventName", "Thing"})
#: Titles and honorifics that the field annotates together with the name they precede
#: (ELEVANT's guidelines: "Dr. Justin Maciejewski", "Brigadier Justin Maciejewski").
#: Kept here, apart from kg's own list: the gold does not borrow from the system.
HONORIFICS = frozenset("""mr mrs ms miss dr prof professor sir dame lord lady rev reverend
president vice prime minister chancellor senator governor mayor king queen prince
princess pope general colonel lieutenant sergeant major captain admiral judge justice
secretary premier ambassador speaker commissioner chairman sheikh emir bishop
archbishop cardinal attorney detective officer coach""".split())


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def _title(wikipedia: str) -> str:
    """'Irving%2C_Texas' -> 'Irving'; 'Republican_Party_%28United_States%29' -> 'Republican Party'."""
    title = unquote(wikipedia).replace("_", " ")
    title = re.sub(r"\s*\([^)]*\)$", "", title)
    return title.split(",")[0].strip()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop an opening determiner and a closing possessive."""
    while True:
        piece = text[start:end]
        for det in DETERMINERS:
            if piece.lower().startswith(det) and len(piece) > len(det):
                start += len(det)
                break
        else:
            break
    piece = text[start:end]
    for suffix in ("'s", "\u2019s", " 's", "'", "\u2019"):
        if piece.endswith(suffix) and len(piece) > len(suffix) + 1:
            end -= len(suffix)
            break
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ").":
        end -= 1
    while start < end and not text[start].isalnum() and text[start] not in "(\"'":
        start += 1
    return start, end


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _find_title(text: str, start: int, end: int, title: str) -> tuple[int, int] | None:
    """The words of [start, end) that spell ``title`` (or, for a one-word name, its end)."""
    words = _words(text, start, end)
    want = _norm(title)
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            s, e = words[i][0], words[j - 1][1]
            s, e = _trim(text, s, e)
            if e > s and _norm(text[s:e]) == want:
                return s, e
    return None


def _cut(text: str, start: int, end: int) -> tuple[int, int]:
    """Before the first lower-case word that is no name particle, or a comma."""
    words = _words(text, start, end)
    stop = end
    for n, (s, e) in enumerate(words):
        word = text[s:e]
        if n and (word[:1].islower() and word.lower().strip(",.") not in PARTICLES):
            stop = words[n - 1][1]
            break
        if n < len(words) - 1 and word.endswith(","):
            stop = e - 1
            break
    return _trim(text, start, stop)


def _capitalised(piece: str) -> bool:
    words = piece.split()
    return bool(words) and piece[:1].isupper() and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in PARTICLES for w in words)


def _acronym(piece: str, title: str) -> bool:
    letters = "".join(w[0] for w in re.split(r"[\s-]+", title)
                      if w and w.lower() not in PARTICLES and w[0].isalpha())
    compact = re.sub(r"[^A-Za-z]", "", piece)
    return compact.isupper() and len(compact) >= 2 and letters.upper().startswith(compact)


def _shares_word(piece: str, title: str) -> bool:
    mine = {w for w in _norm(piece).split() if w not in PARTICLES and len(w) > 2}
    theirs = {w for w in _norm(title).split() if w not in PARTICLES and len(w) > 2}
    return bool(mine & theirs) or any(m.startswith(t[:5]) for m in mine for t in theirs
                                      if len(t) >= 5)


def _describes(text: str, holder: dict, inner: dict) -> bool:
    """Whether ``holder`` is a description around the name ``inner``, not a name itself:
    a lower-case word that is no name particle ("Texas student Ahmed Mohamed"), the
    inner name as a possessor ("Malaysia's Prime Minister"), or a person's name with
    what follows "of"/"from" ("Raymond Chan of People Power")."""
    (hs, he), (s, e) = holder["span"], inner["span"]
    piece = text[hs:he]
    # "at" joins a campus to its university's name ("University of North Carolina at
    # Greensboro"), no description
    if any(w[:1].islower() and w.lower().strip(",.") not in PARTICLES | {"at"}
           for w in piece.split()):
        return True
    if re.match(r"['\u2019]s\b", text[e:he]):
        return True
    return holder["kind"] == "person" and re.search(r"\b(of|from)( the)? $", text[hs:s]) is not None


def _coordination(text: str, span: tuple[int, int], entities: list[dict]) -> bool:
    """Whether GUM's mention at ``span`` joins names of its own with "and" ("Gary Chan of
    DAB and Eunice Yung of New People's Party", "the State and Homeland Security
    Departments"): ELEVANT labels the names each, never the coordination as one entity
    (its guidelines annotate even a distributed name's parts separately)."""
    start, end = span
    inner = [x["span"] for x in entities if start <= x["span"][0] and x["span"][1] <= end
             and tuple(x["span"]) != (start, end)]
    for joint in re.finditer(r" (?:and|&) ", text[start:end]):
        at, after = start + joint.start(), start + joint.end()
        if any(a < at < b for a, b in inner):
            continue  # "The Globe and Mail": the "and" of a name
        if any(b <= at for a, b in inner) and any(a >= after for a, b in inner):
            return True
    return False


def labels_of(article: dict) -> list[dict]:
    """ELEVANT labels for one GUM article (see the module docstring)."""
    text = article["text"]
    linked, unlinked = [], []
    for entity in article["entities"]:
        s, e = entity["span"]
        raw = text[s:e]
        if raw.strip().lower() in PRONOUNS:
            continue
        s, e = _trim(text, s, e)
        if e <= s:
            continue
        piece = text[s:e]
        qid = entity.get("wikidata")
        if qid:
            title = _title(entity.get("wikipedia") or "")
            found = _find_title(text, s, e, title) if title else None
            if not found and entity["type"] == "person" and len(title.split()) > 1:
                found = _find_title(text, s, e, title.split()[-1])  # "President Obama"
            outer = None
            if found and found != (s, e):
                before = text[s:found[0]].split()
                while before and before[0].lower().rstrip(".") not in HONORIFICS:
                    before.pop(0)  # "US President Barack Obama": the title, not "US"
                # "Dr Nick Bos": a capitalised title right before the name
                if before and text[found[1]:e].strip() == "" and len(before) <= 2 and \
                        all(w[:1].isupper() and w.lower().rstrip(".") in HONORIFICS
                            for w in before):
                    outer = (text.rfind(before[0], s, found[0]), found[1])
                # "US National Science Foundation": a country's abbreviation before an
                # organisation's name "can be part of the entity name, but not rigidly":
                # ELEVANT's guidelines allow both spans, the name nested in the whole
                prefix = text[s:found[0]].split()
                if outer is None and prefix and entity["type"] == "organization" and \
                        text[found[1]:e].strip() == "" and \
                        all(re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", w) for w in prefix):
                    outer = (s, found[1])
                # "Washington D.C.": the whole title before its comma is cut off, and the
                # whole is the alternative ELEVANT's guidelines give ("[Q406|[Q406|Istanbul],
                # [Q43|Turkey]]")
                whole = unquote(entity.get("wikipedia") or "").replace("_", " ")
                if outer is None and "," in whole and \
                        _norm(text[s:e]) == _norm(re.sub(r"\s*\([^)]*\)$", "", whole)):
                    outer = (s, e)
                s, e = found
            elif not found:
                if not piece[:1].isupper():
                    if _norm(piece) != _norm(title):
                        continue  # a description: coreference, not an entity mention
                else:
                    s, e = _cut(text, s, e)
            piece = text[s:e]
            if e <= s:
                continue
            named = piece[:1].isupper()
            optional = named and not (_shares_word(piece, title) or _acronym(piece, title)
                                      or _norm(piece) == _norm(title))
            name = title if named else title[:1].lower() + title[1:]
            linked.append({"span": [s, e], "entity_id": qid, "name": name or piece,
                           "optional": optional, "outer": outer, "kind": entity["type"]})
        elif _coordination(text, (s, e), article["entities"]):
            continue  # its names are labels of their own
        elif entity["type"] in NAME_TYPES and piece[:1].isupper():
            # a whole name only: "the Indian government" names no Unknown "Indian"
            if _capitalised(piece) and piece.lower() not in PRONOUNS:
                unlinked.append({"span": [s, e], "entity_id": "Unknown", "name": piece,
                                 "optional": False, "outer": None, "kind": entity["type"]})
    # Longer names first. A name GUM links inside a kept description becomes a nested
    # label of it, the innermost kept one holding it: ELEVANT's guidelines annotate "the
    # entities that occur within the description as alternative mentions" ("[desc:…|second
    # war between [Q843|Pakistan] and [Q668|India]]", "[Januzaj]'s agent"), and GUM links
    # them ("Malaysia's" in "Malaysia's Prime Minister", "the Labour Party" in "Lee
    # Cheuk-yan of the Labour Party"). Inside a name ("University of Helsinki", "Nobel
    # Peace Prize") and across a kept label, a name is part of it.
    kept: list[dict] = []
    for label in sorted(linked + unlinked,
                        key=lambda l: (l["span"][0] - l["span"][1], l["span"][0])):
        s, e = label["span"]
        holders = [k for k in kept if k["span"][0] <= s and e <= k["span"][1]]
        if any(s < k["span"][1] and k["span"][0] < e for k in kept if k not in holders):
            continue
        if holders:
            holder = min(holders, key=lambda k: k["span"][1] - k["span"][0])
            if label["entity_id"] == "Unknown" or holder["span"] == label["span"] or \
                    holder["entity_id"] == label["entity_id"] or \
                    not _describes(text, holder, label):
                continue
            label["holder"] = holder
        kept.append(label)
    for date in article.get("dates", []):
        s, e = date["span"]
        if not any(s < k["span"][1] and k["span"][0] < e for k in kept):
            kept.append({"span": [s, e], "entity_id": "DATETIME", "name": date["text"],
                         "optional": False, "outer": None, "type": "DATETIME"})
    out: list[dict] = []

    def emit(label: dict, parent: dict | None) -> None:
        outer = label.pop("outer")
        kind = label.pop("type", "OTHER")
        base = {"parent": parent["id"] if parent else None, "children": [], "type": kind}
        if outer:  # "Dr Nick Bos" with "Nick Bos" inside, its alternative
            wrapper = {"id": len(out), "span": list(outer), "entity_id": label["entity_id"],
                       "name": label["name"], "optional": label["optional"], **base}
            out.append(wrapper)
            if parent:
                parent["children"].append(wrapper["id"])
            parent, base = wrapper, {**base, "parent": wrapper["id"], "children": []}
        node = {"id": len(out), **label, **base}
        out.append(node)
        if parent:
            parent["children"].append(node["id"])
        for inner in sorted((k for k in kept if k.get("holder") is label),
                            key=lambda k: tuple(k["span"])):
            emit(inner, node)

    for label in sorted((k for k in kept if "holder" not in k), key=lambda l: tuple(l["span"])):
        emit(label, None)
    for label in out:
        label.pop("holder", None)
        label.pop("kind", None)
    return out


def make(gum: Path = GUM, dev: Path = DEV) -> int:
    lines = []
    for number, line in enumerate(gum.read_text(encoding="utf-8").splitlines()):
        article = json.loads(line)
        lines.append(json.dumps({
            "id": number, "title": article["title"], "text": article["text"],
            "url": article["source_url"], "labels": labels_of(article),
            "evaluation_span": [0, len(article["text"])],
            "gum_id": article["id"], "split": article["split"], "genre": article["genre"],
            "date": article["date"], "licence": article["licence"],
            "attribution": "Wikinews contributors; GUM annotations (Zeldes 2017; Lin & Zeldes "
                           "2021), CC BY 4.0",
        }, ensure_ascii=False))
    dev.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def score(splits: list[str], mode: str, out: Path | None = None, dev: Path = DEV,
          quiet: bool = False):
    from kg import nlp as kg_nlp
    from kg.link import make_linker
    from kg.link.benchmark import read_benchmark
    from kg.link.evaluate import run_linking, score as score_pairs, write_linked_articles
    from kg.pipeline import extract_articles

    gold = [a for a in read_benchmark(dev) if dict(a.extra).get("split") in splits]
    nlp = kg_nlp.load()
    linker = make_linker(mode)
    started = time.perf_counter()
    pairs = list(run_linking(gold, linker, lambda arts: extract_articles(arts, nlp)))
    seconds = time.perf_counter() - started
    index = getattr(linker, "index", None)
    name_of = (lambda q: (index.get(q).label if index.get(q) else "")) if index else (lambda q: "")
    scores = score_pairs(pairs, name_of=name_of,
                         in_index=(lambda q: q in index) if index is not None else None)
    if out is not None:
        write_linked_articles(pairs, out)
    if not quiet:
        print(f"splits {','.join(splits)}, mode {mode}, {seconds:.1f} s")
        print(scores.report())
        tp, unlabelled, labelled = annotated_precision(pairs)
        print(f"named links on spans GUM annotates: P {tp / max(1, tp + labelled):.3f} "
              f"(tp {tp}, fp {labelled}); {unlabelled} more links fall on text GUM leaves "
              "unannotated (GUM marks whole noun phrases, not the names or demonyms inside)")
    return scores, pairs


def annotated_precision(pairs) -> tuple[int, int, int]:
    """Named InKB true positives, and false positives on text without / with a label."""
    from kg.link.evaluate import FP, TP, score_article

    tp = unlabelled = labelled = 0
    for gold, predicted in pairs:
        for case in score_article(gold, predicted):
            if case.kind != "entity_named":
                continue
            verdicts = case.linking["inkb"]
            tp += TP in verdicts and case.root
            if FP in verdicts:
                if case.label is None:
                    unlabelled += 1
                else:
                    labelled += 1
    return tp, unlabelled, labelled


def errors(splits: list[str], mode: str, dev: Path = DEV) -> dict[str, list[str]]:
    """kg's named-entity errors on the given splits, by kind:

    - ``wrong``: linked to another item than the gold one;
    - ``nil``: detected, the gold item is in the index, left unlinked;
    - ``undetected``: the gold item is in the index, no mention of kg at that span
      (with what kg found overlapping it);
    - ``unknown``: linked where the gold says the entity is not in Wikidata;
    - ``unlabelled``: linked on text GUM leaves unannotated (mostly right links inside
      GUM's noun phrases: "Indian" of "the Indian government").
    Each line: the article, the mention, kg's entity type and its candidates."""
    from kg import nlp as kg_nlp
    from kg.link import make_linker
    from kg.link.benchmark import read_benchmark
    from kg.link.evaluate import FN, FP, predictions, score_article
    from kg.model import Article
    from kg.pipeline import extract_articles

    gold = [a for a in read_benchmark(dev) if dict(a.extra).get("split") in splits]
    linker = make_linker(mode)
    index = linker.index

    def named(qid: str | None) -> str:
        record = index.get(qid) if qid else None
        return f"{qid} {record.label!r}" if record else str(qid)

    retrieved = datetime.now(timezone.utc)
    articles = [Article(text=g.text, source=f"dev#{n}", title=g.title or None,
                        retrieved=retrieved) for n, g in enumerate(gold)]
    out: dict[str, list[str]] = {k: [] for k in
                                 ("wrong", "nil", "undetected", "unknown", "unlabelled")}
    for g, extraction in zip(gold, extract_articles(articles, kg_nlp.load())):
        links = linker.link(extraction)
        by_end = {m.end: e for e in extraction.entities for m in e.mentions}
        for case in score_article(g, predictions(extraction, links)):
            if case.kind != "entity_named":
                continue
            verdicts, label = case.linking["inkb"], case.label
            entity = by_end.get(case.span[1]) if case.detected else None
            link = links.get(entity.key) if entity is not None else None
            where = f"[{g.title[:40]}] {case.text!r}"
            if entity is not None:
                where += f" ({entity.type}; " + ", ".join(
                    f"{named(q)} {s}" for q, s in (link.candidates if link else ())[:3]) + ")"
            if FP in verdicts:
                kind = "unlabelled" if label is None else "wrong" if label.is_known \
                    else "unknown"
                gold_id = f", gold {named(label.entity_id)}" if label is not None else ""
                out[kind].append(f"{where} -> {named(case.predicted)}{gold_id}")
            elif FN in verdicts and case.root and label.is_known and not label.is_optional \
                    and label.entity_id in index:
                if case.detected:
                    out["nil"].append(f"{where}, gold {named(label.entity_id)}")
                else:
                    found = [m.text for e in extraction.entities for m in e.mentions
                             if m.start < label.span[1] and label.span[0] < m.end]
                    out["undetected"].append(f"{where}, gold {named(label.entity_id)}; "
                                             f"kg has {found}")
    return out


def _demonym(text: str, record) -> bool:
    """An adjective or people's word for a place ("Indian", "South Korean"): ending with
    no word of the item's label ("Washington D.C." ends with one; the index's aliases
    hold demonyms, "Greek" of Greece, so they do not count)."""
    words = {w.strip(".,").casefold() for w in record.label.split()} if record else set()
    return text[:1].isupper() and text.split()[-1].strip(".,").casefold() not in words


def false_positives(splits: list[str], mode: str, dev: Path = DEV,
                    gum: Path = GUM) -> dict[str, list[str]]:
    """Every named InKB false positive on the given splits, by cause:

    - ``wrong item``: the span is a gold label's, the item another;
    - ``on an Unknown label``: the span is a gold label the gold leaves NIL;
    - ``boundary``: the span overlaps a gold label without matching it (ELEVANT counts
      the prediction as a false positive and the label as a miss): ``same item`` when
      the overlapping label names the predicted item, else ``other``;
    - no gold label overlaps it: ``demonym`` (a country's adjective or people's word),
      else ``inside a GUM mention`` (a name inside a noun phrase GUM marks whole, which
      the conversion to ELEVANT's labels drops), ``a GUM mention`` (GUM marks exactly
      this span, with no link and no name), ``unannotated`` (no GUM mention covers it).
    """
    from kg.link.evaluate import FP, score_article
    from kg.link import make_linker

    raw = {a["id"]: a for a in map(json.loads, gum.read_text(encoding="utf-8").splitlines())}
    index = make_linker(mode).index
    _, pairs = score(splits, mode, dev=dev, quiet=True)
    out: dict[str, list[str]] = {}
    for gold, predicted in pairs:
        entities = raw[dict(gold.extra)["gum_id"]]["entities"]
        for case in score_article(gold, predicted):
            if case.kind != "entity_named" or FP not in case.linking["inkb"]:
                continue
            start, end = case.span
            record = index.get(case.predicted)
            label = case.label
            if label is not None:
                kind = "wrong item" if label.is_known else "on an Unknown label"
            else:
                overlapping = [l for l in gold.labels if l.span[0] < end and start < l.span[1]]
                covering = [e for e in entities if e["span"][0] <= start and end <= e["span"][1]]
                if overlapping:
                    same = any(l.entity_id == case.predicted for l in overlapping)
                    kind = f"boundary, {'same item' if same else 'other'}"
                elif _demonym(case.text, record):
                    kind = "demonym"
                elif any(tuple(e["span"]) == (start, end) for e in covering):
                    kind = "a GUM mention"
                elif covering:
                    kind = "inside a GUM mention"
                else:
                    kind = "unannotated"
            context = gold.text[max(0, start - 40):end + 30].replace("\n", " ")
            name = record.label if record else ""
            gold_id = f" gold {label.entity_id}" if label is not None else ""
            if label is None and kind.startswith("boundary"):
                gold_id = " gold " + ", ".join(
                    f"{gold.text[l.span[0]:l.span[1]]!r} {l.entity_id}" for l in overlapping)
            out.setdefault(kind, []).append(
                f"[{gold.title[:30]}] {case.text!r} -> {case.predicted} {name!r}{gold_id} "
                f"| ...{context}...")
    return out


def _held_out() -> set[str]:
    """Ids and URLs of the articles never to be run or read (``HELD_OUT``): a JSON
    line's ``id`` and ``source_url``, or a tab-separated line's first two fields."""
    keys: set[str] = set()
    for path in HELD_OUT:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("{"):
                data = json.loads(line)
                keys.update(str(data.get(k)) for k in ("id", "source_url") if data.get(k))
            elif line.strip():
                keys.update(line.split("\t")[:2])
    return keys


def unseen(news: Path) -> list[dict]:
    """The articles of ``news`` (one JSON article a line) that are not held out."""
    held = _held_out()
    return [a for a in (json.loads(line) for line in
                        news.read_text(encoding="utf-8").splitlines() if line.strip())
            if a.get("id") not in held and a.get("source_url") not in held]


def links(news: Path, start: int, count: int, mode: str,
          all_nil: bool = False) -> Iterator[str]:
    """kg's links on news without gold (one JSON article a line, ``text`` and ``title``),
    article by article, for a reading by hand: each linked entity with its mentions,
    the item and its description; NIL entities with their best candidates (with
    ``all_nil``, every NIL person, organisation, place or event, candidates or none).
    Held-out articles (``HELD_OUT``) are skipped: kg never runs on them here."""
    from kg import nlp as kg_nlp
    from kg.link import make_linker
    from kg.model import Article
    from kg.pipeline import extract_articles

    chosen = unseen(news)[start:start + count]
    linker = make_linker(mode)
    retrieved = datetime.now(timezone.utc)
    articles = [Article(text=a["text"], source=a.get("source_url", "news"),
                        retrieved=retrieved, title=a.get("title")) for a in chosen]
    for data, extraction in zip(chosen, extract_articles(articles, kg_nlp.load())):
        yield f"##### {data.get('title', '')}"
        found = linker.link(extraction)
        for entity in extraction.entities:
            link = found.get(entity.key)
            if link is None or not (link.qid or link.candidates or all_nil):
                continue
            names = [m.text for m in entity.mentions if m.kind in ("name", "description")]
            if link.qid:
                record = linker.record(link.qid)
                # the type the graph writes: the link's where it corrects the extraction's
                was = f" [typed {entity.type}]" if link.type else ""
                yield (f"  LINK {link.type or entity.type:12} {entity.name!r:30} {names[:4]} -> "
                       f"{link.qid} {record.label!r} ({record.description[:60]}) {link.score}{was}")
            elif entity.type in NIL_TYPES and entity.kind == "name":
                best = [(q, s) for q, s in link.candidates[:2]]
                yield f"  nil  {entity.type:12} {entity.name!r:30} {names[:3]} {best}"


def sample(news: Path, seed: int, size: int, mode: str, nil: bool = False,
           dump: Path | None = None) -> Iterator[str]:
    """A random sample of kg's links on news without gold, to judge by hand: ``size``
    LINK lines of ``links`` over the unseen articles drawn with ``seed``, in file order,
    each with its article's title and the text around the entity's first mention; with
    ``nil``, the same of its NILs (named entities left unlinked) instead. ``dump`` is
    the saved output of ``links --all-nil`` over the same file, read instead of a run."""
    import random

    articles = {a.get("title", ""): a["text"] for a in unseen(news)}
    title, found = "", []
    kind = "nil" if nil else "LINK"
    lines = (dump.read_text(encoding="utf-8").splitlines() if dump
             else links(news, 0, len(articles), mode, all_nil=nil))
    for line in lines:
        if line.startswith("##### "):
            title = line[6:]
        elif line.lstrip().startswith(kind):
            found.append((title, line.strip()))
    for n in sorted(random.Random(seed).sample(range(len(found)), min(size, len(found)))):
        title, line = found[n]
        text = articles.get(title, "")
        name = re.search(r"\[(?:'|\")(.+?)(?:'|\")[,\]]", line)
        at = text.find(name.group(1)) if name else -1
        context = text[max(0, at - 90):at + 110].replace("\n", " ") if at >= 0 else ""
        yield f"#{n} [{title[:50]}]\n  {line}\n    ...{context}..."


#: How a mention's link in a short text stands to its link in the full article
AGREE, OTHER, GAINED, LOST, BOTH_NIL, NEW_SPAN = "same item", "other item", \
    "linked, full NIL", "full link lost", "both NIL", "linked, span not in full"


def units(text: str, title: str, unit: str, sentences) -> list[tuple[int, str]]:
    """The pieces of an article linked alone, each with its offset in ``text``: its
    paragraphs (lines), its sentences (the full text's own), or its headline (offset
    -1: it is not part of the text)."""
    if unit == "headline":
        return [(-1, title)] if title else []
    if unit == "sentence":
        return [(s.start, text[s.start:s.end]) for s in sentences]
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]


def mention_links(extraction, found, offset: int = 0) -> dict[tuple[int, int], tuple]:
    """(start, end) in the article -> (QID or None, mention text, entity type) for every
    name mention of a linkable entity (one the linker decided on)."""
    out = {}
    for entity in extraction.entities:
        link = found.get(entity.key)
        if link is None:
            continue
        for m in entity.mentions:
            if m.kind == "name":
                out[(m.start + offset, m.end + offset)] = (link.qid, m.text, entity.type)
    return out


def compare(full: dict, short: dict, headline: bool = False) -> list[tuple[str, tuple, tuple]]:
    """(verdict, full's (QID, text, type), short's) for each mention of the short text
    that the full article also has: at the same span, or for a headline (no span in
    the text) by the same words, when the full article gives them one item or NIL; and
    each link of the short text at a span the full article has no mention at."""
    if headline:
        by_text: dict[str, set] = {}
        for qid, text, kind in full.values():
            by_text.setdefault(text, set()).add(qid)
        pairs = [((next(iter(by_text[v[1]])), v[1], "same words"), v) for v in short.values()
                 if len(by_text.get(v[1], ())) == 1]
    else:
        pairs = [(full.get(span, (None, v[1], "")), v) for span, v in short.items()
                 if span in full or v[0]]
    out = []
    for was, now in pairs:
        if not was[2]:  # no mention of the full article at that span
            out.append((NEW_SPAN, was, now))
            continue
        verdict = (BOTH_NIL if not was[0] and not now[0] else GAINED if not was[0] else
                   LOST if not now[0] else AGREE if was[0] == now[0] else OTHER)
        out.append((verdict, was, now))
    return out


def consistency(news: Path, unit: str, mode: str, count: int | None = None) -> Iterator[str]:
    """Consistency under reduced context: each unseen article (``unseen``) linked in
    full, then each of its ``units`` alone; mention by mention, the short text's link
    against the full text's. A short link that differs from the full one, or one where
    the full text says NIL, is probably wrong in the short setting; a full link lost is
    recall lost. Prints the figures, then every disagreement to read."""
    from kg import nlp as kg_nlp
    from kg.link import make_linker
    from kg.model import Article
    from kg.pipeline import extract_many

    chosen = unseen(news)[:count]
    linker, nlp = make_linker(mode), kg_nlp.load()
    retrieved = datetime.now(timezone.utc)
    tally: dict[str, int] = {}
    full_links = short_links = pieces = 0
    lines: list[tuple[str, str]] = []
    for data in chosen:
        text, title = data["text"], data.get("title", "")
        whole = next(extract_many([Article(text=text, source="full", retrieved=retrieved)], nlp))
        full = mention_links(whole, linker.link(whole))
        parts = units(text, title, unit, whole.sentences)
        pieces += len(parts)
        articles = [Article(text=piece, source="unit", retrieved=retrieved) for _, piece in parts]
        for (offset, piece), extraction in zip(parts, extract_many(articles, nlp)):
            short = mention_links(extraction, linker.link(extraction), max(offset, 0))
            found = compare(full, short, headline=offset < 0)
            full_links += sum(1 for v, was, _ in found if was[0] and v != NEW_SPAN)
            short_links += sum(1 for v, _, now in found if now[0] and v != NEW_SPAN)
            for verdict, was, now in found:
                tally[verdict] = tally.get(verdict, 0) + 1
                if verdict not in (AGREE, BOTH_NIL):
                    lines.append((verdict, f"[{title[:40]}] {now[1]!r} ({now[2]}): full "
                                  f"{_named(linker, was[0])} / short {_named(linker, now[0])}"
                                  f" | {piece[:200]!r}"))
    same = tally.get(AGREE, 0)
    yield (f"{len(chosen)} articles, {pieces} {unit}s; mentions in both: "
           f"{sum(tally.values()) - tally.get(NEW_SPAN, 0)}")
    yield (f"full links kept: {same}/{full_links} = {same / max(full_links, 1):.3f}; "
           f"short links that agree: {same}/{short_links} = {same / max(short_links, 1):.3f}")
    for verdict in (AGREE, OTHER, GAINED, LOST, BOTH_NIL, NEW_SPAN):
        yield f"  {verdict:25} {tally.get(verdict, 0)}"
    for verdict in (OTHER, GAINED, NEW_SPAN, LOST):
        found = [line for v, line in lines if v == verdict]
        yield f"== {verdict} ({len(found)})"
        yield from (f"  {line}" for line in found)


def _named(linker, qid: str | None) -> str:
    record = linker.record(qid) if qid else None
    return f"{qid} {record.label!r}" if record else "NIL"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("make", help="rebuild tests/data/linking_dev.jsonl from GUM")
    run = sub.add_parser("score", help="score kg on some splits")
    run.add_argument("--split", default="train,dev")
    run.add_argument("--mode", default="offline")
    run.add_argument("--out", type=Path, default=None)
    read = sub.add_parser("links", help="print kg's links on news without gold, to read")
    read.add_argument("--news", type=Path, default=SHARED / "news-dev" / "wikinews-2019-2021.jsonl")
    read.add_argument("--start", type=int, default=0)
    read.add_argument("--count", type=int, default=25)
    read.add_argument("--mode", default="offline")
    read.add_argument("--all-nil", action="store_true",
                      help="print every named NIL, with candidates or without")
    draw = sub.add_parser("sample", help="a seeded random sample of kg's links on news "
                          "without gold, with context, to judge by hand")
    draw.add_argument("--news", type=Path, default=SHARED / "news-dev" / "wikinews-2019-2021.jsonl")
    draw.add_argument("--seed", type=int, default=10)
    draw.add_argument("--size", type=int, default=160)
    draw.add_argument("--mode", default="offline")
    draw.add_argument("--nil", action="store_true", help="draw NILs, not links")
    draw.add_argument("--dump", type=Path, default=None,
                      help="a saved `links --all-nil` output to draw from instead of a run")
    short = sub.add_parser("context", help="consistency under reduced context: links of "
                           "each paragraph, sentence or headline alone against the full "
                           "article's, on news without gold")
    short.add_argument("--news", type=Path,
                       default=SHARED / "news-dev" / "wikinews-2019-2021.jsonl")
    short.add_argument("--unit", choices=("paragraph", "sentence", "headline"),
                       default="sentence")
    short.add_argument("--count", type=int, default=None, help="the first N unseen articles")
    short.add_argument("--mode", default="offline")
    wrong = sub.add_parser("errors", help="print kg's errors on some splits, by kind")
    wrong.add_argument("--split", default="train,dev")
    wrong.add_argument("--mode", default="offline")
    cause = sub.add_parser("fp", help="classify kg's false positives on some splits by cause")
    cause.add_argument("--split", default="train,dev")
    cause.add_argument("--mode", default="offline")
    args = parser.parse_args()
    if args.command == "make":
        print(f"{make()} articles -> {DEV}")
    elif args.command == "links":
        for line in links(args.news, args.start, args.count, args.mode, args.all_nil):
            print(line)
    elif args.command == "sample":
        for line in sample(args.news, args.seed, args.size, args.mode, args.nil,
                           args.dump):
            print(line)
    elif args.command == "context":
        for line in consistency(args.news, args.unit, args.mode, args.count):
            print(line)
    elif args.command == "errors":
        for kind, lines in errors(args.split.split(","), args.mode).items():
            print(f"== {kind} ({len(lines)})")
            print("\n".join(f"  {line}" for line in lines))
    elif args.command == "fp":
        found = false_positives(args.split.split(","), args.mode)
        print(f"{sum(map(len, found.values()))} false positives (named, InKB)")
        for kind, lines in sorted(found.items(), key=lambda kv: -len(kv[1])):
            print(f"== {kind} ({len(lines)})")
            print("\n".join(f"  {line}" for line in lines))
    else:
        score(args.split.split(","), args.mode, args.out)


if __name__ == "__main__":
    main()
