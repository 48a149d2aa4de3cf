"""The constructions issue 10 names, one sentence each, written for these tests: unit
tests of the predicate-argument reader, not quality figures (those are the Wikinews
gold's, docs/extraction.md)."""
from __future__ import annotations

from datetime import date

import pytest
from extracttools import events_at, read_everything, roles_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def described(x, key: str) -> str:
    for e in x.entities:
        if e.key == key:
            return e.name
    return next((f"event:{ev.kind}" for ev in x.events if ev.id == key), key)


def facts_of(x, frame: str) -> list:
    return [e for e in x.events if e.frame == frame]


def args(x, event) -> set[tuple[str, str]]:
    return {(role, described(x, key)) for role, key in event.arguments}


def test_unnamed_participants_are_nodes_with_counts(read_text):
    x = read_text("A gunman killed two people in Lyon on Monday.")
    (kill,) = facts_of(x, "kill.01")
    assert {("agent", "A gunman"), ("patient", "two people")} <= args(x, kill)
    people = next(e for e in x.entities if e.name == "two people")
    assert (people.kind, people.type, people.value, people.unit) == \
        ("description", "Person", 2.0, "person")
    (r,) = [r for r in x.relations if r.frame == "kill.01"]
    assert r.predicate == "kills"  # not kg:defeats


def test_amounts_of_money_and_durations_carry_value_and_unit(read_text):
    x = read_text("The company received a $13.5 million contract. Prosecutors asked for a "
                     "30-year term.")
    (receive,) = facts_of(x, "receive.01")
    assert ("patient", "a $13.5 million contract") in args(x, receive)
    assert not [r for r in x.relations if r.predicate == "meets"]  # not a meeting
    (ask,) = [e for e in x.events if e.kind == "Request"]
    assert ("agent", "Prosecutors") in args(x, ask)
    term = next(e for e in x.entities if "30-year term" in e.name)
    assert term.value == 30.0 and term.unit == "year"


@pytest.mark.parametrize("text, frame, kind", [
    ("The plan met with criticism from unions.", "meet.05", "Event"),
    ("Half of Europe's gas needs are met by Russia.", "meet.01", "Event"),
    ("Trump was rallying supporters in Ohio.", "rally.01", "Event"),
    ("Angela Merkel met Emmanuel Macron in Berlin.", "meet.03", "Meeting"),
])
def test_readings_that_must_not_fire_do_not(read_text, text, frame, kind):
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert ev.kind == kind
    assert not any(e.kind in ("Meeting", "Protest") for e in x.events if e is not ev)


def test_delivering_remarks_has_no_property_of_another_sense(read_text):
    x = read_text("Joe Biden delivered remarks at the White House.")
    (r,) = [r for r in x.relations if r.lemma == "deliver"]
    assert (r.predicate, r.frame) == ("relatedBy", "deliver.01")


def test_a_nominalisation_with_a_control_clause_and_an_instrument(read_text):
    x = read_text("Officials defended the U.S. decision to take out Abu Bakr al-Baghdadi "
                     "in an airstrike.")
    (decision,) = [e for e in x.events if e.kind == "Decision"]
    (killing,) = facts_of(x, "take_out.27")
    assert ("agent", "United States") in args(x, decision)  # not its location
    assert ("eventObject", killing.id) in decision.arguments
    assert {("agent", "United States"), ("patient", "Abu Bakr al-Baghdadi"),
            ("instrument", "event:Airstrike")} <= args(x, killing)


def test_a_light_verb_gives_its_noun_the_subject(read_text):
    x = read_text("The Labour Party took a surprise lead in the election.")
    (lead,) = [e for e in x.events if e.trigger == "lead"]
    assert ("agent", "Labour Party") in args(x, lead)
    assert not [e for e in x.events if e.trigger == "took"]


def test_participles_and_relatives_take_their_implicit_participants(read_text):
    x = read_text("After battering Nicaragua and Costa Rica, Hurricane Otis moved north. "
                     "Abu Mohammad al-Adnani, who was killed in August, led the group.")
    (batter,) = facts_of(x, "batter.01")
    assert {("agent", "Hurricane Otis"), ("patient", "Nicaragua"),
            ("patient", "Costa Rica")} <= args(x, batter)
    (kill,) = facts_of(x, "kill.01")
    assert ("patient", "Abu Mohammad al-Adnani") in args(x, kill)


def test_obligation_is_one_future_for_the_fact_and_the_event(read_text):
    x = read_text("Russia must withdraw its troops from Syria.")
    (w,) = [e for e in x.events if e.kind == "Withdrawal"]
    (r,) = [r for r in x.relations if r.predicate == "withdraws"]
    assert (w.modality, r.modality) == ("future", "future")


def test_denials_are_negative_claims_and_did_not_say_whether_is_none(read_text):
    x = read_text("Boris Johnson denied that he had misled parliament. Microsoft did not "
                     "say whether it would appeal.")
    (claim,) = x.claims
    assert (claim.polarity, claim.lemma, claim.text) == \
        ("negative", "deny", "he had misled parliament")
    (mislead,) = facts_of(x, "mislead.01")
    assert (mislead.modality, mislead.polarity) == ("reported", "negative")


def test_facts_carry_the_date_of_their_clause_in_its_tense(read_text):
    x = read_text("The summit took place on December 4. The court ruled on June 17, "
                     "2010. Ministers will meet on Friday.", date(2019, 1, 4))
    dated = {r.lemma: r.time.value for r in x.relations if r.time and r.time.value}
    events = {e.frame: e.time.value for e in x.events if e.time and e.time.value}
    assert events["take_place.00"] == "2018-12-04"  # past tense: a past date
    assert events["rule.01"] == "2010-06-17"  # the explicit year is kept
    assert events["meet.03"] == "2019-01-11"  # future: the coming Friday
    assert all(value for value in dated.values())


# -- third iteration ----------------------------------------------------------------------------
def test_an_unresolved_we_is_a_node_of_its_own_and_an_unresolved_he_is_none(read_text):
    x = read_text('"We will use the full force of the law," a minister said. He signed the '
                  'bill on Monday.')
    (use,) = facts_of(x, "use.01")
    (we,) = [e for e in x.entities if e.name == "We"]
    assert we.kind == "description" and ("agent", "We") in args(x, use)
    (sign,) = [e for e in x.events if e.frame.startswith("sign.")]
    assert not any(role == "agent" for role, _ in sign.arguments)  # "he": someone named


def test_a_nouns_to_clause_is_its_owners_act(read_text):
    x = read_text("Critics attacked President Donald Trump's attempt to add a citizenship "
                  "question to the census.")
    (add,) = facts_of(x, "add.01")
    assert {("agent", "Donald Trump"), ("patient", "a citizenship question")} <= args(x, add)


def test_a_noun_of_intent_gives_its_clause_the_subject_of_its_verb(read_text):
    x = read_text("The union announced plans to strike on Monday.")
    (strike,) = [e for e in x.events if e.kind == "LabourStrike"]
    assert ("agent", "The union") in args(x, strike)


def test_a_things_purpose_clause_has_no_named_agent(read_text):
    x = read_text("Landlords used arson as a weapon to evict squatters.")
    (evict,) = facts_of(x, "evict.01")
    assert not any(role == "agent" for role, _ in evict.arguments)


def test_a_subject_that_remains_undergoes_one_that_arrives_moves(read_text):
    x = read_text("The capsule remained at the station for a week. The team arrived in Paris.")
    (remain,) = facts_of(x, "remain.01")
    (arrive,) = facts_of(x, "arrive.01")
    assert ("patient", "The capsule") in args(x, remain)
    assert ("agent", "The team") in args(x, arrive)


def test_conjoined_verbs_share_the_later_verbs_object(read_text):
    x = read_text("Police arrested and charged two men in Lyon.")
    (arrest,) = [e for e in x.events if e.kind == "Arrest"]
    assert {("agent", "Police"), ("patient", "two men")} <= args(x, arrest)
    x = read_text("The king came and saw the town.")
    (come,) = facts_of(x, "come.01")
    assert ("patient", "the town") not in args(x, come)  # no object of an intransitive


