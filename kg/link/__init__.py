"""Wikidata linking: an offline index shipped with kg, the Wikidata API when allowed.

``make_linker(mode)`` gives a ``Linker`` whose ``link(extraction)`` maps entity keys to
``kg.model.Link``; ``relink_store`` re-links a built store without re-extracting.
Nothing is loaded or fetched at import.
"""
from __future__ import annotations

from kg.link.linker import (MODES, Linker, NullLinker, OfflineLinker, OnlineLinker,
                            make_linker)
from kg.link.relink import relink_store


__all__ = ["MODES", "Linker", "NullLinker", "OfflineLinker", "OnlineLinker", "make_linker",
           "relink_store"]
