"""How news writes a place's name (linking iteration 20).

*A town before the region or country that holds it.* News writes where a town is with
a comma: "in Chippewa Falls, Wisconsin", "between El Paso and Ciudad Juárez, Mexico",
"Patrick Crusius of Allen, Texas". The small model
reads the town as a person (three of twelve unseen articles), and a town that is also
a surname of someone in the article ("Allen" beside a "Greg Allen") was made that
person. The town is a place, whatever the model read, and sure of it: a person's name
is never written between "in" and ", Wisconsin".

*A place's last word after "the".* "crossed the English Channel ... to cross the
Channel": a later "the" and the last word of the one longer place name the article gave
before is that place ("the Gulf" after "the Persian Gulf", "the Falls"), whatever the
model read the word as (the Channel an organisation, three times in one article).
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

#: Words right before a town written with its region: where something is or happens,
#: where someone is from, and the second of two places ("between El Paso and ...").
PLACE_BEFORE = frozenset({"in", "at", "near", "outside", "from", "of", "between", "and",
                          "to", "into"})
#: The model's labels of a region or a country.
REGION_LABELS = frozenset({"GPE", "LOC"})
#: Words after the region that end the phrase it ends ("..., Wisconsin where five died").
AFTER_REGION = frozenset({"where", "when", "while", "which", "who", "whose"})
#: Joiners after the region that make it one of a list ("Obama, Russia and China").
LIST_JOINERS = frozenset({"and", "or", "&"})


def _region_end(span: Span) -> int | None:
    """Where the region or country after ``span``'s comma ends, if one follows it."""
    doc = span.doc
    first = span.end + 1
    if first >= len(doc) or doc[span.end].text != "," or \
            doc[first].ent_type_ not in REGION_LABELS or doc[first].ent_iob_ != "B":
        return None
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def before_region(span: Span) -> bool:
    """Is ``span`` a town written with its region: after a word of place and before a
    comma and a region or country that ends the phrase ("in Chippewa Falls, Wisconsin
    where", "Allen, Texas, near")? Not a list ("of Obama, Russia and China"), not a
    region that opens a longer name or a possessive ("Smith, Texas Governor Greg
    Abbott", "Cruz, Texas's senator")."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in PLACE_BEFORE:
        return False
    end = _region_end(span)
    if end is None:
        return False
    if span.start >= 2 and doc[span.start - 2].lower_ == "according":
        return False  # "According to CNN, Turkey has ...": a source, then the sentence
    if end == len(doc):
        return True
    after = doc[end]
    if after.lower_ in LIST_JOINERS or after.tag_ == "POS" or after.lower_ in ("'s", "’s"):
        return False
    if after.text == "," and end + 1 < len(doc):
        nxt = doc[end + 1]
        return nxt.lower_ not in LIST_JOINERS and not (nxt.is_title and nxt.pos_ == "PROPN")
    # the region ends the phrase: a stop, a preposition or "where" ("Chippewa Falls,
    # Wisconsin where ..."); not a word that goes on with it ("statues of Christopher
    # Columbus, US presidents", "inquiry from Wikinews, U.S. presidential candidates")
    return after.is_punct or after.pos_ in ("ADP", "SCONJ") or after.lower_ in AFTER_REGION


def short_place(word: Span, places: Sequence[tuple[Span, str]]) -> str | None:
    """The identity of the one longer place name (``places``: spans of two words or
    more and their identities, in the article's order) that ``word``, one capitalised
    word after a lower-case "the", ends and that came before it."""
    doc = word.doc
    if len(word) != 1 or word.start == 0 or doc[word.start - 1].text != "the" or \
            not word[0].is_title:
        return None
    owners = {ident for span, ident in places
              if len(span) > 1 and span.end <= word.start and span[-1].text == word.text}
    return next(iter(owners)) if len(owners) == 1 else None
