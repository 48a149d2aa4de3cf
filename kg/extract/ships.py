"""A ship's name after its prefix (linking iteration 21).

News names a ship with the letters of its kind or navy before the name: "the rescue
ship MV Alan Kurdi", "the submarine U.S.S. Grayback", "MV Professor Albrecht Penck".
The small model reads the name as a person ("Alan Kurdi", the drowned boy the ship is
named after, took the ship's mention; "U.S.S. Grayback" a person) or the letters as an
organisation ("MV"). The capitalised words after the prefix (``ship_prefixes`` of
kg/data/extract/entities.json) are a ship's name: a named thing (label ``SHIP``),
whatever the model read; the prefix is a mark, no name of its own. The article then names the ship by the last word
of its name ("the Grayback"): that word is the ship too, unless it is the surname of a
person of the article ("Kurdi" of the Kurdi family, after whose boy "MV Alan Kurdi" is
named).
"""
from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span

SHIP = "SHIP"
#: The most words of a ship's name after its prefix.
MAX_WORDS = 5


def _name_word(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return tok.text[:1].isupper() or (tok.like_num and i > 0 and doc[i - 1].text[:1].isupper())


def ship_names(doc: Doc, prefixes: Collection[str],
               at: Iterable[int] | None = None) -> list[Span]:
    """The capitalised name after each ship prefix ("MV Sea-Watch 3" -> "Sea-Watch 3"),
    without the prefix: "U.S.S. Grayback" and "the Grayback" are one ship's name. The
    caller keeps the prefix, the token before each span, out of every other name.
    ``at``: the indices of the words that may be prefixes, in order (found in the doc's
    arrays, so not every word is made a Token); None: every word."""
    out = []
    for tok in (doc if at is None else (doc[i] for i in at)):
        if tok.text not in prefixes or tok.i + 1 >= len(doc) or not _name_word(doc, tok.i + 1):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= MAX_WORDS and (
                _name_word(doc, end) or (doc[end].text == "-" and not doc[end - 1].whitespace_
                                         and not doc[end].whitespace_)):
            end += 1
        if doc[end - 1].text == "-":
            end -= 1
        # the name without its prefix: "U.S.S. Grayback" and "the Grayback" are one ship
        out.append(Span(doc, tok.i + 1, end, label=SHIP))
    return out


def ship_short_names(doc: Doc, ships: list[Span], people: Collection[str]) -> list[Span]:
    """A ship's name written again without its prefix ("Namse Bangdzod" after "MV Namse
    Bangdzod"), and the last word of it standing alone ("The Grayback sank"), when that
    name or word is no name of a person of the article (``people``: "MV Alan Kurdi,
    after Alan Kurdi") and the word no part of a longer capitalised run ("Namse
    Bangdzod" is not cut into "Namse" and a ship)."""
    inside = {i for ship in ships for i in range(ship.start, ship.end)}

    def alone(i: int) -> bool:
        return not (i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ != "the") and \
            not (i + 1 < len(doc) and doc[i + 1].is_title)

    names = {tuple(t.text for t in ship) for ship in ships}
    # a name's last word alone ("the Grayback"), as a one-word name is
    words = {ship[-1].text for ship in ships if ship[-1].is_title} - {n[0] for n in names}
    out, taken = [], set(inside)
    for name in sorted(names | {(w,) for w in words}, key=len, reverse=True):
        for tok in doc:
            end = tok.i + len(name)
            if end > len(doc) or tuple(t.text for t in doc[tok.i:end]) != name or \
                    taken.intersection(range(tok.i, end)) or \
                    doc[tok.i:end].text in people:  # "after Alan Kurdi", the boy
                continue
            if len(name) == 1 and not alone(tok.i):
                continue
            out.append(Span(doc, tok.i, end, label=SHIP))
            taken.update(range(tok.i, end))
    return sorted(out, key=lambda span: span.start)
