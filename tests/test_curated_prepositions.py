"""Curated senses that correct PropBank's data where its examples or function tags mislead
(hundred-and-nineteenth extraction iteration): running for office is run.02 with the
race as what is run for and the runner acting ("actor"), the 'from' phrase of "suffer"
is the malady, and a lone hyphen the parser made a conjunct is no argument.
Self-written sentences, one construction each."""
from __future__ import annotations

import pytest

from extracttools import events_of
from kg.extract.frames import lexicon

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_shipped_lexicon_reads_running_for_office_as_run_02():
    run = lexicon().sense("run.02")
    assert run.prep_role("for") == "patient"
    assert run.role("0") == "agent" and run.actor_subject
    assert lexicon().sense("suffer.01").prep_role("from") == "patient"


def test_the_office_run_for_is_what_is_run_for(nlp):
    run = events_of(nlp, "Kokesh ran for Congress in 2010 as a Republican.", "run.02")
    assert run and ("agent", "Kokesh") in run[0] and ("patient", "Congress") in run[0]


def test_a_lone_runner_runs(nlp):
    run = events_of(nlp, "The faster each ostrich ran, the more it flapped.", "run.02")
    assert run and ("agent", "each ostrich") in run[0]
    assert ("patient", "each ostrich") not in run[0]


def test_what_is_suffered_from_is_the_patient(nlp):
    suffer = events_of(nlp, "Gutierrez had been suffering from prostate cancer.", "suffer.01")
    assert suffer and ("patient", "prostate cancer") in suffer[0]


def test_a_lone_hyphen_read_as_a_conjunct_is_no_argument(nlp):
    advocate = events_of(nlp, "The party advocates states' rights, gun rights, limited "
                         "government, protectionism, and non-interventionism.", "advocate.01")
    assert advocate and ("patient", "protectionism") in advocate[0]
    assert not any(name == "-" for _, name in advocate[0])
