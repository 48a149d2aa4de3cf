"""Named-entity mentions: spaCy labels -> kg types, canonical names, merging within an article.

The spans come from the model as corrected by ``entity_rules.EntityRules``. Here each
span gets a type and a canonical name, and names that refer to the same thing in one
article share one key:

- people: "Putin", "President Putin", "Putin's" -> "Vladimir Putin" (surname or first
  name of exactly one full name of the article; titles were trimmed by the component);
- countries from the gazetteer ("Russian Federation" -> Russia); a demonym that
  qualifies a noun ("Syrian President", "the Syrian government", "Italian police")
  names the country; standing alone ("the Russians", "in Russian") it is a Group;
- armed forces ("Russian troops", "the Moscow army") -> Group "Russian forces";
- facilities keyed by their proper name ("Hmeimim air base" = "air base Hmeimim"),
  and a bare name the model typed as a person or organisation becomes that facility;
- otherwise the majority type of a name within the article wins (model slips).
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg.extract import lexicons
from kg.extract.place_names import before_region, short_place
from kg.extract.entity_rules import INVERTED, NESTED, STATE_FORCE_WORDS
from kg.extract.lone_surnames import PLACE_BEFORE as _PLACE_BEFORE
from kg.extract.joined_names import NAME_PARTICLES
from kg.extract.inner_names import (country_of_force, people_by_name, person_at_end,
                                    possessive_person)
from kg.extract.nodes import person_nouns
from kg.extract.table import EntityTable
from kg.textdates import MONTHS, WEEKDAYS
from kg.vocab import entity_key, key_parts, normalise_name

#: spaCy label -> kg type. GPE/LOC are refined to Country or Place below.
LABEL_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Facility",
    "NORP": "Group",
    "FORCES": "Group",
    "EVENT": "EventName",
    "DATE": "Date",
    "TIME": "Date",
    "CARDINAL": "Quantity",
    "QUANTITY": "Quantity",
    "MONEY": "Quantity",
    "PERCENT": "Quantity",
    "PRODUCT": None,  # kept only when the article shows it is a facility ("Tartous")
    "LANGUAGE": "Thing",  # "in English": a name the linker gives its language's item
    "LAW": "Thing",  # "the Clean Air Act", "Roe v. Wade": a law or a court case
    "WORK": "Thing",  # "the film Easy Rider": a work's title the index knows
    "DISEASE": "Thing",  # "to fight off COVID-19": a disease's name, no organisation
    "SHIP": "Thing",  # "the rescue ship MV Alan Kurdi": a ship's name (kg.extract.ships)
}
#: Prepositions of place: a one-word "person" after them is a place.
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})
#: Types a name may flip between when the model is inconsistent within an article.
_VOTING = ("Place", "Organization", "Person")
#: A lone word that is the surname of a person of the article is that person, unless it
#: is read as a place or organisation more than this many times as often as the surname
#: is read as the person's.
SURNAME_MISREAD_RATIO = 5
#: Head words of an organisation or a place named after a person ("the Andy Warhol
#: Foundation", "Kennedy Space Center"): the person's name is a word of that name, not
#: a mention of the person (ELEVANT annotates no name inside a name).
_EPONYM_HEADS = frozenset("""Academy Award Awards Center Centre College Foundation
Fund Hospital Institute Library Memorial Museum Prize School Society Trust University
""".split())
#: Head words of a name that goes on with "of (the)" and a place, a people or a star
#: ("the Most Brilliant Order of the Sun", "Natural Law Party of Michigan"): the name
#: after "of" is a word of it. No person's name is one ("Buhari of Nigeria" mentions
#: Nigeria).
_OF_HEADS = _EPONYM_HEADS | frozenset("""Order Orders Knights Brotherhood Sisters Church
Temple Bank Medal Cross Star Legion Congregation Party""".split())
#: What the model may call the head word before "of" without "the": a name of a thing
#: ("the Natural Law Party" of "Natural Law Party of Michigan"), never a person; after
#: a whole name, "of the US" says where it is ("Colorado State University of the US")
_OF_HEAD_LABELS = frozenset({"", "ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
#: Head words of a group whose members' plural names it ("the Socialists" of "Socialist
#: Party"); not an institution's ("Republicans" are no members of "the Republican
#: Senate", as the leader's title "Republican Senate Majority Leader" has it).
_MEMBERS_HEADS = frozenset("""Party Front Movement Alliance Coalition League Union
Brotherhood Federation Bloc Brigade Brigades""".split())
#: Model labels of a country, place or people that can be a word of a longer name.
_NAME_WORD_LABELS = frozenset({"GPE", "NORP", "LOC"})
#: Model labels an organisation's head word overrules (a place's are kept: "West Bank").
_ORG_HEAD_LABELS = frozenset({"PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})


@dataclass
class _Candidate:
    span: Span
    type: str | None
    name: str  # display name
    ident: str  # the name the key is made from
    kind: str = "name"
    sure: bool = False  # typed from its context words, which outweigh the model's votes


class _Lexicon:
    """The word lists entity typing needs, read once per process."""

    def __init__(self) -> None:
        lex = lexicons.entities()
        self.countries = lexicons.countries()
        self.org_alias = {a: canon for canon, aliases in lex["organizations"].items()
                          for a in aliases}
        self.facility_cues = sorted((c.lower() for c in lex["facility_cues"]),
                                    key=lambda c: -len(c))
        self.force_nouns = frozenset(lex["force_nouns"])
        self.org_cues = frozenset(lex["org_cues"])
        self.context_nouns = frozenset(lex["org_context_nouns"])
        self.titles = frozenset(t for t in lexicons.roles()["titles"] if " " not in t)
        self.title_heads = frozenset(t.split()[-1] for t in lexicons.roles()["titles"]
                                     if t.split()[-1] not in lexicons.roles()["jobs"])
        self.org_before = frozenset(lex["org_name_before_nouns"])
        self.honorifics = frozenset(lex["honorifics"])
        self.name_titles = frozenset(lex["name_titles"])
        roles = lexicons.roles()
        self.title_words = (frozenset(roles["modifiers"]) | frozenset(roles["portfolios"])
                            | frozenset(roles["titles"]))
        self.canonical_orgs = frozenset(self.org_alias)
        self.portfolio_words = frozenset(w for p in roles["portfolios"] for w in p.split())
        self.org_nouns = frozenset(lex["org_common_nouns"])
        #: the organisation nouns that name no one's work: enough to make a person an organisation
        self.org_only_nouns = self.org_nouns - frozenset(lex["person_or_org_nouns"])
        self.org_suffixes = frozenset(lex["org_suffixes"])
        self.place_cues = frozenset(lex["place_cues"])
        self.place_titles = frozenset(lex["place_titles"])
        self.event_cues = sorted(lex["event_name_cues"], key=lambda c: -len(c))
        self.storm_cues = tuple(lex["person_label_event_cues"])
        self.force_heads = tuple(lex["force_org_heads"])
        self.force_branches = tuple(f" {b}" for b in lex["force_branches"])
        self.press_words = frozenset(lex["press_name_words"])
        self.named_facility_heads = frozenset(lex["person_named_facility_heads"])
        self.domains = tuple(f".{d}" for d in lex["website_domains"])
        self.law_heads = frozenset(lex["law_name_heads"])
        self.misread_law_heads = frozenset(lex.get("misread_law_heads", ()))
        self.case_joiners = frozenset(lex["case_joiners"])
        self.culture_nouns = frozenset(lex.get("culture_nouns", ()))
        self.caption_words = frozenset(lex.get("caption_words", ()))
        self.kin_nouns = frozenset(lex["kin_nouns"])
        self.religions = dict(lex.get("religion_adjectives", {}))
        self.faith_nouns = frozenset(lex.get("faith_nouns", ()))
        self.institution_heads = dict(lex.get("institution_heads", {}))
        self.org_heads = frozenset(lex.get("organization_heads", ()))
        self.month_before = frozenset(lex.get("month_before_words", ()))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def _branch_of(text: str, lex: _Lexicon) -> str | None:
    """The branch ("Navy") when ``text`` is a country word and a capitalised branch
    ("U.S. Navy", "Indian Army", "Chilean Air Force"); None for a militia named like one
    ("Free Syrian Army") or anything else."""
    head = next((b for b in lex.force_branches if text.endswith(b)), None)
    if head is None:
        return None
    country = text[: -len(head)]
    return head.strip() if country in lex.countries.names or \
        country in lex.countries.demonyms else None


#: Model labels a paper's or a website's name is misread as.
_PRESS_MISREAD = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "PRODUCT"})
#: labels the model gives a rarer demonym before a noun ("a Sri Lankan diplomat" GPE,
#: "the Moldovan government" PERSON, "a Kazakh diplomat" ORG)
_DEMONYM_MISREAD = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"})


def _misread_demonym(ent: Span, text: str, countries: lexicons.Countries) -> bool:
    """Is ``ent`` a country's adjective (its first demonym, or a demonym of several
    words: "Sri Lankan", not the noun "Finn" nor "Turk") modifying a noun after it,
    which the model labelled as something else than a nationality?"""
    country = countries.demonyms.get(text)
    head = ent.root.head
    return ent.label_ in _DEMONYM_MISREAD and country is not None and \
        (countries.adjective.get(country) == text or " " in text) and \
        ent.root.dep_ in ("amod", "compound", "nmod") and head.i >= ent.end and \
        head.pos_ in ("NOUN", "PROPN")


def _press_name(ent: Span, text: str, lex: _Lexicon) -> bool:
    """A newspaper's name opening with a word of ``press_name_words`` ("Gazeta
    Wyborcza"), or a website's written as its address ("Portfolio.hu")?"""
    if len(ent) >= 2 and ent[0].text in lex.press_words:
        return True
    return " " not in text and text[:1].isupper() and text.lower().endswith(lex.domains) \
        and text.rsplit(".", 1)[0].replace("-", "").replace(".", "").isalnum() \
        and not text.isupper()


