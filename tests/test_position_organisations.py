"""No position of a people's adjective that only describes a country, and no person of a
place named after a title (two-hundred-and-eighth extraction iteration,
kg.extract.roles._org_key, kg.extract.entities._looks_like_person)."""
import pytest

from extracttools import entity_mentions, positions_of, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_president_of_the_african_nation_is_no_president_of_africans(nlp):
    # https://en.wikinews.org/wiki/Burundi_President_Pierre_Nkurunziza_dies_aged_55
    # (2020), Wikinews contributors, CC BY 2.5
    x = read_everything(nlp, "Pierre Nkurunziza, the President of Burundi, died at the age of "
                             "55 on Monday. Nkurunziza became president of the African nation "
                             "in 2005.")
    positions = positions_of(x)
    assert ("Pierre Nkurunziza", "president", "Burundi") in positions, positions
    assert not any(org == "African" for _, _, org in positions), positions


def test_a_place_named_after_a_title_is_no_person(nlp):
    # https://en.wikinews.org/wiki/Aftershocks_increase_death_toll_of_magnitude_6.3_earthquake_in_southern_Philippines
    # (2019), Wikinews contributors, CC BY 2.5
    kinds = {k.split(":")[0] for k in entity_mentions(
        nlp, "The report figured 29 in South Cotabato and seven in General Santos City.")
        if "santos" in k}
    assert kinds == {"Place"}, kinds
    # guard: a titled person stays a person
    assert "Person:mark milley" in entity_mentions(nlp, "General Mark Milley spoke on Monday.")
