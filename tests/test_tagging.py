"""kg.tagging: spaCy's attribute ruler and rule lemmatizer over a Doc's arrays give the
same annotations as spaCy's own components."""
from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from kg import tagging
from kg.extract import components
from kg.nlp import model_name

#: Every kind of rule the model has: tag maps, word exceptions, the rules over two tokens
#: ("There is", "gonna", "Let's", "y'all", "ain't"), regexes ("nothin'"), dependency
#: tests ("it" as a subject and an object), space tokens, and lemmas of every POS.
TEXTS = [
    "There is a problem in Geneva.  I'm gonna say it: the ministers weren't told.\n\n"
    "Let's see what y'all think. He ain't seen nothin' yet, but it was sold to him.",
    "But the committee, which had met since 2019, voted to approve the budgets; "
    "children were running faster than the dogs, and the geese flew away.",
    "Did she have the keys? She did. They've had better days, and we'd rather go.\n"
    "   \tPresident Macron's spokesmen are saying that it isn't so.",
]


@pytest.fixture(scope="module")
def spacys_own():
    """The same model, tokenizer and kg components, with spaCy's own ruler and lemmatizer."""
    return components.add_to(spacy.load(model_name(), config=components.TOKENIZER_CONFIG))


def annotations(doc) -> tuple:
    return (doc.to_bytes(exclude=["user_data"]),
            [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc])


def test_kg_pipeline_annotates_every_token_exactly_as_spacys_ruler_and_lemmatizer(
        nlp, spacys_own, seed_text):
    assert isinstance(nlp.get_pipe("attribute_ruler"), tagging.ArrayAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), tagging.MemoLemmatizer)
    assert not isinstance(spacys_own.get_pipe("attribute_ruler"), tagging.ArrayAttributeRuler)
    for text in TEXTS + [seed_text]:
        assert annotations(nlp(text)) == annotations(spacys_own(text))


def test_the_model_rules_run_from_arrays_including_those_over_two_tokens(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler._compile()  # every pattern of the model is read here, none by the Matcher
    doc = nlp("I'm gonna go.")
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]  # "gon" "na": two-token rules


def test_a_doc_annotated_twice_is_annotated_the_same_from_the_memos(nlp):
    first = annotations(nlp(TEXTS[2]))
    assert nlp.get_pipe("lemmatizer")._lemmas and nlp.get_pipe("attribute_ruler")._memo
    assert annotations(nlp(TEXTS[2])) == first


@pytest.mark.parametrize("patterns, from_arrays", [
    # read from the arrays: sets, regexes, negative index, a rule over three tokens
    ([{"patterns": [[{"LOWER": {"IN": ["big", "red"]}}, {"TAG": {"NOT_IN": [""]}}]],
      "attrs": {"LEMMA": "X"}, "index": -1},
     {"patterns": [[{"LOWER": {"REGEX": "^d"}}, {}, {"IS_SPACE": False}]],
      "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}, "index": 1},
     {"patterns": [[{"LOWER": "dog"}]], "attrs": {"LEMMA": "hound", "POS": "PROPN"}}], True),
    # beyond this module (an operator, another attribute): spaCy's Matcher decides
    ([{"patterns": [[{"LOWER": "big", "OP": "+"}]], "attrs": {"LEMMA": "Y"}},
      {"patterns": [[{"LENGTH": 3}]], "attrs": {"POS": "X"}}], False),
])
def test_an_array_ruler_sets_what_spacys_ruler_sets(patterns, from_arrays):
    blank = spacy.blank("en")
    ours = tagging.ArrayAttributeRuler(blank.vocab)
    theirs = AttributeRuler(blank.vocab)
    ours.add_patterns(patterns)
    theirs.add_patterns(patterns)
    text = "The big big red dog and the dog's dinner  sat down"
    assert annotations(ours(blank(text))) == annotations(theirs(blank(text)))
    assert bool(ours._compile()) == from_arrays
