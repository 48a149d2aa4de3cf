"""Choosing items with type, context, aliases and popularity; NIL when unsure.

The shipped index (open-data sources) and test-only items with QIDs far above any real
one, so that no one mistakes them for Wikidata's.
"""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from linktools import placed, qid

from kg.link import OfflineLinker
from kg.link.index import OfflineIndex
from kg.link.records import Record
from kg.model import Article, Entity, Extraction, Mention
from kg.vocab import entity_key

SPRINGFIELD_US = Record("Q1000000001", "Springfield", (), "city in the United States",
                        ("Q515",), 50, ("Q30",))
SPRINGFIELD_UK = Record("Q1000000002", "Springfield", (), "town in England",
                        ("Q3957",), 48, ("Q145",))
HADID = Record("Q1000000003", "Karim al-Hadid", (), "President of Syria", ("Q5",), 30,
               ("Q1000000008", "Q858"))
HOMETOWN = Record("Q1000000008", "Qardoun", (), "city in Syria", ("Q515",), 20, ("Q858",))
US = Record("Q30", "United States of America", ("United States", "US"), "country",
            ("Q6256",), 300)
UK = Record("Q145", "United Kingdom", ("UK",), "country", ("Q6256",), 300)
SYRIA = Record("Q858", "Syria", (), "country in Western Asia", ("Q6256",), 300)
KENYA = Record("Q114", "Kenya", (), "country in East Africa", ("Q6256",), 250)
TEAM = Record("Q1000000004", "Freedonia national football team", (),
              "men's national association football team representing Freedonia", (), 40)
FREEDONIA = Record("Q1000000005", "Freedonia", (), "country in Europe", ("Q6256",), 200)
SCHOOL = Record("Q1000000006", "Southern Freedonia University", ("SFU",),
                "university in Freedonia", ("Q3918",), 8)
INSTITUTE = Record("Q1000000007", "Society of Fine Umbrellas", ("SFU",),
                   "organisation", (), 12, kinds=("Organization",))


def article(*entities: tuple[str, str] | tuple[str, str, list[str]],
            text: str = "") -> Extraction:
    """An extraction with one entity per (name, type[, extra mention texts])."""
    built = []
    for item in entities:
        name, type_ = item[0], item[1]
        mentions = []
        for surface in [name, *(item[2] if len(item) > 2 else [])]:
            start = len(text)
            text += surface + ". "
            mentions.append(Mention(start, start + len(surface), surface, 0))
        aliases = tuple(sorted({m.text for m in mentions} - {name}))
        built.append(Entity(entity_key(type_, name), type_, name, tuple(mentions), aliases))
    return Extraction(Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc)), (),
                      tuple(built))


@pytest.fixture(scope="module")
def linker():
    return OfflineLinker()


@pytest.fixture(scope="module")
def test_linker():
    return OfflineLinker(index=OfflineIndex.from_records(
        [SPRINGFIELD_US, SPRINGFIELD_UK, HADID, HOMETOWN, US, UK, SYRIA, KENYA, TEAM,
         FREEDONIA, SCHOOL, INSTITUTE]))


def test_country_city_and_person_names_link_to_their_items(linker):
    links = linker.link(article(("Russia", "Country"), ("Damascus", "Place"),
                                ("Geneva", "Place"), ("Barack Obama", "Person"),
                                ("Microsoft", "Organization")))
    assert qid(links, "Russia", "Country") == "Q159"
    assert qid(links, "Damascus", "Place") == "Q3766"
    assert qid(links, "Geneva", "Place") == "Q71"
    assert qid(links, "Barack Obama", "Person") == "Q76"
    assert qid(links, "Microsoft", "Organization") == "Q2283"
    assert all(0.4 <= link.score <= 1.0 for link in links.values())


def test_aliases_and_titled_names_link(linker):
    links = linker.link(article(("Russian Federation", "Country"), ("U.S.", "Country"),
                                ("President Barack Obama", "Person"), ("Labour", "Organization"),
                                ("United Kingdom", "Country", ["Britain"])))
    assert qid(links, "Russian Federation", "Country") == "Q159"
    assert qid(links, "U.S.", "Country") == "Q30"
    assert qid(links, "President Barack Obama", "Person") == "Q76"  # the title is no name
    assert qid(links, "Labour", "Organization") == "Q9630"


def test_a_state_of_today_wins_over_a_historical_one_of_the_same_name(linker):
    links = linker.link(article(("Germany", "Country")))
    link = links[entity_key("Country", "Germany")]
    assert link.qid == "Q183" and len(link.candidates) > 1  # Weimar Republic is "Germany" too


def test_the_capital_wins_over_a_smaller_city_of_the_same_name(linker):
    link = linker.link(article(("London", "Place")))[entity_key("Place", "London")]
    assert link.qid == "Q84"
    assert "Q92561" in {q for q, _ in link.candidates}  # London, Ontario was considered


def test_two_items_answering_to_a_name_with_nothing_to_choose_give_nil(linker):
    link = linker.link(article(("Washington", "Place")))[entity_key("Place", "Washington")]
    assert link.qid is None  # the state's label, the capital's alias
    assert {"Q61", "Q1223"} <= {q for q, _ in link.candidates}


