"""Twenty-second iteration: resolution, pronouns kept and argument spans
(docs/extraction.md, "Twenty-second iteration"). Self-written sentences; each test fails
when its fix is removed."""
from __future__ import annotations

import pytest

from extracttools import frame_args as _args
from extracttools import read_everything as _read

pytestmark = pytest.mark.extraction  # runs kg's extractor (tests/test_extraction_tests_can_fail.py)


def test_a_relative_clause_on_what_a_name_is_said_to_be_is_about_the_name(nlp):
    # "X is an organisation which helps": the copula makes the description the name, so
    # the relative clause's subject is the named organisation, not "an organisation"
    reading = _read(nlp, "The Red Cross is an organisation which helps refugees in the region.")
    assert _args(reading, "help.01", "agent") == {"Red Cross"}
    # also through "which is": "Fort Halden, which is a training base used by ..."
    reading = _read(nlp, "The crash happened near Fort Halden, which is a training base used "
                         "by the Canadian Army.")
    assert _args(reading, "use.01", "patient") == {"Fort Halden"}


def test_a_relative_clause_on_a_names_apposition_is_about_the_name(nlp):
    # "Jane Porter, the lawyer who represented the families": the lawyer is Jane Porter
    reading = _read(nlp, "Jane Porter, the lawyer who represented the families, spoke to "
                         "reporters.")
    assert _args(reading, "represent.01", "agent") == {"Jane Porter"}


def test_a_description_said_to_be_a_name_is_also_a_mention_of_it(nlp):
    # annotators give the description ("a training base") or the name: both must match,
    # so the description is recorded as one of the name's mentions
    x = _read(nlp, "The crash happened near Fort Halden, which is a training base used by "
                   "the Canadian Army.").extraction
    fort = next(e for e in x.entities if e.name == "Fort Halden")
    assert "a training base" in {m.text for m in fort.mentions}


def test_a_superlative_description_is_not_the_earlier_one_with_its_noun(nlp):
    # "their skulls" ... "The largest skulls were found": a part singled out, not the same
    # skulls again
    reading = _read(nlp, "Scientists measured their skulls in the lab. The largest skulls "
                         "were found in older animals.")
    assert _args(reading, "find.01", "patient") == {"The largest skulls"}
    # a name the later one adds: another thing of that kind, named
    reading = _read(nlp, "Red Hat sells a paid operating system. Red Hat also sponsors the "
                         "Fedora operating system.")
    assert _args(reading, "sponsor.01", "patient") == {"the Fedora operating system"}


def test_a_description_later_identified_as_a_person_is_that_person(nlp):
    # "a man attacked ... detained the man, later identified as Peter Novak": both
    # descriptions are the person the article names
    reading = _read(nlp, "A man attacked two guards at the station on Monday. Police "
                         "detained the man, later identified as Peter Novak.")
    assert _args(reading, "attack.01", "agent") == {"Peter Novak"}
    assert _args(reading, "detain.01", "patient") == {"Peter Novak"}
    # a description with the noun of an identified one, but of another age, is someone
    # else: the article tells the two apart
    reading = _read(nlp, "A 30-year-old man attacked two guards at the station. Police later "
                         "detained a 25-year-old man, identified as Peter Novak, in another "
                         "city.")
    assert "Peter Novak" not in _args(reading, "attack.01", "agent")


def test_a_passive_it_stands_for_the_name_before_it(nlp):
    # "It is based on ...": a passive's subject "it" is something acted on, resolved like
    # the subject of an event verb
    reading = _read(nlp, "The Harbour Party was founded in 2011 by Anna Berg. It is based on "
                         "the ideas of social justice.")
    party = _args(reading, "found.04", "patient")
    assert party and "It" not in party
    assert _args(reading, "base.02", "patient") == party  # "based on": base.02


def test_a_negation_covers_the_verbs_it_joins_with_or(nlp):
    # "did not practice social distancing or wear face masks": neither was done
    x = _read(nlp, "Most visitors did not practice social distancing or wear face "
                   "masks.").extraction
    assert {e.polarity for e in x.events if e.frame == "wear.01"} == {"negative"}
    # "and" adds what happened: "did not resign and left" is no negation of leaving
    x = _read(nlp, "The guards did not stop the crowd and watched the march.").extraction
    assert {e.polarity for e in x.events if e.frame == "watch.01"} == {"positive"}
