"""A name the model tags an organisation once and a person once is a person when a noun
of people stands in apposition to it (hundred-and-sixty-first extraction iteration):
"Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian presidential
election" was tagged ORG there and PERSON later; the tie went to the organisation, and
"She spoke about her husband" lost its speaker and every fact after it."""
import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Text from https://en.wikinews.org/wiki/Belarussian_opposition_presidential_candidate_Sviatlana_Tsikhanouskaya_holds_major_rally_in_Minsk
# (2020), Wikinews contributors, CC BY 2.5, the first four paragraphs and a sentence
RALLY = (
    "On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate for the Belarusian "
    "presidential election to be held on August 9, held a rally in Minsk, Belarus.  The rally "
    "was visited by several tens of thousands of people, and was reportedly one of the "
    "biggest political events in Belarus in a decade.\n\nAccording to reports from the "
    "ministry of internal affairs of Belarus on Friday, and Vyasna, an independent "
    "Belarusian human rights center, on Thursday, around 18,250 to 63,000 visitors attended "
    "the rally.  A main issue discussed was the liberation of political prisoners arrested "
    "during the campaign.\n\nThe rally started around 18:00 local time (1500 UTC). During "
    "the first two hours, friends and relatives of political prisoners spoke.  Belarusian "
    "musicians made performances between their speeches.\n\nSviatlana Tsikhanouskaya "
    "arrived at at about 20:00. She spoke about her husband Siarhei, who was arrested in "
    "May, and promised to conduct new completely fair elections.")


def test_a_candidate_in_apposition_breaks_the_tie_for_a_person(read_text):
    x = read_text(RALLY)
    her = next(e for e in x.entities if e.name == "Sviatlana Tsikhanouskaya")
    assert her.type == "Person"
    assert "She" in [m.text for m in her.mentions]


def test_an_organisation_described_by_an_agent_noun_stays_one(read_text):
    # guard: the apposition alone does not make a person of a name the model reads as an
    # organisation ("a major investor" describes companies too)
    x = read_text("Microsoft, a major investor in OpenAI, said on Monday it would add "
                  "staff. Microsoft shares rose.")
    assert {e.type for e in x.entities if e.name == "Microsoft"} == {"Organization"}
