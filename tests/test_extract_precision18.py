"""Eighteenth iteration: precision on unseen articles (docs/extraction.md, "Eighteenth
iteration"). Self-written sentences; each test fails when its rule is removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _ids(reading, frame: str) -> set[str]:
    return {ev.id for ev in reading.extraction.events if ev.frame == frame}


def test_keep_with_a_gerund_is_aspect_not_a_fact(nlp):
    # "will keep expanding" says the expansion goes on: the guidelines' aspectual verbs
    # ("keep on") are no facts; the gerund is, with the subject
    reading = _read(nlp, "The rebel commander Ali Hassan warned that the attacks of his "
                         "fighters will keep expanding.")
    assert "keep.01" not in _frames(reading)
    assert "expand.01" in _frames(reading)
    reading = _read(nlp, "Governor Maria Lopez kept funding the clinics.")
    assert "keep.01" not in _frames(reading)
    assert _args(reading, "fund.01", "agent") == {"Maria Lopez"}


def test_keep_with_an_object_stays_a_fact(nlp):
    # "kept the survivors warm" is an act on its object (a's gold: "keep our communities
    # safe")
    reading = _read(nlp, "Rescuers from the Red Cross kept the survivors warm overnight.")
    assert "keep.01" in _frames(reading)


def test_what_is_vowed_through_an_aspectual_verb_is_the_clause_it_governs(nlp):
    # "vowed to keep fighting the tax": no keep fact, so the vow's object is the fight
    reading = _read(nlp, "Senator John Smith vowed to keep fighting the new fuel tax.")
    fights = _ids(reading, "fight.01")
    assert fights
    assert _args(reading, "vow.01", "eventObject") & fights
    assert _args(reading, "fight.01", "agent") == {"John Smith"}


def test_remain_with_a_predicative_is_a_copula(nlp):
    # "remains closed", "remained silent": a state said of the subject, like "is closed";
    # the dev annotators have "remain" as a fact only of place ("remained in Iraq")
    reading = _read(nlp, "The Brooklyn Bridge remains closed after a truck hit it on Monday.")
    assert "remain.01" not in _frames(reading)
    assert _args(reading, "hit.01", "agent") == {"a truck"}  # the sentence's act is read
    reading = _read(nlp, "Prime Minister Jan Novak remained silent and resigned on Friday.")
    assert "remain.01" not in _frames(reading)
    assert _args(reading, "resign.01", "agent") == {"Jan Novak"}


def test_remain_somewhere_stays_a_fact(nlp):
    reading = _read(nlp, "American troops have remained in Syria since 2015.")
    assert "remain.01" in _frames(reading)


def test_hypothesize_is_an_attitude_not_a_fact(nlp):
    # like "think" and "believe": it sets the modality of what it governs
    reading = _read(nlp, "The geologists at Stanford University hypothesized the eruption "
                         "would warm the ocean.")
    assert "hypothesize.01" not in _frames(reading)
    assert "warm.01" in _frames(reading)


def test_push_someone_to_act_makes_them_the_actor(nlp):
    # object control, as "urged X to", "pressed X to": the one pushed concedes
    reading = _read(nlp, "Republican senators pushed President Donald Trump to concede "
                         "the election.")
    assert _args(reading, "concede.01", "agent") == {"Donald Trump"}
    reading = _read(nlp, "Activists challenged Mayor Anne Hidalgo to close the road.")
    assert _args(reading, "close.01", "agent") == {"Anne Hidalgo"}


def test_the_object_of_despite_does_the_participle_after_it(nlp):
    # "despite several states certifying their results": the states certify, not the
    # main clause's subject (as "with the council backing him")
    reading = _read(nlp, "President Donald Trump claimed victory despite several key "
                         "states certifying their results.")
    assert "Donald Trump" not in _args(reading, "certify.01", "agent")
    assert _args(reading, "certify.01", "agent") == {"several key states"}


def test_what_the_subject_suffers_does_the_participle_after_it(nlp):
    # "suffered an earthquake causing eleven deaths": the earthquake causes them; the
    # one who suffers does not act (unlike "carried out the attack using ten drones")
    reading = _read(nlp, "Last year, northern Chile suffered a 6.3 magnitude earthquake "
                         "causing eleven deaths.")
    assert _args(reading, "cause.01", "agent") == {"a 6.3 magnitude earthquake"}
    reading = _read(nlp, "The rebels of the Northern Front carried out the attack using "
                         "ten drones.")
    assert "ten drones" in _args(reading, "use.01", "patient")
    assert "a 6.3 magnitude earthquake" not in _args(reading, "use.01", "agent")


def test_coming_under_something_is_no_act_of_coming(nlp):
    # "have come under scrutiny/fire/criticism": the news idiom says what the subject
    # undergoes, no movement and no fact of "come" ("came under a month after" stays:
    # k's gold)
    reading = _read(nlp, "Governor Ron DeSantis and his legal team have come under "
                         "scrutiny from both parties.")
    assert "come.01" not in _frames(reading)
    reading = _read(nlp, "The crane accident at the Grand Mosque comes ten days before "
                         "the Hajj.")
    assert "come.01" in _frames(reading)  # "X comes before Y" stays (b's gold)
    reading = _read(nlp, "The milestone at the Grand Mosque came just under a month after "
                         "the first case.")
    assert "come.01" in _frames(reading)


def test_calling_someone_something_in_quotes_is_a_claim_not_a_fact(nlp):
    # 'called Biden a "decent man"': what the speaker thinks of him (the dev annotators'
    # claims, never facts)
    reading = _read(nlp, 'Senator Bernie Sanders called Joe Biden a "decent man" but did '
                         'not endorse him.')
    assert "call.01" not in _frames(reading)
    assert _args(reading, "endorse.01", "agent") == {"Bernie Sanders"}
    reading = _read(nlp, 'Governor Ana Ruiz called the plan "reckless and cruel" and vetoed '
                         'the bill.')
    assert "call.01" not in _frames(reading)
    assert _args(reading, "veto.01", "patient") == {"the bill"}


def test_naming_in_the_passive_or_without_quotes_stays_a_fact(nlp):
    # "the move, called prorogation", "We will call it a mosque" (a's and g's gold)
    reading = _read(nlp, "President Recep Tayyip Erdogan said the government will call "
                         "the Hagia Sophia a mosque.")
    assert "call.01" in _frames(reading)


def test_aged_with_a_number_is_a_measure_not_a_fact(nlp):
    # "He was aged 84 years", "a man aged 40": an age, not the event of ageing (g's and
    # j's gold have no fact there)
    reading = _read(nlp, "Former president Pranab Mukherjee died on Monday. He was aged 84 "
                         "years.")
    assert "age.01" not in _frames(reading)
    assert "die.01" in _frames(reading)
    reading = _read(nlp, "The victim, a man aged 40, was taken to Royal London Hospital.")
    assert "age.01" not in _frames(reading)