def _shares_a_demonyms_noun(ent: Span, countries) -> bool:
    """'2000 Thai and 74 Malaysian stores': a demonym coordinated with another demonym
    before a noun is that noun's adjective too (the parser makes "Thai" the object, or
    the conjunct of "Malaysian"), in a list or a chain of hyphens too ("Greek, Cypriot
    and French counterparts", "an Israeli-Cypriot-Greek effort")."""
    root = ent.root

    def modified(noun) -> bool:
        return noun.pos_ == "NOUN" and any(
            t.dep_ in ("amod", "compound") and t.text in countries.demonyms
            for t in noun.children)

    first = root
    # "Greek, Cypriot and French counterparts": each conjunct hangs on the one before;
    # "an Israeli-Cypriot-Greek effort": each demonym on the last
    while first.dep_ in ("conj", "amod", "compound") and \
            first.head.text in countries.demonyms and first.head is not first:
        first = first.head
    if first is not root and first.dep_ in ("amod", "compound") and \
            first.head.pos_ == "NOUN":
        return True  # "Thai and Malaysian stores"
    return any(t.dep_ == "conj" and modified(t) for t in root.children)


def _facility_parts(span: Span, lex: _Lexicon) -> tuple[str, str]:
    """(core name, display name): 'air base Hmeimim' -> ('Hmeimim', 'air base Hmeimim')."""
    lower = f" {span.text.lower()} "
    for cue in lex.facility_cues:
        if f" {cue} " in lower:
            words = [t.text for t in span]
            cue_len = len(cue.split())
            low = [w.lower() for w in words]
            for i in range(len(low) - cue_len + 1):
                if " ".join(low[i:i + cue_len]) == cue:
                    core = words[:i] + words[i + cue_len:]
                    core = [w for w in core if w.lower() not in ("of", "the")]
                    return " ".join(core) or span.text, span.text
    # the cue follows the name, maybe after a parenthesis: "Hmeimim (Lattakia) air base"
    doc, j = span.doc, span.end
    if j < len(doc) and doc[j].text == "(":
        while j < len(doc) and j - span.end < 6 and doc[j].text != ")":
            j += 1
        j += 1
    rest = " ".join(t.lower_ for t in doc[j:j + 4]) + " "
    for cue in lex.facility_cues:
        if rest.startswith(cue + " "):
            return span.text, f"{span.text} {doc[j:j + len(cue.split())].text}"
    return span.text, span.text


def _looks_like_person(ent: Span, lex: _Lexicon) -> bool:
    """A name the model mistyped that its context shows is a person: 'Mr Abadi',
    'Minister Fabius', 'the foreign minister, Laurent Fabius'."""
    if ent.text in lex.canonical_orgs or lex.countries.country_of(ent.text):
        return False
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the" or ent[0].lower_ == "the":
        return False  # "The Mercury News, ..., PG&E President": no person has an article
    if _is_org_by_context(ent, lex):
        # "news agency ISNA, the prosecutor general of Tehran, ...": the noun before the
        # name says what it is; the parser hung the next name's title on it
        return False
    if ent.start > 0:
        prev = ent.doc[ent.start - 1]
        if ent.label_ in ("GPE", "LOC", "FAC") and ent[-1].lower_ in lex.place_cues:
            return False  # "General Santos City": a place named after a title, no person
        if prev.lower_ in lex.honorifics or (prev.lower_ in lex.titles and prev.is_title):
            return True
        # "former Rio governor Sergio Cabral": a lower-case title before a full name
        if (prev.lower_ in lex.titles and len(ent) >= 2 and prev.pos_ == "NOUN"
                and all(t.is_title for t in ent) and ent[-1].text not in lex.org_cues):
            return True
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in lex.title_heads:
        return True  # "The company's chief executive, Guillaume Faury"
    return any(c.dep_ == "appos" and c.lower_ in lex.title_heads and not _names_next(c)
               for c in root.children)


def _names_next(title: Token) -> bool:
    """Is a person's name right after the phrase of ``title`` or its comma? Then
    the title is that person's, whatever the parser hung it on ("According to NPR,
    former Vice President of the United States Joe Biden"; "Speaking to Agence
    France-Presse, the president of the Tunisian League ..., Jamel Msallem, said")."""
    doc = title.doc
    # "Sadie Weiner, Hagan's former spokeswoman, Hagan died": the title's possessor is
    # not its holder (one is nobody's own spokeswoman)
    owners = {t.text for t in title.subtree if t.dep_ == "poss"}
    for k in range(title.i + 1, min(title.right_edge.i + 3, len(doc))):
        if doc[k].ent_type_ == "PERSON" and doc[k].text in owners:
            continue
        if doc[k].ent_type_ == "PERSON":
            # after the phrase's comma or its place ("the lawyer of John Doe": no)
            return doc[k].ent_iob_ == "B" and (
                doc[k - 1].text == "," or doc[k - 1].ent_type_ in ("GPE", "ORG", "LOC"))
    return False


