"""A small language guesser over jusText's stop-word lists (shipped with justext)."""
from __future__ import annotations

import re
from functools import lru_cache

import justext

#: Languages compared with English; their names are justext stop-list names.
CANDIDATES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
    "tr": "Turkish", "ar": "Arabic", "fa": "Persian", "sv": "Swedish", "id": "Indonesian",
    "ro": "Romanian", "cs": "Czech", "el": "Greek", "hi": "Hindi", "ko": "Korean",
}
_WORD = re.compile(r"\w+", re.UNICODE)
SAMPLE_WORDS = 2000


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    return {code: frozenset(justext.get_stoplist(name)) for code, name in CANDIDATES.items()}


def guess_language(text: str) -> tuple[str, float]:
    """(language code, share of words that are its stop words); "und" when no words.

    English wins whenever its stop words make up a fair share of the text, so an
    English article quoting a foreign phrase stays English.
    """
    words = [w.lower() for w in _WORD.findall(text[:50000])][:SAMPLE_WORDS]
    letters = sum(1 for w in words if not w.isdigit())
    if letters == 0:
        return "und", 0.0
    stoplists = _stoplists()
    english = sum(1 for w in words if w in stoplists["en"]) / len(words)
    if english >= 0.25:
        return "en", english  # the common case: no need to score the other languages
    shares = {code: sum(1 for w in words if w in stops) / len(words)
              for code, stops in stoplists.items()}
    best = max(shares, key=shares.get)
    if len(words) < 8 and (shares["en"] > 0 or (shares[best] == 0 and all(w.isascii() for w in words))):
        return "en", shares["en"]  # too short to judge: do not reject a headline
    if shares[best] < 0.05:
        return "und", shares[best]  # e.g. Chinese: no spaces, no stop words known
    return best, shares[best]
