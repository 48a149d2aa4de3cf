"""A store behind a SPARQL 1.1 server: Protocol for queries, Update and the Graph Store
Protocol for writes, batched. Works with Oxigraph server, Apache Jena Fuseki, Virtuoso,
and with another kg process that owns a store directory (its loopback service).

Location syntax (``--store``)::

    sparql+http://host:port/PATH[?update=URL-or-path][&gsp=URL-or-path][&other=params]

``PATH`` is the query endpoint. The update endpoint defaults to the same URL, except
that a path ending in ``/query`` gets the sibling ``/update`` (Oxigraph, Fuseki); the
Graph Store Protocol endpoint (``gsp``) is optional and only speeds up bulk import and
export. Any other parameters are kept on query requests (``?union-default-graph`` for an
Oxigraph server started without ``--union-default-graph``). ``user:password@`` in the
URL gives HTTP basic auth (``&auth=digest`` for Virtuoso's ``/sparql-auth``);
``$KG_STORE_TOKEN`` a bearer token.
"""
from __future__ import annotations

import atexit
import os
import sys
import weakref
from typing import Iterator
from urllib.parse import parse_qsl, unquote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox
import requests

from kg import formats
from kg.store.base import (Backend, StoreError, Transaction, graph_iri, insert_data,
                           iri_term, render_update, split_prologue)
from kg.store.service import encode_bindings

#: Flush the batch of pending updates once its text is this large.
BATCH_BYTES = 1 << 20
#: Quads per request when importing a file.
IMPORT_BATCH = 50_000



def accept(*keys: str) -> str:
    """An Accept header asking for the formats of ``keys``, in order of preference."""
    rows = [formats.get(k) for k in keys]
    return ", ".join(f.media_type + (f";q={1 - i / 10:.1f}" if i else "")
                     for i, f in enumerate(rows))


ACCEPT_RESULTS = accept("json", "xml")
ACCEPT_GRAPH = accept("ntriples", "turtle", "rdfxml")


def results_format(media: str) -> ox.QueryResultsFormat | None:
    """How to parse SPARQL results labelled ``media`` (None: not results we can read)."""
    fmt = formats.by_media_type(media, formats.RESULTS)
    return fmt.ox_format if fmt is not None and not fmt.lossy else None


def graph_format(media: str) -> ox.RdfFormat | None:
    """How to parse RDF labelled ``media`` (None: not RDF we can read)."""
    fmt = formats.by_media_type(media, *formats.RDF_KINDS)
    return fmt.ox_format if fmt is not None else None




def returns_graph(sparql: str) -> bool:
    """True for CONSTRUCT/DESCRIBE: some servers (Virtuoso) would otherwise pick a
    results format for them when offered both."""
    head = split_prologue(sparql)[1].lstrip()
    return head[:9].upper().startswith(("CONSTRUCT", "DESCRIBE"))


class RemoteUnavailable(StoreError, ConnectionError):
    """The server did not answer (down, wrong port, or a kg owner that went away)."""


class RemoteRefused(StoreError):
    """The server answered with an error status."""

    def __init__(self, status: int, message: str):
        super().__init__(f"SPARQL server said {status}: {message.strip()[:500]}")
        self.status = status


class RemoteBadRequest(RemoteRefused, SyntaxError):
    """The server refused the query or update as malformed (HTTP 400): a SyntaxError,
    as the embedded store raises for the same mistake."""


class RemoteTriples:
    """The triples of a remote CONSTRUCT/DESCRIBE: iterable, and serialisable like
    pyoxigraph's ``QueryTriples``."""

    def __init__(self, data: bytes, rdf_format: ox.RdfFormat):
        self._data, self._format = data, rdf_format

    def __iter__(self) -> Iterator[ox.Triple]:
        for quad in ox.parse(self._data, format=self._format):
            yield quad.triple if isinstance(quad, ox.Quad) else quad

    def serialize(self, output=None, format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES):  # noqa: A002
        return ox.serialize(iter(self), output, format)