def _is_place_by_context(ent: Span, lex: _Lexicon) -> bool:
    """'Cagayan province', 'the town of Tillaberi', 'Rio governor': a place by its noun."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].is_lower and doc[ent.end].lower_ in lex.place_cues:
        return True
    nxt = ent.end + 1  # "Kebbi and Bayelsa states": the cue after the last conjunct
    if nxt + 1 < len(doc) and doc[ent.end].lower_ in ("and", ",") and doc[nxt].is_title \
            and doc[nxt + 1].is_lower and doc[nxt + 1].lower_ in lex.place_cues:
        return True
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and \
            doc[ent.start - 2].lower_ in lex.place_cues and doc[ent.start - 2].is_lower:
        return True
    # "Rio governor Sergio Cabral", "Kebbi Governor Nasir Idris": the office's place
    if len(ent) != 1:
        return False
    for n in (2, 1):  # "Punjab Chief Minister Maryam Nawaz"
        title = " ".join(t.lower_ for t in doc[ent.end:ent.end + n])
        if title in lex.place_titles and ent.end + n < len(doc) and doc[ent.end + n].is_title:
            return True
    return False


def _is_org_by_context(ent: Span, lex: _Lexicon, nouns: frozenset[str] | None = None
                       ) -> bool:
    """'Petrobras, the state-controlled oil company,', 'Danish drugmaker Bavarian
    Nordic', 'firms including Andrade Gutierrez': an organisation by its noun (one of
    ``nouns`` beside the name, default all the organisation nouns)."""
    nouns = lex.org_nouns if nouns is None else nouns
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in nouns \
            and root.head.i < ent.start:
        return True
    for child in root.children:
        if child.dep_ == "appos" and child.lemma_.lower() in nouns and child.i >= ent.end:
            return True
        if child.dep_ == "compound" and child.i < ent.start and child.is_lower \
                and child.lemma_.lower() in nouns:
            return True
    head = root.head
    # (any organisation noun: "browser developers like Firefox")
    return root.dep_ == "pobj" and head.lower_ in ("including", "like") and \
        head.head.lemma_.lower() in lex.org_nouns


def _event_cue(text: str, lex: _Lexicon) -> str | None:
    """The cue a named event's name opens with ('Typhoon' of 'Typhoon Trami'; the name
    without it, 'Trami', is the event's)."""
    for cue in lex.event_cues:
        if text.startswith(cue + " ") and len(text) > len(cue) + 1:
            return cue
    return None


def _named_storm(ent: Span, cue: str, lex: _Lexicon) -> bool:
    """'Cyclone Phailin', 'Storm Barry' after 'Tropical': a storm's name, whatever label
    the model gave it (it reads many as people)."""
    return cue in lex.storm_cues or (cue == "Storm" and ent.start > 0 and
                                     ent.doc[ent.start - 1].text == "Tropical")


