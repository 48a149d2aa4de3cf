"""kg's spaCy components, in spaCy's own pattern: registered factories with a
``default_config``, data loaded in ``initialize`` and saved with the pipeline
(``to_disk``/``from_disk``, ``to_bytes``/``from_bytes``), and kg's tokenizer registered
in spaCy's tokenizer registry, so that ``nlp.to_disk`` then ``spacy.load`` gives the
same pipeline back (setup.cfg also declares them as spaCy entry points).

They only change what spaCy serialises (sentence starts, ``doc.ents``), so they run
inside ``nlp.pipe(n_process=N)`` workers; the rest of the extraction works on the
Doc in the main process.

- ``kg.UnwrappingTokenizer.v1`` (the tokenizer): hard-wrapped lines read as one
  paragraph; the text as given and where it was unwrapped are kept on the Doc; titles
  such as "Sr.", "Lt.", "Capt." stay one token (``kg/data/extract/tokenizer.json``).
- ``kg_paragraphs`` (before the parser): a blank line ends a sentence, so a headline
  without a full stop is not glued to the paragraph under it; so do datelines.
- ``kg_arc_repairs`` (after the parser and the parts of speech): arcs the small parser
  gets wrong in a regular way (``kg.extract.arcs``).
- ``kg_entity_rules`` (after the NER): general fixes to the small model's entities
  (``kg.extract.entity_rules``).
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from kg.extract import arcs, foreign, lexicons  # noqa: F401  (they register kg_arc_repairs
# and kg_foreign_script)
from kg.extract.entity_rules import DASHES, FUNCTION_WORDS, EntityRules

COMPONENTS: tuple[str, ...] = ("kg_paragraphs", "kg_arc_repairs", "kg_entity_rules",
                               "kg_foreign_script")


@Language.factory("kg_paragraphs", default_config={"datelines": True, "headlines": True})
def make_paragraphs(nlp: Language, name: str, datelines: bool, headlines: bool) -> "Paragraphs":
    return Paragraphs(datelines=datelines, headlines=headlines)


#: A line break inside a paragraph (hard-wrapped text): between two visible characters.
_WRAP = re.compile(r"(?<=\S)\n(?=\S)")
#: An en dash joining two words with no space ("Export–Import Bank", "Egypt–Israel"): the
#: small model, trained on hyphens there, reads it as a clause break ("Export" became a
#: subject and the bank's president its apposition), so it is given the hyphen.
_WORD_DASH = re.compile(r"(?<=[^\W\d_])\u2013(?=[^\W\d_])")
#: ``doc.user_data`` keys: the text as given, and where its line breaks were unwrapped.
ORIGINAL_TEXT = "kg_text"
UNWRAPPED = "kg_unwrapped"


#: A word an editor changed the case of in a quotation ("[T]he", "[w]e"), or completed
#: ("type[s]", "destroy[ed]", "slow[ly]"): split at its brackets, "[" + "T]he" was read
#: as an adverb and "the strains" lost its determiner, "destroy[ed" as a proper noun.
_EDITED_WORD = re.compile(r"(?:\[[A-Za-z]{1,2}\][a-z]+|[A-Za-z]+\[[a-z]{1,5}\])$")


def _prefixed_words(prefixes: Iterable[str]) -> str:
    """The pattern of a word made of one of ``prefixes``, a hyphen and a lower-case word
    ("ex-president", "Vice-president"), whole; it never matches when there are none."""
    if not prefixes:
        return r"(?!)"
    alternatives = "|".join(re.escape(p) + "|" + re.escape(p.capitalize()) for p in prefixes)
    return rf"(?:{alternatives})-[a-z]+$"


def _prefixed_participles(prefixes: Iterable[str]) -> str:
    """The pattern of a verb's past form made of one of ``prefixes``, a hyphen and a
    lower-case word in -ed or -en ("co-founded", "co-written"), whole; not a plural in
    -men ("co-chairmen"), nor the prefix's nouns ("co-founder"), which the rules read
    as three words. It never matches when there are none."""
    if not prefixes:
        return r"(?!)"
    alternatives = "|".join(re.escape(p) + "|" + re.escape(p.capitalize()) for p in prefixes)
    return rf"(?:{alternatives})-[a-z]+(?:ed|[^m]en)$"


def _edited_norms(doc: Doc, text: str) -> Doc:
    """Such a word is read as the word it stands for ("[T]he" as "The", "type[s]" as
    "types"): the model's features are its word type's norm, prefix, suffix and shape,
    which it takes over, and the lemmatizer reads its norm (``kg.tagging``). (``text``,
    the text tokenised, says cheaply whether there is a bracket at all.)"""
    if "[" in text:
        for tok in doc:
            if (tok.text[:1] == "[" or tok.text[-1:] == "]") and _EDITED_WORD.match(tok.text):
                lex, bare = tok.lex, doc.vocab[tok.text.replace("[", "").replace("]", "")]
                if lex.shape_ != bare.shape_:  # (once per word type: the vocab keeps it)
                    lex.norm_, lex.prefix_, lex.suffix_ = bare.norm_, bare.prefix_, bare.suffix_
                    lex.shape_, lex.is_alpha = bare.shape_, True
                    lex.is_lower, lex.is_title = bare.is_lower, bare.is_title
    return doc


class UnwrappingTokenizer:
    """The model's tokenizer, reading hard-wrapped lines as one paragraph.

    A lone newline between two words becomes a space before tokenising: the small model
    tags and parses a newline token badly ("President\nRecep Tayyip Erdogan" loses the
    name); so does an en dash joining two words become a hyphen (``_WORD_DASH``). The
    replacements keep every character offset; the text as given is kept in
    ``doc.user_data[ORIGINAL_TEXT]`` (see ``original_text``) and the unwrapped
    positions in ``doc.user_data[UNWRAPPED]`` (line starts for datelines and headlines).
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self._add_abbreviations()

    def _add_abbreviations(self) -> None:
        """kg's abbreviations (``tokenizer.json``) as special cases: one token each, on top
        of the rules the model's tokenizer data brings (added again after loading them),
        and a word an editor recapitalised ("[T]he") kept whole."""
        data = lexicons.load_json("tokenizer.json")
        for word in data["abbreviations"]:
            self.tokenizer.add_special_case(word, [{ORTH: word}])
        # "[T]he" and "ex-president": one token each
        own = "|".join((_EDITED_WORD.pattern, _prefixed_words(data.get("prefixes_kept", ())),
                        _prefixed_participles(data.get("prefixes_kept_on_verbs", ()))))
        base = self.tokenizer.token_match
        pattern = getattr(getattr(base, "__self__", None), "pattern", None)
        if base is None:
            self.tokenizer.token_match = re.compile(own).match
        elif pattern is not None and own not in pattern:
            # (one regex, as spaCy saves it; the model's own rule kept as the alternative)
            self.tokenizer.token_match = re.compile(f"(?:{own})|(?:{pattern})").match

    def __call__(self, text: str) -> Doc:
        breaks = [m.start() for m in _WRAP.finditer(text)] if "\n" in text else []
        read = _WRAP.sub(" ", text) if breaks else text
        if "\u2013" in read:
            read = _WORD_DASH.sub("-", read)
        if read is text:  # (``re.sub`` returns the same string when nothing matched)
            return _edited_norms(self.tokenizer(text), text)
        doc = self.tokenizer(read)  # one character for one: offsets hold
        doc.user_data[ORIGINAL_TEXT] = text
        if breaks:
            doc.user_data[UNWRAPPED] = breaks
        return _edited_norms(doc, text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # saved and loaded as the model's own tokenizer: its rules are the data
    def to_disk(self, path, **kwargs) -> None:
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> "UnwrappingTokenizer":
        self.tokenizer.from_disk(path, **kwargs)
        self._add_abbreviations()
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> "UnwrappingTokenizer":
        self.tokenizer.from_bytes(data, **kwargs)
        self._add_abbreviations()
        return self

    def __getattr__(self, name: str):  # vocab, rules, explain ... of the real tokenizer
        if name == "tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


@registry.tokenizers("kg.UnwrappingTokenizer.v1")
def create_unwrapping_tokenizer() -> Callable[[Language], UnwrappingTokenizer]:
    """spaCy's default tokenizer for the language, wrapped: ``[nlp.tokenizer]`` in a
    pipeline's config, so the swap is saved with it."""
    make_base = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def create(nlp: Language) -> UnwrappingTokenizer:
        return UnwrappingTokenizer(make_base(nlp))

    return create


TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "kg.UnwrappingTokenizer.v1"}}}


