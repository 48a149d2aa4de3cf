"""Thirty-second iteration: precision of emitted facts on never-seen GUM news
(docs/extraction.md, "Thirty-second iteration"). Self-written sentences; each test
asserts the wrong reading is gone and the right one is there, and fails when its fix is
removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of as _frames
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_counted_margin_after_by_is_no_agent(nlp):
    # "defeated by 10,694 votes by James To": the votes are by how much, James To won
    reading = _read(nlp, "The veteran politician was defeated by 10,694 votes by James To.")
    assert _args(reading, "defeat.01", "agent") == {"James To"}
    assert _args(reading, "defeat.01", "amount") == {"10,694 votes"}
    # a counted group still acts
    reading = _read(nlp, "The senator was defeated by two challengers.")
    assert _args(reading, "defeat.01", "agent") == {"two challengers"}


def test_an_absolute_with_clause_keeps_its_by_phrase(nlp):
    # "were defeated, with Ho defeating Lee by 5,000 votes": the participle has a
    # subject of its own, its by-phrase is no agent of the main passive
    reading = _read(nlp, "Two veteran politicians were defeated in this constituency, with "
                         "Junius Ho defeating Lee Cheuk-yan by a landslide.")
    assert _args(reading, "defeat.01", "agent") == {"Junius Ho"}


def test_provide_someone_with_something_gives_the_something(nlp):
    # PropBank's "with" is what is provided; the object is who gets it
    reading = _read(nlp, "The commission refused to provide the network with a license.")
    assert _args(reading, "provide.01", "patient") == {"a license"}
    assert _args(reading, "provide.01", "recipient") == {"the network"}
    # also when the parser hangs the with-phrase on the object
    reading = _read(nlp, "These choices provide the greatest number of people with the best "
                         "opportunity to share in the history.")
    assert _args(reading, "provide.01", "patient") == {"the best opportunity"}
    reading = _read(nlp, "The army supplied weapons to the rebels.")
    assert _args(reading, "supply.01", "patient") == {"weapons"}


def test_a_passive_relative_that_keeps_its_object_is_the_recipient(nlp):
    # "the locations that would be given the orbiters": the locations get them
    reading = _read(nlp, "NASA announced the locations that would be given the three "
                         "remaining orbiters.")
    assert _args(reading, "give.01", "recipient") == {"the locations"}
    assert not _args(reading, "give.01", "agent")
    assert _args(reading, "give.01", "patient") == {"the three remaining orbiters"}


def test_a_relative_pronoun_read_as_indirect_object_is_the_theme(nlp):
    # "a penalty which the referee awarded Sweden": the penalty is given, Sweden gets it
    reading = _read(nlp, "Kim conceded a penalty which the referee Joel Aguilar awarded "
                         "Sweden after confirming with the video assistant referee.")
    assert _args(reading, "award.01", "patient") == {"a penalty"}
    assert _args(reading, "award.01", "recipient") == {"Sweden"}


def test_the_holder_of_a_held_noun_under_have_is_its_agent(nlp):
    # "Sweden had higher ball possession": Sweden possesses, it undergoes nothing
    reading = _read(nlp, "Sweden had higher ball possession in the game.")
    assert _args(reading, "possess.01", "agent") == {"Sweden"}
    assert not _args(reading, "possess.01", "patient")
    # what befalls one stays undergone
    reading = _read(nlp, "Hunter had surgery on his knee.")
    assert _args(reading, "surgery.01", "patient") == {"Hunter"}


def test_effort_put_into_a_gerund_is_the_putter_s(nlp):
    # "put effort into landing a shuttle": the effort lands nothing; the museum does
    reading = _read(nlp, "The Museum of Flight put a tremendous amount of effort into "
                         "landing a retired shuttle.")
    assert _args(reading, "land.01", "agent") == {"Museum of Flight"}


def test_a_ceremony_commemorating_is_the_ceremony_s_act(nlp):
    # a participle of commemorating after an event is the event's, not the clause's subject
    reading = _read(nlp, "NASA held a ceremony commemorating the date outside the hangar.")
    assert _args(reading, "commemorate.01", "agent") == {"a ceremony"}


def test_what_belongs_is_no_agent(nlp):
    # PropBank numbers the possession ARG0: the subject belongs, the group is the recipient
    reading = _read(nlp, "Ahmed belongs to the Labour Party.")
    assert _args(reading, "belong.01", "patient") == {"Ahmed"}
    assert not _args(reading, "belong.01", "agent")


def test_a_team_that_lost_to_another_is_the_loser(nlp):
    # "Tunisia lost to England": the loser acts (lose.03), as the gold has "X lost Y"
    reading = _read(nlp, "Tunisia lost to England in the final.")
    assert _args(reading, "lose.03", "agent") == {"Tunisia"}
    # a thing that loses value still undergoes it
    reading = _read(nlp, "The stock lost 5 percent.")
    assert _args(reading, "lose.01", "patient") == {"The stock"}
