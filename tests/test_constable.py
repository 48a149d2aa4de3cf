"""A police constable's rank is a title, not part of the name (hundred-and-sixty-seventh
extraction iteration; one entry of the roles table, ``roles.json`` ``titles``): "Kamloops
RCMP Constable Gary Gray said ..." had "Constable Gary Gray" as the speaker's name and no
position; and titles the model ran into one organisation with the name after them are cut
off (168th: "Detective Constable Daniel Dubé" was an organisation)."""
import pytest

from extracttools import named_claims

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_constable_is_named_without_the_rank_and_holds_it(read_text):
    # Sentence from https://en.wikinews.org/wiki/11-month_old_baby_finds_illegal_drugs_in_playground_in_British_Columbia,_Canadian_police_report
    # (2020), Wikinews contributors, CC BY 2.5, shortened
    x = read_text("Kamloops RCMP Constable Gary Gray said fentanyl had become a popular drug "
                  "in Kamloops because it was potent.")
    assert [name for name, _ in named_claims(x)] == ["Gary Gray"]
    names = {e.key: e.name for e in x.entities}
    assert ("Gary Gray", "constable") in {(names.get(r.holder), r.role) for r in x.roles}


def test_titles_the_model_ran_into_a_name_are_cut_off(read_text):
    # Sentence from the same article, shortened: the model tags the titles and the name
    # one organisation
    x = read_text("In Ontario, provincial police Detective Constable Daniel Dubé stated to the "
                  "CBC in late June that the border closure drove up the prices of illicit "
                  "drugs.")
    names = {e.key: (e.name, e.type) for e in x.entities}
    assert [names.get(c.speaker) for c in x.claims] == [("Daniel Dubé", "Person")]
