"""Who said what on real news wording (twenty-eighth iteration): what a text says ('the
statement read "..."'), a quotation after 'continued', 'called Biden a "decent man"', a
speaker the parser left off its verb, a quotation across sentences closed right before 'X
told Y', 'adding ...' hung inside what was said, 'According to ISNA, the prosecutor ...,
Ali Mehr, said' (a misparse), reported clauses the parser did not hang on the verb, a
document speaking rather than the site it was put on, 'they' for an organisation.
Self-written sentences; each asserts a claim's speaker and content."""
from __future__ import annotations

import pytest

from claimtools import name_of, claim_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


SPEAKERS = [
    pytest.param('The decree signed by the bishop read "The abuse of children offends us all."',
                 "The abuse of children offends us all", "The decree",
                 id="a_document_that_reads_a_quotation_says_it"),
    pytest.param('"No soldiers were hurt in the attack," read the statement.',
                 "No soldiers were hurt in the attack", "the statement",
                 id="a_quotation_before_read_is_said_by_its_object"),
    pytest.param('Protesters carried signs which read "the vote was stolen".',
                 "the vote was stolen", "signs",
                 id="signs_which_read_say_what_they_read"),
    pytest.param('Dr Amaka Okoro said the virus was spreading. She continued, "And we have never '
                 'seen a pandemic like this one."', "And we have never seen", "Amaka Okoro",
                 id="continued_with_a_quotation_is_speech"),
    pytest.param('Sanders called Biden a "decent man" but did not endorse him.',
                 'Biden a "decent man', "Sanders",
                 id="calling_someone_a_quoted_name_is_a_claim"),
    pytest.param('The closure was met with what the Daily Post called "fury".',
                 "fury", "Daily Post",
                 id="what_x_called_claims_the_quoted_name"),
    pytest.param("On Twitter, Mark Wood, a columnist from ESPN, said the player had been "
                 "traded.", "the player had been traded", "Mark Wood",
                 id="a_speaker_the_parser_hung_on_a_phrase_before_the_verb"),
    pytest.param("Speaking to Reuters, the president of the Kenyan League for Human Rights, "
                 "Peter Otieno, said the law was unjust.", "the law was unjust", "Peter Otieno",
                 id="a_speaker_after_a_participle_phrase"),
    pytest.param('"Our river is dying. The fish are gone. We need help now!" Mayor Ana Ruiz '
                 'told the council on Monday.', "Our river is dying", "Mayor Ana Ruiz",
                 id="a_quotation_across_sentences_closed_right_before_its_speaker"),
    pytest.param('The minister, Ali Mehr, said the suspects must face "murder charges", adding '
                 'Iran will pursue the case.', "Iran will pursue the case", "Ali Mehr",
                 id="adding_hung_inside_what_was_said_is_the_sayers"),
    pytest.param("According to semi-official news agency ISNA, the prosecutor general of "
                 "Tehran, Ali Mehr, said the suspects must face murder charges.",
                 "the suspects must face", "Ali Mehr",
                 id="the_speaker_apposed_to_an_according_to_source_says"),
    pytest.param("The government statement on Twitter announced the death of the president.",
                 "the death of the president", "The government statement",
                 id="a_statement_speaks_not_the_site_it_was_posted_on"),
    pytest.param("The actor died at home according to a statement posted to his official "
                 "Twitter account.", "The actor died at home", "a statement",
                 id="according_to_a_statement_posted_on_a_site"),
    pytest.param("Microsoft's statement said the browser was obsolete.",
                 "the browser was obsolete", "Microsoft",
                 id="a_statements_owner_still_speaks"),
    pytest.param("The NBA did not release the name of the player. They did say he was not "
                 "at the arena.", "he was not at the arena", "NBA",
                 id="they_after_an_organisation_is_that_organisation"),
]


CONTENTS = [
    pytest.param("The fire service indicated on Twitter the baby girl was critically ill.",
                 "the baby girl was critically ill", "The fire service",
                 id="a_clause_run_on_after_the_verb_without_that"),
    pytest.param('The senator, Kevin Moss, said a law allowing the sale of guns marked a "sad '
                 'day for the state".', "a law allowing the sale", "Kevin Moss",
                 id="a_clause_the_parser_read_as_said_s_object"),
    pytest.param("In its report, the World Health Organization noted the need to drive "
                 "governments to action.", "the need to drive governments",
                 "World Health Organization",
                 id="noted_claims_its_object"),
]


@pytest.mark.parametrize("text,content,speaker", CONTENTS)
def test_the_reported_clause_is_read_from_a_misparse(read_text, text, content, speaker):
    x = read_text(text)
    assert name_of(x, claim_of(x, content).speaker) == speaker


@pytest.mark.parametrize("text,content,speaker", SPEAKERS)
def test_the_claims_speaker_is_read_from_its_construction(read_text, text, content, speaker):
    x = read_text(text)
    assert name_of(x, claim_of(x, content).speaker) == speaker


def test_a_person_reading_a_text_claims_nothing(read_text):
    x = read_text("The mayor read the statement to reporters and said the talks had failed.")
    assert [c.lemma for c in x.claims] == ["say"]
    assert claim_of(x, "the talks had failed").lemma == "say"


def test_continued_without_a_quotation_claims_nothing(read_text):
    x = read_text("The protests continued for three days, police said on Monday.")
    assert [c.lemma for c in x.claims] == ["say"]


def test_a_quotation_opening_with_if_is_a_claim_not_a_question(read_text):
    x = read_text('The society president, Anna Berg, told the public, "If we wash our hands, '
                  'we can stop the infection."')
    claim = claim_of(x, "If we wash our hands")
    assert name_of(x, claim.speaker) == "Anna Berg"
    assert not [c for c in read_text("The reporter asked if the minister would resign.").claims
                if c.text.startswith("the minister")]


def test_a_quotation_before_a_verb_with_its_own_quotation_is_not_its_content(read_text):
    x = read_text('"We did it together," said Eliud Kipchoge. He posted on Twitter, "Today '
                  'we went to the Moon!"')
    assert name_of(x, claim_of(x, "We did it together").speaker) == "Eliud Kipchoge"
    assert not [c for c in x.claims if c.lemma == "post" and c.text.startswith("We did")]


def test_according_to_whose_source_the_parser_made_a_subject_still_sources(read_text):
    x = read_text("According to semi-official news agency ISNA, the prosecutor general of "
                  "Tehran, Ali Mehr, said the suspects must face murder charges.")
    claim, = [c for c in x.claims if c.lemma == "according to"]
    assert name_of(x, claim.speaker) == "ISNA"
    assert claim.text.startswith("the prosecutor general of Tehran")


def test_they_after_people_is_not_an_organisation(read_text):
    x = read_text("The players did not meet the NBA on Monday. They did say the season was "
                  "over.")
    claim = claim_of(x, "the season was over")
    assert name_of(x, claim.speaker) != "NBA"