# -- fourth iteration ---------------------------------------------------------------------
def test_an_of_phrase_picks_the_nouns_roleset_that_takes_one(read_text):
    # retire.01 is the one who retires; retire.02, whose examples take "of", the thing
    # retired: the shuttles are retired, they do not retire
    x = read_text("Since the retirement of the space shuttles in 2011, the agency has "
                  "bought seats from Russia.")
    (retire,) = [e for e in x.events if e.frame and e.frame.startswith("retire.")]
    assert retire.frame == "retire.02"
    assert ("patient", "the space shuttles") in args(x, retire)


def test_an_event_nouns_of_phrase_is_its_object_or_its_named_actor(read_text):
    # PropBank's examples give "improvement"/"resistance" no "of": the object a verb
    # would take, unless the phrase names an actor and the verb has one
    x = read_text("The improvement of the roads began in May. The plan passed despite "
                  "the resistance of the Catholic Church.")
    (improve,) = facts_of(x, "improve.01")
    assert ("patient", "the roads") in args(x, improve)
    (resist,) = facts_of(x, "resist.01")
    assert ("agent", "Catholic Church") in {(r, n.replace("the ", "")) for r, n in
                                            args(x, resist)}


def test_a_persons_possessive_makes_a_nominal_their_act(read_text):
    x = read_text("Senator Jane Miller announced her retirement on Monday.")
    (retire,) = [e for e in x.events if e.frame and e.frame.startswith("retire.")]
    assert ("agent", "Jane Miller") in args(x, retire)
    x = read_text("The company released its new phone on Monday.")
    assert not [e for e in x.events if e.trigger == "phone"]


def test_a_surname_with_an_elided_o_is_the_person_named_in_full(read_text):
    x = read_text("Beto O'Rourke ended his campaign on Friday. O'Rourke thanked his "
                  "supporters.")
    people = [e for e in x.entities if e.type == "Person" and e.kind == "name"]
    assert [p.name for p in people] == ["Beto O'Rourke"]
    assert not [e for e in x.entities if e.type == "Organization"]


def test_leaving_a_place_an_organisation_or_nowhere_is_departing(read_text):
    # data, no code: leave.11 (depart) for an organisation, a facility or no object
    x = read_text("The United Kingdom voted to leave the European Union. The train left "
                  "Mysore Junction railway station at noon. The guests left early.")
    left = facts_of(x, "leave.11")
    assert len(left) == 3
    assert not any(role == "patient" for ev in left for role, _ in ev.arguments)
    assert {("agent", "United Kingdom"), ("origin", "European Union")} <= {
        (r, n.replace("the ", "")) for r, n in args(x, left[0])}


def test_the_controller_of_a_passive_infinitive_undergoes_it(read_text):
    x = read_text("The two drugs are to be retired. The prisoners are expected to be "
                  "released on Friday.")
    (retire,) = [e for e in x.events if e.frame and e.frame.startswith("retire.")]
    assert ("patient", "The two drugs") in args(x, retire)
    assert not any(role == "agent" for role, _ in retire.arguments)
    (release,) = [e for e in x.events if e.frame and e.frame.startswith("release.")]
    assert ("patient", "The prisoners") in args(x, release)
    assert not any(role == "agent" for role, _ in release.arguments)


def test_a_time_after_an_intransitive_verb_is_no_object(read_text):
    x = read_text("The accident, which occurred yesterday afternoon, was caused by strong "
                  "winds.")
    (occur,) = facts_of(x, "occur.01")
    assert args(x, occur) == {("patient", "The accident")}


def test_first_person_pronouns_of_a_quotation_are_the_one_quoted(read_text):
    # "I" is the speaker; "we" the one country or organisation the speaker holds a role
    # in; a quotation running across sentences keeps its speaker throughout, and is one
    # claim (one quotation), not one per sentence
    x = read_text('Boris Johnson, the British prime minister, spoke on Monday. "We will '
                  'stand ready to help," Johnson said. "We will send firefighters. [...] I '
                  'will also call Bolsonaro." Bolsonaro declined.')
    (send,) = facts_of(x, "send.01")
    assert ("agent", "United Kingdom") in args(x, send)
    (call,) = [e for e in x.events if e.frame and e.frame.startswith("call.")]
    assert ("agent", "Boris Johnson") in args(x, call)
    assert [c.text for c in x.claims if c.speaker == "Person:boris johnson"] == [
        "We will stand ready to help",
        "We will send firefighters. [...] I will also call Bolsonaro"]


def test_it_reported_by_a_company_or_its_spokesperson_is_that_body(read_text):
    # an acronym of a name without its legal form is that name; "it" as the subject of a
    # clause a company states is the company, and one its spokesperson states is theirs
    x = read_text("The utility Pacific Gas and Electric Company (PG&E) cut power on "
                  "Monday. PG&E stated it scheduled the blackouts.")
    (schedule,) = facts_of(x, "schedule.01")
    assert ("agent", "Pacific Gas and Electric Company") in args(x, schedule)
    x = read_text("Saudi Aramco said its plant in Abqaiq was hit on Saturday. Yahya Sarea, "
                  "a spokesperson for the Houthi movement, said it had carried out the "
                  "attack using ten drones.")
    (use,) = facts_of(x, "use.01")
    assert ("agent", "Houthi") in args(x, use)
    x = read_text("Saudi Aramco said its plant in Abqaiq was hit on Saturday. A military "
                  "spokesperson said it had carried out the attack using ten drones.")
    (use,) = facts_of(x, "use.01")  # someone speaking for no named body: not Aramco
    assert ("agent", "Saudi Aramco") not in args(x, use)


def test_a_relative_pronoun_anywhere_in_its_clause_is_its_antecedent(read_text):
    x = read_text("Iowa held the first round of caucuses, which Iowa uses instead of "
                  "primaries.")
    (use,) = facts_of(x, "use.01")
    assert {("agent", "Iowa"), ("patient", "the first round of caucuses")} <= args(x, use)


def test_a_quantifier_standing_alone_or_with_of_is_a_participant(read_text):
    x = read_text("Some of the supporters threw flower petals. Both earned nine delegates.")
    (throw,) = facts_of(x, "throw.01")
    # the part is the agent, its whole phrase (as the gold writes "Some of Qawi's
    # supporters"), not the supporters as a whole (part70)
    assert ("agent", "Some of the supporters") in args(x, throw)
    (earn,) = facts_of(x, "earn.01")
    assert ("agent", "Both") in args(x, earn)
    both = next(e for e in x.entities if e.name == "Both")
    assert both.kind == "description"


def test_what_a_cause_leads_to_is_done_by_its_object(read_text):
    # object control, data: "led the crane to fall" -> the crane falls
    x = read_text("Heavy rain led the crane to fall.")
    (fall,) = facts_of(x, "fall.01")
    assert ("patient", "the crane") in args(x, fall)
    assert ("patient", "Heavy rain") not in args(x, fall)


def test_appearing_somewhere_is_a_fact_appearing_so_is_none(read_text):
    # data: "appear" without a complement, with a place, is appear.01 (come to be seen)
    x = read_text("The virus first appeared in December in Wuhan. He appeared to be tired. "
                  "She appeared calm.")
    (appear,) = facts_of(x, "appear.01")
    assert {("patient", "The virus"), ("location", "Wuhan")} <= args(x, appear)
    assert not [e for e in x.events if e.frame and e.frame.startswith("appear.02")]


def test_looking_for_something_is_a_fact(read_text):
    x = read_text("The scientists looked for the same strains in sewage.")
    (look,) = facts_of(x, "look.01")
    assert {("agent", "The scientists"), ("patient", "the same strains")} <= args(x, look)


def test_declaring_a_thing_is_a_fact_declaring_that_is_a_claim(read_text):
    x = read_text("United States authorities declared similar measures. The minister "
                  "declared that the border would close.")
    (declare,) = facts_of(x, "declare.01")
    assert ("patient", "similar measures") in args(x, declare)


