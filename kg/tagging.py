"""spaCy's attribute ruler and rule lemmatizer, run over a Doc's arrays.

The same patterns and tables as the model's own components, and the same annotations
(``tests/test_tagging.py`` compares whole Docs), at a fraction of the CPU: spaCy's
attribute ruler runs its Matcher over every token for each of the model's ~180 patterns,
and its lemmatizer makes a Token per token and caches only some of its answers. Together
they were ~13% of a build worker's CPU (1.3 and 1.0 of 18.5 CPU s for 200 archive
articles). Here the ruler matches each distinct token (its tag, lower form, dependency,
space flag) once per process, and the lemmatizer remembers each (form, POS, morphology)
it has lemmatised; both write their columns back with one ``Doc.from_array``.

The model's config names them (``FAST_RULES_CONFIG``, given to ``spacy.load``), so they
load the model's own data with spaCy's ``from_disk``; a ruler with a pattern this module
does not read (an operator, another attribute) runs spaCy's code, unchanged.
"""
from __future__ import annotations

import re
import warnings
from typing import Callable, Optional

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors, Warnings
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from thinc.api import Model

FAST_RULES_CONFIG = {"components": {"attribute_ruler": {"factory": "kg_attribute_ruler"},
                                    "lemmatizer": {"factory": "kg_lemmatizer"}}}

#: The token attributes a pattern may test here, and the columns read for them.
_READ = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_READ_ATTRS = [TAG, LOWER, DEP, IS_SPACE]
#: The attributes a rule may set here (each is a plain field of the token).
_WRITE_ATTRS = [POS, TAG, DEP, LEMMA, MORPH]
#: Distinct tokens (or lemmas) remembered before starting again, so memory stays bounded.
_MEMO_SIZE = 500_000

#: One test of one token: (column, operator, operand).
Check = tuple[int, str, object]


def _checks(token_pattern: dict) -> list[Check] | None:
    """A token pattern's tests on the read columns, or None when it needs spaCy's Matcher."""
    checks: list[Check] = []
    for attr, value in token_pattern.items():
        column = _READ.get(attr)
        if column is None:
            return None
        if isinstance(value, dict):
            for op, operand in value.items():
                if op in ("IN", "NOT_IN") and isinstance(operand, (list, tuple)) \
                        and all(isinstance(v, str) for v in operand):
                    checks.append((column, op, frozenset(get_string_id(v) for v in operand)))
                elif op == "REGEX" and isinstance(operand, str):
                    checks.append((column, op, re.compile(operand)))
                else:
                    return None
        elif isinstance(value, bool):
            checks.append((column, "==", int(value)))
        elif isinstance(value, str):
            checks.append((column, "==", get_string_id(value)))
        else:
            return None
    return checks


class ArrayAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler``, matching each distinct token once (see the module)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._compiled: tuple | None = None
        self._memo: dict[tuple, tuple[tuple[int, ...], frozenset[int]]] = {}
        self._merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def add(self, *args, **kwargs) -> None:
        super().add(*args, **kwargs)
        self._compiled = None  # the patterns changed
        self._memo, self._merged = {}, {}

    def clear(self) -> None:
        super().clear()
        self._compiled = None
        self._memo, self._merged = {}, {}

    def _compile(self) -> tuple | bool:
        """(one-token rules, longer rules, their token tests), or False when some pattern
        or attribute is beyond this module (spaCy's own code then runs)."""
        if self._compiled is not None:
            return self._compiled
        single: list[tuple[int, list[Check]]] = []
        longer: list[tuple[int, list[int], int]] = []  # rule, its token tests, index
        tests: list[list[Check]] = []
        ok = all(set(attrs) <= set(_WRITE_ATTRS) for attrs in self.attrs)
        for rule in range(len(self.attrs)) if ok else ():
            for pattern in self.matcher.get(str(rule))[1]:
                compiled = [_checks(token) for token in pattern]
                if not compiled or any(c is None for c in compiled):
                    ok = False
                    break
                if len(compiled) == 1:
                    single.append((rule, compiled[0]))
                else:
                    longer.append((rule, list(range(len(tests), len(tests) + len(compiled))),
                                   self.indices[rule]))
                    tests.extend(compiled)
        # a token is tested only against the rules that could match it: those that want
        # its tag, those that want its lower form, and those that want neither
        by_tag: dict[int, list] = {}
        by_lower: dict[int, list] = {}
        rest: list = []
        for rule, checks in single:
            equal = {column: operand for column, op, operand in checks if op == "=="}
            if 0 in equal:
                by_tag.setdefault(equal[0], []).append((rule, checks))
            elif 1 in equal:
                by_lower.setdefault(equal[1], []).append((rule, checks))
            else:
                rest.append((rule, checks))
        self._compiled = ((by_tag, by_lower, rest), longer, tests) if ok else False
        return self._compiled

    def __call__(self, doc: Doc) -> Doc:
        compiled = self._compile()
        if not compiled or not len(doc):
            return super().__call__(doc)
        error_handler = self.get_error_handler()
        try:
            self._apply(doc, *compiled)
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's handling, as its own __call__
            return error_handler(self.name, self, [doc], e)

    def _apply(self, doc: Doc, single, longer, tests) -> None:
        keys = list(map(tuple, doc.to_array(_READ_ATTRS).tolist()))
        if len(self._memo) > _MEMO_SIZE:
            self._memo = {}
        seen = [self._memo.get(key) or self._match(key, single, tests) for key in keys]
        rules: list[tuple[int, ...]] = [rules for rules, _ in seen]
        # the longer rules: from every token that passes some test (few do)
        starts = [i for i, (_, passed) in enumerate(seen) if passed]
        for rule, token_tests, index in longer:  # every start where each token passes
            width = len(token_tests)
            target = index if index >= 0 else width + index
            if not 0 <= target < width:
                raise ValueError(Errors.E1001.format(patterns=self.matcher.get(str(rule)),
                                                     span="", index=index))
            for start in starts:
                if start + width <= len(seen) and all(
                        t in seen[start + k][1] for k, t in enumerate(token_tests)):
                    rules[start + target] = tuple(sorted(rules[start + target] + (rule,)))
        columns = doc.to_array(_WRITE_ATTRS).tolist()
        for row, token_rules in zip(columns, rules):
            if token_rules:
                for column, value in self._attrs_of(token_rules):
                    row[column] = value
        doc.from_array(_WRITE_ATTRS, numpy.array(columns, dtype=numpy.uint64))

    def _match(self, key: tuple, single, tests) -> tuple[tuple[int, ...], frozenset[int]]:
        """The one-token rules a token with these column values matches (in rule order:
        later rules win, as in spaCy), and which of the longer rules' tests it passes."""
        by_tag, by_lower, rest = single
        candidates = sorted(by_tag.get(key[0], []) + by_lower.get(key[1], []) + rest,
                            key=lambda rule_checks: rule_checks[0])
        found = (tuple(rule for rule, checks in candidates if _passes(key, checks, self.vocab)),
                 frozenset(t for t, checks in enumerate(tests) if _passes(key, checks, self.vocab)))
        self._memo[key] = found
        return found

    def _attrs_of(self, rules: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) of what these rules set, applied in order (a later rule's value
        wins, as in spaCy)."""
        merged = self._merged.get(rules)
        if merged is None:
            values: dict[int, int] = {}
            for rule in rules:
                values.update(self.attrs[rule])
            merged = self._merged[rules] = tuple((_WRITE_ATTRS.index(attr), value)
                                                 for attr, value in values.items())
        return merged


def _passes(key: tuple, checks: list[Check], vocab) -> bool:
    for column, op, operand in checks:
        value = key[column]
        if op == "==":
            if value != operand:
                return False
        elif op == "IN":
            if value not in operand:
                return False
        elif op == "NOT_IN":
            if value in operand:
                return False
        elif not operand.search(vocab.strings[value]):  # REGEX, on the attribute's text
            return False
    return True


class MemoLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, remembering each (form, POS, morphology) it has
    lemmatised (its answer depends on nothing else), and looking words up in its index
    as sets (spaCy's tables hold lists, and a word missing from the nouns' list costs a
    scan of ~7,000 entries: ~90 us, most of the lemmatizer's time)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._lemmas: dict[tuple[int, int, int], int] = {}
        self._index: dict[str, frozenset[str]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or self.overwrite or not len(doc):
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(self._lemmas) > _MEMO_SIZE:
                self._lemmas = {}
            rows = doc.to_array([LEMMA, ORTH, POS, MORPH]).tolist()
            lemmas = [lemma or self._lemma(doc, i, (orth, pos, morph))
                      for i, (lemma, orth, pos, morph) in enumerate(rows)]
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
            return doc
        except Exception as e:  # noqa: BLE001 - spaCy's handling, as its own __call__
            error_handler(self.name, self, [doc], e)

    def initialize(self, *args, **kwargs) -> None:
        super().initialize(*args, **kwargs)
        self._lemmas, self._index = {}, {}  # new tables

    def from_disk(self, *args, **kwargs):
        self._lemmas, self._index = {}, {}
        return super().from_disk(*args, **kwargs)

    def from_bytes(self, *args, **kwargs):
        self._lemmas, self._index = {}, {}
        return super().from_bytes(*args, **kwargs)

    def _lemma(self, doc: Doc, i: int, key: tuple[int, int, int]) -> int:
        lemma = self._lemmas.get(key)
        if lemma is None:
            lemma = self._lemmas[key] = self.vocab.strings.add(self.lemmatize(doc[i])[0])
        return lemma

    def _index_of(self, univ_pos: str) -> frozenset[str]:
        words = self._index.get(univ_pos)
        if words is None:
            words = self._index[univ_pos] = frozenset(
                self.lookups.get_table("lemma_index", {}).get(univ_pos, ()))
        return words

    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy 3.8's ``Lemmatizer.rule_lemmatize`` (the same steps, minus its cache:
        ``_lemma`` remembers), with the index's lists read as sets."""
        # a word an editor completed or recapitalised ("destroy[ed]", "[T]he") is read
        # as the word it stands for, its norm (kg.extract.components._edited_norms)
        string = token.norm_ if "[" in token.text else token.text
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space"):
            if univ_pos == "":
                warnings.warn(Warnings.W108)
            return [string.lower()]
        if self.is_base_form(token):
            return [string.lower()]
        index = self._index_of(univ_pos)
        exceptions = self.lookups.get_table("lemma_exc", {}).get(univ_pos)
        rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos)
        if not any((index, exceptions, rules)):
            return [string] if univ_pos == "propn" else [string.lower()]
        index, exceptions, rules = index or frozenset(), exceptions or {}, rules or {}
        orig, string = string, string.lower()
        first, hyphen, last = string.rpartition("-")
        if hyphen and first and last.isalpha() and univ_pos in ("verb", "noun"):
            # "re-elected", "re-openings": a word the tokenizer keeps whole with its
            # prefix (``tokenizer.json``) ends in a word the rules know; spaCy's own
            # steps, given no alphabetic string, keep every form ("re-electe" first)
            forms = _rule_forms(last, univ_pos, index, exceptions, rules)
            return [f"{first}-{form}" for form in forms] or [string]
        return _rule_forms(string, univ_pos, index, exceptions, rules) or [orig]


