"""What VerbNet calls an asset or a value is, for most verbs, no sum (hundred-and-fifty-fifth
extraction iteration): the thing used, carried, contained or wasted is the verb's patient,
so a relative clause's antecedent is it ("the two main technologies we used"), where the
lexicon had made it an amount and the reader, finding no number, dropped it."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_antecedent_of_a_relative_clause_is_what_was_used(nlp):
    # Sentence from https://en.wikinews.org/wiki/Astronomer_Anthony_Boccaletti_discusses_observation_of_birth_of_potential_exoplanet_with_Wikinews
    # (2020), Wikinews contributors, CC BY 2.5
    assert [("agent", "we"), ("patient", "the two main technologies")] in events_of(
        nlp, "These are the two main technologies we used.", "use.01")


def test_what_a_sense_uses_is_its_patient_and_a_sum_stays_an_amount(nlp):
    from kg.extract import frames
    lex = frames.lexicon()
    assert lex.sense("use.01").arg_of("patient") == "1"
    assert lex.sense("waste.01").arg_of("patient") == "1"
    # "the Dow rose 500 points": a PropBank extent is still how much
    assert dict(lex.sense("rise.01").roles)["2"] == "amount"
