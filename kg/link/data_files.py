"""The linker's word tables, ``kg/data/link/*.json``, read from the installed package."""
from __future__ import annotations

import json
from importlib import resources


def link_json(name: str) -> dict:
    """The parsed table ``kg/data/link/<name>``; callers cache what they derive from it."""
    return json.loads(resources.files("kg").joinpath("data", "link", name)
                      .read_text(encoding="utf-8"))
