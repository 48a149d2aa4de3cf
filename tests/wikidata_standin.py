"""A Wikidata API stand-in on 127.0.0.1 for tests and benchmarks.

Serves ``wbsearchentities`` and ``wbgetentities`` in the documented response shapes
from the real records of ``../shared/wikidata-api-fixtures/`` (plus the records of
kg's shipped index, which come from open data, and any extra entities given), and
can be switched into the failure modes a
client must survive: ``throttle`` (429 + Retry-After), ``slow`` (answers after a
delay), ``malformed`` (a 200 that is not JSON), ``error`` (HTTP 500) and ``down``
(nothing listening). Unknown IDs answer ``missing`` like Wikibase does.

Usage::

    with WikidataStandIn() as api:
        client = WikidataClient(api.url, ...)
        api.mode = "throttle"
"""
from __future__ import annotations

import bz2
import json
import os
import re
import threading
import time
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

REPO = Path(__file__).resolve().parent.parent
#: ../shared next to the checkout (or above a worktree folder)
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared").is_dir()),
              REPO.parent / "shared")
FIXTURES = Path(os.environ.get("KG_WIKIDATA_FIXTURES", SHARED / "wikidata-api-fixtures"))
SOURCES = Path(os.environ.get("KG_WIKIDATA_SOURCES", SHARED / "wikidata-sources"))
SHIPPED = REPO / "kg" / "data" / "wikidata" / "records.jsonl.gz"
QID = re.compile(r"^Q[1-9][0-9]*$")
MODES = ("ok", "throttle", "slow", "malformed", "error", "down")


def fixture_entities(directory: Path = FIXTURES) -> dict[str, dict]:
    """The real Wikidata records of the shared fixtures, by QID."""
    return dict(_fixture_entities(directory))


@lru_cache(maxsize=4)
def _fixture_entities(directory: Path) -> dict[str, dict]:
    out: dict[str, dict] = {}
    if not directory.is_dir():
        return out
    dump = directory / "sample_wikidata_items.json.bz2"
    if dump.exists():
        with bz2.open(dump, "rt", encoding="utf-8") as lines:
            for line in lines:
                line = line.strip().rstrip(",")
                if line not in ("", "[", "]"):
                    entity = json.loads(line)
                    out[entity["id"]] = entity
    for name in ("Q31.json", "Q8502.json"):
        if (directory / name).exists():
            entity = json.loads((directory / name).read_text(encoding="utf-8"))
            out[entity["id"]] = entity
    answer = directory / "wbgetentities_response.json"
    if answer.exists():
        for qid, entity in json.loads(answer.read_text(encoding="utf-8"))["entities"].items():
            if "missing" not in entity:
                out[qid] = entity
    return out


def shipped_entities(path: Path = SHIPPED) -> dict[str, dict]:
    """The shipped index's records as Wikidata entity JSON (no sitelinks: the sources
    have none; ``_popularity`` orders search answers and is not served)."""
    return dict(_shipped_entities(path))


@lru_cache(maxsize=2)
def _shipped_entities(path: Path) -> dict[str, dict]:
    from kg.link.index import read_records

    out: dict[str, dict] = {}
    for r in read_records(path):
        out[r.qid] = {
            "type": "item", "id": r.qid,
            "labels": {"en": {"language": "en", "value": r.label}},
            "aliases": {"en": [{"language": "en", "value": a} for a in r.aliases]}
            if r.aliases else {},
            "descriptions": {"en": {"language": "en", "value": r.description}}
            if r.description else {},
            "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31",
                                             "datavalue": {"type": "wikibase-entityid",
                                                           "value": {"entity-type": "item",
                                                                     "id": c}}},
                                "rank": "normal", "type": "statement"} for c in r.classes]}
            if r.classes else {},
            "sitelinks": {}, "_popularity": r.popularity}
    return out


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _filter_languages(entity: dict, languages: set[str] | None) -> dict:
    if not languages:
        return entity
    out = dict(entity)
    for key in ("labels", "descriptions", "aliases"):
        if key in out and isinstance(out[key], dict):
            out[key] = {k: v for k, v in out[key].items() if k in languages}
    return out


