"""Names inside longer names (issue 12, ninth iteration): a person, place or people the
model reads inside a longer proper name is a word of that name, no mention of its own
(ELEVANT annotates no name inside a name); titles and offices are no such name."""
from __future__ import annotations

from extracttools import entity_mentions as mentions


def test_a_person_before_an_eponymous_head_word_is_part_of_the_organisation(nlp):
    found = mentions(nlp, "Staff at the Andy Warhol Foundation said 500 institutions took "
                          "part. Andy Warhol died in 1987.")
    assert found["Person:andy warhol"] == ["Andy Warhol"]  # the 1987 one only
    assert "Organization:andy warhol foundation" in found


def test_a_country_glued_to_untagged_proper_nouns_is_a_word_of_that_name(nlp):
    found = mentions(nlp, "Its share increased to number 3 in the company Hitwise UK's "
                          "Lifestyle-Religion category.")
    assert "Country:united kingdom" not in found


def test_a_demonym_inside_an_organisation_name_the_model_left_untagged_is_no_mention(nlp):
    found = mentions(nlp, "The secretary general of CEI (Italian Episcopal Conference), "
                          "Nunzio Galantino, spoke.")
    assert "Country:italy" not in found and "Person:nunzio galantino" in found


def test_a_country_before_a_title_and_a_name_stays_a_mention(nlp):
    found = mentions(nlp, "On Friday, U.S. District Judge Gray Miller ruled against the men.")
    assert found["Country:united states"] == ["U.S."]


def test_a_people_before_a_title_word_stays_a_mention(nlp):
    found = mentions(nlp, "Roman Catholic Pope Francis met the Russian President in Rome.")
    assert "Group:roman catholic" in found and found["Country:russia"] == ["Russian"]


def test_a_people_before_an_office_word_stays_a_mention(nlp):
    found = mentions(nlp, "He met the German Chancellor on Monday.")
    assert found["Country:germany"] == ["German"]


def test_a_run_before_a_lower_case_title_is_a_title_not_a_name(nlp):
    found = mentions(nlp, "The case went to a United States District judge, who ordered a "
                          "new trial.")
    assert found["Country:united states"] == ["United States"]


def test_a_run_before_a_persons_name_is_a_title_not_a_name(nlp):
    # Wikinews, 11 February 2019 (CC BY 2.5): "Bishop Emeritus" is read into no name
    found = mentions(nlp, "Monday, February 11, 2019\n\nRoman Catholic Bishop Emeritus "
                          "Dinualdo Gutierrez of the Marbel diocese in the Philippines, 79, "
                          "died early yesterday morning.")
    assert "Group:roman catholic" in found


def test_a_sentences_capitalised_first_word_is_no_longer_name(nlp):
    found = mentions(nlp, "Fellow Americans joined the protest in Ottawa.")
    assert found["Group:american"] == ["Americans"]


def test_a_title_cased_headline_is_no_run_of_one_name(nlp):
    found = mentions(nlp, "Australian Woman Claims Church Forced Her To Work\n\nThe woman "
                          "spoke in Sydney on Monday.")
    assert "Australian" in found.get("Country:australia", [])


def test_a_plural_office_word_is_a_title_too(nlp):
    found = mentions(nlp, "The vote was boycotted by Sunni Members of Parliament on Monday.")
    assert "Group:sunni" in found


def test_a_run_of_proper_nouns_goes_on_over_a_stray_run_of_spaces(nlp):
    # "Chad \xa0Peace": the model's whitespace token splits no name; the country it
    # tagged is the given name of a person it left untagged
    found = mentions(nlp, "Other speakers discussed the national debt. Chad \xa0Peace of the "
                          "Independent Voters Network spoke about ranked choice voting at the event.")
    assert "Country:chad" not in found and "Organization:independent voters network" in found


def test_a_long_sentence_of_capitals_is_a_list_of_names_not_a_headline(nlp):
    # Wikinews contributors, "On the campaign trail in the USA, October 2020" (CC BY 2.5,
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020)
    found = mentions(nlp, "Chad \xa0Peace of the Independent Voters Network, antiwar activist "
                          "Adam Kokesh, Brian Anderson of Nexus, conspiracy theorist G. Edward "
                          "Griffin, Kaia Los Huertos of the National Association of "
                          "Nonpartisan Reformers, and Bill Hammons also spoke.")
    assert "Country:chad" not in found and "Person:adam kokesh" in found


def test_a_place_after_of_the_and_a_head_word_is_a_word_of_that_name(nlp):
    # the eleventh iteration: "the Most Brilliant Order of the Sun", a Namibian honour
    found = mentions(nlp, "In 2014 the former minister was awarded the Most Brilliant Order "
                          "of the Sun, second class, by the government of Namibia.")
    assert not any(k.endswith(":sun") for k in found)
    party = mentions(nlp, "Three days later, the ballot-qualified Natural Law Party of Michigan "
                          "gave its nomination to the duo, a spokesman said.")
    assert not any(k.endswith(":michigan") for k in party)
    # after a whole name the model found, "of the US" says where it is
    where = mentions(nlp, "Researchers of the Massachusetts Institute of Technology and "
                          "Colorado State University of the US took part in the study.")
    assert "Country:united states" in where
    # a person's "of" names the place: no head word before it
    told = mentions(nlp, "President Muhammadu Buhari of Nigeria spoke to reporters.")
    assert any(k.endswith(":nigeria") for k in told)


def test_names_around_a_saint_s_possessive_are_words_of_a_church_s_name(nlp):
    found = mentions(nlp, "Outside the White House, rioters reportedly partly set fire to "
                          "St. John’s Episcopal Church at Lafayette Square, which suffered "
                          "damage.")
    assert not any(k.endswith(("episcopal church", ":st. john", ":st john")) for k in found)
