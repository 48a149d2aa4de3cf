"""Act nouns without a nominal suffix (sixty-third extraction iteration): a noun PropBank
lists whose first WordNet sense is an act, event or process (``event_nouns.json``) names an
event when a named doer is the object of its "by" phrase ("a tweet by Mike Pompeo"); not
alone, not under a light verb, not an attempt. Self-written sentences."""
import pytest

from extracttools import read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _frames(nlp, text: str) -> dict[str, list[tuple[str, str]]]:
    x = read_everything(nlp, text).extraction
    names = {e.key: e.name for e in x.entities}
    return {e.frame: [(r, names.get(k, k)) for r, k in e.arguments] for e in x.events}


def test_act_noun_with_a_named_by_doer_is_an_event(nlp):
    frames = _frames(nlp, "A tweet by Mike Pompeo angered officials in Beijing on Monday.")
    assert ("agent", "Mike Pompeo") in frames.get("tweet.01", [])


def test_act_noun_without_a_named_doer_is_no_event(nlp):
    frames = _frames(nlp, "A tweet angered officials in Beijing on Monday.")
    assert "tweet.01" not in frames
    # control: with a named doer it is an event
    frames = _frames(nlp, "A tweet by Mike Pompeo angered officials in Beijing on Monday.")
    assert "tweet.01" in frames


def test_attempt_by_a_named_doer_stays_no_event(nlp):
    frames = _frames(nlp, "Attempts by Rudy Giuliani to encourage investigations failed.")
    assert "attempt.01" not in frames
    assert "encourage.01" in frames  # control: what was attempted is read


def test_title_cased_act_noun_is_no_event(nlp):
    frames = _frames(nlp, "Fans watched the final Show by Netflix in London.")
    assert "show.01" not in frames
    assert "watch.01" in frames  # control: the sentence's verb is read
