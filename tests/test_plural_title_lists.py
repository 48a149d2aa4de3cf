"""The people a plural title lists (hundred-and-ninety-first extraction iteration): each
name after "Presidents", "Senators", "Ministers" is a person's, whatever the model made of
it (kg.extract.entity_rules: "Patrice Talon" had been an organisation, "Muhammadu Buhari
of Nigeria" no name at all), and each holds the title, however the parser joined the list
(kg.extract.roles._listed_after_plural_title: "Mike Lee of Utah" had none)."""
import pytest

from extracttools import positions_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)



def test_each_name_after_a_plural_title_is_a_person_holding_it(extract_text):
    # Sentence after https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
    # (2019), Wikinews contributors, CC BY 2.5
    x = extract_text("On Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of "
                     "Benin signed the agreement.")
    types = {e.name: e.type for e in x.entities}
    assert types.get("Muhammadu Buhari") == "Person" and types.get("Patrice Talon") == "Person"
    assert {("Muhammadu Buhari", "president", "Nigeria"),
            ("Patrice Talon", "president", "Benin")} <= positions_of(x)


def test_every_name_of_a_titled_list_holds_the_title(extract_text):
    # Sentence from https://en.wikinews.org/wiki/Senator_Ted_Cruz_proposes_amendment_to_U.S._Constitution_setting_Congressional_term_limits
    # (2019), Wikinews contributors, CC BY 2.5
    x = extract_text("It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of "
                     "Utah, and David Perdue of Georgia, all Republicans.")
    assert {("Marco Rubio", "senator", "Florida"), ("Mike Lee", "senator", "Utah"),
            ("David Perdue", "senator", "Georgia")} <= positions_of(x)


def test_a_title_after_the_list_is_none_of_its_names(extract_text):
    # guard: the title opens the list after the verb, not the subjects before it
    x = extract_text("Ann Linde, Jeppe Kofod and Pekka Haavisto met Ministers John Smith "
                     "and Jane Doe.")
    held = {h for h, _, _ in positions_of(x)}
    assert {"John Smith", "Jane Doe"} <= held
    assert not held & {"Ann Linde", "Jeppe Kofod", "Pekka Haavisto"}
