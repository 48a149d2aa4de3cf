"""A clause before a speech verb that opens with 'before', 'after', 'when' or 'if' says
when or why something was said, not what: the clause after the verb is the claim, even
when the parser hung both on the verb as its complement (hundred-and-thirty-third
extraction iteration)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)

# From "US House of Representatives holds two Cabinet officers in criminal contempt of
# Congress", Wikinews, 2019-07-20,
# https://en.wikinews.org/wiki/US_House_of_Representatives_holds_two_Cabinet_officers_in_criminal_contempt_of_Congress
# ("Wikinews contributors", CC BY 2.5).
CLAIMED = ("On June 12, minutes before the Oversight Committee voted to refer them to the "
           "full House to be held in contempt, Trump formally claimed the documents were "
           "subject to executive privilege.")


def test_what_is_claimed_is_the_clause_after_the_verb(read_text):
    x = read_text(CLAIMED)
    assert [(c.lemma, c.text) for c in x.claims] == [
        ("claim", "the documents were subject to executive privilege")]


def test_a_content_clause_before_the_verb_is_still_what_is_said(read_text):
    # a guard: no subordinating word, nothing after the verb
    x = read_text("The documents were subject to executive privilege, Trump claimed.")
    assert [c.text for c in x.claims] == ["The documents were subject to executive privilege"]
