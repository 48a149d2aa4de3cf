"""Reading a JSON Lines gold or benchmark file, with each bad line named."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator


def records(path: Path, error: type[Exception]) -> Iterator[tuple[str, Any]]:
    """``(where, value)`` for each non-blank line (``where`` is ``path:line``); a line
    that is not JSON raises ``error`` naming it."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                yield where, json.loads(line)
            except json.JSONDecodeError as err:
                raise error(f"{where}: not JSON ({err.msg})") from None
