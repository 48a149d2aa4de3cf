"""A subject "it" that stands for a clause after its verb is nobody's pronoun: coreference
leaves it open ("it took five hours to gain control"). Since stop 56 that clause may also
be a "for ... to" clause the parser made a preposition's object with an infinitive: in
the full LibriVox interview, "it took a while for the idea to crystallize" had been given
to AKMA, named two sentences before."""
from __future__ import annotations

import pytest

from kg.extract.coref.pronouns import _extraposed


def _it(nlp, text: str):
    """The last "it" of ``text``."""
    return [t for t in nlp(text) if t.lower_ == "it"][-1]


@pytest.mark.parametrize("text", [
    # https://en.wikinews.org/wiki/Interview_with_LibriVox_founder_Hugh_McGuire (2006),
    # Wikinews contributors, CC BY 2.5
    # (its paragraph: alone, the sentence is parsed with the infinitive a clause)
    'I think that a vibrant public domain is very important to a healthy world, and '
    "so I thought: here's a way to help the cause. I launched LibriVox, emailed some "
    'friends and some podcasters who where doing literary stuff, and invited them to '
    "record a chapter of Joseph Conrad's Secret Agent. Things have grown steadily "
    'since. By the way, AKMA was the first guy I know of to do something like this, '
    "with Lawrence Lessig's Free Culture. That, I think, started my thinking about "
    'this, but it took a while for the idea to crystallize. ',
    "Firefighters said it took around five hours to repair the pipe.",
])
def test_it_before_a_clause_it_stands_for_is_extraposed(nlp, text):
    assert _extraposed(_it(nlp, text))


def test_it_with_a_for_phrase_but_no_clause_is_not_extraposed(nlp):
    # guard: "for" naming a beneficiary, with no infinitive, leaves "it" a pronoun
    assert not _extraposed(_it(nlp, "The ship left port, and it took a load of grain "
                                    "for the farmers."))
