"""An inverted verb of saying the parser made its object's (hundred-and-ninety-fourth
extraction iteration, kg.extract.attribution._inverted_speaker): '"We stand ready"
tweeted Johnson' had no speaker, so its "we" stood for no one. The name right after a
subjectless verb of saying whose quoted content comes before it is who speaks."""
from __future__ import annotations

import pytest

from claimtools import claim_of, name_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_name_after_an_inverted_verb_read_as_its_object_speaks(read_text):
    # From https://en.wikinews.org/wiki/World_leaders_call_to_address_Amazon_rainforest_fires_at_G7
    # ("Wikinews contributors", CC BY 2.5)
    x = read_text('The call was quickly seconded by German Chancellor Angela Merkel and '
                  'British Prime Minister Boris Johnson. "We stand ready" tweeted Johnson "to '
                  'provide whatever help we can."')
    claim = claim_of(x, "We stand ready")
    assert name_of(x, claim.speaker) == "Boris Johnson"


def test_a_verb_with_its_own_subject_keeps_it(read_text):
    # guard: "told Reuters" after a subject: Reuters is told, not speaking
    x = read_text('"The plant will close," the company told Reuters on Monday.')
    claim = claim_of(x, "The plant will close")
    assert name_of(x, claim.speaker) != "Reuters"
    assert claim.speaker is not None
