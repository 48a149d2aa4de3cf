"""Sixty-second iteration: titles and descriptions that stand for a named person
(docs/extraction.md). Self-written sentences; each test fails with its fix reverted."""
from __future__ import annotations

from test_coref import resolved
import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_multiword_title_takes_only_holders_of_that_title(read_text):
    # a foreign minister is no prime minister; the former prime minister is not "the" one
    x = read_text("Boris Johnson, the current prime minister, spoke. Former prime minister "
                  "John Major and Foreign Minister Dominic Raab objected. The court "
                  "criticised the prime minister on Tuesday.")
    assert resolved(x).get("the prime minister") == "Boris Johnson"
    y = read_text("Foreign Minister Dominic Raab spoke on Monday. The court criticised "
                  "the prime minister on Tuesday.")
    assert "the prime minister" not in resolved(y)


def test_a_deputy_title_is_not_the_holder_of_the_title(read_text):
    x = read_text("Prime Minister Igor Matovič of Slovakia met the press on Monday. The "
                  "deputy prime minister said nothing.")
    assert "The deputy prime minister" not in resolved(x)
    assert any(e.name == "Igor Matovič" for e in x.entities)  # control: the holder is read


def test_the_head_after_a_preposition_is_the_body_part(read_text):
    x = read_text("Robert F. Kennedy was the brother of U.S. President John F. Kennedy. "
                  "Sirhan shot him in the head just after midnight.")
    assert "the head" not in resolved(x)
    assert resolved(x)["him"] == "Robert F. Kennedy"  # control: the sentence's pronoun


def test_the_startup_is_only_an_organisation_introduced_as_one(read_text):
    # a company nobody called a startup is not "the startup"
    x = read_text("Microsoft announced a new partnership on Monday. The startup will build "
                  "chat software for the company.")
    assert "The startup" not in resolved(x)
    # the one introduced as a startup (an apposition, not an unnamed antecedent) is
    y = read_text("Inflection AI, a startup based in Palo Alto, signed a deal with "
                  "Microsoft. The startup will build chat software.")
    assert resolved(y).get("The startup") == "Inflection AI"
