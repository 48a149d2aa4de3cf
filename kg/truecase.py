"""Lines in capitals read in ordinary case: wire headlines ("SOCCER - JAPAN GET LUCKY
WIN"), datelines and whole articles sent in capitals.

The small English model finds almost no names in capitals ("JAPAN GET LUCKY WIN": none;
"OBAMA MEETS" as one person) and mistags the words around them. A line is *shouting*
when nearly all its cased letters are capitals and it has a few words. Each of its words
then takes, in order:

- the case the same word has elsewhere in the article (its most frequent form, outside
  the start of a sentence when it has one there);
- lower case for a common word: a stop word, or a verb, adjective or adverb of the
  model's lemma index (WordNet's), or one of its nouns of four letters or more (its
  short nouns hold acronyms, "un", "eu"; the places kg's country table knows are taken
  out of them);
- as written for other short words (UN, FBI) and words with dots (U.S.);
- else a capital initial: an unknown word of a headline is most likely a name.

The first word of a line keeps a capital initial. The text keeps its length, so every
offset stays the source's (a word whose case mapping changes its length stays as it is).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable
from weakref import WeakKeyDictionary

from spacy.lang.en.stop_words import STOP_WORDS

from kg.extract import lexicons
from kg.model import Article

#: A word of a line: letters, with inner apostrophes, hyphens and dots ("MERKEL'S", "U.S.").
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*")
#: Share of a line's cased letters in capitals from which it shouts.
SHOUTING_SHARE = 0.9
#: Words (of two letters or more) a shouting line has at least.
SHOUTING_WORDS = 3
#: Words up to this length are common only as stop words, verbs, adjectives or adverbs.
ACRONYM_LETTERS = 3


@dataclass(frozen=True)
class CommonWords:
    """The lower-case words a shouting line writes in lower case when the article does
    not show them otherwise."""

    function: frozenset[str]  # stop words, verbs, adjectives, adverbs
    nouns: frozenset[str]     # nouns, places kg knows taken out

    def __contains__(self, low: str) -> bool:
        return _known(low, self.function) or (
            len(low) > ACRONYM_LETTERS and _known(low, self.nouns))


def shouting(line: str) -> bool:
    """Whether a line is written in capitals (a headline, a dateline, a shouted article)."""
    upper = sum(map(str.isupper, line))  # (every line of every article: counted in C)
    lower = sum(map(str.islower, line))
    if upper + lower == 0 or upper < SHOUTING_SHARE * (upper + lower):
        return False
    return sum(1 for w in _WORD.findall(line) if len(w) >= 2) >= SHOUTING_WORDS


#: Each loaded pipeline's common words, read once (weakly keyed: no model is kept alive).
_COMMON: WeakKeyDictionary = WeakKeyDictionary()


def text_recaser(nlp) -> Callable[[str], str]:
    """``readable(text)``: ``text`` with its shouting lines in ordinary case, for ``nlp``
    to parse (its common words read once, when a line first shouts)."""
    def common() -> CommonWords:
        if nlp not in _COMMON:
            _COMMON[nlp] = common_words(nlp)
        return _COMMON[nlp]

    return lambda text: truecase(visible(text), common)


#: A zero-width character (joiner, non-joiner, space, word joiner, byte-order mark) beside
#: an ASCII character: "[in Saudi Arabia\u200d]", "Wikinews\u200d's" (an editor's
#: leftover), not one inside a word of a script that needs it (Devanagari, Persian)
_ZERO_WIDTH = re.compile(r"(?<=[\x00-\x7f])[\u200b-\u200d\u2060\ufeff]|"
                         r"[\u200b-\u200d\u2060\ufeff](?=[\x00-\x7f])")


def visible(text: str) -> str:
    """``text`` with each zero-width character beside an ASCII one read as a space (same
    length): the tokenizer glues it to the word ("Arabia\u200d"), which then names
    nothing and cuts the name before it ("Saudi"; linking iteration 27)."""
    return _ZERO_WIDTH.sub(" ", text)


def recaser(nlp) -> Callable[[Article], Article]:
    """``readable(article)``: the article with its shouting lines in ordinary case (the
    same article when none shouts), for ``nlp`` to parse."""
    readable_text = text_recaser(nlp)

    def readable(article: Article) -> Article:
        text = readable_text(article.text)
        return article if text == article.text else replace(article, text=text)

    return readable


def common_words(nlp) -> CommonWords:
    """The common words of ``nlp``'s lemma index and spaCy's English stop words."""
    index = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
    function = set(STOP_WORDS)
    for part in ("verb", "adj", "adv"):
        function.update(index.get(part, ()))
    places = lexicons.countries()
    nouns = {w for w in index.get("noun", ()) if w.isalpha() and
             places.country_of(w.title()) is None}
    return CommonWords(frozenset(w for w in function if w.isalpha()), frozenset(nouns))


def truecase(text: str, common: Callable[[], CommonWords]) -> str:
    """``text`` with its shouting lines in ordinary case (same length). ``common`` gives
    the common words; it is called only when a line shouts."""
    lines = text.split("\n")
    loud = [n for n, line in enumerate(lines) if shouting(line)]
    if not loud:
        return text
    shouted = set(loud)
    forms = _article_forms(line for n, line in enumerate(lines) if n not in shouted)
    known = common()
    for n in loud:
        lines[n] = _recase(lines[n], forms, known)
    return "\n".join(lines)


def _article_forms(lines) -> dict[str, str]:
    """Each word's most frequent written form in the article's ordinary lines, its
    sentence-initial uses counted only when it has no other."""
    inner: dict[str, Counter] = defaultdict(Counter)
    initial: dict[str, Counter] = defaultdict(Counter)
    for line in lines:
        start = True
        for m in re.finditer(r"[.!?:\"“]\s*|" + _WORD.pattern, line):
            word = m.group()
            if not _WORD.fullmatch(word):
                start = True
                continue
            (initial if start else inner)[word.lower()][word] += 1
            start = False
    return {low: (inner.get(low) or counts).most_common(1)[0][0]
            for low, counts in {**initial, **inner}.items()}


#: Inflections stripped to find a word's lemma in the index ("meets", "denied", "talks").
_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
            ("ing", ""), ("ing", "e"), ("er", ""), ("est", ""))


def _known(low: str, words: frozenset[str]) -> bool:
    """Whether ``low`` or its lemma (an ending stripped) is one of ``words``."""
    return low in words or any(
        low.endswith(end) and low[:-len(end)] + new in words for end, new in _ENDINGS
        if len(low) > len(end) + 2)


def _recase(line: str, forms: dict[str, str], common: CommonWords) -> str:
    first = True

    def one(m: re.Match) -> str:
        nonlocal first
        word, low = m.group(), m.group().lower()
        form = forms.get(low)
        if form is None:
            if low in common:
                form = low
            elif len(word) <= ACRONYM_LETTERS or "." in word:
                form = word  # UN, FBI, U.S.
            else:
                form = word[0] + word[1:].lower()
        if first and form[0].islower():
            form = form[0].upper() + form[1:]
        first = False
        # a case mapping may change a word's length ("İ".lower()): then it stays
        return form if len(form) == len(word) else word

    return _WORD.sub(one, line)
