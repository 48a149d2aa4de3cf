"""Each of a coordinated subject says what its participle of saying says (hundred-and-
sixty-sixth extraction iteration): "the American Civil Liberties Union of Montana and
Native American Rights Fund filed a lawsuit ..., saying it would prevent many Native
Americans from voting" gave the claim to the first body only; a verb's own coordinated
subject already spoke for each."""
import pytest

from extracttools import named_claims

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_both_bodies_that_filed_the_lawsuit_say_it(read_text):
    # Sentence from https://en.wikinews.org/wiki/Native_American_groups_sue_US_state_of_Montana_over_ballot_law
    # (2020), Wikinews contributors, CC BY 2.5
    x = read_text("On Thursday, the American Civil Liberties Union of Montana and Native "
                  "American Rights Fund filed a lawsuit against the state of Montana over its "
                  "2018 Ballot Interference Prevention Act (BIPA), saying it would prevent "
                  "many Native Americans from voting.")
    speakers = {name for name, c in named_claims(x) if c.text.startswith("it would")}
    # (the Montana affiliate's whole name since the two-hundred-and-second iteration)
    assert {"American Civil Liberties Union of Montana", "Native American Rights Fund"} <= \
        speakers


def test_one_subject_gives_one_speaker(read_text):
    # guard: no conjunct, no second speaker
    x = read_text("The Native American Rights Fund filed a lawsuit on Thursday, saying the "
                  "law would prevent many Native Americans from voting.")
    assert len([c for c in x.claims if c.text.startswith("the law would")]) == 1
