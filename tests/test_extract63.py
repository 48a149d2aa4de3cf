"""An event noun's doer or undergoer from the verb whose object it is (sixty-first extraction
iteration): "ozone causes damage to plants" (ozone damages), "Iran will pursue the prosecution
of Trump" (Iran prosecutes). Self-written sentences."""
import pytest

from extracttools import read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _event(nlp, text: str, frame: str):
    x = read_everything(nlp, text).extraction
    names = {e.key: e.name for e in x.entities}
    ev = next(e for e in x.events if e.frame == frame)
    return [(r, names.get(k, k)) for r, k in ev.arguments]


def test_causing_verbs_subject_is_the_event_nouns_agent(nlp):
    args = _event(nlp, "Ground-level ozone causes more damage to plants.", "damage.01")
    assert ("agent", "Ground-level ozone") in args
    assert ("patient", "plants") in args


def test_pursued_event_nouns_agent_is_the_pursuer(nlp):
    args = _event(nlp, "Iran will pursue the prosecution of Trump.", "prosecute.01")
    assert ("agent", "Iran") in args
    assert ("patient", "Trump") in args


def test_unresolved_it_is_no_agent_of_the_caused_noun(nlp):
    args = _event(nlp, "The storm hit the coast and it caused damage to the building.", "damage.01")
    assert not any(r == "agent" and n == "it" for r, n in args)


def test_survivor_is_the_attacks_patient(nlp):
    args = _event(nlp, "Jacob Blake was shot by police. Blake survived the shooting.", "shoot.02")
    assert args  # (the verb's own fact)
    x = read_everything(nlp, "Nabil Hasan al-Quaety is a Yemeni commander. "
                             "In 2019 he survived a drone attack.").extraction
    names = {e.key: e.name for e in x.entities}
    attack = next(e for e in x.events if e.frame == "attack.01")
    assert [(r, names.get(k, k)) for r, k in attack.arguments] == [
        ("patient", "Nabil Hasan al-Quaety")]


def test_unresolved_they_does_not_undergo_the_survived_noun(nlp):
    args = _event(nlp, "Astronomers watched the stars. "
                       "The question is how frequently they survive these explosions.",
                  "explosion.00")
    assert not any(r == "patient" for r, _ in args)
