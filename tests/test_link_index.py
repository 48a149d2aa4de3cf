"""The offline index: open-data sources and Wikidata dumps in, SQLite on disk out."""
from __future__ import annotations

import bz2
import io
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from kg.link import build as build_module
from kg.link.build import build_index, keep_entity
from kg.link.index import (INDEX_FILE, PACKAGE_DIR, RECORDS_FILE, IndexFormatError,
                           OfflineIndex, read_records)
from kg.link.records import DumpFormatError, Record, record_from_entity
from kg.link.sources import Partial, merge, parse_yaml_list
from wikidata_standin import FIXTURES, SOURCES

SAMPLE = FIXTURES / "sample_wikidata_items.json.bz2"
SHIPPED = PACKAGE_DIR / RECORDS_FILE
needs_fixtures = pytest.mark.skipif(not SAMPLE.exists(), reason="shared Wikidata fixtures missing")
needs_sources = pytest.mark.skipif(not (SOURCES / "fb15k").is_dir(),
                                   reason="shared wikidata-sources missing")


def entity(qid: str, label: str | None = "Thing", sitelinks: int = 1,
           classes: tuple[str, ...] = (), aliases: tuple[str, ...] = ()) -> dict:
    """A Wikidata entity in the dump's JSON shape."""
    return {"type": "item", "id": qid,
            "labels": {"en": {"language": "en", "value": label}} if label else
            {"fr": {"language": "fr", "value": "Chose"}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]},
            "descriptions": {"en": {"language": "en", "value": "test item"}},
            "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31",
                                             "datavalue": {"type": "wikibase-entityid",
                                                           "value": {"id": c}}},
                                "rank": "normal"} for c in classes]},
            "sitelinks": {f"site{n}wiki": {"site": f"site{n}wiki", "title": label or qid}
                          for n in range(sitelinks)}}


def write_dump(path, entities, compress: bool = True) -> None:
    text = "[\n" + ",\n".join(json.dumps(e) for e in entities) + "\n]\n"
    path.write_bytes(bz2.compress(text.encode()) if compress else text.encode())


