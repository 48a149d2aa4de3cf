"""Unresolved "he"/"she" on GUM tallied by cause (hundred-and-first extraction iteration):
the scorer lists them with their GUM chain's nearest earlier named mention."""
from __future__ import annotations

from bench.bench_coref_gum import score_article


def test_the_scorer_gives_an_unresolved_pronouns_nearest_named_mention():
    text = "Ann Lee met Bob. Lee said she left."
    gold = [{"span": [0, 7], "text": "Ann Lee", "cluster": "1"},
            {"span": [17, 20], "text": "Lee", "cluster": "1"},
            {"span": [26, 29], "text": "she", "cluster": "1"}]
    cases = {c.text: c for c in score_article("hand", text, gold, [])}
    assert cases["she"].resolved_to is None
    assert cases["she"].nearest_named == "Lee (6)"
