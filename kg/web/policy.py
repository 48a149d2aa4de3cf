"""What a request may make the engine do, decided from a parse of the request.

pyoxigraph is built with an HTTP client: ``SERVICE`` and ``LOAD`` really fetch from the
network. So before the engine sees a query or an update, the endpoint reads it with a
real SPARQL 1.1 parser (rdflib's grammar; pyoxigraph exposes no algebra) and collects,
at any depth (subqueries, OPTIONAL, UNION, EXISTS, MINUS, GRAPH, every operation of an
update), the IRIs of ``SERVICE``, ``LOAD``, ``FROM``, ``FROM NAMED``, ``USING`` and
``WITH``, after PREFIX and BASE resolution (done with Oxigraph's own IRI resolver, so
both sides agree). Then :class:`Policy` decides: no ``LOAD``, no ``SERVICE`` outside the
allowlist (compared after normalisation), no ``FROM`` naming a graph the store lacks.

Parsing costs a millisecond or more, so two things keep it off the common path:

* :func:`needs_analysis`: a query whose text (and its ``\\u`` expansion) nowhere
  contains ``service`` or ``from`` in any case cannot hold those clauses, since SPARQL
  keywords are single tokens: it needs no parse. This is an over-approximation, never a
  decision: any occurrence, even in a comment or a string, sends the text to the parser.
* :class:`DecisionCache`: the analysis of a text is kept (LRU), keyed by the exact text.

A text the parser cannot read is *unverifiable* and refused when it needed a parse.

Unicode escapes: rdflib expands ``\\uXXXX`` everywhere before parsing (SPARQL 1.1
§19.2), Oxigraph only inside IRIs and strings. Expanding an escape that stands for a
quote, ``<``, ``>``, a brace or a space could make rdflib see a string or an IRI end where
Oxigraph does not (and so miss a ``SERVICE`` that Oxigraph runs). So the parser gets a
text where only escapes of harmless characters are expanded; the others stay, and a
text that needs them is unverifiable.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import unquote, urlsplit, urlunsplit

import pyoxigraph as ox
from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql import parser
from rdflib.plugins.sparql.parser import Query, UpdateUnit
from rdflib.plugins.sparql.parserutils import CompValue, ParamValue
from rdflib.term import URIRef, Variable


class Refused(ValueError):
    """The request asks for something this endpoint does not do (HTTP 403)."""


class Unverifiable(ValueError):
    """The policy parser could not read a text that needed reading (HTTP 400)."""


class Conflict(ValueError):
    """Protocol dataset parameters together with USING/WITH in the text (HTTP 400)."""


@dataclass(frozen=True)
class Analysis:
    """What a query or update names in the clauses the policy cares about (resolved IRIs)."""

    services: tuple[str | None, ...] = ()  # None: SERVICE ?var
    loads: tuple[str, ...] = ()
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()
    using_or_with: bool = False
    #: why the text could not be read (only set when it had to be)
    problem: str | None = None

    @property
    def has_dataset_clause(self) -> bool:
        return bool(self.from_graphs or self.from_named)

    @property
    def graphs(self) -> tuple[str, ...]:
        """Graphs named by FROM / FROM NAMED, which must be in the store."""
        return self.from_graphs + self.from_named


NOTHING = Analysis()

# -- is a parse needed? -------------------------------------------------------------
#: Keywords whose presence makes a query worth parsing. Unicode case-insensitive
#: matching is a superset of SPARQL's ASCII case-insensitivity (it also matches, for
#: example, U+017F for "s"), so the test can only err towards parsing.
_QUERY_NEEDLES = re.compile(r"service|from", re.IGNORECASE)
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _expand_all(text: str) -> str:
    """Every \\u escape expanded (what rdflib would read; used to look for keywords)."""
    return _ESCAPE.sub(lambda m: _char(m) or m.group(), text)


def _char(match: re.Match) -> str | None:
    code = int(match.group(1) or match.group(2), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def needs_analysis(kind: str, text: str) -> bool:
    """False only when ``text`` cannot contain a clause the policy looks at."""
    if kind != "query":
        return True  # updates are rare and carry LOAD, USING, WITH...: always parsed
    if _QUERY_NEEDLES.search(text):
        return True
    return "\\" in text and bool(_QUERY_NEEDLES.search(_expand_all(text)))


#: Characters whose escapes stay escaped for the parser (see the module docstring).
_STRUCTURAL = set("<>\"'{}|^`\\#") | {chr(c) for c in range(0x21)}


def _expand_harmless(text: str) -> str:
    def one(match: re.Match) -> str:
        char = _char(match)
        return match.group() if char is None or char in _STRUCTURAL else char
    return _ESCAPE.sub(one, text) if "\\" in text else text


# -- the parse ----------------------------------------------------------------------
_PARSING = threading.local()


def _without_service_string() -> None:
    """Work around an rdflib bug for our parses only.

    rdflib's ServiceGraphPattern records its source text by searching the *whole input*
    again with its own grammar, inside the parse: quadratic, and endless recursion on a
    SERVICE nested in another one (W3C test service/service03.rq). While the policy
    parses, that one element builds its node without the text (which nothing here
    reads); everyone else's parses are unchanged.
    """
    element = parser.ServiceGraphPattern
    if getattr(element, "_kg_policy_parse", False):
        return
    original = element.postParse

    def post_parse(instring, loc, tokens):
        if not getattr(_PARSING, "active", False):
            return original(instring, loc, tokens)
        node = CompValue(element.name)
        for token in tokens:
            if isinstance(token, ParamValue):
                if token.isList:
                    dict.setdefault(node, token.name, []).append(token.tokenList)
                else:
                    node[token.name] = token.tokenList
        return node

    element.postParse = post_parse
    element._kg_policy_parse = True


def analyse(kind: str, text: str, base: str | None) -> Analysis:
    """The policy-relevant content of a query or update (``kind``), read with rdflib's
    SPARQL 1.1 grammar; IRIs resolved against ``base`` as Oxigraph resolves them.

    Never raises for bad input: a text the parser refuses gives ``problem``.
    """
    source = _expand_harmless(text)
    _without_service_string()
    _PARSING.active = True
    try:
        if kind == "query":
            tree = Query.parse_string(source, parse_all=True)
            steps = [(tree[0], tree[1])]
        else:
            tree = UpdateUnit.parse_string(source, parse_all=True)[0]
            steps = list(zip(_field(tree, "prologue") or [], _field(tree, "request") or []))
    except ParseBaseException as err:
        return Analysis(problem=f"{err.msg} (line {err.lineno}, column {err.col})")
    except RecursionError:
        return Analysis(problem="too deeply nested")
    except (ValueError, TypeError, KeyError) as err:  # rdflib's own term checks
        return Analysis(problem=str(err) or type(err).__name__)
    finally:
        _PARSING.active = False
    try:
        return _collect(steps, base)
    except _BadIri as err:
        return Analysis(problem=str(err))
    except RecursionError:
        return Analysis(problem="too deeply nested")


class _BadIri(ValueError):
    pass


class _Prologue:
    """BASE and PREFIX declarations in effect, resolved as Oxigraph resolves them."""

    def __init__(self, base: str | None):
        self.base = base
        self.prefixes: dict[str, str] = {}

    def declare(self, declarations) -> None:
        for decl in declarations or ():
            name = getattr(decl, "name", None)
            if name == "Base":
                self.base = self.resolve(str(_field(decl, "iri")))
            elif name == "PrefixDecl":
                self.prefixes[str(_field(decl, "prefix") or "")] = self.resolve(
                    str(_field(decl, "iri")))

    def resolve(self, iri: str) -> str:
        """``iri`` (absolute or relative) made absolute against the current base."""
        try:
            quads = ox.parse(f"<{iri}> <urn:kg:p> <urn:kg:o> .", format=ox.RdfFormat.TURTLE,
                             base_iri=self.base)
            return next(iter(quads)).subject.value
        except (SyntaxError, ValueError, StopIteration) as err:
            raise _BadIri(f"not a valid IRI: <{iri}>") from err

    def term(self, term) -> str | None:
        """The IRI a parsed term stands for; None for a variable."""
        name = getattr(term, "name", None)
        if name == "pname":
            prefix = str(_field(term, "prefix") or "")
            if prefix not in self.prefixes:
                raise _BadIri(f"undeclared prefix {prefix}:")
            local = re.sub(r"\\(.)", r"\1", str(_field(term, "localname") or ""))
            return self.resolve(self.prefixes[prefix] + local)
        if isinstance(term, Variable):
            return None
        if isinstance(term, URIRef):
            return self.resolve(str(term))
        raise _BadIri(f"unexpected term {term!r}")


def _field(node, key: str):
    """A field of a parsed node, None when absent (rdflib's ``CompValue.get`` returns
    the key itself then)."""
    return dict.get(node, key) if isinstance(node, dict) else None


def _walk(node) -> Iterator:
    """Every node of a parse tree, depth first, without recursion."""
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):  # CompValue is an OrderedDict
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)


def _collect(steps, base: str | None) -> Analysis:
    prologue = _Prologue(base)
    services: list[str | None] = []
    loads: list[str] = []
    from_graphs: list[str] = []
    from_named: list[str] = []
    using_or_with = False
    for declarations, body in steps:
        prologue.declare(declarations)
        for node in _walk(body):
            name = getattr(node, "name", None)
            if name == "ServiceGraphPattern":
                services.append(prologue.term(_field(node, "term")))
            elif name == "Load":
                loads.append(prologue.term(_field(node, "iri")) or "")
            elif name == "DatasetClause":
                if _field(node, "default") is not None:
                    from_graphs.append(prologue.term(_field(node, "default")) or "")
                if _field(node, "named") is not None:
                    from_named.append(prologue.term(_field(node, "named")) or "")
            elif name == "UsingClause" or (name == "Modify"
                                           and _field(node, "withClause") is not None):
                using_or_with = True
    return Analysis(tuple(services), tuple(loads), tuple(from_graphs), tuple(from_named),
                    using_or_with)


# -- IRIs for comparison ------------------------------------------------------------
_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_iri(iri: str, remove_dots: bool = True) -> str:
    """One spelling per HTTP target (RFC 3986 §6.2.2 plus scheme-based normalisation):
    scheme and host in lower case, no default port, no trailing dot on the host, dot
    segments removed, percent-encoding of unreserved characters decoded and other
    escapes upper-cased, empty path as "/", no fragment (it is never sent)."""
    iri = _expand_all(iri)
    parts = urlsplit(iri.strip())
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        return iri  # not a valid authority: compared as written, so never equal by accident
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    path = _normalise_escapes(parts.path)
    path = (_remove_dot_segments(path) if remove_dots else path) or "/"
    return urlunsplit((scheme, netloc, path, _normalise_escapes(parts.query), ""))


def _normalise_escapes(text: str) -> str:
    def one(match: re.Match) -> str:
        char = unquote(match.group())
        return char if char in _UNRESERVED else match.group().upper()
    return re.sub(r"%[0-9A-Fa-f]{2}", one, text)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4."""
    out: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if len(out) > 1:
                out.pop()
        elif segment != ".":
            out.append(segment)
    if path.endswith(("/.", "/..")):
        out.append("")
    return "/".join(out)


