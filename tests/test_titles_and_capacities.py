"""A bare title joined by "and" to a titled name, and what a worker works "as"
(hundred-and-eighty-eighth extraction iteration). Both came from a judged sample of the
facts kg emits on unseen Wikinews articles: "former Rhode Island governor and US Senator
Lincoln Chafee" had been read as two people, and "worked ... as a Commercial Banker" as
a job worked on. A place fronted before the clause ("In Greater Melbourne ..., 63.3% of
residents were born in Australia") had been given as a birthplace too."""
import pytest

from extracttools import events_of

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_bare_title_joined_to_a_titled_name_is_that_person(nlp):
    # Sentence from https://en.wikinews.org/wiki/Wikinews_interviews_2020_US_Libertarian_Party_presidential_candidate_Adam_Kokesh
    # (2019), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Congressman Justin Amash and former Rhode Island governor and US "
                          "Senator Lincoln Chafee are both reportedly considering runs.",
                     "consider.01")
    agents = {n for a in args for r, n in a if r == "agent"}
    assert agents == {"Justin Amash", "Lincoln Chafee"}, args


def test_a_title_with_its_own_article_is_a_participant_of_its_own(nlp):
    # guard: "a governor and Senator X" are two
    args = events_of(nlp, "A governor and Senator Lincoln Chafee visited the plant on Monday.",
                     "visit.01")
    agents = {n for a in args for r, n in a if r == "agent"}
    assert "Lincoln Chafee" in agents and len(agents) == 2, args


def test_what_a_worker_works_as_is_no_job_worked_on(nlp):
    # Sentence from https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
    # (2020), Wikinews contributors, CC BY 2.5
    args = events_of(nlp, "Gricol Yang obtained a degree in commerce and worked in the ANZ "
                          "Banking Group as a Commercial Banker.", "work.01")
    assert any(("agent", "Gricol Yang") in a for a in args), args
    assert not any(r == "patient" for a in args for r, _ in a), args


def test_what_a_worker_works_on_is_still_the_job(nlp):
    # guard: PropBank's ARG1 by its own preposition
    args = events_of(nlp, "Joshua Winch also worked on several film projects as a production "
                          "assistant.", "work.01")
    assert any(("patient", "several film projects") in a for a in args), args


def test_a_place_fronted_before_the_clause_is_no_birthplace(nlp):
    # Sentence from https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
    # (2020), Wikinews contributors, CC BY 2.5 (kg.extract.facts._relations)
    from extracttools import read_everything
    x = read_everything(nlp, "In Greater Melbourne at the 2016 census, 63.3% of residents were "
                             "born in Australia.")
    names = {e.key: e.name for e in x.extraction.entities}
    born = {names.get(r.obj) for r in x.extraction.relations if r.predicate == "bornIn"}
    assert born == {"Australia"}, born


def test_a_capitalised_verb_inside_a_name_is_no_act(nlp):
    # Headline from https://en.wikinews.org/wiki/Wikinews_interviews_Mario_J._Lucero_and_Isabel_Ruiz_of_Heaven_Sent_Gaming
    # (GUM corpus), Wikinews contributors, CC BY 2.5 (kg.extract.triggers._capitalised_in_name)
    from extracttools import frames_of, read_everything
    x = read_everything(nlp, "Wikinews interviews Mario J. Lucero and Isabel Ruiz of Heaven "
                             "Sent Gaming")
    assert "send.01" not in frames_of(x), frames_of(x)
    # guard: a title-case headline keeps its verb
    x = read_everything(nlp, "Obama Signs Bill on Healthcare")
    assert "sign.01" in frames_of(x), frames_of(x)


def test_a_capitalised_verb_opening_a_name_is_no_act(nlp):
    # after https://en.wikinews.org/wiki/On_the_campaign_trail_in_the_USA,_October_2020
    # (2020), Wikinews contributors, CC BY 2.5: "Defund the Police" is a slogan's name
    from extracttools import frames_of, read_everything
    x = read_everything(nlp, "On Police reform, Blankenship and Carroll expressed opposition "
                             "to Defund the Police while La Riva fully endorsed it.")
    assert "defund.01" not in frames_of(x), frames_of(x)
    assert "endorse.01" in frames_of(x), frames_of(x)  # guard: the sentence is still read
    # guard: a lower-case verb before a name is an act
    x = read_everything(nlp, "The council voted to defund the Police Department.")
    assert "defund.01" in frames_of(x), frames_of(x)
