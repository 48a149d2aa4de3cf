"""Two titles before a name the parser splits off it (hundred-and-fiftieth extraction
iteration): a lowercase title it makes a second subject of the name's verb ("Niger's
president Mahamadou Issoufou said"), and an envoy's title whose "to" phrase it makes the
name's head ("US Ambassador to Germany Richard Grenell")."""
import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _roles(x) -> set[tuple[str, str, str | None]]:
    return {(r.holder, r.role, r.organization) for r in x.roles}


def test_a_title_made_a_second_subject_is_the_names(extract_text):
    # Sentence from https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
    # (2019), Wikinews contributors, CC BY 2.5
    x = extract_text("Niger's president Mahamadou Issoufou said, \"Nigeria is Africa's "
                     "biggest economy and most populous country.\"")
    assert ("Person:mahamadou issoufou", "president", "Country:niger") in _roles(x)


def test_an_envoy_sent_to_a_country_before_the_name(extract_text):
    # Sentence from https://en.wikinews.org/wiki/Germany_bans_Mahan_Air_of_Iran,_citing_%27security%27
    # (2019), Wikinews contributors, CC BY 2.5, shortened
    x = extract_text("US Ambassador to Germany Richard Grenell alleged the firm had lied.")
    assert ("Person:richard grenell", "ambassador", "Country:united states") in _roles(x)


def test_whom_an_adviser_advises_holds_no_adviser_role(extract_text):
    # guard: "to" before a titled name is whom the title serves, not where it is sent
    x = extract_text("The senior adviser to President Donald Trump said the talks had ended.")
    assert not any(r == "adviser" for _, r, _ in _roles(x))
    assert ("Person:donald trump", "president", None) in _roles(x)
