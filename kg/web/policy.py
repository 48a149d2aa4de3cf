"""What a request may make the engine do: no LOAD, no SERVICE outside an allowlist,
no FROM naming a graph this store does not hold, and protocol USING graphs.

pyoxigraph is built with an HTTP client: ``SERVICE`` and ``LOAD`` really fetch from the
network, so they are refused before the text reaches the engine. The check runs on a
small SPARQL lexer (strings, IRIs, comments and prefixed names are skipped as whole
tokens), so a keyword inside a literal or an IRI never trips it and a keyword in code
is never missed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r'''
     (?P<ws>\s+)
    |(?P<comment>\#[^\n]*)
    |(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'
                |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    |(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    |(?P<var>[?$]\w+)
    |(?P<pname>(?:[^\W\d][\w\-.]*)?:(?:[\w\-.:%]|\\.)*)
    |(?P<word>[^\W\d]\w*)
    |(?P<other>.)
    ''',
    re.X | re.S,
)


class Refused(ValueError):
    """The request asks for something this endpoint does not do (HTTP 403)."""


class Conflict(ValueError):
    """Protocol dataset parameters together with USING/WITH in the text (HTTP 400)."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int  # brace nesting level at the token

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text.upper() in words


def tokens(text: str) -> list[Token]:
    """The significant tokens of a SPARQL query or update (no whitespace or comments)."""
    out: list[Token] = []
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind in ("ws", "comment"):
            continue
        tok = match.group()
        if tok == "}":
            depth -= 1
        out.append(Token(kind, tok, match.start(), depth))
        if tok == "{":
            depth += 1
    return out


@dataclass(frozen=True)
class Analysis:
    """IRIs a query or update names in the clauses the policy cares about."""

    services: tuple[str | None, ...] = ()  # None: SERVICE ?var
    loads: int = 0
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()
    using_or_with: bool = False
    #: offsets where a USING clause may be inserted (before the WHERE of a DELETE/INSERT)
    where_offsets: tuple[int, ...] = field(default=())

    @property
    def has_dataset_clause(self) -> bool:
        return bool(self.from_graphs or self.from_named)


def _resolve(tok: Token, prefixes: dict[str, str]) -> str | None:
    if tok.kind == "iri":
        return tok.text[1:-1]
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
        return tok.text  # unknown prefix: the engine will reject it; keep it visible
    return None


def analyse(text: str) -> Analysis:
    toks = tokens(text)
    prefixes: dict[str, str] = {}
    services: list[str | None] = []
    loads = 0
    from_graphs: list[str] = []
    from_named: list[str] = []
    using_or_with = False
    wheres: list[int] = []
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if tok.is_word("PREFIX") and nxt is not None and i + 2 < len(toks):
            prefixes[nxt.text.rstrip(":").split(":")[0]] = toks[i + 2].text[1:-1]
        elif tok.is_word("SERVICE"):
            target = nxt
            if target is not None and target.is_word("SILENT"):
                target = toks[i + 2] if i + 2 < len(toks) else None
            services.append(_resolve(target, prefixes) if target is not None else None)
        elif tok.is_word("LOAD"):
            loads += 1
        elif tok.is_word("FROM") and nxt is not None:
            if nxt.is_word("NAMED"):
                target = toks[i + 2] if i + 2 < len(toks) else None
                iri = _resolve(target, prefixes) if target is not None else None
                if iri:
                    from_named.append(iri)
            else:
                iri = _resolve(nxt, prefixes)
                if iri:
                    from_graphs.append(iri)
        elif tok.is_word("USING", "WITH"):
            using_or_with = True
        elif tok.is_word("WHERE") and tok.depth == 0 and i > 0 and not toks[i - 1].is_word("DELETE"):
            wheres.append(tok.start)
    return Analysis(tuple(services), loads, tuple(from_graphs), tuple(from_named),
                    using_or_with, tuple(wheres))


@dataclass(frozen=True)
class Policy:
    """What the endpoint allows; everything remote is off unless configured."""

    service_allowlist: tuple[str, ...] = ()
    allow_load: bool = False

    def check(self, analysis: Analysis, has_graph) -> None:
        """Raise :class:`Refused` for remote access; ``has_graph(iri)`` tells local graphs."""
        for service in analysis.services:
            if service is None:
                raise Refused("SERVICE with a variable endpoint is not allowed")
            if not any(service == allowed or service.startswith(allowed.rstrip("/") + "/")
                       for allowed in self.service_allowlist):
                raise Refused(f"SERVICE <{service}> is not allowed on this endpoint"
                              + (f" (allowed: {', '.join(self.service_allowlist)})"
                                 if self.service_allowlist else ""))
        if analysis.loads and not self.allow_load:
            raise Refused("LOAD is not allowed on this endpoint: it would fetch from the network")
        for iri in analysis.from_graphs + analysis.from_named:
            if not has_graph(iri):
                raise Refused(f"FROM <{iri}>: no such graph in this store, and remote "
                              "graphs are not fetched")


def add_using(update: str, analysis: Analysis, using: list[str], using_named: list[str]) -> str:
    """Apply protocol ``using-graph-uri``/``using-named-graph-uri`` as USING clauses."""
    if not (using or using_named):
        return update
    if analysis.using_or_with:
        raise Conflict("using-graph-uri/using-named-graph-uri cannot be combined with "
                       "USING or WITH in the update")
    clause = "".join(f"USING <{_iri(g)}> " for g in using)
    clause += "".join(f"USING NAMED <{_iri(g)}> " for g in using_named)
    out = update
    for offset in reversed(analysis.where_offsets):
        out = out[:offset] + clause + out[offset:]
    return out


def _iri(value: str) -> str:
    if re.search(r'[<>"{}|^`\\\x00-\x20]', value):
        raise ValueError(f"not an IRI: {value!r}")
    return value
