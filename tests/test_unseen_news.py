"""Entities, roles and relations scored on hand-written news the rules were not tuned on.

The expectations in tests/data/unseen_news*/*.json were written (and committed) before
the extractor was run on the articles; see ``unseen_news_score`` for the format.
Batch 1 was used to find errors, batch 2 was held out then used for a second pass,
batch 3 was held out, measured, then used for a third; batch 4 (4 articles) was held
out to the end, measured once, then used for three small fixes. Floors sit a margin under the
figures reached (run with ``-s`` to print them); falling below one means a change
lost generality, not one sentence.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from unseen_news_score import DATA, load_expectations, score

pytestmark = [pytest.mark.slow,  # extracts every unseen news article
              pytest.mark.extraction]  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

BATCHES = {
    "unseen_news": DATA,
    "unseen_news_2": DATA.parent / "unseen_news_2",
    "unseen_news_3": DATA.parent / "unseen_news_3",
    "unseen_news_4": DATA.parent / "unseen_news_4",
}

#: Reached on 2026-11-24, before -> after the generalisation pass, per batch (1/2/3):
#: entity recall .93/.92/.95 -> .97/.97/.97; type accuracy .94/.93/.90 -> 1.0/1.0/.96;
#: entity precision .82/.80/.84 -> .88/.86/.88; merges .59/.56/.71 -> 1.0/.89/.86;
#: role recall .44/.50/.57 -> .97/.85/.81; role precision .45/.63/.60 -> .95/.94/.81;
#: relation recall .77/.59/.81 -> .89/.76/.89; relation precision over entity pairs
#: .88/.36/.80 -> .91/.73/.56 (few pairs: batch 3 has 9). Batch 4, held out to the
#: end: .83/.91/.76/.75/.56/.56/.78/.50 before, .93/.97/.81/1.0/.78/.78/.78/.38 held
#: out after the three passes (relation precision over 8 pairs).
#: After the predicate-argument reader replaced the relation rules (2026-11-30), with
#: "says" scored on claims and precision over named pairs only: relation recall
#: .865/.78/.865/.783, relation precision .842/.588/.40/.75 — the general reader relates
#: more named pairs than these key-relation lists name ("RSF attacks El Obeid"), so
#: precision here is a lower bound; the floors of batches 2 and 3 moved with it. The
#: floors measure the reader (everything it reads, emission thresholds 0): the calibrated
#: emission threshold is measured on the Wikinews gold, not on these self-written lists.
FLOORS = {
    "unseen_news": {"entity_recall": 0.92, "entity_type_accuracy": 0.95,
                    "entity_precision": 0.82, "merge_accuracy": 0.9, "role_recall": 0.88,
                    "role_precision": 0.85, "relation_recall": 0.82,
                    "relation_precision": 0.8},
    "unseen_news_2": {"entity_recall": 0.9, "entity_type_accuracy": 0.93,
                      "entity_precision": 0.8, "merge_accuracy": 0.75, "role_recall": 0.75,
                      "role_precision": 0.82, "relation_recall": 0.68,
                      "relation_precision": 0.55},
    "unseen_news_3": {"entity_recall": 0.9, "entity_type_accuracy": 0.9,
                      "entity_precision": 0.8, "merge_accuracy": 0.7, "role_recall": 0.7,
                      "role_precision": 0.7, "relation_recall": 0.8,
                      "relation_precision": 0.35},
    "unseen_news_4": {"entity_recall": 0.85, "entity_type_accuracy": 0.9,
                      "entity_precision": 0.75, "merge_accuracy": 0.9, "role_recall": 0.75,
                      "role_precision": 0.7, "relation_recall": 0.7,
                      "relation_precision": 0.25},
}


@pytest.fixture(scope="module")
def results(read_text):
    return {name: score(read_text, folder) for name, folder in BATCHES.items()}


@pytest.mark.parametrize("folder", sorted(BATCHES.values()), ids=lambda p: Path(p).name)
def test_unseen_batch_has_articles_with_expectations(folder):
    articles = load_expectations(folder)
    assert len(articles) >= 4
    for name, text, expected in articles:
        assert 120 <= len(text.split()) <= 320, name
        assert expected["entities"] and expected["relations"], name


@pytest.mark.parametrize("batch", sorted(BATCHES))
def test_unseen_news_figures_stay_above_their_floors(results, batch, capsys):
    figures = results[batch].figures()
    with capsys.disabled():
        print(f"\n{batch}: " + ", ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    low = {k: v for k, v in figures.items() if v < FLOORS[batch][k]}
    assert not low, f"{low}\n" + "\n".join(results[batch].misses)


def test_unseen_news_offsets_quote_the_article(read_text):
    """Every mention, role and relation points at the article's own characters."""
    for folder in BATCHES.values():
        for name, text, _ in load_expectations(folder):
            x = read_text(text)
            assert x.entities and x.relations and x.events, name
            for e in x.entities:
                for m in e.mentions:
                    assert text[m.start:m.end] == m.text, (name, m)
            for r in x.roles:
                assert text[r.start:r.end] == r.text, (name, r)
            for rel in x.relations:
                assert 0 <= rel.start < rel.end <= len(text), (name, rel)
