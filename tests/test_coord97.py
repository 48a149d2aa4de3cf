"""Coordination as kg reads it (ninety-seventh extraction iteration): the shapes measured on
dev's misses that kg already reads right in a clean parse, kept as guards (no code changed in
this iteration; each test passes before and after it, and fails against an empty
extractor). Self-written sentences."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _args(nlp, text: str, frame: str) -> list[tuple[str, str]]:
    return next(args for f, args in _read(nlp, text) if f == frame)


def test_guard_a_passive_conjunct_tagged_as_participle_shares_the_passive(nlp):
    # guard: "was arrested ... and charged": the one arrested is the one charged
    charge = _args(nlp, "John Smith was arrested on Friday and charged with murder.",
                   "charge.05")
    assert ("patient", "John Smith") in charge
    assert ("agent", "John Smith") not in charge


def test_guard_a_conjunct_with_its_own_object_after_a_passive_acts(nlp):
    # guard: "was sworn in and appointed Kim": the one sworn in appoints
    appoint = _args(nlp, "Lee Nak-yon was sworn in and appointed Kim Hyun-mi as minister.",
                    "appoint.01")
    assert ("agent", "Lee Nak-yon") in appoint


def test_guard_conjoined_infinitives_share_the_addressee_as_controller(nlp):
    # guard: "urged residents to stay indoors and avoid the river": the residents avoid it
    avoid = _args(nlp, "Mayor John Smith urged residents to stay indoors and avoid the river.",
                  "avoid.01")
    assert ("agent", "residents") in avoid
    assert ("agent", "John Smith") not in avoid


def test_guard_conjoined_subjects_are_one_agent_each(nlp):
    # guard: "Police, the ambulance service, and an air ambulance also attended"
    attend = _args(nlp, "Police, the ambulance service, and an air ambulance also attended.",
                   "attend.01")
    assert {("agent", "Police"), ("agent", "the ambulance service"),
            ("agent", "an air ambulance")} <= set(attend)
