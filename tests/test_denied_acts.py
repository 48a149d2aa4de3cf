"""An act named as the object of a denial is negated (two-hundred-and-fifteenth extraction
iteration, kg.extract.modality.of_token), as one in a denied clause already was ("denied
that he had misled parliament"). Self-written sentences of one construction."""
import pytest

from extracttools import events_at, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_denied_involvement_is_negative(nlp):
    events = events_at(read_everything(nlp, "Russia denied involvement in the attack.").extraction,
                       "involvement")
    assert events and all(e.polarity == "negative" for e in events), events


def test_admitted_involvement_stays_positive(nlp):
    # guard: only a denial negates
    events = events_at(read_everything(nlp, "Russia admitted involvement in the attack.")
                       .extraction, "involvement")
    assert events and all(e.polarity == "positive" for e in events), events
