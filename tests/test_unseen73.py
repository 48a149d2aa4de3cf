"""Stop 73: constructions found on dev's misses and wrong facts and on unseen news
(docs/extraction.md, "Stop 73"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentence from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_August_2020
# (2020), Wikinews contributors, CC BY 2.5
BLAKE = ("Before the start of the 2020 Republican National Convention, the police shooting of "
         "Jacob Blake in Kenosha, Wisconsin led to protests and unrest.")


def test_a_body_named_before_an_event_noun_with_its_object_is_its_agent(nlp):
    # kg.extract.arguments.read_noun: an unnamed body as the noun's modifier
    x = _read(nlp, BLAKE)
    assert _args(x, "shoot.02", "patient") == {"Jacob Blake"}
    assert _args(x, "shoot.02", "agent") == {"police"}
    x = _read(nlp, "A police investigation into the crash is under way.")
    assert _args(x, "investigate.01", "agent") == {"police"}


def test_a_modifier_with_no_object_beside_it_is_no_agent(nlp):
    # (the control) nothing else is the noun's object: "the school shooting", "a prisoner
    # release" (people undergo it), so no agent is read from the modifier
    x = _read(nlp, "The school shooting in Parkland killed 17 people.")
    assert _args(x, "kill.01", "patient") == {"17 people"}
    assert _args(x, "shoot.02", "agent") == set()
    x = _read(nlp, "The prisoner exchange of 2019 was welcomed by the families of the victims.")
    assert _args(x, "welcome.01", "agent") == {"the families of the victims"}
    assert not any(a for f in ("exchange.01", "release.01") for a in _args(x, f, "agent"))


def test_an_act_noun_a_body_does_to_its_phrase_object_is_an_event(nlp):
    # kg.extract.triggers._body_done_act: an act noun without a nominal suffix names an
    # event when an unnamed body before it does it to its phrase's object
    x = _read(nlp, "The government crackdown on protesters drew criticism.")
    assert _args(x, "crack_down.06", "agent") == {"government"}
    assert _args(x, "crack_down.06", "patient") == {"protesters"}
    x = _read(nlp, "A government takeover of the bank was announced on Monday.")
    assert _args(x, "take_over.12", "patient") == {"the bank"}


def test_an_act_noun_with_no_doer_stays_no_event(nlp):
    # (the control) "the campaign" alone, and a body with nothing done to: no event
    x = _read(nlp, "The government campaign was a success, the minister said.")
    assert _args(x, "campaign.01", "agent") == set()
    assert any(c.lemma == "say" and c.speaker for c in x.extraction.claims)


# Sentence from https://en.wikinews.org/wiki/Hackers_attack_Church_of_Scientology_website
# (2008; GUM corpus), Wikinews contributors, CC BY 2.5
REQUESTS = ("Though YouTube is complying with the Church of Scientology's requests to take "
            "down the video, other sites such as Gawker.com have stated that they will keep "
            "hosting the video.")


def test_who_directs_does_not_do_what_the_directive_asks(nlp):
    # kg.extract.arguments (the noun's agent to its 'to'-clause) and subjects, discourse.json
    # directive_nouns: the owner of an order or request gives it; another acts
    x = _read(nlp, REQUESTS)
    assert _args(x, "take_down.22", "patient") == {"the video"}
    assert _args(x, "take_down.22", "agent") == set()
    x = _read(nlp, "Putin's order to withdraw the troops surprised the West.")
    assert _args(x, "withdraw.01", "agent") == set()
    assert _args(x, "order.01", "agent") == {"Putin"}


def test_who_decides_does_what_the_decision_says(nlp):
    # (the control) a noun of intent: its owner acts
    x = _read(nlp, "Trump's decision to withdraw troops from Syria angered allies.")
    assert _args(x, "withdraw.01", "agent") == {"Trump"}


# Sentence from https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
# (2020), Wikinews contributors, CC BY 2.5
HAWKINS = ("Hawkins predicted President Trump would lose in a massive landslide and asked "
           "voters to vote for what they truly believe.")


def test_a_past_tense_joined_to_a_modal_verb_is_the_saying_verbs_conjunct(nlp):
    # kg.extract.arcs.past_tenses_joined_to_infinitives: "asked" cannot share "would"
    x = _read(nlp, HAWKINS)
    assert _args(x, "ask.02", "agent") == {"Hawkins"}
    assert _args(x, "ask.02", "addressee") == {"voters"}
    x = _read(nlp, "Johnson urged the embassy to reconsider and spoke with Mike Pompeo.")
    assert _args(x, "speak.01", "agent") == {"Johnson"}
    assert not any(e.frame == "speak.01" and e.modality != "asserted"
                   for e in x.extraction.events)


def test_a_participle_after_a_comma_stays_on_its_noun(nlp):
    # (the control) no "and": "renamed" names the Act, it is no act of the speaker's
    x = _read(nlp, "Biden said he would sign the renewal of the Voting Rights Act, renamed "
                   "the John R. Lewis Act.")
    assert _args(x, "rename.01", "agent") == set()
    assert any(c.lemma == "say" for c in x.extraction.claims)


ROBERT = ("Just ahead of the 2020 Democratic National Convention, Donald Trump's younger "
          "brother Robert died of an unspecified illness.")  # (the August 2020 page above)


def test_a_subject_read_as_an_apposition_in_a_fronted_phrase_is_the_subject(nlp):
    # kg.extract.arcs.subjects_read_as_appositions
    assert _args(_read(nlp, ROBERT), "die.01", "patient") == {"Robert"}


def test_an_apposition_with_a_subject_after_it_stays_an_apposition(nlp):
    # (the control) the verb has its own subject: the apposition is not moved
    x = _read(nlp, "At the convention, a gathering of thousands, the senator attacked Trump.")
    assert _args(x, "attack.01", "agent") == {"the senator"}


def test_a_verb_with_an_object_is_no_labour_strike(nlp):
    # senses.json: the labour-strike reading of "strike" only without an object ("the
    # driver ... struck a group of motorcycles" was a strike, by its cue word "driver")
    x = _read(nlp, "The driver crossed into the opposite lane and struck a group of "
                   "motorcycles, killing seven riders.")
    assert not any(e.kind == "LabourStrike" for e in x.extraction.events)
    assert _args(x, "strike.01", "patient") == {"a group of motorcycles"}
    x = _read(nlp, "Teachers struck on Monday over pay.")
    assert any(e.kind == "LabourStrike" for e in x.extraction.events)


def test_where_words_were_posted_is_not_the_company_described(nlp):
    # kg.extract.coref.descriptions._medium_of_saying: "on Twitter" is where he said it
    x = _read(nlp, "Elon Musk said on Twitter that the company would cut prices.")
    assert _args(x, "cut.01", "agent") == {"the company"}
    # (the controls) the platform as the one who speaks, or another company named
    x = _read(nlp, "Twitter said on Monday that the company would cut 500 jobs.")
    assert _args(x, "cut.01", "agent") == {"Twitter"}
    x = _read(nlp, "Tesla chief Elon Musk said on Twitter that the company would cut prices.")
    assert _args(x, "cut.01", "agent") == {"Tesla"}


def test_a_country_sanctions_are_on_is_their_target(nlp):
    # kg.extract.arguments.preposition: "on" a country after a noun of sanctions or
    # attacks is what they bear on, not where they are (the noun's sense has no examples)
    x = _read(nlp, "The European Union imposed new sanctions on Russia over the invasion "
                   "of Ukraine.")
    assert _args(x, "sanctions.00", "patient") == {"Russia"}
    assert _args(x, "sanctions.00", "location") == set()
    # (the control) a place "on" which a verb happens stays its location
    x = _read(nlp, "The president spoke on Cyprus on Monday.")
    assert _args(x, "speak.01", "location") == {"Cyprus"}


def test_who_is_blamed_is_the_on_phrase_and_the_object_what_for(nlp):
    # kg.extract.arcs.pinning_phrases_read_on_objects and senses.json verbs.blame: "on
    # Islamic State" is the verb's (the parser read "an attack on Islamic State")
    x = _read(nlp, "Officials blamed the attack on Islamic State.")
    assert _args(x, "blame.01", "patient") == {"Islamic State"}
    assert _args(x, "attack.01", "patient") == set()
    x = _read(nlp, "The attack was blamed on Islamic State.")
    assert _args(x, "blame.01", "patient") == {"Islamic State"}
    # (the control) blaming someone for something: the one blamed is the object
    x = _read(nlp, "The minister blamed the opposition for the crisis.")
    assert _args(x, "blame.01", "patient") == {"the opposition"}


def test_what_a_future_act_brings_with_it_is_to_come(nlp):
    # kg.extract.modality.of_verb: a participle after a clause with "will" shares its future
    x = _read(nlp, "Ford will invest 3.7 billion dollars in its Michigan plants, creating "
                   "3,200 jobs.")
    assert {e.modality for e in x.extraction.events if e.frame == "create.01"} == {"future"}
    # (the control) after a past clause the participle is asserted
    x = _read(nlp, "Ford invested 3.7 billion dollars in its plants, creating 3,200 jobs.")
    assert {e.modality for e in x.extraction.events if e.frame == "create.01"} == {"asserted"}


def test_an_unnamed_body_a_statement_comes_from_is_who_speaks(nlp):
    # kg.extract.attribution._first_entity: "a statement from the ministry" speaks for it
    x = _read(nlp, "According to a statement from the ministry, 15 soldiers were wounded.")
    names = {e.key: e.name for e in x.extraction.entities}
    assert [names.get(c.speaker) for c in x.extraction.claims] == ["the ministry"]
    # (the control) a statement from no one named stays the source
    x = _read(nlp, "According to a statement, 15 soldiers were wounded.")
    names = {e.key: e.name for e in x.extraction.entities}
    assert [names.get(c.speaker) for c in x.extraction.claims] == ["a statement"]
