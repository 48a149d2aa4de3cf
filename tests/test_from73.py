"""An event noun's "from" phrase names its doer (seventy-third extraction iteration): an act
that comes from someone ("criticism", "condemnation", "support") takes the actor of its own
"from" phrase, or of the light verb's that carries it ("drew criticism from the opposition"),
as its agent, a country included; the light verb's subject still undergoes it. Self-written
sentences."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_light_verbs_from_phrase_is_the_judging_nouns_agent(nlp):
    events = _read(nlp, "Abdul Qawi drew criticism from Donald Trump.")
    criticism = next(args for f, args in events if f == "criticize.01")
    assert ("agent", "Donald Trump") in criticism
    assert ("patient", "Abdul Qawi") in criticism


def test_a_country_in_the_from_phrase_is_the_doer_not_the_origin(nlp):
    events = _read(nlp, "Donald Trump faced condemnation from Russia.")
    condemnation = next(args for f, args in events if f == "condemn.01")
    assert ("agent", "Russia") in condemnation
    assert ("origin", "Russia") not in condemnation


def test_the_undergoer_stays_when_the_nouns_own_from_phrase_gives_the_agent(nlp):
    events = _read(nlp, "Donald Trump received criticism from the European Union.")
    criticism = next(args for f, args in events if f == "criticize.01")
    assert ("patient", "Donald Trump") in criticism
    assert any(r == "agent" and "European Union" in n for r, n in criticism)


def test_a_from_phrase_the_rolesets_examples_make_arg0_is_the_doer(nlp):
    # attack.01's examples give "from" its ARG0: a country there attacks, a place is where from
    events = _read(nlp, "The attacks from Azerbaijan continued.")
    attacks = next(args for f, args in events if f == "attack.01")
    assert ("agent", "Azerbaijan") in attacks
    events = _read(nlp, "Rocket attacks from Gaza continued.")
    attacks = next(args for f, args in events if f == "attack.01")
    assert not any(r == "agent" for r, _ in attacks)


def test_an_act_that_comes_from_someone_is_theirs(nlp):
    events = _read(nlp, "Requests have come from the city council.")
    requests = next(args for f, args in events if f == "request.01")
    assert ("agent", "the city council") in requests


def test_a_motion_or_a_death_that_comes_from_somewhere_has_no_doer(nlp):
    events = _read(nlp, "The withdrawal from Syria began.")
    withdrawal = next(args for f, args in events if f == "withdraw.01")
    assert not any(r == "agent" for r, _ in withdrawal)
    # a country is where things come from: the annotators keep "came from Yemen" as an origin
    events = _read(nlp, "Attacks have come from Yemen.")
    attacks = next(args for f, args in events if f == "attack.01")
    assert not any(r == "agent" for r, _ in attacks)
