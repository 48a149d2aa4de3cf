"""A passive raises its subject into a perfect infinitive (hundred-and-eighty-fourth
extraction iteration): "Biden was declared to have won Pennsylvania's 20 electoral college
votes" — Biden won; the winner had been missing. A perfect infinitive is never a purpose
("cranes were used to hoist workers" keeps the user as the one who hoists), and one in the
passive undergoes ("was reported to have been killed")."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_passive_subject_does_the_perfect_infinitive(nlp):
    # After https://en.wikinews.org/wiki/Joe_Biden_projected_to_win_2020_US_presidential_election
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Biden was declared to have won Pennsylvania's 20 electoral college "
                          "votes.", "win.01")
    assert any(("agent", "Biden") in a for a in args), args


def test_a_passive_perfect_infinitive_is_undergone(nlp):
    args = events_of(nlp, "Smith was reported to have been killed in Syria.", "kill.01")
    assert any(("patient", "Smith") in a for a in args), args
    assert not any(("agent", "Smith") in a for a in args), args
