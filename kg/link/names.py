"""What a name says: the forms of an entity's name to look up, and how a name of an
item matches one of them (label or alias, a company's legal form, an acronym in its
case, a concept's lower-case label, a name of institutions every country has).

Plain functions over ``kg.model.Entity`` and ``kg.link.records.Record``; the decision
that weighs them is ``kg.link.disambiguate``.
"""
from __future__ import annotations

import re

from kg.link.records import Record
from kg.model import Entity, Extraction
from kg.vocab import normalise_name

PLACE_TYPES = frozenset({"Country", "Place"})
JOINER_WORDS = frozenset({"of", "the", "and", "for", "de", "&"})

#: Titles and honorifics before a name, stripped for the lookup.
TITLE_WORDS = frozenset("""mr mrs ms miss dr prof professor sir dame lord lady rev reverend
president vice prime minister chancellor senator sen rep representative governor gov
mayor king queen prince princess pope general gen gov. judge justice chief secretary
premier ambassador speaker captain capt colonel col lieutenant lt sergeant sgt major
commissioner minister director chairman chairwoman ceo officer inspector detective
sheikh emir ayatollah imam bishop archbishop cardinal father brother sister saint st
coach""".split())


def surface_forms(entity: Entity) -> list[str]:
    """The entity's name, aliases and named mentions, longest first, without repeats."""
    forms: dict[str, str] = {}
    texts = [entity.name, *entity.aliases,
             *(m.text for m in entity.name_mentions)]
    for text in texts:
        key = normalise_name(text)
        if key and key not in forms:
            forms[key] = text.strip()
    return sorted(forms.values(), key=len, reverse=True)


def lookup_forms(entity: Entity) -> list[str]:
    """The names to look up: surface forms, and the same without a leading title or
    honorific ("Dr Rosena Allin-Khan" -> "Rosena Allin-Khan") or a closing 's, in
    the other spelling of -isation/-ization ("World Health Organisation"), and a
    place's without the kind of division after it ("Guangdong Province")."""
    forms: dict[str, str] = {}
    for text in surface_forms(entity):
        for form in (text, untitled(text), *spellings(text), *compass_noun(text),
                     *division_off(entity, text)):
            key = normalise_name(form)
            if key and key not in forms:
                forms[key] = form
    return sorted(forms.values(), key=len, reverse=True)


def spellings(text: str) -> list[str]:
    """'Organisation' <-> 'Organization': the British and American spellings of -isation."""
    if "isation" in text:
        return [text.replace("isation", "ization")]
    if "ization" in text:
        return [text.replace("ization", "isation")]
    return []


#: A compass adjective closing a region's adjective, and its noun ("Middle Eastern")
COMPASS_ADJECTIVES = {"Eastern": "East", "Western": "West", "Northern": "North",
                      "Southern": "South"}


def compass_noun(text: str) -> list[str]:
    """'Middle Eastern' -> 'Middle East': the region a two-word adjective names, which
    the sources list only as a noun ("Middle Eastern", "Far Eastern")."""
    words = text.split()
    if len(words) == 2 and words[0][:1].isupper() and words[1] in COMPASS_ADJECTIVES:
        return [f"{words[0]} {COMPASS_ADJECTIVES[words[1]]}"]
    return []


#: The kind of division a place's name may end with ("Guangdong Province", "Tyumen
#: Oblast"): the name is the division's own without it, as the sources list most of
#: them. Not "County", "District", "State" or "City": those names often differ without
#: the word ("Orange County" is no Orange, "Rivers State" no Rivers).
DIVISION_WORDS = frozenset({"Province", "Prefecture", "Oblast", "Governorate", "Krai",
                            "Voivodeship", "Raion"})


def division_off(entity: Entity, text: str) -> list[str]:
    """'Guangdong Province' -> 'Guangdong': a place's name without the kind of
    division that closes it (``DIVISION_WORDS``)."""
    head, _, last = text.rpartition(" ")
    if entity.type == "Place" and head and last in DIVISION_WORDS and head[:1].isupper():
        return [head]
    return []


