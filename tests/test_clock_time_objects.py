"""A clock time the parser makes a direct object says when, not what (hundred-and-fifty-
eighth extraction iteration): "He passed away 5:03 AM, February 10, 2019" had "AM" as the
object of "passed away", which made the verb transitive and the one who died its agent.
A duration stays an object: "the review took five hours" is how long it took."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_one_who_passed_away_at_a_clock_time_is_the_patient(nlp):
    # After a sentence of https://en.wikinews.org/wiki/Bishop_Emeritus_Dinualdo_Gutierrez_of_Marbel,_Philippines_dies
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Bishop Dinualdo Gutierrez passed away 5:03 AM, February 10, 2019, "
                          "at the Gen. Santos Doctors' Hospital.", "die.01")
    assert args and all(("patient", "Dinualdo Gutierrez") in a for a in args)
    assert not any(r == "agent" for a in args for r, _ in a)


def test_a_duration_object_stays_how_long(nlp):
    assert [("patient", "The review"), ("amount", "five hours")] in events_of(
        nlp, "The review took five hours.", "take.10")
