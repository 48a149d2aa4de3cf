"""Issue 10, ninth iteration: readings that misfired on unseen Wikinews articles, one
self-written sentence each (docs/extraction.md, "Ninth iteration"). Each test fails when
its rule is removed."""
from __future__ import annotations

import pytest
from extracttools import frame_args

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def name(x, key: str | None) -> str | None:
    for e in x.entities:
        if e.key == key:
            return e.name
    return next((ev.trigger for ev in x.events if ev.id == key), key)


def facts(x, lemma: str) -> set[tuple[str | None, str | None]]:
    """(subject, object) of every fact read with ``lemma``."""
    return {(name(x, r.subject), name(x, r.obj or r.obj_event)) for r in x.relations
            if r.lemma == lemma}


@pytest.mark.parametrize("text, lemma", [
    ("How did you grow the site to its present size?", "grow"),
    ("Have you ever played in the Chess Olympiad?", "play"),
    ("Which rival players influenced you the most?", "influence"),
    ("What would you suggest for young players to improve their game?", "improve"),
])
def test_a_direct_question_gives_no_fact(read_text, text, lemma):
    x = read_text(text + " The champion answered the question at length.")
    assert not facts(x, lemma)
    assert facts(x, "answer")  # the answer after it is read


@pytest.mark.parametrize("text, lemma, fact", [
    # a question quoted by a declarative clause leaves that clause's facts alone
    ('The ministry has tried to add the question, "Is this person a citizen?"', "add",
     ("The ministry", "the question")),
    # a quoted question closing the sentence is the quotation's (the thirty-eighth
    # iteration made a statement that only ends in a question mark a question: it asks)
    ('The team that won the match asked, "Where do we play next?"', "win",
     ("The team", "the match")),
])
def test_a_declarative_clause_before_a_question_mark_keeps_its_facts(read_text, text, lemma,
                                                                     fact):
    assert fact in facts(read_text(text), lemma)


def test_a_fronted_date_is_no_stranded_subject(read_text):
    x = read_text("Tesco sold its stores in Thailand to Charoen Pokphand in March; and in "
                  "2015 sold its South Korean chain HomePlus.")
    sold = facts(x, "sell")
    assert ("Tesco", "its South Korean chain HomePlus") in sold
    assert not any(s == "2015" for s, _ in sold)


def test_an_infinitive_after_an_object_control_verbs_object_is_the_objects_act(read_text):
    x = read_text("On the Arabic page, we get translators to translate the story.")
    assert facts(x, "translate") == {("translators", "the story")}


def test_a_fronted_description_before_a_pronoun_subject_is_its_apposition(read_text):
    x = read_text("Doris Day was a singer. The daughter of a music teacher, she had planned "
                  "a dancing career but broke her leg in a car crash.")
    assert facts(x, "break") == {("Doris Day", "her leg")}


def test_a_participle_after_a_work_is_the_works_own(read_text):
    x = read_text("The church tried to remove a promotional video featuring Tom Cruise "
                  "from YouTube.")
    assert facts(x, "feature") == {("a promotional video", "Tom Cruise")}


def test_a_participle_after_a_thing_used_is_still_the_clause_subjects(read_text):
    # the rule the work exception narrows: "carried out the attack using ten drones"
    x = read_text("The rebels carried out the attack using ten drones.")
    assert ("The rebels", "ten drones") in facts(x, "use")


def test_a_fronted_as_phrase_is_a_capacity_not_an_object(read_text):
    x = read_text("As governor, Lopez would work with the assembly to pass the budget.")
    assert not any(o == "governor" for _, o in facts(x, "work"))
    assert ("Lopez", "the budget") in facts(x, "pass")


def test_a_passive_conjunct_with_an_object_makes_its_subject_the_recipient(read_text):
    x = read_text("Mehta was elected to the upper house, and was soon given ministerial "
                  "posts by Gandhi.")
    assert facts(x, "give") == {("Gandhi", "ministerial posts")}


def test_a_name_between_commas_after_a_description_is_its_apposition(read_text):
    x = read_text("Biden called Trump a disgrace, while the communications director for the "
                  "Trump campaign, Tim Murtaugh, declared victory for Trump.")
    assert facts(x, "declare") == {("Tim Murtaugh", "victory")}


def test_a_relating_participle_after_a_thing_is_the_things(read_text):
    x = read_text("Matthew Ingram dubbed the ongoing conflict involving the church's attempts "
                  "a war.")
    assert facts(x, "involve") == {("the ongoing conflict", "the church's attempts")}


def test_a_quantifier_after_a_listed_subject_is_no_pronoun_subject(read_text):
    # the fronted-description rule takes only a personal pronoun ("she"), not "both"
    x = read_text("Trump and Vice President Mike Pence, both gave speeches in Charlotte.")
    # "gave speeches" is the speaking (the light verb carries the noun: thirty-ninth
    # iteration)
    assert "both" not in frame_args(x, "speak.01", "agent")
    assert "Mike Pence" in frame_args(x, "speak.01", "agent")


def test_a_question_below_a_misplaced_root_is_still_a_question(read_text):
    x = read_text("Based on your general feeling, about how many votes do you expect to "
                  "receive in the election? The candidate answered the question.")
    assert not facts(x, "receive")
    assert facts(x, "answer")  # the answer after it is read
