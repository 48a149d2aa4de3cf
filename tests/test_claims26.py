"""Who said what on real news wording (twenty-sixth iteration): speakers left open by
coreference, passives, relative clauses, "according to" in mid-sentence, asides, and
speech verbs whose content is an object. Self-written sentences; each asserts a claim's
speaker and content."""
from __future__ import annotations

import pytest

from claimtools import name_of, claim_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


SPEAKERS = [
    pytest.param('"I told the minister the plan would fail," Jane Okafor said on Monday.',
                 "the plan would fail", "Jane Okafor",
                 id="i_in_a_quotation_speaks_its_own_reported_claim"),
    pytest.param("The head of the counter-terror police, Neil Basu, said on Sunday the police "
                 "found nothing inconsistent with Khairi Saadallah acting alone. He also said "
                 "there is no suggestion of an increased threat.",
                 "there is no suggestion", "Neil Basu",
                 id="he_speaking_again_after_a_named_speaker_is_that_speaker"),
    pytest.param("Thunberg then led, according to Time, the largest climate demonstration "
                 "ever held.", "Thunberg then led", "Time",  # (its verb's clause: claims90)
                 id="according_to_in_mid_sentence_sources_its_verbs_clause"),
    pytest.param("His death was announced by the University of California on Friday.",
                 "His death", "University of California",
                 id="a_passive_speech_verb_is_spoken_by_its_by_phrase"),
    pytest.param("The ministry released a statement which said the museum must be kept open.",
                 "the museum must be kept open", "a statement",
                 id="the_speaker_of_a_relative_clause_is_the_noun_it_is_about"),
    pytest.param("Solicitor General Jose Calida accused the network of violating its "
                 "franchise.", "violating its franchise", "Jose Calida",
                 id="accused_of_claims_the_prepositions_object"),
]


@pytest.mark.parametrize("text,content,speaker", SPEAKERS)
def test_the_claims_speaker_is_read_from_its_construction(read_text, text, content, speaker):
    x = read_text(text)
    assert name_of(x, claim_of(x, content).speaker) == speaker


def test_according_to_followed_by_an_adjunct_sources_what_precedes(read_text):
    x = read_text("The storm sank a ferry, killing at least 20 according to Philippine "
                  "officials on Thursday.")
    claim, = [c for c in x.claims if c.lemma == "according to"]
    assert claim.text.startswith("The storm sank a ferry")


def test_as_reported_by_sources_the_clause_it_hangs_on(read_text):
    x = read_text("The building will no longer be a museum, as reported by the Hurriyet "
                  "Daily News.")
    claim = claim_of(x, "The building will no longer be a museum")
    assert "Hurriyet" in (name_of(x, claim.speaker) or "")


def test_a_speech_verb_after_a_semicolon_does_not_report_the_quote_before(read_text):
    x = read_text('"We will use the full force of the law," said Defence Secretary Delfin '
                  'Lorenzana; he described the attacks as a "dastardly act".')
    described, = [c for c in x.claims if c.lemma == "describe"]
    assert described.text.startswith("the attacks as a")
    assert name_of(x, described.speaker) == "Delfin Lorenzana"


def test_cited_takes_its_object_as_what_is_said(read_text):
    x = read_text("Several African governments have cited security concerns to ban the "
                  "niqab.")
    claim = claim_of(x, "security concerns")
    assert claim.lemma == "cite"


def test_described_as_claims_the_object_with_what_it_is_called(read_text):
    x = read_text('Margaret Leinen described him as "a guiding force in science for 80 '
                  'years".')
    claim, = [c for c in x.claims if c.lemma == "describe"]
    assert claim.text.startswith('him as "a guiding force')
    assert name_of(x, claim.speaker) == "Margaret Leinen"


def test_according_to_at_the_start_sources_the_clause_after_its_source(read_text):
    x = read_text("According to the BBC, a spokesman for Downing Street expressed "
                  "disappointment with the ruling.")
    claim, = [c for c in x.claims if c.lemma == "according to"]
    assert claim.text.startswith("a spokesman for Downing Street expressed")
    assert name_of(x, claim.speaker) == "BBC"


def test_as_i_said_in_an_interview_restates_and_claims_nothing(read_text):
    x = read_text("Thomas Rivinius studies massive stars. As I said, a single "
                  "black hole is almost impossible to find. Rivinius said the search "
                  "took years.")
    assert not [c for c in x.claims if c.text.startswith("a single black hole")]
    claim = claim_of(x, "the search took years")
    assert name_of(x, claim.speaker) == "Thomas Rivinius"


def test_according_to_in_a_question_claims_nothing(read_text):
    x = read_text("Zara Kay founded a support group. According to her, what is the "
                  "significance of a headscarf? Kay said the group has 30 volunteers.")
    assert [c.lemma for c in x.claims] == ["say"]
    assert name_of(x, x.claims[0].speaker) == "Zara Kay"
