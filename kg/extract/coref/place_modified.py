"""A place named before a description's noun says where the thing is, not what it is:
"The Montreal team used ... The team then analyzed" takes up "the Montreal team", not
Montreal (a city is no team), as "the Texas company ... the company" is no state. An
organisation's own name in that slot is the thing ("the IG Metall union ... the union"),
so only place and nationality names are set aside, and only for heads that are no places
themselves."""
from __future__ import annotations

from spacy.tokens import Token

#: spaCy's labels of places and nationalities, for a name the entity step typed by its
#: head noun ("the Texas company": an organisation by context)
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_PLACE_TYPES = frozenset({"Place", "Country"})
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def places_the_noun(root: Token, type_: str, lemma: str, head_types: frozenset[str]) -> bool:
    """Whether a name mention (``root``, of entity type ``type_``) only modifies an earlier
    noun with the description's ``lemma`` as its place, the description's head being of
    ``head_types`` (none of them a place)."""
    if head_types & _PLACE_TYPES or root.dep_ not in _MODIFIER_DEPS:
        return False
    noun = root.head
    return noun.i > root.i and noun.pos_ == "NOUN" and noun.lemma_.lower() == lemma and (
        type_ in _PLACE_TYPES or root.ent_type_ in _PLACE_LABELS)
