"""Online and auto linking against the Wikidata API stand-in: found items, batching, the
cache, the probe, failures. No test reaches the live Wikidata."""
from __future__ import annotations

import logging
import time

import pytest
import requests

from kg.link import OnlineLinker, make_linker
from kg.link.wikidata_api import MAX_IDS, WikidataClient, WikidataUnavailable
from kg.vocab import entity_key
from test_link_disambiguation import article
from wikidata_standin import FIXTURES, WikidataStandIn

needs_fixtures = pytest.mark.skipif(not (FIXTURES / "Q31.json").exists(),
                                    reason="shared Wikidata fixtures missing")
RENNES = ("Rennes", "Place")  # a real item of the fixtures that the shipped index lacks
KNOWN = (("Russia", "Country"), ("Geneva", "Place"), ("Microsoft", "Organization"))


def key(name: str, type_: str) -> str:
    return entity_key(type_, name)


@pytest.fixture
def api():
    with WikidataStandIn(retry_after=1, slow_seconds=3.0) as server:
        yield server


def online(api, cache_dir, mode="online", **kwargs) -> OnlineLinker:
    return make_linker(mode, api_url=api.url, cache_dir=cache_dir,
                       timeout=kwargs.pop("timeout", 2.0), **kwargs)


def actions(api) -> list[str]:
    return [r.get("action", "") for r in api.requests]


@pytest.mark.slow
@needs_fixtures
def test_online_linking_finds_items_the_offline_index_lacks(api, tmp_path):
    links = online(api, tmp_path).link(article(RENNES, ("France", "Country")))
    rennes = links[key(*RENNES)]
    assert rennes.qid == "Q647" and rennes.source == "online"
    assert links[key("France", "Country")].source == "offline"
    assert make_linker("offline").link(article(RENNES))[key(*RENNES)].qid is None


@needs_fixtures
def test_items_found_for_an_article_are_fetched_in_one_batched_call(api, tmp_path):
    linker = online(api, tmp_path)
    linker.link(article(RENNES, ("Nizhny Novgorod", "Place"), ("Tripura", "Place"),
                        *KNOWN))
    assert actions(api).count("wbgetentities") == 1  # one call for the three names
    assert actions(api).count("wbsearchentities") == 3  # the index knows the others
    fetched = api.requests[actions(api).index("wbgetentities")]["ids"].split("|")
    assert {"Q647", "Q891", "Q1363"} <= set(fetched)


def test_wbgetentities_asks_for_at_most_50_ids_a_call(api, tmp_path):
    client = WikidataClient(api.url, cache_dir=tmp_path)
    client.get_entities([f"Q{n}" for n in range(1, 121)])
    sizes = [len(r["ids"].split("|")) for r in api.requests]
    assert sizes == [MAX_IDS, MAX_IDS, 20]


@needs_fixtures
def test_a_second_run_is_served_from_the_disk_cache_without_requests(api, tmp_path):
    first = online(api, tmp_path).link(article(RENNES, ("Oslo", "Place")))
    sent = api.request_count
    assert sent > 0
    again = online(api, tmp_path)
    second = again.link(article(RENNES, ("Oslo", "Place")))
    assert api.request_count == sent
    assert {k: v.qid for k, v in first.items()} == {k: v.qid for k, v in second.items()}
    assert second[key(*RENNES)].source == "cache"
    assert again.client.stats.hit_rate == 1.0


@needs_fixtures
def test_auto_mode_probes_once_then_uses_the_api(api, tmp_path):
    linker = online(api, tmp_path, mode="auto")
    links = linker.link(article(RENNES, *KNOWN))
    assert links[key(*RENNES)].qid == "Q647"
    assert actions(api)[0] == "wbgetentities" and api.requests[0]["ids"] == "Q1"  # the probe
    linker.link(article(("Nizhny Novgorod", "Place")))
    assert actions(api).count("wbgetentities") == 3  # probe + one batch per article
    assert linker.notes == []


def test_auto_mode_asks_nothing_when_the_index_links_every_name(api, tmp_path):
    links = online(api, tmp_path, mode="auto").link(article(*KNOWN))
    assert {link.qid for link in links.values()} == {"Q159", "Q71", "Q2283"}
    assert api.request_count == 0


@pytest.mark.parametrize("mode", ["throttle", pytest.param("slow", marks=pytest.mark.slow),
                                  "error", "down"])
