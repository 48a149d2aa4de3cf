"""Verbs that carry a noun of judging someone are no facts of their own (sixty-seventh
extraction iteration): "drew criticism", "received criticism", "faced condemnation" are the
noun's event with the subject as the one judged; other objects keep the verb's fact.
Self-written sentences."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_drawn_criticism_is_the_criticism_of_the_subject(nlp):
    events = _read(nlp, "Abdul Qawi drew criticism for the remarks.")
    frames = [f for f, _ in events]
    assert "draw.01" not in frames
    criticism = next(args for f, args in events if f == "criticize.01")
    assert ("patient", "Abdul Qawi") in criticism


def test_received_and_faced_judgments_make_the_subject_their_patient(nlp):
    for text, frame in (("Donald Trump received criticism for the statement.", "criticize.01"),
                        ("Donald Trump faced condemnation over the move.", "condemn.01")):
        events = _read(nlp, text)
        assert not any(f in ("receive.01", "face.01") for f, _ in events), text
        judged = next(args for f, args in events if f == frame)
        assert ("patient", "Donald Trump") in judged, text


def test_drawn_attention_keeps_the_verbs_fact(nlp):
    # not a noun of judging: the annotators keep "drew national attention" as draw
    assert any(f == "draw.01" for f, _ in _read(nlp, "The union drew national attention."))
