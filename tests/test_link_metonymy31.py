"""Countries and cities that stand for teams (linking, thirty-first iteration): a verb
of play with its particle ("drew with Leeds"), a passive ("were beaten by"), a fixtures
list ("Germany v Spain") name the team; the host of an event ("Brazil hosted the World
Cup") stays the country (a guard: no verb of play after it); a report of women's sport names the women's side, never the
men's. The passages are made up for the tests; the QIDs are the index's."""
from __future__ import annotations

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.link.metonymy import mention_use, reported_side, womens_team
from kg.link.records import Record


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


@pytest.mark.parametrize("text, name, use", [
    ("Liverpool drew with Leeds on Saturday", "Leeds", "team"),
    ("Liverpool drew 1 – 1 with Leeds on Saturday", "Leeds", "team"),
    ("their first win over Wales since 2010", "Wales", "team"),
    ("Chile were beaten by Peru in Lima", "Peru", "team"),
    ("Chile were beaten by Peru in Lima", "Chile", "team"),
    ("Fixtures: Germany v Spain, France v Brazil", "Germany", "team"),
    ("Fixtures: Germany v Spain, France v Brazil", "France", "team"),
    ("Brazil hosted the World Cup in 2014", "Brazil", None),
    ("Liverpool hosted Leeds at Anfield", "Leeds", "team"),
    ("the talks with Germany ended", "Germany", None),
])
def test_a_verb_with_its_particle_a_passive_or_a_fixture_says_team(
        text, name, use):
    start = text.index(name)
    assert mention_use(text, start, start + len(name)) == use


def test_a_report_is_of_women_s_sport_when_it_says_women_s_more_than_men_s():
    assert reported_side("The women's World Cup: Brazil beat Sweden 1 – 0.") == "women"
    assert reported_side("Brazil beat Sweden 1 – 0 in the World Cup.") == "men"
    assert reported_side("After the men's final, the women's final.") == "men"
    assert womens_team(Record("Q1", "Sweden women's national association football team",
                              (), "national association football team", (), 40))
    assert not womens_team(Record("Q2", "Sweden national football team", (),
                                  "men's national association football team", (), 40))


def test_a_city_that_draws_with_another_is_its_club(linker):
    report = ("Premier League football: Liverpool drew with Leeds on Saturday. The coach "
              "praised the captain after the match, and the referee booked three players "
              "in the second half.")
    links = linker.link(placed(report, ("Liverpool", "Place"), ("Leeds", "Place")))
    assert qid(links, "Leeds", "Place") == "Q1128631"  # Leeds United A.F.C., not the city
    assert qid(links, "Liverpool", "Place") == "Q1130849"


def test_a_city_beaten_by_another_is_its_club(linker):
    report = ("Football: Leeds were beaten by Liverpool on Saturday. The coach praised the "
              "captain after the match; the referee booked three players in the second "
              "half.")
    links = linker.link(placed(report, ("Liverpool", "Place"), ("Leeds", "Place")))
    assert qid(links, "Leeds", "Place") == "Q1128631"


def test_the_countries_of_a_fixtures_list_are_their_teams(linker):
    report = ("Football fixtures for Saturday: Germany v Spain, France v Brazil. The coach, "
              "the captain and the squad prepare for each match and goal.")
    links = linker.link(placed(report, ("Germany", "Country"), ("France", "Country")))
    assert qid(links, "Germany", "Country") == "Q43310"  # national football team
    assert qid(links, "France", "Country") == "Q47774"


def test_the_host_of_an_event_stays_the_country_in_a_football_report(linker):
    # a guard: "hosted" is no verb of play after a name, "hosted Leeds" one before it
    report = ("Football: Brazil hosted the World Cup in 2014, and Spain beat Italy 2-0 in "
              "the final match. The coach praised the captain and the goalkeeper; the "
              "referee booked two players.")
    links = linker.link(placed(report, ("Brazil", "Country"), ("Spain", "Country")))
    assert qid(links, "Brazil", "Country") == "Q155"  # the country
    assert qid(links, "Spain", "Country") == "Q42267"  # the team


def test_a_women_s_report_names_the_women_s_side_or_nobody_never_the_men_s(linker):
    report = ("Football: in the women's World Cup, Brazil beat Sweden 1-0. The coach "
              "praised the goalkeeper after the match; the captain scored the only goal.")
    links = linker.link(placed(report, ("Brazil", "Country"), ("Sweden", "Country")))
    assert qid(links, "Sweden", "Country") == "Q726066"  # the women's national team
    assert qid(links, "Brazil", "Country") is None  # the index has no women's side of it
    men = report.replace("women's ", "")
    links = linker.link(placed(men, ("Brazil", "Country"), ("Sweden", "Country")))
    assert qid(links, "Brazil", "Country") == "Q83459"
    assert qid(links, "Sweden", "Country") == "Q160826"
