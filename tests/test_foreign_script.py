"""A passage in another script inside an English article is kept but not read: its
words are foreign words, it names nobody and states no fact. (Sentences written for the
test.)"""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

ENGLISH = "Anna Berg, the mayor of Lindholm, opened a new bridge on Monday."
RUSSIAN = "Вчера Иван Петров подписал договор в Москве и открыл новый завод."
TEXT = f"{ENGLISH}\n\n{RUSSIAN}\n\nBerg said the bridge cost 40 million euros."


def test_a_sentence_in_another_script_names_nobody_and_states_nothing(nlp, read_text):
    doc = nlp(TEXT)
    start = TEXT.index(RUSSIAN)
    russian = [t for t in doc if start <= t.idx < start + len(RUSSIAN) and t.is_alpha]
    assert russian and all(t.tag_ == "FW" and t.pos_ == "X" for t in russian)
    x = read_text(TEXT)
    foreign = next(s.index for s in x.sentences if RUSSIAN in s.text)
    assert not [m for e in x.entities for m in e.mentions
                if start <= m.start < start + len(RUSSIAN)]
    assert not [r for r in x.relations if r.sentence == foreign]
    assert not [e for e in x.events if e.sentence == foreign]
    # the English around it is read as before
    assert any(e.name == "Anna Berg" for e in x.entities)
    assert any(e.sentence != foreign for e in x.events)


def test_a_name_in_another_script_is_a_foreign_word_in_an_english_sentence(nlp):
    doc = nlp("Chen Wei (陈伟) met the foreign minister of Norway in Oslo on Friday.")
    assert [t.tag_ for t in doc if t.text == "陈伟"] == ["FW"]
    assert any(t.pos_ == "VERB" and t.lemma_ == "meet" for t in doc)
    assert {e.text for e in doc.ents} >= {"Norway", "Oslo"}


def test_a_mostly_foreign_sentence_takes_its_latin_words_with_it(nlp):
    doc = nlp("Вчера Иван подписал contract в Москве.\n\nAnna Berg opened the bridge.")
    assert [t.tag_ for t in doc if t.text == "contract"] == ["FW"]
    assert [t.pos_ for t in doc if t.text == "opened"] == ["VERB"]
