"""The offline index: records from real Wikidata JSON, the shipped index and its builder."""
from __future__ import annotations

import gzip
import json

import pytest
from click.testing import CliRunner

from kg.link.build import build_index
from kg.link.index import INDEX_FILE, PACKAGE_DIR, OfflineIndex
from kg.link.records import DumpFormatError, iter_dump, record_from_entity
from wikidata_standin import FIXTURES

CURATED = PACKAGE_DIR / "curated.json"
SAMPLE = FIXTURES / "sample_wikidata_items.json.bz2"
needs_fixtures = pytest.mark.skipif(not SAMPLE.exists(), reason="shared Wikidata fixtures missing")


def test_shipped_index_is_exactly_what_build_index_makes_from_the_curated_source(tmp_path):
    summary = build_index([CURATED], tmp_path, fresh=True)
    rebuilt = gzip.decompress((tmp_path / INDEX_FILE).read_bytes())
    shipped = gzip.decompress((PACKAGE_DIR / INDEX_FILE).read_bytes())
    assert rebuilt == shipped
    assert summary.total == len(OfflineIndex.load(PACKAGE_DIR)) >= 400


def test_rebuilding_the_index_twice_gives_the_same_bytes(tmp_path):
    build_index([CURATED], tmp_path / "a", fresh=True)
    build_index([CURATED], tmp_path / "b", fresh=True)
    assert (tmp_path / "a" / INDEX_FILE).read_bytes() == (tmp_path / "b" / INDEX_FILE).read_bytes()


def test_curated_source_is_a_wikidata_dump_with_unique_well_formed_items():
    ids = []
    for entity in iter_dump(CURATED):
        record = record_from_entity(entity)
        assert record is not None, entity.get("id")
        assert record.description and record.classes and record.popularity > 0, record.qid
        ids.append(record.qid)
    assert len(ids) == len(set(ids))
    first, *_ = CURATED.read_text(encoding="utf-8").splitlines()
    assert first == "["


@needs_fixtures
def test_record_of_a_real_item_keeps_label_aliases_classes_and_sitelinks():
    answer = json.loads((FIXTURES / "wbgetentities_response.json").read_text())
    lyon = record_from_entity(answer["entities"]["Q456"])
    assert lyon.label == "Lyon" and "Lyons" in lyon.aliases
    assert "Q1549591" in lyon.classes  # big city
    assert lyon.popularity == len(answer["entities"]["Q456"]["sitelinks"])
    assert record_from_entity(answer["entities"]["Q789"]) is None  # {"missing": ""}


@needs_fixtures
def test_build_index_reads_the_bzip2_dump_and_extends_an_existing_index(tmp_path):
    build_index([CURATED], tmp_path, fresh=True)
    before = OfflineIndex.load(tmp_path)
    summary = build_index([SAMPLE], tmp_path)
    after = OfflineIndex.load(tmp_path)
    assert summary.replaced > 0  # Belgium, Portugal ... are in both
    assert len(after) == len(before) + summary.added
    belgium = after.get("Q31")
    assert belgium.popularity > 300 and "Q6256" in belgium.classes  # the real record won
    assert after.get("Q7747") is not None  # what the index held stays


def test_build_index_refuses_a_file_that_is_not_a_dump_and_keeps_the_index(tmp_path):
    build_index([CURATED], tmp_path, fresh=True)
    before = (tmp_path / INDEX_FILE).read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"type": "item", "id": "Q1", \n]\n')
    with pytest.raises(DumpFormatError, match="bad.json:2"):
        build_index([bad], tmp_path)
    assert (tmp_path / INDEX_FILE).read_bytes() == before


def test_lookup_matches_labels_aliases_loose_forms_and_surnames():
    index = OfflineIndex.load(PACKAGE_DIR)
    kinds = {h.record.qid: h.match for h in index.lookup("Russian Federation")}
    assert kinds == {"Q159": "alias"}
    assert {h.record.qid: h.match for h in index.lookup("russia")} == {"Q159": "label"}
    assert {h.record.qid: h.match for h in index.lookup("May", surname=True)} == {
        "Q264766": "surname"}  # Theresa May
    assert index.lookup("May") == []
    surnames = {h.record.qid: h.match for h in index.lookup("Netanyahu", surname=True)}
    assert surnames.get("Q43723") in ("alias", "surname")
    assert index.lookup("Nobody Special") == []


def test_linker_loads_the_index_on_first_use_not_at_import():
    from kg.link import make_linker

    linker = make_linker("offline")
    assert linker._index is None
    assert len(linker.index) > 0


def test_build_index_command_writes_an_index_and_rejects_bad_ids(tmp_path):
    from kg.cli import main

    runner = CliRunner()
    result = runner.invoke(main, ["link", "build-index", str(CURATED), "--out", str(tmp_path),
                                  "--fresh"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / INDEX_FILE).exists() and "items" in result.output
    result = runner.invoke(main, ["link", "build-index", "--from-api", "Q1,banana",
                                  "--out", str(tmp_path)])
    assert result.exit_code == 1 and "banana" in result.output
    result = runner.invoke(main, ["link", "build-index", "--out", str(tmp_path)])
    assert result.exit_code == 2


@needs_fixtures
def test_a_new_index_directory_extends_the_shipped_index(tmp_path):
    summary = build_index([SAMPLE], tmp_path / "mine")
    mine = OfflineIndex.load(tmp_path / "mine")
    assert mine.get("Q7747") is not None and mine.get("Q456") is None
    assert mine.get("Q2013") is not None  # Wikidata itself, from the sample
    assert summary.total == len(mine) > len(OfflineIndex.load(PACKAGE_DIR))
