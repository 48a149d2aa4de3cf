"""Stop 63: constructions found on judged samples of unseen news (docs/extraction.md,
"Stop 63"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import named_claims
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _entity_with(x, mention: str) -> str | None:
    """The key of the entity one of whose mentions is ``mention``."""
    return next((e.key for e in x.extraction.entities
                 if any(m.text == mention for m in e.mentions)), None)


# Sentences from https://en.wikinews.org/wiki/Neuroscientists_tell_Wikinews_about_empathy_and_harm_aversion_observed_in_lab_rats
# (2020), Wikinews contributors, CC BY 2.5
RATS = ("After developing a preference, the preferred lever was wired to deliver a shock to "
        "another rat in a neighbouring compartment. The study showed the actor rat, which "
        "pressed the lever tend to switch the lever to avoid shocking the other rat.")


def test_the_other_one_is_not_the_one_of_its_noun_just_named(nlp):
    # kg.extract.nodes.Nodes._the_other: "the other rat" was the actor rat it is told from
    x = _read(nlp, RATS)
    other = _entity_with(x, "the other rat")
    assert other is not None and other != _entity_with(x, "the actor rat")
    assert _args(x, "shock.01", "patient") == {"the other rat"}


def _names(x) -> set[str]:
    return {e.name for e in x.extraction.entities}


# Sentence from https://en.wikinews.org/wiki/SpaceX_Crew_Dragon_capsule_docks_with_International_Space_Station
# (2019), Wikinews contributors, CC BY 2.5
DRAGON = ("Crew Dragon has enough room for seven people but on this occasion carried only a "
          "mannequin, nicknamed \"Ripley\" for Sigourney Weaver's character in the film Alien.")


def test_an_adverb_that_singles_out_a_phrase_is_no_part_of_it(nlp):
    # kg.extract.nodes.phrase (_past_focus): the node was "only a mannequin"
    x = _read(nlp, DRAGON)
    assert _args(x, "carry.01", "patient") == {"a mannequin"}
    x = _read(nlp, "But again we need to identify not just the region that is involved.")
    assert "the region" in _names(x) and "not just the region" not in _names(x)
    # (tagged an adverb, whatever its arc: "only socialism", sentence from
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020 (2020),
    # Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "La Riva argued that only socialism can bring about equality to the nation.")
    assert _args(x, "bring_about.05", "agent") == {"socialism"}
    # before a number it qualifies the amount (the control)
    x = _read(nlp, "While 54 nations have signed onto the agreement, only 27 have ratified it.")
    assert _args(x, "ratify.01", "agent") == {"only 27"}


# Sentence from https://en.wikinews.org/wiki/Wikinews_interviews_meteorological_experts_on_Cyclone_Phalin
# (2013), Wikinews contributors, CC BY 2.5
CYCLONE = "Unfortunately, extensive property damage is bound to occur even with the best preparation."


def test_what_is_bound_to_happen_is_a_future_fact_and_binds_nothing(nlp):
    # senses.json raising "bind", raising_only; kg.extract.triggers._raising_head: a
    # sentence adverb before the subject is no doer's manner
    x = _read(nlp, CYCLONE)
    assert "bind.01" not in {e.frame for e in x.extraction.events}
    [occur] = [e for e in x.extraction.events if e.frame == "occur.01"]
    assert occur.modality == "future"
    # being bound to something stays a fact (the control)
    x = _read(nlp, "The hostages were bound to chairs.")
    assert _args(x, "bind.01", "patient") == {"The hostages"}


# Sentences from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
# (2020), Wikinews contributors, CC BY 2.5
DOCTORS = ("Still recovering from coronavirus, Trump gave his first speech since the diagnosis "
           "from the White House balcony. Trump's doctors said the President no longer posed a "
           "risk of spreading the virus.")


def test_the_people_someone_has_speak_for_themselves(nlp):
    # kg.extract.attribution._first_entity: a possessor of a person's noun is not who
    # speaks ("Trump's doctors said" was Trump's claim)
    said = [who for who, c in named_claims(_read(nlp, DOCTORS)) if c.lemma == "say"]
    assert said == ["Trump's doctors"]
    # a name apposed to the noun still speaks (the control)
    [(who, _)] = named_claims(_read(nlp, "Trump's doctor, Sean Conley, said the President "
                                         "was recovering."))
    assert who == "Sean Conley"


# Sentence from https://en.wikinews.org/wiki/Parents_prosecuted_after_homeopathic_treatment_leads_to_daughter%27s_death
# (2009), Wikinews contributors, CC BY 2.5
SISTER = ("Allegedly, Thomas' sister pleaded with him to send Gloria to a conventional medical "
          "doctor, but he replied \"I am not able to do that\".")


def test_a_person_noun_of_the_other_gender_does_not_hold_back_a_pronoun(nlp):
    # kg.extract.coref.pronouns (_may_be): "he" under the clause of "Thomas' sister" was
    # left open as if it were the sister, so the reply became hers
    [(who, _)] = [(w, c) for w, c in named_claims(_read(nlp, SISTER)) if c.lemma == "reply"]
    assert who == "Thomas"


def _facts(x, frame: str) -> set[tuple[str, str]]:
    names = {e.key: e.name for e in x.extraction.entities}
    return {(r, names.get(k, k)) for e in x.extraction.events if e.frame == frame
            for r, k in e.arguments}


# Interview turns after
# https://en.wikinews.org/wiki/Neanderthals_%27knew_what_they_were_doing%27:_Arch%C3%A6ologist_Dr_Naomi_Martisius_discusses_her_findings_about_Neanderthals%27_behaviour_with_Wikinews
# (2020), Wikinews contributors, CC BY 2.5 (its first sentence and two turns)
INTERVIEW = ("Last month, a study conducted by archæologist Dr. Naomi Martisius and other "
             "researchers concluded Neanderthals living in Europe tens of thousands of years ago "
             "were more sophisticated than previously thought.\n\n"
             "((WN))  What prompted your interest in archæology?\n\n"
             "((Naomi Martisius))   Okay.  Well, I guess that goes back all the way to my "
             "childhood.  My father was very interested in history.  So I think that sort of "
             "inspired me to study ancient humans.\n\n"
             "((WN))  Were you anticipating this outcome?\n\n"
             "((Naomi Martisius))   I told you that I found one myself.")


def test_an_interview_label_the_entity_model_left_untagged_names_who_answers(nlp):
    # kg.extract.coref.quotes._labelled_person: "I" in the answers was no one
    x = _read(nlp, INTERVIEW)
    assert ("patient", "Naomi Martisius") in _facts(x, "inspire.01")
    said = [(who, c.text) for who, c in named_claims(x) if c.lemma == "tell"]
    assert said == [("Naomi Martisius", "I found one myself")]
    # initials are no one's name: the turn stays unresolved (the control)
    x = _read(nlp, INTERVIEW.replace("((Naomi Martisius))", "((WSS))"))
    assert [who for who, c in named_claims(x) if c.lemma == "tell"] == [None]


def test_a_match_is_a_game_not_one_thing_matched_with_another(nlp):
    # senses.json nouns.match: "started the match with attacking style" read match.01
    # Sentence from https://en.wikinews.org/wiki/FIFA_World_Cup_2018_day_five%3A_Sweden%2C_Belgium%2C_England_win_three_points
    # (2018), Wikinews contributors, CC BY 2.5
    x = _read(nlp, "England started the match with attacking style.")
    assert "match.01" not in {e.frame for e in x.extraction.events}
    assert ("agent", "England") in _facts(x, "start.01")


# Sentences from https://en.wikinews.org/wiki/California_lawyer_Michael_Avenatti_convicted_of_attempted_extortion
# (2020), Wikinews contributors, CC BY 2.5
AVENATTI = ("Avenatti pled not guilty to the charges. His legal team argued he simply represented "
            "his client, Gary Franklin, in a negotiation.")


def test_a_body_someone_has_speaks_for_itself(nlp):
    # kg.extract.attribution._first_entity: "His legal team argued" was Avenatti's claim
    [(who, _)] = [(w, c) for w, c in named_claims(_read(nlp, AVENATTI)) if c.lemma == "argue"]
    assert who == "His legal team"


def test_the_organisation_a_story_is_by_says_what_it_alleges(nlp):
    # kg.extract.attribution._noun_speaker: the allegation had no speaker (sentence from
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020 (2020),
    # Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "Senator Bernie Sanders slammed Trump for a New York Times story alleging "
                   "Trump paid more taxes to the Chinese and other governments than to the "
                   "United States.")
    assert [who for who, c in named_claims(x) if c.lemma == "allege"] == ["New York Times"]
    # a person's name the parser hung on such a noun is not its maker (the control)
    x = _read(nlp, "On Monday, United States District Court Judge Victor Marrero issued a "
                   "ruling against President Donald Trump finding that New York City "
                   "prosecutors could view his tax records.")
    assert "Donald Trump" not in [who for who, c in named_claims(x)]


# Sentences from https://en.wikinews.org/wiki/Ukrainian_president_rejects_prime_minister%27s_resignation_over_leaked_audio_recording
# (2020), Wikinews contributors, CC BY 2.5
HONCHARUK = ("Honcharuk filed his resignation after the audio recording was uploaded Wednesday on "
             "an anynomous YouTube channel. He said Zelensky is \"a model of honesty for me\"; "
             "however, \"to remove any doubts about our respect and trust in the president, I "
             "wrote a resignation offer\", he added.")


def test_a_quotation_after_a_semicolon_is_what_the_verb_after_it_reports(nlp):
    # kg.extract.attribution._across_semicolon (the semicolon closing the first clause's
    # subtree) and _said_span (a connective before the opening mark)
    [added] = [c for _, c in named_claims(_read(nlp, HONCHARUK)) if c.lemma == "add"]
    assert added.text == ("to remove any doubts about our respect and trust in the "
                          "president, I wrote a resignation offer")
    assert added.quote


# Sentences from https://en.wikinews.org/wiki/Former_U.S._intelligence_agent_Tony_Mendez,_architect_of_%27Argo%27_rescue,_dies_at_78
# (2019), Wikinews contributors, CC BY 2.5
MENDEZ = ("Former U.S. intelligence agent Tony Mendez died on Saturday. According to his "
          "publicist, Mendez died of Parkinson's disease.")


def test_a_singular_noun_in_ist_names_a_person(nlp):
    # kg.extract.nodes.Nodes._type_of: "his publicist" was a thing, so the claim went to
    # Mendez, whose publicist it is
    said = [who for who, c in named_claims(_read(nlp, MENDEZ)) if c.lemma == "according to"]
    assert said == ["his publicist"]


# Sentences from https://en.wikinews.org/wiki/Jack_Herrick,_wikiHow_founder_interviewed_by_Wikinews
# (2009) and https://en.wikinews.org/wiki/2020_United_States_presidential_election:_Trump,_Sanders_win_New_Hampshire_primaries
# (2020), Wikinews contributors, CC BY 2.5
HERRICK = ("It recently published its 50,000th article, and to discuss what the site has "
           "achieved since its creation, Wikinews interviewed the site's founder, Jack Herrick.")
DELEGATES = ("Elizabeth Warren earned 8 delegates, Joe Biden earned 6, and Amy Klobuchar earned "
             "the remaining 1.")


def test_a_sentence_spliced_before_a_subject_is_not_what_the_verb_is_about(nlp):
    # kg.extract.arguments.Reader._sentence_before: the interview was "about"
    # the publishing, Biden's earning "about" Warren's
    assert _args(_read(nlp, HERRICK), "interview.01", "eventObject") == set()
    biden = [e for e in _read(nlp, DELEGATES).extraction.events
             if e.frame == "earn.01" and e.trigger == "earned" and
             any(r == "eventObject" for r, _ in e.arguments)]
    assert biden == []
    # a verb of saying keeps the clause before it (the control)
    x = _read(nlp, "The talks have failed, the minister said.")
    assert [c.text for _, c in named_claims(x)] == ["The talks have failed"]


def test_a_bare_pronoun_object_is_no_content(nlp):
    # kg.extract.attribution._pointer: "mention it" claimed "it" (sentence from
    # https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
    # (2020), Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "While we may not like to mention it, China's city level Bug Busters are "
                   "key for them to contain outbreaks.")
    assert [c.text for _, c in named_claims(x) if c.lemma == "mention"] == []
    # what an "as" phrase says of it is content (the control; sentence from
    # https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_September_2020 (2020),
    # Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "Biden, while campaigning in Michigan, called Trump's action \"a "
                   "life-and-death betrayal of the American people.\" He described it as "
                   "\"beyond despicable\" and \"almost criminal.\"")
    assert [c.lemma for _, c in named_claims(x)].count("describe") == 1


def test_a_place_in_a_phrase_on_a_common_noun_is_not_who_speaks(nlp):
    # kg.extract.attribution._first_entity: "the U.S. embassy in Beijing" was Beijing
    # (sentence from https://en.wikinews.org/wiki/First_foreigners_die_from_coronavirus_in_Wuhan,_China
    # (2020), Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "According to the U.S. embassy in Beijing, the infected 60-year-old western "
                   "man died in February 6.")
    assert [who for who, _ in named_claims(x)] == ["U.S. embassy"]
    # a source in "from" on a report still speaks (the control)
    x = _read(nlp, "Another report from the Mexican government during the weekend said eight "
                   "Mexicans died in the attack.")
    assert [who for who, _ in named_claims(x)] == ["Mexico"]


# Sentences from https://en.wikinews.org/wiki/US_Federal_judge_rules_American_Samoans_are_citizens,_then_delays_implementation_pending_appeal
# (2019) and https://en.wikinews.org/wiki/Study:_people_infected_by_new_coronavirus_%27likely%27_hundreds_more_than_confirmed
# (2020), Wikinews contributors, CC BY 2.5
STATEMENT = ("Their statement also read \"imposition of citizenship over American Samoan's "
             "objections violates fundamental principles of self-determination.\"")
REPORT = ("\"It is likely that the Wuhan outbreak of a novel coronavirus has caused "
          "substantially more cases of moderate or severe respiratory illness than currently "
          "reported\", reads the report.")


def test_what_a_text_reads_is_a_claim_not_a_reading(nlp):
    # senses.json verbs.read, kg.extract.triggers (text_subject): a statement "read" was a
    # read.01 fact beside its claim
    for text in (STATEMENT, REPORT):
        assert "read.01" not in {e.frame for e in _read(nlp, text).extraction.events}
    assert [c.lemma for _, c in named_claims(_read(nlp, REPORT))] == ["read"]
    # a person reading is a fact (the control; sentence from
    # https://en.wikinews.org/wiki/Scientology_defector_arrested_after_attempting_to_leave_organization
    # (2008), Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "Montalvo had read an article in the Scientology propaganda publication "
                   "Freedom Magazine.")
    assert _args(x, "read.01", "agent") == {"Montalvo"}


def test_part_of_a_text_reads_what_the_text_says(nlp):
    # kg.extract.triggers.speaking_text (shared by the claims and the read.01 reading):
    # "Part of the judge's statement reads" was a reading with no claim (sentence from
    # https://en.wikinews.org/wiki/Texas_federal_judge_says_drafting_only_men_violates_United_States_Constitution
    # (2019), Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "Part of the judge's statement reads \"the average woman could conceivably "
                   "be better suited physically for some of today's combat positions than the "
                   "average man.\"")
    assert "read.01" not in {e.frame for e in x.extraction.events}
    assert [c.lemma for _, c in named_claims(x)] == ["read"]


def test_a_description_is_a_text_that_reads(nlp):
    # discourse.json content_nouns "description": "The event description read" was a
    # reading with no claim (sentence from
    # https://en.wikinews.org/wiki/Millions_don%27t_turn_up_to_%27storm%27_US_airbase_for_extraterrestrial_evidence
    # (2019), Wikinews contributors, CC BY 2.5)
    x = _read(nlp, "The event description read, \"We will all meet up at the Area 51 Alien "
                   "Center tourist attraction and coordinate our entry.\"")
    assert "read.01" not in {e.frame for e in x.extraction.events}
    assert [who for who, c in named_claims(x) if c.lemma == "read"] == ["The event description"]


# Sentence from https://en.wikinews.org/wiki/Bangladesh_reports_five_new_deaths_due_to_COVID-19,_a_daily_highest
# (2020), Wikinews contributors, CC BY 2.5
OFFICIAL = ("A hospital official told Anadolu Agency, a local news outlet, that one of the "
            "deceased was Jalal Saifur Rahman, a director of Bengali Anti-Corruption "
            "Commission, who was cared for at the Kuwait Maitree Hospital.")


def test_a_that_clause_after_the_one_told_and_its_apposition_is_what_is_told(nlp):
    # kg.extract.arcs.complements_read_as_relatives: the clause was a relative clause on
    # "a local news outlet", and nothing was told
    doc = nlp(OFFICIAL)
    was = next(t for t in doc if t.text == "was")
    assert (was.dep_, was.head.lemma_) == ("ccomp", "tell")
    told = [(who, c.text) for who, c in named_claims(_read(nlp, OFFICIAL))
            if c.lemma == "tell"]
    assert told and told[0][0] == "A hospital official"
    assert told[0][1].startswith("one of the deceased was Jalal Saifur Rahman")


# Sentence from https://en.wikinews.org/wiki/Arrest_made_as_mayor_of_Gda%C5%84sk,_Poland_stabbed_on_stage
# (2019), Wikinews contributors, CC BY 2.5
TUSK = ("Ex-Prime Minister Donald Tusk, the current President of the European Council, wrote "
        "\"Let's all pray for Mayor Adamowicz. Paweł, we are with you.\"")


def test_a_quoted_imperative_after_a_verb_of_saying_is_what_was_said(nlp):
    # kg.extract.attribution._quoted_after: the parser made "Let" the verb's xcomp, and
    # only requests took one as their content
    said = [(who, c.text) for who, c in named_claims(_read(nlp, TUSK)) if c.lemma == "write"]
    assert said == [("Donald Tusk", "Let's all pray for Mayor Adamowicz")]


# Sentences from https://en.wikinews.org/wiki/Passenger_flight_crashes_upon_landing_at_Calicut_airport_in_India
# (2020), Wikinews contributors, CC BY 2.5
HARDEEP = ("Civil Aviation Minister Hardeep Singh Puri said 18 people died. Hardeep also "
           "stated that both of the flight recorders have been recovered.")


def test_a_first_name_alone_the_model_left_untagged_is_its_person(nlp):
    # kg.extract.entity_rules.EntityRules._names_alone: "Hardeep" was a thing of
    # its own, so the statement was no one's the article names
    said = [who for who, c in named_claims(_read(nlp, HARDEEP)) if c.lemma == "state"]
    assert said == ["Hardeep Singh Puri"]
