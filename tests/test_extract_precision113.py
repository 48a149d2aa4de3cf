"""The object of a telling verb that is really the subject of a that-less clause
(hundred-and-seventh extraction iteration): in "The mayor told CNN Smith was a good man",
"the governor promised each family will receive a payment" the small model makes the
phrase after the telling verb its object and the clause after it, which has a tense and
no subject of its own, the verb's complement. That phrase is the clause's subject, and no
one told or promised (``kg.extract.misparses.object_as_subject``; the verbs are
``telling_verbs`` of kg/data/extract/discourse.json and the lexicon's verbs of saying and
thinking, misparsed the same way: "officials have indicated Smith was encouraged to drop
out"). Self-written sentences unless marked."""
import pytest

from claimtools import claim_of
from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _args(nlp, text: str, frame: str) -> list[tuple[str, str]]:
    return next(args for f, args in _read(nlp, text) if f == frame)


PROMISED = "The governor promised each family will receive a payment."


def test_object_before_a_subjectless_clause_is_that_clauses_subject(nlp):
    assert ("agent", "each family") in _args(nlp, PROMISED, "receive.01")


def test_object_taken_for_the_clause_subject_is_no_addressee_of_the_telling_verb(nlp):
    assert ("addressee", "each family") not in _args(nlp, PROMISED, "promise.01")


def test_her_before_a_name_is_no_part_of_the_clause_subject(nlp):
    # "her" read as the name's possessive: a name takes none, so the name alone is the
    # subject of what was told
    assert ("agent", "Trump") in _args(nlp, "He told her Trump had not met Shapiro.",
                                       "meet.03")


def test_what_was_told_opens_with_the_subject_taken_for_the_object(read_text):
    claim = claim_of(read_text("He told her Trump had not met Shapiro."), "Trump")
    assert claim.text.startswith("Trump had not met Shapiro")


def test_quoted_clause_after_the_object_keeps_its_subject_in_the_claim(read_text):
    claim = claim_of(read_text('He told her Jones "had done nothing wrong."'), "Jones")
    assert claim.text.startswith('Jones "had done nothing wrong')


def test_quoted_clause_after_the_object_takes_it_as_subject(nlp):
    text = 'The minister assured the public "will not pay more."'
    assert ("agent", "the public") in _args(nlp, text, "pay.01")


def test_told_clause_subject_in_a_wikinews_report(nlp):
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_July_2020
    # Wikinews contributors, CC BY 2.5
    text = ("Shapiro's widow, former tennis player Pam Shriver, said her husband had told "
            "her Trump had not met Shapiro until being admitted to Wharton.")
    assert ("agent", "Trump") in _args(nlp, text, "meet.03")


def test_object_of_a_saying_verb_before_a_subjectless_clause_is_its_subject(nlp):
    # a verb of saying (the lexicon's speech verbs) misparsed the same way
    text = "Party officials have indicated Smith was encouraged to drop out."
    assert ("patient", "Smith") in _args(nlp, text, "encourage.01")
    assert ("agent", "Smith") in _args(nlp, text, "drop_out.04")


def test_claim_of_a_saying_verb_opens_with_the_subject_taken_for_its_object(read_text):
    x = read_text("Emergency workers have indicated a homicide probe is ongoing.")
    assert claim_of(x, "a homicide probe").text.startswith("a homicide probe is ongoing")


def test_guard_clause_with_its_own_subject_keeps_it(read_text):
    # guard: passes with or without the rule
    claim = claim_of(read_text("The coach told reporters he would resign."), "he would")
    assert claim.text.startswith("he would resign")


def test_name_glued_before_the_object_leaves_the_clause_without_that_subject(nlp):
    # "The Jakarta Post" is the one told, glued by the parser onto "radio broadcasts": the
    # phrase as one is neither the one told nor the subject, so it is no one's argument
    text = ("The harbour master told The Jakarta Post radio broadcasts were being used to "
            "warn fishing boats.")
    events = _read(nlp, text)
    names = {name for _, args in events for _, name in args}
    assert "The Jakarta Post radio broadcasts" not in names
    # control: the rest of the clause is read
    assert ("patient", "fishing boats") in next(args for f, args in events if f == "warn.01")


def test_verb_read_as_an_auxiliary_leaves_the_one_told_out_of_the_claim(read_text):
    # "broadcast" is parsed as an auxiliary of "provided", a participle with no tense: no
    # subjectless clause, so the one told stays out of what was told (fails without the
    # tense check)
    # https://en.wikinews.org/wiki/Wikinews_investigates_disappearance_of_Indonesian_cargo_ship_Namse_Bangdzod
    # Wikinews contributors, CC BY 2.5
    text = ("Doug Miller of Milltech Marine, a firm specialising in AIS, told our "
            "correspondent an AIS transponder will broadcast automatically provided it has "
            "power and antennae, even if the crew abandoned the vessel.")
    claim = claim_of(read_text(text), "an AIS transponder")
    assert claim.text.startswith("an AIS transponder will broadcast")
