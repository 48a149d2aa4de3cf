"""A sentence inside a quotation that runs over several sentences, with no speech verb of
its own, is reported (eighty-fifth extraction iteration): someone said it, the article
does not assert it. Its speech verb is in another sentence of the same quotation; the
speaker ("I"/"we") is not resolved and no claim is made of it."""
import pytest

from extracttools import events_at, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _modality(nlp, text: str, trigger: str) -> str:
    x = read_everything(nlp, text).extraction
    return events_at(x, trigger)[0].modality


def test_a_sentence_after_the_speech_verbs_sentence_in_the_same_quotation_is_reported(nlp):
    # Wikinews contributors, CC BY 2.5, https://en.wikinews.org/ (Erdogan and Hagia Sophia, 2019)
    text = ('On Friday, Erdogan said, "After elections, we will change the name of the '
            'museum. The government will close the museum."')
    assert _modality(nlp, text, "close") == "reported"


def test_a_sentence_before_the_speech_verbs_sentence_in_the_same_quotation_is_reported(nlp):
    text = ('"Ten years ago, the company released a browser. The browser was popular," '
            'Microsoft says on its website.')
    assert _modality(nlp, text, "released") == "reported"


def test_an_article_sentence_after_a_closed_quotation_stays_asserted(nlp):
    # guard: the quotation closed; the article's own next sentence is not in it
    text = ('Erdogan said, "We will change the name." The government closed the museum '
            'on Monday.')
    assert _modality(nlp, text, "closed") == "asserted"


def test_a_quotation_with_no_speech_verb_leaves_its_sentences_alone(nlp):
    # guard: quoted words nobody is said to speak here (a title, a sign)
    text = ('The sign read "Closed. The government closed the museum on Monday." '
            'Tourists left.')
    x = read_everything(nlp, text).extraction
    assert events_at(x, "closed")  # control: the quoted sentence's event is read
    assert all(ev.modality != "reported" or ev.claim for ev in events_at(x, "closed"))
