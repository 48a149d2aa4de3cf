"""How well the shipped confidences predict rightness on a split (no fitting).

    python scripts/calibration_report.py [--gold tests/gold/wikinews/facts.jsonl]
                                         [--split dev|test]

Reads the split with nothing filtered, labels every fact and claim with the article
scorer (as ``scripts/fit_confidence.py`` does) and prints, per confidence bin, how many
there are and the share that is right, then precision and recall of the facts and claims
emitted at the shipped thresholds. On dev these are training-fit figures (the model saw
dev); on test they say how the calibration carries over to another annotator's articles.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from fit_confidence import calibration_table, read_dev, samples  # noqa: E402

from kg.extract.confidence import calibration  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=REPO / "tests/gold/wikinews/facts.jsonl")
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    args = ap.parse_args()
    cal = calibration()
    arts = read_dev(args.gold, args.split)
    facts, _, claims = samples(arts)
    for name, data, model, threshold in (("facts", facts, cal.facts, cal.fact_threshold),
                                         ("claims", claims, cal.claims, cal.claim_threshold)):
        probs = [model.probability(s.features) for s in data]
        right = sum(s.label for s in data)
        print(f"{name} ({args.split}): {len(data)} read, {right} right "
              f"({right / max(1, len(data)):.3f})")
        for row in calibration_table(data, probs):
            print(f"  {row['bin']}: n {row['n']:4d}  predicted {row['predicted']:.3f}  "
                  f"observed {row['observed']:.3f}")
        kept = [s for s, p in zip(data, probs) if p >= threshold]
        hit = sum(s.label for s in kept)
        print(f"  at the threshold {threshold}: {len(kept)} emitted, {hit} right "
              f"(precision {hit / max(1, len(kept)):.3f})")


if __name__ == "__main__":
    main()
