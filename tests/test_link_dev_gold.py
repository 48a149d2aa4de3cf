"""The Wikinews dev set's gold: how GUM's mentions become ELEVANT labels
(``bench/bench_linking_dev.py``), on made-up text in GUM's record shape."""
from __future__ import annotations

from kg.link.benchmark import Prediction, parse_article
from kg.link.evaluate import score
from scripttools import load_script

TEXT = ("Malaysia's Prime Minister spoke. Jane Roe of the Acme Party and John Doe won. "
        "The University of Lyon opened. They met in Springfield, Ohio. "
        "Ann Roe of Acme Hall and Bo Lin spoke to Matt Ivo of The Post and Star. "
        "They thanked the US Zeta Foundation.")


def _bench():
    return load_script("bench/bench_linking_dev.py")


def _mention(part: str, kind: str, qid: str | None = None, wikipedia: str = "") -> dict:
    at = TEXT.index(part)
    mention = {"span": [at, at + len(part)], "text": part, "type": kind}
    if qid:
        mention.update(wikidata=qid, wikipedia=wikipedia)
    return mention


def gum_article() -> dict:
    return {"text": TEXT, "entities": [
        _mention("Malaysia's Prime Minister", "person", "Q1000000001", "Abu_Bakar_Cd"),
        _mention("Malaysia's", "place", "Q833", "Malaysia"),
        _mention("Jane Roe of the Acme Party and John Doe", "person"),
        _mention("the Acme Party", "organization", "Q1000000003", "Acme_Party"),
        _mention("The University of Lyon", "organization", "Q1000000004", "University_of_Lyon"),
        _mention("Lyon", "place", "Q456", "Lyon"),
        _mention("Springfield, Ohio", "place", "Q1000000005", "Springfield,_Ohio"),
        _mention("Ann Roe of Acme Hall and Bo Lin", "person"),
        _mention("Ann Roe of Acme Hall", "person"),
        _mention("Acme Hall", "organization", "Q1000000006", "Acme_Hall"),
        _mention("Bo Lin", "person"),
        _mention("Matt Ivo of The Post and Star", "person"),
        _mention("The Post and Star", "organization"),
        _mention("the US Zeta Foundation", "organization", "Q1000000007", "Zeta_Foundation"),
    ]}


def labels() -> list[dict]:
    return _bench().labels_of(gum_article())


def test_a_name_gum_links_inside_a_description_is_a_nested_label_of_it():
    found = {TEXT[l["span"][0]:l["span"][1]]: l for l in labels()}
    by_id = {l["id"]: l for l in found.values()}
    malaysia, party = found["Malaysia"], found["Acme Party"]
    assert (malaysia["entity_id"], party["entity_id"]) == ("Q833", "Q1000000003")
    assert by_id[malaysia["parent"]]["entity_id"] == "Q1000000001"  # the possessor's noun phrase
    assert by_id[party["parent"]]["entity_id"] == "Unknown"  # "Jane Roe of the Acme Party and …"
    assert malaysia["id"] in by_id[malaysia["parent"]]["children"]


def test_a_name_inside_a_name_stays_part_of_it():
    found = {TEXT[l["span"][0]:l["span"][1]]: l["entity_id"] for l in labels()}
    assert found["University of Lyon"] == "Q1000000004"
    assert "Lyon" not in found


def test_a_right_link_on_a_possessor_gum_links_is_no_false_positive():
    gold = parse_article({"text": TEXT, "labels": labels()}, "made-up")
    at = TEXT.index("Malaysia")
    scores = score([(gold, {(at, at + len("Malaysia")): Prediction("Q833")})])
    assert (scores.named.tp, scores.named.fp) == (1, 0)


def test_a_place_with_its_region_after_a_comma_is_whole_with_the_place_inside():
    found = {TEXT[l["span"][0]:l["span"][1]]: l for l in labels()}
    whole, place = found["Springfield, Ohio"], found["Springfield"]
    assert whole["entity_id"] == place["entity_id"] == "Q1000000005"
    assert (whole["parent"], place["parent"]) == (None, whole["id"])


def test_a_coordination_of_names_is_no_label_but_its_names_are():
    found = {TEXT[l["span"][0]:l["span"][1]]: l["entity_id"] for l in labels()}
    assert "Ann Roe of Acme Hall and Bo Lin" not in found
    assert (found["Acme Hall"], found["Bo Lin"]) == ("Q1000000006", "Unknown")
    # "and" inside a name joins nothing: the person "of" it stays one mention
    assert found["Matt Ivo of The Post and Star"] == "Unknown"


def test_an_organisation_after_a_country_abbreviation_is_whole_with_the_name_inside():
    found = {TEXT[l["span"][0]:l["span"][1]]: l for l in labels()}
    whole, name = found["US Zeta Foundation"], found["Zeta Foundation"]
    assert whole["entity_id"] == name["entity_id"] == "Q1000000007"
    assert (whole["parent"], name["parent"]) == (None, whole["id"])


def test_the_reading_by_hand_skips_the_held_out_articles(tmp_path, monkeypatch):
    import json

    bench = _bench()
    news = tmp_path / "news.jsonl"
    articles = [{"id": f"n-{i}", "source_url": f"https://example.org/{i}", "title": f"T{i}",
                 "text": "Made-up text."} for i in range(3)]
    news.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    gold = tmp_path / "facts.jsonl"  # the facts gold names its articles by URL and id
    gold.write_text(json.dumps({"id": "x", "source_url": "https://example.org/0"}) + "\n",
                    encoding="utf-8")
    held = tmp_path / "h_articles.txt"  # the lead's list: id, URL, title
    held.write_text("n-2\thttps://example.org/other\tT2\n", encoding="utf-8")
    monkeypatch.setattr(bench, "HELD_OUT", (gold, held))
    assert [a["id"] for a in bench.unseen(news)] == ["n-1"]
