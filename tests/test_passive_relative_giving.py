"""A passive relative clause of giving with a subject of its own (hundred-and-seventy-third
extraction iteration): "the prescription creams they had been given" — the antecedent is
what was given and the clause's subject the one given to. The subject had been read as
what was given."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_antecedent_is_given_and_the_subject_receives(nlp):
    args = events_of(nlp, "The nurses stopped using the masks they had been given by the "
                          "hospital.", "give.01")
    assert any(("patient", "the masks") in a and ("recipient", "The nurses") in a and
               ("agent", "the hospital") in a for a in args), args


def test_a_question_someone_was_asked(nlp):
    args = events_of(nlp, "The questions the minister was asked were hard.", "ask.01")
    assert any(("patient", "The questions") in a and ("recipient", "the minister") in a
               for a in args), args


def test_a_place_where_someone_was_given_nothing_is_no_gift(nlp):
    # guard: the antecedent a preposition takes up is no object ("a proceeding in which
    # a subpoena had been issued", "the way Horus is shown")
    args = events_of(nlp, "Trump asked the court to intervene in a criminal proceeding "
                          "in which a subpoena had been issued to his accountant.", "issue.01")
    assert args and not any(n == "a criminal proceeding" for a in args for _, n in a), args
