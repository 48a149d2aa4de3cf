"""A counted 'others'/'more' object after a verb coordinated with one whose object is a
single one ('killed a woman ... and injured at least nineteen others') stands for that
kind and is the second verb's patient (seventy-ninth extraction iteration)."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_others_after_a_single_parallel_object_is_the_patient(nlp):
    # Source: https://en.wikinews.org/wiki/Charlottesville,_Virginia_killer_sentenced_to_life_in_prison
    # Wikinews contributors, CC BY 2.5
    events = _read(nlp, "In that event, Fields, a self-described Neo-Nazi, killed a woman named "
                        "Heather Heyer and injured at least nineteen others.")
    injured = next(args for f, args in events if f == "injure.01")
    assert ("patient", "at least nineteen others") in injured


def test_others_after_a_mass_noun_object_are_people_of_their_own(nlp):
    # a mass noun gives no kind to count; counted "others" are then a group of their own,
    # as the dev gold writes them ("with 25 others injured": stop 64, test_unseen64.py)
    events = _read(nlp, "The storm caused damage and injured 19 others.")
    injured = next(args for f, args in events if f == "injure.01")
    assert ("patient", "19 others") in injured
