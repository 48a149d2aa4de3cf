"""Stop 59: constructions found on judged samples of unseen news (docs/extraction.md,
"Stop 59"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import frames_of
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentence from https://en.wikinews.org/wiki/Red_Hat_to_move_focus_away_from_CentOS_in_favour_of_Stream;_CentOS_team_discuss_implications_with_Wikinews
# (2020), Wikinews contributors, CC BY 2.5
UPGRADES = ("Upgrades between major release versions provide a chance to provide the latest "
            "versions of packages to our users.")


def _lemmas(x) -> set[str]:
    return {r.lemma for r in x.extraction.relations}


def test_a_chance_is_no_act(nlp):
    # senses.json nouns "chance": a likelihood or an opportunity is no event of its own,
    # so no fact "Upgrades chance ..." (chance.01 is taking a risk, chance.02 a likelihood)
    x = _read(nlp, UPGRADES)
    assert not {"chance.01", "chance.02"} & frames_of(x)
    assert "chance" not in _lemmas(x)
    # the verbs around it are still read
    assert _args(x, "provide.01", "agent") == {"Upgrades"}
    x = _read(nlp, "Holes in the skin could increase the chance of infection after surgery.")
    assert not {"chance.01", "chance.02"} & frames_of(x)
    assert _args(x, "increase.01", "patient") == {"the chance of infection"}


# Sentence from https://en.wikinews.org/wiki/Zara_Kay_tells_Wikinews_about_her_non-profit_organisation_Faithless_Hijabi
# (2020), Wikinews contributors, CC BY 2.5
HOPING = ("So, we're hoping to apply for government grants, use part of their grants, to "
          "award ex-Muslim women.")


def _lemmas_of(nlp, text: str) -> dict[str, str]:
    return {t.lower_: t.lemma_ for t in nlp(text) if t.pos_ in ("VERB", "AUX")}


def test_a_verb_keeps_its_silent_e_where_the_stem_would_double(nlp):
    # kg.tagging._silent_e_first: spaCy's rules gave "hop", "rap", "slat", "rat", "wag"
    lemmas = _lemmas_of(nlp, "He hoped, hoping they raped no one; it was slated and rated "
                             "while rebels were waging war. She hopes to win.")
    assert {w: lemmas[w] for w in ("hoped", "hopes", "hoping", "raped", "slated", "rated",
                                   "waging")} == {
        "hoped": "hope", "hopes": "hope", "hoping": "hope", "raped": "rape",
        "slated": "slate", "rated": "rate", "waging": "wage"}
    # a stem that doubles, or one that cannot, keeps its own lemma
    lemmas = _lemmas_of(nlp, "They hopped and were singing, and he plans to box.")
    assert (lemmas["hopped"], lemmas["singing"], lemmas["plans"]) == ("hop", "sing", "plan")


def test_hoping_to_do_a_thing_is_not_doing_it(nlp):
    # "hope" is an attitude of the future (senses.json classes.attitude); read as "hop"
    # the application was asserted
    x = _read(nlp, HOPING)
    applied = [e for e in x.extraction.events if e.frame == "apply.01"]
    assert [e.modality for e in applied] == ["future"]


# Sentences from https://en.wikinews.org/wiki/Bishop_Emeritus_Dinualdo_Gutierrez_of_Marbel,_Philippines_dies
# (2019), Wikinews contributors, CC BY 2.5
OXYGEN = ("Gutierrez was suffering from prostate cancer and chronic obstructive pulmonary "
          "disease. He was reportedly seen with a small oxygen tank during public events.")


def test_seeing_a_person_named_by_a_pronoun_is_a_fact(nlp):
    # kg.extract.triggers._nominal_only: a verb of perception or saying is a fact about
    # its object when that is a noun phrase; a personal pronoun is one too
    assert _args(_read(nlp, OXYGEN), "see.01", "patient") == {"Gutierrez"}
    assert _args(_read(nlp, "Gutierrez was ill. Police saw him in Manila."), "see.01",
                 "patient") == {"Gutierrez"}
    # "it" may stand for what was said: no perception fact about a clause
    assert "see.01" not in frames_of(_read(nlp, "Police saw that he was ill."))


# Sentence from https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
# (2018), Wikinews contributors, CC BY 2.5
MISSING = "Deputy Governor Oleg Klimov indicated 68 people were missing."


def test_who_is_missing_is_what_is_missing_not_one_who_misses(nlp):
    # senses.json verbs/adjectives "missing", and kg.extract.subjects: the copula's subject
    # of "were missing" is miss.01's ARG1 (the thing lacking), as the dev gold has it
    assert _args(_read(nlp, MISSING), "miss.01", "patient") == {"68 people"}
    x = _read(nlp, "Three fishermen are still missing and five sailors remain missing.")
    assert _args(x, "miss.01", "patient") == {"Three fishermen", "five sailors"}
    assert _args(x, "miss.01", "agent") == set()
    # with an object, the subject still misses it
    x = _read(nlp, "The striker missed a penalty in the final.")
    assert _args(x, "miss.01", "agent") == {"The striker"}


# Passage from https://en.wikinews.org/wiki/Iranian_International_Master_Dorsa_Derakhshani_discusses_her_chess_career_with_Wikinews
# (2020), Wikinews contributors, CC BY 2.5
CITIZENSHIP = ("((WN))  You had applied for the US citizenship.  Has it been approved?\n\n"
               "((Dorsa Derakhshani))  Yeah!  I got my green card last year.\n\n"
               "((WN))  What is your major at the Saint Louis University?")
PANEL = ("((WN))  You had applied for the US citizenship.\n\n"
         "((Dorsa Derakhshani))  Yeah!  I got my green card last year.\n\n"
         "((Borna Derakhshani))  So did I, and you can see it here.")


def test_you_in_the_interviewers_turn_is_the_one_interviewed(nlp):
    # kg.extract.coref.resolve_turns: "((WN)) You had applied" is Dorsa Derakhshani's act
    x = _read(nlp, CITIZENSHIP)
    assert _args(x, "apply.02", "agent") | _args(x, "apply.01", "agent") == {
        "Dorsa Derakhshani"}
    # the one answering says "I" of herself, not "you"; with two answering, the
    # interviewer's "you" may be either: left open
    x = _read(nlp, PANEL)
    assert _args(x, "apply.02", "agent") | _args(x, "apply.01", "agent") == {"You"}


# Sentences from https://en.wikinews.org/wiki/Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister
# (2019) and https://en.wikinews.org/wiki/US_federal_agency_announces_plans_to_begin_presidential_transition_process_following_Trump_election_loss
# (2020), Wikinews contributors, CC BY 2.5
POLITICS = "Johnson first entered politics when elected in 2001 as a member of Parliament."
POSITION = ("President Trump, who appointed Murphy to her position himself in 2017, responded to "
            "her letter on Twitter.")


def _dated(x, frame: str) -> set[str | None]:
    """The dates the events of ``frame`` are dated with (None: undated)."""
    return {e.time.value if e.time else None for e in x.extraction.events if e.frame == frame}


def _date(x, frame: str) -> set[str | None]:
    """The years the events of ``frame`` are dated in (None: undated)."""
    return {str(v)[:4] if v else None for v in _dated(x, frame)}


def test_a_clause_takes_the_time_of_its_when_clause(nlp):
    # kg.extract.facts._from_when_clauses: entering politics happened when he was elected
    assert _date(_read(nlp, POLITICS), "enter.01") == {"2001"}
    # a "when" clause of another tense does not date it ("will resign when it rules")
    x = _read(nlp, "He will resign when the court ruled on Monday.")
    assert _date(x, "resign.01") == {None}


def test_a_position_is_no_act(nlp):
    # senses.json nouns "position": her post is no event, and the year dates the appointing
    x = _read(nlp, POSITION)
    assert not {"position.01", "position.02"} & frames_of(x)
    assert _date(x, "appoint.01") == {"2017"}


# Sentence from https://en.wikinews.org/wiki/New_Zealand_mosque_murder_suspect_appears_in_court_at_Christchurch
# (2019), Wikinews contributors, CC BY 2.5
NEXT_DAY = ("After his arrest on Friday, Brenton Tarrant stayed in the Christchurch central "
            "police station overnight before appearing in court on the next day.")


def test_the_next_day_is_counted_from_the_day_the_story_last_dated(nlp):
    # kg.extract.time._anchored_times: Friday 2024-03-15 (the publication date), then its
    # next day; each count starts from the day counted just before
    assert _dated(_read(nlp, NEXT_DAY), "appear.01") == {"2024-03-16"}
    x = _read(nlp, "Police arrested Jo Smith on Friday. Two days later, prosecutors charged "
                   "Jo Smith. On the same day, the court freed Jo Smith.")
    assert _dated(x, "charge.05") == _dated(x, "free.01") == {"2024-03-17"}
    # with no day before it, "the next day" counts from nothing
    assert _dated(_read(nlp, "Prosecutors charged Jo Smith the next day."),
                  "charge.05") == {None}


def test_a_count_of_days_looks_back_a_few_sentences_only(nlp):
    # kg.extract.time._ANCHOR_SENTENCES: a day dated many sentences before is often
    # another thread's (wikinews-2020-086: "On July 1" ... "The next day" of July 4)
    filler = " ".join(f"Observers noted point {n} about the campaign." for n in range(4))
    x = _read(nlp, f"Police arrested Jo Smith on Friday. {filler} The next day, "
                   "prosecutors charged Jo Smith.")
    assert _dated(x, "charge.05") == {None}
    x = _read(nlp, "Police arrested Jo Smith on Friday. Observers noted the arrest. The "
                   "next day, prosecutors charged Jo Smith.")
    assert _dated(x, "charge.05") == {"2024-03-16"}
