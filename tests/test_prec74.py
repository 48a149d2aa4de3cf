"""An "in" or "like" gerund that is no argument of its verb (seventy-fourth extraction
iteration): "built in overcoming challenges" says how, "growing the community like
sponsoring clubs" gives examples; neither gerund is what was built or grown. An "in" gerund
stays the event object where the verb's PropBank examples give "in" a role ("participated in
extinguishing the blaze"). Likewise a "to"-clause after the direct object of a verb that
asks, makes or means no one to do it is its purpose ("sued Vance to block the release"),
while an object control verb's clause is what it asks ("asked residents to stay home")."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _args(events: list, frame: str) -> list[tuple[str, str]]:
    return next(args for f, args in events if f == frame)


def test_an_in_gerund_the_roleset_gives_no_role_is_no_event_object(nlp):
    # Wikinews contributors, "Red Hat to move focus away from CentOS in favour of Stream;
    # CentOS team discuss implications with Wikinews", CC BY 2.5,
    # https://en.wikinews.org/wiki/Red_Hat_to_move_focus_away_from_CentOS_in_favour_of_Stream;_CentOS_team_discuss_implications_with_Wikinews
    events = _read(nlp, "Communities are built in overcoming challenges together.")
    built = _args(events, "build.01")
    assert ("patient", "Communities") in built
    assert not any(r == "eventObject" for r, _ in built)


def test_an_in_gerund_of_a_passive_alliance_is_no_event_object(nlp):
    # Wikinews contributors, "US President Trump announces troop withdrawal from Syria",
    # CC BY 2.5, https://en.wikinews.org/wiki/US_President_Trump_announces_troop_withdrawal_from_Syria
    events = _read(nlp, "The US had been allied with Kurdish groups in fighting ISIS.")
    allied = _args(events, "ally.01")
    assert ("participant", "Kurdish groups") in allied
    assert not any(r == "eventObject" for r, _ in allied)


def test_a_like_gerund_gives_examples_not_the_object(nlp):
    events = _read(nlp, "The volunteers grew the community like sponsoring local clubs.")
    grew = _args(events, "grow.01")
    assert ("patient", "the community") in grew
    assert not any(r == "eventObject" for r, _ in grew)


def test_guard_an_in_gerund_the_roleset_lists_stays_the_event_object(nlp):
    # guard: passes with and without the rule (participate.01's examples give "in" its ARG1)
    events = _read(nlp, "Over 400 firefighters participated in extinguishing the blaze.")
    assert any(r == "eventObject" for r, _ in _args(events, "participate.01"))


def test_a_to_clause_after_the_object_of_a_non_control_verb_is_its_purpose(nlp):
    # Wikinews contributors, "U.S. judge orders release of President Trump's tax records,
    # appeals court issues delay", CC BY 2.5,
    # https://en.wikinews.org/wiki/U.S._judge_orders_release_of_President_Trump%27s_tax_records,_appeals_court_issues_delay
    events = _read(nlp, "President Trump sued Manhattan District Attorney Cyrus R. Vance, Jr. "
                        "to block the release of eight years of tax returns.")
    sued = _args(events, "sue.02")
    assert ("patient", "Cyrus R. Vance") in sued
    assert not any(r == "eventObject" for r, _ in sued)
    assert ("agent", "Trump") in _args(events, "block.01")  # the purpose is still his


def test_a_purpose_clause_after_a_rebuilt_object_is_no_event_object(nlp):
    # Wikinews contributors, "Gregory Kurtzer discusses plans for Rocky Linux with Wikinews as
    # Red Hat announces moving focus away from CentOS", CC BY 2.5,
    # https://en.wikinews.org/wiki/Gregory_Kurtzer_discusses_plans_for_Rocky_Linux_with_Wikinews_as_Red_Hat_announces_moving_focus_away_from_CentOS
    events = _read(nlp, "CAOS was succeeded by CentOS when Rocky McGaugh, a developer of CAOS "
                        "rebuilt the source code of RHEL to provide a monetarily free "
                        "alternative.")
    rebuilt = _args(events, "rebuild.01")
    assert ("patient", "the source code of RHEL") in rebuilt
    assert not any(r == "eventObject" for r, _ in rebuilt)


def test_guard_an_object_control_verbs_clause_stays_the_event_object(nlp):
    # guard: passes with and without the rule (ask is an object control verb)
    events = _read(nlp, "The council asked residents to stay home.")
    assert any(r == "eventObject" for r, _ in _args(events, "ask.02"))


def test_guard_an_extraposed_clause_after_it_stays_the_event_object(nlp):
    # guard against the full revert (passes without the rule); fails if the "it" subject
    # exception is dropped: the coming out is what took years.
    # Wikinews contributors, "Living with HIV during COVID-19: Wikinews talks to HIV-positive
    # sex workers about how pandemic has effected their lives", CC BY 2.5,
    # https://en.wikinews.org/wiki/Living_with_HIV_during_COVID-19:_Wikinews_talks_to_HIV-positive_sex_workers_about_how_pandemic_has_effected_their_lives
    events = _read(nlp, "Because it took us 4-5 years just to come out of the fact.")
    assert any(r == "eventObject" for r, _ in _args(events, "take.10"))
