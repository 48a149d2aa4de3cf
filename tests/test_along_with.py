"""Whoever a subject acts "along with" or "together with" acts too (hundred-and-sixtieth
extraction iteration): "Planned Parenthood, along with the American Civil Liberties Union
have announced their plans to oppose the bill" gave only Planned Parenthood; the parser
hangs the companion on the subject as a preposition's object, not as a conjunct."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_subjects_companion_along_with_it_acts_too(nlp):
    # Sentence from https://en.wikinews.org/wiki/Governor_of_US_state_of_Alabama_signs_state_anti-abortion_measure
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Planned Parenthood, along with the American Civil Liberties Union "
                          "have announced their plans to oppose the bill by lawsuit.", "oppose.01")
    assert any(("agent", "Planned Parenthood") in a and
               ("agent", "American Civil Liberties Union") in a for a in args), args


def test_together_with_on_the_subject(nlp):
    args = events_of(nlp, "Putin, together with Erdogan, announced a ceasefire.", "announce.01")
    assert any(("agent", "Putin") in a and ("agent", "Erdogan") in a for a in args), args


def test_with_after_an_object_is_no_companion(nlp):
    # guard: only a subject's companion acts ("merging the code along with the repository")
    args = events_of(nlp, "Police arrested Smith along with his brother.", "arrest.01")
    assert args and not any(r == "agent" and n != "Police" for a in args for r, n in a)
