"""A quotation's later sentences (seventy-eighth extraction iteration): a discourse filler
("I mean", "I think", "you know") set off in a sentence reports no act, and a request the
speaker makes in the first person in saying it ("I urge my colleagues to ...") is the
asking itself, a fact, no claim of what was said. Self-written sentences unless noted."""
import pytest

from extracttools import events_at, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _claims(nlp, text: str) -> list[tuple[str | None, str]]:
    x = read_everything(nlp, text).extraction
    return [(c.lemma, c.text) for c in x.claims]


def test_a_filler_i_mean_set_off_by_a_comma_is_no_event(nlp):
    # the parser makes the noun phrase the object of "mean"; the comma sets the filler off
    x = read_everything(nlp, '"It exploded. I mean, just a ball of flames," said Vinnie '
                             'DeVita.').extraction
    assert not events_at(x, "mean")
    assert events_at(x, "exploded")  # control: the quotation's event is read


def test_a_parenthetical_i_think_is_no_event_guard(nlp):
    # guard: passes with the rule reverted too ("think" alone reads no event today)
    x = read_everything(nlp, '"We had to act," said Governor Kay Ivey. "It was, I think, '
                             'the right choice."').extraction
    assert not events_at(x, "think")
    assert events_at(x, "act")  # control: the quotation's event is read


def test_i_mean_with_an_object_of_its_own_keeps_its_event(nlp):
    # guard: no comma after the verb, an object of its own (passes with the rule reverted)
    x = read_everything(nlp, "Governor Kay Ivey said she meant every word.").extraction
    assert events_at(x, "meant")


def test_a_first_person_request_in_the_present_makes_no_claim(nlp):
    text = ('Senator Ted Cruz said, "Congress must act. I urge my colleagues to pass the '
            'amendment this year."')
    assert not any(lemma == "urge" for lemma, _ in _claims(nlp, text))
    assert ("say", "Congress must act") in _claims(nlp, text)  # control: the claim said


def test_a_past_request_keeps_its_claim(nlp):
    # guard: a reported asking ("asked ... to") is no performative
    text = "Senator Ted Cruz said he urged his colleagues to submit the amendment."
    assert any(lemma == "urge" for lemma, _ in _claims(nlp, text))
