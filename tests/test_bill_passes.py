"""A bill that passes a chamber is what was passed (hundred-and-fifty-ninth extraction
iteration): "This bill passed the Senate of the state" had the bill as agent and the
Senate as what was passed, and the Act itself read as an organisation. A reading of
``senses.json`` ("pass" with a thing as subject: pass.01 with its subject the ARG1 and
its object the ARG0) turns them round; a new verb of the kind is one entry. A name
ending in a law's head word ("Act") is a law whatever the model tags it."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_chamber_a_bill_passes_is_the_agent(nlp):
    # Sentence from https://en.wikinews.org/wiki/Governor_of_US_state_of_Alabama_signs_state_anti-abortion_measure
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "The Human Life Protection Act was introduced in April. This bill "
                          "passed the Senate of the state on Tuesday.", "pass.01")
    # (the bill is the Act named before; the model tags the Act an organisation, which
    # the law's head word "Act" outweighs)
    assert [("patient", "Human Life Protection Act"), ("agent", "Senate")] in args


def test_a_bill_that_passes_alone_is_what_was_passed(nlp):
    assert [("patient", "The measure")] in events_of(nlp, "The measure passed.", "pass.01")


def test_a_chamber_that_passes_a_bill_stays_the_agent(nlp):
    assert [("agent", "Senate"), ("patient", "the bill")] in events_of(
        nlp, "The Senate passed the bill.", "pass.01")
