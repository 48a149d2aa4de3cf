"""A storm's bare name, and an "it" that acts on an object (hundred-and-fifty-first
extraction iteration): "Phanfone", tagged a common noun at a sentence's start, is the
typhoon named before; and "It also blocked roads" stands for the thing that was the
subject just before, where a bare subject "it" was left unresolved."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Sentences from https://en.wikinews.org/wiki/Typhoon_Phanfone_strikes_Philippines (2019),
# Wikinews contributors, CC BY 2.5, shortened
TYPHOON = ("Typhoon Phanfone made landfall on the central Philippines on Tuesday night.\n\n"
           "Phanfone impacted upon popular tourist attractions, such as Boracay and Coron. "
           "It also blocked roads and forced over 58,000 civilians to evacuate.")


def test_a_storms_bare_name_read_as_a_noun_is_the_storm(extract_text):
    x = extract_text(TYPHOON)
    storm = next(e for e in x.entities if e.type == "EventName")
    assert [m.text for m in storm.mentions if m.kind == "name"] == \
        ["Typhoon Phanfone", "Phanfone"]


def test_an_it_acting_on_an_object_is_the_subject_just_before(nlp):
    assert [("agent", "Typhoon Phanfone"), ("patient", "roads")] in events_of(
        nlp, TYPHOON, "block.01")


def test_an_acting_it_is_not_a_name_that_was_no_subject(extract_text):
    # the subject requirement: "Hollywood Magic" was only where the speaker went; "it" is
    # the box (no name), and stays open. After a sentence of a Wikinews interview (GUM's
    # GUM_interview_brotherhood, https://en.wikinews.org/), Wikinews contributors, CC BY 2.5
    x = extract_text("As a kid I went to Hollywood Magic and wanted that big red box with "
                     "the dragons on it, and I didn't even know what it did.")
    magic = next(e for e in x.entities if e.name == "Hollywood Magic")
    assert [m.kind for m in magic.mentions] == ["name"]


def test_a_main_clause_it_continues_the_subject_before(nlp):
    # Sentences from https://en.wikinews.org/wiki/Wikinews_interviews_Don_Blankenship,_U.S._Constitution_Party_presidential_nominee
    # (2020), Wikinews contributors, CC BY 2.5 (hundred-and-fifty-second iteration)
    text = ("The Constitution Party was founded in 1991 as the U.S. Taxpayers Party. It "
            "changed to its current name in 1999.")
    assert [("patient", "Constitution Party")] in events_of(nlp, text, "change.01")


def test_an_it_for_the_situation_just_told_stays_open(nlp):
    # "It marks the first time": the seizure, not Iran (situation_it_verbs)
    text = ("Iran seized a British tanker in the Strait of Hormuz on Friday. It marks the "
            "first time the country has seized a foreign ship this year.")
    marks = events_of(nlp, text, "mark.01")
    assert marks and not any(n == "Iran" for args in marks for r, n in args if r == "agent")
