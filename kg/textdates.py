"""Publication dates from datelines and metadata strings."""
from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_PATTERNS = (
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)"),
    re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.I),
    re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b", re.I),
)
DATELINE_CHARS = 400


def parse_date(text: str) -> date | None:
    """The first full date (ISO, 'March 15, 2016', '15 March 2016') in ``text``."""
    best: tuple[int, date] | None = None
    for index, pattern in enumerate(_PATTERNS):
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groups()
        try:
            if index == 0:
                found = date(int(groups[0]), int(groups[1]), int(groups[2]))
            elif index == 1:
                found = date(int(groups[2]), MONTHS[groups[0].lower().rstrip(".")], int(groups[1]))
            else:
                found = date(int(groups[2]), MONTHS[groups[1].lower().rstrip(".")], int(groups[0]))
        except (ValueError, KeyError):
            continue
        if best is None or match.start() < best[0]:
            best = (match.start(), found)
    return best[1] if best else None


def find_dateline(text: str) -> date | None:
    """A date in the opening lines of an article ("MOSCOW, March 15, 2016 (Reuters) -")."""
    return parse_date(text[:DATELINE_CHARS])
