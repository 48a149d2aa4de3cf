"""Calibrated confidence and the emission thresholds (issue 10, second iteration).

A fact's and a claim's confidence is the probability a logistic model fitted on the
Wikinews dev gold gives to how it was read (``kg.extract.confidence``, weights in
``kg/data/extract/confidence.json``, fitted by ``scripts/fit_confidence.py``); facts and
claims below the emission thresholds are not emitted.
"""
from __future__ import annotations

import json
import math
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from kg.eval.articles import evaluate_articles
from kg.extract.confidence import Model, calibration
from kg.extract.facts import PARTICIPANT_ROLES
from kg.model import Article

from fitscript import fit_script

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

REPO = Path(__file__).resolve().parent.parent
WIKINEWS = REPO / "tests" / "gold" / "wikinews" / "facts.jsonl"
DATA = REPO / "kg" / "data" / "extract" / "confidence.json"

#: Written for these tests (unit tests of the emission, not quality figures).
TEXT = ("A gunman killed two people in Lyon on Monday. Prosecutors charged Jean Dupont with "
        "murder. Officials said the army killed ten rebels near Mosul. The mayor thanked the "
        "police. Officials in Paris blamed the storm, whose winds cut power lines.")


def _article(text: str) -> Article:
    return Article(text=text, source="test", retrieved=datetime(2024, 1, 1, tzinfo=timezone.utc),
                   published=date(2024, 3, 15))


def _read(nlp, text: str, facts: float | None, claims: float | None):
    import kg.extract  # the module attribute: the emptied extractor replaces it

    return kg.extract.read(nlp(text), _article(text), facts, claims)


def _extract(nlp, text: str, facts: float | None = None, claims: float | None = None):
    import kg.extract

    return kg.extract.extract(nlp(text), _article(text), facts, claims)


def _participants(event) -> set[str]:
    return {role for role, _ in event.arguments if role in PARTICIPANT_ROLES}