def parse_location(location: str) -> dict:
    """Split a ``sparql+http(s)://`` location into endpoint URLs and options."""
    parts = urlsplit(location)
    if not parts.scheme.startswith("sparql+"):
        raise StoreError(f"not a remote store location: {location!r}")
    scheme = parts.scheme[len("sparql+"):]
    if scheme not in ("http", "https"):
        raise StoreError(f"remote stores speak http or https, not {scheme!r}")
    auth = None
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
    options, extra = {}, []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key in ("update", "gsp", "auth", "merged"):
            options[key] = value
        elif key != "union-default-graph":  # kg names its default graph itself now
            extra.append((key, value))
    query_url = urlunsplit((scheme, netloc, parts.path or "/", "", ""))
    if parts.username:
        user, password = unquote(parts.username), unquote(parts.password or "")
        auth = (requests.auth.HTTPDigestAuth(user, password) if options.get("auth") == "digest"
                else (user, password))
    if "update" in options:
        update_url = urljoin(query_url, options["update"])
    elif query_url.endswith("/query"):
        update_url = query_url[: -len("query")] + "update"
    else:
        update_url = query_url
    gsp_url = urljoin(query_url, options["gsp"]) if "gsp" in options else None
    merged = None
    if "merged" in options:
        merged = options["merged"] or MERGED_IRI
        ox.NamedNode(merged)  # an IRI, checked
    return {"query_url": query_url, "update_url": update_url, "gsp_url": gsp_url,
            "query_params": extra, "auth": auth, "merged_graph": merged}


def protocol_dataset(default_graph=None, named_graphs=None) -> tuple[list[tuple[str, str]], bool]:
    """pyoxigraph's ``default_graph``/``named_graphs`` query arguments as the protocol's
    ``default-graph-uri``/``named-graph-uri`` parameters (a graph IRI or a list of them),
    and whether the server's own default graph was asked for too (it has no IRI).

    As in the protocol, once either is given the named graphs are exactly those listed.
    """
    params, own_default = [], False
    for key, graphs in (("default-graph-uri", default_graph), ("named-graph-uri", named_graphs)):
        if graphs is None:
            continue
        for graph in graphs if isinstance(graphs, (list, tuple)) else [graphs]:
            if isinstance(graph, str):
                graph = ox.NamedNode(graph)  # checks it is an IRI
            if isinstance(graph, ox.DefaultGraph) and key == "default-graph-uri":
                own_default = True
                continue
            if not isinstance(graph, ox.NamedNode):
                raise TypeError(f"a remote store names graphs by IRI, not {graph!r}")
            params.append((key, graph.value))
    return params, own_default


def _with_params(url: str, params: list[tuple[str, str]]) -> str:
    return f"{url}?{urlencode(params)}" if params else url


#: The IRI of the merged graph when the location says ``merged`` without one.
MERGED_IRI = "https://w3id.org/newskg/id/merged"

# Stores with queued writes, flushed at exit so a caller that forgets ``flush()`` loses
# nothing it was told was stored (a SIGKILL still loses the queue: rebuild redoes it).
_QUEUES: "weakref.WeakSet[RemoteStore]" = weakref.WeakSet()


@atexit.register
def _flush_at_exit() -> None:
    for store in list(_QUEUES):
        if store._creator_pid != os.getpid():
            continue  # a forked child must not send its parent's queue
        try:
            store.flush()
        except StoreError as err:
            print(f"kg: warning: unsent store writes lost: {err}", file=sys.stderr)


