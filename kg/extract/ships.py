"""A ship's name after its prefix (linking iteration 21).

News names a ship with the letters of its kind or navy before the name: "the rescue
ship MV Alan Kurdi", "the submarine U.S.S. Grayback", "MV Professor Albrecht Penck".
The small model reads the name as a person ("Alan Kurdi", the drowned boy the ship is
named after, took the ship's mention; "U.S.S. Grayback" a person) or the letters as an
organisation ("MV"). The prefix (``ship_prefixes`` of kg/data/extract/entities.json)
and the capitalised words after it are one name, a ship's: a named thing (label
``SHIP``), whatever the model read. The article then names the ship by the last word
of its name ("the Grayback"): that word is the ship too, unless it is the surname of a
person of the article ("Kurdi" of the Kurdi family, after whose boy "MV Alan Kurdi" is
named).
"""
from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span

SHIP = "SHIP"
#: The most words of a ship's name after its prefix.
MAX_WORDS = 5


def _name_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.text[:1].isupper() or (tok.like_num and i > 0 and doc[i - 1].text[:1].isupper())


def ship_names(doc: Doc, prefixes: Collection[str]) -> list[Span]:
    """Each ship prefix followed by a capitalised name ("MV Sea-Watch 3"), as one span."""
    out = []
    for tok in doc:
        if tok.text not in prefixes or tok.i + 1 >= len(doc) or not _name_word(doc, tok.i + 1):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= MAX_WORDS and (
                _name_word(doc, end) or (doc[end].text == "-" and not doc[end - 1].whitespace_
                                         and not doc[end].whitespace_)):
            end += 1
        if doc[end - 1].text == "-":
            end -= 1
        out.append(Span(doc, tok.i, end, label=SHIP))
    return out


def ship_short_names(doc: Doc, ships: list[Span], people: Collection[str]) -> list[Span]:
    """A ship's name written again without its prefix ("Namse Bangdzod" after "MV Namse
    Bangdzod"), and the last word of it standing alone ("The Grayback sank"), when that
    name or word is no name of a person of the article (``people``: "MV Alan Kurdi,
    after Alan Kurdi") and the word no part of a longer capitalised run ("Namse
    Bangdzod" is not cut into "Namse" and a ship)."""
    inside = {i for ship in ships for i in range(ship.start, ship.end)}
    names = {tuple(t.text for t in ship[1:]) for ship in ships if len(ship) > 2}
    lasts = {ship[-1].text for ship in ships if len(ship) > 1 and ship[-1].is_title}
    out, taken = [], set(inside)
    for name in sorted(names, key=len, reverse=True):
        for tok in doc:
            end = tok.i + len(name)
            if end <= len(doc) and tuple(t.text for t in doc[tok.i:end]) == name and \
                    not taken.intersection(range(tok.i, end)) and \
                    doc[tok.i:end].text not in people:  # "after Alan Kurdi", the boy
                out.append(Span(doc, tok.i, end, label=SHIP))
                taken.update(range(tok.i, end))

    def alone(i: int) -> bool:
        return not (i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ != "the") and \
            not (i + 1 < len(doc) and doc[i + 1].is_title)

    out += [Span(doc, tok.i, tok.i + 1, label=SHIP) for tok in doc
            if tok.text in lasts and tok.i not in taken and tok.text not in people
            and alone(tok.i)]
    return sorted(out, key=lambda span: span.start)
