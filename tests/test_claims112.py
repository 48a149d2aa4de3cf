"""A quotation after a colon that ends a speech word's clause is its claim (hundred-and-sixth
extraction iteration): 'told the press the drugs were only part of the solution: "What will
stop Ebola is ..."' says both the reported clause and the quotation, with the speech verb's
subject as speaker. A colon opening a list of quoted items or a title claims nothing. A
"they" speaker that coreference leaves open goes on with the plural people last heading a
clause ("Police arrived ... They said ..."), and the pronoun becomes a mention of them; not
a thing, nor people spoken of in a reported clause. The Wikinews sentences keep their
source in a comment."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From https://en.wikinews.org/wiki/Scientists_report_two_life-saving_treatments_for_Ebola
# ("Wikinews contributors", CC BY 2.5; shortened)
RYAN = ("Mike Ryan of the World Health Organization (WHO) told the press the new drugs were "
        'only part of the solution: "What will stop Ebola is good surveillance, good infection '
        'prevention and control, and good community engagement."')


def test_quotation_after_the_colon_of_a_reported_clause_is_also_said(read_text):
    x = read_text('The mayor told reporters the bridge was safe: "We have checked every '
                  'cable twice."')
    clause = claim_of(x, "the bridge was safe")
    quotation = claim_of(x, "We have checked every cable twice")
    assert quotation.lemma == "tell" and quotation.quote
    assert quotation.speaker is not None and quotation.speaker == clause.speaker


def test_quotation_after_the_colon_of_a_noun_object_is_said(read_text):
    x = read_text('The agency noted the need to drive governments to action: "All countries '
                  'can still change the course of this outbreak."')
    quotation = claim_of(x, "All countries can still change the course")
    assert quotation.lemma == "note" and quotation.quote and quotation.speaker is not None


def test_wikinews_quotation_after_a_told_clause_is_the_speakers(read_text):
    x = read_text(RYAN)
    quotation = claim_of(x, "What will stop Ebola is good surveillance")
    assert name_of(x, quotation.speaker) == "Mike Ryan" and quotation.lemma == "tell"


def test_quoted_items_listed_after_a_colon_are_no_claim(read_text):
    x = read_text('The protesters said they had three demands: "lower rents", "free buses" '
                  'and "more parks".')
    assert claim_of(x, "they had three demands").lemma == "say"
    assert not [c for c in x.claims if c.text.startswith("lower rents")]


def test_a_quoted_title_after_a_colon_is_no_claim(read_text):
    x = read_text('She said she was reading his first novel: "The Long Walk Home".')
    assert claim_of(x, "she was reading his first novel").lemma == "say"
    assert not [c for c in x.claims if "Long Walk" in c.text]


def test_colon_after_a_verb_that_is_no_speech_claims_nothing(read_text):
    x = read_text('The coach said the trip went well. The team visited the museum: "We loved '
                  'every minute of it."')
    assert claim_of(x, "the trip went well").lemma == "say"
    assert not [c for c in x.claims if c.text.startswith("We loved")]


def test_they_speaker_goes_on_with_the_plural_people_before(read_text):
    x = read_text("Police arrived at the scene shortly after midnight. They said two men had "
                  "been arrested.")
    claim = claim_of(x, "two men had been arrested")
    assert name_of(x, claim.speaker) == "Police"
    entity = next(e for e in x.entities if e.key == claim.speaker)
    assert "They" in [m.text for m in entity.mentions]  # (the pronoun names the speaker)


def test_they_finding_is_held_by_the_researchers_before(read_text):
    x = read_text("The researchers used satellite images to map the ice. From this, they "
                  "concluded that warm water was reaching the ice sheets.")
    claim = claim_of(x, "warm water was reaching the ice sheets")
    assert name_of(x, claim.speaker) == "The researchers"


def test_they_after_a_thing_is_no_speaker(read_text):
    x = read_text("The storms hit the coast on Monday. They said the water was safe to drink.")
    # (the open "They" speaks, a node of its own mention: not the storms)
    assert name_of(x, claim_of(x, "the water was safe to drink").speaker) == "They"


def test_they_is_not_the_people_of_a_reported_clause(read_text):
    x = read_text("They told me all the girls here are kind. They told me that the house "
                  "was safe.")
    assert name_of(x, claim_of(x, "the house was safe").speaker) != "all the girls here"


def test_quotation_running_on_to_its_own_speech_verb_is_not_the_colons(read_text):
    x = read_text('The agency noted the need to drive governments to action: "All countries '
                  'can still change the course of this outbreak. If they act now, it can be '
                  'stopped," said the director. "We are deeply concerned."')
    assert claim_of(x, "the need to drive governments").lemma == "note"
    assert not [c for c in x.claims if c.lemma == "note" and c.text.startswith("All countries")]
