"""Stop 68: constructions found on dev's misses and judged samples of unseen news
(docs/extraction.md, "Stop 68"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentences from https://en.wikinews.org/wiki/Former_US_Representative_John_Conyers_dies_at_age_90
# (2019), Wikinews contributors, CC BY 2.5
CONYERS = ("Yesterday, former United States Representative John Conyers died in his sleep, "
           "according to a family spokesperson. He served as a member of the House Oversight "
           "Committee until 1995, then joined the House Judiciary Committee.")


def test_a_verb_after_a_comma_and_then_shares_the_subject_of_the_verb_before(nlp):
    # kg.extract.arcs.sequenced_verbs_read_as_dependents: the parser left 'joined'
    # unattached (dep), so the committee was joined by no one
    x = _read(nlp, CONYERS)
    assert _args(x, "join.01", "agent") == {"John Conyers"}
    assert _args(x, "join.01", "patient") == {"House Judiciary Committee"}