def _next_to_title(ent: Span, lex: _Lexicon) -> bool:
    """Is a title word right after or before ``ent`` ("Defence Secretary", "Minister of
    Labour")? A portfolio word alone ("Labour has a plan") names an organisation."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 2:ent.start] if ent.start >= 2 else doc[0:0]
    return (after is not None and after.lower_ in lex.title_words) or any(
        t.lower_ in lex.title_words for t in before)


def _candidate(ent: Span, lex: _Lexicon) -> _Candidate | None:
    if len(ent) > 1 and ent[-1].text in lex.caption_words and ent.end < len(ent.doc) and \
            ent.doc[ent.end].text == ":":
        # "Kamala Harris Image: U.S. Senate.": a caption's credit follows the name
        ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label)
    label = ent.label_
    type_ = LABEL_TYPES.get(label)
    # "[Bashir al] Assad", "Jerry [O'Connell]": an editor's brackets are no part of the name
    text = ent.text.strip()
    if "[" in text or "]" in text:
        text = " ".join(text.replace("[", "").replace("]", "").split())
    c = lex.countries
    if label in ("ORG", "GPE", "NORP") and text.lower() in lex.title_words and \
            _next_to_title(ent, lex):
        return None  # "Defence" of "Britain's Defence Secretary" is part of a title
    if label in ("ORG", "GPE", "NORP") and len(ent) > 1 and ent[0].text in c.demonyms and \
            all(t.lower_ in lex.title_words or t.lower_ in lex.portfolio_words for t in ent[1:]):
        # "Indian External Affairs" (Minister): the demonym names the country, the
        # rest is the title
        return _Candidate(ent[:1], "Country", c.demonyms[ent[0].text],
                          c.demonyms[ent[0].text], kind="description")
    if label == "LANGUAGE" and ent.root.dep_ in ("amod", "compound") and \
            ent.root.head.dep_ == "compound" and ent.root.head.head.ent_type_ == "PERSON":
        # "English mathematician John Conway": where someone is from, not a language
        return _Candidate(ent, "Country", c.demonyms[text], c.demonyms[text],
                          kind="description") if text in c.demonyms else None
    if label in ("GPE", "LOC") and text.isupper() and len(text) > 3 and text not in c.names:
        text = text.title()  # a dateline's "SAO PAULO" is "Sao Paulo"
    cue = _event_cue(text, lex)
    if cue and (label not in ("PERSON", "NORP") or _named_storm(ent, cue, lex)):
        return _Candidate(ent, "EventName", text, text[len(cue) + 1:])
    if label in ("GPE", "LOC", "ORG", "NORP", "FAC") and text in c.names:
        country = c.names[text]
        return _Candidate(ent, "Country", country, country)
    if _misread_demonym(ent, text, c):
        label = "NORP"  # a demonym before a noun, read as the model reads "Syrian"
    if label == "PERSON" and any(s.start == ent.start for s in ent.doc.spans.get(INVERTED, ())):
        return _Candidate(ent, "Person", text, text, sure=True)  # "London, Jack.": the writer
    if label in ("ORG", "PERSON", "FAC", "NORP") and text in c.capitals:
        return _Candidate(ent, "Place", text, text, sure=True)  # "Abu Dhabi denies": the capital
    if label in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and \
            _ends_in(ent, lex.misread_law_heads):
        # "the Human Life Protection Act" read as an organisation: the law, a named thing
        return _Candidate(ent, "Thing", text, text, sure=True)
    if label in _ORG_HEAD_LABELS and _ends_in(ent, lex.org_heads):
        # "Mahan Air", "the Doris Day Animal Foundation": the last word says an
        # organisation, whatever the model read the words before it as
        return _Candidate(ent, "Organization", text, text, sure=True)
    if label in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC") and _looks_like_person(ent, lex):
        # a title or an honorific beside a full name outweighs the model's label of this
        # mention and of its others ("Dominic Hare, chief executive of the palace", read
        # as a building here and an organisation later); one word may be a place the
        # parser hung on the title ("The governor of Louisiana, a U.S. state")
        return _Candidate(ent, "Person", text, text, sure=len(ent) >= 2)
    if label in ("ORG", "PERSON", "NORP", "PRODUCT", "FAC") and text not in c.demonyms \
            and _is_place_by_context(ent, lex):
        return _Candidate(ent, "Place", text, text, sure=True)
    if label in ("ORG", "PERSON", "FAC", "GPE", "LOC") and text not in c.names and \
            before_region(ent):
        return _Candidate(ent, "Place", text, text, sure=True)  # "in Chippewa Falls, Wisconsin"
    if label in ("GPE", "LOC", "PERSON") and ent.end < len(ent.doc) and \
            ent.doc[ent.end].is_lower and ent.doc[ent.end].lower_ in lex.org_before:
        return _Candidate(ent, "Organization", text, text, sure=True)  # "the Mercosur bloc"
    if label == "PERSON" and len(ent) >= 2 and ent[-1].text in lex.named_facility_heads:
        # "Bernardo O'Higgins Riquelme Base": a base named after a person, no person
        return _Candidate(ent, "Facility", text, text, sure=True)
    if label in _PRESS_MISREAD and _press_name(ent, text, lex):
        # "according to Gazeta Wyborcza", "speaking to Portfolio.hu": a paper, a website
        return _Candidate(ent, "Organization", text, text, sure=True)
    if label == "FORCES" and _branch_of(text, lex):
        # "U.S. Navy", "Chilean Navy": a state's branch by its proper name, an item
        # of its own (a Group with a proper name links); "Russian troops" and "the
        # Syrian army" stay the country's forces
        return _Candidate(ent, "Group", text, text)
    if label == "FORCES":
        force_words = [t for t in ent if t.lower_ in lex.force_nouns]
        mod = " ".join(t.text for t in ent[: force_words[0].i - ent.start]
                       if t.tag_ != "POS" and t.lower_ not in STATE_FORCE_WORDS
                       ) if force_words else text
        country = c.country_of(mod)
        name = f"{c.adjective.get(country, mod)} forces" if country else text
        return _Candidate(ent, "Group", name, name)
    if label in ("NORP", "ORG") and text in lex.religions and ent.end < len(ent.doc) and \
            ent.doc[ent.end].lower_ in lex.faith_nouns:
        # "the Islamic faith": the religion itself, no people and no country
        religion = lex.religions[text]
        return _Candidate(ent, "Thing", religion, religion)
    if label in ("NORP", "ORG", "GPE", "LOC") and text in lex.religions.values():
        # "punishable by death in Islam": a religion's own name (the table's values) is
        # the religion, a named thing, never a people, an organisation or a place
        return _Candidate(ent, "Thing", text, text)
    if label == "NORP":
        country = c.demonyms.get(text)
        if country:
            head = ent.root.head
            while head.dep_ in ("compound", "amod") and head.lower_ in lex.title_words \
                    and head.lower_ not in lex.titles and head.head is not head:
                head = head.head  # "Chilean Finance Minister": up to the title
            # "Greek mythology", "the Chinese zodiac": a people's lore, no state of today
            culture = {t.lower_ for t in ent.doc[ent.end:ent.root.head.i + 1]}
            if ent.root.dep_ in ("amod", "compound", "nmod") and \
                    not culture & lex.culture_nouns and (
                    head.lower_ in lex.titles or head.lower_ in lex.context_nouns
                    or ent.root.head.pos_ in ("NOUN", "PROPN")):
                # "the Syrian government", "Italian police", "a Russian decision": the
                # adjective names the country (the field links it to the country too)
                return _Candidate(ent, "Country", country, country, kind="description")
            if _shares_a_demonyms_noun(ent, c):
                return _Candidate(ent, "Country", country, country, kind="description")
            adjective = c.adjective.get(country, text)
            return _Candidate(ent, "Group", adjective, adjective)
        return _Candidate(ent, "Group", text, text)
    if label in ("PERSON", "PRODUCT", "GPE") and _is_org_by_context(
            ent, lex, lex.org_only_nouns if label == "PERSON" else None):
        return _Candidate(ent, "Organization", text, text, sure=True)
    if label == "ORG":
        canon = lex.org_alias.get(text, text)
        if canon not in lex.canonical_orgs and (
                text.endswith(lex.force_heads) or text.startswith(
                    tuple(f"{h} of " for h in lex.force_heads))):
            return _Candidate(ent, "Group", canon, canon)  # "Armed Forces of the Philippines"
        return _Candidate(ent, "Organization", canon, canon)
    if label == "FAC":
        core, display = _facility_parts(ent, lex)
        return _Candidate(ent, "Facility", display, core)
    if label == "PRODUCT":
        return _Candidate(ent, None, text, text)
    institution = _institution_type(ent, lex)
    if institution and label not in ("ORG", "FAC"):
        # '"The Museum of Flight put ...': after an opening quote the model reads the name
        # as a work; an institution's head word says what it is
        return _Candidate(ent, institution, text, text, sure=True)
    if label == "LAW" and not (ent[0].is_title and (
            ent[-1].text in lex.law_heads or any(t.text in lex.case_joiners for t in ent))):
        return None  # the model's "Chapter 4", "5 of the ... Act": no name of a law
    if type_ is None:
        return None
    return _Candidate(ent, type_, text, text)


def _ends_in(ent: Span, heads: frozenset[str]) -> bool:
    """Does the name (two words or more, "the" aside) end in one of ``heads``, capitalised
    (``organization_heads``: "Air", "Foundation", "Party"; ``misread_law_heads``: "Act")?"""
    words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    return len(words) >= 2 and words[-1].is_title and words[-1].text in heads



def _institution_type(ent: Span, lex: _Lexicon) -> str | None:
    """The kind an institution's head word gives its name ("Museum of Flight": the word
    before "of"; "Saint Louis University": the last), if it is one and capitalised."""
    words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
    if len(words) < 2:
        return None  # a lone "Museum" or "Library" is no name
    of = next((k for k, t in enumerate(words) if t.lower_ == "of"), None)
    head = words[of - 1] if of else words[-1]
    return lex.institution_heads.get(head.text) if head.is_title else None


_ELIDED = re.compile(r"\b([OoDdLl])['’](?=\w)")
#: An Arabic article or "son of" opening a name, joined to the next word by a hyphen.
_PARTICLE = re.compile(r"^(?:[Aa]l|[Ee]l|ad|as|bin|ibn)-(?=\w)")


def _person_identity(name: str) -> list[str]:
    """Name tokens for matching: 'Bashar al-Assad' -> ['bashar', 'assad']; "Beto
    O'Rourke" -> ['beto', 'orourke'] (an elided O', D', L' is part of the surname)."""
    return list(_identity_words(name))


@lru_cache(maxsize=4096)
def _identity_words(name: str) -> tuple[str, ...]:
    """:func:`_person_identity`, kept: ``_merge_people`` asks it of the same names again
    for every pair of a name and a longer one."""
    out = []
    # "al-Muhandis" alone is one surname, as in "Abu Mahdi al-Muhandis" ("Al Gore" keeps Al)
    name = _PARTICLE.sub("", name)
    for word in normalise_name(_ELIDED.sub(r"\1", name)).split():
        if word in ("al", "el", "ad", "as", "bin", "ibn") and out:
            continue
        out.append(word)
    return tuple(out)


def _merge_people(cands: list[_Candidate], lex: _Lexicon) -> None:
    """Point short and variant person names at the one full name they abbreviate.

    A one-word name the model typed as an organisation or place ("Abadi") that is the
    surname of a person of the article is that person.
    """
    people = [c for c in cands if c.type == "Person"]
    full: dict[tuple[str, str], str] = {}  # (first, last) -> longest full name
    for c in people:
        words = _person_identity(c.name)
        if len(words) >= 2:
            sig = (words[0], words[-1])
            if len(c.name) > len(full.get(sig, "")):
                full[sig] = c.name
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    # a middle word of a longer name, which news uses as the surname ("Rosselló" of
    # "Ricardo Rosselló Nevares", "Vázquez" of "Wanda Vázquez Garced")
    by_inner: dict[str, set[str]] = defaultdict(set)
    for (first, last), name in full.items():
        by_last[last].add(name)
        by_first[first].add(name)
        for word in _person_identity(name)[1:-1]:
            by_inner[word].add(name)
    surnames = {last for (_, last) in full} | {
        word for word, names in by_inner.items() if len(names) == 1}
    # how often each surname is read as a person's, and its lone word as something else:
    # one misread two-word "person" ("Make Melbourne" the first city...) must not turn
    # every mention of a city the article names fifty times into that person, while a
    # surname the model reads as an organisation several times ("O'Rourke" six times
    # beside two "Beto O'Rourke") stays the person's
    as_person = Counter(word for words in map(_person_identity, (c.name for c in people))
                        for word in words[1:] or words)
    # (one word, or one name word after a particle: "al-Muhandis")
    as_other = Counter(" ".join(words) for c in cands
                       if c.type in ("Organization", "Place", None)
                       and len(words := _person_identity(c.name)) == 1)
    for c in cands:
        lone = " ".join(_person_identity(c.name))
        if (c.type in ("Organization", "Place", None) and c.span.label_ != "FAC"
                and not c.sure  # "Crusius of Allen, Texas": a town, whoever is named Allen
                and " " not in lone and lone in surnames
                and as_other[lone] <= SURNAME_MISREAD_RATIO * as_person[lone]
                and not lex.countries.country_of(c.name) and c.name not in lex.canonical_orgs):
            c.type = "Person"
            people.append(c)
        elif (c.type == "Country" and c.kind == "name" and len(c.span) == 1
              and normalise_name(c.span.text) in surnames
              and c.span.root.dep_ in ("nsubj", "nsubjpass", "dobj")):
            # "Luis Montenegro ... Montenegro told supporters": the person acts
            c.type, c.name = "Person", c.span.text
            people.append(c)
    # where each surname's full name is first named: a month read back as a surname
    # must come after the person ("Theresa May ... May's agreement")
    # (the dicts' default is past any offset: ``doc.text`` would rebuild the text per call)
    # (and each first name's: a first name read back must come after its full name)
    first_full: dict[str, int] = {}
    first_named: dict[str, int] = {}
    as_first = Counter()
    for c in people:
        words = _person_identity(c.name)
        if words:
            as_first[words[0]] += 1
        if len(words) >= 2:
            start = c.span.start_char
            first_full[words[-1]] = min(start, first_full.get(words[-1], _NO_OFFSET))
            first_named[words[0]] = min(start, first_named.get(words[0], _NO_OFFSET))
    for c in cands:
        lone = " ".join(_person_identity(c.name))
        if c.type in ("Organization", "Place", "Group", None) and _first_name_alone(
                c, lone, by_first, surnames, first_named, lex) and \
                as_other[lone] <= SURNAME_MISREAD_RATIO * as_first[lone]:
            # "the killing of Jamal" after "Jamal Khashoggi", read as a place: the one
            # person of the article that first name opens
            c.type, c.name = "Person", c.span.text
            people.append(c)
        elif c.type == "Date" and lone in by_last and len(by_last[lone]) == 1 and \
                first_full.get(lone, c.span.start_char) < c.span.start_char and \
                _surname_not_date(c.span, lex):
            # "May's negotiated Brexit agreement" after "Theresa May": the model's DATE
            c.type, c.name, c.ident = "Person", c.span.text, c.span.text
            people.append(c)
    longest = sorted(full.values(), key=len, reverse=True)
    relatives = _relatives(
        ((full[(w[0], w[-1])], c) for c in people
         if len(w := _person_identity(c.name)) >= 2), lex)
    for c in people:
        words = _person_identity(c.name)
        # "La Riva" after "Gloria La Riva": a surname that begins with a particle is the
        # one full name that ends with it; so is a hyphenated one ("Mir-Mohammadi" after
        # "Seyed Mohammad Mir-Mohammadi": not a first name "Mir" and a surname)
        particled = len(words) >= 2 and (c.name.split()[0].lower() in NAME_PARTICLES or
                                          " " not in c.name.strip() and "-" in c.name)
        ending = [n for n in longest if len(_person_identity(n)) > len(words)
                  and _person_identity(n)[-len(words):] == words] if particled else []
        if len(ending) == 1:
            c.ident = ending[0]
        elif len(words) >= 2:
            c.ident = full[(words[0], words[-1])]
            # "Cristina Fernandez" before "Cristina Fernandez de Kirchner"
            longer = [n for n in longest if len(n) > len(c.ident)
                      and _person_identity(n)[:len(words)] == words]
            if len(longer) == 1:
                c.ident = longer[0]
        elif words:
            matches = by_last.get(words[0]) or by_first.get(words[0]) or \
                by_inner.get(words[0]) or set()
            if len(matches) > 1:
                # "Cummings" after "Elijah Cummings" and "His parents, Robert Cummings Sr.
                # and Ruth Elma Cummings": not the relatives named beside him
                matches = (matches - relatives) or matches
            if len(matches) == 1:
                c.ident = next(iter(matches))
    for c in people:  # a short form resolved to a name that is itself a prefix
        if c.type == "Person" and len(_person_identity(c.ident)) >= 2:
            words = _person_identity(c.ident)
            longer = [n for n in longest if len(n) > len(c.ident)
                      and _person_identity(n)[:len(words)] == words]
            if len(longer) == 1:
                c.ident = longer[0]


def _relatives(named: Iterable[tuple[str, _Candidate]], lex: _Lexicon) -> set[str]:
    """Of (person, full-name mention) pairs, the persons every full mention of whom is
    introduced as someone's relative (``_kin_named``): "his wife X", "His parents, X and
    Y"."""
    introduced: dict[str, list[bool]] = defaultdict(list)
    for person, c in named:
        introduced[person].append(_kin_named(c.span, lex))
    return {person for person, kin in introduced.items() if all(kin)}


