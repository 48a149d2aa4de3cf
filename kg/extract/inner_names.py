"""Names inside the longer spans the entity step keeps whole (linking iteration 17).

The longer span stays what it is (a force, an organisation): facts read it as one
participant. The name inside it becomes a mention of its own, as ELEVANT's guidelines
annotate it and as the field links it:

- the country named before a force ("US special forces", "Russia's army"): a mention
  of the country, as a demonym before any other noun already is ("the Syrian
  government"). Not a demonym ("American troops"): GUM leaves those unannotated, and
  on train+dev they cost precision (0.883 -> 0.877) for no link it counts;
- a person of the article before a possessive inside an organisation's or an event's
  name the model ran together ("Paul's Rally for the Republic" after "Ron Paul").

Both give spans and how to read them; ``entities.find_entities`` makes them candidates
after the longer names, so the longer name keeps its tokens. And one split: a person the
article names in full elsewhere, run by the model into the organisation before it ("told
NPR Hamza bin Laden had appeared"), is the organisation and the person
(``person_at_end``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from kg.extract.lexicons import Countries

#: Labels of the model's names a person's possessive may open ("Paul's Rally").
POSSESSED_LABELS = frozenset({"ORG", "EVENT", "FAC", "WORK_OF_ART", "PRODUCT"})
POSSESSIVES = frozenset({"'s", "’s", "'"})
FORCES = "FORCES"


@dataclass(frozen=True)
class InnerName:
    """A name inside a longer span: its tokens, kg type, identity and mention kind."""

    span: Span
    type: str
    ident: str
    kind: str = "name"


def country_of_force(ent: Span, countries: Countries) -> InnerName | None:
    """The country's name opening a force ("US" of "US special forces", "Russia" of
    "Russia's army"): a named mention of the country. A demonym ("American troops")
    is none (see the module's docstring), nor a country in a force's proper name, its
    force word capitalised ("U.S. Navy", "US Army": the name of an item of its own)."""
    if ent.label_ != FORCES:
        return None
    for size in range(min(3, len(ent) - 1), 0, -1):  # "United States troops": the longest
        lead = ent[:size]
        if lead.text in countries.names:
            if any(t.is_alpha and not t.is_lower for t in ent[size:]):
                return None  # "U.S. Navy": a name of its own, no country's mention in it
            return InnerName(lead, "Country", countries.names[lead.text])
    return None


def possessive_person(ent: Span, people: dict[str, str]) -> InnerName | None:
    """A person of the article whose name, or the surname of whose full name, opens a
    longer name before a possessive ("Paul's Rally for the Republic in 2008" in an
    article naming Ron Paul). ``people``: name or surname -> the full name, for the
    names and surnames that point at exactly one person of the article."""
    if ent.label_ not in POSSESSED_LABELS or len(ent) < 3:
        return None
    marks = [t.i for t in ent[1:-1] if t.text in POSSESSIVES]
    if not marks:
        return None
    lead = ent.doc[ent.start:marks[0]]
    full = people.get(lead.text)
    if full is None or not all(t.is_title for t in lead):
        return None
    return InnerName(lead, "Person", full)


def person_at_end(ent: Span, people: dict[str, str]) -> tuple[Span, InnerName] | None:
    """An organisation's or a place's span that ends with the full name (two words or
    more) of a person the article names on their own elsewhere ("NPR Hamza bin Laden"
    after "Hamza bin Laden"): the words before it, with the model's label, and the
    person."""
    if ent.label_ not in ("ORG", "GPE", "NORP", "FAC") or len(ent) < 3:
        return None
    for k in range(1, len(ent) - 1):
        tail, last = ent[k:], ent[k - 1]  # the person, and the organisation's last word
        if people.get(tail.text) == tail.text and last.is_alpha and last.text[:1].isupper():
            head = Span(ent.doc, ent.start, ent.start + k, label=ent.label_)
            return head, InnerName(tail, "Person", tail.text)
    return None


def people_by_name(full_names: list[str]) -> dict[str, str]:
    """Each full name (two words or more) and each surname that exactly one of them
    ends with -> that full name: who a name or a surname in a longer name may be."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for name in dict.fromkeys(full_names):
        words = name.split()
        if len(words) < 2:
            continue
        out[name] = name
        last = words[-1]
        if last in out and out[last] != name:
            shared.add(last)
        out.setdefault(last, name)
    return {k: v for k, v in out.items() if k not in shared}
