"""A plural "they"/"them" whose antecedent is a coordinated subject of named people stands
for each of them (eighty-sixth extraction iteration): "Biden and Sanders announced they
were to form" gives one forming per name; a nearer plural noun ("the two leaders") or a
conjunct that is no named person keeps the pronoun as it was."""
import pytest

from extracttools import named_events as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _agents(events: list, frame: str) -> set[str]:
    return {n for f, args in events if f == frame for r, n in args if r == "agent"}


def test_they_after_a_coordinated_subject_is_each_name(nlp):
    # after https://en.wikinews.org/wiki/Bernie_Sanders_endorses_Joe_Biden_in_2020_United_States_presidential_election
    # (full names given), Wikinews contributors, CC BY 2.5
    events = _read(nlp, "Joe Biden and Bernie Sanders announced they were to form six working groups "
                        "relating to different policy fields.")
    agents = _agents(events, "form.01")
    assert any("Biden" in a for a in agents) and any("Sanders" in a for a in agents)
    assert "they" not in agents


def test_they_in_the_next_sentence_takes_the_coordinated_subject(nlp):
    events = _read(nlp, "Didier Queloz and Michel Mayor won the prize. "
                        "The planet they found was 51 Pegasi b.")
    agents = _agents(events, "find.01")
    assert any("Queloz" in a for a in agents) and any("Mayor" in a for a in agents)


def test_a_nearer_plural_description_keeps_they_alone(nlp):
    # guard: passes with the rule reverted too
    events = _read(nlp, "Joe Biden and Bernie Sanders met the two governors. "
                        "The governors said they would form six working groups.")
    agents = _agents(events, "form.01")
    assert not any("Biden" in a or "Sanders" in a for a in agents)
    assert any(f == "form.01" for f, _ in events)  # control: the event is read


def test_a_conjunct_that_is_no_named_person_keeps_they_alone(nlp):
    # guard: passes with the rule reverted too
    events = _read(nlp, "Rajamma and her husband said they would form a company.")
    agents = _agents(events, "form.01")
    assert not any("Rajamma" in a for a in agents)
    assert any(f == "form.01" for f, _ in events)  # control: the event is read