def test_an_event_nouns_between_phrase_names_both_actors_when_propbank_says_so(read_text):
    # interact.01's examples give "between" its ARG0: each of the pair acts
    x = read_text("Investigators examined an alleged interaction between Trump and "
                  "Zelensky.")
    (interact,) = facts_of(x, "interact.01")
    assert ("agent", "Zelensky") in args(x, interact)


def test_related_to_is_a_preposition_not_a_fact(read_text):
    # data: "documents related/relating to X" is no relating (as "regarding X" is none)
    x = read_text("The committee subpoenaed documents related to the census.")
    assert not [e for e in x.events if e.frame and e.frame.startswith("relate.")]
    (subpoena,) = [e for e in x.events if e.frame and e.frame.startswith("subpoena.")]
    assert ("agent", "The committee") in args(x, subpoena)


def test_a_light_verb_construction_propbank_lists_makes_the_noun_the_predicate(read_text):
    # "place emphasis" is emphasize.01 in PropBank's constructions, though "place" is no
    # light verb of kg's: the noun is the predicate, the verb's subject its agent
    x = read_text("The company's products place a strong emphasis on teaching children.")
    (emphasis,) = facts_of(x, "emphasize.01")
    assert ("agent", "The company's products") in args(x, emphasis)
    assert not facts_of(x, "place.01")


def test_an_infinitive_relative_with_its_own_object_is_its_heads_act(read_text):
    x = read_text("She was the first woman to lead the party. They were denied visas to "
                  "enter the country.")
    # (lead.02, leading a body: senses.json reads it when the object is one, and "the
    # party" is typed as one since a described object's type is checked too)
    (lead,) = facts_of(x, "lead.02")
    assert {("agent", "the first woman"), ("patient", "the party")} <= args(x, lead)
    (enter,) = facts_of(x, "enter.01")
    assert ("agent", "visas") not in args(x, enter)  # a thing's purpose: no one named


def test_what_an_undergone_event_noun_is_said_to_be_undergoes_it(read_text):
    x = read_text("The confirmed deaths are fourteen civilians and five soldiers.")
    (death,) = [e for e in x.events if e.kind == "Death"]
    assert {("patient", "fourteen civilians"), ("patient", "five soldiers")} <= \
        args(x, death)


def test_a_casualty_adjective_makes_its_subject_undergo_the_event(read_text):
    # data: "dead" reads die.01, "wounded" wound.01; the subject is their ARG1
    x = read_text("A total of 39 are confirmed dead. Russia has been present in Syria.")
    (death,) = [e for e in x.events if e.kind == "Death"]
    assert ("patient", "A total of 39") in args(x, death)
    (presence,) = [e for e in x.events if e.kind == "Presence"]
    assert ("agent", "Russia") in args(x, presence)


def test_a_generic_fact_with_an_unresolved_he_stays_dropped_even_about_an_event(read_text):
    # "he" with no one named before: kg cannot say who praised; an empty agent slot
    # would say no one did, also when the object is an event kept on its own
    x = read_text("He praised the decision to withdraw the troops.")
    assert not facts_of(x, "praise.01")
    assert [e for e in x.events if e.kind == "Decision"]


def test_a_relative_clause_without_pronoun_or_object_is_about_its_antecedent(read_text):
    # "songs (that) he would mail": the antecedent is the verb's object; not "the
    # moment the police arrested" (when, not whom: an adverbial head, data)
    x = read_text("Robert Hunter wrote songs he would mail to Jerry Garcia.")
    (mail,) = facts_of(x, "mail.01")
    assert {("agent", "Robert Hunter"), ("patient", "songs")} <= args(x, mail)
    x = read_text("Witnesses recalled the moment the police arrested.")
    (arrest,) = [e for e in x.events if e.kind == "Arrest"]
    assert ("patient", "the moment") not in args(x, arrest)


def test_a_participle_after_an_of_phrase_is_that_nouns_act(read_text):
    # a participle after a thing is the main clause's ("carried out the attack using ten
    # drones"), but not after the object of "of": "the danger of wildfires destroying"
    x = read_text("The ministry spoke of the danger of wildfires destroying the forest.")
    (destroy,) = facts_of(x, "destroy.01")
    assert ("agent", "wildfires") in args(x, destroy)
    x = read_text("The rebels carried out the attack using ten drones.")
    (use,) = facts_of(x, "use.01")
    assert ("agent", "The rebels") in args(x, use)


def test_what_begins_without_object_or_clause_undergoes_the_beginning(read_text):
    x = read_text("The Group of Six, which started in the 1970s, met in Paris. Rescue work "
                  "resumed on Wednesday.")
    (start,) = facts_of(x, "start.01")
    assert not any(role == "agent" for role, _ in start.arguments)
    assert any(role == "patient" for role, _ in start.arguments)


def test_a_bare_noun_in_a_list_of_verbs_is_a_verb(read_text):
    # the tagger reads "test" and "trace" as nouns; coordination joins like with like
    x = read_text("If the provinces detect, test, trace and support their nurses, the "
                  "outbreak will slow.")
    for frame in ("detect.01", "test.01", "trace.01"):
        (ev,) = facts_of(x, frame)
        assert ("agent", "the provinces") in args(x, ev)
    # a noun with its own determiner is no verb: "the tests and the tracing"
    y = read_text("The provinces bought the masks and the tests.")
    assert not facts_of(y, "test.01")


@pytest.mark.parametrize("text, members", [
    # the parser reads "two guards" as an apposition of "six miners"
    ("The confirmed deaths are six miners, two guards, and one driver.",
     {"six miners", "two guards", "one driver"}),
    # ... or the list as two complements of "are"
    ("According to the regional police chief, the confirmed deaths are twelve miners, "
     "three Army personnel, and one member of the rescue team.",
     {"twelve miners", "three Army personnel", "one member of the rescue team"}),
])
def test_a_list_of_counted_phrases_is_one_argument_each(read_text, text, members):
    x = read_text(text)
    (death,) = facts_of(x, "die.01")
    assert {("patient", m) for m in members} <= args(x, death)

def test_a_counted_list_whose_and_hangs_on_a_later_member_is_one_argument_each(read_text):
    # https://en.wikinews.org/wiki/Police_arrest_twelve_after_explosives_kill_jackal_in_Tamil_Nadu,_India
    # ("Wikinews contributors", CC BY 2.5; a dev article): the parser reads "eight tails" as an
    # apposition of "126 skins" and hangs the 'and' on "16 skulls", a conjunct of it
    x = read_text("One study noted authorities seized 126 skins, eight tails, 16 skulls and "
                  "two live jackals from 2013 to 2019.")
    (seizure,) = facts_of(x, "seize.01")
    assert {("patient", m) for m in ("126 skins", "eight tails", "16 skulls",
                                      "two live jackals")} <= args(x, seizure)



def test_a_possessive_pronoun_in_an_object_is_bound_by_the_subject(read_text):
    x = read_text("The Farmers Union, along with the Teachers Federation, have announced "
                  "their plans to oppose the law in court.")
    (oppose,) = facts_of(x, "oppose.01")
    agents = {name for role, name in args(x, oppose) if role == "agent"}
    assert agents == {"Farmers Union"}  # not "their plans"


def test_an_actor_in_of_right_after_an_event_noun_is_its_subject(read_text):
    # PropBank's "request X of Y" makes 'of' the one asked; "the request of Y" is Y's
    x = read_text("The council rejected the request of the fishermen's union for a new "
                  "harbour.")
    (request,) = facts_of(x, "request.01")
    assert ("agent", "the fishermen's union") in args(x, request)
    assert not any(role == "addressee" for role, _ in args(x, request))


@pytest.mark.parametrize("text, frame, agent", [
    ("The ministry gave the farmers permission to sell the land.", "sell.01", "the farmers"),
    ("They were twice denied visas to enter the United States.", "enter.01", "They"),
])
def test_the_clause_of_a_thing_given_is_the_receivers_act(read_text, text, frame, agent):
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert {name for role, name in args(x, ev) if role == "agent"} == {agent}


