"""kg's spaCy components, registered with ``@Language.factory``.

They only change what spaCy serialises (sentence starts, ``doc.ents``), so they run
inside ``nlp.pipe(n_process=N)`` workers; the rest of the extraction works on the
Doc in the main process.

- ``kg_paragraphs`` (before the parser): a blank line ends a sentence, so a headline
  without a full stop is not glued to the paragraph under it.
- ``kg_entity_rules`` (after the NER): general fixes to the small model's entities:
  facilities from cue words ("Hmeimim air base", "air base Hmeimim", "the port of
  Tartous"), known organisations ("Islamic State" even when split), armed forces
  ("Russian forces", "the Moscow army" -> label ``FORCES``), country names, and spans
  trimmed of determiners, possessive 's, punctuation and (for people) titles.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract import lexicons

#: Labels whose spans are names (trimmed); numbers and dates are left as the model made them.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT",
                         "WORK_OF_ART", "LAW", "FORCES"})
#: Labels never overwritten by a gazetteer match (the model is usually right on them).
KEEP_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
FORCES = "FORCES"

COMPONENTS: tuple[str, ...] = ("kg_paragraphs", "kg_entity_rules")
_BEFORE = {"kg_paragraphs": "parser"}


@Language.factory("kg_paragraphs")
def make_paragraphs(nlp: Language, name: str) -> "Paragraphs":
    return Paragraphs()


#: Lower-case words inside names: "Ursula von der Leyen", "Charles de Gaulle".
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le",
                             "bin", "ibn", "al", "el", "dos", "das", "del", "ter"})
#: Words between a country word and a force noun that keep them the state's forces.
STATE_FORCE_WORDS = frozenset({"government", "regime", "security", "army", "military",
                                "armed", "naval", "ground", "federal", "national", "regular"})
#: Words a wrapped line may end on that a headline does not.
_FUNCTION_WORDS = frozenset({"president", "minister", "mr", "mrs", "ms", "dr", "the", "a",
                             "an", "of", "to", "and", "or", "but"})
#: Model labels whose longer names keep a gazetteer word inside them.
_LONGER_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW",
                                 "PRODUCT"})
_PLACE_LIKE = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "PRODUCT"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: Proper nouns that are dates.
_CALENDAR = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday christmas easter ramadan eid passover
hanukkah diwali""".split())
#: Words after a number that make it an amount.
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "percent", "per", "euros", "dollars",
                           "pounds", "yen", "yuan"})


#: A line break inside a paragraph (hard-wrapped text): between two visible characters.
_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
#: ``doc.user_data`` keys: the text as given, and where its line breaks were unwrapped.
ORIGINAL_TEXT = "kg_text"
UNWRAPPED = "kg_unwrapped"