def _rule_forms(string: str, univ_pos: str, index: frozenset[str] | set[str],
                exceptions: dict, rules: dict) -> list[str]:
    """The lemmas spaCy's rules give a lower-case word: index words first, else the forms
    outside the index; an empty list when no rule applies."""
    forms: list[str] = []
    oov_forms = []
    for old, new in rules:
        if string.endswith(old):
            form = string[: len(string) - len(old)] + new
            if not form:
                pass
            elif form in index or not form.isalpha():
                if form in index:
                    forms.insert(0, form)
                else:
                    forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    if univ_pos == "verb":
        forms = _silent_e_first(string, forms)
    for form in exceptions.get(string, []):
        if form not in forms:
            forms.insert(0, form)
    return forms or oov_forms


#: A short stem that doubles its last consonant before "-ed" and "-ing" ("hop": "hopped",
#: "hopping"): a consonant, one vowel, then one consonant other than w, x or y.
_DOUBLING_STEM = re.compile(r"(?:^|[^aeiou])[aeiou][^aeiouwxy]$")
#: Stem endings that take "-es" rather than "-s" ("boxes", "passes", "goes").
_ES_STEM = ("s", "x", "z", "ch", "sh", "o")


def _silent_e_first(string: str, forms: list[str]) -> list[str]:
    """A verb's lemmas with the one ending in a silent "e" first where the spelling rules
    out the stem without it: "hoping", "hoped", "hopes" are "hope", not "hop" (which would
    be "hopping", "hopped", "hops"); "rated", "raped", "slated", "waging" likewise. spaCy's
    rules put the last index word they reach first, and the stem without the "e" comes
    last ("singing" stays "sing": "sing" does not double)."""
    if len(forms) < 2 or forms[0] + "e" not in forms:
        return forms
    stem = forms[0]
    if string.endswith(("ed", "ing")) and _DOUBLING_STEM.search(stem) or \
            string.endswith("es") and not stem.endswith(_ES_STEM):
        return [stem + "e"] + [f for f in forms if f != stem + "e"]
    return forms


@Language.factory("kg_attribute_ruler", default_config={
    "validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}})
def make_attribute_ruler(nlp: Language, name: str, validate: bool,
                         scorer: Optional[Callable]) -> ArrayAttributeRuler:
    return ArrayAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


@Language.factory("kg_lemmatizer", assigns=["token.lemma"], default_config={
    "model": None, "mode": "rule", "overwrite": False,
    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}})
def make_lemmatizer(nlp: Language, model: Optional[Model], name: str, mode: str,
                    overwrite: bool, scorer: Optional[Callable]) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite,
                          scorer=scorer)