def original_text(doc: Doc) -> str:
    """The text the Doc was made from (``doc.text`` with wrapped lines restored)."""
    return doc.user_data.get(ORIGINAL_TEXT) or doc.text


#: What may stand right before a bracket that opens a sentence: its end, a colon, a
#: quotation mark.
_MAY_PRECEDE_START = frozenset({".", "!", "?", "...", "…", ":", '"', "“", "”", "``", "''",
                                "'", "‘", "’"})


class Paragraphs:
    """A token after a blank line starts a sentence (headlines, lists), and so does the
    first word after a dateline ("Damascus (AsiaNews) - Russia began ..."), and after a
    first line without final punctuation (a headline) even when only one newline
    follows it. No data: nothing to initialise or save."""

    def __init__(self, datelines: bool = True, headlines: bool = True) -> None:
        self.datelines = datelines
        self.headlines = headlines

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
            if self.headlines and head is not None and len(head) and head.end < len(doc) and \
                    "\n" not in head.text and self._headline_end(head[-1], doc[head.end]):
                doc[head.end].is_sent_start = True
        for start in starts if self.datelines else ():
            self._dateline(doc, start)
        self._editorial_brackets(doc)
        return doc

    @staticmethod
    def _editorial_brackets(doc: Doc) -> None:
        """An editor's words in square brackets inside a quotation ("where we were [in
        the] last couple of weeks", "[...]") continue the sentence they sit in: the parser
        took each opening bracket after a word for a sentence start. Only a bracket after
        sentence-final punctuation, a quotation mark or a line break may open a sentence
        ("[T]he advances ..."), and no word inside one does."""
        i = 0
        while i < len(doc):
            if doc[i].text != "[":
                i += 1
                continue
            close = next((j for j in range(i + 1, min(i + 12, len(doc)))
                          if doc[j].text in ("[", "]") or "\n" in doc[j].text), None)
            if close is None or doc[close].text != "]":
                i += 1
                continue
            before = doc[i - 1] if i else None
            if before is not None and not before.is_space and before.text not in _MAY_PRECEDE_START:
                doc[i].is_sent_start = False
            for j in range(i + 1, close + 1):
                doc[j].is_sent_start = False
            i = close + 1

    @staticmethod
    def _headline_end(last, following) -> bool:
        """The tokenizer's attributes only: the tagger has not run yet."""
        return (not last.is_punct and not last.is_stop and last.lower_ not in FUNCTION_WORDS
                and (following.is_title or following.is_upper))

    @staticmethod
    def _dateline(doc: Doc, start: int) -> None:
        """PLACE[, date] [(Agency)] - : up to ten capitalised, numeric or bracket tokens."""
        depth = 0
        for i in range(start, min(start + 10, len(doc) - 1)):
            tok = doc[i]
            # a dateline dash stands apart ("Damascus (AsiaNews) - "), a hyphen does not
            if (tok.text in DASHES and i > start and depth == 0 and tok.whitespace_
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


@Language.factory("kg_entity_rules",
                  default_config={"gazetteer": True, "index_dir": "",
                                  "gazetteer_popularity": 40},
                  assigns=["doc.ents"])
def make_entity_rules(nlp: Language, name: str, gazetteer: bool, index_dir: str,
                      gazetteer_popularity: int) -> "EntityRules":
    return EntityRules(nlp, name, gazetteer=gazetteer, index_dir=index_dir,
                       gazetteer_popularity=gazetteer_popularity)


def add_to(nlp: Language, **config) -> Language:
    """Add kg's components to ``nlp`` (a trained pipeline) and initialise only them;
    ``config`` goes to ``kg_entity_rules``. The tokenizer is set when the model is
    loaded (``TOKENIZER_CONFIG``, see ``kg.nlp.load``)."""
    added = []
    if "kg_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", **({"before": "parser"} if "parser" in nlp.pipe_names
                                         else {}))
        added.append("kg_paragraphs")
    if "kg_arc_repairs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        # (after the parts of speech and lemmas: the attribute ruler sets them after the
        # parser, and a repair reads verbs by their lemma)
        nlp.add_pipe("kg_arc_repairs", after=next(
            (p for p in ("lemmatizer", "attribute_ruler", "parser") if p in nlp.pipe_names)))
    if "kg_entity_rules" not in nlp.pipe_names:
        nlp.add_pipe("kg_entity_rules", config=config,
                     **({"after": "ner"} if "ner" in nlp.pipe_names else {}))
        added.append("kg_entity_rules")
    if "kg_foreign_script" not in nlp.pipe_names:
        nlp.add_pipe("kg_foreign_script", last=True)  # after every tagger and rule
    for name in added:
        pipe = nlp.get_pipe(name)
        if hasattr(pipe, "initialize"):  # the trained components keep their weights
            pipe.initialize(lambda: [], nlp=nlp)
    return nlp
