"""Stop 71: constructions found on dev's misses (docs/extraction.md, "Stop 71"). Each
test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import date_of
from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentences from https://en.wikinews.org/wiki/California_lawyer_Michael_Avenatti_convicted_of_attempted_extortion
# (2020), https://en.wikinews.org/wiki/Seoul_city_Mayor_Park_Won-soon_found_dead,_South_Korean_police_confirm
# (2020) and https://en.wikinews.org/wiki/U.S._House_issues_subpoena_to_secretary_of_state_as_special_envoy_to_Ukraine_resigns
# (2019), Wikinews contributors, CC BY 2.5
TRIAL = "The trial was held in Manhattan, and was one of three facing Avenatti."
SEARCH = ("A large search operation was launched, involving over 500 police officers and "
          "firefighters.")
IMPEACH = ("Under the U.S. Constitution, the House of Representatives impeaches the official "
           "and then the impeachment trial is conducted in the Senate.")


def test_a_light_verbs_passive_with_no_doer_is_a_fact_of_its_event(nlp):
    # senses.json passive_own_fact, read by kg.extract.triggers.light_noun
    x = _read(nlp, TRIAL)
    assert _args(x, "hold.01", "patient") == {"The trial"}
    assert _args(x, "hold.01", "location") == {"Manhattan"}
    assert _args(_read(nlp, SEARCH), "launch.01", "patient") == {"A large search operation"}
    assert _args(_read(nlp, IMPEACH), "conduct.01", "location") == {"Senate"}


def test_a_light_verbs_passive_with_its_doer_stays_the_nouns_event(nlp):
    # (the control) a by-phrase or the noun's target keeps the noun's own fact
    x = _read(nlp, "Investigations have been launched by the Federal Aviation Administration.")
    assert _args(x, "investigate.01", "agent") == {"Federal Aviation Administration"}
    assert _args(x, "launch.01", "patient") == set()
    x = _read(nlp, "An investigation was launched into the crash.")
    assert _args(x, "investigate.01", "patient") == {"the crash"}


# Sentences from https://en.wikinews.org/wiki/State-run_bus_crashes_in_Cuba_en_route_to_Havana,_killing_seven
# (2019) and https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage
# (2019), Wikinews contributors, CC BY 2.5
DRIVER = ("The bus overturned in wet conditions; the bus driver told reporters he lost "
          "control.")
ATTACKER = ("The attacker is reported to have jumped on stage during the Great Orchestra of "
            "Christmas Charity and claimed he was wrongfully imprisoned.")


def test_he_or_she_left_open_is_the_one_unnamed_person_just_spoken_of(nlp):
    # kg.extract.nodes.person_before
    assert _args(_read(nlp, DRIVER), "lose.02", "agent") == {"the bus driver"}
    assert _args(_read(nlp, ATTACKER), "imprison.01", "patient") == {"The attacker"}
    x = _read(nlp, "The suspect fled the scene. Police later arrested him in Ohio.")
    assert _args(x, "arrest.01", "patient") == {"The suspect"}
    x = _read(nlp, "A suspect fled. The car later hit him.")  # not its own clause's subject
    assert _args(x, "hit.01", "patient") == {"A suspect"}


def test_he_stays_open_where_a_name_or_a_thing_comes_between(nlp):
    # (the controls) a person named between goes to the resolver, a nearer subject that is
    # no person leaves the pronoun open, an object pronoun skips its own clause's subject
    x = _read(nlp, "A man was seen near the house. Police said John Smith had left before "
                   "he arrived.")
    assert _args(x, "arrive.01", "agent") == {"John Smith"}
    x = _read(nlp, "A suspect fled. The car crashed and later he was arrested.")
    assert _args(x, "crash.01", "patient") == {"The car"}
    assert _args(x, "arrest.01", "patient") == set()
    x = _read(nlp, "A suspect fled. The officer shot him on Friday.")
    assert _args(x, "shoot.01", "agent") == {"The officer"}
    assert _args(x, "shoot.01", "patient") == {"A suspect"}


# Sentences from https://en.wikinews.org/wiki/Astronomer_tells_Wikinews_about_discovery_of_closest_black_hole_known_so_far
# and https://en.wikinews.org/wiki/Astronomer_Anthony_Boccaletti_discusses_observation_of_birth_of_potential_exoplanet_with_Wikinews
# (2020), Wikinews contributors, CC BY 2.5
PLEASURE = "It had been a great pleasure discussing this with you."
INTERFEROMETER = "It's an interferometer working in Radio astronomy."


def test_a_pleasure_does_not_do_the_gerund_it_judges(nlp):
    # discourse.json extraposed_gerund_nouns, read by kg.extract.subjects
    x = _read(nlp, PLEASURE)
    assert _args(x, "discuss.01", "patient") == {"this"}
    assert _args(x, "discuss.01", "agent") == set()


def test_a_thing_it_stands_for_does_the_gerund_on_it(nlp):
    # (the control) any other noun after "it is" acts
    assert _args(_read(nlp, INTERFEROMETER), "work.01", "patient") == {"an interferometer"}


# Sentence from https://en.wikinews.org/wiki/Florida_highway_pileup,_fire_kills_five_children,_two_truck_drivers
# (2019), Wikinews contributors, CC BY 2.5
PILEUP = ("A road accident followed by a fire on a Florida highway near Gainesville on "
          "Thursday killed five children in a church bus and two truck drivers.")


def test_people_joined_to_a_vehicle_are_a_conjunct_of_the_people_before_it(nlp):
    # kg.extract.arcs.people_conjoined_to_settings
    assert _args(_read(nlp, PILEUP), "kill.01", "patient") == {"five children",
                                                               "two truck drivers"}


def test_things_joined_to_a_place_stay_where_they_are(nlp):
    # (the control) no people: the place's conjunct stays the place's
    x = _read(nlp, "The storm killed two people in the town and the surrounding villages.")
    assert _args(x, "kill.01", "patient") == {"two people"}


# Sentence from https://en.wikinews.org/wiki/Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London
# (2020), Wikinews contributors, CC BY 2.5
STABBING = ("On Sunday in London, England, according to witness accounts and authorities, a man "
            "wearing a fake suicide vest entered a store, grabbed a large knife, ran outside "
            "with it and began to stab people.")


def test_a_deed_begun_in_a_dated_sequence_is_dated_with_it(nlp):
    # kg.extract.facts._carry_times (_ONSETS): "began" is no event of its own
    assert date_of(nlp, STABBING, "stab") == "2024-03-10"
    assert date_of(nlp, STABBING, "grabbed") == "2024-03-10"


def test_a_deed_continued_after_a_dated_one_is_not_dated_with_it(nlp):
    # (the control) continuing is later than the dated deed it follows
    text = ("Conway retired from the university in 1982 but continued to regularly work at "
            "the department.")
    assert date_of(nlp, text, "retired") == "1982-01-01"
    assert date_of(nlp, text, "work") is None


# Sentences from https://en.wikinews.org/wiki/Missing_New_York_City_chef_Andrea_Zamperoni_found_dead
# and https://en.wikinews.org/wiki/US_President_Trump_says_Osama_bin_Laden%27s_son_killed
# (2019), Wikinews contributors, CC BY 2.5
CONDITIONS = ("As of Thursday, police were investigating the conditions leading up to his "
              "death, with no cause of death confirmed yet by the medical examiner.")
REWARD = ("They offered a one million US dollar reward for information leading to his "
          "capture.")


def test_a_thing_that_leads_to_an_event_is_its_cause(nlp):
    # discourse.json relational_verbs: "lead", "result", "cause" ... after a thing
    assert _args(_read(nlp, CONDITIONS), "lead.03", "agent") == {"the conditions"}
    assert _args(_read(nlp, REWARD), "lead.03", "agent") == {"information"}


def test_a_participle_of_a_deed_after_a_thing_is_the_subjects(nlp):
    # (the control) a thing that cannot act does not use drones
    x = _read(nlp, "The group said it had carried out the attack using ten drones.")
    assert _args(x, "use.01", "patient") == {"ten drones"}
    assert _args(x, "use.01", "agent") != {"the attack"}


# Sentences from https://en.wikinews.org/wiki/Louisiana_declares_state_of_emergency_as_Tropical_Storm_Barry_approaches_U.S._coast
# (2019) and https://en.wikinews.org/wiki/Fire_erupts_in_parking_structure_at_Sola_Airport,_Norway
# (2020), Wikinews contributors, CC BY 2.5
ADVISED = ("The mayor of New Orleans, LaToya Cantrell, advised residents of her city to make "
           "plans and shelter in place.")
TRAVELERS = "Affected travelers were advised to contact their airlines for rebooking."


def test_the_ones_advised_are_addressed_not_undergoers(nlp):
    # senses.json advise.01 (PropBank's ARG1 is the one advised, a goal), as urge.01
    x = _read(nlp, ADVISED)
    assert _args(x, "advise.01", "addressee") == {"residents of her city"}
    assert _args(x, "advise.01", "patient") == set()
    x = _read(nlp, TRAVELERS)
    assert _args(x, "advise.01", "addressee") == {"Affected travelers"}
    assert len(_args(x, "advise.01", "eventObject")) == 1


# Sentence from https://en.wikinews.org/wiki/Samoan_government_ends_state_of_emergency_over_measles_outbreak
# (2020), Wikinews contributors, CC BY 2.5
TENTS = ("On Sunday teams had already begun to disassemble the tents erected to deal with the "
         "large number of admissions.")


def test_a_subject_after_a_fronted_day_without_a_comma_is_the_subject(nlp):
    # kg.extract.arcs.subjects_read_as_dated_objects: "teams" was the object of "On"
    assert _args(_read(nlp, TENTS), "disassemble.01", "agent") == {"teams"}
    assert date_of(nlp, TENTS, "disassemble") == "2024-03-10"


def test_a_noun_of_time_after_a_day_stays_the_time(nlp):
    # (the control) "On Monday morning" is when, not who
    x = _read(nlp, "On Monday morning the police arrested three men.")
    assert _args(x, "arrest.01", "agent") == {"the police"}
    assert date_of(nlp, "On Monday morning the police arrested three men.",
                   "arrested") == "2024-03-11"


# Sentence from https://en.wikinews.org/wiki/Police_shoot_teenage_protester_as_Hong_Kong_demonstrations_continue
# (2019), Wikinews contributors, CC BY 2.5
ROUND = ("For the first time in the sixteen weeks of protests in Hong Kong, police fired and "
         "landed a live round on a protester yesterday.")


def test_a_phrase_fronted_before_the_clause_leaves_a_verb_its_shared_object(nlp):
    # kg.extract.triggers.shared_object: only a phrase after the verb makes it intransitive
    assert _args(_read(nlp, ROUND), "fire.01", "patient") == {"a live round"}


def test_a_verb_with_its_own_phrase_after_it_shares_no_object(nlp):
    # (the control) "fired at the crowd" is aimed, not what was fired
    x = _read(nlp, "On Monday, police fired at the crowd and hit a man.")
    assert _args(x, "hit.01", "patient") == {"a man"}
    assert _args(x, "fire.01", "patient") == set()
