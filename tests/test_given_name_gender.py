"""A person's given name tells a pronoun's gender (hundred-and-ninetieth extraction
iteration): kg/data/extract/given_names.json, derived by scripts/derive_given_names.py
from open Wikidata records (US Congress, CC0; FB15k labels and descriptions and CoDEx
types, MIT). "Wilkins explained Warhol's obsession began when he first collected head
shots" had given the curator Kristin Wilkins the head shots (GUM's Warhol article)."""
import json
from pathlib import Path

import pytest

from extracttools import events_of
from kg.extract.coref.pronouns import given_name_gender

REPO = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_he_is_not_a_person_whose_given_name_is_a_womans(nlp):
    # after https://en.wikinews.org/wiki/Warhol%27s_photo_legacy_spread_by_university_exhibits
    # (GUM corpus), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Kristin Wilkins, a curator at the museum, spoke about Andy Warhol "
                          "on Thursday. Wilkins said he collected head shots as a child.",
                     "collect.01")
    assert any(("agent", "Andy Warhol") in a for a in args), args


def test_a_name_written_surname_first_tells_no_gender():
    names = {"kim": "f", "kristin": "f"}
    assert given_name_gender("Kristin Wilkins", names) == "f"
    assert given_name_gender("Kim Jong-un", names) is None
    assert given_name_gender("Wilkins", names) is None  # one word: as often a surname


def test_the_derived_table_keeps_only_names_its_people_agree_on():
    data = json.loads((REPO / "kg" / "data" / "extract" / "given_names.json").read_text())
    names = data["names"]
    assert names["kristin"] == "f" and names["andy"] == "m"
    # a family name written first in the records ("Kim Ki-duk") and names borne by one
    # record only ("Ali" of Ali Larter) tell nothing
    assert "kim" not in names and "ali" not in names
    assert "CC0" in data["_comment"] and "MIT" in data["_comment"]


def test_the_shipped_given_names_are_what_the_script_derives_from_the_sources():
    from scripttools import load_script
    from wikidata_standin import SOURCES

    if not (SOURCES / "congress").is_dir():
        pytest.skip("shared wikidata-sources missing")
    script = load_script("scripts/derive_given_names.py")
    people, names, _ = script.given_names(SOURCES)
    shipped = json.loads((REPO / "kg" / "data" / "extract" / "given_names.json").read_text())
    assert (people, names) == (shipped["people_class"], shipped["names"])
