"""Image captions inside an article's text: paragraphs that end with a picture's credit.

A page flattened to text keeps its pictures' captions as paragraphs of their own, each
ending in its credit ("Jimmy Carter (center) shakes hands with ... Image: Yaakov Saar.",
"... 12 points to 10.  (Image: Patrick Gillett)", "Sirhan in 1969 (file photo)"). What a
caption says describes a picture, not the news: the guidelines annotate nothing there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import lexicons

_PARAGRAPH = re.compile(r"\n\s*\n")


_DETERMINERS = frozenset("a an the this that his her its our their my your".split())


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicons.entities().get("caption_words", ()))
    # a credit closing the paragraph: "Image: X." (after a full stop, a space or nothing:
    # "a facemask.Image: Gage Skidmore."; a semicolon too: "Image; Pacific Standard."),
    # "(Image: X)", or "(file photo)"; the caption word in any case ("image: Daily et al.")
    return re.compile(
        rf"(?:(?<![\w-])(?P<word>(?i:{words}))[ \t]*[:;][ \t]*[^\n:;()]{{1,100}}"
        rf"(?:\([^()\n]{{1,60}}\)[^\n:;()]{{0,40}})*"
        rf"|\((?i:{words})[:;][^()\n]{{1,100}}\)|\(file (?:photo|image|picture)\))[ \t]*\.?[ \t]*$")


def _ends_with_credit(paragraph: str) -> bool:
    if ":" not in paragraph and ";" not in paragraph and "(" not in paragraph:
        return False  # (every credit has one of them: the search would try every position)
    m = _credit().search(paragraph)
    if m is None:
        return False
    word = m.group("word")
    if word is None or word[0].isupper():
        return True
    # a lower-case caption word after a determiner is a noun of the sentence
    # ("released a photo: the suspect fled"), not a credit
    before = paragraph[:m.start()].split()
    return not before or before[-1].casefold() not in _DETERMINERS


def caption_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text``'s paragraphs that end with a picture's credit."""
    out, start = [], 0
    for m in [*_PARAGRAPH.finditer(text), None]:
        end = m.start() if m else len(text)
        if _ends_with_credit(text[start:end].rstrip()):
            out.append((start, end))
        start = m.end() if m else end
    return out


def in_caption(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the character at ``offset`` lies in one of ``ranges``."""
    return any(s <= offset < e for s, e in ranges)
