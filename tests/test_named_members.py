"""A list of names in apposition to a plural noun names its members, each an argument,
also when the parser hangs the list on the name conjoined before the noun
(hundred-and-thirty-fifth extraction iteration)."""
from __future__ import annotations

import pytest

from extracttools import named_events

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "Cairo summit denounces Turkish-Libyan maritime border agreement", Wikinews,
# 2020-01-11,
# https://en.wikinews.org/wiki/Cairo_summit_denounces_Turkish-Libyan_maritime_border_agreement
# ("Wikinews contributors", CC BY 2.5).
MINISTERS = ("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French "
             "counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le Drian, "
             "respectively, gathered in Cairo on Wednesday to discuss Libya–Turkey relations.")


def test_each_named_counterpart_discusses(nlp):
    args = next(a for f, a in named_events(nlp, MINISTERS) if f == "discuss.01")
    agents = {name for role, name in args if role == "agent"}
    assert {"Sameh Shoukry", "Nikos Dendias", "Jean-Yves Le Drian"} <= agents


def test_a_counted_group_and_its_names(nlp):
    # From "Iranian International Master Dorsa Derakhshani discusses her chess career with
    # Wikinews", Wikinews, 2020-04-14,
    # https://en.wikinews.org/wiki/Iranian_International_Master_Dorsa_Derakhshani_discusses_her_chess_career_with_Wikinews
    # ("Wikinews contributors", CC BY 2.5)
    text = ("In February 2017, the Iranian Chess Federation announced two teenage chess "
            "players, Dorsa Derakhshani and her younger brother Borna Derakhshani, were "
            "banned from representing the national team.")
    args = next(a for f, a in named_events(nlp, text) if f == "ban.01")
    assert {("patient", "Dorsa Derakhshani"), ("patient", "Borna Derakhshani")} <= set(args)


def test_one_name_after_a_singular_noun_is_no_list(nlp):
    # a guard: "his counterpart, X" is X, one argument
    args = next(a for f, a in named_events(
        nlp, "His counterpart, Nikos Dendias, discussed the deal.") if f == "discuss.01")
    assert [name for role, name in args if role == "agent"] == ["Nikos Dendias"]
