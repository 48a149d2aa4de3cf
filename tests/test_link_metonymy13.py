"""Places and countries that stand for teams in a report of a team sport (linking,
thirteenth iteration): the team when the index has it, NIL when it does not, the place
where the name is a nationality or a venue. The passages are made up for the tests."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.link.context import WORD
from kg.link.index import OfflineIndex
from kg.link.metonymy import mention_use, reported_sports, sport_of, team_use
from kg.link.records import Record
from kg.model import Article, Entity, Extraction, Mention
from kg.vocab import entity_key

#: Two made-up towns of a made-up country, neither with a club in the index
VARNHAM = Record("Q1000000301", "Varnham", (), "town in Freedonia", ("Q1000000303",), 40)
KESSLO = Record("Q1000000302", "Kesslo", (), "town in Freedonia", ("Q1000000303",), 40)
FREEDONIA = Record("Q1000000303", "Freedonia", (), "country in Europe", ("Q6256",), 90)

RUGBY = ("On Saturday, Varnham defeated Kesslo 45 – 24 in round 4 of the rugby union "
         "season. \"We made a lot of ground\", Varnham coach Tom Bell said after the match. "
         "Kesslo captain Sam Hale lamented the loss: two tries late in the game were not "
         "enough to close the gap on the visitors.")


def words(text: str) -> frozenset[str]:
    return frozenset(WORD.findall(text.casefold()))


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


@pytest.fixture(scope="module")
def towns():
    return OfflineLinker(index=OfflineIndex.from_records([VARNHAM, KESSLO, FREEDONIA]))


def test_a_report_of_a_team_sport_needs_its_words_and_enough_words_of_any_report():
    assert reported_sports(RUGBY, words(RUGBY)) == {"rugby union", "rugby league"}
    passing = "DeBartolo, who used to own the 49ers football team, was pardoned on Tuesday."
    assert reported_sports(passing, words(passing)) == frozenset()
    # a report that names no sport: its words are not enough without one
    bare = "Varnham beat Kesslo 3 – 1: the coach, the captain and the fans sang after the match."
    assert reported_sports(bare, words(bare)) == frozenset()


def test_a_team_item_s_sport_is_read_off_its_label_when_its_description_does_not_say():
    cricket = Record("Q1", "Australia national cricket team", (), "national sports team", (), 40)
    club = Record("Q2", "Bath City F.C.", (), "association football club in England", (), 40)
    nfl = Record("Q3", "Chicago Bears", (), "American football team", (), 40)
    assert sport_of(cricket) == "cricket"
    assert sport_of(club) == "association football"
    assert sport_of(nfl) == "american football"  # not soccer's "football team"
    assert sport_of(Record("Q4", "Sweden", (), "country in Europe", (), 40)) is None


@pytest.mark.parametrize("text, name, use", [
    ("Group F — Sweden 1 – 0 Korea Republic", "Sweden", "team"),
    ("Group F — Sweden 1 – 0 Korea Republic", "Korea Republic", "team"),
    ("and Tunisia lost 1 – 2 to England, with a late goal", "England", "team"),
    ("Four minutes later, Tunisia's goalkeeper was substituted off", "Tunisia", "team"),
    ("Lukaku scored a third goal for Belgium, this time", "Belgium", "team"),
    ("Belgium defeated debutants Panama 3 – 0", "Panama", "team"),
    ("Wynnum coach Matt Myers said", "Wynnum", "team"),
    ("the 2018 World Cup in the Netherlands was", "Netherlands", "place"),
    ("Sweden faced South Korea at the stadium in Nizhny Novgorod.", "Nizhny Novgorod", "place"),
    ("Norway's Warholm wins gold in 400 m hurdles", "Norway", None),
    ("Yesterday, Karsten Warholm of Norway won the final", "Norway", None),
    ("He flew to England, where he signed", "England", "place"),
])
def test_a_mention_is_used_as_a_team_or_a_place_by_the_words_around_it(text, name, use):
    start = text.index(name)
    assert mention_use(text, start, start + len(name)) == use


def test_a_demonym_names_where_a_player_is_from_never_a_team():
    text = "The Swedish striker scored twice as Sweden beat Norway 2 – 0."
    start = text.index("Swedish")
    swedish = Entity(entity_key("Country", "Swedish"), "Country", "Swedish",
                     (Mention(start, start + 7, "Swedish", 0),))
    assert not team_use(swedish, text).as_team


def test_a_town_named_for_its_club_the_index_lacks_is_nil_not_the_town(towns):
    links = towns.link(placed(RUGBY, ("Varnham", "Place"), ("Kesslo", "Place")))
    assert qid(links, "Varnham", "Place") is None
    assert qid(links, "Kesslo", "Place") is None
    # the same towns named as places in the same kind of report are the towns
    venue = ("The rugby union final of the season was played in Varnham: the coach and the "
             "captain of the visitors from Kesslo praised the match, the tries and the "
             "referee after the game.")
    links = towns.link(placed(venue, ("Varnham", "Place"), ("Kesslo", "Place")))
    assert qid(links, "Varnham", "Place") == "Q1000000301"
    assert qid(links, "Kesslo", "Place") == "Q1000000302"


def test_a_city_named_for_its_club_is_the_club_the_index_holds(linker):
    report = ("Premier League football: Liverpool beat Chelsea 2 – 1 on Sunday. The coach "
              "praised the captain, who scored the winning goal in the 80th minute of the "
              "match; the referee booked three players.")
    links = linker.link(placed(report, ("Liverpool", "Place"), ("Chelsea", "Place")))
    assert qid(links, "Liverpool", "Place") == "Q1130849"  # Liverpool F.C.
    assert qid(links, "Chelsea", "Place") == "Q9616"  # Chelsea F.C.


def test_a_country_named_for_a_team_of_a_sport_the_index_lacks_is_nil(linker):
    report = ("Rugby union: New Zealand beat Australia 24 – 22 in the final match of the "
              "season. The coach praised the captain; the referee awarded a late penalty "
              "and the visitors' try came in the last minute of the game.")
    links = linker.link(placed(report, ("New Zealand", "Country"), ("Australia", "Country")))
    assert qid(links, "New Zealand", "Country") is None  # no rugby team in the index
    assert qid(links, "Australia", "Country") is None


def test_a_cricket_report_names_the_cricket_team_not_the_football_team(linker):
    report = ("Pakistan beat India by six wickets in the cricket match at Lahore; the "
              "captain scored 80 runs in the second innings, and the coach praised the "
              "bowlers after the game, the last of the season's tournament.")
    links = linker.link(placed(report, ("Pakistan", "Country"), ("India", "Country")))
    assert qid(links, "Pakistan", "Country") == "Q182538"  # national cricket team
    assert qid(links, "India", "Country") == "Q1143793"


def test_nationality_and_venue_stay_the_country_in_a_football_report(linker):
    report = ("In the football World Cup match at the stadium in Sweden, Brazil defeated "
              "Norway 3 – 1. The coach praised the captain, who scored twice; the referee "
              "booked two players. Norway's Erling Haaland scored the only goal for the "
              "visitors in the 80th minute.")
    links = linker.link(placed(report, ("Sweden", "Country"), ("Brazil", "Country"),
                               ("Norway", "Country")))
    assert qid(links, "Sweden", "Country") == "Q34"  # the venue: the country
    assert qid(links, "Brazil", "Country") == "Q83459"  # national football team
    assert qid(links, "Norway", "Country") == "Q184387"  # team by "defeated Norway 3 – 1"


def test_an_individual_sport_s_report_keeps_the_athlete_s_country(linker):
    report = ("Norway's Karsten Warholm won gold in the 400 m hurdles at the World "
              "Championships in Doha; he finished ahead of the field in the final, a "
              "victory the coach called the race of the season.")
    links = linker.link(placed(report, ("Norway", "Country"), ("Doha", "Place")))
    assert qid(links, "Norway", "Country") == "Q20"


def test_a_place_named_in_a_story_that_is_no_sports_report_has_no_team_candidate(linker):
    text = ("DeBartolo, who used to own the San Francisco 49ers football team, was "
            "convicted in the Northern District of Georgia, the court said.")
    links = linker.link(placed(text, ("Georgia", "Country")))
    link = links[entity_key("Country", "Georgia")]
    assert "Q186268" not in {q for q, s in link.candidates if s > 0}


def test_a_country_named_in_a_football_report_without_a_word_of_play_stays_the_country(linker):
    # no score, no verb of play, no team's role beside "Germany": the state, even in a
    # report of its sport (the fifth iteration took any country not after "in" as a team)
    report = ("Premier League football: Liverpool beat Chelsea 2 – 1 on Sunday. The coach "
              "praised the captain, who scored the winning goal in the 80th minute of the "
              "match. Germany's government announced new rules for fans on Monday.")
    links = linker.link(placed(report, ("Germany", "Country")))
    assert qid(links, "Germany", "Country") == "Q183"
