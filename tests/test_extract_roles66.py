"""Sixty-sixth iteration: roles of object-control verbs (docs/extraction.md, "Sixty-sixth
iteration"). Each test fails with its fix reverted; the sentences are self-written."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_the_one_forced_to_act_undergoes_it_the_one_persuaded_is_addressed(nlp):
    # PropBank's force.01 and lead.03 make the to-clause a predication (PRD) on the
    # object, their impelled agent a patient
    reading = _read(nlp, "Police forced the driver to stop the car.")
    assert _args(reading, "force.01", "patient") == {"the driver"}
    assert _args(reading, "force.01", "addressee") == set()
    # one talked into it is addressed (data: persuasion_control), as the one urged is
    reading = _read(nlp, "The company persuaded its customers to switch to the new phone.")
    assert _args(reading, "persuade.01", "addressee") == {"its customers"}
    # the one told, urged or asked stays the addressee, the to-clause what is asked
    reading = _read(nlp, "The mayor urged residents to leave the city.")
    assert _args(reading, "urge.01", "addressee") == {"residents"}
    assert _args(reading, "urge.01", "patient") == set()
    reading = _read(nlp, "The general ordered the troops to withdraw from the town.")
    assert _args(reading, "order.01", "addressee") == {"the troops"}
