"""An editor's words in square brackets continue the sentence they sit in; a quotation
running across sentences is one claim; a speaker's title read as the reported verb does
not take the speaker into what is said (hundred-and-thirtieth extraction iteration). A
word an editor recapitalised ("[T]he", "[a]nd") is one token read as the word it stands
for, and spans keep its brackets (hundred-and-thirty-second)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "Caloundra defeat Maroochydore in third round of 2020 Sunshine Coast Rugby Union
# season", Wikinews, 2020-08-18,
# https://en.wikinews.org/wiki/Caloundra_defeat_Maroochydore_in_third_round_of_2020_Sunshine_Coast_Rugby_Union_season
# ("Wikinews contributors", CC BY 2.5).
INGRAM = ('"I am [pretty happy with that]", Caloundra coach Geoff Ingram said.  "We made a '
          'lot of ground on where we were [in the] last couple of weeks. [...] Set piece and '
          "breakdown, they've been the two missing pieces [in the] last couple of weeks.  We "
          "got away with it against Uni [in round 1] but [against] Noosa [in round 2], we "
          "didn't.  They beat us well.\"")


def test_words_in_brackets_inside_a_sentence_start_no_sentence(nlp):
    sentences = [s.text.strip() for s in nlp(INGRAM).sents]
    assert "We got away with it against Uni [in round 1] but [against] Noosa [in round 2], " \
           "we didn't." in sentences
    assert not any(s.startswith(("[in", "in the]", "[against")) for s in sentences)


def test_a_bracket_after_a_full_stop_or_quotation_mark_may_start_one(nlp):
    doc = nlp('Officials met on Monday. He said: "[T]he advances are real." [Editor] No more.')
    assert [s.text.strip() for s in doc.sents][1] == 'He said: "[T]he advances are real."'


def test_a_quotation_running_across_sentences_is_one_claim(read_text):
    x = read_text(INGRAM)
    texts = [c.text for c in x.claims]
    assert texts[0] == "I am [pretty happy with that]"
    # the resumed quotation: one claim from its first sentence to its last
    (resumed,) = texts[1:]
    assert resumed.startswith("We made a lot of ground") and \
        resumed.endswith("They beat us well")
    assert {c.speaker for c in x.claims} == {"Person:geoff ingram"}


def test_a_recapitalised_word_is_one_token_read_as_its_word(nlp):
    doc = nlp('He said "[a]n area like this cannot afford to lose such a hotel."')
    (word,) = [t for t in doc if "[" in t.text]
    assert word.text == "[a]n" and word.dep_ == "det" and word.head.text == "area"


def test_spans_keep_an_editors_brackets(read_text):
    # From "Wash your hands or else spread superbug E. coli, say scientists", Wikinews,
    # 2019-10-25, https://en.wikinews.org/wiki/Wash_your_hands_or_else_spread_superbug_E._coli,_say_scientists
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text('"[T]he strains of resistant E. coli [found in food], were almost '
                  'entirely different from the types found in human faeces", said Dr. '
                  'Livermore.')
    (claim,) = x.claims
    assert claim.text.startswith("[T]he strains of resistant E. coli [found in food]")



def test_the_pipeline_keeps_the_rule_when_saved_or_sent_to_a_worker(nlp, tmp_path):
    import pickle

    import spacy

    text = 'He said "[a]n area like this cannot afford it."'
    nlp.to_disk(tmp_path / "model")
    for copy in (pickle.loads(pickle.dumps(nlp)), spacy.load(tmp_path / "model")):
        assert "[a]n" in [t.text for t in copy(text)]


# From "Astronomer Anthony Boccaletti discusses observation of birth of potential exoplanet
# with Wikinews", Wikinews, 2020,
# https://en.wikinews.org/wiki/Astronomer_Anthony_Boccaletti_discusses_observation_of_birth_of_potential_exoplanet_with_Wikinews
# ("Wikinews contributors", CC BY 2.5).
TYPES = "Because, well hot Jupiter means two different type[s] of planets."


def test_a_word_an_editor_completed_is_one_token_read_as_the_whole_word(nlp):
    doc = nlp(TYPES)
    word = next(t for t in doc if t.text.startswith("type"))
    assert (word.text, word.lemma_, word.tag_) == ("type[s]", "type", "NNS")
    doc = nlp("The bombs destroy[ed] the bridge.")
    verb = next(t for t in doc if t.text.startswith("destroy"))
    assert (verb.text, verb.lemma_, verb.pos_, verb.dep_) == ("destroy[ed]", "destroy",
                                                              "VERB", "ROOT")


def test_what_an_edited_verb_says_is_read(read_text):
    x = read_text("The bombs destroy[ed] the bridge.")
    assert any(e.trigger == "destroy[ed]" for e in x.events), x.events