class RemoteStore(Backend):
    """The store contract over HTTP. Transactions are queued and sent in batches (one
    request = one transaction on the server); :meth:`flush` sends the queue."""

    queues_writes = True

    def __init__(self, query_url: str, update_url: str | None = None,
                 gsp_url: str | None = None, *, query_params=(), auth=None,
                 token: str | None = None, read_only: bool = False, timeout: float = 120.0,
                 kg_owner: bool = False, batch_bytes: int = BATCH_BYTES,
                 merged_graph: str | None = None):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.gsp_url = gsp_url
        self.query_params = list(query_params)
        #: kg's merged graph: the server's default graph, or this named graph (Virtuoso,
        #: whose default graph is the union of all graphs).
        self.merged_graph = merged_graph
        self.read_only = read_only
        self.timeout = timeout
        self.batch_bytes = batch_bytes
        #: True when the server is a kg owner service: it understands substitutions
        #: and the union-default-graph switch, so queries behave exactly as locally.
        self.kg_owner = kg_owner
        self._auth = auth
        self._headers = {"User-Agent": "kg-store"}
        token = token or os.environ.get("KG_STORE_TOKEN")
        if token:
            self._headers["Authorization"] = f"Bearer {token}"
        self._session_pid = -1
        self._session: requests.Session | None = None
        self._pending: list[tuple[str, dict[str, bool]]] = []  # (update, graphs it fills)
        self._pending_bytes = 0
        self._creator_pid = os.getpid()
        _QUEUES.add(self)

    @classmethod
    def from_location(cls, location: str, read_only: bool = False) -> "RemoteStore":
        return cls(**parse_location(location), read_only=read_only)

    @property
    def location(self) -> str:
        return "sparql+" + self.query_url

    # -- HTTP -------------------------------------------------------------------------
    def _http(self) -> requests.Session:
        if self._session_pid != os.getpid():  # never share pooled sockets across a fork
            self._session = requests.Session()
            self._session.headers.update(self._headers)
            self._session.auth = self._auth
            self._session_pid = os.getpid()
        return self._session

    def _request(self, method: str, url: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", self.timeout)
        try:
            response = self._http().request(method, url, **kwargs)
        except requests.ConnectionError as err:
            raise RemoteUnavailable(f"cannot reach {url}: {err}") from err
        except requests.Timeout as err:
            raise RemoteUnavailable(f"{url} did not answer in {self.timeout:g} s") from err
        except requests.exceptions.ChunkedEncodingError as err:
            # the answer broke off: the server went away while sending it (a build that
            # owned the store ended mid-answer), so the caller may ask again elsewhere;
            # only answers with a body break off, and only queries have one
            raise RemoteUnavailable(f"{url} broke off its answer: {err}") from err
        if response.status_code == 401 and self.kg_owner:
            raise RemoteUnavailable("the store's owner changed (token refused)")
        if response.status_code == 400:
            raise RemoteBadRequest(400, response.text)
        if response.status_code >= 400:
            raise RemoteRefused(response.status_code, response.text)
        return response

    def ping(self, timeout: float = 2.0) -> None:
        self._request("GET", urljoin(self.query_url, "/kg-owner") if self.kg_owner
                      else self.query_url, timeout=timeout)

    # -- SPARQL -------------------------------------------------------------------------
    def query(self, sparql: str, **kwargs):
        self.flush()  # read your own writes
        union = kwargs.pop("use_default_graph_as_union", False)
        substitutions = kwargs.pop("substitutions", None)
        prefixes = kwargs.pop("prefixes", None)
        base_iri = kwargs.pop("base_iri", None)
        dataset, own_default = protocol_dataset(kwargs.pop("default_graph", None),
                                                kwargs.pop("named_graphs", None))
        if kwargs:
            raise TypeError(f"a remote store cannot take {', '.join(kwargs)}")
        head = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items())
        if base_iri:
            head = f"BASE <{base_iri}>\n" + head
        form = [("query", head + sparql)] + dataset
        if self.kg_owner:  # the owner's store can add its own default graph to a dataset
            form.append(("kg-union", "1" if union else "0"))
            if own_default:
                form.append(("kg-default-graph", "1"))
            if substitutions:
                form.append(("kg-bindings", encode_bindings(substitutions)))
        elif substitutions:  # a trailing VALUES block has the same effect for our queries
            values = " ".join(f"?{v.value if isinstance(v, ox.Variable) else v}"
                              for v in substitutions)
            row = " ".join(str(t) for t in substitutions.values())
            form[0] = ("query", form[0][1] + f"\nVALUES ({values}) {{ ({row}) }}")
        graph = returns_graph(form[0][1])
        response = self._request("POST", _with_params(self.query_url, self.query_params),
                                 data=form,
                                 headers={"Accept": ACCEPT_GRAPH if graph else ACCEPT_RESULTS})
        media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        # "application/json" or "application/xml" may be results or RDF: the query says.
        rdf_format, results = graph_format(media), results_format(media)
        if rdf_format is not None and (graph or results is None):
            return RemoteTriples(response.content, rdf_format)
        if results is not None:
            return ox.parse_query_results(response.content, results)
        raise RemoteRefused(response.status_code, f"unexpected answer type {media!r}")

    def update(self, sparql: str) -> None:
        self.check_writable()
        self.flush()
        self._send_update(sparql)

    def _send_update(self, sparql: str) -> None:
        self._request("POST", self.update_url, data={"update": sparql})

    # -- graphs -----------------------------------------------------------------------
    def has_graph(self, iri: str) -> bool:
        for _update, graphs in reversed(self._pending):
            if iri in graphs:
                return graphs[iri]
        return super().has_graph(iri)

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r["g"].value for r in rows if isinstance(r["g"], ox.NamedNode))

    def quads(self, graph=None) -> Iterator[ox.Quad]:
        """One graph (an IRI or ``ox.DefaultGraph()``: the server's own), or every named
        graph (servers disagree on what their default graph is: Virtuoso's is the union
        of all graphs)."""
        if isinstance(graph, ox.DefaultGraph):
            for triple in ox.parse(self._graph_bytes(None), format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)
            return
        graphs = [graph_iri(graph)] if graph is not None else self.graphs()
        for g in graphs:
            node = ox.NamedNode(g)
            for triple in ox.parse(self._graph_bytes(g), format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, node)

    def _graph_bytes(self, graph: str | None) -> bytes:
        """One graph (None: the default graph) as N-Triples, through the GSP when there
        is one, else a CONSTRUCT."""
        self.flush()
        if self.gsp_url:
            response = self._request("GET", self.gsp_url,
                                     params={"graph": graph} if graph else {"default": ""},
                                     headers={"Accept": "application/n-triples"})
            media = response.headers.get("Content-Type", "").split(";")[0].strip()
            rdf_format = graph_format(media) or ox.RdfFormat.N_TRIPLES
            if rdf_format == ox.RdfFormat.N_TRIPLES:
                return response.content
            return ox.serialize(RemoteTriples(response.content, rdf_format),
                                format=ox.RdfFormat.N_TRIPLES)
        where = f"GRAPH {iri_term(graph)} {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
        answer = self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
        return ox.serialize(iter(answer), format=ox.RdfFormat.N_TRIPLES)

    # -- writes (batched) ---------------------------------------------------------------
    def commit(self, tx: Transaction) -> None:
        """Queue ``tx`` as one update; the queue is sent as one request (one transaction
        on the server) when it is large, before any read, and on :meth:`flush`."""
        self.check_writable()
        text = render_update(tx)
        if split_prologue(text)[0].strip():  # BASE/PREFIX only at a request's head
            self.flush()
            self._send_update(text)
            return
        self._pending.append((text, tx.touched()))
        self._pending_bytes += len(text)
        if self._pending_bytes >= self.batch_bytes:
            self.flush()

    def flush(self) -> None:
        """Send the queued updates as one request: one transaction on the server."""
        if not self._pending:
            return
        text = " ;\n".join(update for update, _ in self._pending)
        try:
            self._send_update(text)
        except RemoteBadRequest:
            self.take_pending()  # refused as malformed: sending it again cannot help
            raise
        self._pending.clear()
        self._pending_bytes = 0

    def take_pending(self) -> list[str]:
        """Hand over the unsent updates (when switching to another backend)."""
        updates = [u for u, _ in self._pending]
        self._pending.clear()
        self._pending_bytes = 0
        return updates

    # -- bulk -----------------------------------------------------------------------------
    def bulk_load(self, source, fmt: formats.Format | None = None,
                  to_graph: str | None = None) -> None:
        """Stream a file (or quads) to the server in batches of :data:`IMPORT_BATCH`."""
        self.check_writable()
        self.flush()
        if isinstance(source, (str, os.PathLike)):
            fmt = fmt or formats.rdf_format_for_path(source)
            source = ox.parse(path=str(source), format=fmt.ox_format)
        target = ox.NamedNode(to_graph) if to_graph else ox.DefaultGraph()
        batch: list[ox.Quad] = []
        for item in source:
            if isinstance(item, ox.Triple):
                item = ox.Quad(item.subject, item.predicate, item.object, target)
            elif isinstance(item.graph_name, ox.DefaultGraph) and to_graph:
                item = ox.Quad(item.subject, item.predicate, item.object, target)
            batch.append(item)
            if len(batch) >= IMPORT_BATCH:
                self._send_quads(batch)
                batch = []
        if batch:
            self._send_quads(batch)

    def _send_quads(self, quads: list[ox.Quad]) -> None:
        if self.gsp_url:
            body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
            self._request("POST", self.gsp_url, data=body,
                          headers={"Content-Type": "application/n-quads"})
            return
        self._send_update(insert_data(quads))

    def close(self) -> None:
        self.flush()
        if self._session is not None and self._session_pid == os.getpid():
            self._session.close()
            self._session = None