class UnwrappingTokenizer:
    """The model's tokenizer, reading hard-wrapped lines as one paragraph.

    A lone newline between two words becomes a space before tokenising: the small model
    tags and parses a newline token badly ("President\nRecep Tayyip Erdogan" loses the
    name). The replacement keeps every character offset; the text as given is kept in
    ``doc.user_data[ORIGINAL_TEXT]`` (see ``original_text``) and the unwrapped
    positions in ``doc.user_data[UNWRAPPED]`` (line starts for datelines and headlines).
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if "\n" not in text:
            return self.tokenizer(text)
        breaks = [m.start() for m in _WRAP.finditer(text)]
        if not breaks:
            return self.tokenizer(text)
        doc = self.tokenizer(_WRAP.sub(" ", text))  # one character for one: offsets hold
        doc.user_data[ORIGINAL_TEXT] = text
        doc.user_data[UNWRAPPED] = breaks
        return doc

    def __getattr__(self, name: str):  # pipe(), vocab, to_bytes ... of the real tokenizer
        return getattr(self.tokenizer, name)


def original_text(doc: Doc) -> str:
    """The text the Doc was made from (``doc.text`` with wrapped lines restored)."""
    return doc.user_data.get(ORIGINAL_TEXT) or doc.text


class Paragraphs:
    """A token after a blank line starts a sentence (headlines, lists), and so does the
    first word after a dateline ("Damascus (AsiaNews) - Russia began ..."), and after a
    first line without final punctuation (a headline) even when only one newline
    follows it."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = [0]
        for tok in doc[:-1]:
            if tok.is_space and "\n" in tok.text:
                if tok.text.count("\n") >= 2:
                    doc[tok.i + 1].is_sent_start = True
                starts.append(tok.i + 1)
        unwrapped = doc.user_data.get(UNWRAPPED, ())
        if unwrapped:
            first_break = unwrapped[0]
            line_starts = [doc.char_span(i + 1, i + 2, alignment_mode="expand")
                           for i in unwrapped]
            starts += [span.start for span in line_starts if span is not None]
            head = doc.char_span(0, first_break, alignment_mode="contract")
            # an unwrapped first line ending without punctuation or a function word,
            # followed by a capital, is a headline, not the start of a wrapped sentence
            if head is not None and len(head) and head.end < len(doc) and \
                    "\n" not in head.text and self._headline_end(head[-1], doc[head.end]):
                doc[head.end].is_sent_start = True
        for start in starts:
            self._dateline(doc, start)
        return doc

    @staticmethod
    def _headline_end(last, following) -> bool:
        """The tokenizer's attributes only: the tagger has not run yet."""
        return (not last.is_punct and not last.is_stop and last.lower_ not in _FUNCTION_WORDS
                and (following.is_title or following.is_upper))

    @staticmethod
    def _dateline(doc: Doc, start: int) -> None:
        """PLACE[, date] [(Agency)] - : up to ten capitalised, numeric or bracket tokens."""
        depth = 0
        for i in range(start, min(start + 10, len(doc) - 1)):
            tok = doc[i]
            # a dateline dash stands apart ("Damascus (AsiaNews) - "), a hyphen does not
            if (tok.text in _DASHES and i > start and depth == 0 and tok.whitespace_
                    and doc[i - 1].whitespace_):
                doc[i + 1].is_sent_start = True
                return
            if tok.text == "(":
                depth += 1
            elif tok.text == ")":
                depth -= 1
            elif not (tok.is_title or tok.is_upper or tok.like_num or tok.text == ","
                      or (depth and tok.is_alpha)):
                return


@Language.factory("kg_entity_rules")
def make_entity_rules(nlp: Language, name: str) -> "EntityRules":
    return EntityRules(nlp)


