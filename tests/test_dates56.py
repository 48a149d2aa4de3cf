"""Dates on unseen news (stop 56): a time inside an apposition dates what the apposition
says, never the clause its noun phrase is in."""
from __future__ import annotations

import pytest

from extracttools import events_at, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Sentence from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
# (2020), Wikinews contributors, CC BY 2.5
AIP = ("The American Independent Party (AIP), the same party that nominated the late Alabama "
       "Governor George Wallace for president in 1968 and future president Donald Trump in "
       "2016, nominated a candidate with center left views for its 2020 presidential ticket.")


def test_a_time_inside_an_apposition_does_not_date_the_main_clause(nlp):
    x = read_everything(nlp, AIP).extraction
    names = {e.key: e.name for e in x.entities}
    main = [e for e in events_at(x, "nominated")
            if ("patient", "a candidate") in [(r, names.get(k)) for r, k in e.arguments]]
    assert main, [e.arguments for e in events_at(x, "nominated")]
    assert all(e.time is None or not e.time.value.startswith("2016") for e in main), \
        [e.time for e in main]


def test_a_times_own_apposition_is_one_time(nlp):
    # guard: "5:03 AM, February 10, 2019": the date in apposition to the clock time dates
    # the clause. After https://en.wikinews.org/wiki/Bishop_Emeritus_Dinualdo_Gutierrez_of_Marbel,_Philippines_dies
    # (2019), Wikinews contributors, CC BY 2.5, a dev article
    x = read_everything(nlp, "He passed away 5:03 AM, February 10, 2019, at the hospital.")
    events = events_at(x.extraction, "passed away")
    assert events and events[0].time is not None and \
        events[0].time.value.startswith("2019-02-10"), [e.time for e in events]
