"""Long articles in windows: split at paragraph breaks, extracted one window at a time,
and the windows' extractions merged back into one, in the article's offsets.

spaCy's memory grows with the text (about 3.5 GB for a 0.84 MB article) and its time a
little faster than the text; a window of :data:`WINDOW_CHARS` keeps both linear in the
article's length. What crosses a window boundary is lost (a pronoun whose antecedent is
in the previous window); entities meet again across windows through their keys.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from kg.model import Article, Entity, Extraction

#: Characters a window holds at most (a news article is usually one window).
WINDOW_CHARS = 50_000

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"),
           re.compile(r"\s+"))


def split(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, str]]:
    """``(offset, chunk)`` pieces of ``text``, each at most ``size`` characters, cut at
    the last paragraph break of a window (else line break, sentence end, space)."""
    pieces, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = None
        for pattern in _BREAKS:
            found = [m.end() for m in pattern.finditer(text, start + size // 2, end)]
            if found:
                cut = found[-1]
                break
        cut = cut or end
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def windows(article: Article, size: int = WINDOW_CHARS) -> list[tuple[int, Article]]:
    """The article as ``(offset, article of one window)``; one window when it is short."""
    if len(article.text) <= size:
        return [(0, article)]
    return [(offset, replace(article, text=chunk)) for offset, chunk in split(article.text, size)]


def merge(article: Article, parts: Iterable[tuple[int, Extraction]]) -> Extraction:
    """One extraction of ``article`` from the extractions of its windows (in order)."""
    sentences, relations, events, roles, claims, times, warnings = [], [], [], [], [], [], []
    entities: dict[str, Entity] = {}
    language, emission = None, None
    for k, (offset, x) in enumerate(parts):
        base = len(sentences)
        ids = {ev.id for ev in x.events} | {c.id for c in x.claims}

        def at(obj, base=base, offset=offset):
            changes = {"start": obj.start + offset, "end": obj.end + offset}
            if hasattr(obj, "sentence"):
                changes["sentence"] = obj.sentence + base
            return replace(obj, **changes)

        def own(ident, k=k, ids=ids):
            """An event or claim id of this window, unique in the article."""
            return f"w{k}-{ident}" if ident in ids else ident

        def when(t, offset=offset):
            return None if t is None else replace(t, start=t.start + offset, end=t.end + offset)

        sentences += [replace(s, index=s.index + base, start=s.start + offset,
                              end=s.end + offset) for s in x.sentences]
        for e in x.entities:
            mentions = tuple(at(m) for m in e.mentions)
            known = entities.get(e.key)
            if known is None:
                entities[e.key] = replace(e, mentions=mentions)
            else:
                entities[e.key] = replace(
                    known, mentions=known.mentions + mentions,
                    aliases=tuple(dict.fromkeys(known.aliases + e.aliases)),
                    kind="name" if "name" in (known.kind, e.kind) else known.kind,
                    value=known.value if known.value is not None else e.value,
                    unit=known.unit or e.unit)
        relations += [replace(at(r), obj_event=own(r.obj_event) if r.obj_event else None,
                              claim=own(r.claim) if r.claim else None, time=when(r.time))
                      for r in x.relations]
        events += [replace(at(ev), id=own(ev.id), time=when(ev.time),
                           arguments=tuple((role, own(v)) for role, v in ev.arguments),
                           claim=own(ev.claim) if ev.claim else None,
                           same_as=own(ev.same_as) if ev.same_as else None)
                   for ev in x.events]
        roles += [at(r) for r in x.roles]
        claims += [replace(at(c), id=own(c.id)) for c in x.claims]
        times += [when(t) for t in x.times]
        warnings += list(x.warnings)
        language = language or x.language
        emission = emission or x.emission  # every window is read at the same thresholds
    return Extraction(article=article, sentences=tuple(sentences),
                      entities=tuple(entities.values()), relations=tuple(relations),
                      events=tuple(events), roles=tuple(roles), claims=tuple(claims),
                      times=tuple(times), language=language or "en",
                      warnings=tuple(warnings), emission=emission)