# -- the decision -------------------------------------------------------------------
@dataclass(frozen=True)
class Policy:
    """What the endpoint allows; everything remote is off unless configured.

    ``service_allowlist`` names the exact SERVICE endpoints queries may call (compared
    after :func:`normalise_iri`). ``allow_load`` lets LOAD fetch from those same IRIs.
    """

    service_allowlist: tuple[str, ...] = ()
    allow_load: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "_allowed",
                           frozenset(normalise_iri(a) for a in self.service_allowlist))

    def allows(self, iri: str) -> bool:
        """Is ``iri`` an allowed target? Compared after normalisation; an IRI with dot
        segments is never allowed, since the engine's HTTP client sends its path as
        written and the server decides what "/a/../b" means."""
        normal = normalise_iri(iri)
        return (normal in self._allowed  # type: ignore[attr-defined]
                and normalise_iri(iri, remove_dots=False) == normal)

    def check(self, analysis: Analysis, has_graph: Callable[[str], bool] | None = None
              ) -> None:
        """Raise :class:`Unverifiable` or :class:`Refused`; with ``has_graph``, FROM
        graphs must be in the store (remote graphs are never fetched)."""
        if analysis.problem is not None:
            raise Unverifiable(
                "the endpoint checks queries that mention SERVICE, FROM or LOAD with a "
                f"SPARQL 1.1 parser, which could not read this one: {analysis.problem}")
        for service in analysis.services:
            if service is None:
                raise Refused("SERVICE with a variable endpoint is not allowed")
            if not self.allows(service):
                raise Refused(f"SERVICE <{service}> is not allowed on this endpoint"
                              + (f" (allowed: {', '.join(self.service_allowlist)})"
                                 if self.service_allowlist else ""))
        for iri in analysis.loads:
            if not (self.allow_load and self.allows(iri)):
                raise Refused("LOAD is not allowed on this endpoint: it would fetch "
                              "from the network")
        if has_graph is not None:
            for iri in analysis.graphs:
                if not has_graph(iri):
                    raise Refused(f"FROM <{iri}>: no such graph in this store, and remote "
                                  "graphs are not fetched")

    def needs_network(self, analysis: Analysis) -> bool:
        """True when an allowed SERVICE or LOAD will reach out (a networked worker)."""
        return bool(analysis.services or analysis.loads)


