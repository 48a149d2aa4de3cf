"""Names the model runs together with what stands next to them (linking iteration 20).

Two conventions of news text the small model reads as one name:

- a ticket or a pair written with a slash ("the Hawkins/Walker ticket", "Blankenship/Mohr",
  "Collins/Parker": 23 times in 169 unseen Wikinews articles, election news above all):
  two people, each a mention of a person the article names in full. The model read
  them as one organisation or one facility, a type of nobody;
- a caption's word glued to the name before it when the page's text was flattened
  ("Jo JorgensenImage: Jo Jorgensen for President."): the caption word and its credit
  are no part of the name ("Image:" after a space is trimmed by ``EntityRules._trim``).

- a party's adjective before a chamber ("the Republican Senate Majority Leader"): the
  party's adjective and the chamber, two names (``party_chambers`` of
  kg/data/extract/entities.json). As one organisation it was nothing the index knows,
  and it took the article's other "Senate" mentions and "Republicans" with it.

``EntityRules`` passes each of the model's names through ``split_joined`` and
``split_party_chamber`` before trimming it.
"""
from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Span

#: The mark between the two names of a pair.
SLASH = "/"
#: The marks a pair is written with: a slash, or a hyphen ("the Blankenship-Mohr ticket",
#: linking iteration 21), each side then a person of the article ("Smith-Jones" alone,
#: a double-barrelled surname, has no person "Smith" beside it).
PAIR_MARKS = frozenset({SLASH, "-"})
#: Model labels a pair of people may be read as.
PAIR_LABELS = frozenset({"PERSON", "ORG", "FAC", "GPE", "NORP", "PRODUCT"})


#: Lower-case words that begin a surname of several words: "Gloria La Riva" is "La Riva",
#: "Ursula von der Leyen" "von der Leyen".
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le",
                            "bin", "ibn", "al", "el", "dos", "das", "del", "ter"})


def article_people(model: Collection[Span]) -> frozenset[str]:
    """The full names (two words or more) of the model's people, and their surnames (with
    the particles a surname begins with: "La Riva", "von der Leyen"): what one side of a
    slash must be to name a person."""
    names: set[str] = set()
    for ent in model:
        if ent.label_ == "PERSON" and len(ent) > 1 and SLASH not in ent.text:
            names.add(ent.text)
            names.add(ent[-1].text)
            first = len(ent) - 1
            while first > 1 and ent[first - 1].lower_ in NAME_PARTICLES:
                first -= 1
            if first < len(ent) - 1:
                names.add(ent[first:].text)
    return frozenset(names)


def split_at_slash(span: Span, people: Collection[str]) -> list[Span]:
    """"Hawkins/Walker" or "Blankenship-Mohr" (one name of the model's) -> "Hawkins",
    "Walker" (people), when each side of the slash or hyphen, written without spaces, is
    a full name or a surname of a person the article names in full, two of them. Any
    other slash or hyphen ("AC/DC", "Fedora/Red Hat", "Kroah-Hartman") is left as it is."""
    if span.label_ not in PAIR_LABELS or len(span) < 3:
        return [span]
    doc = span.doc
    marks = [t.i for t in span[1:-1]
             if t.text in PAIR_MARKS and not doc[t.i - 1].whitespace_ and not t.whitespace_]
    if len(marks) != 1:
        return [span]
    slash = marks[0]
    start = span.start
    while start < slash and (doc[start].is_lower or doc[start].lower_ == "the"):
        start += 1  # "(T)he Blankenship/Mohr" (ticket): the article is no part of a name
    left, right = doc[start:slash], doc[slash + 1:span.end]
    if left.text not in people or right.text not in people or left.text == right.text:
        return [span]
    whole = doc[start:span.end].text
    # (not the pair itself: the model reads "Browne-Jorgensen" as one person as well)
    if any(name.endswith(" " + whole) for name in people):
        return [span]  # "Anna Smith-Jones ... Smith-Jones said": one double-barrelled name
    return [Span(doc, left.start, left.end, label="PERSON"),
            Span(doc, right.start, right.end, label="PERSON")]


def without_glued_caption(span: Span, caption_words: Collection[str]) -> Span | None:
    """``span`` without a last word that is a name glued to a caption's word before a
    colon ("Jo JorgensenImage" + ":" -> "Jo"); None when nothing is left."""
    doc = span.doc
    last = span[-1]
    if span.end >= len(doc) or doc[span.end].text != ":":
        return span
    word = next((w for w in caption_words if last.text.endswith(w)), None)
    if word is None or len(last.text) == len(word) or not last.text[-len(word) - 1].islower():
        return span
    if len(span) == 1:
        return None
    return Span(doc, span.start, span.end - 1, label=span.label)


def split_joined(span: Span, people: Collection[str],
                 caption_words: Collection[str]) -> list[Span]:
    """The names in ``span``: a pair split at its slash, a glued caption word dropped."""
    if span.label_ not in PAIR_LABELS:
        return [span]
    kept = without_glued_caption(span, caption_words)
    return [] if kept is None else split_at_slash(kept, people)


def split_party_chamber(span: Span, adjectives: Collection[str], chambers: Collection[str],
                        known: Callable[[str], bool] = lambda text: False) -> list[Span]:
    """"Republican Senate" (one organisation of the model's) -> "Republican" (the
    party's adjective, a group) and "Senate", unless ``known`` says the index knows
    the whole name."""
    if span.label_ != "ORG":
        return [span]
    doc = span.doc
    start = span.start
    while start < span.end and doc[start].is_lower:
        start += 1  # "the Republican Senate"
    if span.end - start != 2 or doc[start].text not in adjectives or \
            doc[start + 1].text not in chambers or known(doc[start:span.end].text):
        return [span]
    return [Span(doc, start, start + 1, label="NORP"),
            Span(doc, start + 1, span.end, label="ORG")]
