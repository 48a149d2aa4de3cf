"""A title, then a lower-case name particle and capitalised words the model left out, is
a person's name (hundred-and-sixty-fifth extraction iteration): in "Mayor de Blasio, a
member of the Democratic Party, spoke ... when he made the announcement: "I feel like I
have contributed all I can ..."" the model tagged no one, and the party in the apposition
became the speaker."""
import pytest

from extracttools import named_claims

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# Sentence from https://en.wikinews.org/wiki/NYC_Mayor_de_Blasio_ends_US_presidential_campaign
# (2019), Wikinews contributors, CC BY 2.5, shortened
BLASIO = ('Mayor de Blasio, a member of the Democratic Party, spoke on the morning show when '
          'he made the announcement: "I feel like I have contributed all I can to this '
          'primary election."')


def test_a_titled_name_with_a_particle_is_a_person(nlp):
    assert ("de Blasio", "PERSON") in [(e.text, e.label_) for e in nlp(BLASIO).ents]


def test_the_titled_person_not_the_party_is_the_speaker(read_text):
    x = read_text(BLASIO)
    assert [name for name, _ in named_claims(x)] == ["de Blasio"]


def test_a_particle_after_a_title_without_a_name_is_no_name(nlp):
    # guard: "de facto" is no name
    assert not [e for e in nlp("The Mayor de facto ruled the city.").ents
                if e.label_ == "PERSON"]