def test_a_model_gives_the_logistic_of_its_weighted_features():
    model = Model(bias=-1.0, weights={"a": 2.0, "b": -3.0})
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(1.0)))
    assert model.probability({"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    # a feature the model never saw weighs nothing
    assert model.probability({"a": 1.0, "b": 1.0, "unseen": 1.0}) == \
        pytest.approx(1 / (1 + math.exp(2.0)))


def test_the_shipped_calibration_is_fitted_on_dev_with_thresholds_from_its_cv_curve():
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    assert raw["_fitted_on"]["split"] == "dev" and raw["_fitted_on"]["folds"] >= 3
    cal = calibration()
    assert 0 < cal.fact_threshold < 1 and 0 < cal.claim_threshold < 1
    cv = raw["cv"]
    assert cv["facts_at_threshold"]["threshold"] == cal.fact_threshold
    assert cv["claims_at_threshold"]["threshold"] == cal.claim_threshold
    # the thresholds reach the target on the cross-validated curve, trading recall for it
    assert cv["facts_at_threshold"]["precision"] >= cv["target_precision"]["facts"] >= 0.8
    assert cv["facts_at_threshold"]["recall"] < cv["facts_all"]["recall"]
    assert cv["claims_at_threshold"]["precision"] >= 0.8
    assert cal.facts.weights and cal.predicates.weights and cal.claims.weights


def test_confidence_is_the_calibrated_probability_of_how_it_was_read(nlp):
    cal = calibration()
    reading = _read(nlp, TEXT, 0.0, 0.0)
    x = reading.extraction
    facts = [e for e in x.events if _participants(e)]
    assert len(facts) >= 4
    for e in facts:
        assert e.confidence == round(cal.facts.probability(reading.fact_features[e.id]), 3)
    framed = {(e.sentence, e.frame): e.confidence for e in facts}
    reader_facts = [r for r in x.relations if r.lemma]
    assert reader_facts
    for r in reader_facts:  # a fact has the confidence of the reading it comes from
        assert r.confidence == framed[(r.sentence, r.frame)]
    assert x.claims
    for c in x.claims:
        assert c.confidence == round(cal.claims.probability(reading.claim_features[c.id]), 3)
    # how each was read is in its features: the passive's subject, a described agent
    charge = next(e for e in facts if e.frame.startswith("charge"))
    features = reading.fact_features[charge.id]
    assert features["agent=description"] == 1.0 and features["object=name"] == 1.0


def test_a_bare_pronoun_is_read_as_one_not_as_a_description(nlp):
    text = '"We will use the full force of the law," a minister said.'
    reading = _read(nlp, text, 0.0, 0.0)
    (use,) = [e for e in reading.extraction.events if e.frame == "use.01"]
    features = reading.fact_features[use.id]
    assert features["agent=bare_pronoun"] == 1.0 and features["agent_pronoun=we"] == 1.0
    assert "agent=description" not in features


def test_how_far_an_argument_was_reached_and_how_busy_the_sentence_is_are_features(nlp):
    # eighth iteration: the dependency arcs to each argument, a comma between an agent
    # and its verb, the sentence's verb count, and a verb that predicates something of
    # its object ("called the plan a failure") are features the refit can weigh
    text = ("The mayor, who had arrived late, called the plan a failure. "
            "Police arrested a man.")
    reading = _read(nlp, text, 0.0, 0.0)
    events = {e.frame: e for e in reading.extraction.events}
    call = reading.fact_features[events["call.01"].id]
    assert call["agent_path=le1"] == 1.0 and call["agent_comma"] == 1.0
    assert call["object_predicate"] == 1.0 and call["verbs=le2"] == 1.0
    arrest = reading.fact_features[events["arrest.01"].id]
    assert arrest["agent_path=le1"] == 1.0 and arrest["verbs=le2"] == 1.0
    assert "agent_comma" not in arrest and "object_predicate" not in arrest
    assert "quoted" not in arrest
    quoted = _read(nlp, '"Our engineers will build the dam," the mayor said.', 0.0, 0.0)
    build = next(e for e in quoted.extraction.events if e.frame == "build.01")
    assert quoted.fact_features[build.id]["quoted"] == 1.0  # inside the quotation
    # an agent inherited through a participle is further away in the parse
    far = _read(nlp, "Troops left the town on Monday, after burning the market.", 0.0, 0.0)
    burn = next(e for e in far.extraction.events if e.frame == "burn.01")
    assert far.fact_features[burn.id]["agent_path=le3"] == 1.0


def test_accusing_is_a_verb_of_saying_whose_fact_carries_that_feature(nlp):
    # "accused the network of swindling" reports a charge (the guidelines' claims), so
    # the fact read from it is weighed as a speech word's
    reading = _read(nlp, "Critics accused the mayor of corruption.", 0.0, 0.0)
    (accuse,) = [e for e in reading.extraction.events if e.frame == "accuse.01"]
    assert reading.fact_features[accuse.id]["word=speech"] == 1.0


def test_facts_below_the_threshold_give_no_fact_and_events_without_participants(nlp):
    everything = _extract(nlp, TEXT, 0.0, 0.0)
    nothing = _extract(nlp, TEXT, 1.0, 0.0)  # no reading is sure enough
    assert [r for r in everything.relations if r.lemma]
    assert not [r for r in nothing.relations if r.lemma]
    assert all(not _participants(e) for e in nothing.events)
    # an event of a curated kind still says that it happened, where and when ...
    killings = [e for e in nothing.events if e.kind == "Killing"]
    assert killings and any(role == "location" for e in killings for role, _ in e.arguments)
    assert all(e.time is not None for e in killings if e.sentence == 0)
    # ... with the confidence that its predicate alone is right; generic ones are dropped
    assert all(e.kind != "Event" for e in nothing.events)
    assert len(nothing.events) < len(everything.events)


#: Sentences the reader reads with little confidence (a clause stacked on clauses, a
#: pronoun object): some of their facts fall below the emission threshold.
WEAK = ("The council, which met on Tuesday after the vote that the members who had left "
        "the party called, approved the plan, and the mayor, who was away, praised it.")


def test_the_default_threshold_emits_exactly_the_facts_at_or_above_it(nlp):
    threshold = calibration().fact_threshold
    everything = _extract(nlp, f"{TEXT} {WEAK}", 0.0, 0.0)
    default = _extract(nlp, f"{TEXT} {WEAK}")
    sure = {(r.subject, r.predicate, r.obj or r.obj_event) for r in everything.relations
            if r.lemma and r.confidence >= threshold}
    emitted = {(r.subject, r.predicate, r.obj or r.obj_event) for r in default.relations
               if r.lemma}
    assert sure and emitted == sure
    assert len(sure) < len([r for r in everything.relations if r.lemma])
    kept = {e.id: e for e in default.events}
    for e in everything.events:
        if _participants(e) and e.confidence >= threshold:
            assert kept[e.id].arguments == e.arguments
        elif e.id in kept:
            assert not _participants(kept[e.id])


def test_claims_below_the_threshold_are_not_emitted_but_what_they_report_stays_reported(nlp):
    text = "Officials said the army killed ten rebels near Mosul."
    with_claims = _extract(nlp, text, 0.0, 0.0)
    without = _extract(nlp, text, 0.0, 1.0)
    assert with_claims.claims and not without.claims
    killing = next(e for e in without.events if e.kind == "Killing")
    assert killing.modality == "reported" and killing.claim is None
    linked = next(e for e in with_claims.events if e.kind == "Killing")
    assert linked.claim == with_claims.claims[0].id


def test_the_seed_facts_come_out_at_the_default_thresholds(nlp, seed_text):
    x = _extract(nlp, seed_text)
    facts = {(r.subject, r.predicate, r.obj) for r in x.relations}
    orders = [r for r in x.relations if r.predicate == "orders"
              and r.subject == "Person:vladimir putin"]
    assert orders and any("withdraw" in (r.obj_text or "") for r in orders)
    assert ("Country:russia", "keeps", "Facility:hmeimim") in facts
    assert ("Country:russia", "keeps", "Facility:tartous") in facts
    roles = {(r.holder, r.role, r.organization) for r in x.roles}
    assert ("Person:dmitry peskov", "spokesperson", "Organization:kremlin") in roles
    assert ("Person:bashar assad", "president", "Country:syria") in roles


@pytest.mark.slow
def test_the_default_thresholds_reach_precision_08_on_the_dev_gold(nlp):
    """On the gold the model was fitted on: a floor that data file and reader agree (the
    cross-validated figures are the data file's ``cv`` and docs/extraction.md's)."""
    emitted = evaluate_articles(WIKINEWS, nlp, "dev", thresholds=())
    everything = evaluate_articles(WIKINEWS, nlp, "dev", thresholds=(), emission=(0.0, 0.0))
    facts, all_facts = emitted.scores["facts"], everything.scores["facts"]
    assert facts.precision >= 0.8 and facts.precision > all_facts.precision
    assert facts.recall < all_facts.recall and facts.tp >= 200
    claims = emitted.scores["claims"]
    assert claims.precision >= 0.8 and claims.recall >= 0.5


def test_fitting_recovers_the_signal_and_chooses_the_lowest_threshold_at_the_target():
    fc = fit_script()
    samples = [fc.Sample(f"a{n % 5}", {"good": 1.0}, int(n % 10 != 0)) for n in range(200)]
    samples += [fc.Sample(f"a{n % 5}", {"bad": 1.0}, int(n % 10 == 0)) for n in range(200)]
    bias, weights = fc.fit(samples, l2=0.1)
    assert weights["good"] > 0 > weights["bad"]
    assert fc.prob(bias, weights, {"good": 1.0}) == pytest.approx(0.9, abs=0.02)
    assert fc.prob(bias, weights, {"bad": 1.0}) == pytest.approx(0.1, abs=0.02)
    curve = [fc._row(0.3, 50, 50, 10), fc._row(0.5, 40, 8, 20), fc._row(0.6, 38, 2, 22),
             fc._row(0.9, 3, 0, 57)]
    assert fc.choose(curve, 0.8, 20)["threshold"] == 0.5  # the most recall at P >= 0.8
    assert fc.choose(curve, 0.99, 20)["threshold"] == 0.9  # none reaches it: best precision


def test_the_threshold_keeps_a_margin_for_the_sampling_error_of_the_dev_count():
    fc = fit_script()
    # 40 of 48 right is 0.833 on dev, but its 90% Wilson lower bound is ~0.76: a threshold
    # chosen there falls short of 0.8 on unseen articles about as often as not
    assert fc.wilson_lower(40, 48, fc.z_one_sided(0.9)) < 0.8
    assert fc.wilson_lower(40, 48, fc.z_one_sided(0.5)) == pytest.approx(40 / 48)
    curve = [fc._row(0.5, 40, 8, 20), fc._row(0.7, 380, 20, 120)]
    assert fc.choose(curve, 0.8, 20, fc.z_one_sided(0.5))["threshold"] == 0.5
    assert fc.choose(curve, 0.8, 20, fc.z_one_sided(0.9))["threshold"] == 0.7


def test_unseen_annotators_curve_only_has_to_allow_the_target_not_reach_it():
    fc = fit_script()
    z = fc.z_one_sided(0.8)
    # 0.734 of 271 is significantly below 0.8; 0.785 of 233 is within its sampling error
    curve = [fc._row(0.7, 199, 72, 316), fc._row(0.75, 183, 50, 332),
             fc._row(0.8, 149, 40, 366)]
    assert fc.wilson_upper(199, 271, z) < 0.8 <= fc.wilson_upper(183, 233, z)
    assert fc.reaches(curve, 0.8, 40, z)["threshold"] == 0.75
    # too few items to judge gives no threshold below the last
    assert fc.reaches(curve, 0.8, 300, z)["threshold"] == 0.8
    assert fc.wilson_upper(0, 0, z) == 1.0
