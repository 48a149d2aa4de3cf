"""Coreference within an article: pronouns and definite descriptions -> entities.

Rules over the dependency parse, with agreement and recency (coreferee needs a
model downloaded from GitHub, so it cannot run offline here):

- pronouns: he/she/his/her -> a person; its (and "it" as the subject of an event
  verb) -> a country, organisation, place or facility; they/their -> a group or
  organisation. Candidates are the entity mentions of the same sentence (before the
  pronoun) and the two sentences before, scored by recency and grammatical role
  (subjects first). Two strong structural cues override the scores: a pronoun in a
  clause governed by a verb whose subject is the candidate ("Putin announced he would
  withdraw"), and a possessive in a conjunct of the candidate ("Assad and his
  opponents"). A pronoun never takes a co-argument of its own verb ("Putin called
  him"). Gender comes from titles ("spokeswoman", "Mrs") and earlier pronouns.
- definite descriptions: "the Syrian leader" / "the president" -> the one person
  whose position matches (from the role step); "the Middle Eastern country", "the
  Syrian capital", "the company", "the ministry", "the militants" -> the salient
  entity of a fitting type (recency x grammatical role, as for pronouns), filtered by
  the region or country its adjective names and, for organisations, by kind: a kind
  word in the name ("European Commission", "Defence Ministry") or the noun the name
  was introduced with ("the Vereinigung Cockpit union") must fit the head, and "the
  ministry" needs such a word. A name introduced with the description's own noun ("the
  town of Flin Flon") counts extra and is remembered longer. Names joined by "and"
  ("Siemens and Alstom ... the company") leave it unresolved. "The iPhone maker": the
  product name the NER took for an organisation folds into the maker.
- names taken up by their head or kind: "the bill" -> the one earlier name ending in
  Act, Bill or Law, "the event" -> the one ending in Fair, Summit, Games, "the storm" ->
  the one opening with Storm, Hurricane, Typhoon or Cyclone (not "the 1999 storm"); "the baby",
  "the child" -> the one person introduced with such a noun ("their child, Gloria");
  "his sister" -> the one person introduced as the possessor's kin ("his wife Manju
  Sam") or whose introduction makes the possessor theirs ("Waseem, brother of Qandeel
  Baloch"); two such names or people leave it unresolved. What an organisation is
  ("the network") is read from the whole article, not only the text before.
- quotations: a third-person pronoun in one is not its speaker (nor the body they speak
  for), and an "it" or "they" in one takes nothing named outside it; "I" and "we" in
  one are its speaker and the body they speak for (a role's organisation, or the one
  named with a title that is no role: "SpaceX founder Elon Musk"). An "it" standing
  for a clause after its verb ("it took five hours to") and a possessive standing
  alone ("ended his") are not resolved.

When the best candidate does not beat the runner-up clearly, nothing is resolved.
Resolved mentions are added to the entity table (kind "pronoun" or "description"),
so later steps read "he" as the entity it refers to through ``table.key_of``.

The package: ``resolver`` (the one pass over the article), ``pronouns``,
``descriptions`` (titles, kinds, kin, counterparts, short names), ``quotes`` (speakers
of quotations, "I" and "we" in a claim, "I" in an interview's answer) and ``base`` (what
they share).
"""
from kg.extract.coref.base import DESCRIPTION_WINDOW, PRONOUN_WINDOW, Resolution
from kg.extract.coref.quotes import resolve_quoted, resolve_turns
from kg.extract.coref.resolver import resolve

__all__ = ["DESCRIPTION_WINDOW", "PRONOUN_WINDOW", "Resolution", "resolve", "resolve_quoted",
           "resolve_turns"]