class WikidataStandIn:
    """The stand-in server; a context manager that always shuts it down."""

    def __init__(self, entities: dict[str, dict] | None = None, fixtures: bool = True,
                 shipped: bool = True, retry_after: int = 1, slow_seconds: float = 3.0):
        self.entities: dict[str, dict] = {}
        if shipped:
            self.entities.update(shipped_entities())
        if fixtures:
            self.entities.update(fixture_entities())
        self.entities.update(entities or {})
        self.mode = "ok"
        self.fail_times: int | None = None  # only the next N requests fail, then "ok"
        self.retry_after = retry_after
        self.slow_seconds = slow_seconds
        self.requests: list[dict] = []  # params of each request, with its User-Agent
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/w/api.php"

    def start(self) -> "WikidataStandIn":
        handler = _make_handler(self)
        server = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        server.daemon_threads = True
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> "WikidataStandIn":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def set_mode(self, mode: str) -> None:
        """Switch failure mode; ``down`` closes the port, leaving it restarts the server."""
        if mode not in MODES:
            raise ValueError(mode)
        if mode == "down" and self._server is not None:
            self.stop()
        elif mode != "down" and self._server is None:
            self.start()
        self.mode = mode

    @property
    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    # -- API -------------------------------------------------------------------------------
    def search(self, params: dict[str, str]) -> dict:
        text = params.get("search", "")
        language = params.get("language", "en")
        limit = max(1, min(50, int(params.get("limit", "7") or 7)))
        offset = int(params.get("continue", "0") or 0)
        wanted = _norm(text)
        found = []
        for qid, entity in self.entities.items():
            label = entity.get("labels", {}).get(language, {}).get("value", "")
            aliases = [a["value"] for a in entity.get("aliases", {}).get(language, [])]
            match = None
            if label and _norm(label).startswith(wanted):
                match = ("label", label)
            else:
                for alias in aliases:
                    if _norm(alias).startswith(wanted):
                        match = ("alias", alias)
                        break
            if wanted and match:
                exact = _norm(match[1]) == wanted
                popularity = max(len(entity.get("sitelinks", {})),
                                 int(entity.get("_popularity", 0)))
                found.append((not exact, -popularity, qid, entity, label, match))
        found.sort(key=lambda f: f[:3])
        page = found[offset:offset + limit]
        hits = []
        for _, _, qid, entity, label, (kind, text_matched) in page:
            description = entity.get("descriptions", {}).get(language, {}).get("value", "")
            hit = {"id": qid, "title": qid, "pageid": int(qid[1:]) + 100,
                   "display": {"label": {"value": label, "language": language}},
                   "repository": "wikidata", "url": f"//www.wikidata.org/wiki/{qid}",
                   "concepturi": f"http://www.wikidata.org/entity/{qid}",
                   "label": label, "description": description,
                   "match": {"type": kind, "language": language, "text": text_matched}}
            if description:
                hit["display"]["description"] = {"value": description, "language": language}
            if kind == "alias":
                hit["aliases"] = [text_matched]
            hits.append(hit)
        out = {"searchinfo": {"search": text}, "search": hits, "success": 1}
        if offset + limit < len(found):
            out["search-continue"] = offset + limit
        return out

    def get_entities(self, params: dict[str, str]) -> dict:
        ids = [i for i in params.get("ids", "").split("|") if i]
        bad = [i for i in ids if not QID.match(i)]
        if bad or not ids:
            return {"error": {"code": "no-such-entity",
                              "info": f"Could not find an entity with the ID \"{(bad or [''])[0]}\".",
                              "id": (bad or [""])[0]},
                    "servedby": "kg-standin"}
        languages = set(params.get("languages", "").split("|")) - {""} or None
        entities = {}
        for qid in ids:
            entity = self.entities.get(qid)
            entities[qid] = ({k: v for k, v in _filter_languages(entity, languages).items()
                              if not k.startswith("_")} if entity
                             else {"id": qid, "missing": ""})
        return {"entities": entities, "success": 1}


def _make_handler(api: WikidataStandIn):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet tests
            pass

        def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            url = urlparse(self.path)
            params = {k: v[-1] for k, v in parse_qs(url.query).items()}
            with api._lock:
                api.requests.append({**params, "_user_agent": self.headers.get("User-Agent", "")})
            if url.path != "/w/api.php":
                return self._send(404, b'{"error": {"code": "not-found"}}')
            with api._lock:
                mode = api.mode
                if api.fail_times is not None:
                    if api.fail_times > 0:
                        api.fail_times -= 1
                    else:
                        mode = "ok"
            if mode == "throttle":
                return self._send(429, b'{"error": {"code": "ratelimited"}}',
                                  {"Retry-After": str(api.retry_after)})
            if mode == "error":
                return self._send(500, b"Internal Server Error")
            if mode == "malformed":
                return self._send(200, b'{"entities": {"Q1": {"id": "Q1", "labels": ')
            if mode == "slow":
                time.sleep(api.slow_seconds)
            action = params.get("action")
            if action == "wbsearchentities":
                data = api.search(params)
            elif action == "wbgetentities":
                data = api.get_entities(params)
            else:
                data = {"error": {"code": "badvalue",
                                  "info": f"Unrecognized value for parameter \"action\": {action}."}}
            try:
                self._send(200, json.dumps(data).encode("utf-8"))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (slow mode)

    return Handler
