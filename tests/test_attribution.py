"""Who said what: reported speech and quotes become claims; their facts are reported."""
from __future__ import annotations

from datetime import date

import pytest

from claimtools import name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_reported_speech_is_a_claim_of_the_speaker_and_its_events_are_reported(read_text):
    x = read_text("Pakistan's foreign minister, Shah Mahmood Qureshi, said that the army "
                     "would withdraw from the border area.")
    claim, = x.claims
    assert name_of(x, claim.speaker) == "Shah Mahmood Qureshi"
    assert claim.text == "the army would withdraw from the border area"
    assert x.article.text[claim.start:claim.end] == claim.text
    assert not claim.quote
    withdrawal, = [e for e in x.events if e.kind == "Withdrawal"]
    assert (withdrawal.modality, withdrawal.claim) == ("reported", claim.id)


def test_a_quote_before_the_speech_verb_is_a_direct_quote(read_text):
    x = read_text('"We will never accept this deal," Iranian President Hassan Rouhani said.')
    claim, = x.claims
    assert claim.quote
    assert name_of(x, claim.speaker) == "Hassan Rouhani"
    assert claim.text == "We will never accept this deal"


def test_a_request_has_its_addressee(read_text):
    x = read_text("Antonio Guterres urged Vladimir Putin to end the offensive.")
    claim, = x.claims
    assert name_of(x, claim.speaker) == "Antonio Guterres"
    assert name_of(x, claim.addressee) == "Vladimir Putin"
    request, = [e for e in x.events if e.kind == "Request"]
    assert {("agent", "Antonio Guterres"), ("addressee", "Vladimir Putin")} <= \
        {(r, name_of(x, k)) for r, k in request.arguments}


def test_according_to_makes_the_rest_of_the_sentence_a_claim(read_text):
    x = read_text("According to Reuters, Turkish troops crossed into Syria overnight.")
    claim, = x.claims
    assert name_of(x, claim.speaker) == "Reuters"
    assert "Turkish troops crossed into Syria" in claim.text


def test_a_negated_speech_verb_makes_no_claim(read_text):
    x = read_text("Boris Johnson did not say that Britain would leave the alliance. Liz "
                     "Truss said that Britain would stay.")
    (claim,) = x.claims
    assert claim.text == "Britain would stay" and name_of(x, claim.speaker) == "Liz Truss"


def test_facts_outside_speech_stay_asserted(read_text):
    x = read_text("Germany deployed troops to Lithuania.")
    assert x.claims == ()
    assert [e.kind for e in x.events] == ["Deployment"]
    assert all(e.modality == "asserted" and e.claim is None for e in x.events)


def test_seed_peskov_statement_and_gatilov_request(read_text, seed_text):
    x = read_text(seed_text, date(2016, 3, 15))
    peskov = [c for c in x.claims if name_of(x, c.speaker) == "Dmitry Peskov"]
    assert len(peskov) == 1
    claim = peskov[0]
    assert "Hmeimim" in claim.text and "Tartous" in claim.text
    reported = [r for r in x.relations if r.claim == claim.id]
    assert reported and all(r.modality == "reported" for r in reported)
    objects = {name_of(x, r.obj) for r in reported}
    assert any(o and "Hmeimim" in o for o in objects)
    assert any(o and "Tartous" in o for o in objects)
    gatilov = [c for c in x.claims if name_of(x, c.speaker) == "Gennady Gatilov"]
    assert gatilov and name_of(x, gatilov[0].addressee) == "Bashar Assad"
    request = [e for e in x.events if e.kind == "Request"
               and ("addressee", "Person:bashar assad") in e.arguments]
    assert request and ("agent", "Person:gennady gatilov") in request[0].arguments
    assert request[0].time.value == "2016-03-07" and request[0].time.text == "Last week"


def test_asking_not_to_be_named_is_not_a_request_claim(read_text):
    x = read_text("A Hamas official, who asked not to be named, said the group would "
                     "attend the talks.")
    assert len(x.claims) == 1
    assert "attend the talks" in x.claims[0].text


def test_a_speaker_in_a_conjoined_clause_is_the_first_verb_subject(read_text):
    x = read_text("Joe Biden condemned the attack and said Washington would impose "
                     "sanctions on Russia.")
    claim, = x.claims
    assert name_of(x, claim.speaker) == "Joe Biden"
    sanction, = [e for e in x.events if e.kind == "Sanction"]
    assert sanction.claim == claim.id


def test_a_capital_asked_is_the_addressee_and_according_to_after_the_clause(read_text):
    x = read_text("Poland had asked Berlin to approve the transfer. The two sides agreed "
                     "to reopen embassies, according to a joint statement from Riyadh.")
    request, report = x.claims
    assert (name_of(x, request.speaker), name_of(x, request.addressee)) == ("Poland", "Berlin")
    assert report.text == "The two sides agreed to reopen embassies"
    assert name_of(x, report.speaker) == "Riyadh"


def test_a_quoted_sentence_after_a_quote_keeps_its_speaker(read_text):
    x = read_text('"We are ready to talk," Zelenskiy said on Friday. "But we need security '
                     'guarantees." The talks will resume in Istanbul.')
    first, second = x.claims
    assert second.quote and second.speaker == first.speaker
    assert second.text == "But we need security guarantees"
    # the last sentence is the article's; what the quotes say ("we need ...") is reported
    # (the talks and, by the guidelines, their resuming: both future)
    assert {e.modality for e in x.events if e.sentence == 2} == {"future"}
    assert {e.modality for e in x.events if e.sentence < 2} <= {"reported"}


def test_a_denied_clause_is_reported_and_negative(read_text):
    x = read_text("Moscow denied that its jets bombed the hospital in Idlib.")
    claim, = x.claims
    bombing, = [e for e in x.events if e.kind == "Attack"]
    assert (bombing.claim, bombing.modality, bombing.polarity) == (claim.id, "reported", "negative")
    assert name_of(x, claim.speaker) == "Moscow"


def test_a_speech_verb_set_inside_the_clause_claims_the_clause(read_text):
    x = read_text("The troops, Peskov said, will stay in Syria.")
    claim, = x.claims
    assert name_of(x, claim.speaker) == "Peskov"
    # what is said, without the aside (the claim's offsets span the whole clause)
    assert claim.text == "The troops will stay in Syria"
    assert (claim.start, claim.end) == (0, len("The troops, Peskov said, will stay in Syria"))


def test_a_fronted_phrase_before_an_aside_keeps_its_comma(read_text):
    x = read_text("After the attack, police said, the suspect fled.")
    claim, = x.claims
    assert claim.text == "After the attack, the suspect fled"


# Sentence from https://en.wikinews.org/wiki/Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join
# (2020), Wikinews contributors, CC BY 2.5
CYPRUS_MAIL = ("In December, a Turkish official said that the trans-Anatolian pipeline, which is "
               "already up and running, renders the EastMed building effort unnecessary, Cyprus "
               "Mail reported.")


def test_a_source_aside_at_the_end_is_no_part_of_what_was_said(read_text):
    x = read_text(CYPRUS_MAIL)
    said = next(c for c in x.claims if c.lemma == "say")
    assert said.text.endswith("renders the EastMed building effort unnecessary"), said.text
    reported = next(c for c in x.claims if c.lemma == "report")
    assert name_of(x, reported.speaker) == "Cyprus Mail"
