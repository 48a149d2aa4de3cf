"""Scoring kg's extraction against gold files (``kg eval facts GOLD.jsonl``)."""
from kg.eval.facts import (FactScores, GoldFormatError, GoldPassage, PRF, evaluate_facts,
                           read_gold, score_extraction)

__all__ = ["FactScores", "GoldFormatError", "GoldPassage", "PRF", "evaluate_facts", "read_gold",
           "score_extraction"]