def test_a_surname_alone_is_nil_whatever_places_the_article_names(test_linker):
    # where a person is from is where anyone called Hadid may be from
    for place, type_ in (("Qardoun", "Place"), ("Syria", "Country"), ("Kenya", "Country")):
        alone = test_linker.link(article(("Hadid", "Person"), (place, type_)))
        link = alone[entity_key("Person", "Hadid")]
        assert link.qid is None and link.candidates[0][0] == "Q1000000003"
    loose = test_linker.link(article(("Karim Hadid", "Person")))
    assert qid(loose, "Karim Hadid", "Person") == "Q1000000003"


def test_a_surname_the_article_never_gives_in_full_is_nil_unless_a_source_names_them_so(
        linker):
    # "Austen" alone could be anyone called Austen: the surname is only read off Jane
    # Austen's label; a source lists "Einstein", "Dostoyevsky" and "Marx" as the names
    # Albert Einstein, Fyodor Dostoyevsky and Karl Marx are known by alone, abroad too
    link = linker.link(article(("Austen", "Person")))[entity_key("Person", "Austen")]
    assert link.qid is None and link.candidates[0][0] == "Q36322"
    assert qid(linker.link(article(("Einstein", "Person"))), "Einstein", "Person") == "Q937"
    russian = linker.link(article(("Dostoyevsky", "Person"), ("Connecticut", "Place")))
    assert qid(russian, "Dostoyevsky", "Person") == "Q991"
    # before Groucho and Richard Marx, whose "Marx" is only read off their labels
    assert qid(linker.link(article(("Marx", "Person"))), "Marx", "Person") == "Q9061"
    # two people a source names so: nobody
    assert qid(linker.link(article(("Clinton", "Person"))), "Clinton", "Person") is None
    full = linker.link(article(("Albert Einstein", "Person", ["Einstein"])))
    assert qid(full, "Albert Einstein", "Person") == "Q937"
    # and a first name is no surname: "Thomas" of "Thomas Samwickham"
    link = linker.link(article(("Thomas Samwickham", "Person", ["Thomas"])))[
        entity_key("Person", "Thomas Samwickham")]
    assert link.qid is None


def test_unknown_person_is_nil_without_candidates(linker):
    link = linker.link(article(("John Smithwickham", "Person"), ("Syria", "Country")))[
        entity_key("Person", "John Smithwickham")]
    assert link.qid is None and link.candidates == ()


def test_a_person_named_like_a_country_is_not_linked_to_it(linker):
    link = linker.link(article(("Jordan", "Person"), ("Chicago", "Place")))[
        entity_key("Person", "Jordan")]
    assert link.qid != "Q810"


def test_a_capitalised_name_is_not_a_concept_with_a_lower_case_label(linker):
    # "the Church" of an article about one church is not Q16970 ("church")
    assert qid(linker.link(article(("Church", "Organization"))), "Church", "Organization") is None


def test_a_one_word_name_of_a_little_known_brand_is_not_enough(linker):
    # "Crown" is the name of several shop chains listed by the name-suggestion-index
    link = linker.link(article(("Crown", "Organization")))[entity_key("Organization", "Crown")]
    assert link.qid is None and link.candidates


def test_context_chooses_between_items_with_the_same_name(test_linker):
    us = test_linker.link(article(("Springfield", "Place"), ("United States", "Country")))
    uk = test_linker.link(article(("Springfield", "Place"), ("United Kingdom", "Country")))
    assert qid(us, "Springfield", "Place") == "Q1000000001"
    assert qid(uk, "Springfield", "Place") == "Q1000000002"


def test_runner_ups_are_recorded_best_first(test_linker):
    link = test_linker.link(article(("Springfield", "Place"), ("United States", "Country")))[
        entity_key("Place", "Springfield")]
    scores = [s for _, s in link.candidates]
    assert link.candidates[0] == ("Q1000000001", link.score)
    assert scores == sorted(scores, reverse=True) and len(scores) == 2


def test_an_item_found_under_the_full_name_outranks_those_an_abbreviation_finds(test_linker):
    links = test_linker.link(article(("Southern Freedonia University", "Organization",
                                      ["SFU"])))
    assert qid(links, "Southern Freedonia University", "Organization") == "Q1000000006"


def test_an_abbreviation_alone_does_not_link_an_entity_whose_name_is_unknown(test_linker):
    links = test_linker.link(article(("Society for Free Utterance", "Organization", ["SFU"])))
    assert qid(links, "Society for Free Utterance", "Organization") is None


#: A made-up football report (enough words of a sports report: see kg.link.metonymy)
REPORT = ("In the FIFA World Cup football match on Sunday, Freedonia defeated its "
          "neighbour 2 – 1. The coach praised the captain, who scored the winning goal in "
          "the 80th minute; the referee booked two players. ")


def test_a_country_in_a_sports_report_is_its_national_team(test_linker):
    report = test_linker.link(placed(REPORT, ("Freedonia", "Country")))
    assert qid(report, "Freedonia", "Country") == "Q1000000004"
    # one word of a sport is no report ("the football team" in a story of elections)
    passing = test_linker.link(placed("Elections were held; Freedonia defeated the motion "
                                      "and the football team stayed home.",
                                      ("Freedonia", "Country")))
    assert qid(passing, "Freedonia", "Country") == "Q1000000005"
    news = test_linker.link(article(("Freedonia", "Country"), text="Elections were held. "))
    assert qid(news, "Freedonia", "Country") == "Q1000000005"


def test_dates_quantities_and_groups_are_never_linked(linker):
    links = linker.link(article(("Monday", "Date"), ("9 thousand", "Quantity"),
                                ("Russian forces", "Group"), ("Russian", "Group"),
                                ("Russia", "Country")))
    assert set(links) == {entity_key("Country", "Russia")}


