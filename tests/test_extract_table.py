"""The entity table's per-document reading aids (tokens made once, heads, children, text)
give what spaCy's own properties give: extraction reads through them for speed only."""
from __future__ import annotations

import pytest

from kg.extract import modality
from kg.extract.components import original_text
from kg.extract.table import EntityTable

TEXT = ("The Syrian president, Bashar al-Assad, said on Monday that he would not meet\n"
        "the envoy. \"We have passed the riskiest items,\" officials told reporters, who\n"
        "asked whether six miners, two guards, and one driver were hurt.\n\n"
        "Rain fell. The plan to close the base was not expected to be completed.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_table_tokens_heads_and_children_are_spacys(doc):
    table = EntityTable(doc)
    assert len(table.tokens) == len(doc) > 60
    for tok in doc:
        assert table.tokens[tok.i] == tok and table.tokens[tok.i].text == tok.text
        assert table.head(tok) == tok.head
        assert [c.i for c in table.children(tok)] == [c.i for c in tok.children]
        assert [c.i for c in table.lefts(tok)] == [c.i for c in tok.lefts]
        assert [c.i for c in table.rights(tok)] == [c.i for c in tok.rights]
    # the same Token objects every time (no new ones made per access)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert all(a is b for a, b in zip(table.children(verb), table.children(verb)))
    assert table.head(verb) is table.tokens[verb.i]


def test_table_texts_are_spacys(doc):
    table = EntityTable(doc)
    assert table.text == doc.text
    assert table.original_text() == original_text(doc)
    for start in range(0, len(doc), 3):
        for end in (start, start + 1, start + 4):
            span = doc[start:min(end, len(doc))]
            assert table.text_of(span) == span.text


def test_moods_read_through_the_table_are_the_direct_ones(doc):
    table = EntityTable(doc)
    checked = 0
    for tok in doc:
        assert modality.of_token(tok, table) == modality.of_token(tok)
        assert modality.clause_tense(tok, table) == modality.clause_tense(tok)
        if tok.pos_ in ("VERB", "AUX"):
            assert modality.of_verb(tok, table=table) == modality.of_verb(tok)
            checked += 1
    assert checked > 5
    # the readings differ between clauses, so the comparison can fail
    assert len({modality.of_token(t, table) for t in doc if t.pos_ == "VERB"}) > 1
