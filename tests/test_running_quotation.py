"""A clause that ends a quotation opened in an earlier sentence is quoted (hundred-and-
sixty-fourth extraction iteration): in '"To be frank I'm a little emotionally exhausted
because that was super stressful. But it worked — so far," SpaceX founder Elon Musk told
the press after the launch. "We have to dock to the station ..."' the claim "But it worked"
was read as no quotation, so the quoted sentence after it, which keeps a quotation's
speaker, had none."""
import pytest

from extracttools import named_claims

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Text from https://en.wikinews.org/wiki/SpaceX_Crew_Dragon_capsule_docks_with_International_Space_Station
# (2019), Wikinews contributors, CC BY 2.5, shortened
MUSK = ('"To be frank I\'m a little emotionally exhausted because that was super stressful. '
        'But it worked — so far," SpaceX founder Elon Musk told the press after the launch. '
        '"We have to dock to the station, and we have to come back, but so far it\'s worked."')


def test_the_end_of_a_running_quotation_is_a_quote(read_text):
    x = read_text(MUSK)
    worked = next(c for c in x.claims if "But it worked" in c.text)
    assert worked.quote


def test_the_quoted_sentence_after_it_keeps_the_speaker(read_text):
    x = read_text(MUSK)
    assert ("Elon Musk", True) in {(name, c.quote) for name, c in named_claims(x)
                                   if c.text.startswith("We have to dock")}


def test_a_verb_of_saying_inside_the_quotation_quotes_no_one(read_text):
    # guard: "He told me it was fine" inside her quotation is not his quotation
    x = read_text('"I called him. He told me it was fine," she said on Monday.')
    told = [c for c in x.claims if c.lemma == "tell"]
    assert told and all(not c.quote for c in told)


def test_a_quotation_opened_sentences_before_its_speaker_is_one_claim(read_text):
    # Sentences from https://en.wikinews.org/wiki/Arrests_made_in_theft_of_gold_toilet_in_England
    # (2019), Wikinews contributors, CC BY 2.5 (iteration 170: the sentences before the one
    # naming the speaker were reported with no claim)
    x = read_text('On Saturday they arrested a 66-year-old man. "We are continuing to '
                  'investigate this incident and have made a second arrest in connection with '
                  'it. Our priority is to locate the stolen item, and I would urge anyone with '
                  'any information to contact police by calling 101", said Detective Inspector '
                  'Steven Jones.')
    [claim] = [c for name, c in named_claims(x) if name == "Steven Jones"]
    assert claim.text.startswith("We are continuing to investigate this incident")
    assert claim.text.endswith("by calling 101") and claim.quote


def test_a_clause_opening_a_running_quotation_is_a_quote(read_text):
    # iteration 171: 'Smith said: "We will win. ...': the clause that opens a quotation
    # running on into the next sentence is quoted too (its closing mark is not beside it)
    x = read_text('Smith said: "We will win. The people are with us." Then he left.')
    assert [c.quote for c in x.claims if c.text.startswith("We will win")] == [True]


def test_a_quotation_closed_before_an_inverted_said_is_the_speakers(read_text):
    # Sentences from https://en.wikinews.org/wiki/World_Health_Organization_declares_COVID-19_pandemic
    # (2020), Wikinews contributors, CC BY 2.5, shortened (iteration 172: '..., in the
    # response," said Tedros' with the quoted clause parsed as no complement gave no claim)
    x = read_text('The WHO noted the need to drive governments to action: "All countries can '
                  'still change the course of this pandemic. If countries detect, test, treat, '
                  'isolate, trace and mobilize their people in the response," said Tedros '
                  'Adhanom Ghebreyesus, the Director-General of the WHO.')
    tedros = [c for name, c in named_claims(x) if name == "Tedros Adhanom Ghebreyesus"]
    assert len(tedros) == 1 and tedros[0].quote
    assert tedros[0].text.startswith("All countries can still change the course")