def test_a_people_named_by_a_plural_links_only_to_the_people_the_index_holds(linker):
    # the index's records say so: Jewish people (alias "Jews"), Arab (alias "Arabs");
    # the Chinese languages and the Democratic Party are no peoples
    links = linker.link(article(("Jews", "Group"), ("Arabs", "Group"), ("Chinese", "Group"),
                                ("Democrats", "Group"), ("Israel", "Country")))
    assert qid(links, "Jews", "Group") == "Q7325"
    assert qid(links, "Arabs", "Group") == "Q35323"
    assert links.get(entity_key("Group", "Chinese")) is None  # an adjective: no people
    assert qid(links, "Democrats", "Group") is None


def test_a_language_the_model_names_links_to_the_language(linker):
    links = linker.link(article(("English", "Thing"), ("Hebrew", "Thing")))
    assert qid(links, "English", "Thing") == "Q1860"  # not the English people
    assert qid(links, "Hebrew", "Thing") == "Q9288"


def test_links_do_not_depend_on_entity_order(linker):
    entities = [("Obama", "Person"), ("Germany", "Country"), ("Paris", "Place"),
                ("Bush", "Person"), ("Russia", "Country"), ("Washington", "Place")]
    forward = linker.link(article(*entities))
    backward = linker.link(article(*reversed(entities)))
    assert {k: v.qid for k, v in forward.items()} == {k: v.qid for k, v in backward.items()}


def test_a_linker_pickles_without_its_open_index(linker):
    import pickle

    linker.link(article(("Russia", "Country")))
    copy = pickle.loads(pickle.dumps(linker))
    assert copy._index is None  # a worker process opens its own
    assert qid(copy.link(article(("Russia", "Country"))), "Russia", "Country") == "Q159"


# -- the article's places and countries (items of the shipped sources) -----------------


def test_a_party_name_of_many_countries_links_to_the_party_of_the_article_s_place(linker):
    hong_kong = linker.link(article(("Democratic Party", "Organization"),
                                    ("Hong Kong", "Place"), ("Civic Party", "Organization")))
    assert qid(hong_kong, "Democratic Party", "Organization") == "Q21892"  # PartyFacts: HKG
    us = linker.link(article(("Democratic Party", "Organization"), ("Texas", "Place"),
                             ("United States", "Country")))
    assert qid(us, "Democratic Party", "Organization") == "Q29552"
    alone = linker.link(article(("Democratic Party", "Organization")))
    assert qid(alone, "Democratic Party", "Organization") is None  # dozens of countries


def test_a_one_word_alias_is_the_item_of_the_article_s_country_or_nothing(linker):
    india = linker.link(article(("Congress", "Organization"), ("Goa", "Place"),
                                ("India", "Country")))
    assert qid(india, "Congress", "Organization") == "Q10225"  # Indian National Congress
    us = linker.link(article(("Congress", "Organization"), ("Florida", "Place"),
                             ("United States", "Country")))
    assert qid(us, "Congress", "Organization") == "Q11268"
    # the Polish Press Agency is not Singapore's People's Action Party
    poland = linker.link(article(("PAP", "Organization"), ("Gdańsk", "Place"),
                                 ("Poland", "Country")))
    assert qid(poland, "PAP", "Organization") is None


def test_a_place_in_an_anchored_place_outranks_a_better_known_namesake(linker):
    # Victoria, the Australian state, next to Australian places; not Victoria, BC
    links = linker.link(article(("Victoria", "Place"), ("Queensland", "Place"),
                                ("New South Wales", "Place"), ("Australia", "Country")))
    assert qid(links, "Victoria", "Place") == "Q36687"


def test_a_city_named_after_its_region_is_chosen_by_the_article_s_words(linker):
    # New York City answers to "New York" as well as the state does: the article decides
    city = linker.link(article(("New York", "Place"), ("Brooklyn", "Place")))
    assert qid(city, "New York", "Place") == "Q60"
    state = linker.link(placed("Farms in upstate New York are dry.", ("New York", "Place")))
    assert qid(state, "New York", "Place") == "Q1384"
    mayor = linker.link(placed("The New York mayor spoke.", ("New York", "Place")))
    assert qid(mayor, "New York", "Place") == "Q60"
    senator = linker.link(placed("The Senator from New York spoke.", ("New York", "Place")))
    assert qid(senator, "New York", "Place") == "Q1384"
    governor = linker.link(placed("A former New York gubernatorial candidate spoke.",
                                  ("New York", "Place")))
    assert qid(governor, "New York", "Place") == "Q1384"
    # the places of a list are mostly of one kind: states, or cities
    states = placed("Attorneys general from Maine, New York, New Jersey and Ohio sued.",
                    ("Maine", "Place"), ("New York", "Place"), ("New Jersey", "Place"),
                    ("Ohio", "Place"))
    assert qid(linker.link(states), "New York", "Place") == "Q1384"
    cities = placed("The band played London and New York.", ("London", "Place"),
                    ("New York", "Place"))
    assert qid(linker.link(cities), "New York", "Place") == "Q60"
    # no word to choose: the better known of the two (New York City, by the estimate)
    alone = linker.link(article(("New York", "Place")))[entity_key("Place", "New York")]
    assert alone.qid == "Q60" and "Q1384" in {q for q, _ in alone.candidates}


