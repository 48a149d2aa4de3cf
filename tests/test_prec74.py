"""An "in" or "like" gerund that is no argument of its verb (seventy-fourth extraction
iteration): "built in overcoming challenges" says how, "growing the community like
sponsoring clubs" gives examples; neither gerund is what was built or grown. An "in" gerund
stays the event object where the verb's PropBank examples give "in" a role ("participated in
extinguishing the blaze")."""
from extracttools import named_events as _read


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