def _kin_named(span: Span, lex: _Lexicon) -> bool:
    """Is the name ``span`` introduced as someone's relative: apposed to a noun of family
    ("His parents, X and Y", "his wife X"), a conjunct of such a name, or with one as its
    compound ("his son John")?"""
    t = span.root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos" and t.head.lemma_.lower() in lex.kin_nouns:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() in lex.kin_nouns
               for c in span.root.children)


def _first_name_alone(c: _Candidate, lone: str, by_first: dict[str, set[str]],
                      surnames: set[str], first_named: dict[str, int], lex: _Lexicon) -> bool:
    """Is ``c``, one capitalised word the model read as no person, the first name of
    exactly one person the article named in full before it, and nobody's surname? Not
    a country's or a known organisation's name, not a demonym, not a word typed from
    its context, not after a word of place ("in Victoria"), and not a noun's modifier
    ("Herbig stars", "Magellanic penguins"), where it names a kind or a place."""
    span = c.span
    if len(span) != 1 or c.sure or span.label_ == "FAC" or " " in lone or \
            not span[0].is_title or not span[0].is_alpha or span[0].dep_ in ("compound", "amod"):
        return False
    names = by_first.get(lone, set())
    if len(names) != 1 or lone in surnames or \
            first_named.get(lone, span.start_char) >= span.start_char:
        return False
    text = span.text
    if lex.countries.country_of(text) or text in lex.canonical_orgs or \
            text in lex.countries.demonyms or text in lex.countries.names:
        return False
    doc = span.doc
    return not (span.start > 0 and doc[span.start - 1].lower_ in _PLACE_BEFORE)


def _surname_not_date(span: Span, lex: _Lexicon) -> bool:
    """Is the one-word DATE ``span`` ("May", "Day") no time: a capitalised word alone,
    with no number, month or weekday within two words of it, not after a word that
    opens a time ("in May", "since May"), and not before a pronoun ("May he rest in
    peace")? The month stays a month wherever the text reads like one."""
    if len(span) != 1 or not span[0].is_title or not span[0].is_alpha:
        return False
    doc, i = span.doc, span.start
    if i > 0 and doc[i - 1].lower_ in lex.month_before:
        return False
    if i + 1 < len(doc) and doc[i + 1].pos_ == "PRON":
        return False
    for j in range(max(0, i - 2), min(len(doc), i + 3)):
        if j == i:
            continue
        word = doc[j].lower_.rstrip(".")
        if any(ch.isdigit() for ch in word) or doc[j].like_num or word in MONTHS or \
                word in _WEEKDAYS:
            return False
    return True


#: An offset after every character of any article.
_NO_OFFSET = sys.maxsize

#: Weekdays, whose names beside a one-word DATE keep it a time.
_WEEKDAYS = frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow"}
_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "on", "in"})