def test_auto_mode_costs_one_quick_probe_when_the_api_fails_and_says_so_once(
        api, tmp_path, mode):
    api.set_mode(mode)
    said = []
    linker = online(api, tmp_path, mode="auto", on_fallback=said.append)
    started = time.monotonic()
    for _ in range(3):
        links = linker.link(article(RENNES, ("Russia", "Country")))
        assert links[key("Russia", "Country")].qid == "Q159"
        assert links[key(*RENNES)].qid is None
    assert time.monotonic() - started < 5  # one probe of at most 2 s, not retries
    assert api.request_count <= 1 and len(said) == 1
    assert len(linker.notes) == 1 and "offline index only" in linker.notes[0]
    # the next run (another process, the same cache) remembers: not even a probe
    again = online(api, tmp_path, mode="auto")
    again.link(article(RENNES))
    assert api.request_count <= 1 and len(again.notes) == 1


def test_client_sends_a_descriptive_user_agent(api, tmp_path):
    session = requests.Session()
    client = WikidataClient(api.url, session=session, cache_dir=tmp_path,
                            user_agent="kg-tests/1.0 (https://example.org/kg; ops@example.org)")
    client.search("Oslo")
    assert api.requests[-1]["_user_agent"].startswith("kg-tests/1.0 (https://example.org/kg")
    default = WikidataClient(api.url)
    default.search("Oslo")
    assert api.requests[-1]["_user_agent"].startswith("kg/") and "(" in api.requests[-1]["_user_agent"]


@needs_fixtures
def test_unknown_and_malformed_ids_are_left_out(api, tmp_path):
    client = WikidataClient(api.url, cache_dir=tmp_path)
    assert set(client.get_entities(["Q31", "Q999999999"])) == {"Q31"}
    assert set(client.get_entities(["Q31", "not-an-id"])) == {"Q31"}
    assert client.available


def test_client_retries_after_a_429_and_then_succeeds(api, tmp_path):
    api.mode, api.fail_times = "throttle", 1
    slept = []
    client = WikidataClient(api.url, cache_dir=tmp_path, sleep=slept.append)
    assert client.search("Oslo")
    assert slept == [1.0]  # Retry-After honoured
    assert client.stats.requests == 2


def _fallback_run(api, tmp_path, mode, **kwargs):
    api.set_mode(mode)
    said = []
    linker = online(api, tmp_path, on_fallback=said.append, **kwargs)
    started = time.monotonic()
    links = [linker.link(article(RENNES, ("Russia", "Country"), ("Oslo", "Place")))
             for _ in range(3)]
    return linker, links, said, time.monotonic() - started


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["throttle", "down", "malformed", "error"])
def test_online_linking_falls_back_to_offline_links_and_says_so_once(api, tmp_path, mode, caplog):
    with caplog.at_level(logging.WARNING, logger="kg.link"):
        linker, links, said, elapsed = _fallback_run(api, tmp_path, mode)
    for article_links in links:
        assert article_links[key("Russia", "Country")].qid == "Q159"
        assert article_links[key(*RENNES)].qid is None
    assert len(said) == 1 and len(linker.notes) == 1 and "offline" in linker.notes[0]
    assert len([r for r in caplog.records if r.name == "kg.link"]) == 1
    assert elapsed < 15


@pytest.mark.slow
def test_online_linking_falls_back_when_the_api_is_too_slow(api, tmp_path):
    linker, links, said, elapsed = _fallback_run(api, tmp_path, "slow", timeout=0.5)
    assert "timed out" in linker.fallback and len(said) == 1
    assert links[0][key("Russia", "Country")].qid == "Q159"
    assert elapsed < 10  # three tries of 0.5 s and short backoffs, then no more requests


def test_a_long_retry_after_gives_up_at_once(api, tmp_path):
    api.mode, api.retry_after = "throttle", 3600
    client = WikidataClient(api.url, cache_dir=tmp_path, sleep=pytest.fail)
    with pytest.raises(WikidataUnavailable, match="429"):
        client.search("Oslo")
    assert client.stats.requests == 1 and not client.available
    with pytest.raises(WikidataUnavailable):
        client.search("Paris")  # no second request once unavailable
    assert client.stats.requests == 1


