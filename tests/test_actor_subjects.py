"""A verb whose lone subject acts, by PropBank's own annotated examples ("humans breathe",
"life can survive"), gets that subject as its agent even when it names no person,
organisation or country; a verb whose examples show an undergoing subject ("the building
collapsed") keeps the inanimate subject as its patient (hundred-and-fourteenth extraction
iteration). Self-written sentences; the frame-file snippets are made up in PropBank's
format."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from extracttools import events_of
from kg.extract.frames import lexicon
from scripttools import load_script

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _derive_module():
    return load_script("scripts/derive_propbank.py")


def _roleset(*examples: tuple[str, str, list[tuple[str, int, int]], int]) -> ET.Element:
    """A roleset element with examples (name, text, [(arg type, start, end)], rel index)."""
    parts = []
    for name, text, args, rel in examples:
        marked = "".join(f'<arg type="{t}" start="{s}" end="{e}">x</arg>' for t, s, e in args)
        parts.append(f'<example name="{name}"><text>{text}</text><propbank>'
                     f'<rel relloc="{rel}">v</rel>{marked}</propbank></example>')
    return ET.fromstring(f'<roleset id="x.01">{"".join(parts)}</roleset>')


def test_lone_subjects_counts_actor_and_undergoer_examples():
    derive = _derive_module()
    roleset = _roleset(("intransitive", "The swimmers breathe slowly", [("ARG0", 0, 1)], 2),
                       ("transitive", "They breathe air", [("ARG0", 0, 0), ("ARG1", 2, 2)], 1))
    assert derive._lone_subjects(roleset) == (1, 0)
    roleset = _roleset(("inchoative", "The old bridge collapsed", [("ARG1", 0, 2)], 3))
    assert derive._lone_subjects(roleset) == (0, 1)


def test_lone_subjects_skips_passives():
    derive = _derive_module()
    roleset = _roleset(("", "The hostages were released yesterday", [("ARG1", 0, 1)], 3),
                       ("passive", "Two men got arrested", [("ARG1", 0, 1)], 3))
    assert derive._lone_subjects(roleset) == (0, 0)


def test_a_frame_file_malformed_in_its_examples_keeps_its_rolesets(tmp_path):
    # check.xml closes an <arg> with </rel> in an example: the file was skipped whole,
    # and "check" read as no verb at all
    derive = _derive_module()
    (tmp_path / "check.xml").write_text(
        '<frameset><predicate lemma="check"><roleset id="check.01" name="examine">'
        '<aliases><alias pos="v">check</alias></aliases><roles>'
        '<role descr="checker" f="PAG" n="0"/><role descr="thing checked" f="PPT" n="1"/>'
        '</roles><example name="bad"><text>he checks in</text><propbank>'
        '<rel relloc="1">checks</rel><arg type="ARG1" start="2" end="2">in</rel>'
        '</propbank></example></roleset></predicate></frameset>', encoding="utf-8")
    data = derive.derive(tmp_path)
    assert data["verbs"] == {"check": ["check.01"]}
    assert set(data["rolesets"]["check.01"]["roles"]) == {"0", "1"}
    assert lexicon().sense("check.01") is not None  # the shipped lexicon has it


def test_shipped_lexicon_marks_actor_subjects_from_the_frame_files():
    lex = lexicon()
    assert lex.sense("breathe.01").actor_subject
    assert lex.sense("survive.01").actor_subject
    # undergoing subjects in PropBank's examples: not actors
    assert not lex.sense("collapse.01").actor_subject
    assert not lex.sense("grow.01").actor_subject


def test_inanimate_subject_of_an_actor_verb_is_its_agent(nlp):
    survive = events_of(nlp, "Scientists said that life can survive in hydrogen.", "survive.01")
    assert survive and ("agent", "life") in survive[0]
    assert ("patient", "life") not in survive[0]


def test_subject_of_infinitive_after_for_is_the_agent(nlp):
    breathe = events_of(nlp, "The atmosphere of Mars is far too thin for humans to breathe.",
                        "breathe.01")
    assert breathe and ("agent", "humans") in breathe[0]


def test_inanimate_subject_of_an_undergoer_verb_stays_its_patient(nlp):
    collapse = events_of(nlp, "The old bridge collapsed on Monday.", "collapse.01")
    assert collapse and ("patient", "The old bridge") in collapse[0]


def test_tough_construction_keeps_its_subject_as_patient(nlp):
    # "enough collagen to study": what is studied, not who studies
    study = events_of(nlp, "The team may not have enough collagen to study.", "study.01")
    assert study and ("patient", "enough collagen") in study[0]


def test_causative_have_with_a_misread_participle_keeps_the_patient(nlp):
    search = events_of(nlp, "Spanton had her home searched.", "search.01")
    assert search and ("patient", "her home") in search[0]
    assert not any(r == "agent" and n == "her home" for r, n in search[0])