def test_a_clause_under_including_is_the_main_subjects(read_text):
    # "including" is a participle used as a preposition, no clause with a subject
    x = read_text("During the trip, the minister held talks with local leaders, including "
                  "meeting with the mayor of Lyon.")
    (meet,) = [e for e in facts_of(x, "meet.03") if e.kind == "Meeting"]
    assert ("agent", "the minister") in args(x, meet)


@pytest.mark.parametrize("text, frame, agent", [
    ("Trump's order banning travel from seven countries was blocked.", "ban.01", "Trump"),
    ("The court recognised as legitimate the request of the Municipality of Livorno "
     "asking religious schools to pay property taxes.", "ask.02",
     "the Municipality of Livorno"),
])
def test_a_participle_after_an_event_noun_is_that_events_agents(read_text, text, frame,
                                                                  agent):
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert {name for role, name in args(x, ev) if role == "agent"} == {agent}


def test_the_examples_after_such_as_are_arguments_each(read_text):
    x = read_text("Countries such as France and Germany imposed new sanctions on Russia.")
    (impose,) = facts_of(x, "impose.01")
    assert {("agent", "France"), ("agent", "Germany")} <= args(x, impose)


def test_counted_appositions_after_a_name_are_list_members(read_text):
    # "their two sons ..." is read as an apposition of "Dierdre Coleman"
    x = read_text("Imus is survived by his second wife Dierdre Coleman, their two sons "
                  "Wyatt and Zachary, and four daughters, Nadine, Ashley, Elizabeth, and "
                  "Toni, from his previous marriage.")
    (survive,) = facts_of(x, "survive.01")
    agents = {name for role, name in args(x, survive) if role == "agent"}
    assert {"Dierdre Coleman", "four daughters"} <= agents
    assert "Nadine" not in agents  # the daughters' names are no more survivors


def test_a_relative_clause_read_as_a_complement_is_about_the_noun_before_it(read_text):
    # the parser hangs "that led ..." on "caused" as its complement
    x = read_text("The accident, which occurred yesterday afternoon, was caused by strong "
                  "winds and heavy rain that led the crane to fall.")
    (lead,) = facts_of(x, "lead.01")
    assert {("agent", "strong winds"), ("agent", "heavy rain")} <= args(x, lead)
    # "told the court that, ..." is a complementiser, no relative pronoun
    y = read_text("The prosecutor told the court that, over five months, the illness played "
                  "a devastating role.")
    assert not any(role == "agent" and name == "the court"
                   for e in facts_of(y, "play.01") for role, name in args(y, e))


def test_an_object_predicate_without_an_object_is_the_object(read_text):
    # the parser reads "the Mayor of London Sadiq Khan" as an object predicate ("oprd")
    x = read_text("According to the BBC, the committee also considered the Mayor of London "
                  "Sadiq Khan.")
    (consider,) = facts_of(x, "consider.01")
    assert ("agent", "the committee") in args(x, consider)
    assert any(role == "patient" and "Sadiq Khan" in name for role, name in args(x, consider))


def test_of_two_subjects_split_by_a_colon_the_later_is_the_verbs(read_text):
    # "read" is tagged a noun; "statement" and "Don" both hang on "loved" as subjects
    x = read_text("The family's statement on the death read: \"Don loved and adored "
                  "Deirdre, who unconditionally loved him back.\"")
    (adore,) = facts_of(x, "adore.01")
    assert {name for role, name in args(x, adore) if role == "agent"} == {"Don"}


def test_a_word_inside_a_larger_described_phrase_is_its_own_node(read_text):
    # "the possibility of ... accident" is one description (the patient of "investigating");
    # "fault" and "accident" inside it are the participle's own arguments
    x = read_text("Police are investigating the possibility of an electrical fault "
                  "triggering the accident.")
    (trigger,) = facts_of(x, "trigger.01")
    assert args(x, trigger) == {("agent", "an electrical fault"), ("patient", "the accident")}


@pytest.mark.parametrize("text, frame, patient", [
    ("After the surgery the boy improved slowly.", "improve.01", "the boy"),
    ("The doctors said the patients improved within a week.", "improve.01", "the patients"),
])
def test_the_intransitive_subject_of_a_causative_verb_undergoes_it(read_text, text, frame,
                                                                   patient):
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert ("patient", patient) in args(x, ev)
    assert not any(role == "agent" for role, _ in args(x, ev))


def test_a_conjoined_passive_of_its_own_makes_the_shared_subject_undergo_it(read_text):
    x = read_text("A burqa is a long garment, which covers the whole body, and is commonly "
                  "worn by Afghan women in public.")
    (wear,) = facts_of(x, "wear.01")
    assert ("patient", "A burqa") in args(x, wear)
    assert ("agent", "Afghan women") in args(x, wear)


def test_a_person_joined_to_a_fronted_place_is_the_subject(read_text):
    # the parser joins "Ahmad Karimi" to "Kabul" and leaves "was sentenced" without subject
    x = read_text("On Monday in Kabul, Ahmad Karimi, brother of the activist Zahra Karimi, "
                  "was sentenced to ten years in prison by a court in Herat.")
    (sentence,) = facts_of(x, "sentence.01")
    assert ("patient", "Ahmad Karimi") in args(x, sentence)


def test_a_participle_under_causative_have_is_done_by_the_causer(read_text):
    x = read_text("The lawyers tried to have the journalist released on bail.")
    (release,) = facts_of(x, "release.01")
    assert args(x, release) >= {("agent", "The lawyers"), ("patient", "the journalist")}


def test_what_is_taken_part_in_is_the_object(read_text):
    # kg's own preposition for a sense (senses.json "preps"), where PropBank gives none
    x = read_text("Thousands of farmers took part in the protests in Paris.")
    (part,) = facts_of(x, "partake.02")
    assert any(role == "eventObject" for role, _ in args(x, part))


def test_a_gerund_object_without_its_own_object_is_a_thing(read_text):
    y = read_text("Singapore and Malaysia have intensified screening for airline passengers.")
    (intensify,) = facts_of(y, "intensify.01")
    assert ("patient", "screening") in args(y, intensify)


def test_what_is_voted_against_is_the_object(read_text):
    x = read_text("Most of the senators voted against the measure on Tuesday.")
    (vote,) = facts_of(x, "vote.01")
    assert ("patient", "the measure") in args(x, vote)


def test_denying_someone_a_thing_is_a_fact_denying_a_clause_is_not(read_text):
    x = read_text("The players were denied visas by the embassy.")
    (deny,) = facts_of(x, "deny.01")
    assert ("patient", "visas") in args(x, deny)
    y = read_text("The minister denied that he had misled parliament.")
    assert not facts_of(y, "deny.01")


def test_a_counted_group_with_a_list_of_names_is_the_group(read_text):
    x = read_text("The committee voted to hold two senior officials, Finance Minister Anna "
                  "Berg and Interior Minister Lars Holm, in contempt.")
    (hold,) = facts_of(x, "hold.01")
    patients = {name for role, name in args(x, hold) if role == "patient"}
    # the group stays (not its first name in its place), and each name is a member
    assert any("two senior officials" in name for name in patients)
    assert {"Anna Berg", "Lars Holm"} <= patients


def test_an_adjective_read_as_object_predicate_still_raises_its_subject(read_text):
    x = read_text("The new vaccine appears able to reduce deaths among children.")
    (reduce,) = facts_of(x, "reduce.01")
    assert ("agent", "The new vaccine") in args(x, reduce)


def test_a_relative_that_disagrees_with_its_antecedent_takes_the_noun_before_it(read_text):
    x = read_text("The trial collected data from patients in Beni, Butembo and Katwa in the "
                  "Democratic Republic of the Congo, which has suffered an Ebola outbreak "
                  "for the past year.")
    (suffer,) = facts_of(x, "suffer.01")
    agents = {name for role, name in args(x, suffer) if role == "agent"}
    assert agents == {"Democratic Republic of the Congo"}


