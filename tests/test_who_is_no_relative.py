""""WHO" is the World Health Organization, not the relative pronoun "who"
(hundred-and-eighty-seventh extraction iteration): "the WHO's decision in January to declare
the outbreak a public health emergency" had no one deciding or declaring, as every
argument lookup dropped the word as a relative pronoun."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_who_decides_and_declares(nlp):
    # After https://en.wikinews.org/wiki/World_Health_Organization_declares_COVID-19_a_pandemic
    # (2020), Wikinews contributors, CC BY 2.5
    text = ("The new status follows the WHO's decision in January to declare the outbreak a "
            "public health emergency.")
    assert any(("agent", "WHO") in a for a in events_of(nlp, text, "decide.01"))
    assert any(("agent", "WHO") in a for a in events_of(nlp, text, "declare.01"))


def test_a_relative_who_still_stands_for_its_antecedent(nlp):
    # guard: the lower-case relative is no organisation
    args = events_of(nlp, "The man who was arrested on Monday said nothing.", "arrest.01")
    assert any(("patient", "The man") in a for a in args), args
