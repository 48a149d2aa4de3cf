"""Links and types on unseen news (the twenty-second iteration, docs/linking.md): the
surname of the article's known person beside a relative the index lacks, ... Each
rule's test fails with the rule removed; the others guard the rules' limits. The
passages are made up for the tests; the QIDs are the shipped index's."""
from __future__ import annotations

from dataclasses import replace

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.model import Extraction, Mention


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


def _alone(extraction: Extraction, name: str, *more: str) -> Extraction:
    """``extraction`` with the one-word ``name`` mentioned only where no longer name of
    the article holds it, and each of ``more`` (full name, short form) given its short
    form's mentions outside the longer names as well."""
    text = extraction.article.text
    inside = [(m.start, m.end) for e in extraction.entities if e.name != name
              for m in e.mentions]
    entities = []
    for e in extraction.entities:
        if e.name == name:
            e = replace(e, mentions=tuple(m for m in e.mentions if not any(
                s <= m.start and m.end <= t and (s, t) != (m.start, m.end) for s, t in inside)))
        for full, short in (pair.split("|") for pair in more):
            if e.name == full:
                start = text.find(f"{short} said")
                e = replace(e, mentions=e.mentions + (
                    Mention(start, start + len(short), short, 0),))
        entities.append(e)
    return replace(extraction, entities=tuple(entities))


def test_a_surname_is_the_known_person_beside_a_relative_only_a_first_name_finds(linker):
    # Hunter Biden is not in the index; "Hunter" alone finds other people, none of whom
    # the full name fits: the surname is Joe Biden's, named first
    text = ("Joe Biden spoke in Ohio on Monday. A laptop of his son Hunter Biden was found; "
            "Hunter said it was not his. Biden denied the report.")
    extraction = _alone(placed(text, ("Joe Biden", "Person"), ("Hunter Biden", "Person"),
                               ("Biden", "Person"), ("Ohio", "Place")),
                        "Biden", "Hunter Biden|Hunter")
    found = linker.link(extraction)
    assert qid(found, "Hunter Biden", "Person") is None
    assert found[next(e.key for e in extraction.entities if e.name == "Hunter Biden")].candidates
    assert qid(found, "Biden", "Person") == "Q6279"


def test_a_surname_of_two_known_people_stays_unlinked(linker):
    text = ("Franklin Delano Roosevelt proposed the bill. Theodore Roosevelt had won a prize. "
            "Roosevelt said it was fair.")
    extraction = _alone(placed(text, ("Franklin Delano Roosevelt", "Person"),
                               ("Theodore Roosevelt", "Person"), ("Roosevelt", "Person")),
                        "Roosevelt")
    assert qid(linker.link(extraction), "Roosevelt", "Person") is None