def test_the_owner_in_of_of_a_noun_of_intent_acts_in_its_to_clause(read_text):
    x = read_text("The new scheme is an effort of the Indian Railways to promote women "
                  "workers.")
    (promote,) = facts_of(x, "promote.01")
    assert ("agent", "Indian Railways") in args(x, promote)


@pytest.mark.parametrize("text, lemma, modality", [
    ("The council adopted a plan to close the mine.", "close", "future"),
    ("The rivals lacked the will to form a government.", "form", "future"),
    ("Merkel flew to Paris on Monday to meet Macron.", "meet", "future"),
    ("Merkel flew to Paris on Monday to meet Macron.", "fly", "asserted"),
    ("Jane Roe was the first woman to win the race.", "win", "asserted"),
])
def test_purpose_and_noun_to_clauses_are_intended_not_done(read_text, text, lemma, modality):
    """Guidelines: purpose clauses and what a plan or will is for are future unless the
    text shows the act happened; a ranked noun's clause ("the first ... to win") did."""
    x = read_text(text)
    moods = {e.modality for e in x.events if e.frame.split(".")[0] == lemma}
    assert moods == {modality}


def test_a_quotation_opened_inside_a_described_phrase_closes_with_it(read_text):
    x = read_text('The envoy asked them to show their "real will" to form a government.')
    names = {e.name for e in x.entities}
    assert 'their "real will"' in names and 'their "real will' not in names


def test_a_verb_of_saying_about_a_topic_with_nothing_said_is_a_fact(read_text):
    # the guidelines: speech verbs with no reported content ("spoke about X") are facts
    x = read_text("On Tuesday, Ana Ruiz spoke about housing at a rally in Denver.")
    (speak,) = facts_of(x, "speak.01")
    assert {("agent", "Ana Ruiz"), ("patient", "housing")} <= args(x, speak)
    # a quotation or a clause makes it a claim, and "on" is as often the medium
    assert not facts_of(read_text('Speaking on television, Ana Ruiz said the plan would '
                                  'work.'), "speak.01")
    assert not facts_of(read_text('Ana Ruiz spoke about the plan: "It will work."'),
                        "speak.01")


def test_a_number_or_share_of_people_acts_like_people(read_text):
    # "the 800 who voted", "60% of the patients": people, the agents of what they do
    x = read_text("Of the 800 who voted, most backed the plan.")
    (vote,) = facts_of(x, "vote.01")
    assert ("agent", "the 800") in args(x, vote)
    y = read_text("Doctors said 60% of their patients can go home within a week.")
    (go,) = facts_of(y, "go.01")
    assert ("agent", "60% of their patients") in args(y, go)
    # a share of a thing still undergoes an intransitive verb
    z = read_text("Officials said 60% of the crops died in the drought.")
    assert all(("agent", "60% of the crops") not in args(z, e) for e in z.events)


def test_those_advised_or_motivated_to_act_are_its_agents(read_text):
    x = read_text("The parents were advised to send the boy to a specialist.")
    (send,) = facts_of(x, "send.01")
    assert ("agent", "The parents") in args(x, send)
    assert send.modality == "future"
    y = read_text("Doctors advised the parents to send the boy to a specialist.")
    (send,) = facts_of(y, "send.01")
    assert ("agent", "the parents") in args(y, send)


def test_the_purpose_of_a_passive_is_its_by_agents(read_text):
    x = read_text("The forest law was passed by Congress in 2019 to protect the forests.")
    (protect,) = facts_of(x, "protect.01")
    assert ("agent", "Congress") in args(x, protect)
    # without a by-phrase the user stays unnamed, not the passive subject
    y = read_text("Cranes were used to hoist workers.")
    (hoist,) = facts_of(y, "hoist.01")
    assert not any(role == "agent" for role, _ in args(y, hoist))


def test_the_subject_of_a_relative_clause_about_its_object_acts(read_text):
    # "the damage the storm caused": the antecedent is the object, so the subject is the
    # one causing it, not an intransitive subject undergoing it
    x = read_text("Volunteers repaired the damage the storm caused.")
    (cause,) = facts_of(x, "cause.01")
    assert {("agent", "the storm"), ("patient", "the damage")} <= args(x, cause)


def test_a_relative_clause_with_where_has_no_object_in_its_antecedent(read_text):
    x = read_text("Reporters visited the village where the soldiers fought.")
    (fight,) = facts_of(x, "fight.01")
    assert args(x, fight) == {("agent", "the soldiers")}


def test_what_is_cut_into_is_what_is_cut(read_text):
    x = read_text("Warm water cuts into the ice shelf from below.")
    (cut,) = facts_of(x, "cut.01")
    assert ("patient", "the ice shelf") in args(x, cut)


def test_a_counted_more_or_others_is_the_parallel_objects_kind(read_text):
    x = read_text("The blast killed three soldiers and wounded 20 others.")
    (wound,) = facts_of(x, "wound.01")
    assert ("patient", "20 others") in args(x, wound)
    others = next(e for e in x.entities if e.name == "20 others")
    assert (others.type, others.value, others.unit) == ("Person", 20.0, "soldier")
    # uncounted, "more" is no participant
    y = read_text("The company sold ten cars and bought more.")
    assert not any(e.name == "more" for e in y.entities)


def test_a_thing_with_a_core_for_phrase_acts_on_it(read_text):
    # "for" is mostly time or cause ("the building burned for hours"), but where the
    # verb's own roles take it, the subject is no undergoer
    x = read_text("The new model accounts for air traffic between the cities.")
    (account,) = facts_of(x, "account.01")
    assert {("agent", "The new model"), ("patient", "air traffic")} <= args(x, account)


def test_the_focus_of_a_pseudo_cleft_does_what_its_free_relative_says(read_text):
    # "What saved the town was a new dam": the dam saved the town
    x = read_text("What saved the town was a new dam.")
    (save,) = facts_of(x, "save.01")
    assert {("agent", "a new dam"), ("patient", "the town")} <= args(x, save)


@pytest.mark.parametrize("text, agent", [
    # the tagger read "arrive" as a noun, the parser gave it a subject
    ("Millions of pilgrims arrive in Mecca each year.", "Millions of pilgrims"),
    # the parser made the plural subject a compound of the verb
    ("Pilgrims arrive in Mecca each year.", "Pilgrims"),
])
def test_a_verb_misread_as_noun_or_with_its_subject_as_compound(read_text, text, agent):
    x = read_text(text)
    (arrive,) = facts_of(x, "arrive.01")
    assert ("agent", agent) in args(x, arrive)


def test_a_verb_whose_lemma_lost_its_final_e_is_read_with_it(read_text):
    # the lemmatiser gives "hat" for "hated"; "hat" + "ed" would be "hatted"
    x = read_text("Critics hated the new stadium.")
    assert facts_of(x, "hate.01") and not facts_of(x, "hat.01")


@pytest.mark.parametrize("text, frame", [
    ("The other treatments were Alvex, a pill now sold by Medco; and Brivol, an injection.",
     "sell.01"),
    ("The trial compared Alvex, a pill made by Medco, with Brivol.", "make.01"),
])
def test_a_participle_on_a_classifying_apposition_is_about_what_it_classifies(
        read_text, text, frame):
    # "mAb114, a monoclonal antibody first isolated from survivors": mAb114 was isolated
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert {("agent", "Medco"), ("patient", "Alvex")} <= args(x, ev)
    assert ("patient", "a pill") not in args(x, ev)


def test_a_conjunct_after_a_participle_is_no_part_of_its_antecedent(read_text):
    # "a station used for commercial purposes, or a tower": only the station is used
    x = read_text("No company shall operate a station used for commercial purposes, "
                  "or a tower.")
    (use,) = facts_of(x, "use.01")
    assert ("patient", "a station") in args(x, use)
    assert ("patient", "a tower") not in args(x, use)
    (operate,) = facts_of(x, "operate.01")  # the verb whose object it is takes both
    assert {("patient", "a station"), ("patient", "a tower")} <= args(x, operate)


