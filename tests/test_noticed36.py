"""Thirty-fifth iteration: the defects noticed and left, again (docs/extraction.md,
"Thirty-fifth iteration"). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _features(reading, frame: str) -> dict[str, float]:
    event = next(ev for ev in reading.extraction.events if ev.frame == frame)
    return reading.fact_features[event.id]


def test_an_active_change_by_an_amount_has_the_amount_not_an_agent(nlp):
    # "Apple's sales increased by 49 percent": the percentage is by how much, never who
    # increased them; the passive ("defeated by 10,694 votes") was read so already
    reading = _read(nlp, "Apple reported that its sales in France increased by 49 percent.")
    assert _args(reading, "increase.01", "agent") == set()
    assert _args(reading, "increase.01", "amount") == {"49 percent"}
    # an inchoative change with its amount lacks no causer: not scored as a lost agent
    assert "agent_expected" not in _features(reading, "increase.01")
    # a counted group still acts, and a causer stays the agent
    reading = _read(nlp, "The company raised its prices by 5 percent.")
    assert _args(reading, "raise.01", "agent") == {"The company"}


def _entities(reading) -> dict[str, tuple[str, str]]:
    return {e.name: (e.type, e.kind) for e in reading.extraction.entities}


def test_an_institution_s_head_word_decides_its_kind(nlp):
    # after an opening quote the model tags "Museum of Flight" a work of art, and the
    # name was lost to a description; its head word makes it an organisation's name
    reading = _read(nlp, '"The Museum of Flight put together a strong proposal," the '
                         'director said.')
    assert _entities(reading).get("Museum of Flight") == ("Organization", "name")
    assert _args(reading, "put.01", "agent") == {"Museum of Flight"}


def test_an_image_caption_gives_no_fact_and_no_claim(nlp):
    # a paragraph ending in a picture's credit is a caption: it describes the picture
    text = ("The leaders met in Cairo on Monday.\n\n"
            "President Jimmy Carter shakes hands with Anwar Sadat at the signing of the "
            "treaty Image: Yaakov Saar.\n\n"
            "The home side went into the break with a lead, the coach said.  (Image: Jane Doe)\n\n"
            "Carter signed the treaty in 1979.")
    reading = _read(nlp, text)
    lemmas = {e.frame.split(".")[0] for e in reading.extraction.events}
    assert "shake" not in lemmas and "go" not in lemmas
    assert not reading.extraction.claims
    assert {"meet", "sign"} <= lemmas  # the text's own paragraphs are read


def test_a_caption_is_a_paragraph_that_ends_with_its_credit():
    from kg.extract.captions import caption_ranges
    text = "Fire in the frame. Image: A. Smith.\n\nThe photo was taken in 2019.\n\nSirhan (file photo)"
    assert [text[s:e] for s, e in caption_ranges(text)] == [
        "Fire in the frame. Image: A. Smith.", "Sirhan (file photo)"]


def test_an_editor_s_brackets_neither_split_nor_glue_a_name(nlp):
    # "[Bashir al] Assad": the trimmed bracket cut the name; the name drops the brackets
    reading = _read(nlp, "The Kurds will now align with [Bashir al] Assad because they "
                         "have nobody.")
    people = {e.name: [m.text for m in e.mentions] for e in reading.extraction.entities
              if e.type == "Person"}
    assert "Bashir al Assad" in people
    assert "[Bashir al] Assad" in people["Bashir al Assad"]
    assert not any("[" in name or "]" in name for name in _entities(reading))
    # a capital the editor supplied marks a word that was lower case: no name
    reading = _read(nlp, '"[W]e must get Brexit done," Boris Johnson said.')
    assert not any(name in ("We", "W]e", "[W]e") for name in _entities(reading))


def test_a_name_never_crosses_a_paragraph_break(nlp):
    reading = _read(nlp, "The most popular film of the year was Frozen\n\nGwenom Jones said "
                         "the film was good.")
    assert "Gwenom Jones" in _entities(reading)
    assert not any("\n" in m.text.strip() for e in reading.extraction.entities
                   for m in e.mentions)


def test_people_given_as_examples_after_a_thing_are_not_its_members(nlp):
    # the parser hangs ", such as Ansel Adams" on the nearest noun, a thing: the people
    # are examples of the photographers, not things used
    reading = _read(nlp, "He joins other photographers who used the camera, such as Ansel "
                         "Adams and Walker Evans.")
    assert _args(reading, "use.01", "patient") == {"the camera"}
    # examples of a noun of their own kind stay its members, arguments each
    reading = _read(nlp, "The US has been encouraging allies such as Germany to restrict "
                         "the airline.")
    assert "Germany" in _args(reading, "restrict.01", "agent")


def test_no_on_a_noun_a_light_verb_carries_negates_it(nlp):
    # "has no plan to": the noun's "no" made the verb's clause negative too, and the two
    # cancelled out into a positive plan
    reading = _read(nlp, "Donald Trump has no plan to combat the virus.")
    plan = next(e for e in reading.extraction.events if e.frame == "plan.01")
    assert plan.polarity == "negative"
    reading = _read(nlp, "Russia will not keep a presence in Syria.")
    assert all(e.polarity == "negative" for e in reading.extraction.events
               if e.frame.startswith("keep_presence"))
