"""The HTTP front of ``kg serve``: an asyncio HTTP/1.1 server on the endpoint's loop.

It answers /sparql and /health itself (the fast path: no WSGI, no Flask, no thread
hop) and hands every other request (UI pages, /graph, static files) to the Flask app
in a small pool of threads. Against slow and greedy clients:

* ``header_timeout``: a request's head and body must arrive within this time from its
  first byte (a client sending one byte a second is dropped, not waited for);
* ``idle_timeout``: a keep-alive connection with no request is closed after this;
* ``write_timeout``: a client that does not read its answer is dropped;
* at most ``max_connections`` connections; a new one beyond that evicts the oldest
  connection that has no request in progress (idle or still sending its head), so
  half-open connections cannot lock others out;
* the UI's thread pool takes ``wsgi_threads`` requests at once and ``wsgi_queue``
  waiting, then answers 503; queries go through the endpoint's admission control.

A client that disconnects while its query runs has the query's worker killed.
"""
from __future__ import annotations

import asyncio
import io
import json
import logging
import sys
import time
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.utils import formatdate
from functools import lru_cache
from http import HTTPStatus
from urllib.parse import parse_qsl, unquote_to_bytes

from kg.web import protocol, sandbox

log = logging.getLogger("kg.web")


@dataclass(frozen=True)
class FrontLimits:
    max_connections: int = 512
    header_timeout: float = 10.0
    idle_timeout: float = 15.0
    write_timeout: float = 60.0
    max_head: int = 16 * 1024
    max_body: int = 1024 * 1024
    wsgi_threads: int = 4
    wsgi_queue: int = 32
    #: responses at least this large are followed by a malloc trim once sent
    trim_after: int = 4 * 1024 * 1024


_REASONS = {s.value: s.phrase for s in HTTPStatus}
_FAST_PATHS = {"/sparql", "/sparql/"}


@lru_cache(maxsize=1024)
def _query_args(query: str) -> tuple[tuple[str, str], ...]:
    """The query string's parameters (a repeated query string is parsed once)."""
    return tuple(parse_qsl(query, keep_blank_values=True))


class _Date:
    """The Date header, formatted once a second."""

    def __init__(self) -> None:
        self._second = -1
        self._value = b""

    def header(self) -> bytes:
        now = int(time.time())
        if now != self._second:
            self._second = now
            self._value = f"Date: {formatdate(now, usegmt=True)}\r\n".encode("ascii")
        return self._value


