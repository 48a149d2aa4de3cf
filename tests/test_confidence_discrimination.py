"""The confidence model's discrimination (release with annotator i, second part).

How well the held-out confidences rank right facts above wrong ones (ROC AUC, average
precision, recall at the target precision: ``scripts/fit_confidence.py`` prints them),
and the features added because they raised both the cross-validated and the unseen
annotators' ranking: how often the article mentions an argument, the object's own
attachment and the event kind's own weight; and (twenty-fourth iteration) an object
naming an act kept as a thing. The passages are written for these tests.
"""
from __future__ import annotations

import pytest

from extracttools import read_everything as _read
from fitscript import fit_script

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _features(reading, frame: str) -> dict[str, float]:
    (event,) = [e for e in reading.extraction.events if e.frame == frame]
    return reading.fact_features[event.id]


TEXT = ("Troops shelled Homs on Monday. Homs has been besieged for months. "
        "Aid groups said Homs lacks food. Police arrested a man.")


def test_an_argument_the_article_mentions_again_is_told_from_a_one_off_phrase(nlp):
    reading = _read(nlp, TEXT)
    shell = _features(reading, "shell.02")
    # Homs, three times in the article; "Troops", once
    assert shell["object_mentions=le4"] == 1.0 and shell["agent_mentions=le1"] == 1.0
    lack = _features(reading, "lack.01")
    assert lack["agent_mentions=le4"] == 1.0 and lack["object_mentions=le1"] == 1.0
    arrest = _features(reading, "arrest.01")
    assert arrest["agent_mentions=le1"] == 1.0 and arrest["object_mentions=le1"] == 1.0


def test_a_span_two_steps_recorded_counts_as_one_mention(nlp):
    from kg.extract.table import EntityTable

    doc = nlp("Homs was shelled. Homs is quiet.")
    table = EntityTable(doc)
    key = table.add(doc[0:1], "Place", "Homs")
    table.add(doc[0:1], "Place", "Homs")  # the same span again, from another step
    assert table.mention_count(key) == 1
    table.add(doc[4:5], "Place", "Homs")
    assert table.mention_count(key) == 2
    assert table.mention_count("Place:nowhere") == 0


def test_the_objects_own_attachment_is_a_feature(nlp):
    reading = _read(nlp, TEXT)
    assert _features(reading, "arrest.01")["object_dep=dobj"] == 1.0
    # the passive's subject is its object: an attachment weighed apart from a direct one
    besiege = _features(reading, "besiege.01")
    assert besiege["object_dep=subject"] == 1.0 and "object_dep=dobj" not in besiege
    # coarsely: a direct object, a prepositional one, a subject, anything else
    met = _features(_read(nlp, "The minister met with the rebels in Doha."), "meet.03")
    assert met["object_dep=pobj"] == 1.0
    death = _features(_read(nlp, "His sister's death shocked him."), "die.01")
    assert death["object_dep=other"] == 1.0  # a possessor: any label beyond those three
    # only the object's: the agent's told nothing beyond how it was found
    assert not any(k.startswith("agent_dep=") for k in besiege)


def test_a_curated_event_kind_has_its_own_weight_and_a_generic_sense_none(nlp):
    reading = _read(nlp, TEXT)
    assert _features(reading, "shell.02")["kind=Attack"] == 1.0
    assert _features(reading, "arrest.01")["kind=Arrest"] == 1.0
    assert not any(k.startswith("kind=") for k in _features(reading, "lack.01"))


def test_an_object_naming_an_act_kept_as_a_thing_is_a_feature(nlp):
    # the twenty-fourth iteration: "released a statement", "received assistance": the
    # object's head noun has a predicate reading the reader did not take as an event
    reading = _read(nlp, "Putin ordered the withdrawal of troops from Syria. "
                         "The ministry released a statement. Iran received assistance.")
    assert _features(reading, "release.01")["object_eventive"] == 1.0
    assert _features(reading, "receive.01")["object_eventive"] == 1.0
    # an object read as the event itself is that event, not a thing naming one
    order = _features(reading, "order.01")
    assert order["object=event"] == 1.0 and "object_eventive" not in order
    # a thing or a person is no act: "arrested a man", "shelled Homs"
    plain = _read(nlp, TEXT)
    assert not any("object_eventive" in _features(plain, f) for f in ("arrest.01", "shell.02"))


def test_roc_auc_is_the_chance_a_right_item_outranks_a_wrong_one():
    fc = fit_script()
    assert fc.roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert fc.roc_auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0
    assert fc.roc_auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.5  # ties count half
    # one wrong item above one of the two right ones: 3 of 4 pairs in order
    assert fc.roc_auc([0, 1, 0, 1], [0.1, 0.3, 0.5, 0.9]) == pytest.approx(0.75)
    assert fc.roc_auc([1, 1], [0.2, 0.3]) == 0.5  # one class only: no ranking to judge


def test_average_precision_is_the_mean_precision_above_each_right_item():
    fc = fit_script()
    assert fc.average_precision([1, 1, 0], [0.9, 0.8, 0.1]) == 1.0
    # ranked: right (1/1), wrong, right (2/3)
    assert fc.average_precision([1, 0, 1], [0.9, 0.8, 0.7]) == pytest.approx((1 + 2 / 3) / 2)


def test_recall_at_the_target_is_the_most_recall_whose_precision_reaches_it():
    fc = fit_script()
    curve = [fc._row(0.3, 50, 50, 10), fc._row(0.5, 40, 8, 20), fc._row(0.6, 38, 2, 22),
             fc._row(0.9, 3, 0, 57)]
    assert fc.recall_at(curve, 0.8, 20)["threshold"] == 0.5
    assert fc.recall_at(curve, 0.8, 50) is None  # too few items at every row reaching it
    samples = [fc.Sample("a", {}, y) for y in (0, 1, 1, 0)]
    out = fc.discrimination("test", samples, [0.2, 0.9, 0.6, 0.7], curve, 0.8, 20)
    assert out["auc"] == 0.75 and out["recall_at_target"] == curve[1]["recall"]
