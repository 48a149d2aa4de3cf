"""A verb in the perfect joined to a passive is active (hundred-and-seventy-fourth extraction
iteration): "In Warren's campaign, she was known for her anti-corruption stance and had
released over 70 policy plans" made Warren what was released, and lost the plans; only a
passive of its own ("was sworn in and was given posts") or a bare participle ("was arrested
and charged") undergoes it."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_perfect_joined_to_a_passive_acts(nlp):
    # Sentence after https://en.wikinews.org/wiki/Elizabeth_Warren_endorses_Joe_Biden_for_US_president
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Elizabeth Warren was known for her anti-corruption stance and "
                          "had released over 70 policy plans.", "release.01")
    assert any(("agent", "Elizabeth Warren") in a and ("patient", "over 70 policy plans") in a
               for a in args), args


def test_has_served_after_was_elected(nlp):
    args = events_of(nlp, "Smith was elected to the Senate in 2010 and has served on the "
                          "finance committee.", "serve.01")
    assert any(("agent", "Smith") in a for a in args), args


def test_a_bare_participle_joined_to_a_passive_still_undergoes_it(nlp):
    # guard: "was arrested and charged" - the one arrested is charged
    args = events_of(nlp, "Smith was arrested and charged with fraud.", "charge.05")
    assert any(("patient", "Smith") in a for a in args), args
    assert not any(("agent", "Smith") in a for a in args), args
