"""Indefinite pronouns of people are unnamed participants, and "make sure" is no act of
"make" (ninety-second extraction iteration): "anyone wearing a niqab", "someone emailed
me" give their facts with the pronoun as a node of its own mention, as the guidelines give
such participants; "to make sure it is real" reads the clause, not make.01."""
import pytest

from extracttools import frames_of, named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_an_indefinite_pronoun_is_a_participant_of_its_own(nlp):
    # after wikinews-2019-068 (Wikinews contributors, CC BY 2.5, https://en.wikinews.org/
    # wiki/Tunisian_Prime_Minister_signs_decree_to_ban_face_veils_in_public_institutions,
    # _government_offices)
    events = _read(nlp, "The decree bans anyone wearing a niqab from entering a public "
                        "institution.")
    wear = next(args for f, args in events if f == "wear.01")
    assert any(r == "agent" and n.lower() == "anyone" for r, n in wear)


def test_someone_is_the_agent_of_what_someone_did(nlp):
    events = _read(nlp, "Someone attacked the website on Monday.")
    attack = next(args for f, args in events if f == "attack.01")
    assert any(r == "agent" and n.lower() == "someone" for r, n in attack)


def test_make_sure_is_no_act_of_make(nlp):
    from extracttools import read_everything
    x = read_everything(nlp, "Officials moved the residents to make sure nobody "
                             "was hurt by the fire.")
    assert "make.01" not in frames_of(x)
    assert "move.01" in frames_of(x)  # control: the sentence's act is read


def test_make_certain_that_reads_the_clause_not_make(nlp):
    from extracttools import read_everything
    x = read_everything(nlp, "The senator said the party would work together to make "
                             "certain that the bill passed.")
    assert "make.01" not in frames_of(x)
    assert "pass.01" in frames_of(x)  # control: the clause is read
