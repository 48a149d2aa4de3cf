"""A capitalised title outside any name speaks for itself (two-hundred-and-fourth
extraction iteration, kg.extract.attribution._own_description): "The Health Minister for
the Biobio Region reported" is the minister's report, not the region's; "The Chief
Technological Officer of Red Hat said" is the officer's saying, not Red Hat's."""
import pytest

from extracttools import named_claims, read_everything

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def _speakers(nlp, text: str) -> list[str | None]:
    claims = named_claims(read_everything(nlp, text))
    assert claims, "no claim read"
    return [speaker for speaker, _ in claims]


def test_a_capitalised_minister_of_a_region_is_the_speaker(nlp):
    # https://en.wikinews.org/wiki/Chilean_authorities_report_first_COVID-19_outbreak_in_Antarctica
    # (2020), Wikinews contributors, CC BY 2.5
    speakers = _speakers(nlp, "The Health Minister for the Biobio Region reported 21 confirmed "
                              "cases of the virus on the supply vessel.")
    assert speakers == ["The Health Minister"], speakers


def test_a_capitalised_officer_of_a_company_is_the_speaker(nlp):
    speakers = _speakers(nlp, "The Chief Executive Officer of Red Hat said the company had "
                              "informed the board.")
    assert speakers and all(s and "Officer" in s for s in speakers), speakers


def test_a_named_company_still_speaks_for_itself(nlp):
    # guard: a name is no title
    speakers = _speakers(nlp, "Red Hat said the company had informed the board.")
    assert speakers == ["Red Hat"], speakers
