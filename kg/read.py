"""Reading inputs into Articles: files, folders, stdin and http(s) URLs.

Every input yields either an ``Article`` or an ``InputProblem`` naming the input,
so one bad file never stops a batch.
"""
from __future__ import annotations

import json
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from kg import __version__
from kg.html import html_to_article_text
from kg.language import guess_language
from kg.model import Article
from kg.textdates import find_dateline

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
DEFAULT_MAX_BYTES = 2_000_000
USER_AGENT = f"kg/{__version__} (news knowledge graph builder; https://w3id.org/newskg)"
URL_TIMEOUT = (5.0, 20.0)  # connect, read (each socket operation)
#: Seconds a whole URL download may take (``kg build --url-timeout``): a server that
#: sends one byte a second never trips the per-read timeout, so the download as a whole
#: has a deadline too.
DEFAULT_URL_DEADLINE = 60.0


@dataclass(frozen=True)
class InputProblem:
    """Why an input was not read; ``fatal`` problems make the build exit non-zero."""

    source: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    published: date | None = None  # overrides metadata and datelines
    session: requests.Session | None = None
    url_deadline: float | None = None  # seconds per URL (None: DEFAULT_URL_DEADLINE)


def read_inputs(inputs: list[str], options: ReadOptions = ReadOptions()
                ) -> Iterator[Article | InputProblem]:
    """Articles (or problems) for each input, folders expanded in sorted order."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read(options.max_bytes + 1)  # capped like files and URLs
            if len(data) > options.max_bytes:
                yield InputProblem("stdin", f"larger than {options.max_bytes:,} bytes; raise --max-bytes")
            else:
                yield _article_from_bytes(data, "stdin", "", options)
        elif re.match(r"^https?://", item, re.I):
            yield read_url(item, options)
        else:
            path = Path(item)
            if path.is_dir():
                files = sorted(p for p in path.rglob("*")
                               if p.is_file() and p.suffix.lower() in SUFFIXES)
                if not files:
                    yield InputProblem(item, "folder holds no .txt, .md or .html file", False)
                for file in files:
                    yield read_file(file, options)
            else:
                yield read_file(path, options)


def read_file(path: Path, options: ReadOptions = ReadOptions()) -> Article | InputProblem:
    source = str(path)
    if not path.exists():
        return InputProblem(source, "no such file or folder")
    if not path.is_file():  # a FIFO or device: may block forever, and --max-bytes cannot see its size
        return InputProblem(source, "not a regular file (a pipe or device); pipe it into 'kg build -'")
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            return _too_large(source, size, options)
        data = path.read_bytes()
    except OSError as exc:
        return InputProblem(source, f"cannot read: {exc.strerror or exc}")
    result = _article_from_bytes(data, source, path.suffix.lower(), options)
    if isinstance(result, Article):  # one spelling per file, whatever the working directory,
        result = replace(result, source=str(path.resolve()))  # so an edit replaces its graph
    return result


def read_url(url: str, options: ReadOptions = ReadOptions()) -> Article | InputProblem:
    deadline = options.url_deadline or DEFAULT_URL_DEADLINE
    session = options.session or _deadline_session()
    watch = _Deadline(session, deadline)
    try:
        with watch:
            response = session.get(url, timeout=URL_TIMEOUT, stream=True,
                                   headers={"User-Agent": USER_AGENT})
            response.raise_for_status()
            data = _read_capped(response, options.max_bytes, watch)
    except requests.HTTPError as exc:
        return InputProblem(url, f"HTTP {exc.response.status_code} {exc.response.reason}")
    except (requests.RequestException, OSError) as exc:
        if watch.expired:
            return InputProblem(url, f"cannot fetch: no complete answer within {deadline:g} s "
                                     "(raise --url-timeout)")
        return InputProblem(url, f"cannot fetch: {_fetch_reason(exc)}")
    finally:
        if options.session is None:
            session.close()
    if data is None:
        return InputProblem(url, f"larger than {options.max_bytes:,} bytes; raise --max-bytes")
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    suffix = ".html" if "html" in kind else ".md" if "markdown" in kind else \
        Path(url.split("?")[0]).suffix.lower()
    if kind and not (kind.startswith("text/") or "html" in kind or "xml" in kind):
        return InputProblem(url, f"not a text document (Content-Type {kind})")
    return _article_from_bytes(data, url, suffix, options, encoding=response.encoding)


class _Deadline:
    """Ends a download at its deadline, wherever it is blocked.

    Sockets opened by the session are recorded (see :func:`_deadline_session`); at the
    deadline a timer shuts them down, which wakes a read blocked on a trickling server.
    """

    def __init__(self, session: requests.Session, seconds: float):
        self.session = session
        self.seconds = seconds
        self.expired = False
        self.end = 0.0
        self._timer: threading.Timer | None = None

    def __enter__(self) -> "_Deadline":
        self.end = time.monotonic() + self.seconds
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._timer is not None:
            self._timer.cancel()

    def check(self) -> None:
        if time.monotonic() > self.end:
            self._expire()
            raise requests.Timeout("deadline")

    def _expire(self) -> None:
        self.expired = True
        for sock in list(getattr(self.session, "kg_sockets", ())):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _deadline_session() -> requests.Session:
    """A session whose connections record their sockets for :class:`_Deadline`."""
    session = requests.Session()
    sockets: list = []

    class Recording:
        def connect(self):
            super().connect()
            sockets.append(self.sock)

    class HTTP(Recording, HTTPConnection):
        pass

    class HTTPS(Recording, HTTPSConnection):
        pass

    class HTTPPool(HTTPConnectionPool):
        ConnectionCls = HTTP

    class HTTPSPool(HTTPSConnectionPool):
        ConnectionCls = HTTPS

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": HTTPPool, "https": HTTPSPool}

    session.mount("http://", Adapter())
    session.mount("https://", Adapter())
    session.kg_sockets = sockets
    return session


def _read_capped(response: requests.Response, max_bytes: int,
                 deadline: "_Deadline | None" = None) -> bytes | None:
    chunks, total = [], 0
    for chunk in response.iter_content(64 * 1024):
        if deadline is not None:
            deadline.check()
        total += len(chunk)
        if total > max_bytes:
            response.close()
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _article_from_bytes(data: bytes, source: str, suffix: str, options: ReadOptions,
                        encoding: str | None = None) -> Article | InputProblem:
    if len(data) > options.max_bytes:
        return _too_large(source, len(data), options)
    if not data.strip():
        return InputProblem(source, "empty input", False)
    text = _decode(data, encoding)
    if text is None:
        return InputProblem(source, "binary or undecodable data, not text")
    title = published = None
    if suffix in {".html", ".htm"} or (not suffix and text.lstrip()[:1] == "<"):
        text, title, published = html_to_article_text(text)
    elif suffix in {".md", ".markdown"}:
        text, title, published = _strip_markdown(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return InputProblem(source, "no article text left after removing markup", False)
    language, share = guess_language(text)
    if language != "en":
        return InputProblem(source, f"not English (looks like {language}, "
                                    f"{share:.0%} of words are its stop words); skipped", False)
    if title is None:
        title = _first_line_title(text)
    published = options.published or published or find_dateline(text)
    return Article(text=text, source=source, retrieved=datetime.now(timezone.utc),
                   published=published, title=title)


def _decode(data: bytes, encoding: str | None) -> str | None:
    if b"\x00" in data[:8192]:
        return None
    for enc in filter(None, ("utf-8-sig", encoding)):
        try:
            text = data.decode(enc)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    else:
        return None
    sample = text[:20000]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return None if controls > len(sample) * 0.01 else text


def _too_large(source: str, size: int, options: ReadOptions) -> InputProblem:
    return InputProblem(source, f"too large ({size / 1e6:.1f} MB > "
                                f"{options.max_bytes / 1e6:.1f} MB limit); raise --max-bytes")


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def _strip_markdown(text: str) -> tuple[str, str | None, date | None]:
    """Markdown to plain text, keeping character runs readable for offsets."""
    title = published = None
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group(1).splitlines():
            key, _, value = line.partition(":")
            value = _scalar(value.strip())
            if key.strip().lower() == "title":
                title = value
            elif key.strip().lower() in {"date", "published"}:
                published = _parse_iso_date(value)
        text = text[match.end():]
    lines = []
    for line in text.splitlines():
        heading = re.match(r"^#{1,6}\s+(.*)", line)
        if heading:
            line = heading.group(1)
            title = title or line.strip()
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"(\*\*|__|\*|`)", "", line)
        line = re.sub(r"^\s*(?:[-*+]|>)\s+", "", line)
        lines.append(line)
    return "\n".join(lines), title, published


def _scalar(value: str) -> str:
    """A front-matter value as YAML reads it: quotes removed, escapes decoded.

    Jekyll and Hugo write titles with non-ASCII letters or quotes as double-quoted
    YAML ("Igor Matovi\\u010d", "the \\"Paris\\" attacks"), which JSON's escapes cover.
    """
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except ValueError:
            return value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def _parse_iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _first_line_title(text: str) -> str | None:
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if rest[:1].islower():
        return None  # a hard-wrapped paragraph goes on: its first line is no headline
    return first if 0 < len(first) <= 200 and not first.endswith(".") else None


_FETCH_REASONS = (("NameResolutionError", "host name not found (no network or DNS?)"),
                  ("Connection refused", "connection refused"),
                  ("timed out", "timed out"), ("SSLError", "TLS/SSL error"))


def _fetch_reason(exc: BaseException) -> str:
    """A short reason instead of urllib3's nested repr, which is cut mid-word."""
    text = str(exc)
    for needle, reason in _FETCH_REASONS:
        if needle in text or needle == type(exc).__name__:
            return reason
    return f"{type(exc).__name__}: {_first_line(exc)}"


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else ""