class EntityRules:
    """Rewrites ``doc.ents`` with general rules over cue words and gazetteers."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.make_doc = nlp.tokenizer  # cue phrases are tokenised as the text is
        self._ready = False

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        """Load the word lists and compile the matchers (once per pipeline)."""
        lex = lexicons.entities()
        countries = lexicons.countries()
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
        self.countries.add("GPE", [self.make_doc(n) for n in countries.names])
        self.country_names = frozenset(countries.names)
        self.demonyms = frozenset(countries.demonyms)
        self.places = frozenset(countries.names) | frozenset(countries.capitals)
        self.country_words = self.demonyms | self.places
        self.org_cues = frozenset(lex["org_cues"])
        self.determiners = frozenset(lex["determiners"])
        self.titles = frozenset(lex["name_titles"])
        self.org_before = frozenset(lex["org_name_before_nouns"])
        self.org_nouns = frozenset(lex["org_common_nouns"])
        self.org_cue_words = self.org_cues
        self.title_heads = frozenset(t.split()[-1] for t in lexicons.roles()["titles"])
        self._ready = True

    # -- helpers -----------------------------------------------------------------
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
            if nxt.text in self.org_cues and not nxt.ent_type_:
                start = ent.start
                while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_stop \
                        and not doc[start - 1].is_sent_start and not doc[start - 1].ent_type_:
                    start -= 1
                out.append(Span(doc, start, ent.end + 1, label="ORG"))
        return out

    @staticmethod
    def _whole_entity(doc: Doc, start: int, end: int) -> bool:
        """Is ``doc[start:end]`` exactly one entity of the model (no more, no less)?"""
        return doc[start].ent_iob_ == "B" and (end == len(doc) or doc[end].ent_iob_ != "I") \
            and all(t.ent_iob_ == "I" for t in doc[start + 1:end])

    @staticmethod
    def _acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
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
        return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc
                if t.is_upper and t.text in initials and t.ent_iob_ == "O"]

    def _untagged_org_names(self, doc: Doc) -> list[Span]:
        """'The World Anti-Doping Agency', 'Sudan Doctors Network': capitalised words
        the model left out that end in an organisation word ('Agency', 'Network', ...)
        name an organisation; 'of'/'for' + more capitalised words continue it."""
        out = []
        for tok in doc:
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

    def _names_of_org_appositions(self, doc: Doc) -> list[Span]:
        """'Vale, the Brazilian mining company,': a name the model left out, in
        apposition to an organisation noun, is an organisation."""
        out = []
        for tok in doc:
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

    @staticmethod
    def _dateline_places(doc: Doc) -> list[Span]:
        """'SAO PAULO, Feb 3 (Reuters) -': the upper-case words opening a paragraph
        before a comma are the dateline's place (the model splits or mislabels them)."""
        out = []
        for start in range(len(doc)):
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

    def _names_before_org_nouns(self, doc: Doc) -> list[Span]:
        """'the Chega party', 'the BRICS group', 'DZMM radio': capitalised words the
        model left out, right before a lower-case organisation noun, name it."""
        out = []
        for tok in doc:
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

    @staticmethod
    def _date_read_as_place(span: Span) -> Span:
        """'an evacuation centre in Winnipeg' (DATE): one proper noun with no digit and
        no calendar word, after 'in'/'to'/'from'/'at', is a place."""
        if span.label_ not in ("DATE", "TIME") or len(span) != 1:
            return span
        tok = span[0]
        if tok.pos_ != "PROPN" or tok.lower_ in _CALENDAR or tok.like_num or tok.i == 0 \
                or span.doc[tok.i - 1].lower_ not in ("in", "to", "from", "at", "near"):
            return span
        return Span(span.doc, span.start, span.end, label="GPE")

    def _split_leading_names(self, span: Span) -> list[Span]:
        """'Barclays 40 million pounds' (MONEY): a proper noun the model glued to the
        amount after it ('fined Barclays 40 million pounds') is a name of its own."""
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

    def _person_extensions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A person name the model cut short: 'Ursula von der' + 'Leyen' (after a
        particle), 'Abdul Hamid' + 'Dbeibah' (a capitalised proper noun it left out)."""
        out = []
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            end = ent.end
            if ent[-1].lower_ in _NAME_PARTICLES:
                while end < len(doc) and end - ent.end < 3 and doc[end].is_title:
                    end += 1
            else:
                # not over a title: "Manitoba" + "Premier" (Wab Kinew) is no name
                while (end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN"
                       and doc[end].is_title and doc[end].ent_iob_ == "O"
                       and doc[end].lower_ not in self.title_heads):
                    end += 1
            if end > ent.end:
                out.append(Span(doc, ent.start, end, label="PERSON"))
        return out

    def _trim(self, span: Span) -> Span | None:
        """Drop determiners, possessive 's, punctuation and (people) titles at the edges."""
        if span.label_ not in NAME_LABELS:
            return span
        start, end = span.start, span.end
        doc = span.doc
        while start < end and (doc[start].lower_ in self.determiners or doc[start].is_punct
                               or doc[start].is_space):
            start += 1
        if span.label_ == "PERSON":
            while start < end - 1 and doc[start].lower_ in self.titles:
                start += 1
            if end - start > 1 and doc[end - 1].lower_ in self.title_heads:
                # "Manitoba Premier" (Wab Kinew): a place and a title, not a name
                return Span(doc, start, end - 1, label="GPE")
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "’s")
                               or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")
                               or (doc[end - 1].is_punct and doc[end - 1].text not in ".")
                               or doc[end - 1].is_space):
            end -= 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if span.label_ in ("ORG", "GPE", "LOC"):  # "the Unite union", "Batangas province"
            while end - 1 > start and doc[end - 1].is_lower and doc[end - 1].is_alpha \
                    and any(t.is_title or t.is_upper for t in doc[start:end - 1]):
                end -= 1  # "the Xinhua news agency"
            while start < end - 1 and doc[start].is_lower and doc[start].is_alpha \
                    and doc[start].lower_ not in _NAME_PARTICLES \
                    and any(t.is_title or t.is_upper for t in doc[start + 1:end]):
                start += 1  # "the liberal Democratic Party"
        if span.label_ in ("ORG", "PERSON", "GPE"):
            # "Apple 1.8" (billion euros): the amount after a name is not part of it
            while end - 1 > start and doc[end - 1].like_num and end < len(doc) and \
                    (doc[end].lower_ in _AMOUNT_WORDS or doc[end].is_currency):
                end -= 1
        if end <= start:
            return None
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label)

    # -- the component ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not self._ready:
            self.initialize()
        model = list(doc.ents)
        inside = self._inside_longer_name(doc, model)
        # country names win over the model's ORG/NORP/PERSON for the same words, but not
        # inside a longer name ("Michael Jordan", "Bank of China", "UN Security Council")
        # ("western Niger on Friday": the model may call a country alone a DATE)
        countries = [Span(doc, s, e, label="GPE") for _, s, e in self.countries(doc)
                     if not any(t.ent_type_ in KEEP_LABELS for t in doc[s:e])
                     or self._whole_entity(doc, s, e)]
        countries = [span for span in countries if not inside(span.start, span.end)]
        orgs = [Span(doc, s, e, label="ORG") for _, s, e in self.orgs(doc) if not inside(s, e)]
        # priority order: earlier lists win where spans overlap
        preferred = (self._dateline_places(doc) + self._untagged_org_names(doc)
                     + self._person_extensions(doc, model) + self._facilities(doc)
                     + filter_spans(orgs)
                     + self._org_extensions(doc, model) + self._forces(doc)
                     + filter_spans(countries) + self._names_before_org_nouns(doc)
                     + self._acronyms(doc, model) + self._names_of_org_appositions(doc)
                     # a demonym the model missed ("Brazilian Finance Minister")
                     + [Span(doc, t.i, t.i + 1, label="NORP") for t in doc
                        if t.ent_iob_ == "O" and t.text in self.demonyms])
        taken = [False] * len(doc)
        chosen: list[Span] = []
        for span in preferred:
            if any(taken[span.start:span.end]):
                continue
            chosen.append(span)
            for i in range(span.start, span.end):
                taken[i] = True
        for ent in (self._date_read_as_place(part) for ent in model
                    for whole in self._split_brackets(ent)
                    for part in self._split_leading_names(whole)):
            span = self._trim(ent)
            if span is None:
                continue
            if any(taken[span.start:span.end]):
                span = self._remainder(span, taken)
                if span is None:
                    continue
            chosen.append(span)
            for i in range(span.start, span.end):
                taken[i] = True
        doc.ents = sorted(chosen, key=lambda s: s.start)
        return doc

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


def add_to(nlp: Language) -> None:
    """Add kg's components to ``nlp`` and initialise them (and unwrap hard-wrapped lines)."""
    if not isinstance(nlp.tokenizer, UnwrappingTokenizer):
        nlp.tokenizer = UnwrappingTokenizer(nlp.tokenizer)
    for name in COMPONENTS:
        if name in nlp.pipe_names:
            continue
        before = _BEFORE.get(name)
        if before and before in nlp.pipe_names:
            nlp.add_pipe(name, before=before)
        else:
            nlp.add_pipe(name, last=True)
        pipe = nlp.get_pipe(name)
        if hasattr(pipe, "initialize"):
            pipe.initialize(nlp=nlp)
