"""Stop 70: constructions found on dev's misses and judged samples of unseen news
(docs/extraction.md, "Stop 70"). Each test fails with its fix reverted."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


# Sentence from https://en.wikinews.org/wiki/Benin,_Nigeria_join_African_Union_continental_free_trade_bloc
# (2019), Wikinews contributors, CC BY 2.5
TRADE = ("This is in contrast to the European Union members, where intra-European trade "
         "accounts for over 60 percent of trade.")
# Sentence from https://en.wikinews.org/wiki/Wikinews_interviews_New_York_bar_owner_on_Santorum_cocktail
# (2012), Wikinews contributors, CC BY 2.5
MEDIA = ("[The santorum neologism is] offensive beyond, you know, anything that any public "
         "figure or anybody in America should tolerate, and the mainstream media laughs about it.")


def test_a_noun_before_a_tensed_verb_the_parser_joined_to_it_is_its_subject(nlp):
    # kg.extract.arcs.subjects_read_as_compounds: the noun was the verb's compound
    assert _args(_read(nlp, TRADE), "account.01", "agent") == {"intra-European trade"}
    assert _args(_read(nlp, MEDIA), "laugh.01", "agent") == {"the mainstream media"}


def test_a_noun_phrase_of_two_nouns_stays_the_object_it_is(nlp):
    # (the control) "runs the politics blog": a noun phrase after a verb, no clause
    x = _read(nlp, "Knapp runs the politics blog KN@PPSTER.")
    assert _args(x, "run.02", "agent") == {"Knapp"}
