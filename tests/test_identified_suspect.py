"""A suspect the article names only at its end (hundred-and-seventy-seventh extraction
iteration): "a gunman shot shoppers ... State prosecutors charged the suspect ... Mexico
would consider charging the gunman ... U.S. officials identified the suspect as 21-year-old
Patrick Crusius". The active "identified the suspect as X" names the suspect, and the
descriptions the discourse table lets refer to one person (suspect, gunman, attacker) are
that person anywhere in the article, unless two are identified or told apart by age."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# After https://en.wikinews.org/wiki/Death_toll_rises_to_22_in_El_Paso_Walmart_shooting
# (2019), Wikinews contributors, CC BY 2.5
_ARTICLE = ("On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso, Texas. "
            "State prosecutors charged the suspect in the shooting with capital murder. "
            "Federal authorities are investigating the shooting as domestic terrorism. "
            "The foreign minister said Mexico would consider charging the gunman with "
            "terrorism. Mexican officials said six Mexican nationals were killed. "
            "U.S. officials identified the suspect as 21-year-old Patrick Crusius of Allen, "
            "Texas.")


def test_the_suspect_an_active_verb_identifies_is_the_person(nlp):
    args = events_of(nlp, _ARTICLE, "charge.05")
    assert any(("agent", "State prosecutors") in a and ("patient", "Patrick Crusius") in a
               for a in args), args


def test_a_gunman_named_sentences_later_is_the_person(nlp):
    args = events_of(nlp, _ARTICLE, "shoot.02")
    assert any(("agent", "Patrick Crusius") in a for a in args), args


def test_two_people_of_another_age_are_not_the_one_identified(nlp):
    # guard: "a 30-year-old man died ... arrested a 25-year-old man, later identified as"
    args = events_of(nlp, "A 30-year-old man died after he was stabbed in Reading. Police "
                          "arrested a 25-year-old man at the scene. The man, later "
                          "identified as Khairi Saadallah, was taken into custody.", "die.01")
    assert args and not any(n == "Khairi Saadallah" for a in args for _, n in a), args