def untitled(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    return " ".join(words)


_INSTITUTION_TYPES = frozenset({"Facility", "Organization"})


def comma_forms(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    """Entity key -> the names "X, Y" its mentions make with the place named right after
    them ("Washington, D.C.", "Springfield, Illinois"), or for an organisation or a
    facility with the place or organisation after it ("Royal Military Academy,
    Sandhurst"): a longer name the index may know, as the field's "alternative mention
    spans" read it."""
    names = {m.start: (m.text, e.type) for e in extraction.entities
             if e.type in PLACE_TYPES | _INSTITUTION_TYPES for m in e.mentions
             if m.kind == "name"}
    text = extraction.article.text
    # the ends of every name: a first name after a comma that is an entity of its own is
    # no part of an inverted name ("Obama, Biden and Harris")
    names_end = {m.end for e in extraction.entities for m in e.name_mentions}
    out: dict[str, list[str]] = {}
    for e in extraction.entities:
        if e.type not in PLACE_TYPES | _INSTITUTION_TYPES:
            continue
        for m in e.mentions:
            after = names.get(m.end + 2) if text[m.end:m.end + 2] == ", " else None
            if m.kind == "name" and after and (after[1] in PLACE_TYPES
                                               or e.type in _INSTITUTION_TYPES):
                out.setdefault(e.key, []).append(f"{m.text}, {after[0]}")
    for e in extraction.entities:
        if e.type != "Person" or len(e.name.split()) != 1:
            continue
        for m in e.mentions:
            # "Austen, Jane. Pride and Prejudice": a reading list's surname, first name
            inverted = _INVERTED.match(text, m.end)
            if m.kind == "name" and inverted and inverted.end(1) not in names_end:
                out.setdefault(e.key, []).append(f"{inverted.group(1)} {m.text}")
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


#: A first name after a surname and its comma, ending a reading list's entry
#: ("Austen, Jane." "Marx, Karl and Engels, Friedrich").
_INVERTED = re.compile(r", ([A-Z][a-z]+)(?=\.|,? and |,? & )")


#: What continues a list of places after its last comma ("Paris, London and Rome"): a
#: list, not a place and the places it is in.
_LIST_GOES_ON = re.compile(r",? (?:and|or|&) ")


def comma_chains(extraction: Extraction) -> dict[str, tuple[str, ...]]:
    """Entity key -> the keys of the places named after one of its mentions, comma
    after comma ("Preston, Victoria, Australia": Victoria, Australia), the places a
    dateline or an address says it is in. A list of places ("Paris, London and Rome")
    is none."""
    places = {m.start: (m.end, e.key) for e in extraction.entities if e.type in PLACE_TYPES
              for m in e.name_mentions}
    text = extraction.article.text
    out: dict[str, list[str]] = {}
    for e in extraction.entities:
        if e.type != "Place":
            continue
        for m in e.mentions:
            if m.kind != "name":
                continue
            chain, end = [], m.end
            while text[end:end + 2] == ", " and end + 2 in places:
                end, key = places[end + 2]
                chain.append(key)
            after = _LIST_GOES_ON.match(text, end)
            if chain and not (after and after.end() in places) and e.key not in chain:
                out.setdefault(e.key, []).extend(chain)
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


#: What joins the places of a list: "Maine, New York, New Jersey and Ohio".
_JOINTS = (", and ", ", or ", ", ", " and ", " or ")
_LIST_JOINT = re.compile("|".join(_JOINTS))


def name_lists(extraction: Extraction,
               types: frozenset[str] | None = None) -> list[tuple[str, ...]]:
    """The keys of the names the article lists ("Maine, New York, New Jersey and Ohio";
    "London and New York"; "Nadine, Ashley, Elizabeth, and Toni"), of ``types`` only if
    given: names joined by commas and an "and" or "or" (a comma chain without one is a
    place and the places it is in)."""
    text = extraction.article.text
    starts = {m.start: (m.end, e.key) for e in extraction.entities
              if types is None or e.type in types
              for m in e.name_mentions}
    ends = {end for end, _ in starts.values()}
    out = []
    for start in sorted(starts):
        if any(text.endswith(j, 0, start) and start - len(j) in ends for j in _JOINTS):
            continue  # not the first of its list
        keys, end, joints = [starts[start][1]], starts[start][0], set()
        while (joint := _LIST_JOINT.match(text, end)) and joint.end() in starts:
            joints.add(joint.group().strip(", "))
            end, key = starts[joint.end()]
            keys.append(key)
        if len(keys) >= 2 and joints & {"and", "or"}:
            out.append(tuple(keys))
    return out


def place_lists(extraction: Extraction) -> list[tuple[str, ...]]:
    """The lists of places of the article (``name_lists``)."""
    return name_lists(extraction, PLACE_TYPES)


#: Name words too common to say anything when a description contains them.
GENERIC_WORDS = frozenset({
    "state", "states", "united", "republic", "national", "front", "party", "army", "forces",
    "force", "government", "ministry", "president", "minister", "city", "north", "south",
    "east", "west", "northern", "southern", "eastern", "western", "central", "great",
    "people", "island", "islands", "kingdom", "democratic", "union", "federal", "federation",
    "international", "organization", "organisation", "council", "islamic", "general",
    "saint", "new", "world", "council", "committee", "office", "house", "base", "port",
    "military", "middle", "first", "second", "royal", "supreme", "court", "university",
    "american", "british", "english"})


def abbreviation(letters: str, shortest: int, longest: int) -> bool:
    """Whether ``letters`` are only capital letters, ``shortest`` to ``longest`` of them
    (an abbreviation: "UN", "NASA")."""
    return shortest <= len(letters) <= longest and letters.isalpha() and letters.isupper()


def one_word(form: str) -> bool:
    return len(normalise_name(form).split()) == 1


def acronym_of(form: str, record: Record) -> bool:
    """Is ``form`` the initials of the item's label ("NASA", "PAP")?"""
    letters = form.replace(".", "")
    if not (letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 8):
        return False
    return initials(record.label) == letters.upper()


def initials(name: str) -> str:
    """The first letters of a name's capitalised words ("New People's Party" -> "NPP")."""
    return "".join(w[0] for w in re.split(r"[\s\-/]+", name) if w and w[0].isupper()).upper()


#: Legal forms after a company's name: "Facebook Inc." is labelled for "Facebook".
LEGAL_FORMS = frozenset({"inc", "ltd", "limited", "corp", "corporation", "co", "company",
                         "plc", "ag", "sa", "gmbh", "llc", "nv", "se", "spa", "holdings"})


def name_kind(record: Record, form: str, match: str) -> str:
    """"The New York Times" is the label for "New York Times", "Facebook Inc." for
    "Facebook": a leading "The" and a closing legal form are no part of what the label
    names."""
    if match != "alias":
        return match
    label, key = normalise_name(record.label).split(), normalise_name(form).split()
    if label[:1] == ["the"]:
        label = label[1:]
    if label == key:
        return "label"
    while len(label) > 1 and label[-1] in LEGAL_FORMS:
        label = label[:-1]
    return "legal" if label == key else match  # a brand against its company: the brand


def case_disagrees(record: Record, form: str) -> bool:
    """An item known only by an acronym ("PAN") is not a capitalised word ("Pan-")."""
    key = normalise_name(form)
    matched = [n for n in (record.label, *record.aliases) if normalise_name(n) == key]
    letters = form.replace(".", "")
    return bool(matched) and not letters.isupper() and all(
        n.replace(".", "").isupper() and " " not in n for n in matched)


def concept_item(record: Record) -> bool:
    """An item whose label has no capital ("chief executive officer", "house music",
    "church"): a concept, not what a name names."""
    return not any(c.isupper() for c in record.label)


def part_of_label(record: Record, form: str, entity: Entity) -> bool:
    """"University of California" is no name of "University of California, San
    Francisco": an organisation's name before the comma of a longer label is its
    parent's. Not before a legal form ("Hasbro, Inc." is Hasbro)."""
    head, comma, tail = record.label.partition(",")
    # "Hasbro, Inc.": a legal form after the comma is the company's own, not a branch's
    legal = set(normalise_name(tail).split()) <= LEGAL_FORMS
    return bool(comma) and entity.type == "Organization" and not legal and \
        normalise_name(head) == normalise_name(form)


def surname_alias(record: Record, form: str) -> bool:
    """Does a source list ``form``, one word, as the name of the person ``record`` by
    their surname alone ("Einstein", "Dostoyevsky", "Obama")? Sources do so for the
    world-famous; a surname only read off a label ("Wong" of Anthony Wong) is not
    that, nor is a given name after a title ("Patrick" of Saint Patrick)."""
    key = normalise_name(form)
    full = normalise_name(untitled(record.label)).split()
    return len(key.split()) == 1 and len(full) >= 2 and full[-1] == key and \
        any(normalise_name(a) == key for a in record.aliases)


def shares_word(name: str, record: Record, names: tuple[str, ...] | None = None) -> bool:
    """Does some name of ``record`` (or of ``names``) share a word with ``name``, beyond
    generic words?"""
    mine = set(normalise_name(name).split()) - GENERIC_WORDS
    return any(mine & set(normalise_name(n).split())
               for n in (names if names is not None else (record.label, *record.aliases)))


def covers(name: str, record: Record) -> bool:
    """Do the names of ``record`` hold every distinctive word of ``name``? ("Puerto Rico
    Senate" is not the United States Senate its "Senate" finds.)"""
    mine = set(normalise_name(name).split()) - GENERIC_WORDS - JOINER_WORDS
    theirs = set().union(*(normalise_name(n).split() for n in (record.label, *record.aliases)))
    return bool(mine) and mine <= theirs


#: Words of the names of institutions every country has ("Department of Justice",
#: "Ministry of Health", "National Police", "Supreme Court").
INSTITUTION_WORDS = JOINER_WORDS | frozenset("""department ministry office justice health
defence defense interior education finance agriculture foreign affairs home police bureau
agency commission service services senate assembly congress legislature cabinet council
government treasury labour labor transport transportation environment energy trade commerce
security public works culture tourism science technology communications information
statistics election electoral bank central reserve high supreme constitutional appeals
district county municipal regional provincial national federal state court courts
parliament house representatives secretary prosecutor prosecution attorney general guard
border customs immigration revenue tax coast fire emergency management weather
meteorological geological survey army navy air force forces armed military
sport sports youth economy industry""".split())  # portfolios: "Ministry of Sports" too


def institutional(name: str) -> bool:
    words = normalise_name(name).split()
    return bool(words) and all(w in INSTITUTION_WORDS for w in words)


#: The words of an armed-forces branch's name without its country ("Air Force", "Navy").
BRANCH_WORDS = frozenset(
    "army navy air force forces armed marine marines corps coast guard".split())


def branch_only(name: str) -> bool:
    """Is ``name`` a branch of armed forces without its country ("Air Force" of "US Air
    Force")? Every country has one; the index's bare "Air Force" is an academy's."""
    words = normalise_name(name).split()
    return bool(words) and all(w in BRANCH_WORDS for w in words)


def capitals(form: str) -> bool:
    """Written in capitals ("UTC", "@POTUS", "U.S.")?"""
    letters = re.sub(r"[^\w]|\d|_", "", form)
    return len(letters) >= 2 and letters.isupper()


def misspellings(key: str) -> list[str]:
    """The names one slip of the keyboard away from the normalised ``key``, in words of
    four letters or more: two letters swapped ("untied" for "united"), a double letter
    written once ("carrol" for "carroll") or a letter written twice."""
    words = key.split()
    out: list[str] = []
    for n, word in enumerate(words):
        if len(word) < 4 or not word.isalpha():
            continue
        variants = {word[:i] + word[i + 1] + word[i] + word[i + 2:]
                    for i in range(len(word) - 1) if word[i] != word[i + 1]}
        variants |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
        variants |= {word[:i] + word[i + 1:] for i in range(1, len(word))
                     if word[i] == word[i - 1]}
        out += [" ".join(words[:n] + [v] + words[n + 1:]) for v in sorted(variants)]
    return out