def test_the_of_phrase_of_accusing_hung_on_its_object_is_still_the_objects_act(read_text):
    # the parser hangs "of taking bribes" on "the mayor"; accuse's own "of" says what he
    # is accused of: he takes them, and the object's phrase stops before it
    x = read_text("Prosecutors accused the mayor of taking bribes.")
    (take,) = facts_of(x, "take.01")
    assert {("agent", "the mayor"), ("patient", "bribes")} <= args(x, take)
    (accuse,) = facts_of(x, "accuse.01")
    assert {("agent", "Prosecutors"), ("patient", "the mayor")} <= args(x, accuse)


@pytest.mark.parametrize("text, frame", [
    ("His mother wept upon hearing the verdict.", "weep.01"),
    ("The team stayed in Kabul rather than travelling to the event.", "stay.01"),
    ("The search was suspended on Tuesday, with the minister describing the danger.",
     "suspend.01"),
])
def test_a_gerund_of_time_manner_or_alternative_is_no_event_object(read_text, text, frame):
    # "upon hearing", "rather than travelling", an absolute "with X describing": when or
    # instead of what, not what was done
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert not [r for r, _ in ev.arguments if r == "eventObject"]


def test_instead_of_a_gerund_the_main_subject_does_it(read_text):
    # not the main verb's object ("began her protest instead of attending school")
    x = read_text("Thunberg began her climate protest outside the parliament, instead of "
                  "attending school.")
    (attend,) = facts_of(x, "attend.01")
    assert {("agent", "Thunberg"), ("patient", "school")} <= args(x, attend)


def test_a_participle_without_auxiliary_read_as_a_clause_gives_its_thing_subject_as_object(
        read_text):
    # the parser makes "requested" the root with "the payments" its subject; a bare
    # participle is no finite clause: the payments are what was requested
    x = read_text("The reform is not retroactive, so the payments requested in arrears "
                  "from 2006 to 2009 are under the IMU system.")
    (request,) = facts_of(x, "request.01")
    assert ("patient", "the payments") in args(x, request)
    assert not [r for r, _ in request.arguments if r == "agent"]


@pytest.mark.parametrize("text, frame, agent", [
    ("Rebels carried out a wave of attacks on Monday.", "attack.01", "Rebels"),
    ("New Hampshire held the first round of primary elections on Tuesday.", "election.00",
     "New Hampshire"),
])
def test_a_light_verb_carries_the_event_noun_a_measure_noun_counts(read_text, text, frame,
                                                                   agent):
    # "a wave of attacks", "the first round of elections": the light verb's subject does
    # the counted events; the light verb is no fact of its own
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert ("agent", agent) in args(x, ev)
    assert not facts_of(x, "hold.01") and not facts_of(x, "carry_out.03")


@pytest.mark.parametrize("text, frame, patient", [
    ("The two men are undergoing trial for fraud in Sydney.", "try.02", "The two men"),
    ("The singer had undergone surgery in May.", "surgery.01", "The singer"),
])
def test_undergo_carries_its_event_noun_whose_patient_is_the_subject(read_text, text, frame,
                                                                     patient):
    # "undergoing trial for manslaughter": the trial is the fact and they undergo it (the
    # "for" phrase is the charge, not the one tried); "undergo" is no fact of its own
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert ("patient", patient) in args(x, ev)
    assert ("patient", "fraud") not in args(x, ev)
    assert not [e for e in x.events if e.frame.startswith("undergo")]


def test_a_by_phrase_of_an_event_noun_that_cannot_act_is_no_agent(read_text):
    # "manslaughter by gross negligence", "payment by cheque": how; "the capture of the
    # town by government forces": who
    x = read_text("The killing of the driver by negligence shocked the town. The payment "
                  "of the fine by cheque was refused. The capture of the town by government "
                  "forces ended the siege.")
    (capture,) = facts_of(x, "capture.01")
    assert ("agent", "government forces") in args(x, capture)
    for frame in ("kill.01", "pay.01"):
        (ev,) = facts_of(x, frame)
        assert not [r for r, _ in ev.arguments if r == "agent"]


def test_a_list_of_verbs_shares_the_object_of_its_first_verb_that_has_one(read_text):
    # "construct, install, establish, or operate a radio station": each takes the station
    x = read_text("No company shall construct, install, or operate a radio station.")
    for frame in ("construct.01", "install.01", "operate.01"):
        (ev,) = facts_of(x, frame)
        assert {("agent", "No company"), ("patient", "a radio station")} <= args(x, ev)


@pytest.mark.parametrize("text, frame, role, who", [
    ("Other countries had similar protests in January.", "protest.01", "agent",
     "Other countries"),
    ("The two leaders had talks in Geneva.", "talks.00", "agent", "The two leaders"),
    ("The singer had surgery in May.", "surgery.01", "patient", "The singer"),
])
def test_have_with_an_act_makes_its_subject_the_agent_with_an_ordeal_the_patient(
        read_text, text, frame, role, who):
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert (role, who) in args(x, ev)


def test_an_object_hung_across_a_comma_on_a_verb_without_actor_is_no_object(read_text):
    # the parser makes "a form of alternative medicine" (an apposition of homeopathy)
    # the object of "died": a verb whose sense has no actor takes no such object
    x = read_text("Anna died from infection caused by eczema after they shunned effective "
                  "medical treatments for homeopathy, a form of alternative medicine that "
                  "has been described as pseudoscience.")
    (die,) = facts_of(x, "die.01")
    assert ("patient", "Anna") in args(x, die)
    assert ("patient", "a form of alternative medicine") not in args(x, die)


def test_a_place_name_read_as_an_adverbial_noun_is_where_to_not_what(read_text):
    # "returned home El Paso": the parser's adverbial noun is the destination
    x = read_text("O'Rourke returned home El Paso, Texas, after the shooting.")
    (ret,) = facts_of(x, "return.01")
    assert ("destination", "El Paso") in args(x, ret)
    assert ("patient", "El Paso") not in args(x, ret)


@pytest.mark.parametrize("text, seen", [
    ("Yesterday morning also saw an earthquake in the city, and rebels attacked a village.",
     False),
    ("This week saw a referendum in Mindanao, and rebels attacked a village.", False),
    ("On Monday police saw the gunman, and rebels attacked a village.", True),
])
def test_a_time_that_saw_something_is_no_seeing(read_text, text, seen):
    # "this week saw a referendum" says when the referendum was, not that anyone saw it
    x = read_text(text)
    assert bool(facts_of(x, "see.01")) is seen
    (attack,) = [e for e in x.events if e.trigger == "attacked"]  # the other clause is read
    assert ("agent", "rebels") in args(x, attack)


def test_a_passive_purpose_infinitive_is_undergone_by_the_main_verbs_object(read_text):
    # "voted to refer them to the full House to be held in contempt": they are held
    x = read_text("The committee voted to refer them to the full House to be held in "
                  "contempt.")
    (hold,) = facts_of(x, "hold.01")
    assert ("patient", "them") in args(x, hold)
    assert ("patient", "The committee") not in args(x, hold)


def test_a_finite_verb_joined_to_a_gerund_above_takes_the_nearer_finite_verbs_subject(
        read_text):
    # "meaning scientists used it and compared the treatments": the parser joins
    # "compared" to "meaning"; the scientists compare, not the drug
    x = read_text("In the trial, the drug served as a control, meaning scientists used it "
                  "as a baseline and compared the other treatments to it.")
    (compare,) = facts_of(x, "compare.01")
    assert ("agent", "scientists") in args(x, compare)
    assert ("agent", "the drug") not in args(x, compare)


def test_a_verb_the_parser_found_inside_a_noun_phrase_is_no_predicate(read_text):
    # "issued a cease and desist order": "desist" joins "cease" inside the noun phrase
    x = read_text("The commission issued a cease and desist order to the network yesterday.")
    assert not facts_of(x, "desist.01")
    (issue,) = facts_of(x, "issue.01")  # the verb of the clause is read
    assert ("agent", "The commission") in args(x, issue)


