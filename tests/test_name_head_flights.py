"""Descriptions that take up a name by the word before its number, or by the noun it was
introduced with (hundred-and-seventy-eighth extraction iteration): "the recorder from Lion
Air Flight 610 ... All 189 on the aircraft died when the flight came down" (the aircraft,
the flight: Lion Air Flight 610); "the Texas Haunters Convention ... The event spanned"
(a convention is an event, discourse.json ``name_head_descriptions``)."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_flight_is_the_flight_named_with_its_number(nlp):
    # After https://en.wikinews.org/wiki/Lion_Air_Flight_610_cockpit_voice_recorder_found
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Investigators said the cockpit voice recorder from Lion Air Flight "
                          "610 has been recovered. All 189 on board died when the flight came "
                          "down.", "come_down.22")
    assert any(("patient", "Lion Air Flight 610") in a for a in args), args


def test_the_event_is_the_convention_named_before(nlp):
    args = events_of(nlp, "Fans gathered in Austin for the Texas Haunters Convention on "
                          "Friday. The event featured haunted house builders.", "feature.01")
    assert any(("agent", "Texas Haunters Convention") in a for a in args), args


def test_two_flights_named_leave_the_flight_unresolved(nlp):
    # guard: with two names a description could take up, it takes neither
    args = events_of(nlp, "Lion Air Flight 610 and Lion Air Flight 904 were grounded. The "
                          "flight came down in the sea.", "come_down.22")
    assert args and not any(n.startswith("Lion Air") for a in args for _, n in a), args