def test_a_name_and_the_place_after_its_comma_are_looked_up_together(linker):
    alone = linker.link(placed("A rally in Washington on Monday.", ("Washington", "Place")))
    assert qid(alone, "Washington", "Place") is None  # the state's label, the city's alias
    x = placed("A rally in Washington, D.C. on Monday.", ("Washington", "Place"),
               ("D.C.", "Place"))
    assert qid(linker.link(x), "Washington", "Place") == "Q61"


def test_the_places_after_a_place_s_commas_say_where_it_is(linker):
    # a dateline: Victoria in Australia is the state; no Preston of the index is there
    # (Preston in Lancashire is somewhere else), so NIL
    dateline = linker.link(placed("Preston, Victoria, Australia. On Saturday she played.",
                                  ("Preston", "Place"), ("Victoria", "Place"),
                                  ("Australia", "Country")))
    assert qid(dateline, "Victoria", "Place") == "Q36687"
    assert qid(dateline, "Preston", "Place") is None
    # (written as a place: "Preston" alone in a text naming no place is also a surname
    # of well-known people, see test_link_short12)
    assert qid(linker.link(placed("They live in Preston.", ("Preston", "Place"))),
               "Preston", "Place") == "Q385669"
    # the second place of "Saratoga Springs, New York" holds a town: the state
    town = linker.link(placed("A museum in Saratoga Springs, New York opened.",
                              ("Saratoga Springs", "Place"), ("New York", "Place")))
    assert qid(town, "New York", "Place") == "Q1384"
    # the sources often give only a place's country: "Livorno, Tuscany" is Livorno
    livorno = linker.link(placed("Schools in Livorno, Tuscany must pay.", ("Livorno", "Place"),
                                 ("Tuscany", "Place")))
    assert qid(livorno, "Livorno", "Place") == "Q6761"


def test_a_list_of_places_is_no_place_and_the_places_it_is_in(linker):
    # "Queensland, Texas and Bavaria": three states of three countries, none in another
    listed = linker.link(placed("Storms hit Queensland, Texas and Bavaria this week.",
                                ("Queensland", "Place"), ("Texas", "Place"),
                                ("Bavaria", "Place")))
    assert qid(listed, "Queensland", "Place") == "Q36074"


def test_a_world_city_is_not_abroad_in_a_story_about_another_country(linker):
    # London, Ontario is at home in a story about Canada, but London is London anywhere
    story = placed("She played in Canada at a Canadian tournament in Toronto, then at the "
                   "Paralympics in London.", ("Canada", "Country"), ("Toronto", "Place"),
                   ("London", "Place"))
    assert qid(linker.link(story), "London", "Place") != "Q92561"
    # a country is no world city abroad: Luxembourg in a story about Ireland is the state
    court = placed("The court in Luxembourg ruled on a case from Ireland.",
                   ("Luxembourg", "Country"), ("Ireland", "Country"))
    assert qid(linker.link(court), "Luxembourg", "Country") == "Q32"


def test_an_institution_and_the_name_after_its_comma_are_looked_up_together(linker):
    # "the Royal Military Academy, Sandhurst" is the one at Sandhurst, not Woolwich's
    text = "He was educated at the Royal Military Academy, Sandhurst in England."
    links = linker.link(placed(text, ("Royal Military Academy", "Facility"),
                               ("Sandhurst", "Organization"), ("England", "Place")))
    assert qid(links, "Royal Military Academy", "Facility") == "Q575618"


def test_the_media_an_article_cites_do_not_make_its_country(linker):
    # the Associated Press is American; Rome is still the capital of Italy
    links = linker.link(article(("Rome", "Place"), ("Associated Press", "Organization"),
                                ("Vatican City", "Country")))
    assert qid(links, "Rome", "Place") == "Q220"


def test_an_institution_every_country_has_needs_the_country(linker):
    alone = linker.link(article(("Department of Justice", "Organization"), ("Paris", "Place")))
    assert qid(alone, "Department of Justice", "Organization") is None
    named = linker.link(article(("US State Department", "Organization"), ("Myanmar", "Country"),
                                ("Thailand", "Country"), ("Malaysia", "Country")))
    assert qid(named, "US State Department", "Organization") == "Q789915"  # its name says
    # "UK Government" is the "Government of the United Kingdom"
    government = linker.link(article(("UK Government", "Organization"), ("Channel", "Place")))
    assert qid(government, "UK Government", "Organization") == "Q6063"


# -- names that say less than they seem -----------------------------------------------


def test_one_institution_word_is_no_band_or_company_named_so(linker):
    # "the Ministry has vaccinated...": not the band Ministry; "Police": not The Police
    for name in ("Ministry", "Police"):
        links = linker.link(article((name, "Organization"), ("United States", "Country")))
        assert qid(links, name, "Organization") is None, name
    # a party named by such a word is still the party of the article's country
    labour = linker.link(article(("Labour", "Organization"), ("London", "Place"),
                                 ("United Kingdom", "Country")))
    assert qid(labour, "Labour", "Organization") == "Q9630"


def test_an_office_named_after_its_building_is_not_linked_for_the_building(linker):
    # "the White House said": the field links the building, which the index lacks,
    # not the Executive Office of the President that has "White House" as an alias
    links = linker.link(article(("White House", "Organization"), ("Washington", "Place"),
                                ("United States", "Country")))
    assert qid(links, "White House", "Organization") is None