def _org_core(name: str, lex: _Lexicon) -> str:
    """'Nippon Steel Corp.' -> 'nippon steel'; 'U.S. Steel' -> 'united states steel'."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in lex.org_suffixes:
        words.pop()
    for n in (2, 1):  # a country's short name inside a company's: "U.S. Steel"
        if len(words) > n and lex.countries.names.get(" ".join(words[:n])):
            words[:n] = lex.countries.names[" ".join(words[:n])].split()
            break
    return normalise_name(" ".join(words))


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name)
                   if w and w.lower() not in _ACRONYM_SKIP and w[0].isupper())


def _lone_branches(cands: list[_Candidate], lex: _Lexicon) -> None:
    """"The Navy" after "the U.S. Navy": the one branch of that word the article names
    in full (``_branch_of``), not a force of no country. With none or two ("the
    Chilean Navy ... the U.S. Navy"), it stays the Group it was."""
    # branch -> country -> the names the article gives it ("United States Navy" and
    # "U.S. Navy" are one navy)
    full: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for c in cands:
        branch = _branch_of(c.name, lex) if c.type == "Group" and c.kind == "name" else None
        if branch:
            country = lex.countries.country_of(c.name[: -len(branch)].strip()) or c.ident
            full[branch].setdefault(country, []).append(c.ident)
    for c in cands:
        owners = full.get(c.name, {}) if c.kind == "name" and c.type == "Group" else {}
        if len(owners) == 1:
            # a short form, as "the Commission" is: no name of its own to link by
            # (the index's "Navy" is a naval academy's sports teams)
            c.ident, c.kind = next(iter(owners.values()))[0], "description"


def _merge_organisations(cands: list[_Candidate], lex: _Lexicon) -> None:
    """One organisation under its variant names within an article: an acronym of a full
    name ('FCA'), the name without its legal form ('Nippon Steel'), a country's short
    name in it ('U.S. Steel'), and a party's members ('the Socialists' = 'Socialist
    Party')."""
    orgs = [c for c in cands if c.type == "Organization" and c.kind == "name"]
    if not orgs:
        return
    by_core: dict[str, str] = {}
    by_initials: dict[str, set[str]] = defaultdict(set)
    for c in sorted(orgs, key=lambda c: -len(c.name)):
        by_core.setdefault(_org_core(c.name, lex), c.ident)
        words = c.name.split()
        if len(words) >= 2:
            by_initials[_initials(c.name)].add(c.ident)
            while len(words) > 2 and words[-1].lower().rstrip(",.") in lex.org_suffixes:
                words.pop()  # "Pacific Gas and Electric Company" is "PG&E" too
                by_initials[_initials(" ".join(words))].add(c.ident)
    for c in orgs:
        core = _org_core(c.name, lex)
        letters = re.sub(r"[^A-Z]", "", c.name)  # "PG&E" -> PGE
        if by_core.get(core, c.ident) != c.ident:
            c.ident = by_core[core]
        elif c.name.isupper() and 2 <= len(c.name) <= 6 and \
                len(by_initials.get(letters, ())) == 1:
            c.ident = next(iter(by_initials[letters]))
    # "the Commission" after "the European Commission", "Reserve Bank" after "South
    # African Reserve Bank": the end of exactly one longer name of the article
    longer: dict[str, set[str]] = defaultdict(set)
    for c in orgs:
        words = normalise_name(c.ident).split()
        for n in range(1, len(words)):
            if words[n - 1] not in _LOCATIVE:  # "Museum of Art at X University" is not X
                longer[" ".join(words[n:])].add(c.ident)
    for c in orgs:
        owners = longer.get(normalise_name(c.ident), set()) - {c.ident}
        if len(owners) == 1 and c.ident[:1].isupper():
            c.ident = next(iter(owners))
    parties = {normalise_name(c.name.rsplit(" ", 1)[0]): c.ident for c in orgs
               if len(c.name.split()) == 2 and c.name.split()[-1] in _MEMBERS_HEADS}
    for c in cands:  # NORP "Socialists" -> "Socialist Party"
        if c.span.label_ == "NORP" and c.name.endswith("s") and \
                normalise_name(c.name[:-1]) in parties:
            c.type, c.ident = "Organization", parties[normalise_name(c.name[:-1])]


def _org_short_names(cands: list[_Candidate], lex: _Lexicon) -> None:
    """'Mahan' after 'Mahan Air', 'Wagner' after 'the Wagner Group': an organisation's
    name without its head word (``organization_heads``) is that organisation when the
    article names exactly one such, whatever the model read the short name as; a
    person's full name stays the person ('Doris Day' of 'the Doris Day Animal
    Foundation' is another's name), and so does a short name in a sentence that names
    the organisation too (two things told apart)."""
    owners: dict[str, set[str]] = defaultdict(set)
    sentences: dict[str, set[int]] = defaultdict(set)  # where each owner is named
    for c in cands:
        words = c.ident.split()
        if c.type == "Organization" and c.kind == "name" and len(words) >= 2 and \
                words[-1] in lex.org_heads:
            owners[normalise_name(" ".join(words[:-1]))].add(c.ident)
            sentences[c.ident].add(c.span.sent.start)
    if not owners:
        return
    for c in cands:
        # the model's own organisation ("GitHub" beside "GitHub Trust and Safety") and a
        # place its context says is one ("in Bradford, England" beside "Bradford
        # Council") are names of their own
        if c.kind != "name" or c.type not in _VOTING or c.span.label_ == "ORG" or \
                (c.type == "Place" and c.sure) or \
                (c.span.label_ == "PERSON" and len(c.name.split()) >= 2):
            continue
        found = owners.get(normalise_name(c.name), set()) - {c.ident}
        # "the original Flyboard, ... unlike the Flyboard Air": both in one sentence, two
        if len(found) == 1 and c.span.sent.start not in sentences[next(iter(found))]:
            c.type, c.ident, c.sure = "Organization", next(iter(found)), True


def _merge_event_names(cands: list[_Candidate], lex: _Lexicon) -> None:
    """'Trami' after 'Typhoon Trami' is the same named event, whatever the model said."""
    events = {normalise_name(c.ident): c.ident for c in cands if c.type == "EventName"}
    for c in cands:
        if c.type in _VOTING and c.kind == "name" and normalise_name(c.name) in events:
            c.type, c.ident = "EventName", events[normalise_name(c.name)]


def _short_country_names(cands: list[_Candidate]) -> None:
    """A short country name inside the full name of another country of the article
    ('Congo' after 'Democratic Republic of Congo', 'Korea' after 'South Korea') is
    that country, unless the article also names the short name's own country in full,
    or the short name is that country's own name ('independence from Sudan' in a story
    of South Sudan; 'Congo' names the Republic of the Congo only as an alias)."""
    countries = [c for c in cands if c.type == "Country" and c.kind == "name"]
    named = {normalise_name(c.span.text): c.ident for c in countries}
    for c in countries:
        short = normalise_name(c.span.text)
        if short == normalise_name(c.ident):
            continue
        longer = {ident for text, ident in named.items() if ident != c.ident
                  and f" {short} " in f" {text} " and text != short}
        own_full = any(ident == c.ident and text != short for text, ident in named.items())
        if len(longer) == 1 and not own_full:
            c.ident = c.name = next(iter(longer))


def _short_place_names(cands: list[_Candidate], lex: _Lexicon) -> None:
    """'the Channel' after 'the English Channel' is that place (``short_place``); not an
    organisation's word ('the Federation' after a mistyped 'Iranian Federation')."""
    places = sorted(((c.span, c.ident) for c in cands if c.type == "Place" and c.kind == "name"),
                    key=lambda p: p[0].start)
    for c in cands:
        if c.type in ("Organization", "Place", "Facility", None) and c.kind == "name" and \
                c.span.text not in lex.org_cues:
            ident = short_place(c.span, places)
            if ident is not None:
                c.type, c.ident, c.name = "Place", ident, ident


def _places_read_as_people(cands: list[_Candidate]) -> None:
    """A lone one-word 'person' that is where something happens ('in Sochi', 'visit
    Sochi') and is no surname of a person of the article is a place."""
    for c in cands:
        if c.type != "Person" or len(c.span) != 1 or c.ident != c.name:
            continue
        if c.span.start > 0 and c.span.doc[c.span.start - 1].is_title:
            continue  # "President Sochi", "Mr Sochi": a title or honorific before it
        root = c.span.root
        if (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE) or (
                root.dep_ == "dobj" and root.head.lemma_.lower() in ("visit", "tour")):
            c.type = "Place"


def _vote_types(cands: list[_Candidate]) -> None:
    """Make one name one type within the article: facilities first, then the majority."""
    cores = {normalise_name(c.ident): c for c in cands if c.type == "Facility"}
    for c in cands:
        # by its own name or the one it was merged under ("SLU" and "the University" of
        # "Saint Louis University [SLU]", the model's facility)
        core = next((n for n in (normalise_name(c.name), normalise_name(c.ident))
                     if n in cores), None)
        if c.type in ("Person", "Organization", None) and core is not None:
            c.type, c.ident = "Facility", cores[core].ident
    votes: dict[str, Counter] = defaultdict(Counter)
    people = person_nouns()
    for c in cands:
        if c.type in _VOTING and c.kind == "name":
            votes[normalise_name(c.ident)][c.type] += 3 if c.sure else 1
            if c.type != "Person" and any(a.dep_ == "appos" and a.tag_ == "NN" and
                                          a.lemma_.lower() in people
                                          for a in c.span.root.children):
                # "Sviatlana Tsikhanouskaya, an opposition candidate for ...", tagged an
                # organisation here and a person later: the noun in apposition breaks the
                # tie (alone it does not: "Microsoft, a major investor in OpenAI")
                votes[normalise_name(c.ident)]["Person"] += 1
    for c in cands:
        if c.type in _VOTING:
            count = votes[normalise_name(c.ident)]
            c.type = max(_VOTING, key=lambda t: (count[t], -_VOTING.index(t)))


def find_entities(doc: Doc, table: EntityTable) -> None:
    """Add every named-entity mention of ``doc`` to ``table``, merged within the article."""
    lex = _lexicon()
    headlines: dict[tuple[int, int], bool] = {}
    cands = [c for c in (_candidate(ent, lex) for ent in table.ents
                         if not _inside_longer_name(ent, lex, table, headlines))
             if c is not None]
    # names the index knows inside a longer name it does not ("Canada" of "Fan Expo
    # Canada"): mentions of their own, after the longer names (a token stays theirs)
    nested = [c for c in (_candidate(span, lex) for span in doc.spans.get(NESTED, ())
                          if not _names_eponym(span))
              if c is not None and c.type in ("Person", "Country", "Place", "Organization")]
    cands += nested
    cands = _people_run_into_names(cands, lex)
    cands += _inner_names(table.ents, cands, lex)
    _merge_people(cands, lex)
    _merge_organisations(cands, lex)
    _org_short_names(cands, lex)
    _lone_branches(cands, lex)
    _merge_event_names(cands, lex)
    _short_country_names(cands)
    _short_place_names(cands, lex)
    _places_read_as_people(cands)
    _vote_types(cands)
    for c in cands:
        if c.type is None or not c.name:
            continue
        table.add(c.span, c.type, c.name, kind=c.kind, key=entity_key(c.type, c.ident))
    _add_missed_surnames(doc, table, cands, lex)
    _add_spelled_out_names(doc, table)


def _inner_names(ents, cands: list[_Candidate], lex: _Lexicon) -> list[_Candidate]:
    """The names inside the longer spans kept whole (``kg.extract.inner_names``): the
    country of a force ("US special forces"), a person of the article before a
    possessive inside an organisation's name ("Paul's Rally for the Republic")."""
    people = people_by_name([c.name for c in cands if c.type == "Person" and c.kind == "name"])
    out = []
    for ent in ents:
        inner = country_of_force(ent, lex.countries) or possessive_person(ent, people)
        if inner is not None:
            out.append(_Candidate(inner.span, inner.type, inner.ident, inner.ident,
                                  kind=inner.kind))
    return out


def _people_run_into_names(cands: list[_Candidate], lex: _Lexicon) -> list[_Candidate]:
    """A person named in full elsewhere in the article that the model ran into the
    organisation before it ("told NPR Hamza bin Laden had appeared"): the organisation
    and the person (``inner_names.person_at_end``)."""
    people = people_by_name([c.name for c in cands if c.type == "Person" and c.kind == "name"
                             and c.span.label_ == "PERSON"])
    out: list[_Candidate] = []
    for c in cands:
        split = person_at_end(c.span, people) if c.type != "Person" else None
        head = _candidate(split[0], lex) if split is not None else None
        if head is None:
            out.append(c)
            continue
        out += [head, _Candidate(split[1].span, "Person", split[1].ident, split[1].ident)]
    return out


def _add_spelled_out_names(doc: Doc, table: EntityTable) -> None:
    """A name the model left out (or read as nationalities) before the abbreviation in
    parentheses that spells it is that abbreviation's entity, under the full name: "the
    British American Drama Academy (BADA)" is one organisation named so, not "BADA"
    with "Academy" unread (the guidelines' argument is the full name)."""
    tokens = table.tokens  # (``doc[i]`` makes a new Token for each of the doc's words)
    for i in range(2, len(doc) - 1):
        tok = tokens[i]
        if tokens[i - 1].text != "(" or tokens[i + 1].text != ")" or not tok.text.isupper() \
                or not 2 <= len(tok.text) <= 6 or not tok.text.isalpha():
            continue
        key = table.key_of(tok)
        if key is None or table.is_description(key):
            continue
        end = i - 1  # the phrase ends before "("; it starts at its first capitalised word
        start = end
        while start > 0 and (doc[start - 1].is_title or doc[start - 1].text.isupper() or (
                doc[start - 1].lower_ in _ACRONYM_SKIP and start - 2 >= 0 and
                doc[start - 2].is_title)) and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN",
                                                                    "ADP", "CCONJ", "DET"):
            start -= 1
        while start < end and doc[start].lower_ in _ACRONYM_SKIP:
            start += 1
        if end - start < 2 or _initials(doc[start:end].text) != tok.text:
            continue
        if any(table.key_of(t) not in (None, key) and t.ent_type_ != "NORP"
               for t in doc[start:end]):
            continue  # a name of its own already ("Georgian Tennis Federation")
        table.add(doc[start:end], table.type_of(key), doc[start:end].text, key=key)


