"""'According to X' closing a subordinate clause sources that clause, not the main clause
after it (hundred-and-thirty-eighth extraction iteration)."""
from __future__ import annotations

import pytest

from extracttools import named_events

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "Fur fans flock to Toronto's Furnal Equinox 2019", Wikinews, 2019-03-25,
# https://en.wikinews.org/wiki/Fur_fans_flock_to_Toronto%27s_Furnal_Equinox_2019
# ("Wikinews contributors", CC BY 2.5).
FURSUITS = ("While only 10–15% of people within the fandom own a fursuit according to a 2011 "
            "study, event organizers reported this year 908 of the 2240 attendees at Furnal "
            "Equinox brought at least one elaborate outfit to the event.")


def test_according_to_sources_the_clause_it_closes(read_text):
    x = read_text(FURSUITS)
    (sourced,) = [c for c in x.claims if c.lemma == "according to"]
    assert sourced.text == "only 10–15% of people within the fandom own a fursuit"


def test_according_to_at_the_end_of_a_main_clause_is_unchanged(read_text):
    # a guard: closing the main clause, it sources the words before it
    x = read_text("The fire killed three people, according to police.")
    (sourced,) = [c for c in x.claims if c.lemma == "according to"]
    assert sourced.text == "The fire killed three people"



def test_a_number_read_as_the_reporting_verbs_object_is_the_clauses_subject(nlp):
    # (the same iteration) "reported this year 908 of ... brought": the parser took the
    # number for what was reported, and the clause after it for a clause of its own
    args = next(a for f, a in named_events(nlp, FURSUITS) if f == "bring.01")
    assert ("agent", "908 of the 2240 attendees at Furnal Equinox") in args
