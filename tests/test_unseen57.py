"""Stop 57: constructions found on judged samples of unseen news (docs/extraction.md,
"Stop 57"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentence from https://en.wikinews.org/wiki/U.S._House_issues_subpoena_to_secretary_of_state_as_special_envoy_to_Ukraine_resigns
# (2019), Wikinews contributors, CC BY 2.5
IMPEACHMENT = "No U.S. president has ever been removed by impeachment, but eight federal judges have."


def test_a_bare_procedure_after_by_is_how_not_who(nlp):
    # discourse.json means_by_nouns: "removed by impeachment" is no impeachment removing
    x = _read(nlp, IMPEACHMENT)
    assert _args(x, "remove.01", "agent") == set()
    assert _args(x, "remove.01", "instrument") == {"impeachment"}
    # one with a determiner of its own can act
    x = _read(nlp, "The president was removed by the parliament.")
    assert _args(x, "remove.01", "agent") == {"the parliament"}


# Sentence from https://en.wikinews.org/wiki/Wikinews_discusses_DRM_and_DMCA_with_Richard_Stallman_after_GitHub_re-enables_public_access_to_youtube-dl
# (2020), Wikinews contributors, CC BY 2.5
BLU_RAY = "I've been told you can't make and sell Blu-ray discs that anyone can copy."


def _polarity(x, trigger: str) -> str:
    return next(e for e in x.events if e.trigger == trigger).polarity


def test_a_bare_conjunct_shares_the_negation_on_its_auxiliary(nlp):
    # kg.extract.modality.of_verb: "can't make and sell": neither is done
    x = _read(nlp, BLU_RAY).extraction
    assert _polarity(x, "make") == "negative"
    assert _polarity(x, "sell") == "negative"
    x = _read(nlp, "The company did not build and sell the cars.").extraction
    assert _polarity(x, "sell") == "negative"


def test_a_conjunct_with_a_tense_of_its_own_keeps_its_polarity(nlp):
    # guard: "did not build the cars and sold the trucks": what "and" adds happened
    x = _read(nlp, "The company did not build the cars and sold the trucks.").extraction
    assert _polarity(x, "build") == "negative"
    assert _polarity(x, "sold") == "positive"


# Sentence from https://en.wikinews.org/wiki/US_House_of_Representatives_impeaches_President_Trump
# (2019), Wikinews contributors, CC BY 2.5
VAN_DREW = ("In the immediate aftermath of the vote, CNN reported Jeff Van Drew was expected "
            "to leave the Democratic party.")


def _organisations(x) -> set[str]:
    return {e.name for e in x.entities if e.type == "Organization" and e.kind == "name"}


def test_a_party_named_in_lower_case_keeps_party_in_its_name(nlp):
    # kg.extract.entity_rules: "the Democratic party" is the party, not the adjective
    x = _read(nlp, VAN_DREW).extraction
    assert "Democratic party" in _organisations(x)
    assert "Democratic" not in _organisations(x)
    x = _read(nlp, "The Republican party welcomed him.").extraction
    assert "Republican party" in _organisations(x)


def test_a_news_agency_in_lower_case_is_still_cut_to_its_name(nlp):
    # guard: "the Xinhua news agency": the lower-case words after a name are no part of it
    x = _read(nlp, "The Xinhua news agency reported the arrest.").extraction
    assert "Xinhua" in _organisations(x)


# Sentence from https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_five%3A_Sweden%2C_Belgium%2C_England_win_three_points
# (2018), Wikinews contributors, CC BY 2.5
DEBUTANTS = ("Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South "
             "Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to "
             "England, with a late goal from English captain Harry Kane.")


def test_a_bare_noun_run_into_a_name_describes_that_name(nlp):
    # kg.extract.nodes.Nodes._run_in_name: the parser hung "Panama" on the verb
    x = _read(nlp, DEBUTANTS)
    assert _args(x, "defeat.01", "patient") >= {"Panama"}
    assert "debutants" not in _args(x, "defeat.01", "patient")


def test_a_name_heading_its_own_clause_is_not_run_into_the_noun_before(nlp):
    # guard: "told reporters Trump had left": the reporters are told, Trump left
    x = _read(nlp, "Biden told reporters Trump had left the country.")
    assert _args(x, "leave.11", "agent") == {"Trump"}
    assert "Trump" not in _args(x, "tell.01", "addressee")


# Sentence from https://en.wikinews.org/wiki/Zara_Kay_tells_Wikinews_about_her_non-profit_organisation_Faithless_Hijabi
# (2020), Wikinews contributors, CC BY 2.5
ISLAMIC_LAW = "We don't need Islamic law to run our country."


def test_what_is_not_needed_of_an_object_does_not_happen(nlp):
    # kg.extract.modality.of_verb: the parser made the infinitive after an attitude verb's
    # object a ccomp; a "not" on the verb covers it, as it covers an xcomp
    x = _read(nlp, ISLAMIC_LAW).extraction
    assert _polarity(x, "run") == "negative"
    # without the "not" the wish stands
    x = _read(nlp, "We want the government to lower taxes.").extraction
    assert _polarity(x, "lower") == "positive"