def _names_eponym(span: Span) -> bool:
    """A person's name right before an eponymous organisation's head word ("the Andy
    Warhol Foundation"): a word of that organisation's name, no mention of the person
    ("the Andy Warhol Photographic Legacy Program" still mentions him)."""
    return span.label_ == "PERSON" and span.end < len(span.doc) and \
        span.doc[span.end].text in _EPONYM_HEADS


#: The most words (not stop words) a title-cased headline has; a longer sentence of
#: capitals is a list of names ("Chad Peace of the Independent Voters Network, antiwar
#: activist Adam Kokesh, Brian Anderson of Nexus, ...")
HEADLINE_WORDS = 15


def _inside_longer_name(ent: Span, lex: _Lexicon, table: EntityTable,
                        headlines: dict[tuple[int, int], bool]) -> bool:
    """A country, place or people the model tagged inside a run of proper nouns it left
    untagged ("Hitwise UK", "AM New York", "Italian Episcopal Conference", "Food
    Standards Australia New Zealand"): a word of that longer name, no mention of its
    own. A run with a title or office word, or before one ("U.S. District Judge", "a
    United States District judge", "the German Chancellor"), or before a person's name
    ("Roman Catholic Bishop Emeritus Dinualdo Gutierrez") is a title, no name; a
    sentence's first word ("Fellow Americans") and a title-cased headline say
    nothing. ``headlines``: whether each sentence (by its bounds) is a headline, filled
    as sentences are asked about (an article's entities share its sentences)."""
    if ent.label_ not in _NAME_WORD_LABELS:
        return False
    doc = ent.doc
    # ``ent.sent`` without a Span (nor a Token of each word): the sentence of its first
    # word to that of its last, as ``Span.sent`` reads them
    sent_start = table.sentence_bounds(table.tokens[ent.start])[0]
    sent_end = table.sentence_bounds(table.tokens[ent.end - 1])[1]
    if _saint_s(ent):
        return True
    headline = headlines.get((sent_start, sent_end))
    if headline is None:
        words = [t for t in table.tokens[sent_start:sent_end] if t.is_alpha and not t.is_stop]
        headline = headlines[sent_start, sent_end] = bool(words) and \
            len(words) <= HEADLINE_WORDS and \
            sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)
    if headline:
        return False  # a headline; a long run of capitals is a list of names

    def name_word(tok) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_punct and (
            tok.ent_iob_ == "O" or tok.ent_type_ in _NAME_WORD_LABELS)

    def joins(i: int, step: int) -> bool:
        # a run goes on over a stray run of spaces ("Chad  Peace of the ..."): the
        # model's whitespace token splits no name
        if not sent_start <= i < sent_end:
            return False
        if doc[i].is_space:
            i += step
            return sent_start <= i < sent_end and name_word(doc[i])
        return name_word(doc[i])

    start, end = ent.start, ent.end
    while joins(start - 1, -1):
        start -= 2 if doc[start - 1].is_space else 1
    of = start - 2 if start - 1 > sent_start and doc[start - 1].lower_ == "the" else start - 1
    if of - 1 >= sent_start and doc[of].lower_ == "of" and doc[of - 1].text in _OF_HEADS \
            and (doc[of - 1].ent_iob_ == "O" or
                 doc[of - 1].ent_type_ in _OF_HEAD_LABELS and of == start - 1):
        start = of - 1  # "Order of the Sun": the run goes on over "of the" to its head
        while joins(start - 1, -1):
            start -= 2 if doc[start - 1].is_space else 1
    while joins(end, 1):
        end += 2 if doc[end].is_space else 1
    run = [t for t in doc[start:end] if t.ent_iob_ == "O" and not t.is_space]
    evidence = [t for t in run if t.i != sent_start]
    if not evidence or any(t.lower_ in lex.title_words or t.lower_ in lex.title_heads
                           or t.lower_ in lex.name_titles
                           or t.lower_.rstrip("s") in lex.title_words for t in run):
        return False
    after = doc[end] if end < len(doc) else None  # "a United States District judge"
    return after is None or not (after.ent_type_ == "PERSON" or after.lower_ in lex.title_words)