def test_a_state_s_senate_is_not_the_nation_s(linker):
    us = placed("The bill passed the House. The Senate will vote on it, senators in the "
                "United States said.", ("Senate", "Organization"), ("United States", "Country"))
    assert qid(linker.link(us), "Senate", "Organization") == "Q66096"
    state = placed("She ran for North Carolina's state Senate in the United States.",
                   ("Senate", "Organization"), ("North Carolina", "Place"),
                   ("United States", "Country"))
    assert qid(linker.link(state), "Senate", "Organization") is None
    named = placed("The Puerto Rico Senate met in the United States. The Senate cancelled "
                   "its hearing.",
                   ("Puerto Rico Senate", "Organization"), ("Senate", "Organization"),
                   ("United States", "Country"))
    assert qid(linker.link(named), "Senate", "Organization") is None


def test_the_surname_of_a_person_named_before_is_no_place(linker):
    attack = placed("Police named the attacker as Sudesh Zoltar. Later Amman was shot. Sudesh "
                    "Amman had been released.", ("Sudesh Zoltar", "Person"), ("Amman", "Place"))
    assert qid(linker.link(attack), "Amman", "Place") == "Q3805"  # no person called Amman
    attack = placed("Police named the attacker as Sudesh Amman, 20. Amman was shot in London.",
                    ("Sudesh Amman", "Person"), ("Amman", "Place"), ("London", "Place"))
    links = linker.link(attack)
    assert qid(links, "Amman", "Place") is None and qid(links, "London", "Place") == "Q84"


def test_a_place_named_right_after_an_unknown_first_name_is_part_of_a_person_s_name(
        linker):
    # the model read "Valeska Paris" as two places; "Paris claims" is her, not the city
    split = placed("Valeska Paris, an Australian woman, spoke. Paris claims she was held.",
                   ("Valeska", "Place"), ("Paris", "Place"))
    assert qid(linker.link(split), "Paris", "Place") is None
    # a known place before it (a dateline without its comma) or an organisation's branch
    # ("Netflix Paris") leaves the place alone
    for before, type_ in (("Berlin", "Place"), ("Netflix", "Organization")):
        text = f"{before} Paris reported it. Paris is cold."
        links = linker.link(placed(text, (before, type_), ("Paris", "Place")))
        assert qid(links, "Paris", "Place") == "Q90", before


def test_a_place_listed_among_people_is_a_person_s_name(linker):
    text = "He leaves his sons Wyatt and Zachary, and daughters Ashley, Elizabeth, and Toni."
    family = placed(text, ("Wyatt", "Person"), ("Zachary", "Person"), ("Ashley", "Person"),
                    ("Elizabeth", "Place"), ("Toni", "Person"))
    assert qid(linker.link(family), "Elizabeth", "Place") is None
    # a place before the people it introduces is still a place
    couple = placed("A couple from Florida, Richard and Lisa Parry, drove to the rally.",
                    ("Florida", "Place"), ("Richard", "Person"), ("Lisa Parry", "Person"))
    assert qid(linker.link(couple), "Florida", "Place") == "Q812"


def test_a_word_in_lower_case_is_no_name(linker):
    # "by judicial fiat" is not the Fiat company, whatever the model calls it
    links = linker.link(article(("fiat", "Organization"), ("Italy", "Country")))
    assert links.get(entity_key("Organization", "fiat")) is None
    assert qid(linker.link(article(("Fiat", "Organization"), ("Italy", "Country"))),
               "Fiat", "Organization") == "Q27597"


def test_a_label_outranks_an_item_that_only_has_the_name_as_an_alias(linker):
    # the Netherlands (label), not the Kingdom of the Netherlands (alias)
    assert qid(linker.link(article(("Netherlands", "Country"))), "Netherlands", "Country") == "Q55"
    # "The New York Times" is the label for "New York Times": not the company
    assert qid(linker.link(article(("New York Times", "Organization"))), "New York Times",
               "Organization") == "Q9684"


def test_concepts_and_acronyms_in_the_wrong_case_are_no_links(linker):
    # "chief executive officer" is a concept; "PAN" (a party) is not "Pan"
    links = linker.link(article(("CEO", "Person"), ("Pan", "Organization")))
    assert links[entity_key("Person", "CEO")].qid is None
    assert links[entity_key("Organization", "Pan")].qid is None


def test_a_one_word_alias_nothing_backs_is_not_enough(linker):
    # "Nick" (Nickelodeon), "Wild" (Minnesota Wild): common words that are aliases
    links = linker.link(article(("Nick", "Organization"), ("Wild", "Organization"),
                                ("Finland", "Country")))
    assert links[entity_key("Organization", "Nick")].qid is None
    assert links[entity_key("Organization", "Wild")].qid is None


def test_a_person_s_alias_that_shares_no_word_with_their_name_is_no_link(linker):
    # "Jack Frost" is a pen name of Bob Dylan's; "Joanne" an album of Lady Gaga's
    links = linker.link(article(("Jack Frost", "Person"), ("Joanne", "Person"),
                                ("United States", "Country")))
    assert links[entity_key("Person", "Jack Frost")].qid is None
    assert links[entity_key("Person", "Joanne")].qid is None
    named = linker.link(article(("Obama", "Person"), ("United States", "Country")))
    assert qid(named, "Obama", "Person") == "Q76"  # a surname the sources give as a name


def test_one_surname_for_two_full_names_of_the_article_is_nobody(linker):
    two = linker.link(article(("Robert F. Kennedy", "Person"), ("John F. Kennedy", "Person"),
                              ("Kennedy", "Person")))
    assert qid(two, "Kennedy", "Person") is None
    assert qid(two, "John F. Kennedy", "Person") == "Q9696"
    one = linker.link(article(("Hillary Clinton", "Person"), ("Clinton", "Person")))
    assert qid(one, "Clinton", "Person") == "Q6294"  # the article's own Clinton


