"""An en dash joining two words is read as the hyphen the small model knows (hundred-and-
fifty-sixth extraction iteration): "African Export–Import Bank president Okey Oramah said"
had "Export" parsed as the subject and the president as its apposition, so the bank, not
its president, was the speaker. The text as given is kept."""
import pytest

from extracttools import named_claims

from kg.extract.components import original_text

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Sentence from https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
# (2019), Wikinews contributors, CC BY 2.5, shortened
BANK = ("African Export–Import Bank president Okey Oramah said the use of third-party "
        "currencies \"costs Africa between $5 and $7 billion\".")


def test_the_president_of_a_dashed_bank_is_the_speaker(read_text):
    x = read_text(BANK)
    assert [name for name, _ in named_claims(x)] == ["Okey Oramah"]


def test_names_and_quotations_keep_the_dash_as_given(read_text):
    x = read_text(BANK + " He added: \"The cost–benefit ratio is poor.\"")
    assert "African Export–Import Bank" in {e.name for e in x.entities}
    assert "The cost–benefit ratio is poor" in {c.text for c in x.claims}


def test_a_word_dash_keeps_the_text_as_given(nlp):
    doc = nlp("The Egypt–Israel border reopened in the 2019–20 season – officials said.")
    assert [t.text for t in doc[1:4]] == ["Egypt", "-", "Israel"]
    assert "2019–20" in [t.text for t in doc] and "–" in [t.text for t in doc]
    assert original_text(doc) == "The Egypt–Israel border reopened in the 2019–20 season " \
        "– officials said."
