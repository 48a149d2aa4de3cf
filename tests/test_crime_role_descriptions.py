"""The nouns for one accused of a crime refer to a person introduced with another of them
(hundred-and-eighty-first extraction iteration, data only: discourse.json
``person_description_heads``): "Kyle Rittenhouse, the suspect in a shooting ... the
defendant", "the gunman ... the shooter"."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_defendant_is_the_suspect_named_before(nlp):
    # After https://en.wikinews.org/wiki/Kyle_Rittenhouse_released_on_bail
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Kyle Rittenhouse, the suspect in a shooting of protesters in "
                          "Kenosha, was released from jail on Friday. His lawyers said the "
                          "defendant acted in self-defense.", "act.01")
    assert any(("agent", "Kyle Rittenhouse") in a for a in args), args


def test_two_suspects_leave_the_defendant_open(nlp):
    # guard: with two people introduced as suspects, "the defendant" is neither
    args = events_of(nlp, "John Smith, a suspect in the robbery, and Tom Brown, a suspect in "
                          "the shooting, were arrested. The defendant acted alone, police "
                          "said.", "act.01")
    assert args and not any(n in ("John Smith", "Tom Brown") for a in args for _, n in a), args
