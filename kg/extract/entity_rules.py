"""``kg_entity_rules``, the spaCy component after the NER (its factory is registered in
``kg.extract.components``): general fixes to the small model's entities — facilities from
cue words ("Hmeimim air base", "air base Hmeimim", "the port of Tartous"), known
organisations ("Islamic State" even when split), armed forces ("Russian forces", "the
Moscow army" -> label ``FORCES``), country names, spans trimmed of determiners, possessive
's, punctuation and (for people) titles, court cases ("Roe v. Wade" -> ``LAW``), a
leader's body ("the Trump administration" -> ``ORG``, the person a nested mention),
titles with "The" ("The Hindu"), and names the model missed that the Wikidata index knows
("Labour", "Taliban", works by their form: "30 Rock", "Batman: The Animated Series";
"Leung Kwok-hung of LSD"). Its word lists are loaded in ``initialize`` and saved with the
pipeline.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Collection, Iterable

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import ensure_path, filter_spans

from kg.extract import lexicons
from kg.extract.joined_names import (NAME_PARTICLES, article_people, split_joined,
                                     split_party_chamber)
from kg.extract.lone_surnames import hyphenated_surnames, surname_as_person
from kg.extract.name_marks import (hyphened_given_names, joined_by_dash, org_run_on,
                                  split_town_country)
from kg.extract.ships import ship_names, ship_short_names
from kg.extract.misread_names import as_disease, as_event, names_nothing, sentence_words
from kg.link.classes import kinds as item_kinds
from kg.link.index import OfflineIndex, default_index_dir
from kg.textdates import WEEKDAYS
from kg.vocab import normalise_name

#: Where a lone first name stands as someone (subject, object, possessor, conjunct).
_NAMED_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj"})

#: Labels whose spans are names (trimmed); numbers and dates are left as the model made them.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT",
                         "WORK_OF_ART", "LAW", "FORCES"})
#: kg types -> the spaCy labels ``kg.extract.entities`` reads back, for names found in
#: the Wikidata index; the first kind an item has wins.
KIND_LABELS = {"Person": "PERSON", "Country": "GPE", "Place": "GPE", "Facility": "FAC",
               "Organization": "ORG", "EventName": "EVENT", "Group": "NORP"}
KIND_ORDER = ("Person", "Country", "Organization", "Facility", "Place", "EventName", "Group")
#: Model labels a well-known name may overrule, and which labels are one kind.
RETYPED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_LABEL_CLASS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "FAC",
                "EVENT": "EVENT", "NORP": "NORP"}
MAX_GAZETTEER_WORDS = 6
#: Labels of the model's words that are no names alone but may start a longer name the
#: index knows: "English" (a language) of "the English Channel" (linking iteration 20).
EXTENDED_LABELS = frozenset({"LANGUAGE"})
MAX_EXTENDED_WORDS = 10  # "University of North Carolina at Chapel Hill"
_JOINERS = frozenset({"of", "the", "and", "for", "de", "&", "-"})
#: Prefixes of a stance before a name ("pro-Beijing", "anti-Kremlin").
_STANCE_PREFIXES = frozenset({"pro", "anti"})
#: Words that join a name the model found to the rest of a longer known name.
_EXTENDING_JOINERS = frozenset({"at", "of", "in", "for", "on", "de"})
#: Labels never overwritten by a gazetteer match (the model is usually right on them).
KEEP_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
FORCES = "FORCES"
#: ``doc.spans`` key: names the index knows inside longer names it does not know
#: ("Canada" of "Fan Expo Canada"), mentions of their own next to the longer name.
NESTED = "kg_nested"
#: The label of a work's title found after a noun that says it is one ("the film ...").
WORK = "WORK"
#: ``doc.spans`` key: surnames written before the first name ("London, Jack."), people.
INVERTED = "kg_inverted"
#: Model labels of longer names whose known parts are such nested names.
_NESTING_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
#: Kinds of nested names: people, places and organisations are named inside others.
_NESTED_KINDS = frozenset({"PERSON", "GPE", "ORG"})


#: Titles that end no organisation's name: after one, the model's organisation ran on
#: into its spokesperson's title ("State Department Spokesperson")
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
#: Words between a country word and a force noun that keep them the state's forces.
STATE_FORCE_WORDS = frozenset({"government", "regime", "security", "army", "military",
                                "armed", "naval", "ground", "federal", "national", "regular"})
#: Quotation marks as the tokenizer leaves them (modality.QUOTE_MARKS' straight and curly
#: ones: the pipeline component cannot import the reader's modules, which import it).
_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})
#: Words a wrapped line may end on that a headline does not.
FUNCTION_WORDS = frozenset({"president", "minister", "mr", "mrs", "ms", "dr", "the", "a",
                             "an", "of", "to", "and", "or", "but"})
#: Model labels whose longer names keep a gazetteer word inside them.
_LONGER_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW",
                                 "PRODUCT"})
_PLACE_LIKE = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "PRODUCT"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Proper nouns that are dates.
_CALENDAR = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday christmas easter ramadan eid passover
hanukkah diwali""".split())
#: Months and days of the week: with a day's number, a date ("January 7", "7 January").
_DAYS = _CALENDAR - frozenset("christmas easter ramadan eid passover hanukkah diwali".split())
#: A year, a decade, or either with a part of it ("mid-2019", "early-1990s").
_YEARISH = re.compile(r"(?:(?:mid|early|late)-)?(?:1[89]|20)\d\d'?s?")
#: Model labels of the halves of a place's name the model cut in two.
_HALF_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: Model labels of names a date may be misread as.
_DATE_MISREAD = frozenset({"EVENT", "GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"})
#: Words after a number that make it an amount.
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "percent", "per", "euros", "dollars",
                           "pounds", "yen", "yuan"})


#: The word lists the component reads (kg/data/extract/), saved with the pipeline.
DATA_FILE = "kg_entity_rules.json"


def package_data() -> dict:
    """The component's word lists as kg ships them."""
    lex = lexicons.entities()
    countries = lexicons.countries()
    # roles.json's own words: the occupations derived from Wikidata are read by the role
    # step only, so "Sailor Neptune" keeps its first word
    own_roles = lexicons.load_json("roles.json")
    return {
        "entities": {k: lex[k] for k in (
            "facility_cues", "facility_name_after_cues", "facility_of_cues", "organizations",
            "force_nouns", "org_cues", "determiners", "leading_prepositions", "name_titles",
            "org_name_before_nouns",
            "org_common_nouns", "whole_name_heads", "work_nouns", "leader_body_nouns",
            "case_joiners", "caption_words", "time_zones", "event_name_heads",
            "common_abbreviations", "party_chambers", "disease_names", "ship_prefixes",
            "religion_adjectives", "software_kinds", "press_name_heads",
            "country_titles", "division_name_heads", "title_cues", "organization_heads",
            "of_name_heads", "institution_heads", "service_nouns", "person_or_org_nouns")},
        "countries": {"names": countries.names, "demonyms": countries.demonyms,
                      "capitals": countries.capitals},
        # offices, not jobs: a name ending in one is a title ("Manitoba Premier"), while
        # "John Singer" stays a name
        "role_titles": sorted(set(own_roles["titles"]) - set(own_roles["jobs"])),
        "job_titles": sorted(own_roles["jobs"]),
        # one list of a party's adjectives, for the roles' organisations and for splitting
        # "Republican Senate" into two names
        "party_adjectives": sorted(own_roles["party_adjectives"]),
    }


_EDITED_CAPITAL = re.compile(r"^\[?[A-Z]\][a-z]")


#: The days of the week, which close no name of an organisation, person or place.
_WEEKDAYS = frozenset(WEEKDAYS)
#: Auxiliaries a question opens with, which the model may take into the name after them
#: ("Will Rocky Linux provide ...?"; "Will" the given name is a proper noun, no auxiliary).
_QUESTION_AUXILIARIES = frozenset({"will", "would", "can", "could", "shall", "should", "may",
                                   "might", "must", "did", "does", "do", "is", "are", "was",
                                   "were", "has", "have", "had"})


def _editorial_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Tokens ``start:end`` with the square brackets an editor put into a quotation kept
    whole: "[Bashir al] Assad", "Jerry [O'Connell]", "Pittsburg[h]" (the trimmed edge
    bracket is taken back, so no name is cut at one), and a first word whose capital the
    editor supplied ("[S]evengill sharks", "[W]e must") left out: it was lower case, no
    name, where it was said."""
    if start < end and _EDITED_CAPITAL.match(doc[start].text):
        start += 1
    if start >= end:
        return start, end
    depth = 0
    for tok in doc[start:end]:
        depth += tok.text.count("[") - tok.text.count("]")
        if depth < 0:  # a "]" closing a bracket opened before the name
            if start > 0 and doc[start - 1].text == "[":
                start -= 1
            depth = 0
    if depth > 0 and end < len(doc) and doc[end].text == "]":
        end += 1  # "Jerry [O'Connell]", "Pittsburg[h]"
    return start, end


def _untagged_title(tok: Token) -> bool:
    """A capitalised word the model gave no name, inside a sentence."""
    return tok.is_alpha and tok.is_title and tok.ent_iob_ == "O" and not tok.is_sent_start


#: Endings of the adjectives parties are named by ("Democratic", "Republican", "Liberal",
#: "Communist", "Conservative"), which the tagger does not always tag as adjectives.
_ADJECTIVE_ENDINGS = ("ic", "an", "al", "ist", "ive")


def _adjectival_name(tok: Token) -> bool:
    """A capitalised adjective that names a party only with "party" after it."""
    return tok.is_title and (tok.tag_ == "JJ" or tok.lower_.endswith(_ADJECTIVE_ENDINGS))


def _with_first_half(span: Span, taken: list[bool]) -> Span:
    """'the Bread and Roses Party', 'the Trade and Industry Ministry': an organisation
    whose name joins two words by "and" was found from its second; the parser joined the
    first to it, both modifying the name's head, so the name starts there."""
    doc, first = span.doc, span[0]
    if span.label_ != "ORG" or span.start < 2 or doc[span.start - 1].lower_ != "and":
        return span
    half = doc[span.start - 2]
    if first.dep_ != "conj" or first.head.i != half.i or not _untagged_title(half) or \
            taken[half.i] or not span.start <= half.head.i < span.end:
        return span
    return Span(doc, half.i, span.end, label="ORG")


def _title_goes_on(doc: Doc, i: int) -> bool:
    """Whether a capitalised title goes on at ``i`` past a small word ("Imus in the
    Morning", "Lawrence of Arabia"): the word before is part of that name."""
    j = i
    while j < len(doc) and j < i + 3 and doc[j].is_lower and doc[j].pos_ in ("ADP", "DET"):
        j += 1
    return i < j < len(doc) and doc[j].is_title


