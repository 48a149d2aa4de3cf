"""Click parameter types the commands share."""
from __future__ import annotations

import click

from kg import formats


class FormatChoice(click.Choice):
    """``--format`` choices read from :data:`kg.formats.TABLE` whenever click asks, so a
    row added to the table is a choice of every command that takes its kind."""

    def __init__(self, *kinds: str, extra: tuple[str, ...] = ()) -> None:
        self._kinds, self._extra = kinds, tuple(extra)
        super().__init__((), case_sensitive=False)

    @property
    def choices(self) -> tuple[str, ...]:
        return self._extra + formats.keys(*self._kinds)

    @choices.setter
    def choices(self, _value) -> None:
        pass  # click.Choice.__init__ stores its list; ours is the table's
