"""The owner's loopback service: how other processes use a store directory it holds.

The process that opens a store directory writes ``kg-owner.json`` into it (URL, a
random token, its pid; mode 0600) and answers SPARQL 1.1 Protocol queries, updates and
Graph Store Protocol requests on 127.0.0.1 for holders of the token. A second process
(``kg build`` while ``kg serve`` runs, or the reverse) finds the lock taken, reads the
file and goes through this service, so there is always exactly one RocksDB writer and
readers never open a directory another process writes.
"""
from __future__ import annotations

import hmac
import json
import os
import secrets
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg import formats

INFO_FILE = "kg-owner.json"
#: Largest request body the service accepts (a batch of article updates, an import chunk).
MAX_BODY = 256 * 1024 * 1024

@dataclass(frozen=True)
class OwnerInfo:
    url: str
    token: str
    pid: int


def read_info(store_dir: Path) -> OwnerInfo | None:
    try:
        data = json.loads((Path(store_dir) / INFO_FILE).read_text("utf-8"))
        return OwnerInfo(str(data["url"]), str(data["token"]), int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent, half-written or garbage: treat as no owner yet


class OwnerService:
    """A daemon thread serving ``store`` (a writable LocalStore view) on 127.0.0.1."""

    def __init__(self, store, store_dir: Path):
        self.store = store
        self.store_dir = Path(store_dir)
        self.token = secrets.token_urlsafe(32)
        handler = type("Handler", (_Handler,), {"service": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"
        # A short poll interval: closing a store waits for it.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True, name="kg-store-owner")
        self._thread.start()
        self._write_info()

    def _write_info(self) -> None:
        path = self.store_dir / INFO_FILE
        tmp = path.with_name(f".{INFO_FILE}.{os.getpid()}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"url": self.url, "token": self.token, "pid": os.getpid()}, f)
        os.replace(tmp, path)  # readers never see a half-written file

    def stop(self) -> None:
        info = read_info(self.store_dir)
        if info is not None and info.token == self.token:
            (self.store_dir / INFO_FILE).unlink(missing_ok=True)
        # ``shutdown()`` waits for the serving thread without a time limit; bound it.
        stopper = threading.Thread(target=self._server.shutdown, daemon=True)
        stopper.start()
        stopper.join(timeout=5)
        self._thread.join(timeout=5)
        self._server.server_close()


class _Handler(BaseHTTPRequestHandler):
    service: OwnerService
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args) -> None:  # noqa: A002 - quiet, like a library
        pass

    # -- plumbing -------------------------------------------------------------------
    def _authorised(self) -> bool:
        given = self.headers.get("Authorization", "")
        expected = f"Bearer {self.service.token}"
        if hmac.compare_digest(given.encode(), expected.encode()):
            return True
        self._send(401, b"missing or wrong token\n")
        return False

    def _send(self, status: int, body: bytes, content_type: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(413, b"request body too large\n")
            return None
        return self.rfile.read(length)

    def _params(self, body: bytes) -> dict[str, list[str]]:
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if self.headers.get_content_type() == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        return params

    # -- routes -----------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - http.server naming
        if not self._authorised():
            return
        route = urlsplit(self.path).path
        if route == "/kg-owner":
            self._send(200, json.dumps({"pid": os.getpid()}).encode(), "application/json")
        elif route == "/store":
            self._get_graph(self._params(b""))
        else:
            self._send(404, b"not found\n")

    def do_POST(self) -> None:  # noqa: N802
        if not self._authorised():
            return
        body = self._body()
        if body is None:
            return
        route = urlsplit(self.path).path
        try:
            if route == "/query":
                self._query(body)
            elif route == "/update":
                self._update(body)
            elif route == "/store":
                self._post_graph(body)
            else:
                self._send(404, b"not found\n")
        except SyntaxError as err:
            self._send(400, f"{err}\n".encode())
        except (ValueError, LookupError, RuntimeError) as err:
            # pyoxigraph reports evaluation errors (bad substitution...) as RuntimeError
            self._send(400, f"{err}\n".encode())
        except OSError as err:
            self._send(500, f"{err}\n".encode())

    def _query(self, body: bytes) -> None:
        params = self._params(body)
        if self.headers.get_content_type() == "application/sparql-query":
            sparql = body.decode("utf-8")
        else:
            sparql = (params.get("query") or [""])[0]
        kwargs = {"use_default_graph_as_union":
                  (params.get("kg-union") or ["0"])[0] != "0"}
        own_default = (params.get("kg-default-graph") or ["0"])[0] == "1"
        if params.get("default-graph-uri") or params.get("named-graph-uri") or own_default:
            # the protocol's dataset, as the endpoint gives it to an embedded store
            kwargs["use_default_graph_as_union"] = False
            if params.get("default-graph-uri") or own_default:
                kwargs["default_graph"] = ([ox.NamedNode(g) for g in
                                            params.get("default-graph-uri", [])]
                                           + ([ox.DefaultGraph()] if own_default else []))
            if params.get("named-graph-uri") or params.get("default-graph-uri"):
                kwargs["named_graphs"] = [ox.NamedNode(g)
                                          for g in params.get("named-graph-uri", [])]
        if params.get("kg-bindings"):
            kwargs["substitutions"] = decode_bindings(params["kg-bindings"][0])
        answer = self.service.store.query(sparql, **kwargs)
        if isinstance(answer, (ox.QuerySolutions, ox.QueryBoolean)):
            data = answer.serialize(format=ox.QueryResultsFormat.JSON)
            self._send(200, data, "application/sparql-results+json")
        else:
            data = answer.serialize(format=ox.RdfFormat.N_TRIPLES)
            self._send(200, data, "application/n-triples")

    def _update(self, body: bytes) -> None:
        if self.headers.get_content_type() == "application/sparql-update":
            sparql = body.decode("utf-8")
        else:
            sparql = (self._params(body).get("update") or [""])[0]
        self.service.store.update(sparql)
        self._send(204, b"")

    def _get_graph(self, params: dict[str, list[str]]) -> None:
        """Stream one graph as N-Triples, or the dataset as N-Quads (no Content-Length)."""
        store = self.service.store
        graph = (params.get("graph") or [None])[0]
        default = "default" in params
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples" if graph or default
                         else "application/n-quads")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            if graph or default:
                store._ox.dump(self.wfile, ox.RdfFormat.N_TRIPLES,
                               from_graph=ox.NamedNode(graph) if graph else ox.DefaultGraph())
            else:
                store._ox.dump(self.wfile, ox.RdfFormat.N_QUADS)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away mid-stream; nothing to tell it

    def _post_graph(self, body: bytes) -> None:
        """Add the body to ``?graph=`` (triples) or to the dataset (quads), in one transaction."""
        fmt = formats.by_media_type(self.headers.get_content_type(), *formats.RDF_KINDS)
        if fmt is None or fmt.ox_format is None:
            self._send(415, b"send RDF: " + formats.describe(*formats.RDF_KINDS).encode()
                       + b"\n")
            return
        rdf_format = fmt.ox_format
        graph = (self._params(b"").get("graph") or [None])[0]
        store = self.service.store
        store.check_writable()
        with store._handle.write_lock:
            store._ox.load(body, format=rdf_format,
                           to_graph=ox.NamedNode(graph) if graph else None)
            store._wrote(body.count(b"\n"))
        self._send(204, b"")


def encode_bindings(substitutions: dict) -> str:
    """``{Variable: term}`` as one SPARQL JSON results row (a lossless term encoding)."""
    row = {}
    for var, term in substitutions.items():
        name = var.value if isinstance(var, ox.Variable) else str(var)
        if isinstance(term, ox.NamedNode):
            row[name] = {"type": "uri", "value": term.value}
        elif isinstance(term, ox.BlankNode):
            row[name] = {"type": "bnode", "value": term.value}
        elif isinstance(term, ox.Literal):
            cell = {"type": "literal", "value": term.value}
            if term.language:
                cell["xml:lang"] = term.language
            else:
                cell["datatype"] = term.datatype.value
            row[name] = cell
        else:
            raise ValueError(f"cannot send {term!r} as a substitution")
    return json.dumps({"head": {"vars": list(row)}, "results": {"bindings": [row]}})


def decode_bindings(text: str) -> dict:
    solutions = ox.parse_query_results(text, ox.QueryResultsFormat.JSON)
    solution = next(iter(solutions))
    return {var: solution[var] for var in solutions.variables if solution[var] is not None}