def test_a_finite_clause_the_parser_left_without_subject_takes_the_noun_before_it(read_text):
    # "wept upon hearing her son had been convicted": the parser makes "her son" the
    # object of "hearing" and "convicted" a clause of "wept"; the son was convicted
    x = read_text("Ahmed's mother, Sara, wept upon hearing her son had been convicted and "
                  "said she believed he was innocent.")
    (convict,) = facts_of(x, "convict.01")
    assert not {described(x, k) for r, k in convict.arguments} & {"Sara", "Ahmed's mother"}
    assert [r for r, _ in convict.arguments] == ["patient"]


def test_forecasting_is_a_verb_of_saying(read_text):
    # "X is forecast to be the strongest": a prediction (the guidelines' claims), no fact
    x = read_text("Meteorologists said the storm is forecast to be the strongest in years.")
    assert not facts_of(x, "forecast.01")
    assert [c for c in x.claims if described(x, c.speaker) == "Meteorologists"]


def test_a_relative_clause_the_parser_gave_a_verb_of_saying_is_not_what_was_said(
        read_text):
    # "accused of ... using the prescription creams they had been given": the parser
    # makes "they had been given" the complement of "accused"; it is the creams' relative
    x = read_text("The couple are also accused of putting their careers ahead of their "
                  "daughter, taking her on a trip to Spain and leaving her to nannies while "
                  "embarking on a busy social schedule, and giving her herbal pills instead "
                  "of using the prescription creams they had been given.")
    assert not [c for c in x.claims if "had been given" in c.text]
    (use,) = facts_of(x, "use.01")  # what they are accused of is read
    assert {("agent", "The couple"), ("patient", "the prescription creams")} <= args(x, use)


@pytest.mark.parametrize("text, frame, agent, patient", [
    ("The ships can be prevented from drifting further away by high places in the ocean "
     "floor.", "prevent.01", "high places", "The ships"),
    ("The protesters were stopped from entering the building by police.", "stop.01",
     "police", "The protesters"),
])
def test_a_passive_takes_the_by_phrase_the_parser_hung_on_its_clause(read_text, text, frame,
                                                                     agent, patient):
    x = read_text(text)
    (ev,) = facts_of(x, frame)
    assert {("agent", agent), ("patient", patient)} <= args(x, ev)


def test_a_to_phrase_is_a_recipient_only_when_someone_receives(read_text):
    """'to'/'into' a thing that cannot receive is no recipient ("signed the bill into
    law", "added the fires to the agenda"); a facility described is where something goes
    ("a place"); a person, organisation or country still receives."""
    x = read_text("The governor signed the bill into law on Monday. Ministers added the "
                  "fires to the agenda. The victim was flown to a hospital in Lyon. The "
                  "firm sold its stores to Carrefour.")
    (sign,) = [e for e in x.events if e.trigger == "signed"]
    assert not {r for r, _ in args(x, sign)} & {"recipient", "addressee"}, args(x, sign)
    (add,) = facts_of(x, "add.01")
    assert not {r for r, _ in args(x, add)} & {"recipient", "addressee"}, args(x, add)
    (fly,) = facts_of(x, "fly.01")
    assert ("destination", "a hospital") in args(x, fly), args(x, fly)
    (sell,) = facts_of(x, "sell.01")
    assert ("recipient", "Carrefour") in args(x, sell), args(x, sell)


def test_fixed_prepositional_phrases_give_no_role(read_text):
    """'in connection with', 'into effect', 'to light', 'in contempt of' are idioms of the
    clause, not an instrument, destination or place (``fixed_prepositional_phrases`` in
    discourse.json)."""
    x = read_text("Police arrested two men in connection with the robbery. The law went "
                  "into effect on Monday. The files came to light in May. The court held "
                  "the minister in contempt of parliament.")
    roles = {(e.trigger, role, described(x, key)) for e in x.events
             for role, key in e.arguments}
    idioms = {"connection", "effect", "light", "contempt", "contempt of parliament"}
    assert not {r for r in roles if r[2] in idioms}, roles
    assert ("arrested", "patient", "two men") in roles


def test_a_participle_of_will_after_a_thing_is_still_the_things_act(read_text):
    # https://en.wikinews.org/wiki/Neuroscientists_tell_Wikinews_about_empathy_and_harm_aversion_observed_in_lab_rats
    # (2020), Wikinews contributors, CC BY 2.5 (subjects._modified_noun): the parser
    # made "rats" the object of "examined"; a participle after a thing that cannot act
    # is the main clause's, but wanting or trying is the noun's own
    x = read_text("In findings published last month in the journal Current Biology, "
                  "neuroscientists from the Netherlands Institute for Neuroscience examined "
                  "harm aversion in laboratory rats for conspecifics — rats not wanting to "
                  "hurt other members of the same species — and reported which region of "
                  "the brain was crucial.")
    hurt = events_at(x, "hurt")
    assert hurt and not any(r == "agent" and "neuroscientist" in k
                            for r, k in hurt[0].arguments), hurt
    assert any(r == "agent" and "rat" in k for r, k in hurt[0].arguments), hurt


def test_a_good_deal_of_something_is_an_amount_not_an_agreement(read_text):
    # https://en.wikinews.org/wiki/Gregory_Kurtzer_discusses_plans_for_Rocky_Linux_with_Wikinews_as_Red_Hat_announces_moving_focus_away_from_CentOS
    # (2020), Wikinews contributors, CC BY 2.5 (senses.json nouns.deal; discourse.json
    # partitives): the resources were invested, no deal
    x = read_text("Red Hat has invested a good deal of resources into the CentOS project "
                  "itself.")
    assert not any(e.kind == "Agreement" for e in x.events), x.events
    invest = events_at(x, "invested")
    assert invest and any(r == "patient" for r, _ in invest[0].arguments), invest
    # guard (our own sentence): a deal signed is an agreement
    x = read_text("The two companies signed a deal on Monday.")
    assert any(e.kind == "Agreement" and e.trigger == "deal" for e in x.events), x.events


def test_a_body_running_into_a_title_and_a_name_introduces_the_person(nlp):
    # Sentence from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    # (2020), Wikinews contributors, CC BY 2.5: the parser made "USA Today" the object of
    # "by" and the person an adverbial of the verb
    x = read_everything(nlp, "A couple days after Trump's release, the only vice presidential "
                             "debate between Vice President Mike Pence and Democratic vice "
                             "presidential nominee Kamala Harris took place in Utah, "
                             "moderated by USA Today Washington Bureau Chief Susan Page."
                        ).extraction
    roles = roles_of(x, "moderated")
    assert ("agent", "Susan Page") in roles and ("agent", "USA Today") not in roles, roles


def test_an_editors_title_in_brackets_is_no_part_of_the_name_after_it(nlp):
    # https://en.wikinews.org/wiki/Iranian_International_Master_Dorsa_Derakhshani_discusses_her_chess_career_with_Wikinews
    # (2020), Wikinews contributors, CC BY 2.5 ("[WGM]": Woman Grand Master)
    x = read_everything(nlp, "Iran hosted the 2017 Women's World Championship and it was "
                             "boycotted by [WGM] Nazí Paikidze due to the mandatory hijab."
                        ).extraction
    names = {e.key: e.name for e in x.entities}
    agents = {names.get(k) for e in x.events if e.trigger == "boycotted"
              for r, k in e.arguments if r == "agent"}
    assert agents == {"Nazí Paikidze"}, agents


@pytest.mark.parametrize("text, modality", [
    # https://en.wikinews.org/wiki/Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join
    # (2020), Wikinews contributors, CC BY 2.5, reworded: "it is unlikely", not "called it"
    ("It is unlikely that the EU will finance the project.", "hedged"),
    ("It is possible that Russia attacked the base.", "hedged"),
    ("It is clear that Russia attacked the base.", "asserted"),
])
def test_an_adjective_weighing_a_that_clause_sets_its_modality(nlp, text, modality):
    x = read_everything(nlp, text).extraction
    events = [e for e in x.events if e.trigger in ("finance", "attacked")]
    assert events and all(e.modality == modality for e in events), \
        [(e.trigger, e.modality) for e in events]


