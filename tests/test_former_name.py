"""A name the article gives only as another body's former one is no body of its own
(hundred-and-seventy-ninth extraction iteration): "The Solidarity Party was founded in
2011 as the Christian Democratic Party. ... The party changed to its current name" — the
Christian Democratic Party had been a second candidate for "the party", and neither was
taken (discourse.json ``former_name_verbs``)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# After https://en.wikinews.org/wiki/Wikinews_interviews_Brian_Carroll,_American_Solidarity_Party_presidential_nominee
# (2020), Wikinews contributors, CC BY 2.5
_TEXT = ("The Solidarity Party was founded in 2011 as the Christian Democratic Party. Its "
         "members met in Chicago in 2012. The party changed to its current name ahead of "
         "the 2016 presidential election.")


def test_the_party_is_the_one_founded_not_its_former_name(nlp):
    args = events_of(nlp, _TEXT, "change.01")
    assert any(("patient", "Solidarity Party") in a for a in args), args


def test_a_party_named_in_its_own_right_still_competes(nlp):
    # guard: another party the article names as one ("defeated the Green Party") stays a
    # candidate, and two candidates leave "the party" unresolved
    args = events_of(nlp, "The Solidarity Party defeated the Green Party in 2012. Its "
                          "members met in Chicago. The party changed its name in 2016.",
                     "change.01")
    assert args and not any(n in ("Solidarity Party", "Green Party")
                            for a in args for _, n in a), args