class EntityRules:
    """Rewrites ``doc.ents`` with general rules over cue words and gazetteers.

    ``initialize`` loads the word lists (kg's own by default, or ``data``) and compiles
    the matchers; ``to_disk``/``from_disk`` save and restore them with the pipeline.
    With ``gazetteer``, names the model missed are looked up in the Wikidata index
    (``index_dir``, default $KG_WIKIDATA_INDEX or the shipped one): a capitalised run of
    words that is exactly the name of a well-known item (``gazetteer_popularity``) of a
    kind kg types becomes an entity.
    """

    def __init__(self, nlp: Language, name: str = "kg_entity_rules", *,
                 gazetteer: bool = True, index_dir: str = "",
                 gazetteer_popularity: int = 40) -> None:
        self.vocab = nlp.vocab
        self.name = name
        self.make_doc = nlp.make_doc  # cue phrases are tokenised as the text is
        self.gazetteer = gazetteer
        self.index_dir = index_dir
        self.gazetteer_popularity = gazetteer_popularity
        self.data: dict | None = None
        self.index: OfflineIndex | None = None

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *,
                   nlp: Language | None = None, data: dict | None = None) -> None:
        """Load the word lists (``data``, default kg's own), compile the matchers and
        open the Wikidata index for the gazetteer."""
        if nlp is not None:
            self.make_doc = nlp.make_doc
        self._load(data if data is not None else package_data())

    def _load(self, data: dict) -> None:
        self.data = data
        lex, countries = data["entities"], data["countries"]
        self.facility = PhraseMatcher(self.vocab, attr="LOWER")
        self.facility.add("FAC", [self.make_doc(c) for c in lex["facility_cues"]])
        self.name_after = frozenset(lex["facility_name_after_cues"])
        self.of_cues = frozenset(lex["facility_of_cues"])
        self.orgs = PhraseMatcher(self.vocab, attr="ORTH")
        for aliases in lex["organizations"].values():
            self.orgs.add("ORG", [self.make_doc(a) for a in aliases])
        self.forces = PhraseMatcher(self.vocab, attr="LOWER")
        self.forces.add(FORCES, [self.make_doc(f) for f in lex["force_nouns"]])
        self.countries = PhraseMatcher(self.vocab, attr="ORTH")
        self.countries.add("GPE", [self.make_doc(n) for n in countries["names"]])
        self.country_names = frozenset(countries["names"])
        self.demonyms = frozenset(countries["demonyms"])
        # "Saudi Arabian", "Papua New Guinean": demonyms of several words, which the model
        # may cut to a part ("Saudi", "Guinean")
        self.long_demonyms = PhraseMatcher(self.vocab, attr="ORTH")
        self.long_demonyms.add("NORP", [self.make_doc(d) for d in countries["demonyms"]
                                        if " " in d])
        self.places = frozenset(countries["names"]) | frozenset(countries["capitals"])
        self.country_words = self.demonyms | self.places
        self.org_cues = frozenset(lex["org_cues"])
        # the last words of an organisation's name, that the model's name may be cut before
        self.org_heads = frozenset(lex.get("organization_heads", ())) | self.org_cues
        # ... and those a "for"/"of"/"on" phrase of capitalised words may continue
        self.of_name_heads = self.org_heads | frozenset(lex.get("of_name_heads", ())) | \
            frozenset(lex.get("institution_heads", {}))
        self.determiners = frozenset(lex["determiners"])
        self.leading_prepositions = frozenset(lex.get("leading_prepositions", ()))
        self.titles = frozenset(lex["name_titles"])
        # a person's name starts after a one-word title or job: "Broadcaster Piers Morgan",
        # "Taoiseach Leo Varadkar"
        #: one-word offices and jobs (no honorifics: "Saint Louis University")
        self.office_words = frozenset(
            t for t in data["role_titles"] + data.get("job_titles", []) if " " not in t)
        self.leading_titles = self.titles | self.office_words
        self.org_before = frozenset(lex["org_name_before_nouns"])
        self.org_nouns = frozenset(lex["org_common_nouns"])
        self.org_cue_words = self.org_cues
        self.whole_name_heads = frozenset(w.lower() for w in lex.get("whole_name_heads", ()))
        self.work_nouns = frozenset(lex.get("work_nouns", ()))
        self.leader_bodies = frozenset(lex.get("leader_body_nouns", ()))
        self.case_joiners = frozenset(lex.get("case_joiners", ()))
        self.caption_words = frozenset(lex.get("caption_words", ()))
        self.press_heads = frozenset(lex.get("press_name_heads", ()))
        self.country_titles = frozenset(lex.get("country_titles", ()))
        self.division_heads = frozenset(lex.get("division_name_heads", ()))
        self.title_cues = frozenset(lex.get("title_cues", ()))
        chambers = lex.get("party_chambers", {})
        self.party_chambers = (frozenset(data.get("party_adjectives", ())),
                               frozenset(chambers.get("chambers", ())))
        #: a party's or a faith's adjective: no half of a place's name ("Republican Iowa")
        self.creed_words = frozenset(data.get("party_adjectives", ())) | frozenset(
            lex.get("religion_adjectives", {}))
        #: words of a people or a faith: a NORP so written is no misread surname
        self.people_words = self.country_words | self.creed_words
        self.title_heads = frozenset(t.split()[-1] for t in data["role_titles"])
        # no names: a time zone after a clock time, an office's title in capitals, a
        # common noun's letters
        self.time_zones = frozenset(lex.get("time_zones", ()))
        self.abbreviations = frozenset(lex.get("common_abbreviations", ()))
        self.event_heads = frozenset(lex.get("event_name_heads", ()))
        self.diseases = frozenset(lex.get("disease_names", ()))
        self.ship_prefixes = frozenset(lex.get("ship_prefixes", ()))
        #: words of a description that make its item software ("programming language")
        self.software = re.compile(r"\b(?:%s)\b" % "|".join(
            map(re.escape, lex.get("software_kinds", ()))) or r"(?!)")
        self.one_word_titles = self.titles | frozenset(
            t for t in data["role_titles"] if " " not in t)
        # the string ids of the words the rules look for: a rule finds its few candidate
        # tokens in the doc's arrays, without making a Token of every word (see _Words)
        self._org_cue_ids = self._ids(self.org_cues)
        self._org_before_ids = self._ids(self.org_before)
        #: nouns that describe the name right after them as an organisation's
        self.describing_nouns = self.org_nouns | frozenset(lex.get("service_nouns", ()))
        self._describing_ids = self._ids(self.describing_nouns)
        #: nouns that describe people as well ("producer Rick Rubin")
        self.person_or_org_nouns = frozenset(lex.get("person_or_org_nouns", ()))
        self._demonym_ids = self._ids(self.demonyms)
        self._case_joiner_ids = self._ids(self.case_joiners)
        self._work_noun_ids = self._ids(self.work_nouns)
        self._appos_id = self.vocab.strings["appos"]
        self._particle_ids = self._ids(NAME_PARTICLES)
        self._ship_prefix_ids = self._ids(self.ship_prefixes)
        self._comma_id = self.vocab.strings[","]
        if self.gazetteer:
            # opened lazily by the index itself, once per process (a worker reopens it)
            self.index = OfflineIndex.load(Path(self.index_dir) if self.index_dir
                                           else default_index_dir())

    # -- serialisation: the word lists travel with the pipeline ------------------------
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.json_dumps({"data": self.data}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "EntityRules":
        self._load(srsly.json_loads(data)["data"])
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / DATA_FILE, self.data)

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "EntityRules":
        self._load(srsly.read_json(ensure_path(path) / DATA_FILE))
        return self

    # -- helpers -----------------------------------------------------------------
    def _ids(self, words: Iterable[str]) -> frozenset[int]:
        return frozenset(self.vocab.strings[w] for w in words)

    def _is_name(self, tok, strict: bool = False) -> bool:
        """A token that can be part of a proper name next to a cue word; ``strict``
        (one-word cues like 'base', 'port'): a proper noun, not any capitalised word
        ('the Democratic base' is no facility)."""
        if tok.ent_type_ in KEEP_LABELS or tok.ent_type_ == "NORP":
            return False
        if tok.text in self.demonyms or tok.is_punct or tok.like_num:
            return False
        if strict:
            return tok.pos_ == "PROPN" or (tok.is_title and tok.ent_type_ in _PLACE_LIKE)
        return tok.pos_ == "PROPN" or (tok.is_title and not tok.is_stop and not tok.is_sent_start)

    def _name_left(self, doc: Doc, end: int, strict: bool = False) -> int:
        """Start of the run of name tokens ending just before ``end`` (== end if none)."""
        start = end
        while start > 0 and end - start < 4 and self._is_name(doc[start - 1], strict):
            start -= 1
        return start

    def _name_right(self, doc: Doc, start: int) -> int:
        end = start
        while end < len(doc) and end - start < 4 and self._is_name(doc[end]):
            end += 1
        return end

    def _facilities(self, doc: Doc) -> list[Span]:
        cues = filter_spans([doc[s:e] for _, s, e in self.facility(doc)])
        out = []
        for cue in cues:
            if cue[-1].pos_ not in ("NOUN", "PROPN"):
                continue
            cue_text = cue.text.lower()
            # "Hmeimim (Lattakia) air base": the name is before the parenthesis
            before = cue.start
            if before >= 3 and doc[before - 1].text == ")":
                for j in range(before - 2, max(before - 7, 0), -1):
                    if doc[j].text == "(":
                        start = self._name_left(doc, j)
                        if start < j:
                            out.append(doc[start:j])
                        break
                continue
            start = self._name_left(doc, before, strict=len(cue) == 1)
            if start < before:
                out.append(doc[start:cue.end])
                continue
            if cue_text in self.name_after:  # "air base Hmeimim"
                end = self._name_right(doc, cue.end)
                if end > cue.end:
                    out.append(doc[cue.start:end])
                    continue
            if cue_text in self.of_cues and cue.end + 1 < len(doc) and doc[cue.end].lower_ == "of":
                end = self._name_right(doc, cue.end + 1)  # "the port of Tartous"
                if end > cue.end + 1:
                    out.append(doc[cue.start:end])
        return [Span(doc, s.start, s.end, label="FAC") for s in out]

    def _forces(self, doc: Doc) -> list[Span]:
        """'Russian forces', 'US troops', 'the Moscow army': a country word + a force noun."""
        out = []
        for _, s, e in self.forces(doc):
            if e < len(doc) and doc[e].lower_ in self.title_heads:
                continue  # "Niger's military leader", "the army chief": a title
            j = s - 1
            # "Syrian government forces", "Iraqi security forces": the state's forces
            while j > 0 and s - j <= 2 and doc[j].lower_ in STATE_FORCE_WORDS:
                j -= 1
            if j > 0 and doc[j].tag_ == "POS":  # "Russia's forces"
                j -= 1
            if j >= 0 and doc[j].text in self.country_words:
                k = j
                # "North Korean troops": take the whole multi-word demonym or name
                while k > 0 and doc[k - 1].text + " " + doc[k:j + 1].text in self.country_words:
                    k -= 1
                if k > 0 and doc[k - 1].is_title and not doc[k - 1].is_sent_start and \
                        doc[s].is_title:
                    continue  # "the Free Syrian Army": a longer name, the model's
                out.append(Span(doc, k, e, label=FORCES))
        return filter_spans(out)

    def _org_extensions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Islamic' (NORP) + 'State' -> ORG 'Islamic State'; 'Free Syrian Army' likewise;
        'Chinese' + ORG 'Foreign Ministry' -> ORG 'Chinese Foreign Ministry' (whose ministry)."""
        out = []
        for prev, ent in zip(ents, ents[1:]):
            # ... and "United States" + "Anti-Doping Agency": the country's agency
            if (prev.label_ in ("NORP", "GPE") and ent.label_ == "ORG" and prev.end == ent.start
                    and (prev.text in self.demonyms or prev.text in self.country_names)
                    and ent[-1].text in self.org_cues):
                out.append(Span(doc, prev.start, ent.end, label="ORG"))
        for ent in ents:
            if ent.label_ not in ("NORP", "GPE", "ORG") or ent.end >= len(doc):
                continue
            nxt = doc[ent.end]
            if nxt.lower_ == "party" and nxt.is_lower and not nxt.ent_type_ and \
                    ent.label_ in ("NORP", "ORG") and len(ent) == 1 and \
                    _adjectival_name(ent[0]) and \
                    ent.text not in self.demonyms and ent.start > 0 and \
                    doc[ent.start - 1].lower_ == "the":
                # "leave the Democratic party", "the Liberal party": the party's name, in
                # lower case ("the Canadian party" is a party of a country, no name)
                out.append(Span(doc, ent.start, ent.end + 1, label="ORG"))
            elif nxt.text in self.org_cues and not nxt.ent_type_:
                start = ent.start
                while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_stop \
                        and not doc[start - 1].is_sent_start and not doc[start - 1].ent_type_:
                    start -= 1
                out.append(Span(doc, start, ent.end + 1, label="ORG"))
            elif ent.label_ == "ORG" and ent[-1].text in self.of_name_heads and \
                    nxt.lower_ in ("for", "of", "on") and ent.end + 1 < len(doc) and \
                    _untagged_title(doc[ent.end + 1]):
                # "The Puerto Rico Center" + "for Investigative Journalism", "Peace and
                # Freedom Party" + "of California": the model cut the name at its phrase
                end = ent.end + 2
                while end < len(doc) and end - ent.end < 7 and (
                        _untagged_title(doc[end]) or doc[end].lower_ in ("and", "the", "of")
                        and end + 1 < len(doc) and _untagged_title(doc[end + 1])):
                    end += 1
                if (longer := self._trim(Span(doc, ent.start, end, label="ORG"))) is not None:
                    out.append(longer)
        return out

    @staticmethod
    def _whole_entity(doc: Doc, start: int, end: int) -> bool:
        """Is ``doc[start:end]`` exactly one entity of the model (no more, no less)?"""
        return doc[start].ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I") \
            and all(t.ent_iob_ == "I" for t in doc[start + 1:end])

    @staticmethod
    def _acronyms(doc: Doc, ents: list[Span], words: "_Words") -> list[Span]:
        """'WHO' after 'World Health Organization': an upper-case word spelling the
        initials of an organisation of the article is that organisation."""
        initials = set()
        for ent in ents:
            if ent.label_ == "ORG" and len(ent) >= 2:
                letters = "".join(t.text[0] for t in ent
                                  if t.text[:1].isupper() and not t.is_stop)
                if len(letters) >= 2:
                    initials.add(letters)
        if not initials:
            return []
        ids = frozenset(doc.vocab.strings[i] for i in initials)
        return [Span(doc, t.i, t.i + 1, label="ORG") for t in words.tokens(ORTH, ids)
                if t.is_upper and t.text in initials and t.ent_iob_ == "O"]

    def _leader_bodies(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Halvorsen administration', 'the Assad regime': 'the' + a person's name +
        a lower-case body noun (``leader_body_nouns``) is an organisation, not the person.
        The name is a PERSON of the model's, or the surname of one named in full."""
        surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
        out = []
        for ent in ents:
            if ent.end >= len(doc) or ent.start == 0 or len(ent) > 3 or \
                    doc[ent.start - 1].lower_ != "the":
                continue
            body = doc[ent.end]
            if not (body.is_lower and body.lower_ in self.leader_bodies):
                continue
            if ent.label_ == "PERSON" or (
                    ent.label_ in ("ORG", "GPE", "NORP") and len(ent) == 1
                    and ent.text in surnames and ent.text not in self.country_words):
                out.append(Span(doc, ent.start, ent.end + 1, label="ORG"))
        return out

    def _court_cases(self, doc: Doc, words: "_Words") -> list[Span]:
        """'Roe v. Wade', 'Brown vs. Board of Education': two capitalised names joined by
        'v.'/'vs.' (``case_joiners``) are a court case (LAW), whatever the model said."""
        out = []
        for tok in words.tokens(LOWER, self._case_joiner_ids):
            if not 0 < tok.i < len(doc) - 1 or not doc[tok.i - 1].is_title:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and doc[start - 1].is_title and \
                    doc[start - 1].lower_ not in self.determiners:
                start -= 1
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 4 and (doc[end].is_title or (
                    doc[end].lower_ == "of" and end + 1 < len(doc) and doc[end + 1].is_title)):
                end += 1
            if start < tok.i and end > tok.i + 1 and doc[tok.i + 1].is_title and not any(
                    t.text in self.country_words for t in doc[start:end]):  # "England v. Wales"
                out.append(Span(doc, start, end, label="LAW"))
        return out

    def _named_after_the(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'The Hindu reported': a capitalised 'The' inside a sentence before a people's
        word (NORP) is part of a title, a newspaper's or a band's: an organisation."""
        return [Span(doc, ent.start - 1, ent.end, label="ORG") for ent in ents
                if ent.label_ == "NORP" and ent.start > 0 and doc[ent.start - 1].text == "The"
                and not doc[ent.start - 1].is_sent_start
                # not an adjective that opens a quotation ('"The French president's')
                and not (ent.start > 1 and doc[ent.start - 2].is_quote)
                and not (ent.end < len(doc) and (doc[ent.end].pos_ in ("NOUN", "PROPN", "ADJ")
                                                 or doc[ent.end].tag_ == "POS"))]

    def _papers_named_after_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'According to Samoa Observer editor Keni Lesa': a place of the model's, inside a
        sentence, then a capitalised word a newspaper's name ends with
        (``press_name_heads``) the model left out: the paper, an organisation."""
        out = []
        for ent in ents:
            end = ent.end
            # the model may read the country there an organisation ("Samoa")
            place = ent.label_ in ("GPE", "LOC") or self._country_name(ent.text, len(ent))
            if not place or end >= len(doc) or ent[0].is_sent_start:
                continue
            head = doc[end]
            if head.text in self.press_heads and head.ent_iob_ == "O" and \
                    doc[end - 1].whitespace_ and not doc[end - 1].is_punct:
                out.append(Span(doc, ent.start, end + 1, label="ORG"))
        return out

    def _whole_demonyms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Saudi Arabian ambassador', 'a Papua New Guinean diplomat': a demonym of
        several words is one nationality (NORP), though the model read only a part of it
        ('Saudi', 'Guinean': Guinea is another country); not where the model's name runs
        on past it ('Saudi Arabian Airlines', 'South African Airways')."""
        out = []
        for _, start, end in self.long_demonyms(doc):
            if any(e.start < end and start < e.end and (e.start < start or e.end > end)
                   for e in ents):
                continue
            out.append(Span(doc, start, end, label="NORP"))
        return out

    def _titled_countries(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Mister America had its premiere', 'Captain America and Tony Stark': a title
        (``country_titles``) the model left out, then a country's name it read alone, is
        one name, a work's or a character's: no one is titled by a country."""
        out = []
        for ent in ents:
            if len(ent) > 1 and ent[0].text in self.country_titles and \
                    self._country_name(ent[1:].text, len(ent) - 1):
                out.append(Span(doc, ent.start, ent.end, label=WORK))  # read whole
            elif ent.start > 0 and doc[ent.start - 1].text in self.country_titles and \
                    doc[ent.start - 1].ent_iob_ == "O" and doc[ent.start - 1].whitespace_ \
                    and self._country_name(ent.text, len(ent)):
                out.append(Span(doc, ent.start - 1, ent.end, label=WORK))
        return out

    def _entitled_countries(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'The toilet is an artwork entitled America': a country's name the model read
        alone right after a word that gives a work's title (``title_cues``) is the
        work's title, a named thing (label ``WORK``), no mention of the country."""
        return [Span(doc, ent.start, ent.end, label=WORK) for ent in ents
                if ent.start > 0 and doc[ent.start - 1].lower_ in self.title_cues
                and self._country_name(ent.text, len(ent))]

    def _divisions_of_places(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'in the Southern District of New York', 'the Supreme Court of Puerto Rico': a
        name of the model's ending in a division's or a court's word
        (``division_name_heads``), then 'of' (and 'the') and a place the model read on its
        own, is one name, the division's: the place is part of its name, no mention of
        its own (New York City is no court district). Two places joined by 'and' ('the
        High Court of England and Wales') are both in it."""
        out = []
        places = {}
        for ent in ents:  # the model may read "the United Kingdom" with its article
            if ent.label_ in ("GPE", "LOC"):
                places[ent.start] = ent
                if doc[ent.start].lower_ == "the":
                    places[ent.start + 1] = ent
        for ent in ents:
            if ent[-1].text not in self.division_heads or len(ent) < 2 or \
                    ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
                continue
            after = ent.end + 2 if doc[ent.end + 1].lower_ == "the" else ent.end + 1
            place = places.get(after)
            start = ent.start
            while doc[start].lower_ in self.determiners:
                start += 1  # "the Southern District": the name without its article
            if place is None or start >= ent.end - 1:
                continue
            end = place.end
            if end + 1 < len(doc) and doc[end].lower_ == "and" and end + 1 in places:
                end = places[end + 1].end
            out.append(Span(doc, start, end, label=ent.label_))
        return out

    def _untagged_org_names(self, doc: Doc, words: "_Words") -> list[Span]:
        """'The World Anti-Doping Agency', 'Sudan Doctors Network': capitalised words
        the model left out that end in an organisation word ('Agency', 'Network', ...)
        name an organisation; 'of'/'for' + more capitalised words continue it."""
        out = []
        for tok in words.tokens(ORTH, self._org_cue_ids):
            if tok.text not in self.org_cues or tok.ent_iob_ != "O" or tok.i == 0:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 6:
                prev = doc[start - 1]
                if prev.ent_iob_ != "O" and prev.ent_type_ not in ("GPE", "NORP"):
                    break
                if not ((prev.is_title or prev.is_upper) and prev.is_alpha
                        or (prev.text == "-" and start >= 2 and doc[start - 2].is_title)):
                    break
                start -= 1
            if start == tok.i or doc[start].text == "-":
                continue
            end = tok.i + 1
            if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and \
                    doc[end + 1].is_title and doc[end + 1].ent_iob_ == "O":
                end += 2
                while end < len(doc) and end - tok.i < 6 and doc[end].is_title and \
                        doc[end].ent_iob_ == "O":
                    end += 1
            out.append(Span(doc, start, end, label="ORG"))
        return out

    def _names_of_org_appositions(self, doc: Doc, words: "_Words") -> list[Span]:
        """'Vale, the Brazilian mining company,': a name the model left out, in
        apposition to an organisation noun, is an organisation."""
        out = []
        for tok in words.tokens(DEP, {self._appos_id}):
            if tok.dep_ != "appos" or tok.lemma_.lower() not in self.org_nouns:
                continue
            head = tok.head
            if head.i < tok.i and head.pos_ == "PROPN" and head.is_title and \
                    head.ent_iob_ == "O" and head.text not in self.country_words:
                start = head.i
                while start > 0 and doc[start - 1].dep_ == "compound" and \
                        doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_iob_ == "O":
                    start -= 1
                out.append(Span(doc, start, head.i + 1, label="ORG"))
        return out

    def _names_after_org_nouns(self, doc: Doc, words: "_Words") -> list[Span]:
        """'ride-hailing firm Uber', 'Russian energy company Gazprom', 'sharing website
        GitHub': the capitalised words right after a lower-case organisation noun that
        describes them (its compound, or they its apposition) name an organisation, when
        the model left them out or called them a product."""
        out = []
        for tok in words.tokens(LOWER, self._describing_ids):
            if not tok.is_lower:
                continue
            # no one is "the firm Goldman Sachs" or "the band Pussy Riot" (but "producer
            # Rick Rubin" is someone)
            labels = ("", "PRODUCT") if tok.lower_ in self.person_or_org_nouns else (
                "", "PRODUCT", "PERSON")
            start = end = tok.i + 1
            while end < len(doc) and end - start < 4:
                word = doc[end]
                # ("GitHub", "eBay" are no title case)
                if (word.ent_type_ not in labels or word.pos_ != "PROPN"
                        or not word.text[:1].isupper() and not word.text[1:2].isupper()
                        or word.is_sent_start
                        or word.text in self.country_words or word.lower_ in self.titles):
                    break
                end += 1
            # the whole of a product's or person's name, or none of it ("firm Apple TV+")
            if end == start or (end < len(doc) and doc[end].ent_iob_ == "I") or \
                    doc[start].ent_iob_ == "I":
                continue
            name = doc[start:end]
            if tok.dep_ == "compound" and tok.head in name or \
                    name.root.dep_ == "appos" and name.root.head == tok:
                out.append(Span(doc, start, end, label="ORG"))
        return out

    def _bodies_before_titles(self, doc: Doc, model: list[Span]) -> list[Span]:
        """'Tesla chief executive Elon Musk', 'Nissan chairman Carlos Ghosn': capitalised
        words the model left out, right before a lower-case title that a person's name
        follows, are whose title it is: an organisation (as ``_body_before_title`` makes
        of a one-word name the model took for a person)."""
        out = []
        for ent in model:
            k = ent.start - 1
            if ent.label_ != "PERSON" or k < 1 or not doc[k].is_lower or \
                    doc[k].lower_ not in self.title_heads:
                continue
            j = k - 1
            while j >= 0 and k - j <= 2 and doc[j].is_lower and doc[j].is_alpha and \
                    doc[j].lower_ not in self.determiners:
                j -= 1  # ("chief" executive, "assistant" coach)
            end = start = j + 1
            while start > 0 and end - start < 3:
                word = doc[start - 1]
                if (word.ent_iob_ != "O" or word.pos_ not in ("PROPN", "ADJ", "NOUN")
                        or not word.is_alpha or not word.text[:1].isupper()
                        or word.text in self.country_words or word.lower_ in self.titles):
                    break
                start -= 1
            before = doc[start - 1] if start else None
            if start == end or before is not None and (
                    before.text[:1].isupper() and before.ent_iob_ == "O"
                    or before.lower_ in ("and", "of", "for", "&")):
                continue  # the end of a longer name ("Free and Equal Elections Foundation")
            span = Span(doc, start, end, label="ORG")
            # the tagger may call the name an adjective ("Tesla chief executive"); a
            # capital that only opens the sentence ("Former chief executive") is a name
            # only if the index knows something well known so named (for "Tesla", the
            # inventor: whoever it is, a title after it is its organisation's)
            if any(t.pos_ != "PROPN" for t in span) and span[0].is_sent_start and (
                    self.index is None or self._known_label(span.text, len(span)) is None):
                continue
            out.append(span)
        return out

    def _names_of_title_appositions(self, doc: Doc, words: "_Words") -> list[Span]:
        """'Tomasz Kubiak, a fire service spokesman, told', 'a spokesperson for the fire
        service, Jasim Uddin, said': a name of two to four capitalised words the model
        left out, in apposition to a job title, is a person."""
        out = []
        for tok in words.tokens(DEP, {self._appos_id}):
            if tok.dep_ != "appos":
                continue
            # the title apposed to the name, or the name to the title
            name, title = (tok.head, tok) if tok.lower_ in self.title_heads else (tok, tok.head)
            if title.lower_ not in self.title_heads or not self._untagged_name_word(name):
                continue
            start = name.i
            while start > 0 and doc[start - 1].dep_ == "compound" and \
                    self._untagged_name_word(doc[start - 1]):
                start -= 1
            span = Span(doc, start, name.i + 1, label="PERSON")
            before = doc[start - 1] if start else None
            # no person has an article, and a word of the same phrase the name could not
            # take ("CEI (Italian Episcopal Conference)") makes it some other name
            if 2 <= len(span) <= 4 and (before is None or (
                    before.lower_ not in self.determiners and before.text != "("
                    and not start <= before.head.i <= name.i)):
                out.append(span)
        return out

    def _places_described_as_people(self, doc: Doc, words: "_Words") -> list[Span]:
        """'Valeska Paris, an Australian woman and former Scientologist, has claimed': a
        name of two or three capitalised words the model took for places, in apposition to
        a noun for a person ("a woman", "an activist"), is a person; not a known place's
        name ("Paris" alone, "New York, a city")."""
        out = []
        person_nouns = lexicons.people_words()
        for tok in words.tokens(DEP, {self._appos_id}):
            name = tok.head
            if tok.dep_ != "appos" or tok.lemma_.lower() not in person_nouns or \
                    tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                for c in tok.children) or \
                    name.ent_type_ not in ("GPE", "LOC") or not name.is_title or \
                    doc[name.i + 1].text != ",":
                continue
            start = name.i
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and \
                    doc[start - 1].ent_type_ in ("GPE", "LOC", ""):
                start -= 1
            span = Span(doc, start, name.i + 1, label="PERSON")
            if 2 <= len(span) <= 3 and not self._known_place(span.text, len(span)) and \
                    span.text not in self.country_names:
                out.append(span)
        return out

    def _plural_titled_names(self, doc: Doc) -> list[Span]:
        """'Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed': the
        names listed after a capitalised plural title are people's, each up to its "of"
        phrase, whatever the model made of them (nothing; "Patrice Talon" an
        organisation). A name of one word is left to the model ("Senators Lee and Paul")."""
        out = []
        for tok in doc:
            if tok.tag_ not in ("NNS", "NNPS", "NNP") or not tok.is_title or \
                    tok.is_sent_end or not self._plural_title(tok):
                continue
            j = tok.i + 1
            while j < len(doc):
                start = j
                while j < len(doc) and j - start < 4 and doc[j].pos_ == "PROPN" and \
                        self._personal_name_word(doc[j]):
                    j += 1
                if j - start < 2:
                    break
                out.append(Span(doc, start, j, label="PERSON"))
                if j < len(doc) and doc[j].lower_ == "of":  # "of Nigeria": the office's
                    j += 1
                    while j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN":
                        j += 1
                if j < len(doc) and doc[j].text == ",":
                    j += 1
                if j < len(doc) and doc[j].lower_ == "and":
                    j += 1
                elif j < len(doc) and doc[j - 1].text != ",":
                    break
        return out

    def _titled_particle_names(self, doc: Doc, words: "_Words") -> list[Span]:
        """'Mayor de Blasio, a member of the Democratic Party, spoke': a capitalised title,
        then a lower-case name particle ("de", "von", "al") and capitalised words the
        model left out, is a person's name (from the particle on: the title is none of
        it)."""
        out = []
        for i in words.indices(LOWER, self._particle_ids):
            tok = doc[i]
            if i == 0 or not tok.is_lower or i + 1 >= len(doc) or tok.ent_type_:
                continue
            title = doc[i - 1]
            if not title.is_title or title.lower_ not in self.one_word_titles:
                continue
            end = i + 1
            while end < len(doc) and end - i <= 4 and (
                    self._untagged_name_word(doc[end]) or (
                        doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower and
                        end + 1 < len(doc) and self._untagged_name_word(doc[end + 1]))):
                end += 1
            if end > i + 1 and self._untagged_name_word(doc[end - 1]):
                out.append(Span(doc, i, end, label="PERSON"))
        return out

    def _untagged_name_word(self, tok) -> bool:
        """A proper noun outside the model's names that may be a word of a person's name."""
        return tok.pos_ == "PROPN" and not tok.ent_type_ and self._personal_name_word(tok)

    def _personal_name_word(self, tok) -> bool:
        """A capitalised word and no country, title or organisation word."""
        return (tok.is_title and tok.text not in self.country_words
                and tok.text not in self.org_cues and tok.lower_ not in self.leading_titles)

    @staticmethod
    def _dateline_places(doc: Doc, words: "_Words") -> list[Span]:
        """'SAO PAULO, Feb 3 (Reuters) -': the upper-case words opening a paragraph
        before a comma are the dateline's place (the model splits or mislabels them)."""
        out = []
        after_spaces = [i + 1 for i in words.indices(IS_SPACE, {1}) if i + 1 < len(doc)]
        for start in ([0] if len(doc) else []) + after_spaces:
            if start and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
                continue
            end = start
            while end < len(doc) and end - start < 4 and doc[end].is_upper \
                    and doc[end].is_alpha and len(doc[end]) > 1:
                end += 1
            if end > start and end < len(doc) and doc[end].text == "," and \
                    len(doc[start:end].text) > 3:
                out.append(Span(doc, start, end, label="GPE"))
        return out

    def _names_before_org_nouns(self, doc: Doc, words: "_Words") -> list[Span]:
        """'the Chega party', 'the BRICS group', 'DZMM radio': capitalised words the
        model left out, right before a lower-case organisation noun, name it."""
        out = []
        for tok in words.tokens(LOWER, self._org_before_ids):
            if tok.lower_ not in self.org_before or not tok.is_lower or tok.i == 0:
                continue
            end = start = tok.i
            while start > 0 and end - start < 3:
                prev = doc[start - 1]
                if (prev.ent_iob_ != "O" or not (prev.is_title or prev.is_upper)
                        or prev.pos_ != "PROPN" or prev.is_sent_start
                        or prev.text in self.country_words or prev.lower_ in self.titles):
                    break
                start -= 1
            if start < end:
                out.append(Span(doc, start, end, label="ORG"))
        return out

    def _place_halves(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Punta' (GPE) + 'Ventana' (NORP), 'Las' + 'Estrellas': one place's name the
        model cut in two, each half a place's or a people's word that no country's
        gazetteer knows, side by side with nothing between them."""
        out = []
        for a, b in zip(ents, ents[1:]):
            if a.end == b.start and a.label_ in _HALF_LABELS and b.label_ in _HALF_LABELS \
                    and all(t.is_alpha and t.is_title for t in (*a, *b)) \
                    and a.text not in self.country_words and b.text not in self.country_words \
                    and not any(t.text in self.creed_words for t in (*a, *b)):
                label = "LOC" if "LOC" in (a.label_, b.label_) else "GPE"
                out.append(Span(doc, a.start, b.end, label=label))
        return out

    @staticmethod
    def _name_read_as_date(span: Span) -> Span:
        """'the January 7 quake' (EVENT), 'reported in mid-2019' (GPE): a month and a
        day's number, or a year with its part, is a date whatever the model read."""
        if span.label_ not in _DATE_MISREAD:
            return span
        words = [t for t in span if not t.is_punct and t.pos_ != "DET"]  # "the January 7"
        date = (any(t.lower_ in _DAYS for t in words) and any(t.like_num for t in words)
                and all(t.lower_ in _DAYS or t.like_num for t in words)) or \
            _YEARISH.fullmatch("".join(t.text for t in words)) is not None
        return Span(span.doc, words[0].i, span.end, label="DATE") if date else span

    @staticmethod
    def _date_read_as_place(span: Span) -> Span:
        """'an evacuation centre in Winnipeg' (DATE): one proper noun with no digit and
        no calendar word, after 'in'/'to'/'from'/'at', is a place ('in mid-2019' is not)."""
        if span.label_ not in ("DATE", "TIME") or len(span) != 1:
            return span
        tok = span[0]
        if tok.pos_ != "PROPN" or tok.lower_ in _CALENDAR or tok.like_num or tok.i == 0 \
                or any(c.isdigit() for c in tok.text) \
                or span.doc[tok.i - 1].lower_ not in ("in", "to", "from", "at", "near"):
            return span
        return Span(span.doc, span.start, span.end, label="GPE")

    def _split_leading_names(self, span: Span) -> list[Span]:
        """'Barclays 40 million pounds' (MONEY): a proper noun the model glued to the
        amount after it ('fined Barclays 40 million pounds') is a name of its own; so is
        a country after a match score's number ('1 – 0 Korea Republic')."""
        if span.label_ in ("PERCENT", "CARDINAL", "QUANTITY") and len(span) > 1 and \
                span[0].like_num and self._country_name(span[1:].text, len(span) - 1):
            # "Sweden 1 – 0 Korea Republic": a match score's number, then a country
            return [Span(span.doc, span.start, span.start + 1, label=span.label),
                    Span(span.doc, span.start + 1, span.end, label="GPE")]
        if span.label_ not in ("MONEY", "QUANTITY", "CARDINAL", "LAW") or len(span) < 2:
            return [span]
        end = span.start
        while end < span.end and span.doc[end].pos_ == "PROPN" and span.doc[end].is_title \
                and not span.doc[end].is_currency and span.doc[end].text not in self.country_words:
            end += 1
        if end == span.start or end == span.end or not span.doc[end].like_num:
            return [span]
        return [Span(span.doc, span.start, end, label="ORG"),
                Span(span.doc, end, span.end, label=span.label)]

    def _country_name(self, text: str, words: int) -> bool:
        """Is ``text`` a country's name, by kg's list or the index ("Korea Republic")?"""
        return text in self.country_names or (
            self.index is not None and self._known_label(text, words) == "GPE"
            and all(w[:1].isupper() for w in text.split()))

    def _listed_country(self, text: str, words: int) -> bool:
        """Is ``text`` a country of kg's own list ("New Zealand"; not "DC", a place the
        index knows)?"""
        return text in self.country_names

    def _known_place(self, text: str, words: int) -> bool:
        """Is ``text`` a place's name the index knows well ("Auckland")?"""
        return self.index is not None and self._known_label(text, words) in ("GPE", "LOC")

    def _person_extensions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A person name the model cut short: 'Ursula von der' + 'Leyen' (after a
        particle), 'Abdul Hamid' + 'Dbeibah' (a capitalised proper noun it left out),
        'Wong Yeung' + '-tat' (the rest of a hyphenated name)."""
        out = []
        # the surnames of the people the article names in full: "Warhol" next to "Andy
        # Warhol" is whole ("the Warhol Polaroids" is no longer name of his)
        surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            start, end = ent.start, ent.end
            # "singer-songwriter Carly" + "Simon": a first name the model left out; not
            # before a name the index knows whole ("Scientologist" + "Tom Cruise")
            if start > 0 and not self._known_person(ent):
                prev = doc[start - 1]
                if (prev.pos_ == "PROPN" and prev.is_title and prev.ent_iob_ == "O"
                        and not prev.is_sent_start and prev.lower_ not in self.titles
                        and prev.lower_ not in self.title_heads
                        and prev.text not in self.country_words):
                    start -= 1
            if ent[-1].lower_ in NAME_PARTICLES:
                while end < len(doc) and end - ent.end < 3 and doc[end].is_title:
                    end += 1
            elif not (len(ent) == 1 and ent.text in surnames):
                # not over a title: "Manitoba" + "Premier" (Wab Kinew) is no name
                while (end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN"
                       and doc[end].is_title and doc[end].ent_iob_ == "O"
                       and doc[end].lower_ not in self.title_heads):
                    end += 1
            if end + 1 < len(doc) and doc[end].text in ("-", "‐") and \
                    not doc[end - 1].whitespace_ and not doc[end].whitespace_ and \
                    doc[end + 1].is_alpha and doc[end + 1].pos_ == "PROPN" and \
                    doc[end + 1].ent_iob_ == "O":
                # "Wong Yeung" + "-tat": a hyphenated given name the model cut (not an
                # adjective made of the name: "a Warhol-like wig")
                end += 2
            if end > ent.end or start < ent.start:
                out.append(Span(doc, start, end, label="PERSON"))
        return out

    def _body_before_title(self, span: Span | None, surnames: Collection[str]) -> Span | None:
        """'Wynnum coach Matt Myers said': a one-word name the model took for a person,
        right before a lower-case title and another person's name, is whose title it is
        (a club, a body, a town), no person; unless it is the surname of someone the
        article names in full or a person the index knows ("Trump adviser John Bolton")."""
        if span is None or span.label_ != "PERSON" or len(span) != 1 or span.text in surnames:
            return span
        doc = span.doc
        k = span.end
        while k < len(doc) and k - span.end < 2 and doc[k].is_lower and doc[k].is_alpha and \
                doc[k].lower_ not in self.title_heads:
            k += 1  # ("assistant" coach)
        if k + 1 >= len(doc) or not doc[k].is_lower or doc[k].lower_ not in self.title_heads \
                or doc[k + 1].ent_type_ != "PERSON":
            return span
        if self.index is not None and self._known_label(span.text, 1) == "PERSON":
            return span
        return Span(doc, span.start, span.end, label="ORG")

    def _known_person(self, span: Span) -> bool:
        """Is ``span`` (two words or more) exactly the name of a person of the index?"""
        if self.index is None or len(span) < 2:
            return False
        return self._known_label(span.text, len(span), wanted=0) == "PERSON"

    def _plural_title(self, tok) -> bool:
        """'Presidents', 'Ministers' before names: a capitalised plural of a one-word
        title, which the model takes into a name or for an organisation."""
        return lexicons.singular_title(tok.text, tok.tag_, self.leading_titles) is not None

    def _trim(self, span: Span) -> Span | None:
        """Drop determiners, possessive 's, punctuation and (people) titles at the edges."""
        if span.label_ not in NAME_LABELS:
            return span
        start, end = span.start, span.end
        doc = span.doc
        while start < end and (doc[start].lower_ in self.determiners or doc[start].is_punct
                               or doc[start].is_space):
            start += 1
        if end - start > 1 and (doc[start].lower_ in self.leading_prepositions or (
                doc[start].pos_ == "AUX" and doc[start].lower_ in _QUESTION_AUXILIARIES)) \
                and span.label_ not in ("WORK_OF_ART", "EVENT", "LAW"):
            # "Regarding Ashodaya?", "Will Rocky Linux provide ...?": the question's
            # preposition or auxiliary, then the name
            start += 1
        if end - start > 3 and doc[start].text == "[" and doc[start + 2].text == "]" and \
                (doc[start + 1].is_upper or doc[start + 1].lower_ in self.titles):
            start += 3  # "[WGM] Nazí Paikidze": an editor's title, then the name
        if end - start > 3 and doc[start].lower_ in _STANCE_PREFIXES and \
                doc[start + 1].text == "-" and not doc[start + 1].whitespace_:
            start += 3  # "pro-Beijing DAB": the party, not "pro-Beijing"
        if end - start == 1 and self._plural_title(doc[start]) and end < len(doc) and \
                doc[end].ent_type_ == "PERSON":
            return None  # "Senators Bernie Sanders and Elizabeth Warren": no organisation
        if span.label_ == "PERSON":
            while start < end - 1 and (doc[start].lower_ in self.leading_titles
                                       or self._plural_title(doc[start])):
                start += 1
            if end - start > 2 and doc[start].dep_ == "pobj" and \
                    doc[start].head.lower_ == "of" and doc[start].head.i < start and \
                    doc[start + 1].is_title and doc[start + 1].head.i >= start:
                # "Director of National Intelligence John Ratcliffe", "Minister of
                # Education Stefania Giannini": the office's "of" object, which the parser
                # reads as no part of the name after it
                start += 1
            if end - start > 1 and doc[end - 1].lower_ in self.title_heads:
                # "Manitoba Premier" (Wab Kinew): a place and a title, not a name
                return Span(doc, start, end - 1, label="GPE")
            # "Sally Capp's Mayorship", "Ben Ali's Presidency": a possessive ends the
            # person's name; what the person owns is no part of it
            owner = next((t.i for t in doc[start + 1:end - 1]
                          if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), None)
            if owner is not None:
                end = owner
        if span.label_ == "ORG" and end - start > 1 and doc[end - 1].lower_ in _SPOKES:
            end -= 1  # "the State Department Spokesperson": the department, then its title
        if span.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC") and end - start > 1 and \
                doc[end - 1].lower_ in _WEEKDAYS and doc[end - 1].is_title:
            end -= 1  # "interviewed by Wikinews Saturday, January 31": the name, then when
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s")
                               or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")
                               or (doc[end - 1].is_punct and doc[end - 1].text not in ".")
                               or doc[end - 1].is_space):
            end -= 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if end - start > 1 and doc[end - 1].text in self.caption_words and \
                end < len(doc) and doc[end].text == ":":
            end -= 1  # "in Washington D.C. Image: U.S. Navy": the caption's word, then credit
        if span.label_ in ("ORG", "GPE", "LOC"):  # "the Unite union", "Batangas province"
            while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].is_alpha \
                    and any(t.is_title or t.is_upper for t in doc[start:end - 1]) and not (
                        doc[end - 1].lower_ == "party" and _adjectival_name(doc[end - 2])):
                # "the Xinhua news agency", "the Podemos party" (not "the Democratic
                # party": an adjective names no party without it)
                end -= 1
            while start < end - 1 and doc[start].is_lower and doc[start].is_alpha \
                    and doc[start].lower_ not in NAME_PARTICLES \
                    and any(t.is_title or t.is_upper for t in doc[start + 1:end]):
                start += 1  # "the liberal Democratic Party"
        if span.label_ in ("ORG", "GPE", "PERSON", "NORP") and end - start > 1:
            # "Sweden 1", "0 Korea Republic" (a match score): a country name and a number
            inner = slice(start + doc[start].like_num, end - doc[end - 1].like_num)
            if inner != slice(start, end) and \
                    doc[inner.start:inner.stop].text in self.country_names:
                start, end = inner.start, inner.stop
        if span.label_ in ("ORG", "PERSON", "GPE", "LOC", "NORP") and end - start > 2 and \
                doc[end - 1].like_num and doc[end - 2].text in DASHES and \
                doc[end - 2].whitespace_ and doc[end - 3].whitespace_:
            end -= 2  # "Labour Party - 203 seats" (a chart's legend): the count is no name
        if span.label_ in ("ORG", "PERSON", "GPE"):
            # "Apple 1.8" (billion euros): the amount after a name is not part of it
            while end - 1 > start and doc[end - 1].like_num and end < len(doc) and \
                    (doc[end].lower_ in _AMOUNT_WORDS or doc[end].is_currency):
                end -= 1
        if end <= start:
            return None
        start, end = _editorial_brackets(doc, start, end)
        if end <= start:
            return None
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label)

    # -- the component ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if self.data is None:
            raise ValueError(f"{self.name} is not initialised: add it with "
                             "kg.extract.components.add_to(nlp) or call its initialize()")
        # "Iran–Iraq War": a name joined to the word before it by a dash is one name
        model = joined_by_dash([piece for ent in doc.ents
                                for part in self._split_open_quotes(ent)
                                for piece in self._split_at_article(part)], self.titles)
        model = hyphened_given_names(model)  # "Moon Jae-in": the model cut before "-in"
        # "the CentOS Governing Board": the untagged proper nouns before an organisation
        model = org_run_on(model, self.leading_titles, self.demonyms, self.org_heads)
        words = _Words(doc)
        inside = self._inside_longer_name(doc, model)
        # country names win over the model's ORG/NORP/PERSON for the same words, but not
        # inside a longer name ("Michael Jordan", "Bank of China", "UN Security Council")
        # ("western Niger on Friday": the model may call a country alone a DATE)
        countries = [Span(doc, s, e, label="GPE") for _, s, e in self.countries(doc)
                     if not any(t.ent_type_ in KEEP_LABELS for t in doc[s:e])
                     or self._whole_entity(doc, s, e)]
        countries = [span for span in countries if not inside(span.start, span.end)]
        # "the Taliban" is known with its article, but named without it
        orgs = [t for t in (self._trim(Span(doc, s, e, label="ORG"))
                            for _, s, e in self.orgs(doc) if not inside(s, e)) if t is not None]
        # priority order: earlier lists win where spans overlap
        inverted = self._inverted_names(doc, words)
        doc.spans[INVERTED] = inverted
        leaders = self._leader_bodies(doc, model)
        ships = ship_names(doc, self.ship_prefixes,  # "MV Alan Kurdi", "the Grayback"
                           words.indices(ORTH, self._ship_prefix_ids))
        crew = article_people([e for e in model if not any(  # a ship's name names no one
            ship.start - 1 <= e.start and e.end <= ship.end for ship in ships)])
        preferred = (inverted + ships + ship_short_names(doc, ships, crew)
                     + self._place_halves(doc, model)
                     + self._works(doc, words) + self._bare_titles(doc, words)
                     + self._acronyms_of_members(doc, model) + self._court_cases(doc, words)
                     + leaders + self._named_after_the(doc, model)
                     + self._papers_named_after_places(doc, model)
                     + self._titled_countries(doc, model) + self._whole_demonyms(doc, model)
                     + self._divisions_of_places(doc, model)
                     + self._entitled_countries(doc, model)
                     + self._dateline_places(doc, words)
                     + self._known_extensions(doc, model) + self._untagged_org_names(doc, words)
                     # trimmed as the model's names are ("Superintendent Graciano" +
                     # "Mijares": the name starts after the title)
                     + [t for t in map(self._trim, self._person_extensions(doc, model))
                        if t is not None]
                     + self._facilities(doc)
                     + filter_spans(orgs)
                     + self._org_extensions(doc, model) + self._forces(doc)
                     + filter_spans(countries) + self._names_before_org_nouns(doc, words)
                     + self._acronyms(doc, model, words)
                     + self._names_of_org_appositions(doc, words)
                     + self._names_after_org_nouns(doc, words)
                     + self._bodies_before_titles(doc, model)
                     + self._names_of_title_appositions(doc, words)
                     + self._places_described_as_people(doc, words)
                     + self._titled_particle_names(doc, words)
                     + self._plural_titled_names(doc)
                     # a demonym the model missed ("Brazilian Finance Minister")
                     + [Span(doc, t.i, t.i + 1, label="NORP")
                        for t in words.tokens(ORTH, self._demonym_ids)
                        if t.ent_iob_ == "O" and t.text in self.demonyms])
        taken = [False] * len(doc)
        for ship in ships:  # "MV", "U.S.S.": a ship's prefix is no name of its own
            taken[ship.start - 1] = True
        chosen: list[Span] = []
        for span in preferred:
            if any(taken[span.start:span.end]):
                continue
            chosen.append(span)
            for i in range(span.start, span.end):
                taken[i] = True
        for span in inverted:  # "Austen, Jane.": the first name is no name of its own
            taken[span.end + 1] = True
        words_only = sentence_words(doc)  # "Weather is …" beside "the weather"
        people = article_people(model)  # "Hawkins/Walker": two people of the article
        surnames = people | hyphenated_surnames(model)
        for ent in (self._date_read_as_place(self._name_read_as_date(piece)) for ent in model
                    for whole in self._split_brackets(ent)
                    for half in self._split_leading_names(whole)
                    for part in self._person_after_place(half)
                    for joined in split_joined(part, people, self.caption_words)
                    for party in split_party_chamber(joined, *self.party_chambers,
                                                     self._known_whole)
                    for piece in split_town_country(party, self._listed_country,
                                                    self._known_place)):
            span = self._trim(ent)
            if span is not None:
                # "Don Blankenship ... Blankenship ran": a surname, not a place
                span = surname_as_person(span, surnames, self._known_place,
                                         self._known_label if self.index is not None else None,
                                         self.people_words)
            span = self._body_before_title(span, surnames)
            if span is None or names_nothing(span, self.time_zones, self.one_word_titles,
                                             words_only, self.abbreviations):
                continue
            span = as_disease(self._retyped(as_event(span, self.event_heads), model),
                              self.diseases)
            if any(taken[span.start:span.end]):
                span = self._remainder(span, taken)
                if span is None:
                    continue
            chosen.append(span)
            for i in range(span.start, span.end):
                taken[i] = True
        chosen += self._names_alone(doc, chosen, taken)
        if self.index is not None:
            chosen += self._known_names(doc, taken, words)
            doc.spans[NESTED] = [inner for ent in chosen if ent.label_ in _NESTING_LABELS
                                 for inner in self._nested_known(doc, ent.start, ent.end,
                                                                 ent.label_)]
        # "Trump" of "the Trump administration" is still a mention of the person
        kept = {(span.start, span.end) for span in chosen}
        doc.spans[NESTED] = list(doc.spans.get(NESTED, ())) + [
            Span(doc, body.start, body.end - 1, label="PERSON") for body in leaders
            if (body.start, body.end) in kept]
        # a name never runs across a line break, whichever rule made it
        chosen = [t for s in chosen for part in self._split_lines(s)
                  for t in ([part] if part is s else [self._trim(part)]) if t is not None]
        chosen = [_with_first_half(s, taken) for s in chosen]
        doc.ents = sorted(chosen, key=lambda s: s.start)
        return doc

    @staticmethod
    def _names_alone(doc: Doc, chosen: list[Span], taken: list[bool]) -> list[Span]:
        """'Civil Aviation Minister Hardeep Singh Puri said ... Hardeep also stated', "Park
        Won-soon ... Park was elected": a capitalised word the model left untagged that
        opens exactly one person's full name named before it, and ends none, is that
        person; so is one that ends exactly one such name and opens none ("Graciano
        Mijares ... Mijares further claimed", which the tagger read as a common noun at
        the start of the sentence), not inside a longer name or title ("Imus in the
        Morning writer"). Only as a subject, object or possessor, not a modifier ("Rocky
        101 LLC") nor the first of a longer name."""
        firsts: dict[str, set[str]] = {}
        first_at: dict[str, int] = {}
        owners: dict[str, set[str]] = {}  # last word -> the full names it ends
        last_end: dict[str, int] = {}  # last word -> where the first name it ends stops
        for span in chosen:
            if span.label_ == "PERSON" and len(span) >= 2:
                firsts.setdefault(span[0].text, set()).add(span.text)
                first_at[span[0].text] = min(span.start, first_at.get(span[0].text, len(doc)))
                owners.setdefault(span[-1].text, set()).add(span.text)
                last_end[span[-1].text] = min(span.end, last_end.get(span[-1].text, len(doc)))
        out = []
        for tok in doc:
            if taken[tok.i] or not tok.is_title or not tok.is_alpha \
                    or tok.dep_ not in _NAMED_ARGUMENT_DEPS \
                    or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"):
                continue
            first = tok.pos_ == "PROPN" and tok.text not in owners and \
                len(firsts.get(tok.text, ())) == 1 and first_at[tok.text] < tok.i
            # "Chief Superintendent Graciano Mijares ... Mijares further claimed": a
            # surname at the start of a sentence the tagger took for a common noun, of
            # exactly one person named in full before it
            last = tok.pos_ in ("PROPN", "NOUN") and len(owners.get(tok.text, ())) == 1 and \
                tok.text not in firsts and last_end[tok.text] <= tok.i and \
                not any(c.dep_ == "det" for c in tok.children) \
                and not _title_goes_on(doc, tok.i + 1) \
                and not (tok.i > 0 and doc[tok.i - 1].is_title and
                         "\n" not in doc[tok.i - 1].whitespace_)
            if not (first or last):
                continue
            out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            taken[tok.i] = True
        return out

    # -- names the Wikidata index knows ------------------------------------------------
    def _name_like(self, tok) -> bool:
        text = tok.text
        return (text[:1].isupper() and any(c.isalpha() for c in text) and not tok.is_punct
                and tok.lower_ not in _CALENDAR and tok.lower_ not in self.titles
                and tok.text not in self.demonyms and not tok.is_space)

    def _known_names(self, doc: Doc, taken: list[bool], words: "_Words") -> list[Span]:
        """Runs of capitalised words the model left out that are exactly the name of a
        well-known item of a kind kg types ("Labour", "the Taliban"). One word needs a
        well-known item (``gazetteer_popularity``), a longer name less."""
        out: list[Span] = []
        capital = words.capital()  # _name_like's first test, without making the Token
        i = 0
        while i < len(doc):
            if taken[i] or not capital[i] or not self._name_like(doc[i]):
                i += 1
                continue
            end = i + 1  # the run: name-like words, joined by particles
            while end < len(doc) and end - i < MAX_GAZETTEER_WORDS and not taken[end] and (
                    (capital[end] and self._name_like(doc[end])) or (
                        doc[end].lower_ in _JOINERS and end + 1 < len(doc)
                        and not taken[end + 1] and self._name_like(doc[end + 1]))):
                end += 1
            found = self._longest_known(doc, i, end)
            if found is not None and len(found) == 1 and i + 1 < len(doc) and \
                    taken[i + 1] and self._plural_title(doc[i]):
                found = None  # "Senators Kamala Harris, ...": a title, not the hockey club
            if found is None:
                # "the JPL Stardust website": the known name inside an unknown run
                out += self._nested_known(doc, i, end)
                i = end
                continue
            out.append(found)
            for k in range(found.start, found.end):
                taken[k] = True
            i = found.end
        return out

    def _nested_known(self, doc: Doc, start: int, end: int,
                      label: str | None = None) -> list[Span]:
        """The names the index knows inside ``doc[start:end]`` (a name of the model's,
        labelled ``label``, or an untagged run of capitals) when it does not know the
        whole: "Andy Warhol" of "the Andy Warhol Photographic Legacy Program",
        "Northwestern University" of "… Museum of Art at Northwestern University",
        "JPL" of "the JPL Stardust website".

        - people anywhere but in a facility's name (the "George Washington Bridge" is
          no mention of him);
        - organisations after "of", "at" or "in", before a possessive ("United
          Nations' Food and Agriculture Organization") or in an untagged run: the one a
          longer name starts with is often its parent ("United Nations Security
          Council"), the one it ends with its kind ("Einstein Institute of Mathematics");
        - places after "in" or "at" ("Democratic Rally in Cyprus"), in names the model
          ran together (a list, "Crete and Cyprus"; a country before a person's name
          of the index); not elsewhere: an organisation named with its country is an
          item of its own ("US Chess Federation", "Voice of America", "Sustainable
          Australia", "Fan Expo Canada"), and so is a country's institution
          ("Parliament of Iraq");
        - of one word only a country or an acronym: a one-word place in a longer name is
          often a word of another name ("Regina Ip");
        - never at the start of a name that is an item of its own (``whole_name_heads``:
          "New Zealand Herald", "Middle East Respiratory Syndrome"; people may: "No
          Jennifer Lopez News Today"), nor half of a hyphenated word ("Agence
          France-Presse")."""
        while start < end and doc[start].lower_ in self.determiners:
            start += 1
        if end - start < 2 or self._known_anyhow(doc[start:end].text):
            return []
        for k in (1, 2, 3):  # a country's or its people's name, then an institution
            lead, rest = doc[start:start + k].text, doc[start + k:end].text
            if start + k < end and (lead in self.country_words or lead in self.places) and \
                    self._known_anyhow(rest) and \
                    self._known_label(rest, end - start - k) != "PERSON":
                return []
        own_item = any(t.lower_ in self.whole_name_heads for t in doc[start:end])
        glued = any(t.pos_ == "CCONJ" for t in doc[start:end])  # "Crete and Cyprus"
        found: list[Span] = []
        free = [True] * (end - start)
        for size in range(end - start - 1, 0, -1):
            for i in range(start, end - size + 1):
                j = i + size
                if not all(free[i - start:j - start]) or not self._name_like(doc[i]) \
                        or not self._name_like(doc[j - 1]) or any(
                        t.text in DASHES for t in doc[max(start, i - 1):min(end, j + 1)]):
                    continue
                text = doc[i:j].text
                if size == 1 and text not in self.country_names and not (
                        text.isupper() and text.isalpha() and len(text) >= 3):
                    continue
                kind = self._known_label(text, size)
                before = doc[i - 1].lower_ if i > start else ""
                if kind not in _NESTED_KINDS or (kind == "PERSON" and label == "FAC") or (
                        kind == "ORG" and not (before in ("of", "at", "in") or label is None
                                               or (j < end and doc[j].tag_ == "POS"))) or (
                        kind != "PERSON" and own_item and before not in ("of", "at", "in")):
                    continue
                found.append(Span(doc, i, j, label=kind))
                free[i - start:j - start] = [False] * size
        person = any(span.label_ == "PERSON" for span in found)
        return sorted((span for span in found if span.label_ != "GPE" or glued or person
                       or doc[span.start - 1].lower_ in ("in", "at")),
                      key=lambda s: s.start)

    def _person_after_place(self, span: Span) -> list[Span]:
        """A place and a person's name the model ran into one organisation ("Senator
        from Vermont Bernie Sanders" -> "Vermont Bernie Sanders"): the place and the
        person, when the index knows the place and the person by exactly these words and
        not the whole; or when a title stands between them (``_split_at_title``)."""
        if span.label_ not in ("ORG", "GPE", "NORP", "FAC") or len(span) < 3:
            return [span]
        split = self._split_at_title(span)
        if split is not None:
            return split
        if self.index is None or self._known_anyhow(span.text):
            return [span]
        for k in range(1, len(span) - 1):
            lead, rest = span[:k], span[k:]
            if (lead.text in self.places or self._known_label(lead.text, k) == "GPE") and \
                    self._known_label(rest.text, len(rest)) == "PERSON":
                return [Span(span.doc, lead.start, lead.end, label="GPE"),
                        Span(span.doc, rest.start, rest.end, label="PERSON")]
        return [span]

    def _split_at_title(self, span: Span) -> list[Span] | None:
        """"United States Representative Elijah Cummings" (one ORG of the model's): the
        place or body before a capitalised office, and the name of two to four
        capitalised words after it, a person (the name alone when only titles stand
        before it); None when ``span`` is no such run (or a name the index knows whole)."""
        doc = span.doc
        for k in range(span.start + 1, span.end - 2):
            tok = doc[k]
            rest = doc[k + 1:span.end]
            if not (tok.is_title and tok.lower_ in self.office_words) or len(rest) > 4 or \
                    not all(t.tag_ == "NNP" and self._personal_name_word(t) for t in rest):
                continue
            if self.index is not None and self._known_anyhow(span.text):
                return None
            end = k  # "United States Attorney General William Barr": the titles off
            while end > span.start and doc[end - 1].lower_ in self.leading_titles:
                end -= 1
            if end == span.start:
                # "Detective Constable Daniel Dubé" (one ORG of the model's): titles and
                # then the name, a person's
                return [Span(doc, rest.start, rest.end, label="PERSON")]
            lead = doc[span.start:end]
            label = "GPE" if self._country_name(lead.text, len(lead)) or \
                lead.text in self.places else "ORG"
            return [Span(doc, lead.start, lead.end, label=label),
                    Span(doc, rest.start, rest.end, label="PERSON")]
        return None

    def _works(self, doc: Doc, words: "_Words") -> list[Span]:
        """The title after a noun that says it is a work ("the 1969 film Easy Rider", "the
        series 30 Rock"), when the index knows a work named exactly so: a named thing
        (label ``WORK``), whatever the model called it."""
        if self.index is None or not self.work_nouns:
            return []
        out = []
        for noun in words.tokens(LOWER, self._work_noun_ids):
            if noun.i == len(doc) - 1 or noun.pos_ != "NOUN":
                continue
            start = end = noun.i + 1
            while end < len(doc) and end - start < MAX_GAZETTEER_WORDS and (
                    self._name_like(doc[end]) or (end == start and doc[end].like_num) or (
                        end > start and doc[end].lower_ in _JOINERS and end + 1 < len(doc)
                        and self._name_like(doc[end + 1]))):
                end += 1
            # the whole title: a part of an unknown one is none ("Angel" of the graphic
            # novel "Angel Catbird" is no series)
            if end > start and self._known_work(doc[start:end].text):
                out.append(Span(doc, start, end, label=WORK))
        return out

    def _bare_titles(self, doc: Doc, words: "_Words") -> list[Span]:
        """Titles with no cue noun before them whose form says they are one title: a
        number then capitalised words ("30 Rock", the model's CARDINAL "30"), and names
        on both sides of a colon ("Batman: The Animated Series", two names to the
        model), when the index knows a work named exactly so (label ``WORK``)."""
        if self.index is None:
            return []
        strings, orth = doc.vocab.strings, words.columns[ORTH]
        capital, colon = words.capital(), strings[":"]
        out: list[Span] = []
        for i in range(len(doc) - 1):  # candidates from the arrays: no Token per word
            if not capital[i + 1]:
                continue
            if orth[i] != colon and strings[orth[i]].isdigit():
                # "30 Rock": the number and the capitalised run after it, longest first
                end = self._name_run(doc, i + 1, i)
                for stop in range(end, i + 1, -1):
                    if self._known_work(doc[i:stop].text):
                        out.append(Span(doc, i, stop, label=WORK))
                        break
            elif orth[i] == colon and i > 0 and capital[i - 1] and doc[i].whitespace_ \
                    and not doc[i - 1].whitespace_:
                start = i  # the name before the colon, then the one after it
                while start > 0 and i - start < 3 and capital[start - 1] and \
                        self._name_like(doc[start - 1]) and not doc[start].is_sent_start:
                    start -= 1
                end = self._name_run(doc, i + 1, i + 1)
                found = next(((first, stop) for first in range(start, i)
                              for stop in range(end, i + 1, -1)
                              if self._known_work(doc[first:stop].text)), None)
                if found:
                    out.append(Span(doc, found[0], found[1], label=WORK))
        return filter_spans(out)

    def _acronyms_of_members(self, doc: Doc, model: list[Span]) -> list[Span]:
        """"Leung Kwok-hung of LSD": an upper-case word the model left out, after a
        person's name and "of"/"from", is an organisation (a party, a club) when the
        index knows one by that acronym, though less well than a lone word needs."""
        if self.index is None:
            return []
        out = []
        for ent in model:
            at = ent.end + 1
            if ent.label_ != "PERSON" or at >= len(doc) or \
                    doc[ent.end].lower_ not in ("of", "from"):
                continue
            word = doc[at]
            if word.ent_iob_ == "O" and word.is_upper and word.is_alpha and len(word) >= 2 \
                    and (at + 1 == len(doc) or not doc[at + 1].text[:1].isupper()) and \
                    self._known_label(word.text, 1, wanted=self.gazetteer_popularity // 3) \
                    == "ORG":
                out.append(Span(doc, at, at + 1, label="ORG"))
        return out

    def _known_work(self, text: str) -> bool:
        """Is a well-known work (a film, a series, an album ...) named exactly ``text``?"""
        for number, match in self.index.matches(normalise_name(text)):
            record = self.index.get(f"Q{number}") if match <= 1 else None
            if record is not None and record.popularity >= self.gazetteer_popularity // 3 \
                    and text in (record.label, *record.aliases) and \
                    "Work" in item_kinds(record.classes, record.description, record.kinds):
                return True
        return False

    def _inverted_names(self, doc: Doc, words: "_Words") -> list[Span]:
        """A person's surname written before the first name, as reading lists and
        bibliographies do ("Austen, Jane. Pride and Prejudice"; "Marx, Karl and Engels,
        Friedrich"): the surname, when the index knows a person named "Jane Austen".
        The first name ends the entry (a full stop or "and"); the first name itself is
        then no name of its own."""
        if self.index is None:
            return []
        out = []
        # only where a comma follows (its id in the doc's array): a Token of every word
        # was most of this rule's time
        for i in (j - 1 for j in words.indices(ORTH, {self._comma_id})
                  if 0 < j < len(doc) - 2):
            surname, comma, first, after = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
            if comma.text != "," or after.text not in (".", "and", "&") or \
                    not (self._name_like(surname) and self._name_like(first)) or \
                    not (surname.is_title and first.is_title) or \
                    any(t.ent_type_ in KEEP_LABELS for t in (surname, first)):
                continue
            if self._known_label(f"{first.text} {surname.text}", 2, wanted=0) == "PERSON":
                out.append(Span(doc, i, i + 1, label="PERSON"))
        return out

    def _known_whole(self, text: str) -> bool:
        """``_known_anyhow``, False without an index."""
        return self.index is not None and self._known_anyhow(text)

    def _known_anyhow(self, text: str) -> bool:
        """Is ``text`` a label, alias or loose name of any item of the index?"""
        return any(m <= 2 for _, m in self.index.matches(normalise_name(text)))

    def _retyped(self, span: Span, model: list[Span]) -> Span:
        """A name the model typed as a kind that no item of the index named exactly so
        is, while the well-known items named so all are of one other kind: that kind
        ("Obama" read as a place, "Tuscany" as a person, "Ubisoft" as a place, "Britney
        Spears" as an organisation). A word of a longer person's name keeps its PERSON
        ("Jordan" after "Michael Jordan")."""
        if self.index is None or span.label_ not in RETYPED_LABELS:
            return span
        text = span.text
        caps = len(span) == 1 and text.isupper() and len(text) > 1  # an acronym
        wanted = self.gazetteer_popularity if len(span) == 1 and not caps \
            else self.gazetteer_popularity // 3
        found: set[str] = set()
        works = False  # a well-known work (a product, a series) is named so
        software = True  # and every such work is software ("programming language")
        for number, match in self.index.matches(normalise_name(text)):
            record = self.index.get(f"Q{number}") if match <= 1 else None
            if record is None or text not in (record.label, *record.aliases):
                continue  # labels and aliases written as the text is
            kinds = item_kinds(record.classes, record.description, record.kinds)
            labels = {KIND_LABELS[k] for k in kinds if k in KIND_LABELS}
            if _LABEL_CLASS.get(span.label_) in {_LABEL_CLASS[l] for l in labels}:
                return span  # some item of that name is what the model says
            if record.popularity >= wanted:
                found |= labels
                works |= "Work" in kinds
                software &= "Work" not in kinds or bool(self.software.search(
                    record.description.casefold()))
        if not found and works and (span.label_ in ("GPE", "LOC") and len(span) > 1
                                    or software):
            # "Windows XP" read as a place: only works are named so, none a place; one
            # word only when those works are software ("written in Python", read as a
            # place): films and songs take common words for names
            return Span(span.doc, span.start, span.end, label=WORK)
        if len({_LABEL_CLASS[l] for l in found}) != 1:
            return span
        if any(other.label_ == "PERSON" and len(other) > 1 and other.text != text
               and any(t.text == text for t in other)
               for other in model):
            return span  # "Jordan" alone after "Michael Jordan" is him
        return Span(span.doc, span.start, span.end, label=next(iter(sorted(found))))

    def _known_extensions(self, doc: Doc, model: list[Span]) -> list[Span]:
        """A name the model cut short that the index knows whole: "Duran" of "Duran
        Duran", "Simon" of "Carly Simon" (the run of capitalised words around it),
        "University of North Carolina" + "at Greensboro" (a joiner and a name after)."""
        if self.index is None:
            return []
        out = []
        for ent in model:
            if ent.label_ not in NAME_LABELS and ent.label_ not in EXTENDED_LABELS:
                continue
            start, end = ent.start, ent.end
            while start < end - 1 and doc[start].lower_ in self.determiners:
                start += 1  # "the University of ...": the name without its article
            own = (start, end)
            while start > 0 and ent.end - start < MAX_GAZETTEER_WORDS and \
                    self._name_like(doc[start - 1]) and not doc[start].is_sent_start:
                start -= 1
            end = self._name_run(doc, end, start)
            ends = [end]
            # "University of North Carolina" + "at Greensboro"; "Supreme Court" + "of the
            # United States" (the model cuts before the article, then reads a country)
            after = end + 2 if end + 2 < len(doc) and doc[end].lower_ == "of" and \
                doc[end + 1].lower_ == "the" else end + 1
            if after < len(doc) and doc[end].lower_ in _EXTENDING_JOINERS and \
                    self._name_like(doc[after]) and not doc[after].is_sent_start:
                ends.insert(0, self._name_run(doc, after, start, MAX_EXTENDED_WORDS))
            # "University of California" + ", Los Angeles": an organisation whose name
            # holds its campus after a comma (a place after a comma stays a place of its
            # own), and "Washington" + ", D.C.": a place whose name holds the comma
            comma = ent.label_ in ("ORG", "GPE") and end + 1 < len(doc) and \
                doc[end].text == "," and self._name_like(doc[end + 1]) and \
                not doc[end + 1].is_sent_start
            if comma:
                ends.insert(0, self._name_run(doc, end + 1, start, MAX_EXTENDED_WORDS))
            for stop in ends:
                if (start, stop) in ((ent.start, ent.end), own):
                    continue
                # a name the model found, made longer: any item named so exactly will do
                # ("University of North Carolina at Greensboro"), not only well-known ones
                # so will an organisation's name whose first word the model left out
                # ("Democrats" of "the Neo Democrats")
                longer = stop > end or (start < own[0] and ent.label_ in ("ORG", "NORP"))
                label = self._known_label(doc[start:stop].text, stop - start,
                                          wanted=0 if longer else None)
                if label and (not comma or stop <= end or (
                        label == "ORG" if ent.label_ == "ORG" else
                        self._one_place(doc[start:stop].text, doc[end + 1:stop].text))):
                    out.append(Span(doc, start, stop, label=label))
                    break
        return filter_spans(out)

    def _one_place(self, whole: str, tail: str) -> bool:
        """Is ``whole`` ("Washington, D.C.", "New York, New York") the name of a place
        that ``tail``, the part after its comma, names too? Then the comma is inside the
        place's name; "Portland, Oregon" names a city whose state is no name of it, and
        stays two places (linking iteration 27)."""
        for number, match in self.index.matches(normalise_name(whole)):
            record = self.index.get(f"Q{number}") if match <= 1 else None
            if record is None or whole not in (record.label, *record.aliases) or \
                    "Place" not in item_kinds(record.classes, record.description,
                                              record.kinds):
                continue
            if normalise_name(tail) in {normalise_name(n) for n in
                                        (record.label, *record.aliases)}:
                return True
        return False

    def _name_run(self, doc: Doc, end: int, start: int,
                  longest: int = MAX_GAZETTEER_WORDS) -> int:
        """Where a run of name-like words from ``end`` stops (a name has a few words)."""
        while end < len(doc) and end - start < longest and \
                self._name_like(doc[end]) and not doc[end].is_sent_start:
            end += 1
        return end

    def _longest_known(self, doc: Doc, start: int, end: int) -> Span | None:
        """The whole run, if it is a known name (or the run without a capitalised word
        that only opens the sentence): a part of an unknown longer name is no name of
        its own ("Regina" of "Regina Ip" is not the city)."""
        tries = [(start, end)]
        opening = doc[start].is_sent_start and doc[start].pos_ != "PROPN"
        if (opening or doc[start].lower_ == "the") and end - start > 1:
            tries.append((start + 1, end))  # "bands such as The Velvet Underground"
        for first, stop in tries:
            span = doc[first:stop]
            if span[-1].lower_ in _JOINERS or span[0].lower_ in _JOINERS:
                continue
            if len(span) == 1 and (span[0].is_stop or sum(c.isalpha() for c in span.text) < 3
                                   or (span[0].is_sent_start and span[0].pos_ != "PROPN")):
                continue  # "The", "OK", "Image" opening a caption: no name on its own
            label = self._known_label(span.text, len(span))
            if label:
                return Span(doc, span.start, span.end, label=label)
            if self._software_name(span.text, len(span)):
                # "and Python isn't really designed for embedding": a named thing
                return Span(doc, span.start, span.end, label=WORK)
        return None

    def _software_name(self, text: str, words: int) -> bool:
        """Are the well-known items named exactly ``text`` (labels and aliases, written
        as the text is) all software (``software_kinds``: "Python", "Linux"), one at
        least? (linking iteration 24)"""
        wanted = self.gazetteer_popularity if words == 1 else self.gazetteer_popularity // 3
        found = False
        for number, match in self.index.matches(normalise_name(text)):
            record = self.index.get(f"Q{number}") if match <= 1 else None
            if record is None or record.popularity < wanted or \
                    text not in (record.label, *record.aliases):
                continue
            if "Work" not in item_kinds(record.classes, record.description, record.kinds) or \
                    not self.software.search(record.description.casefold()):
                return False
            found = True
        return found

    def _known_label(self, text: str, words: int, wanted: int | None = None) -> str | None:
        """The spaCy label of the best-known item named exactly ``text``, if well known
        (``wanted``: the popularity that takes, by default by the number of words)."""
        best = None
        if wanted is None:
            wanted = self.gazetteer_popularity if words == 1 else self.gazetteer_popularity // 3
        for number, match in self.index.matches(normalise_name(text)):
            if match > 1:
                continue  # labels and aliases only: no loose forms, no surnames
            record = self.index.get(f"Q{number}")
            if record is None or record.popularity < wanted:
                continue
            names = (record.label, *record.aliases)
            if text not in names or not any(c.isupper() for c in record.label):
                # the case agrees: "church" is a concept, "ACT" no "Act"; and an item
                # labelled in lower case is a concept whatever its alias ("CEO" of the
                # chief executive officer: a title, not a person, as the linker reads it)
                continue
            label = next((KIND_LABELS[k] for k in KIND_ORDER
                          if k in item_kinds(record.classes, record.description, record.kinds)),
                         None)
            if label and (best is None or record.popularity > best[0]):
                best = (record.popularity, label)
        return best[1] if best else None

    @staticmethod
    def _inside_longer_name(doc: Doc, model: list[Span]):
        """``inside(start, end)``: do these tokens sit in a longer name the model found?"""
        owner = [-1] * len(doc)
        for n, ent in enumerate(model):
            # "Mexico City", "Kuwait City": a place name with a country's in it, but not
            # a list the model ran together ("Russia and Syria")
            if ent.label_ in _LONGER_NAME_LABELS or (
                    ent.label_ in ("GPE", "LOC") and len(ent) > 1
                    and not any(t.is_punct or t.pos_ == "CCONJ" for t in ent)):
                for i in range(ent.start, ent.end):
                    owner[i] = n

        def inside(start: int, end: int) -> bool:
            n = owner[start]
            if n < 0 or owner[end - 1] != n:
                return False
            ent = model[n]
            return ent.end - ent.start > end - start and \
                not all(t.lower_ in ("the", "a", "an") for t in
                        list(doc[ent.start:start]) + list(doc[end:ent.end]))
        return inside

    @staticmethod
    def _split_lines(span: Span) -> list[Span]:
        """'Frozen\n\nGwenom Jones' -> 'Frozen', 'Gwenom Jones': a name never runs across a
        line or paragraph break (a title, a caption or a list item ends there)."""
        breaks = [t.i for t in span if "\n" in t.text or (t.i < span.end - 1 and "\n" in
                                                           t.whitespace_)]
        if not breaks:
            return [span]
        parts, start = [], span.start
        for i in breaks:
            end = i if "\n" in span.doc[i].text else i + 1
            if end > start:
                parts.append(Span(span.doc, start, end, label=span.label))
            start = i + 1
        if start < span.end:
            parts.append(Span(span.doc, start, span.end, label=span.label))
        return parts

    def _split_at_article(self, span: Span) -> list[Span]:
        """'making Ferraro the Democratic Party's first female candidate', 'According to
        Rathbun the Scientology property in question was returned': a name and the name
        after it that the model ran into one across a "the", when the name before it is
        one the model found elsewhere in the text (a person's surname too; the tagger may
        take it for a verb, "According to Rathbun"): the two names. Not a title ("Stop the
        Steal": no name found before it) nor one the index knows whole ("Buffy the Vampire
        Slayer")."""
        doc = span.doc
        k = next((t.i for t in span if t.text == "the" and t.i > span.start), None)
        if k is None or k + 1 >= span.end or span.label_ not in NAME_LABELS or \
                not all(t.is_title for t in doc[span.start:k]) or \
                (self.index is not None and self._known_anyhow(span.text)):
            return [span]
        lead = doc[span.start:k].text
        label = next((e.label_ for e in doc.ents if e.start != span.start and (
            e.text == lead or e.label_ == "PERSON" and e.text.endswith(" " + lead))), None)
        if label is None:
            return [span]
        return [Span(doc, span.start, k, label=label), Span(doc, k + 1, span.end,
                                                            label=span.label_)]

    @staticmethod
    def _split_open_quotes(span: Span) -> list[Span]:
        """'on Twitter "Youtube-dl is a legitimate tool"' -> 'Twitter', 'Youtube-dl': a name
        never runs across a quotation mark it does not close (not 'Dwayne "The Rock"
        Johnson'); what is left of it must still hold a proper noun."""
        quotes = [t.i for t in span if t.text in _QUOTES]
        if len(quotes) % 2 == 0:
            return [span]
        parts, start = [], span.start
        for i in quotes + [span.end]:
            part = Span(span.doc, start, i, label=span.label)
            if len(part) and any(t.pos_ == "PROPN" for t in part):
                parts.append(part)
            start = i + 1
        return parts

    @staticmethod
    def _split_brackets(span: Span) -> list[Span]:
        """'the Hmeimim (Lattakia' -> 'the Hmeimim', 'Lattakia': brackets separate names."""
        if span.label_ not in NAME_LABELS or not any(t.text in "()" for t in span):
            return [span]
        parts, start = [], span.start
        for tok in span:
            if tok.text in "()":
                if tok.i > start:
                    parts.append(Span(span.doc, start, tok.i, label=span.label))
                start = tok.i + 1
        if start < span.end:
            parts.append(Span(span.doc, start, span.end, label=span.label))
        return parts

    def _remainder(self, span: Span, taken: list[bool]) -> Span | None:
        """The longest untaken part of ``span`` that still holds a proper noun, trimmed."""
        best: tuple[int, int] | None = None
        i = span.start
        while i < span.end:
            if taken[i]:
                i += 1
                continue
            j = i
            while j < span.end and not taken[j]:
                j += 1
            if best is None or j - i > best[1] - best[0]:
                best = (i, j)
            i = j
        if best is None:
            return None
        part = Span(span.doc, best[0], best[1], label=span.label)
        if not any(t.pos_ == "PROPN" for t in part) or (len(part) == 1 and part.text in self.org_cues):
            return None
        return self._trim(part)


class _Words:
    """A doc's word ids, read once: the rules that look for a few words (cue words,
    demonyms, a dependency label) go to those tokens only. Making a Token of every word
    for each rule was most of the component's time; the rules still check each
    candidate token as before, so the ids only narrow where they look."""

    ATTRS = (ORTH, LOWER, DEP, IS_SPACE)

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        columns = (doc.to_array(list(self.ATTRS)).T.tolist() if len(doc)
                   else [[] for _ in self.ATTRS])
        self.columns = dict(zip(self.ATTRS, columns))
        self._capital: list[bool] | None = None

    def indices(self, attr: int, ids: frozenset[int] | set[int]) -> list[int]:
        """Where ``attr`` (one of :attr:`ATTRS`) is one of ``ids``, in order."""
        return [i for i, value in enumerate(self.columns[attr]) if value in ids]

    def capital(self) -> list[bool]:
        """Does each word begin with a capital letter (``text[:1].isupper()``)? Read
        once per doc: several rules ask."""
        if self._capital is None:
            strings = self.doc.vocab.strings
            self._capital = [strings[orth][:1].isupper() for orth in self.columns[ORTH]]
        return self._capital

    def tokens(self, attr: int, ids: frozenset[int] | set[int]) -> list:
        """The tokens whose ``attr`` is one of ``ids``, in order."""
        doc = self.doc
        return [doc[i] for i in self.indices(attr, ids)]