def test_a_short_name_of_a_longer_linked_name_of_the_article_is_its_item(linker):
    links = linker.link(article(("United States Air Force", "Group"), ("Air Force", "Group")))
    assert qid(links, "United States Air Force", "Group") == "Q11223"
    assert qid(links, "Air Force", "Group") == "Q11223"  # not the Air Force Academy


def test_an_acronym_of_a_linked_name_of_the_article_is_its_item(linker):
    # "NPP" also abbreviates New Party Sakigake; the article spells it out
    links = linker.link(article(("New People's Party", "Organization"), ("NPP", "Organization"),
                                ("Hong Kong", "Place")))
    assert qid(links, "New People's Party", "Organization") == "Q23059"
    assert qid(links, "NPP", "Organization") == "Q23059"
    assert qid(linker.link(article(("NPP", "Organization"), ("Hong Kong", "Place"))),
               "NPP", "Organization") is None
    # letters used before the name they would stand for are something else: "Marine
    # JarHeads MC" is a motorcycle club, not the "Marine Corps" named later
    club = placed("Members of Marine JarHeads MC died. Marine Corps flags were left.",
                  ("MC", "Organization"), ("Marine Corps", "Organization"))
    links = linker.link(club)
    assert qid(links, "Marine Corps", "Organization") == "Q11218"
    assert qid(links, "MC", "Organization") != "Q11218"


def test_a_group_with_a_proper_name_is_linked_and_a_demonym_group_is_not(linker):
    links = linker.link(article(("United States Navy", "Group"), ("Russian forces", "Group")))
    assert qid(links, "United States Navy", "Group") == "Q11220"
    assert entity_key("Group", "Russian forces") not in links


def test_a_company_s_legal_form_is_no_part_of_its_name_but_a_brand_comes_first(linker):
    # "Facebook" names Facebook Inc.; "New York Times" the newspaper, not its company
    links = linker.link(article(("Facebook", "Organization"), ("New York Times", "Organization")))
    assert qid(links, "Facebook", "Organization") == "Q380"
    assert qid(links, "New York Times", "Organization") == "Q9684"


def test_a_country_in_an_organisation_s_name_says_its_country_not_in_a_war_s(linker):
    # "U.S." picks the American agency among several of that name
    agency = linker.link(article(("U.S. Environmental Protection Agency", "Organization")))
    assert qid(agency, "U.S. Environmental Protection Agency", "Organization") == "Q460173"
    # the Iraq War is not the Gulf War, whose country is Iraq too
    war = linker.link(article(("Iraq War", "EventName"), ("Saudi Arabia", "Country")))
    assert qid(war, "Iraq War", "EventName") == "Q545449"


def test_a_surname_before_its_first_name_links_to_the_person_named_in_full(linker):
    text = "Other good ones:  Austen, Jane. Emma  Twain, Mark. Roughing It"
    links = linker.link(placed(text, ("Austen", "Person"), ("Twain", "Person")))
    assert qid(links, "Austen", "Person") == "Q36322"
    assert qid(links, "Twain", "Person") == "Q7245"
    # a first name that is a name of its own is no part of an inverted name
    listed = "Austen, Jane and Emma spoke."
    links = linker.link(placed(listed, ("Austen", "Person"), ("Jane", "Person")))
    assert qid(links, "Austen", "Person") is None


def test_a_demonym_plural_in_a_sports_report_is_the_national_team(linker):
    def group(text: str) -> Extraction:
        start = text.index("Belgians")
        belgians = Entity(entity_key("Group", "Belgian"), "Group", "Belgian",
                          (Mention(start, start + 8, "Belgians", 0),))
        return Extraction(Article(text, "test", datetime(2024, 1, 1, tzinfo=timezone.utc)),
                          (), (belgians,))

    report = group("In the football World Cup match a volley in the 47th minute put the "
                   "Belgians ahead of Panama; the goal was the first of three, the "
                   "referee booked five players and the coach praised the captain.")
    assert qid(linker.link(report), "Belgian", "Group") == "Q166776"  # the national team
    # elsewhere the Belgians are a people, not linked
    news = linker.link(group("The Belgians voted on Sunday; the government fell."))
    assert entity_key("Group", "Belgian") not in news or qid(news, "Belgian", "Group") is None


def test_a_world_city_is_at_home_in_any_story_set_somewhere(linker):
    # a Canadian story: London the capital, not London, Ontario, which the story never
    # places in Ontario
    story = placed("The Canada team won a tournament in Canada, then played at the "
                   "Paralympics in London.", ("Canada", "Country"), ("London", "Place"))
    assert qid(linker.link(story), "London", "Place") == "Q84"
    ontario = placed("The Canada team won a tournament in Canada, then played in London, "
                     "Ontario.", ("Canada", "Country"), ("London", "Place"),
                     ("Ontario", "Place"))
    assert qid(linker.link(ontario), "London", "Place") == "Q92561"


def test_a_place_s_abbreviation_after_of_is_spelt_out(linker):
    links = linker.link(article(("University of NSW", "Organization"),
                                ("Australia", "Country")))
    assert qid(links, "University of NSW", "Organization") == "Q734764"


def test_a_named_thing_links_to_the_work_it_names(linker):
    links = linker.link(article(("Easy Rider", "Thing")))
    assert qid(links, "Easy Rider", "Thing") == "Q503638"  # the 1969 film


