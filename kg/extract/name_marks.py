"""Names the small model cuts or runs together at a dash or a comma (linking iteration 21).

Two conventions of news text:

- *a name joined to the word before it by a dash, without spaces* ("the eight-year
  Iran–Iraq War", "Harvard–Smithsonian Center for Astrophysics", "Sun-Hyung Lee",
  "the Islamic Revolutionary Guard Corps-Quds Force"): the model's name often starts
  after the dash, and "Iraq War" is another war (the index's, linked so on main).
  The word before the dash (or the model's whole name that ends there) belongs to the
  name. Only for a model name of two words or more after a capitalised word that is no
  title ("Former Vice-President Biden" keeps its title out), and never across a space
  ("pro-Democracy", "Israel-Gaza border": a lower-case word, a one-word name);
- *a town and its country read as one name* ("the Auckland, New Zealand police force"):
  the model made one organisation of a city the index knows and the country after its
  comma. They are two places, as "in Chippewa Falls, Wisconsin" already was
  (``kg.extract.place_names``). Only before a country of kg's list: "Washington, DC"
  is one city's name.

``EntityRules`` joins the model's names at dashes before it chooses among them, and
passes each name through ``split_town_country`` before trimming it.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from spacy.tokens import Span

#: The marks that join two words into one name when written without spaces.
DASHES = frozenset({"-", "–"})
#: The model labels a town and its country may be run together as.
TOWN_COUNTRY_LABELS = frozenset({"ORG", "GPE", "FAC", "PERSON", "NORP", "LOC"})
#: The most words a town's name before the comma has.
TOWN_WORDS = 3


def _joined_start(span: Span, titles: Collection[str], starts: dict[int, int]) -> int:
    """Where ``span`` starts when the word before it is joined to it by a dash, else
    its own start. ``starts``: the start of the model's name that ends at a token."""
    doc, s = span.doc, span.start
    if s < 2:
        return s
    dash, word = doc[s - 1], doc[s - 2]
    if dash.text not in DASHES or dash.whitespace_ or word.whitespace_:
        return s
    if len(span) < 2:
        return s
    if not (word.is_alpha and word.text[:1].isupper()) or word.lower_ in titles or \
            span[0].lower_ in titles:
        return s
    return starts.get(word.i, word.i)


def joined_by_dash(model: Sequence[Span], titles: Collection[str]) -> list[Span]:
    """The model's names with each name that starts after "Word–" taken back to that
    word (or to the start of the model's name that ends with it), the names it then
    holds dropped; in the order of the text."""
    ends = {ent.end - 1: ent.start for ent in model}
    grown = []
    for ent in model:
        start = _joined_start(ent, titles, ends)
        grown.append(ent if start == ent.start else
                     Span(ent.doc, start, ent.end, label=ent.label_))
    held = [g for g in grown if len(g) > 1]
    return sorted((g for g in grown
                   if not any(h is not g and h.start <= g.start and g.end <= h.end
                              and (h.start, h.end) != (g.start, g.end) for h in held)),
                  key=lambda s: s.start)


def hyphened_given_names(model: Sequence[Span]) -> list[Span]:
    """'Moon Jae' + '-in', 'Park Won' + '-soon': a person's name the model ended before the
    hyphen of a hyphened given name ("Moon Jae-in", "Kim Jong-un") runs on over the hyphen
    and the short lower-case syllable after it, all written without spaces."""
    out = []
    for ent in model:
        doc, end = ent.doc, ent.end
        if ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" and \
                not doc[end - 1].whitespace_ and not doc[end].whitespace_ and \
                doc[end + 1].is_alpha and doc[end + 1].is_lower and len(doc[end + 1]) <= 5 \
                and len(doc[end - 1]) <= 4:  # a syllable ("Jae"), not "Bangalore-side"
            ent = Span(doc, ent.start, end + 2, label=ent.label_)
        out.append(ent)
    return out


def split_town_country(span: Span, is_country: Callable[[str, int], bool],
                       is_place: Callable[[str, int], bool]) -> list[Span]:
    """"Auckland, New Zealand" (one name of the model's) -> "Auckland" and "New
    Zealand", two places, when the words after the one comma are a country's name
    (``is_country``: text, words) and the one to three capitalised words before it
    are a place the index knows (``is_place``). Any other comma is left as it is."""
    if span.label_ not in TOWN_COUNTRY_LABELS:
        return [span]
    commas = [t.i for t in span if t.text == ","]
    if len(commas) != 1:
        return [span]
    comma, start = commas[0], span.start
    while start < comma and span.doc[start].is_lower:
        start += 1  # "the Auckland, New Zealand police": the article is no part of it
    left, right = span.doc[start:comma], span.doc[comma + 1:span.end]
    if not 1 <= len(left) <= TOWN_WORDS or not len(right) or \
            not all(t.text[:1].isupper() for t in left) or \
            not is_country(right.text, len(right)) or not is_place(left.text, len(left)):
        return [span]
    return [Span(span.doc, left.start, left.end, label="GPE"),
            Span(span.doc, right.start, right.end, label="GPE")]


#: The most untagged words an organisation's name is taken back over.
RUN_ON_WORDS = 3


def org_run_on(model: Sequence[Span], titles: Collection[str], demonyms: Collection[str],
               heads: Collection[str]) -> list[Span]:
    """The model's organisations with the proper nouns it left untagged right before
    them taken in ("the CentOS Governing Board": the model's name is "Governing
    Board"): the capitalised words run on within the sentence, so they are one name.
    Only for a name ending in an organisation's head word (``heads``: "Board",
    "Party"); never over a sentence's first word ("Proroguing Parliament is"), a title
    ("President"), a demonym, a line break or a word of another name; at most
    ``RUN_ON_WORDS`` words."""
    out = []
    for ent in model:
        start = ent.start
        if ent.label_ == "ORG" and ent[0].text[:1].isupper() and ent[-1].text in heads:
            while start > 0 and ent.start - start < RUN_ON_WORDS and \
                    not ent.doc[start].is_sent_start and \
                    _run_on_word(ent.doc[start - 1], titles, demonyms) and \
                    not ent.doc[start - 1].is_sent_start:
                start -= 1
        out.append(ent if start == ent.start else
                   Span(ent.doc, start, ent.end, label=ent.label_))
    return out


def _run_on_word(tok, titles: Collection[str], demonyms: Collection[str]) -> bool:
    """An untagged proper noun that can open an organisation's name."""
    return (tok.ent_iob_ == "O" and tok.pos_ == "PROPN" and tok.text[:1].isupper()
            and tok.is_alpha and tok.lower_ not in titles and tok.text not in demonyms
            and "\n" not in tok.whitespace_)
