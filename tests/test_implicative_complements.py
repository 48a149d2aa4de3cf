"""What an implicative verb's bare infinitive says happens as far as the verb does
(two-hundred-and-first extraction iteration, kg.extract.modality): the parser often makes
"help them find" a ccomp, which had left "find" asserted under "could" and "not"; likewise
an intent verb's 'to'-infinitive after its object ("do not allow citizens to vote",
two-hundred-and-third)."""
import pytest

from extracttools import events_at, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _moods(nlp, text: str, trigger: str) -> list[tuple[str, str]]:
    events = events_at(read_everything(nlp, text).extraction, trigger)
    assert events, f"no event {trigger!r} read"
    return [(e.modality, e.polarity) for e in events]


def test_what_could_be_helped_to_happen_is_hedged(nlp):
    # https://en.wikinews.org/wiki/Zara_Kay_tells_Wikinews_about_her_non-profit_organisation_Faithless_Hijabi
    # (2020), Wikinews contributors, CC BY 2.5
    moods = _moods(nlp, "It could be maybe paying part of their tuition, or maybe helping "
                        "them find a temporary accommodation.", "find")
    assert moods == [("hedged", "positive")], moods


def test_what_was_not_helped_to_happen_is_negative(nlp):
    moods = _moods(nlp, "The volunteers did not help them find a home.", "find")
    assert all(p == "negative" for _, p in moods), moods


def test_what_was_helped_to_happen_is_asserted(nlp):
    # guard: help in the past, and the act took place
    moods = _moods(nlp, "The volunteers helped them find a home.", "find")
    assert moods == [("asserted", "positive")], moods


def test_what_is_not_allowed_to_happen_is_negative(nlp):
    # https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
    # (2020), Wikinews contributors, CC BY 2.5
    moods = _moods(nlp, "Of course the current laws do not allow citizens to directly vote on "
                        "council decisions.", "vote")
    assert moods == [("future", "negative")], moods


def test_what_is_allowed_to_happen_stays_positive(nlp):
    # guard: allowing is no negation
    moods = _moods(nlp, "The new laws allow citizens to directly vote on council decisions.",
                   "vote")
    assert moods and all(p == "positive" for _, p in moods), moods
