"""Words in another script are foreign words, not English to read.

An English article may quote whole passages in another script (an interview given in
Hindi with its translation beside it, a letter in Russian). The English model still
tags them, and what it makes of them is noise: Devanagari function words read as people,
verbs that are not verbs, facts nobody stated. The ``kg_foreign_script`` component
(last in the pipeline) marks such words the way the Penn tag set marks a foreign word
(tag ``FW``, part of speech ``X``, the word itself as its lemma) and drops the entities
that hold one, so the readers find no predicate and no name in them:

- every word with a letter outside the Latin script ("Xi Jinping (习近平) said": the
  name in Chinese characters is a foreign word, the sentence stays English);
- every word of a sentence whose words are mostly such words (the English words of a
  code-mixed Hindi sentence, "जब medicine देने जाते थे", are read as part of it).

The text stays in the article: only the reading skips it. Foreign passages in the Latin
script are not detected here (that takes a language guess per sentence, unreliable on
short ones).
"""
from __future__ import annotations

import re

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

#: Letters outside the Latin script (Latin: Basic Latin to Latin Extended-B, the IPA
#: block, Latin Extended Additional, the full-width Latin letters).
_NON_LATIN = re.compile(r"[^\W\d_\u0000-\u02AF\u1E00-\u1EFF\uFF21-\uFF5A]")
#: A sentence is foreign when more than this share of its words are foreign words.
FOREIGN_SHARE = 0.5


def foreign_tokens(doc: Doc, seen: dict[int, bool] | None = None) -> list[int]:
    """The indices of ``doc``'s foreign words (see the module). ``seen`` caches, by word,
    whether it has a non-Latin letter: most articles have none, found with one look per
    distinct word and no sentence walked."""
    seen = {} if seen is None else seen
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, IS_PUNCT, IS_SPACE]).tolist()
    for orth in {row[0] for row in rows}:
        if orth not in seen:
            seen[orth] = bool(_NON_LATIN.search(strings[orth]))
    foreign = [seen[row[0]] for row in rows]
    if not any(foreign):
        return []
    words = [not (punct or space) for _, punct, space in rows]
    found = []
    for sent in doc.sents:
        span = range(sent.start, sent.end)
        n_words = sum(words[i] for i in span)
        n_foreign = sum(foreign[i] for i in span)
        if n_foreign > FOREIGN_SHARE * n_words:
            found.extend(i for i in span if words[i])
        else:
            found.extend(i for i in span if foreign[i])
    return found


class ForeignScript:
    """Mark foreign words as such and drop the entities holding one. No data: nothing
    to initialise or save."""

    def __init__(self) -> None:
        self._seen: dict[int, bool] = {}  # by word (orth): has a non-Latin letter

    def __call__(self, doc: Doc) -> Doc:
        found = foreign_tokens(doc, self._seen)
        if not found:
            return doc
        for i in found:
            token = doc[i]
            token.tag_, token.pos_, token.lemma_ = "FW", "X", token.lower_
        inside = set(found)
        doc.ents = [e for e in doc.ents if inside.isdisjoint(range(e.start, e.end))]
        for name, group in list(doc.spans.items()):
            doc.spans[name] = [s for s in group if inside.isdisjoint(range(s.start, s.end))]
        return doc


@Language.factory("kg_foreign_script", assigns=["token.tag", "token.pos", "token.lemma",
                                                 "doc.ents"])
def make_foreign_script(nlp: Language, name: str) -> ForeignScript:
    return ForeignScript()
