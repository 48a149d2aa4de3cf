"""A capitalised title of several words is a description (hundred-and-eighty-fifth
extraction iteration): "the Prime Minister apologised" — "Prime" read as a proper noun
before "Minister" had made the phrase a name, so it was never resolved; "President
Trump" stays a name."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_prime_minister_is_the_one_named_before(nlp):
    # After https://en.wikinews.org/wiki/Slovak_Prime_Minister_Igor_Matovi%C4%8D_tests_positive_for_COVID-19
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Prime Minister Igor Matovic of the Slovak Republic tested positive. "
                          "Deputy Prime Minister Richard Sulik failed to procure testing kits, "
                          "and the Prime Minister apologised to the people of his country.",
                     "apologize.01")
    assert any(("agent", "Igor Matovic") in a for a in args), args


def test_a_deputy_is_not_the_prime_minister(nlp):
    # guard: "Deputy Prime Minister Sulik" is no prime minister
    args = events_of(nlp, "Deputy Prime Minister Richard Sulik failed to procure testing kits, "
                          "and the Prime Minister apologised.", "apologize.01")
    assert args and not any(n == "Richard Sulik" for a in args for _, n in a), args
