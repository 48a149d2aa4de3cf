"""Whose title it is (hundred-and-ninety-third extraction iteration, kg.extract.entity_rules):
a one-word name the model took for a person, right before a title and another person's
name, is the body the title belongs to ("Wynnum coach Matt Myers": the club), unless the
article or the index knows it as a person; and the model's organisation that ran on into
its spokesperson's title ("the State Department Spokesperson") ends before the title."""
import pytest

from extracttools import positions_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)



def test_a_name_before_a_coachs_title_is_the_club(extract_text):
    # Sentence from https://en.wikinews.org/wiki/Caloundra_defeat_Wynnum_in_fourth_round_of_2020_Sunshine_Coast_Rugby_Union_season
    # (2020), Wikinews contributors, CC BY 2.5
    x = extract_text("\"It's a better performance than what we put on last week\", Wynnum "
                     "coach Matt Myers said.")
    assert ("Matt Myers", "coach", "Wynnum") in positions_of(x)
    assert {e.type for e in x.entities if e.name == "Wynnum"} == {"Organization"}


def test_a_person_the_article_names_stays_a_person_before_a_title(extract_text):
    # guard: "Biden" of Joe Biden is whose spokesman it is, and still a person
    x = extract_text("Joe Biden met voters on Monday. Later, Biden spokesman Andrew Bates "
                     "said the meeting went well.")
    assert {e.type for e in x.entities if e.name == "Joe Biden"} == {"Person"}
    assert ("Andrew Bates", "spokesperson") in {(h, r) for h, r, _ in positions_of(x)}


def test_an_organisation_ends_before_its_spokespersons_title(extract_text):
    # Sentence from https://en.wikinews.org/wiki/Over_900_asylum_seekers_rescued_off_Indonesian_coast
    # (GUM corpus), Wikinews contributors, CC BY 2.5
    x = extract_text("Jeff Rathke, the State Department Spokesperson, said, \"We urge the "
                     "governments of the region to work together quickly.\"")
    assert ("Jeff Rathke", "spokesperson", "State Department") in positions_of(x)
