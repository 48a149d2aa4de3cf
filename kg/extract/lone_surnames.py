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
"""
from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span

#: The model labels a surname may be misread as.
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Words before a name that make it a place whatever else it is.
PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "from", "of", "between", "to",
                          "into", "across", "around", "through"})


def surname_as_person(span: Span, surnames: Collection[str],
                      is_place: Callable[[str, int], bool]) -> Span:
    """``span`` as a PERSON when it is a lone surname (``surnames``: the last words of
    the article's people named in full) misread as a place the index does not know
    (``is_place``: text, words); else ``span`` itself."""
    if span.label_ not in PLACE_LABELS or len(span) != 1 or span.text not in surnames:
        return span
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in PLACE_BEFORE:
        return span
    if is_place(span.text, 1):
        return span
    return Span(doc, span.start, span.end, label="PERSON")
