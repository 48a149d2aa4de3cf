"""A person's surname the model reads as a place (linking iteration 21).

News names a person in full once and then by the surname alone ("Don Blankenship ...
Blankenship ran unsuccessfully for the Senate"). The small model reads a surname it does
not know as a place: "Blankenship" was a GPE eight times in one interview, a place
of its own that took the person's facts and, as the article's most-named "place",
kept the linker from reading the story as a US one. The entity step already makes a
lone word that is a surname of the article's people that person, unless the model
reads it otherwise five times as often as a person's (a misread "person" must not take
a city the article names fifty times): here it is read so only because the model does
not know it.

So a one-word GPE or LOC that is the last word of a person the model named in full in
the same article, and that the index does not know as a place, is a person's name —
not after a word of place ("Crusius of Allen, Texas", "in Warren"), where a town of
that name stands.

The model misreads such a surname as an organisation or a group as often ("Conway
developed a fever", ORG; "Basilashvili reached", NORP; fifty-third iteration): the same
holds for ORG and NORP, when the index knows no item of that kind by the name and it is
no people's word (a demonym or creed). A hyphenated surname ("Gallego-Lazo") counts
whole.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from spacy.tokens import Span

#: The model labels a surname may be misread as.
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: The model labels a surname is misread as that are no places.
BODY_LABELS = frozenset({"ORG", "NORP"})
#: Words before a name that make it a place whatever else it is.
PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "from", "of", "between", "to",
                          "into", "across", "around", "through"})


def hyphenated_surnames(model: Iterable[Span]) -> frozenset[str]:
    """The hyphenated surnames of the model's people named in full ("Gallego-Lazo" of
    "Christopher Gallego-Lazo"): the last word and the hyphens written tight."""
    out: set[str] = set()
    for ent in model:
        if ent.label_ != "PERSON" or len(ent) < 4:
            continue
        start = ent.end - 1
        while start - 2 >= ent.start + 1 and ent.doc[start - 1].text == "-" and \
                not ent.doc[start - 1].whitespace_ and not ent.doc[start - 2].whitespace_:
            start -= 2
        # each part a capitalised word ("Gallego-Lazo"; not "ex-Muslim")
        if start < ent.end - 1 and all(t.text[:1].isupper()
                                       for t in list(ent.doc[start:ent.end])[::2]):
            out.add(ent.doc[start:ent.end].text)
    return frozenset(out)


def surname_as_person(span: Span, surnames: Collection[str],
                      is_place: Callable[[str, int], bool],
                      known_as: Callable[[str, int], str | None] | None = None,
                      people_words: Collection[str] = ()) -> Span:
    """``span`` as a PERSON when it is a lone surname (``surnames``: the last words of
    the article's people named in full, hyphenated ones whole) misread as a place the
    index does not know (``is_place``: text, words), or as an organisation or group of
    which the index knows none by that name (``known_as``: text, words -> the label of
    the best-known item so named) and no people's word (``people_words``); else
    ``span`` itself."""
    hyphenated = len(span) > 1 and all(t.text == "-" for t in list(span)[1::2])
    # (a surname of several words begins with a particle: "La Riva", "von der Leyen")
    if (len(span) != 1 and not hyphenated and " " not in span.text) or \
            span.text not in surnames or \
            not span.text[:1].isupper():
        return span  # ("ex-Muslim" of a person the model ran on from "Tanzanian-born")
    doc = span.doc
    if span.label_ in BODY_LABELS and known_as is not None:
        if span.text in people_words or known_as(span.text, len(span)) is not None:
            return span
        if span.label_ == "NORP" and span.root.dep_ in ("amod", "compound") and \
                span.root.head.is_lower:
            return span  # "Magellanic penguins": a word of a kind, not a person
        return Span(doc, span.start, span.end, label="PERSON")
    if span.label_ not in PLACE_LABELS:
        return span
    if span.start > 0 and doc[span.start - 1].lower_ in PLACE_BEFORE:
        return span
    if is_place(span.text, 1):
        return span
    return Span(doc, span.start, span.end, label="PERSON")