class DecisionCache:
    """Analyses of recent texts (LRU), so a repeated query is parsed once.

    Keyed by the exact text and whatever else changes the analysis (kind, base IRI).
    Thread-safe; texts longer than ``max_text`` are not kept.
    """

    def __init__(self, size: int = 2048, max_text: int = 64 * 1024):
        self.size = size
        self.max_text = max_text
        self._items: OrderedDict[tuple, Analysis] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> Analysis | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple, analysis: Analysis) -> None:
        if len(key[1]) > self.max_text:
            return
        with self._lock:
            self._items[key] = analysis
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


# -- protocol USING graphs ----------------------------------------------------------
# Inserting USING clauses is a rewrite, not a decision: the rewritten text is analysed
# like any other. Where to insert (before the WHERE of each DELETE/INSERT) is found with
# a small lexer that skips strings, IRIs and comments.
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


def _where_offsets(text: str) -> list[int]:
    """Offsets of the top-level WHERE keywords of DELETE/INSERT operations."""
    offsets, depth, previous = [], 0, ""
    for match in _TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind in ("ws", "comment"):
            continue
        if token == "}":
            depth -= 1
        elif token == "{":
            depth += 1
        elif kind == "word" and token.upper() == "WHERE" and depth == 0 \
                and previous.upper() != "DELETE":
            offsets.append(match.start())
        previous = token
    return offsets


def add_using(update: str, analysis: Analysis, using: list[str], using_named: list[str]) -> str:
    """Apply protocol ``using-graph-uri``/``using-named-graph-uri`` as USING clauses."""
    if not (using or using_named):
        return update
    if analysis.using_or_with:
        raise Conflict("using-graph-uri/using-named-graph-uri cannot be combined with "
                       "USING or WITH in the update")
    clause = "".join(f"USING {ox.NamedNode(g)} " for g in using)
    clause += "".join(f"USING NAMED {ox.NamedNode(g)} " for g in using_named)
    out = update
    for offset in reversed(_where_offsets(update)):
        out = out[:offset] + clause + out[offset:]
    return out


def has_order_by(query: str) -> bool:
    """Does the query end with a top-level ORDER BY (tests compare rows in order then)."""
    depth = 0
    for match in _TOKEN.finditer(query):
        token = match.group()
        depth += token == "{"
        depth -= token == "}"
        if match.lastgroup == "word" and token.upper() == "ORDER" and depth == 0:
            return True
    return False