def test_failed_answers_are_not_cached(api, tmp_path):
    api.set_mode("malformed")
    with pytest.raises(WikidataUnavailable):
        WikidataClient(api.url, cache_dir=tmp_path, backoff=0.01).search("Oslo")
    api.set_mode("ok")
    client = WikidataClient(api.url, cache_dir=tmp_path)
    assert client.search("Oslo") and client.stats.cache_hits == 0


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["down", "throttle"])
def test_a_default_build_completes_with_offline_links_when_the_api_fails(
        api, tmp_path, seed_text, mode):
    from click.testing import CliRunner

    from kg.cli import main

    api.set_mode(mode)
    source = tmp_path / "seed.txt"
    source.write_text(seed_text, encoding="utf-8")
    env = {"KG_WIKIDATA_API": api.url, "KG_WIKIDATA_CACHE": str(tmp_path / "cache")}
    started = time.monotonic()
    result = CliRunner(env=env).invoke(main, ["build", str(source), "--store",
                                              str(tmp_path / "store"), "-q"])
    assert result.exit_code == 0, result.output
    assert result.output.count("Wikidata API unavailable") == 1
    assert time.monotonic() - started < 60
    assert api.request_count <= 1  # the default mode (auto): one probe at most
    from kg.store import Store

    store = Store(tmp_path / "store", read_only=True)
    assert bool(store.query("ASK { ?e <http://www.w3.org/2002/07/owl#sameAs> "
                            "<http://www.wikidata.org/entity/Q159> }"))
    store.close()


@needs_fixtures
def test_relinking_a_store_online_adds_items_only_the_api_knows(api, tmp_path):
    from datetime import datetime, timezone

    from kg.link import relink_store
    from kg.rdf import article_graph, to_ntriples
    from kg.store import Store

    extraction = article(RENNES, ("France", "Country"))
    graph = article_graph(extraction, make_linker("offline").link(extraction),
                          now=datetime(2024, 1, 1, tzinfo=timezone.utc))
    store = Store()
    store.replace_graph(str(graph.identifier), to_ntriples(graph))
    summary = relink_store(store, online(api, tmp_path))
    assert summary.changed == 1 and summary.linked == 2
    assert bool(store.query("ASK { ?e <http://www.w3.org/2002/07/owl#sameAs> "
                            "<http://www.wikidata.org/entity/Q647> ; "
                            "<http://www.w3.org/2000/01/rdf-schema#label> \"Rennes\" }"))


@pytest.mark.slow
@needs_fixtures
def test_build_index_from_the_api_adds_items_and_fails_cleanly_when_down(api, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.link.index import INDEX_FILE, OfflineIndex

    args = ["link", "build-index", "--from-api", "Q647,Q999999999", "--out",
            str(tmp_path / "index"), "--fresh", "--api-url", api.url, "--cache-dir",
            str(tmp_path / "c")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    index = OfflineIndex.load(tmp_path / "index")
    assert index.get("Q647").label == "Rennes" and index.get("Q999999999") is None
    before = (tmp_path / "index" / INDEX_FILE).read_bytes()
    api.set_mode("down")
    result = CliRunner().invoke(main, [*args[:3], "Q31", *args[4:]])
    assert result.exit_code == 1 and "unavailable" in result.output
    assert (tmp_path / "index" / INDEX_FILE).read_bytes() == before


def test_an_unwritable_cache_costs_the_cache_not_the_run(api, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache directory should be")
    linker = online(api, blocker)
    links = linker.link(article(RENNES, ("Russia", "Country")))
    assert links[key("Russia", "Country")].qid == "Q159"
    assert linker.fallback is None
    assert any("cache not written" in note for note in linker.notes)


@pytest.mark.parametrize("mode", ["down", "error"])
def test_auto_mode_with_the_api_down_links_exactly_as_offline_does(api, tmp_path, mode):
    """The default mode's fallback is the offline linker's whole ``link``: the same
    article-level steps (here the article's country for "House of Representatives")."""
    from linktools import placed

    api.set_mode(mode)
    story = placed("The United States Senate and the House of Representatives met. Officials "
                   "of the United States said the United States would act.",
                   ("House of Representatives", "Organization"), ("United States", "Country"),
                   ("Senate", "Organization"))
    offline = make_linker("offline").link(story)
    auto = online(api, tmp_path, mode="auto").link(story)
    assert offline[key("House of Representatives", "Organization")].qid == "Q11701"
    assert {k: link.qid for k, link in auto.items()} == \
        {k: link.qid for k, link in offline.items()}
