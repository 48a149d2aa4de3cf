"""kg's spaCy components, registered with ``@Language.factory``.

They only change what spaCy serialises (``doc.ents``), so they run inside
``nlp.pipe(n_process=N)`` workers; the rest of the extraction works on the Doc
in the main process.
"""
from __future__ import annotations

from spacy.language import Language

COMPONENTS: tuple[str, ...] = ()


def add_to(nlp: Language) -> None:
    """Add kg's components to ``nlp`` and initialise them."""
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
