"""Stop 71: constructions found on dev's misses (docs/extraction.md, "Stop 71"). Each
test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentences from https://en.wikinews.org/wiki/California_lawyer_Michael_Avenatti_convicted_of_attempted_extortion
# (2020), https://en.wikinews.org/wiki/Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm
# (2020) and https://en.wikinews.org/wiki/U.S._House_issues_subpoena_to_secretary_of_state_as_special_envoy_to_Ukraine_resigns
# (2019), Wikinews contributors, CC BY 2.5
TRIAL = "The trial was held in Manhattan, and was one of three facing Avenatti."
SEARCH = ("A large search operation was launched, involving over 500 police officers and "
          "firefighters.")
IMPEACH = ("Under the U.S. Constitution, the House of Representatives impeaches the official "
           "and then the impeachment trial is conducted in the Senate.")


def test_a_light_verbs_passive_with_no_doer_is_a_fact_of_its_event(nlp):
    # senses.json passive_own_fact, read by kg.extract.triggers.light_noun
    x = _read(nlp, TRIAL)
    assert _args(x, "hold.01", "patient") == {"The trial"}
    assert _args(x, "hold.01", "location") == {"Manhattan"}
    assert _args(_read(nlp, SEARCH), "launch.01", "patient") == {"A large search operation"}
    assert _args(_read(nlp, IMPEACH), "conduct.01", "location") == {"Senate"}


def test_a_light_verbs_passive_with_its_doer_stays_the_nouns_event(nlp):
    # (the control) a by-phrase or the noun's target keeps the noun's own fact
    x = _read(nlp, "Investigations have been launched by the Federal Aviation Administration.")
    assert _args(x, "investigate.01", "agent") == {"Federal Aviation Administration"}
    assert _args(x, "launch.01", "patient") == set()
    x = _read(nlp, "An investigation was launched into the crash.")
    assert _args(x, "investigate.01", "patient") == {"the crash"}
