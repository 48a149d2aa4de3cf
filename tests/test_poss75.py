"""An event noun's possessor (seventy-fifth extraction iteration): an organisation's
"nomination" with no "of" phrase and no light verb names the candidacy the organisation
confers ("sought the Democratic Party's nomination"), no act, as the dev gold leaves it; an
organisation that gives its nomination ("gave its nomination to") is the one who nominates,
its agent; a person who owns it ("his nomination") stays the one nominated, and a
possessor of other nouns keeps the role PropBank's roleset gives it. Self-written
sentences."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _args(events, frame):
    return next(args for f, args in events if f == frame)


def test_an_organisations_nomination_sought_is_no_act(nlp):
    events = _read(nlp, "Joe Biden sought the Democratic Party's nomination for president.")
    assert not any(f == "nominate.01" for f, _ in events)
    assert any(f == "seek.01" for f, _ in events)  # control: the seeking is read


def test_an_organisation_giving_its_nomination_is_the_nominator(nlp):
    events = _read(nlp, "The Green Party of Canada gave its nomination to Ms Walker.")
    nomination = _args(events, "nominate.01")
    assert any(r == "agent" and "Green Party" in n for r, n in nomination)
    assert not any(r == "patient" and "Green Party" in n for r, n in nomination)


def test_an_organisations_nomination_of_someone_is_its_act(nlp):
    # guard: the "of" phrase kept the reading and its agent before this iteration too
    events = _read(nlp, "The Democratic Party's nomination of Joe Biden was expected.")
    nomination = _args(events, "nominate.01")
    assert any(r == "agent" and "Democratic Party" in n for r, n in nomination)
    assert ("patient", "Joe Biden") in nomination


def test_a_persons_nomination_still_names_the_one_nominated(nlp):
    # guard: passes with the rule reverted too
    events = _read(nlp, "The House of Representatives confirmed Pedro Pierluisi's nomination.")
    nomination = _args(events, "nominate.01")
    assert ("patient", "Pedro Pierluisi") in nomination
    assert ("agent", "Pedro Pierluisi") not in nomination


def test_a_persons_arrest_and_death_are_undergone(nlp):
    # guard: the roleset's own reading (no ARG0, or a kind undergone) is unchanged
    events = _read(nlp, "Police confirmed John Smith's arrest. Mary Jones's death shocked "
                        "the town.")
    assert ("patient", "John Smith") in _args(events, "arrest.01")
    assert ("patient", "Mary Jones") in _args(events, "die.01")
