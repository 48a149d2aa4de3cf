"""Names the model misreads (linking iteration 18): words it tags as names that name no
entity, and names of events it reads as organisations, people or buildings.

On unseen news the small model reads "UTC" of "(1700 UTC)" as an organisation (9 of
169 articles) and "CEO" of "the company's CEO said" as a person (6 of 169). The linker
already left both NIL, but their type misled entities-by-type queries and gave facts a
participant named "UTC". ``kg_entity_rules`` drops them:

- a time zone's letters (``time_zones`` of kg/data/extract/entities.json) right after a
  clock time: part of the time ("7:49 a.m. UTC", "(2100 UTC)"). Only there: "GMT" in a
  list of telescopes ("ELT, TMT, GMT") is the Giant Magellan Telescope;
- an office's title written as its acronym ("CEO", "CFO", "PM": a title of
  kg/data/extract/roles.json in capitals) standing alone: a title, not a name. A title
  before a name is trimmed off the person's span as any title is ("CEO Jane Doe");
- letters that abbreviate a common noun (``common_abbreviations``: "the FAQ", "QA and
  CI", "PPE", "CCTV"; linking iteration 19), which the model reads as organisations in
  interviews: a word, not a name;
- one capitalised word that only ever opens a sentence and that the article also
  writes in lower case ("Weather is not a problem." beside "the weather", "Law" beside
  "the law"): a word, not a name (the linker already left such words NIL);
- a name of two words or more ending in a word that makes it an event's
  (``event_name_heads``: "Asian Junior Championships", "Baku Olympiad", "Syrian Civil
  War"), which the model read as an organisation, a person or a facility, is an event;
- a disease's name (``disease_names``: "COVID-19", "Ebola"), which the model read as an
  organisation, a person or a place, is a named thing (linking iteration 20).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

#: How far back a clock time may stand before its zone ("11:30 am IST", "2053 Wednesday night, UTC").
CLOCK_WINDOW = 4
#: Words of a clock time that hold no digit.
CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "hours", "hrs", "noon",
                         "midnight"})
#: Model labels of the names these words are read as.
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC"})


def after_clock_time(span: Span, window: int = CLOCK_WINDOW) -> bool:
    """Does a clock time ("17:00", "1700", "5 p.m.") end within ``window`` words before
    ``span``, in the same sentence part (no full stop between)?"""
    doc = span.doc
    for i in range(span.start - 1, max(span.start - window, 0) - 1, -1):
        token = doc[i]
        if token.text in (".", "!", "?") or token.is_sent_end and i < span.start - 1:
            return False
        if any(c.isdigit() for c in token.text) or token.lower_ in CLOCK_WORDS:
            return True
    return False


def is_time_zone(span: Span, zones: frozenset[str]) -> bool:
    """A time zone's letters after a clock time, which the model read as a name."""
    return len(span) == 1 and span.label_ in NAME_LABELS and span.text in zones \
        and after_clock_time(span)


def is_title_acronym(span: Span, titles: frozenset[str]) -> bool:
    """An office's title standing alone, read as a name: in capitals ("the CEO said"),
    or of two words or more that are all titles ("Detective Inspector", "Prime
    Minister"). One title word written as a name may be a surname ("King said")."""
    text = span.text
    if span.label_ not in NAME_LABELS:
        return False
    if len(span) == 1:
        return len(text) > 1 and text.isupper() and text.isalpha() and text.lower() in titles
    return len(span) <= 3 and all(t.lower_ in titles for t in span)


#: What may stand right before a sentence's first word: a quotation mark, a colon, a
#: bracket closing a speaker's name ("((WN)) Yes.").
OPENERS = frozenset({'"', "“", "”", "'", "‘", "’", ":", ")", "]", "-", "—", "–"})


def opens_sentence(token) -> bool:
    """Does ``token`` open a sentence, a quotation or a speaker's turn?"""
    if token.i == 0 or token.is_sent_start:
        return True
    before = token.doc[token.i - 1]
    return before.text in OPENERS or (before.is_space and "\n" in before.text)


#: Tags of a common word (a noun, an adjective, an adverb, a verb), not a proper noun.
COMMON_TAGS = frozenset({"NN", "NNS", "JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN",
                         "VBP", "VBZ"})


def sentence_words(doc: Doc) -> frozenset[str]:
    """The capitalised words of ``doc`` that only ever open a sentence and that it also
    writes in lower case, or that the tagger reads as a common word wherever they open
    one ("Observers questioned ...", "Amateur researcher ..."): words, not names."""
    opening: set[str] = set()
    elsewhere: set[str] = set()
    lower: set[str] = set()
    proper: set[str] = set()  # opening a sentence as a proper noun somewhere
    for token in doc:
        text = token.text
        if not token.is_alpha:
            continue
        if text.islower():
            lower.add(text)
        elif text[0].isupper() and not text.isupper():
            (opening if opens_sentence(token) else elsewhere).add(text)
            if token.tag_ not in COMMON_TAGS or token.ent_type_ == "NORP":
                proper.add(text)  # "Republican committee member ...": a party's adjective
    return frozenset(w for w in opening - elsewhere if w.lower() in lower or w not in proper)


def names_nothing(span: Span, zones: frozenset[str], titles: frozenset[str],
                  words: frozenset[str] = frozenset(),
                  abbreviations: frozenset[str] = frozenset()) -> bool:
    """Is the model's name ``span`` no name of an entity (a time zone, a title, a word
    of ``sentence_words``, a common noun's ``abbreviations``)?"""
    return is_time_zone(span, zones) or is_title_acronym(span, titles) or (
        len(span) == 1 and span.label_ in NAME_LABELS and
        (span.text in words or span.text in abbreviations))


#: Model labels an event's name may be misread as.
EVENT_MISREAD = frozenset({"ORG", "PERSON", "FAC", "GPE"})


def as_event(span: Span, heads: frozenset[str]) -> Span:
    """``span`` relabelled an event when its last word is an event's (``heads``), or
    its last words are ("National Convention" of a party's: "the Libertarian National
    Convention", "the party's online National Convention"; linking iteration 20)."""
    if len(span) < 2 or span.label_ not in EVENT_MISREAD:
        return span
    if span[-1].text not in heads and not any(
            span.text == head or span.text.endswith(" " + head) for head in heads if " " in head):
        return span
    return Span(span.doc, span.start, span.end, label="EVENT")


#: The label of a disease's name: kg.extract.entities types it a Thing.
DISEASE = "DISEASE"
#: Model labels a disease's name may be misread as.
DISEASE_MISREAD = frozenset({"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})


def as_disease(span: Span, names: frozenset[str]) -> Span:
    """``span`` relabelled a disease when it is a disease's name (``names``)."""
    if span.label_ not in DISEASE_MISREAD or span.text not in names:
        return span
    return Span(span.doc, span.start, span.end, label=DISEASE)
