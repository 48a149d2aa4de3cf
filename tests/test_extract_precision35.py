"""Thirty-fourth extraction iteration: precision of emitted facts on Wikinews interviews
(docs/extraction.md, "Thirty-fourth iteration"). Self-written sentences; each test asserts
the wrong reading is gone and the right one is there, and fails when its fix is removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_wh_question_without_its_mark_asserts_nothing(nlp):
    # an interview's question whose "?" the text lost: no fact, no event
    reading = _read(nlp, "How did you come to be involved with this discovery\n\n"
                         "The museum hired two divers in 2012.")
    assert "involve.01" not in _frames(reading)
    assert "hire.01" in _frames(reading)
    reading = _read(nlp, "How do you approach the challenge of talking to the rebels when "
                         "they don't want the treaty to exist.")
    assert "exist.01" not in _frames(reading)
    # a wh-word opening a declarative has no inversion: it stays a fact
    reading = _read(nlp, "When the Soviet Union collapsed, the army withdrew its troops.")
    assert "withdraw.01" in _frames(reading)


def test_a_yes_no_question_without_its_mark_asserts_nothing(nlp):
    reading = _read(nlp, "Could the council have sold the stadium to the club without a vote.")
    assert "sell.01" not in _frames(reading)
    # an inverted conditional is no question
    reading = _read(nlp, "Had the council sold the stadium, the club would have moved.")
    assert "sell.01" in _frames(reading)


def test_an_image_caption_gives_no_fact(nlp):
    # a paragraph closing on an image credit is a caption, which the guidelines skip
    text = ("The museum hired two divers in 2012.\n\n"
            "Example of aerated concrete, which provided a home for the ants. "
            "Image: Marco Bernardini.\n\n"
            "The owner displays the drink at the bar. (2012). Image; Pacific Standard.\n\n"
            "The divers found a wreck near the coast.")
    frames = _frames(_read(nlp, text))
    assert "provide.01" not in frames and "display.01" not in frames
    assert {"hire.01", "find.01"} <= frames
    # a caption word after a determiner is a noun of the sentence, not a credit
    frames = _frames(_read(nlp, "The police released a photo: the suspect fled."))
    assert "release.01" in frames


def test_a_bare_be_opening_a_sentence_makes_no_question(nlp):
    # "Be stars" is a kind of star, not the auxiliary of an inverted question
    reading = _read(nlp, "Be stars rotate very quickly around their axes.")
    assert "rotate.01" in _frames(reading)


def test_a_description_owned_by_another_is_a_new_node(nlp):
    # "Google's letter" ... "the letter of the press": each names its owner, two things
    # ("response", this test's first noun, is an event since the two-hundred-and-seventh
    # iteration, so a noun that names no act stands in)
    reading = _read(nlp, "Senator Rick Smith praised Google's letter to the regulator. A year "
                         "later Smith criticized the letter of the press to the regulator.")
    assert _args(reading, "criticize.01", "patient") == {"the letter of the press"}
    # one owner, or none, is the same thing
    reading = _read(nlp, "Senator Rick Smith praised Google's letter to the regulator. A year "
                         "later Smith criticized the letter in an interview.")
    assert _args(reading, "criticize.01", "patient") == {"Google's letter"}


def test_a_base_form_verb_is_not_read_as_a_shorter_verb(nlp):
    # the lemma mending stripped letters from base forms: "commit" was come.01
    # (troops, not mistakes: "commit new mistakes" is the mistake's event since the
    # forty-fourth iteration made "commit" a light verb)
    frames = _frames(_read(nlp, "The rebels will not commit more troops, and the army must "
                                "combat the smugglers."))
    assert {"commit.01", "combat.01"} <= frames and "come.01" not in frames
    frames = _frames(_read(nlp, "The firms must comply with the rules, and the government "
                                "will pressure the banks and signal a change in policy."))
    assert {"comply.01", "pressure.01"} <= frames and any(f.startswith("signal.") for f in frames)
    assert not any(f.startswith(("come.", "press.", "sign.")) for f in frames)
    # inflected forms are still mended ("fined" is fine.01, not the fish's fin)
    assert "fine.01" in _frames(_read(nlp, "The court fined the company."))


def test_who_commits_to_something_pledges_it(nlp):
    # PropBank's commit.01 makes an intransitive subject the one committed
    reading = _read(nlp, "President Donald Trump would not commit to a peaceful transfer of power.")
    assert _args(reading, "commit.01", "agent") == {"Donald Trump"}
    assert not _args(reading, "commit.01", "patient")
