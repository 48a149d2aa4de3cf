"""What every command shares: the ``--store`` and ``--format`` options, the IRI
parameter type, and the one error convention (an ``Error: …`` line from click)."""
from __future__ import annotations

import functools
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Literal

import click
import pyoxigraph as ox

from kg import formats
from kg.store import StoreError, default_location, open_store

StoreMode = Literal["existing", "create", "location"]

STORE_HELP = ("Store directory, ':memory:' or sparql+http://… "
              "(default: $KG_STORE or ./kg-store).")


# -- errors ------------------------------------------------------------------------------
@contextmanager
def user_errors() -> Iterator[None]:
    """Library errors written for users become click's ``Error: …`` line (exit 1; a
    format that does not fit is a usage error, exit 2), the same in every command."""
    try:
        yield
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    except formats.UnknownFormat as exc:
        raise click.UsageError(str(exc)) from None


class KgGroup(click.Group):
    """The ``kg`` group: every command (and subgroup) runs inside :func:`user_errors`."""

    def invoke(self, ctx: click.Context):
        with user_errors():
            return super().invoke(ctx)


def one_line(exc: BaseException) -> str:
    """A parser's message (pyoxigraph spreads them over lines) on one line."""
    return " ".join(str(exc).split())


# -- --store -----------------------------------------------------------------------------
def checked_location(location: str | None) -> str:
    """``location`` (default: $KG_STORE or ./kg-store) when a store is there: a directory
    that is missing is an error (a typo, the wrong folder), not a new empty store."""
    where = location or default_location()
    if where != ":memory:" and "://" not in where and not Path(where).exists():
        raise click.ClickException(f"no store at {where}; build one with 'kg build PATH' "
                                   "or point --store / $KG_STORE at one")
    return where


def store_option(mode: StoreMode = "existing") -> Callable:
    """The ``--store`` option, for every command.

    ``existing``: the command gets ``store``, an open :class:`~kg.store.Store` that must
    already be there, closed when the command ends; ``create``: the same, a missing store
    directory made new (build, import); ``location``: the command gets
    ``store_location`` (a string) to open itself or hand on (serve, link).
    """
    option = click.option("--store", "store", default=None, metavar="DIR", help=STORE_HELP)

    def decorate(command: Callable) -> Callable:
        @functools.wraps(command)
        def run(*args, store: str | None, **kwargs):
            if mode == "location":
                return command(*args, store_location=store or default_location(), **kwargs)
            location = checked_location(store) if mode == "existing" else store
            with open_store(location) as opened:
                return command(*args, store=opened, **kwargs)

        return option(run)

    return decorate


# -- --format ----------------------------------------------------------------------------
class FormatChoice(click.Choice):
    """Choices read from :data:`kg.formats.TABLE` whenever click asks, so a row added to
    the table is a choice of every command that takes its kind."""

    def __init__(self, *kinds: str, extra: tuple[str, ...] = ()) -> None:
        self._kinds, self._extra = kinds, tuple(extra)
        super().__init__((), case_sensitive=False)

    @property
    def choices(self) -> tuple[str, ...]:
        return self._extra + formats.keys(*self._kinds)

    @choices.setter
    def choices(self, _value) -> None:
        pass  # click.Choice.__init__ stores its list; ours is the table's

    def convert(self, value, param, ctx):
        """A key, or any other name the table gives a format ("ttl", "nt", "n-quads",
        a media type): users type the suffix they know, and get the format's key."""
        if isinstance(value, str) and value.lower() not in self.choices:
            found = formats.by_name(value, *self._kinds)
            if found is not None:
                return found.key
        return super().convert(value, param, ctx)


class TableHelpOption(click.Option):
    """An option whose help text is written from the format table when help is shown."""

    def __init__(self, *args, table_help: Callable[[], str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.table_help = table_help

    def get_help_record(self, ctx: click.Context):
        self.help = self.table_help()
        return super().get_help_record(ctx)


def format_option(*kinds: str, default: str | None, help: Callable[[], str],
                  extra: tuple[str, ...] = ()) -> Callable:
    """``--format`` (passed as ``fmt``): the table's formats of ``kinds`` (and ``extra``
    choices), with a help text ``help()`` written from the table."""
    return click.option("--format", "fmt", cls=TableHelpOption, table_help=help,
                        type=FormatChoice(*kinds, extra=extra), default=default,
                        show_default=default is not None)


def emission_options(command: Callable) -> Callable:
    """``--fact-threshold`` and ``--claim-threshold``: the calibrated confidences from
    which facts and claims are emitted (None: the shipped ones)."""
    command = click.option(
        "--claim-threshold", type=click.FloatRange(0, 1), default=None,
        help="Emit claims from this calibrated confidence up (default: the extractor's).",
    )(command)
    return click.option(
        "--fact-threshold", type=click.FloatRange(0, 1), default=None,
        help="Emit facts from this calibrated confidence up (default: the extractor's, "
             "kg/data/extract/confidence.json, chosen for a precision of 0.8; lower "
             "trades precision for recall; 0: everything read).",
    )(command)


def labels(*kinds: str) -> str:
    """``Turtle, N-Triples, …``: the names of the table's formats of ``kinds``."""
    return ", ".join(f.label for f in formats.select(*kinds))


# -- parameter types ---------------------------------------------------------------------
class IriType(click.ParamType):
    name = "iri"

    def convert(self, value, param, ctx) -> str:
        try:
            ox.NamedNode(value)
        except ValueError as exc:
            self.fail(f"{value!r} is not an IRI ({exc})", param, ctx)
        return value


IRI = IriType()