def test_a_surname_is_the_known_person_named_before_relatives_the_index_lacks(linker):
    text = ("Walt Whitman wrote about the war. He looked for his brother, Zorbly Whitman. "
            "I turned to Whitman for answers.")
    links = linker.link(placed(text, ("Walt Whitman", "Person"), ("Zorbly Whitman", "Person"),
                               ("Whitman", "Person")))
    assert qid(links, "Whitman", "Person") == "Q81438"
    # the unknown relative named first: the surname may be either
    text = ("Zorbly Whitman wrote about the war, like Walt Whitman. I turned to Whitman "
            "for answers.")
    links = linker.link(placed(text, ("Walt Whitman", "Person"), ("Zorbly Whitman", "Person"),
                               ("Whitman", "Person")))
    assert qid(links, "Whitman", "Person") is None


def test_a_country_named_by_an_alias_in_a_sports_report_is_its_national_team(linker):
    report = placed("World Cup football: Sweden beat Korea Republic 1-0 on Monday. The "
                    "captain scored the only goal of the match from a penalty; the coach "
                    "praised the referee.",
                    ("Korea Republic", "Place"), ("Sweden", "Country"))
    assert qid(linker.link(report), "Korea Republic", "Place") == "Q543842"


#: A divided country of made-up names: the kingdom of the past and its two halves today.
VARNIA = Record("Q1000000101", "Varnia", (), "historic country", ("Q3024240",), 70)
SOUTH_VARNIA = Record("Q1000000102", "South Varnia", (), "country in Europe", ("Q6256",), 120)
NORTH_VARNIA = Record("Q1000000103", "North Varnia", (), "country in Europe", ("Q6256",), 110)
NORTH_FILM = Record("Q1000000104", "North", (), "1994 comedy film", (), 40)
KORLUND = Record("Q1000000105", "Korlund", ("Southern Varnia",), "country in Europe",
                 ("Q6256",), 100)


@pytest.fixture(scope="module")
def divided():
    return OfflineLinker(index=OfflineIndex.from_records(
        [VARNIA, SOUTH_VARNIA, NORTH_VARNIA, NORTH_FILM, KORLUND]))


def test_a_country_s_last_word_is_the_state_of_today_the_article_names_in_full(divided):
    links = divided.link(article(("South Varnia", "Country"), ("Varnia", "Place")))
    assert qid(links, "South Varnia", "Country") == "Q1000000102"
    assert qid(links, "Varnia", "Place") == "Q1000000102"
    # both halves named in full: the word may be either
    links = divided.link(article(("South Varnia", "Country"), ("North Varnia", "Country"),
                                 ("Varnia", "Place")))
    assert qid(links, "Varnia", "Place") != "Q1000000102"
    # an old name of another state ("Southern Varnia" of Korlund): the state of the past
    links = divided.link(article(("Southern Varnia", "Place"), ("Varnia", "Place")))
    assert qid(links, "Southern Varnia", "Place") == "Q1000000105"
    assert qid(links, "Varnia", "Place") != "Q1000000105"


def test_the_compass_word_of_a_divided_country_is_its_half(divided):
    links = divided.link(article(("North Varnia", "Country"), ("South Varnia", "Country"),
                                 ("North", "Place"), ("South", "Place")))
    assert qid(links, "North", "Place") == "Q1000000103"
    assert qid(links, "South", "Place") == "Q1000000102"
    # one half alone: "the South" of a story is not South Varnia
    links = divided.link(article(("South Varnia", "Country"), ("South", "Place")))
    assert qid(links, "South", "Place") is None


def test_a_name_one_slip_of_the_keyboard_from_a_well_known_label_is_that_item():
    index = OfflineIndex.from_records([
        Record("Q1000000111", "Telmora Nations", (), "intergovernmental organisation", (),
               90, kinds=("Organization",)),
        Record("Q1000000112", "Quillan Barrowe", (), "English writer", ("Q5",), 60),
        Record("Q1000000113", "Fenwick Dale", (), "English painter", ("Q5",), 12),
        Record("Q1000000114", "Orsa Lindqvist", (), "Swedish singer", ("Q5",), 60),
        Record("Q1000000115", "Orsa Lindqvitts", (), "Swedish actor", ("Q5",), 60)])
    linker = OfflineLinker(index=index)
    links = linker.link(article(("Telmroa Nations", "Organization"),
                                ("Quillan Barowe", "Person"), ("Quilan Barrowe", "Person")))
    assert qid(links, "Telmroa Nations", "Organization") == "Q1000000111"  # two swapped
    assert qid(links, "Quillan Barowe", "Person") == "Q1000000112"  # a double letter once
    assert qid(links, "Quilan Barrowe", "Person") == "Q1000000112"
    # a little-known item, or two items a slip away: nobody
    links = linker.link(article(("Fenwik Dale", "Person"), ("Fenwick Dalle", "Person"),
                                ("Orsa Lindqvits", "Person")))
    assert qid(links, "Fenwick Dalle", "Person") is None
    assert qid(links, "Orsa Lindqvits", "Person") is None


def test_a_title_s_plural_before_names_is_no_team_called_so():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000121", "Senators", (), "ice hockey team", (), 90,
               kinds=("Organization",))]))
    text = "Senators Marla Quenby and Teodor Brask voted against the bill."
    links = linker.link(placed(text, ("Senators", "Organization"), ("Marla Quenby", "Person"),
                               ("Teodor Brask", "Person")))
    assert qid(links, "Senators", "Organization") is None
    text = "The Senators won 3-1 on Saturday night."
    assert qid(linker.link(placed(text, ("Senators", "Organization"))), "Senators",
               "Organization") == "Q1000000121"


