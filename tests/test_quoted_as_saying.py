"""Who says what a participle of saying says, when the clause it hangs on names them
otherwise (hundred-and-sixty-ninth extraction iteration): the object of "quoted X as
saying" or "cited X as saying" is the speaker (and the quoting verb claims nothing of X), and
a passive's by-phrase speaks for ", saying" after it."""
import pytest

from extracttools import named_claims

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _claims(x) -> list[tuple[str | None, str]]:
    return [(name, c.text) for name, c in named_claims(x)]


def test_the_one_cited_as_saying_is_the_speaker(read_text):
    # Sentence from https://en.wikinews.org/wiki/Indonesian_security_minister_Wiranto_stabbed
    # (2019), Wikinews contributors, CC BY 2.5, shortened
    x = read_text("The BBC also cited Budi Gunawan, chief of the Indonesian State Intelligence "
                  "Agency, as saying the suspects were linked to the Jamaah Ansharut Daulah "
                  "network.")
    assert _claims(x) == [("Budi Gunawan", "the suspects were linked to the Jamaah Ansharut "
                                           "Daulah network")]


def test_a_passives_by_phrase_says_the_participle_after_it(read_text):
    # Sentence from https://en.wikinews.org/wiki/Conservative_Party_wins_majority_in_2019_UK_general_election
    # (2019), Wikinews contributors, CC BY 2.5
    x = read_text("Election implications regarding the UK's efforts on leaving the European "
                  "Union (EU) were described by Boris Johnson as a \"historic mandate\", saying "
                  "he intends to leave the EU by the end of January.")
    assert ("Boris Johnson", "he intends to leave the EU by the end of January") in _claims(x)


def test_a_finite_clause_after_a_passive_keeps_its_own_speaker(read_text):
    # guard: "he was accused" is no saying of the mob that killed him
    x = read_text("In 2018, the student Mashal Khan was killed by a mob after he was accused "
                  "of blasphemy.")
    accused = [name for name, c in named_claims(x) if c.lemma == "accuse"]
    assert accused and all(name != "a mob" for name in accused)
