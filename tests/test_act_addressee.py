"""An act is no one addressed or given to (hundred-and-sixty-third extraction iteration):
in the seed's "The Russian decision was communicated by Putin with a phone call to Syrian
President Bashar Assad", PropBank's "with" of communicate.01 (the one communicated with)
made the phone call the addressee, a fact "Putin communicatesTo a phone call" once its
confidence crossed the threshold. An event noun after such a preposition is how ("with")
or nothing."""
import pytest

from extracttools import events_of, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_phone_call_is_how_a_decision_was_communicated_not_to_whom(nlp):
    x = read_everything(nlp, "The Russian decision was communicated by Putin with a phone "
                             "call to Syrian President Bashar Assad.").extraction
    call = next(e.id for e in x.events if e.trigger == "phone call")
    said = next(e for e in x.events if e.frame == "communicate.01")
    assert ("addressee", call) not in said.arguments
    assert ("instrument", call) in said.arguments


def test_people_after_with_are_still_spoken_with(nlp):
    # guard: only an act is no addressee
    assert any(("agent", "Smith") in a and len(a) > 1
               for a in events_of(nlp, "Smith spoke with reporters on Monday.", "speak.01"))