def test_a_title_run_into_a_persons_name_is_no_second_subject(nlp):
    # Sentence from https://en.wikinews.org/wiki/Texas_student_Ahmed_Mohamed_inspires_social_movement
    # (2015), Wikinews contributors, CC BY 2.5: the parser made "major" and "Jafari" both subjects
    x = read_everything(nlp, "Psychology major at University of Texas Arlington Amneh Jafari "
                             "heard of the incident and wanted to issue her support to "
                             "Mohamed.").extraction
    assert ("agent", "Amneh Jafari") in roles_of(x, "issue")
    assert not any(name and "major" in name for _, name in roles_of(x, "issue"))


def test_a_thing_run_into_a_name_keeps_its_own_subject(nlp):
    # guard: "the debate between Pence and nominee Kamala Harris took place": the noun
    # before the name is no title of hers
    x = read_everything(nlp, "The only vice presidential debate between Vice President "
                             "Mike Pence and Democratic vice presidential nominee Kamala "
                             "Harris took place in Utah.").extraction
    roles = roles_of(x, "took place")
    assert ("agent", "Kamala Harris") not in roles
    assert ("location", "Utah") in roles, roles  # control: the clause is read


def test_a_partitive_set_before_a_subject_pronoun_is_whom_it_stands_for(nlp):
    # https://en.wikinews.org/wiki/Wikinews_interviews_Mario_J._Lucero_and_Isabel_Ruiz_of_Heaven_Sent_Gaming
    # Wikinews contributors, CC BY 2.5: "he" is one of the friends, not Mario
    x = read_everything(nlp, "Before hand in middle school, I kept on hearing about this guy "
                             "named Mario, and he kept on hearing about me. So before hand I "
                             "kinda knew about him, but I never met him. And one of our "
                             "friends, our common friends, he introduced us during study "
                             "hall.").extraction
    assert not any(name and "Mario" in name for r, name in roles_of(x, "introduced")
                   if r == "agent"), roles_of(x, "introduced")
    assert ("participant", "Mario") in roles_of(x, "met")  # control: the passage is read


def test_a_description_set_before_a_subject_pronoun_leaves_it_the_person_named(nlp):
    # guard: "The daughter of a music teacher, she ...": said of the one "she" names
    x = read_everything(nlp, "Doris Day was born in Cincinnati. The daughter of a music "
                             "teacher, she had planned on a dancing career.").extraction
    assert ("agent", "Doris Day") in roles_of(x, "planned")


def test_an_antecedent_after_a_preposition_of_no_role_is_no_object(nlp):
    # https://en.wikinews.org/wiki/Astronomer_Anthony_Boccaletti_discusses_observation_of_birth_of_potential_exoplanet_with_Wikinews
    # (2020), Wikinews contributors, CC BY 2.5: the planet forms in the system, not it
    x = read_everything(nlp, "They will give you an image of a system in which a planet is "
                             "forming.").extraction
    roles = roles_of(x, "forming")
    assert roles and ("patient", "a system") not in roles, roles


def test_an_antecedent_after_a_preposition_the_sense_gives_a_role_keeps_it(nlp):
    # guard: "with which" of "agree" is its own role ("agreed with X"); same article
    x = read_everything(nlp, "Pierce called for an end to the War on Drugs, with which "
                             "Hawkins and La Riva somewhat agreed.").extraction
    assert any(r != "agent" for r, _ in roles_of(x, "agreed")), roles_of(x, "agreed")


@pytest.mark.parametrize("text, polarity, modality", [
    ("They do not hesitate to attack civilians.", "positive", "asserted"),
    ("He did not fail to attack the city.", "positive", "asserted"),
    ("They did not refuse to attack civilians.", "positive", "hedged"),
    ("They refused to attack civilians.", "negative", "asserted"),
])
def test_a_negated_negative_verb_cancels_its_clauses_negation(nlp, text, polarity, modality):
    x = read_everything(nlp, text).extraction
    attacks = events_at(x, "attack")
    assert attacks and all((e.polarity, e.modality) == (polarity, modality)
                           for e in attacks), [(e.polarity, e.modality) for e in attacks]


def test_not_minding_to_harm_is_likely_harming(nlp):
    # https://en.wikinews.org/wiki/Neuroscientists_tell_Wikinews_about_empathy_and_harm_aversion_observed_in_lab_rats
    # (2020), Wikinews contributors, CC BY 2.5, shortened
    x = read_everything(nlp, "If they can make some money, for instance, they don't mind to "
                             "harm other people.").extraction
    harms = events_at(x, "harm")
    assert harms and all(e.polarity == "positive" for e in harms), \
        [(e.polarity, e.modality) for e in harms]


@pytest.mark.parametrize("text, trigger", [
    # https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
    # (2020), Wikinews contributors, CC BY 2.5
    ("We will deploy an online platform to let Melbournians participate in the running of "
     "the city.", "participate"),
    ("The government will let companies build the plant.", "build"),
])
def test_what_someone_is_let_do_is_allowed_not_done(nlp, text, trigger):
    events = events_at(read_everything(nlp, text).extraction, trigger)
    assert events and all(e.modality == "future" for e in events), \
        [(e.trigger, e.modality) for e in events]


def test_they_in_a_relative_clause_of_a_bodys_report_is_the_body(nlp):
    # https://en.wikinews.org/wiki/Lost_52_Project_announces_discovery_of_wrecked_sub_near_Okinawa
    # (2019), Wikinews contributors, CC BY 2.5 (a dev article)
    x = read_everything(nlp, "The Lost 52 Project announced on Sunday that a sunken World "
                             "War II-era submarine wreck they found last June was the remains "
                             "of the USS Grayback.").extraction
    agents = {n for r, n in roles_of(x, "found") if r == "agent"}
    assert agents and "they" not in agents and any("Project" in n for n in agents), agents


def test_they_reported_by_an_unnamed_body_is_the_body(nlp):
    # https://en.wikinews.org/wiki/Turkish_government_stops_search_of_survivors_of_Aegean_Sea_earthquake_off_Izmir
    # (2020), Wikinews contributors, CC BY 2.5 (a dev article; its "Tuskish" corrected)
    x = read_everything(nlp, "On Wednesday, the Turkish government declared they were "
                             "officially ending the search of survivors of the earthquake."
                        ).extraction
    assert ("agent", "the Turkish government") in roles_of(x, "ending")



def test_a_clause_the_parser_put_under_a_later_let_keeps_its_own_mood(nlp):
    # Sentence from https://en.wikinews.org/wiki/U.S._House_issues_subpoena_to_secretary_of_state_as_special_envoy_to_Ukraine_resigns
    # (2019), Wikinews contributors, CC BY 2.5: the parser hung "voiced" under "let's"
    x = read_everything(nlp, "Since then, a Republican, Mark Amodei, has publicly voiced "
                             "support for the impeachment inquiry, telling the Nevada "
                             "Independent: \"I'm a big fan of oversight, so let's let the "
                             "committees get to work and see where it goes.\"").extraction
    voiced = events_at(x, "voiced")
    assert voiced and all(e.modality == "asserted" for e in voiced), \
        [e.modality for e in voiced]


def test_a_bare_title_conjoined_to_a_titled_name_first_is_that_person(nlp):
    # Sentence from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    # (2020), Wikinews contributors, CC BY 2.5: the parser made "founder" the subject and
    # the name its conjunct
    x = read_everything(nlp, "Free and Equal Elections Foundation founder and director "
                             "Christina Tobin moderated both debates.").extraction
    agents = {n for r, n in roles_of(x, "moderated") if r == "agent"}
    assert agents == {"Christina Tobin"}, agents