@needs_sources
@pytest.mark.slow
def test_shipped_records_are_exactly_what_build_index_makes_from_the_sources(tmp_path):
    out = tmp_path / RECORDS_FILE
    result = CliRunner().invoke(__import__("kg.cli", fromlist=["main"]).main,
                                ["link", "build-index", str(SOURCES), "--fresh", "--out",
                                 str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == SHIPPED.read_bytes()
    # the licences and attributions are rebuilt with the data and ship with it
    assert (tmp_path / "SOURCES.md").read_text() == (PACKAGE_DIR / "SOURCES.md").read_text()
    shipped = sorted(p.name for p in (PACKAGE_DIR / "licences").iterdir())
    assert shipped == sorted(p.name for p in (tmp_path / "licences").iterdir())
    assert {"fb15k.txt", "codex.txt", "nsi.txt", "ror.txt", "partyfacts.txt",
            "congress.txt"} == set(shipped)


def test_every_shipped_record_names_its_sources_and_has_a_label():
    count = 0
    for record in read_records(SHIPPED):
        count += 1
        assert record.label and record.sources, record.qid
        assert set(record.sources) <= {"fb15k", "codex", "congress", "partyfacts", "nsi", "ror"}
    assert count > 60000


@pytest.mark.slow
@needs_sources
def test_no_item_comes_from_memory_every_shipped_qid_is_in_a_source_file():
    # the sources' own files, read as plain text: a QID kg ships appears in one of them
    listed: set[str] = set()
    for path in SOURCES.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".csv", ".yaml", ".tsv"):
            listed.update(re.findall(r"\bQ[1-9][0-9]*\b",
                                     path.read_text(encoding="utf-8", errors="replace")))
    missing = [r.qid for r in read_records(SHIPPED) if r.qid not in listed]
    assert missing == []


@pytest.mark.slow
def test_the_shipped_records_open_as_an_sqlite_index_built_once_into_the_cache(
        tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = OfflineIndex.load(PACKAGE_DIR)
    built = list((tmp_path / "kg" / "index").glob("*.sqlite"))
    assert len(built) == 1 and first.path == str(built[0])
    mtime = built[0].stat().st_mtime_ns
    second = OfflineIndex.load(PACKAGE_DIR)
    assert second.path == first.path and built[0].stat().st_mtime_ns == mtime
    assert second.get("Q2283").label == "Microsoft" and "Q2283" in second
    assert len(second) > 60000


def test_lookup_matches_labels_aliases_loose_forms_and_surnames():
    index = OfflineIndex.from_records([
        Record("Q1000000001", "Bashar al-Hadid", ("Bashar Hadid Jr",), "", ("Q5",), 10),
        Record("Q1000000002", "Freedonia", ("Republic of Freedonia",), "", ("Q6256",), 10)])
    kinds = {h.record.qid: h.match for h in index.lookup("Republic of Freedonia")}
    assert kinds == {"Q1000000002": "alias"}
    assert {h.record.qid: h.match for h in index.lookup("freedonia")} == {"Q1000000002": "label"}
    assert {h.record.qid: h.match for h in index.lookup("Bashar Hadid")} == {
        "Q1000000001": "loose"}
    assert {h.record.qid: h.match for h in index.lookup("Hadid", surname=True)} == {
        "Q1000000001": "surname"}
    assert index.lookup("Hadid") == [] and index.lookup("Nobody Special") == []


def test_loose_forms_drop_a_possessive_s_and_join_compass_points():
    index = OfflineIndex.from_records([
        Record("Q1000000001", "New Freedonians' People's Party", (), "", (), 10),
        Record("Q1000000002", "Southeast Freedonia", (), "", (), 10)])
    assert {h.record.qid: h.match for h in index.lookup("New Freedonians People Party")} == {
        "Q1000000001": "loose"}
    assert {h.record.qid: h.match for h in index.lookup("South East Freedonia")} == {
        "Q1000000002": "loose"}
    assert index.lookup("South Freedonia") == [] and index.lookup("East Freedonia") == []


def test_replacing_a_record_drops_its_old_names():
    index = OfflineIndex.from_records([Record("Q1000000001", "Old Name", ("Older",))])
    index.add(Record("Q1000000001", "New Name"))
    assert index.lookup("Old Name") == [] and index.lookup("Older") == []
    assert index.lookup("New Name")[0].record.qid == "Q1000000001" and len(index) == 1


def test_linker_opens_the_index_on_first_use_not_at_import():
    from kg.link import make_linker

    linker = make_linker("offline")
    assert linker._index is None
    assert len(linker.index) > 0


@needs_fixtures
def test_record_of_a_real_item_keeps_label_aliases_classes_and_sitelinks():
    answer = json.loads((FIXTURES / "wbgetentities_response.json").read_text())
    lyon = record_from_entity(answer["entities"]["Q456"])
    assert lyon.label == "Lyon" and "Lyons" in lyon.aliases
    assert "Q1549591" in lyon.classes  # big city
    assert lyon.popularity == len(answer["entities"]["Q456"]["sitelinks"])
    assert record_from_entity(answer["entities"]["Q789"]) is None  # {"missing": ""}


def test_the_dump_filter_keeps_english_items_with_a_sitelink_or_a_class_kg_uses():
    assert keep_entity(entity("Q1", sitelinks=1))
    assert keep_entity(entity("Q2", sitelinks=0, classes=("Q5",)))  # a human: kept
    assert not keep_entity(entity("Q3", sitelinks=0, classes=("Q13442814",)))
    assert not keep_entity(entity("Q4", label=None, sitelinks=5))  # no English label


@needs_fixtures
def test_build_index_reads_the_bzip2_dump_and_extends_an_existing_index(tmp_path):
    build_index([SAMPLE], tmp_path, fresh=True)
    before = len(OfflineIndex.load(tmp_path))
    extra = tmp_path / "extra.json.bz2"
    write_dump(extra, [entity("Q31", "Belgium", sitelinks=3, classes=("Q6256",)),
                       entity("Q1000000009", "Testland", sitelinks=2)])
    summary = build_index([extra], tmp_path)
    after = OfflineIndex.load(tmp_path)
    assert summary.replaced == 1 and summary.added == 1 and len(after) == before + 1
    assert after.get("Q31").popularity == 3  # the later source wins
    assert after.get("Q2013") is not None  # what the index held stays


def test_a_killed_build_resumes_where_it_stopped(tmp_path, monkeypatch):
    dump = tmp_path / "dump.json"
    write_dump(dump, [entity(f"Q{n}", f"Item {n}") for n in range(1, 31)], compress=False)
    monkeypatch.setattr(build_module, "BATCH", 10)
    seen = []
    real_keep = build_module.keep_entity

    def keep(data):
        seen.append(data["id"])
        if len(seen) == 25:
            raise KeyboardInterrupt  # the user pressed Ctrl-C
        return real_keep(data)

    monkeypatch.setattr(build_module, "keep_entity", keep)
    with pytest.raises(KeyboardInterrupt):
        build_index([dump], tmp_path / "index", fresh=True)
    assert not (tmp_path / "index" / INDEX_FILE).exists()  # nothing half-built is used
    seen.clear()
    summary = build_index([dump], tmp_path / "index", fresh=True)
    assert summary.total == 30
    assert seen[0] == "Q21" and len(seen) == 10  # the 20 committed lines were not read again
    assert OfflineIndex.load(tmp_path / "index").get("Q30").label == "Item 30"


def test_progress_lines_say_how_much_was_read(tmp_path):
    dump = tmp_path / "dump.json.bz2"
    write_dump(dump, [entity(f"Q{n}", f"Item {n}") for n in range(1, 6)])
    stream = io.StringIO()
    build_index([dump], tmp_path / "index", fresh=True, progress=stream)
    line = stream.getvalue().strip().splitlines()[-1]
    assert "dump.json.bz2" in line and "5 items kept" in line and "100.0% read" in line


def test_build_index_refuses_a_file_that_is_not_a_dump_and_keeps_the_index(tmp_path):
    good = tmp_path / "good.json"
    write_dump(good, [entity("Q1", "One")], compress=False)
    build_index([good], tmp_path, fresh=True)
    before = (tmp_path / INDEX_FILE).read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"type": "item", "id": "Q2", \n]\n')
    with pytest.raises(DumpFormatError, match="bad.json:2"):
        build_index([bad], tmp_path)
    assert (tmp_path / INDEX_FILE).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json", "good.json", INDEX_FILE]


def test_an_sqlite_file_that_is_no_kg_index_is_refused(tmp_path):
    other = tmp_path / INDEX_FILE
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    with pytest.raises(IndexFormatError):
        len(OfflineIndex.load(tmp_path))


def test_build_index_command_writes_an_index_and_rejects_bad_ids(tmp_path):
    from kg.cli import main

    dump = tmp_path / "dump.json"
    write_dump(dump, [entity("Q1", "One")], compress=False)
    runner = CliRunner()
    result = runner.invoke(main, ["link", "build-index", str(dump), "--out",
                                  str(tmp_path / "idx"), "--fresh", "-q"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "idx" / INDEX_FILE).exists() and "1 items" in result.output
    result = runner.invoke(main, ["link", "build-index", "--from-api", "Q1,banana",
                                  "--out", str(tmp_path / "idx")])
    assert result.exit_code == 1 and "banana" in result.output
    result = runner.invoke(main, ["link", "build-index", "--out", str(tmp_path)])
    assert result.exit_code == 2


@pytest.mark.slow
def test_a_new_index_directory_extends_the_shipped_index(tmp_path):
    dump = tmp_path / "dump.json"
    write_dump(dump, [entity("Q1000000009", "Testland")], compress=False)
    summary = build_index([dump], tmp_path / "mine")
    mine = OfflineIndex.load(tmp_path / "mine")
    assert mine.get("Q2283") is not None and mine.get("Q1000000009") is not None
    assert summary.total == len(mine) == sum(1 for _ in read_records(SHIPPED)) + 1


def test_sources_merge_by_qid_and_popularity_grows_with_the_sources_that_list_an_item():
    records = {r.qid: r for r in merge([
        Partial("Q1", ["Alpha"], ["be", "\U0001F1E7\U0001F1EA", "ALP"], ["a test"],
                sources=["fb15k"]),
        Partial("Q1", classes=["Q5"], sources=["codex"]),
        Partial("Q2", ["Beta"], sources=["ror"], kinds=["Organization"]),
        Partial("Q3", classes=["Q5"], sources=["codex"])])}
    assert set(records) == {"Q1", "Q2"}  # CoDEx types items, it does not name them
    alpha = records["Q1"]
    assert alpha.aliases == ("ALP",)  # no flags, no lower-case codes
    assert alpha.classes == ("Q5",) and alpha.sources == ("fb15k", "codex")
    assert alpha.popularity > records["Q2"].popularity


def test_the_yaml_reader_reads_the_congress_file_layout():
    text = """- id:
    bioguide: X000001
    fec:
    - S0XX00001
    wikidata: Q1000000010
  name:
    first: Jane
    last: Doe
    official_full: 'Jane Q. Doe'
  terms:
  - type: rep
    state: XX
  - type: sen
    state: XX
    party: Independent
- id:
    wikidata: Q1000000011
  name:
    first: John
    last: Roe
"""
    people = parse_yaml_list(text)
    assert [p["id"]["wikidata"] for p in people] == ["Q1000000010", "Q1000000011"]
    assert people[0]["name"]["official_full"] == "Jane Q. Doe"
    assert people[0]["id"]["fec"] == ["S0XX00001"]
    assert [t["type"] for t in people[0]["terms"]] == ["rep", "sen"]
    assert people[1]["name"] == {"first": "John", "last": "Roe"}


def test_an_item_is_placed_where_its_description_and_its_source_say():
    records = {r.qid: r for r in merge([
        Partial("Q38", ["Italy"], [], ["country in Southern Europe"], sources=["fb15k"]),
        Partial("Q38", classes=["Q6256"], sources=["codex"]),
        Partial("Q30", ["United States of America"], ["the United States"],
                ["country in North America"], classes=["Q6256"], sources=["fb15k"]),
        Partial("Q230", ["Georgia"], [], ["country in Eastern Europe"], classes=["Q6256"],
                sources=["fb15k"]),
        Partial("Q1428", ["Georgia"], [], ["state of the United States of America"],
                sources=["fb15k"]),
        Partial("Q1000000030", ["Rome"], [], ["city in Georgia, United States"],
                sources=["fb15k"]),
        Partial("Q1000000031", ["Pizza Uno"], [], ["Italian restaurant chain"],
                sources=["nsi"]),
        Partial("Q1000000032", ["Partito Uno"], [], ["political party"], sources=["partyfacts"],
                places=[("Republic of Italy", "Italy")]),
        Partial("Q1000000033", ["Island Uno"], [],
                ["island in Europe, divided into Italy and Georgia"], sources=["fb15k"])])}
    # the state, not the country: its own description names the other place
    assert records["Q1000000030"].related == ("Q1428", "Q30")
    assert records["Q1000000031"].related == ("Q38",)  # a demonym names its country
    assert records["Q1000000032"].related == ("Q38",)  # the first name that is a place
    assert records["Q1000000033"].related == ()  # its parts are no places it is in
    assert records["Q1428"].related == ("Q30",)


def test_the_shipped_parties_are_placed_in_their_country_by_its_iso_code():
    records = OfflineIndex.load(PACKAGE_DIR)
    assert records.get("Q21892").related == ("Q8646",)  # Democratic Party: HKG, Hong Kong
    assert records.get("Q47729").related == ("Q38",)  # Partito Democratico: ITA, Italy
    assert records.get("Q81230").related == ("Q183",)  # Siemens: Germany, not Weimar


def test_a_description_s_head_noun_says_what_kind_of_thing_an_item_is():
    from kg.link.classes import described, kinds

    assert described("1969 film by Dennis Hopper") == {"Work"}
    assert described("American television medical drama") == {"Work"}
    assert described("Japanese video game developer") == {"Organization"}
    assert described("city in state of New York, United States") == {"Place"}
    assert described("state in Australia") == {"Place"}
    assert described("sovereign state in Europe") == {"Country"}
    assert described("United States senator (Democrat, NY)") == {"Person"}
    assert described("school district in Texas") == {"Organization"}
    # "organization" is a class of regions too: the description decides
    assert kinds(("Q16110", "Q43229"), "region of Italy") == {"Place"}