def test_a_place_named_without_its_kind_word_is_the_one_the_article_named_in_full():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000131", "Marrow County", (), "county in New York, USA", ("Q47168",), 70),
        Record("Q1000000132", "Marro Heights", ("Marrow",), "borough in Ohio, United States",
               ("Q515",), 60),
        Record("Q1000000133", "Dunmere", (), "province of Canada", ("Q11828004",), 90),
        Record("Q1000000134", "Dunmere City", (), "city in Canada", ("Q515",), 70)]))
    text = "Floods hit Marrow County on Monday. Marrow lies north of the city."
    links = linker.link(placed(text, ("Marrow County", "Place"), ("Marrow", "Place")))
    assert qid(links, "Marrow", "Place") == "Q1000000131"
    # the name is the label of an item of its own: that item
    text = "Dunmere City grew fast. Dunmere has two million people."
    links = linker.link(placed(text, ("Dunmere City", "Place"), ("Dunmere", "Place")))
    assert qid(links, "Dunmere", "Place") == "Q1000000133"


def test_capitals_after_a_clock_time_are_a_time_zone():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000141", "Institute of Sand Technology", ("IST",), "university", (),
               60, kinds=("Organization",))]))
    for text in ("The train left at 11:30 am IST on Monday.", "It landed at 0600 IST."):
        links = linker.link(placed(text, ("IST", "Organization")))
        assert qid(links, "IST", "Organization") is None
    links = linker.link(placed("Students of the IST protested.", ("IST", "Organization")))
    assert qid(links, "IST", "Organization") == "Q1000000141"


def test_a_word_opening_sentences_that_the_article_also_writes_in_lower_case_is_no_name():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000151", "Indeed", (), "English rock band", (), 90,
               kinds=("Organization",))]))
    text = "Did it work? Indeed, it did. It was indeed a success."
    assert qid(linker.link(placed(text, ("Indeed", "Organization"))), "Indeed",
               "Organization") is None
    text = "Did it work? Indeed, it did. The band Indeed played a song."
    assert qid(linker.link(placed(text, ("Indeed", "Organization"))), "Indeed",
               "Organization") == "Q1000000151"
    text = "Did it work? Indeed, it did. Indeed played a song."  # never a word here
    assert qid(linker.link(placed(text, ("Indeed", "Organization"))), "Indeed",
               "Organization") == "Q1000000151"


def test_a_nickname_written_without_its_the_is_the_name_of_something_else():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000161", "Dorrow", ("The Iron City",), "city in Freedonia",
               ("Q515",), 120)]))
    text = "She spent her years at Iron City, a theatre troupe."
    assert qid(linker.link(placed(text, ("Iron City", "Place"))), "Iron City", "Place") is None
    text = "She moved to the Iron City in May."
    assert qid(linker.link(placed(text, ("Iron City", "Place"))), "Iron City",
               "Place") == "Q1000000161"


def test_a_name_written_after_a_capitalised_the_inside_a_sentence_is_a_title():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000171", "Borean Ocean", ("Borean",), "ocean on Earth", (), 120,
               kinds=("Place",)),
        Record("Q1000000172", "Freedonia", (), "country in Europe", ("Q6256",), 200)]))
    text = "A sailor told The Borean that the storm was over."
    assert qid(linker.link(placed(text, ("Borean", "Place"))), "Borean", "Place") is None
    text = "A sailor said the Borean was calm."
    assert qid(linker.link(placed(text, ("Borean", "Place"))), "Borean",
               "Place") == "Q1000000171"
    text = "A sailor flew to The Freedonia on Monday."  # a country: some write it so
    assert qid(linker.link(placed(text, ("Freedonia", "Country"))), "Freedonia",
               "Country") == "Q1000000172"


def test_a_city_only_written_after_pro_or_anti_is_no_link_to_the_city():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000151", "Velmar", (), "capital city of Freedonia", ("Q515",), 200)]))
    for text in ("The pro-Velmar camp won seats.", "He aired anti-Velmar broadcasts."):
        links = linker.link(placed(text, ("Velmar", "Place")))
        assert qid(links, "Velmar", "Place") is None
    # written once as the city, the city
    text = "The pro-Velmar camp met in Velmar on Monday."
    assert qid(linker.link(placed(text, ("Velmar", "Place"))), "Velmar", "Place") == \
        "Q1000000151"


def test_a_word_of_an_unknown_longer_name_after_the_is_its_short_form_not_another_item():
    linker = OfflineLinker(index=OfflineIndex.from_records([
        Record("Q1000000161", "Arena", (), "college in Ohio", ("Q189004",), 60,
               kinds=("Organization",))]))
    text = "Fans filled the Velmar Expo Arena on Sunday. The lobby of the Arena was full."
    extraction = placed(text, ("Velmar Expo Arena", "Organization"))
    short = text.rindex("Arena")
    arena = Entity(entity_key("Organization", "Arena"), "Organization", "Arena",
                   (Mention(short, short + 5, "Arena", 1),))
    extraction = Extraction(extraction.article, (), (*extraction.entities, arena))
    assert qid(linker.link(extraction), "Arena", "Organization") is None
    # with no longer name around it, the word's own item
    links = linker.link(placed("Students of the Arena marched.", ("Arena", "Organization")))
    assert qid(links, "Arena", "Organization") == "Q1000000161"
