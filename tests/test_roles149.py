"""Two role readings of the hundred-and-forty-ninth extraction iteration.

An apposition's length bound counts a name as one word: "the former director of the
Centers for Disease Control and Prevention" is as short as "... of the CDC". And a title
in a "for" phrase of another title is the position sought or served, not one held: "the
nominee for President of the United States" is a nominee, "the spokesman for the
President" a spokesperson."""
import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _roles(x) -> set[tuple[str, str, str | None, bool]]:
    return {(r.holder, r.role, r.organization, r.former) for r in x.roles}


def test_a_long_organisation_name_keeps_an_apposition_short(extract_text):
    # Sentence from https://en.wikinews.org/wiki/World_Health_Organization_declares_COVID-19_pandemic
    # (2020), Wikinews contributors, CC BY 2.5, shortened
    x = extract_text("According to Dr. Tom Frieden, formerly the director of the United "
                     "States' Centers for Disease Control and Prevention, the spread is "
                     "alarming.")
    assert ("Person:tom frieden", "director",
            "Organization:centers for disease control and prevention", True) in _roles(x)


def test_the_title_a_nominee_runs_for_is_not_held(extract_text):
    # Sentence from https://en.wikinews.org/wiki/Biden_announces_Kamala_Harris_as_2020_running_mate_in_US_presidential_race
    # (2020), Wikinews contributors, CC BY 2.5
    x = extract_text("Yesterday, Joe Biden, the Democratic Party's presumptive nominee for "
                     "President of the United States, announced Kamala Harris as his choice "
                     "for running mate.")
    roles = {(h, r, o) for h, r, o, _ in _roles(x)}
    assert ("Person:joe biden", "presumptive nominee", "Organization:democratic party") in roles
    assert not any(r == "president" for _, r, _ in roles)


def test_a_spokesman_for_a_president_is_a_spokesperson(extract_text):
    x = extract_text("John Smith, the spokesman for the President, said the talks had ended.")
    roles = {(h, r) for h, r, _, _ in _roles(x)}
    assert roles == {("Person:john smith", "spokesperson")}


def test_an_organisation_after_for_still_names_the_titles_body(extract_text):
    # guard: "for" before an organisation, not a title, names whose spokesperson it is
    x = extract_text("John Smith, the spokesman for the Ministry of Defence, said the talks "
                     "had ended.")
    assert ("Person:john smith", "spokesperson", "Organization:ministry of defence",
            False) in _roles(x)
