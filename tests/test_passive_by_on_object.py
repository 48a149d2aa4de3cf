"""A passive's by-phrase the parser hung on the object it keeps (two-hundred-and-twelfth
extraction iteration, kg.extract.arguments.Reader._by_agent_on_goal): "Google was fined
2.4 billion euros by the European Commission" read the fine without the one fining.
Self-written sentences of one construction."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_one_fining_is_the_agent(nlp):
    args = events_of(nlp, "Google was fined 2.4 billion euros by the European Commission on "
                          "Tuesday.", "fine.01")
    assert any(("agent", "European Commission") in a and ("recipient", "Google") in a
               for a in args), args


def test_a_by_phrase_of_means_on_the_object_is_no_agent(nlp):
    # guard: only one who can act, named
    args = events_of(nlp, "The parcel was sent 200 miles by train.", "send.01")
    assert args and not any(role == "agent" for a in args for role, _ in a), args
