"""The example queries of ``queries/*.rq``, read from their header comments.

A file starts with ``# title: ...`` (or just a first ``# ...`` line) and further
``# ...`` description lines; the first non-comment line ends the header.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Example:
    name: str  # file stem, used in URLs
    title: str
    description: str
    text: str


def parse_example(name: str, text: str) -> Example:
    """Title from ``# title: ...`` (else the first comment line), description from the rest."""
    title, description = "", []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        body = stripped.lstrip("#").strip()
        key, sep, value = body.partition(":")
        if sep and key.strip().lower() == "title" and not title:
            title = value.strip()
        elif sep and key.strip().lower() == "description":
            description.append(value.strip())
        elif body:
            description.append(body)
    if not title and description:
        title = description.pop(0)
    return Example(name, title or name.replace("_", " ").replace("-", " "),
                   " ".join(description), text)


def load_examples(folder: str | Path | None) -> list[Example]:
    """Every ``*.rq`` in ``folder`` (sorted by name); none when the folder is missing."""
    if not folder:
        return []
    path = Path(folder)
    if not path.is_dir():
        return []
    return [parse_example(f.stem, f.read_text(encoding="utf-8"))
            for f in sorted(path.glob("*.rq"))]
