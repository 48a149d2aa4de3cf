"""Bare time phrases attached to a verb that spaCy's small model leaves without a DATE/TIME
label ("Today, ... was airlifted", "This morning police arrested") are time expressions too
(hundred-and-eighth extraction iteration, branch dates114): kept when they read as a point in
time and resolve against the publication date, they date their clause's events. The model
labels most such phrases in short sentences, so the self-written tests take the DATE/TIME
labels off the parsed Doc (the parse stays), as the model leaves them in longer news
sentences; the test article is published Friday 2024-03-15."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

import kg.extract
from extracttools import date_of, events_at, read_everything
from kg.extract.time import find_times
from kg.model import Article

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

FRIDAY = date(2024, 3, 15)


def _unlabelled(nlp, text: str):
    """``text`` parsed, its DATE/TIME labels taken off (the model's miss)."""
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.label_ not in ("DATE", "TIME")]
    return doc


def _times(nlp, text: str, published: date | None = FRIDAY) -> list[tuple[str, str | None]]:
    return [(span.text, t.value) for span, t in find_times(_unlabelled(nlp, text), published)]


def _eventdate_of(nlp, text: str, trigger: str) -> str | None:
    article = Article(text=text, source="test",
                      retrieved=datetime(2024, 1, 1, tzinfo=timezone.utc), published=FRIDAY)
    x = kg.extract.read(_unlabelled(nlp, text), article, 0.0, 0.0).extraction
    events = events_at(x, trigger)
    assert events, f"no event {trigger!r} read"
    return events[0].time.value if events[0].time else None


def test_an_unlabelled_today_before_the_clause_dates_its_event(nlp):
    # Source: https://en.wikinews.org/wiki/Russia%27s_Navalny_airlifted_to_Germany
    # (Wikinews contributors, CC BY 2.5); the model labels no DATE here
    text = ("Today, Russian opposition leader Alexei Navalny was airlifted from the city of "
            "Omsk in Siberia to Berlin, Germany.")
    x = read_everything(nlp, text).extraction
    assert [e.time.value if e.time else None for e in events_at(x, "airlifted")] == \
        ["2024-03-15"]


def test_an_unlabelled_this_morning_dates_its_verbs_event(nlp):
    assert _eventdate_of(nlp, "This morning police arrested two men in the city.",
                       "arrested") == "2024-03-15"


def test_an_unlabelled_time_phrase_after_the_object_dates_its_verbs_event(nlp):
    assert _eventdate_of(nlp, "Firefighters rescued three people this afternoon.",
                       "rescued") == "2024-03-15"


def test_an_unlabelled_earlier_this_week_is_the_week_of_publication(nlp):
    doc = _unlabelled(nlp, "Earlier this week the company announced job cuts.")
    [(span, expr)] = find_times(doc, FRIDAY)
    assert (span.text, expr.value, expr.granularity) == \
        ("Earlier this week", "2024-03-11", "week")


def test_an_unlabelled_tonight_in_a_future_clause_is_the_publication_day(nlp):
    assert _times(nlp, "Tonight the president will speak to the nation.") == \
        [("Tonight", "2024-03-15")]


def test_an_unlabelled_time_phrase_stays_unresolved_without_a_publicationdate_of(nlp):
    assert _times(nlp, "Today, the council voted to close the school.", None) == \
        [("Today", None)]


def test_an_unlabelled_duration_or_recurrence_is_no_time(nlp):
    # guard (passes either way): no point in time, which the resolver does not read
    assert _times(nlp, "The talks lasted two hours.") == []
    assert _times(nlp, "He works every day.") == []


def test_an_unlabelled_anaphoric_or_recurring_time_is_nodate_of(nlp):
    # guard (passes either way): "that night" is another event's night, "every morning" no
    # one day; the resolver reads neither as a point in time
    assert _times(nlp, "That night the network signed off.") == []
    assert _times(nlp, "Every morning the guards check the gate.") == []


# A verb conjoined to a dated verb of the same tense and form shares its time once every
# clause has its own or a carried one, also when the dated verb is a light verb (dated
# through its event noun) or no event at all.


def test_a_participle_conjoined_to_a_carried_participle_shares_its_time(nlp):
    text = "The minister flew to Kyiv on Monday, meeting the president and visiting the wounded."
    assert date_of(nlp, text, "visiting") == "2024-03-11"


def test_a_verb_conjoined_to_a_light_verb_shares_its_event_nouns_time(nlp):
    text = "In 1979, rebels took control of the city and captured the airport."
    assert date_of(nlp, text, "captured") == "1979-01-01"


def test_a_verb_conjoined_to_a_dated_verb_that_is_no_event_shares_its_time(nlp):
    # after https://en.wikinews.org/wiki/Louisiana_declares_state_of_emergency_as_Tropical_Storm_Barry_approaches_U.S._coast
    # (Wikinews contributors, CC BY 2.5), shortened
    text = ("As of Thursday, the storm was about 90 miles south of the coast and moving at "
            "five miles per hour.")
    assert date_of(nlp, text, "moving") == "2024-03-14"


def test_a_bare_base_form_conjoined_to_a_past_verb_takes_no_time(nlp):
    # the parser joins the infinitive's conjunct ("to suggest ..., and determine") to the
    # announcing verb: the determining is ahead, not on Tuesday
    text = ("On Tuesday, the government announced the start of a process to suggest designs "
            "for a new flag, and determine whether citizens want a change.")
    assert date_of(nlp, text, "determine") is None