class BadRequest(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class HttpRequest:
    method: str
    target: str
    version: str
    headers: dict  # lower-case name -> value (repeated headers joined with ", ")
    body: bytes = b""

    @property
    def keep_alive(self) -> bool:
        connection = self.headers.get("connection", "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in connection
        return "close" not in connection


def parse_head(head: bytes) -> HttpRequest:
    """Request line and headers (without the blank line); raises BadRequest."""
    try:
        text = head.decode("latin-1")
    except UnicodeDecodeError:  # latin-1 decodes everything; kept for clarity
        raise BadRequest(400, "undecodable request head") from None
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise BadRequest(400, "malformed request line")
    method, target, version = parts
    if not method.isalpha() or not method.isupper():
        raise BadRequest(400, "malformed method")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        if line[0] in " \t":
            raise BadRequest(400, "folded header lines are not accepted")
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip():
            raise BadRequest(400, "malformed header line")
        name = name.lower()
        value = value.strip()
        if name in headers:
            if name in ("content-length", "host", "transfer-encoding"):
                raise BadRequest(400, f"repeated {name} header")
            headers[name] += ", " + value
        else:
            headers[name] = value
    if version == "HTTP/1.1" and "host" not in headers:
        raise BadRequest(400, "HTTP/1.1 needs a Host header")
    return HttpRequest(method, target, version, headers)


class Front:
    """Serves ``endpoint`` (fast path) and ``app`` (everything else) on one socket."""

    def __init__(self, endpoint, app, limits: FrontLimits = FrontLimits(),
                 allowed_hosts: tuple[str, ...] = ()):
        self.endpoint = endpoint
        self.app = app
        self.limits = limits
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts)
        self.loop = endpoint.loop
        self.connections: OrderedDict[int, Connection] = OrderedDict()
        self.wsgi = ThreadPoolExecutor(limits.wsgi_threads, thread_name_prefix="kg-ui")
        self.wsgi_busy = 0
        self.date = _Date()
        self.server: asyncio.base_events.Server | None = None
        self._sweeper: asyncio.Task | None = None
        self.evicted = 0

    # -- life ---------------------------------------------------------------------------
    def start(self, host: str, port: int, sock=None) -> int:
        """Listen (from any thread); returns the port."""
        async def listen():
            kwargs = {"sock": sock} if sock is not None else {"host": host, "port": port}
            self.server = await self.loop.create_server(
                lambda: Connection(self), backlog=1024, reuse_address=True, **kwargs)
            self._sweeper = self.loop.create_task(self._sweep())
            return self.server.sockets[0].getsockname()[1]
        return asyncio.run_coroutine_threadsafe(listen(), self.loop).result()

    async def _sweep(self) -> None:
        """Connection timeouts, checked four times a second."""
        while True:
            await asyncio.sleep(0.25)
            now = self.loop.time()
            for conn in list(self.connections.values()):
                conn.expire_if_due(now)

    def close(self) -> None:
        async def stop():
            if self._sweeper is not None:
                self._sweeper.cancel()
            if self.server is not None:
                self.server.close()
            for conn in list(self.connections.values()):
                conn.abort()
        if not self.loop.is_closed():
            try:
                asyncio.run_coroutine_threadsafe(stop(), self.loop).result(timeout=10)
            except Exception:  # noqa: BLE001 - closing must not fail
                pass
        self.wsgi.shutdown(wait=False, cancel_futures=True)

    # -- connections --------------------------------------------------------------------
    def opened(self, conn: "Connection") -> None:
        self.connections[id(conn)] = conn
        if len(self.connections) > self.limits.max_connections:
            for other in self.connections.values():
                if other is not conn and other.task is None:
                    other.abort()  # removes itself
                    self.evicted += 1
                    return
            conn.refuse()

    def closed(self, conn: "Connection") -> None:
        self.connections.pop(id(conn), None)

    def host_allowed(self, host: str) -> bool:
        return protocol.host_allowed(host, self.allowed_hosts)

    # -- requests -----------------------------------------------------------------------
    async def respond(self, conn: "Connection", req: HttpRequest) -> None:
        """Answer one request on ``conn``."""
        if self.allowed_hosts and not self.host_allowed(req.headers.get("host", "")):
            conn.send_plain(req, 400, f"host {req.headers.get('host', '')!r} is not served "
                                      "here")
            return
        path, _, query = req.target.partition("?")
        if path == "/health" and req.method in ("GET", "HEAD"):
            body = json.dumps(self.endpoint.health()).encode("utf-8")
            conn.send(req, 200, (("Content-Type", "application/json"),
                                 ("Cache-Control", "no-store")), body)
            return
        if path in _FAST_PATHS and req.method != "OPTIONS":
            host = req.headers.get("host") or f"{conn.local[0]}:{conn.local[1]}"
            preq = protocol.Request(req.method, _query_args(query), req.headers, req.body,
                                    f"http://{host}/sparql", conn.peer[0])
            reply = await protocol.handle(self.endpoint, preq)
            if isinstance(reply, protocol.Reply):
                conn.send(req, reply.status, reply.headers, reply.body)
                if len(reply.body) >= self.limits.trim_after:
                    self.loop.call_soon(sandbox.trim_malloc)
                return
        await self._wsgi(conn, req, path, query)

    async def _wsgi(self, conn: "Connection", req: HttpRequest, path: str, query: str) -> None:
        if self.wsgi_busy >= self.limits.wsgi_threads + self.limits.wsgi_queue:
            conn.send_plain(req, 503, "the server is busy; try again shortly",
                            (("Retry-After", "1"),))
            return
        self.wsgi_busy += 1
        try:
            status, headers, body = await self.loop.run_in_executor(
                self.wsgi, self._call_app, self._environ(conn, req, path, query))
        finally:
            self.wsgi_busy -= 1
        conn.send(req, status, headers, body)
        if len(body) >= self.limits.trim_after:
            self.loop.call_soon(sandbox.trim_malloc)

    def _environ(self, conn: "Connection", req: HttpRequest, path: str, query: str) -> dict:
        host = req.headers.get("host") or f"{conn.local[0]}:{conn.local[1]}"
        name, _, port = host.rpartition(":") if not host.endswith("]") else (host, "", "")
        environ = {
            "REQUEST_METHOD": req.method, "SCRIPT_NAME": "",
            "PATH_INFO": unquote_to_bytes(path).decode("latin-1"), "QUERY_STRING": query,
            "REQUEST_URI": req.target, "RAW_URI": req.target,
            "SERVER_NAME": name or host, "SERVER_PORT": port or str(conn.local[1]),
            "SERVER_PROTOCOL": req.version, "REMOTE_ADDR": conn.peer[0],
            "REMOTE_PORT": str(conn.peer[1]), "wsgi.version": (1, 0),
            "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(req.body),
            "wsgi.errors": sys.stderr, "wsgi.multithread": True,
            "wsgi.multiprocess": False, "wsgi.run_once": False,
            "CONTENT_LENGTH": str(len(req.body)) if req.body else "",
            "CONTENT_TYPE": req.headers.get("content-type", ""),
        }
        for key, value in req.headers.items():
            if key in ("content-type", "content-length"):
                continue
            environ["HTTP_" + key.upper().replace("-", "_")] = value
        return environ

    def _call_app(self, environ: dict) -> tuple[int, tuple, bytes]:
        """Run the WSGI app in a pool thread; the whole body is collected."""
        state: dict = {}

        def start_response(status, headers, exc_info=None):
            state["status"], state["headers"] = status, headers
            return lambda data: state.setdefault("written", []).append(data)

        result = self.app(environ, start_response)
        try:
            body = b"".join([*state.get("written", []), *result])
        finally:
            if hasattr(result, "close"):
                result.close()
        code = int(state["status"].split(" ", 1)[0])
        headers = tuple((k, v) for k, v in state["headers"]
                        if k.lower() not in ("content-length", "connection",
                                             "transfer-encoding"))
        return code, headers, body


class Connection(asyncio.Protocol):
    """One client connection: reads requests one at a time, answers them in order."""

    def __init__(self, front: Front):
        self.front = front
        self.limits = front.limits
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.task: asyncio.Task | None = None
        self.deadline: float | None = None
        self.pending: HttpRequest | None = None  # head read, body still arriving
        self.body_size = 0
        self.chunked = False
        self.closing = False
        self.writing_paused = False
        self.peer = ("", 0)
        self.local = ("", 0)

    # -- transport callbacks ----------------------------------------------------------
    def connection_made(self, transport) -> None:
        self.transport = transport
        self.peer = transport.get_extra_info("peername") or ("", 0)
        self.local = transport.get_extra_info("sockname") or ("", 0)
        self._timeout(self.limits.header_timeout)
        self.front.opened(self)

    def connection_lost(self, exc) -> None:
        self.closing = True
        self._cancel_timer()
        if self.task is not None:
            self.task.cancel()  # the client left: stop its query
        self.front.closed(self)

    def data_received(self, data: bytes) -> None:
        first = not self.buffer and self.pending is None and self.task is None
        self.buffer += data
        if self.task is not None:
            if len(self.buffer) > self.limits.max_head + self.limits.max_body:
                self.transport.pause_reading()  # pipelined too far ahead: wait
            return
        if first:  # a new request: its head and body must arrive within the timeout
            self._timeout(self.limits.header_timeout)
        self._parse()

    def eof_received(self) -> bool:
        return False  # close our side too (answers in flight are still written)

    def pause_writing(self) -> None:
        self.writing_paused = True
        self._timeout(self.limits.write_timeout)

    def resume_writing(self) -> None:
        self.writing_paused = False
        if self.task is None and not self.buffer:
            self._timeout(self.limits.idle_timeout)

    # -- parsing ------------------------------------------------------------------------
    def _parse(self) -> None:
        while not self.closing and self.task is None:
            if self.pending is None:
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    if len(self.buffer) > self.limits.max_head:
                        self._fail(431, "request head too large")
                    return
                if end > self.limits.max_head:
                    self._fail(431, "request head too large")
                    return
                head = bytes(self.buffer[:end])
                del self.buffer[:end + 4]
                try:
                    req = parse_head(head)
                    self._expect_body(req)
                except BadRequest as err:
                    self._fail(err.status, str(err))
                    return
                self.pending = req
            if not self._read_body():
                return
            req, self.pending = self.pending, None
            self._cancel_timer()
            self.task = self.front.loop.create_task(self._serve(req))

    def _expect_body(self, req: HttpRequest) -> None:
        te = req.headers.get("transfer-encoding")
        length = req.headers.get("content-length")
        if te is not None:
            if length is not None:
                raise BadRequest(400, "both Content-Length and Transfer-Encoding")
            if te.lower() != "chunked":
                raise BadRequest(501, f"transfer encoding {te} is not supported")
            self.chunked, self.body_size = True, 0
        else:
            self.chunked = False
            if length is None:
                self.body_size = 0
            elif not length.isdigit():
                raise BadRequest(400, "malformed Content-Length")
            else:
                self.body_size = int(length)
            if self.body_size > self.limits.max_body:
                raise BadRequest(413, f"request body larger than {self.limits.max_body} "
                                      "bytes")
        if req.headers.get("expect", "").lower() == "100-continue" and \
                (self.chunked or self.body_size):
            self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def _read_body(self) -> bool:
        """True when the pending request's body is complete (taken from the buffer)."""
        req = self.pending
        if not self.chunked:
            if len(self.buffer) < self.body_size:
                return False
            req.body = bytes(self.buffer[:self.body_size])
            del self.buffer[:self.body_size]
            return True
        body = bytearray(req.body)
        while True:
            line_end = self.buffer.find(b"\r\n")
            if line_end < 0:
                if len(self.buffer) > 1024:
                    self._fail(400, "malformed chunk")
                return False
            size_text = bytes(self.buffer[:line_end]).split(b";")[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                self._fail(400, "malformed chunk size")
                return False
            if size == 0:
                trailer_end = self.buffer.find(b"\r\n\r\n", line_end)
                if trailer_end < 0:
                    return False
                del self.buffer[:trailer_end + 4]
                req.body = bytes(body)
                return True
            if len(body) + size > self.limits.max_body:
                self._fail(413, f"request body larger than {self.limits.max_body} bytes")
                return False
            if len(self.buffer) < line_end + 2 + size + 2:
                return False
            body += self.buffer[line_end + 2:line_end + 2 + size]
            del self.buffer[:line_end + 2 + size + 2]
            req.body = bytes(body)

    # -- answering ----------------------------------------------------------------------
    async def _serve(self, req: HttpRequest) -> None:
        try:
            await self.front.respond(self, req)
        except asyncio.CancelledError:
            return
        except Exception:  # noqa: BLE001 - one request's bug must not kill the connection
            log.exception("error answering %s %s", req.method, req.target)
            self.send_plain(req, 500, "internal error")
        finally:
            self.task = None
        if self.closing:
            return
        if not req.keep_alive:
            self.closing = True
            self.transport.close()
            return
        self.transport.resume_reading()
        if not self.writing_paused:
            self._timeout(self.limits.idle_timeout)
        if self.buffer:  # pipelined requests
            self._timeout(self.limits.header_timeout)
            self._parse()

    def send(self, req: HttpRequest, status: int, headers, body) -> None:
        if self.closing:
            return
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}\r\n".encode("latin-1"),
                 self.front.date.header()]
        for name, value in headers:
            lines.append(f"{name}: {value}\r\n".encode("latin-1"))
        lines.append(b"Content-Length: %d\r\n" % len(body))
        if not req.keep_alive:
            lines.append(b"Connection: close\r\n")
        elif req.version == "HTTP/1.0":
            lines.append(b"Connection: keep-alive\r\n")
        lines.append(b"\r\n")
        head = b"".join(lines)
        if req.method == "HEAD" or not body:
            self.transport.write(head)
        elif len(body) < 65536:
            self.transport.write(head + bytes(body))
        else:
            self.transport.write(head)
            self.transport.write(body)

    def send_plain(self, req: HttpRequest, status: int, message: str, headers=()) -> None:
        self.send(req, status, (("Content-Type", "text/plain; charset=utf-8"), *headers),
                  (message + "\n").encode("utf-8"))

    def _fail(self, status: int, message: str) -> None:
        """Answer a malformed request and close: its framing cannot be trusted."""
        req = HttpRequest("GET", "/", "HTTP/1.1", {"connection": "close"})
        self.send_plain(req, status, message)
        self.closing = True
        self.transport.close()

    def refuse(self) -> None:
        """Too many connections, none evictable."""
        self.transport.write(b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
                             b"Content-Length: 0\r\nConnection: close\r\n\r\n")
        self.closing = True
        self.transport.close()

    def abort(self) -> None:
        self.closing = True
        if self.transport is not None:
            self.transport.abort()

    # -- timers (checked by the front's sweeper, no timer object per request) ------------
    def _timeout(self, seconds: float) -> None:
        self.deadline = self.front.loop.time() + seconds

    def _cancel_timer(self) -> None:
        self.deadline = None

    def expire_if_due(self, now: float) -> None:
        if self.deadline is None or now < self.deadline:
            return
        self.deadline = None
        if self.task is not None and not self.writing_paused:
            return  # a request is being answered: the query's own deadline applies
        self.abort()
