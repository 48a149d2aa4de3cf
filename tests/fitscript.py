"""``scripts/fit_confidence.py`` as a module, for the tests of its measures."""
from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def fit_script():
    """The fitting script imported (it is a script, not part of the package)."""
    sys.path.insert(0, str(SCRIPTS))
    try:
        import fit_confidence
    finally:
        sys.path.pop(0)
    return fit_confidence