_SAINT = frozenset({"St.", "St", "Saint", "Ste.", "San", "Santa"})
_POSSESSIVE = frozenset({"'s", "’s"})


def _saint_s(ent: Span) -> bool:
    """Is ``ent`` a word of a name made with a saint's possessive: the saint ("St.
    John" of "St. John's Episcopal Church") or what follows it ("Episcopal Church")?
    A church, a school or a hospital, named as the model does not see."""
    doc = ent.doc

    def saint_before(i: int) -> bool:  # "St. John 's" ending at token i
        return i >= 2 and doc[i].text in _POSSESSIVE and any(
            doc[j].text in _SAINT for j in range(max(0, i - 3), i - 1))

    if ent.start >= 3 and saint_before(ent.start - 1):
        return True  # "Episcopal Church" after "St. John's"
    return ent.text.split()[0] in _SAINT and ent.end + 1 < len(doc) and \
        doc[ent.end].text in _POSSESSIVE and doc[ent.end + 1].text[:1].isupper()


def _surname_as_subject(tok: Token, keys: set[str]) -> bool:
    """Is ``tok`` a person's surname opening a sentence before its verb ("Trump claimed
    the move was criminal.", a paragraph's first word), which the model tags as a common
    noun or a verb (a trump)? Linking iteration 19: read as a thing, it took the person's
    link but not their type, nor their facts. Not before a noun: "Young voters"."""
    if not (len(keys) == 1 and next(iter(keys)).startswith("Person:") and tok.is_title
            and tok.is_sent_start and tok.i + 1 < len(tok.doc)):
        return False
    after = tok.doc[tok.i + 1]
    # (or a past verb the model, misled by the noun, tagged an adjective: "Trump
    # encouraged public schools to reopen" as "encouraged schools")
    return after.pos_ in ("VERB", "AUX") or (
        after.pos_ == "ADJ" and after.is_lower and after.lower_.endswith("ed"))


def _declared_abbreviation(span: Span) -> str | None:
    """The upper-case short form in parentheses right after a name ("Georgian Tennis
    Federation (GFT)"), or None."""
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        short = doc[i + 1].text
        if short.isalpha() and short.isupper() and 2 <= len(short) <= 6:
            return short
    return None


def _add_missed_surnames(doc: Doc, table: EntityTable, cands: list[_Candidate],
                         lex: _Lexicon) -> None:
    """A lone proper noun the model left out that is the surname of exactly one person
    of the article ("Scholz pledged ...") is a mention of that person; an upper-case
    name that is an organisation's without its legal form ("QRX", "ABS-CBN" of "ABS-CBN
    Corporation"), before or after it, is that organisation."""
    owners: dict[str, set[str]] = defaultdict(set)
    acronym_owners: dict[str, set[str]] = defaultdict(set)
    for c in cands:
        if c.type == "Person" and len(c.span) > 1:
            owners[c.span[-1].text].add(entity_key("Person", c.ident))
            # "Rosselló" of "Ricardo Rosselló Nevares": a middle name used as the surname
            for tok in c.span[1:-1]:
                if tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and len(tok) > 2:
                    owners[tok.text].add(entity_key("Person", c.ident))
        elif c.type in ("Organization", "EventName", "Place") and c.kind == "name" \
                and len(c.ident.split()) == 1 and c.ident[:1].isupper() and (
                    c.type != "Place" or before_region(c.span)):
            # "Otis" after "Hurricane Otis" (a storm's name, which the tagger may read as a
            # common noun at a sentence's start: "Phanfone impacted upon ..."); a town
            # written with its region ("the port town of Mokha, Yemen ... Mokha is less
            # affected") is that town where the model missed it (not any one word it once
            # read as a place: a surname)
            owners[c.ident].add(entity_key(c.type, c.ident))
        if c.type == "Organization" and len(c.span) == 1 and c.kind == "name" \
                and c.span.text[:1].isupper():
            # an organisation the model found once is the same name elsewhere
            owners[c.span.text].add(entity_key("Organization", c.ident))
        if c.type == "Organization" and c.kind == "name":
            # "QRX" before or after "QRX Holdings Inc.": the upper-case name left when
            # the legal form is taken off
            words = c.name.split()
            while len(words) > 1 and words[-1].lower().rstrip(",.") in lex.org_suffixes:
                words.pop()
            if len(words) == 1 and len(c.span) > 1 and words[0].isupper() and len(words[0]) > 1:
                owners[words[0]].add(entity_key("Organization", c.ident))
                acronym_owners[words[0]].add(entity_key("Organization", c.ident))
            declared = _declared_abbreviation(c.span)
            if declared:
                # "The Georgian Tennis Federation (GFT) ... GFT will refrain": the short
                # form the article gives in parentheses, in whatever order its letters
                owners[declared].add(entity_key("Organization", c.ident))
    if not owners:
        return
    # a surname several people share is the one not introduced as a relative ("His
    # parents, Robert Cummings Sr. and Ruth Elma Cummings")
    relatives = _relatives(((entity_key("Person", c.ident), c) for c in cands
                            if c.type == "Person" and len(c.span) > 1), lex)
    for name, keys in owners.items():
        if len(keys) > 1 and keys - relatives:
            owners[name] = keys - relatives
    acronyms = {name for name, keys in acronym_owners.items() if len(keys) == 1}
    # look the surnames up in the text rather than walking every token
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, owners)) + r")\b")
    for match in pattern.finditer(table.text):  # doc.text joins every token again
        span = doc.char_span(match.start(), match.end())
        if span is not None and len(span) > 1 and match.group() in acronyms and \
                all(t.ent_iob_ == "O" for t in span) and \
                not (span.start > 0 and doc[span.start - 1].pos_ == "PROPN"):
            # "ABS-CBN" (three tokens) of "ABS-CBN Corporation", which the model skips
            key = next(iter(owners[match.group()]))
            table.add(span, "Organization", "", kind="name", key=key)
            continue
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        keys = owners[tok.text]
        if tok.ent_iob_ != "O" or (tok.pos_ != "PROPN" and not (
                tok.tag_ in ("NNS", "NNPS", "NN") and tok.is_title
                and next(iter(keys)).startswith(("Organization:", "EventName:"))) and
                                   not _surname_as_subject(tok, keys)):
            continue
        near = [doc[j] for j in (tok.i - 1, tok.i + 1) if 0 <= j < len(doc)]
        if len(keys) == 1 and not any(n.pos_ == "PROPN" for n in near):
            key = next(iter(keys))
            if key.startswith("Place:") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    and tok.head.head.pos_ == "PROPN":
                # "the Municipality of Livorno": a body's name, not the town ("residents
                # of Mokha" are the town's)
                continue
            table.add(doc[tok.i:tok.i + 1], key_parts(key)[0], "", kind="name", key=key)
