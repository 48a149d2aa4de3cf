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


@lru_cache(maxsize=1)
def _credit() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicons.entities().get("caption_words", ()))
    # a credit closing the paragraph: "Image: X." (after a full stop, a space or nothing:
    # "a facemask.Image: Gage Skidmore."), "(Image: X)", or "(file photo)"
    return re.compile(
        rf"(?:(?<![\w-])(?:{words}):[ \t]*[^\n:()]{{1,100}}(?:\([^()\n]{{1,60}}\)[^\n:()]{{0,40}})*"
        rf"|\((?:{words}):[^()\n]{{1,100}}\)|\(file (?:photo|image|picture)\))[ \t]*\.?[ \t]*$")


def caption_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text``'s paragraphs that end with a picture's credit."""
    out, start = [], 0
    for m in [*_PARAGRAPH.finditer(text), None]:
        end = m.start() if m else len(text)
        if _credit().search(text[start:end].rstrip()):
            out.append((start, end))
        start = m.end() if m else end
    return out


def in_caption(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the character at ``offset`` lies in one of ``ranges``."""
    return any(s <= offset < e for s, e in ranges)
