"""An unnamed body's "it" in the clause it reports (two-hundred-and-ninth extraction
iteration, kg.extract.nodes.Nodes._reporting_body): "The company said it would cut
10,000 jobs" is the company's cut, as "Microsoft said it would" is Microsoft's through
coreference. Self-written sentences of one construction (none of the 295 plain Wikinews
articles writes an unnamed body's "said it"; wire copy often does)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


@pytest.mark.parametrize("text, frame, body", [
    ("The company said it would cut 10,000 jobs.", "cut.01", "The company"),
    ("The ministry said it had arrested three suspects.", "arrest.01", "The ministry"),
])
def test_an_unnamed_bodys_it_in_its_own_report_is_the_body(nlp, text, frame, body):
    args = events_of(nlp, text, frame)
    assert any(("agent", body) in a for a in args), args


def test_a_named_bodys_it_stays_the_named_body(nlp):
    # guard: a name is coreference's, not a description of its own
    args = events_of(nlp, "Microsoft said it would cut 10,000 jobs.", "cut.01")
    assert any(("agent", "Microsoft") in a for a in args), args
