"""The one client of the Wikidata API: wbsearchentities and wbgetentities.

One ``requests.Session`` with a descriptive User-Agent, a (connect, read) timeout on
every request, retries with exponential backoff that honour 429 + Retry-After, a
time budget for the whole run, and an on-disk cache of answers so that a re-run
makes no request. After a request has failed for good the client stops asking
(``available`` turns False) so a down or throttling API costs seconds, not minutes.
"""
from __future__ import annotations

import email.utils
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import requests

from kg import __version__

DEFAULT_API_URL = "https://www.wikidata.org/w/api.php"
DEFAULT_USER_AGENT = (f"kg/{__version__} (news knowledge-graph builder; "
                      f"https://w3id.org/newskg) python-requests/{requests.__version__}")
DEFAULT_TIMEOUT = 10.0  # seconds per read; connecting gets at most 3.05 s
MAX_IDS = 50  # wbgetentities accepts up to 50 ids a request
PROBE_TIMEOUT = (1.5, 2.0)  # connect, read: the one quick question ``--link auto`` asks
PROBE_MEMORY = 600.0  # seconds a failed probe is remembered (other processes, next runs)
PROBE_FILE = "probe.json"


def default_api_url() -> str:
    return os.environ.get("KG_WIKIDATA_API", DEFAULT_API_URL)


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(os.environ.get("KG_WIKIDATA_CACHE", os.path.join(base, "kg", "wikidata")))


class WikidataUnavailable(RuntimeError):
    """The API could not be used: down, too slow, throttling or answering garbage."""


@dataclass
class ClientStats:
    requests: int = 0  # HTTP requests sent, retries included
    cache_hits: int = 0
    cache_misses: int = 0

    @property
    def hit_rate(self) -> float:
        asked = self.cache_hits + self.cache_misses
        return self.cache_hits / asked if asked else 0.0


class WikidataClient:
    """Wikidata API calls through one session, cached on disk, never hanging."""

    def __init__(self, api_url: str | None = None, *, session: requests.Session | None = None,
                 timeout: float = DEFAULT_TIMEOUT, user_agent: str = DEFAULT_USER_AGENT,
                 cache_dir: Path | None = None, retries: int = 2, backoff: float = 0.5,
                 max_retry_after: float = 10.0, budget: float = 60.0,
                 sleep: Callable[[float], None] = time.sleep):
        self.api_url = api_url or default_api_url()
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self.session.headers.setdefault("Accept", "application/json")
        self.timeout = (min(3.05, timeout), timeout)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.retries = retries
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self.budget = budget  # seconds this client may spend on failing requests
        self._sleep = sleep
        self._spent = 0.0
        self.stats = ClientStats()
        self.available = True
        self.failure: str | None = None  # why it became unavailable
        self.cache_warning: str | None = None

    # -- API ---------------------------------------------------------------------------
    def probe(self) -> bool:
        """One quick request: is the API there? A failure turns the client unavailable and
        is remembered in the cache for ``PROBE_MEMORY`` seconds, so that other processes
        and the next runs do not wait for it again."""
        if not self.available:
            return False
        remembered = self._remembered_probe()
        if remembered:
            self._fail(remembered)
            return False
        self.stats.requests += 1
        try:
            response = self.session.get(self.api_url, params={
                "action": "wbgetentities", "ids": "Q1", "props": "info", "format": "json"},
                timeout=PROBE_TIMEOUT)
            ok = response.status_code == 200 and isinstance(response.json(), dict)
            reason = None if ok else (f"throttled (HTTP {response.status_code})"
                                      if response.status_code in (429, 503)
                                      else f"HTTP {response.status_code}")
        except requests.Timeout:
            ok, reason = False, f"no answer within {PROBE_TIMEOUT[1]:g} s"
        except requests.RequestException as err:
            ok, reason = False, f"unreachable ({type(err).__name__})"
        except ValueError:
            ok, reason = False, "malformed JSON"
        if not ok:
            self._remember_probe(reason)
            self._fail(reason)
        return ok

    def _probe_path(self) -> Path | None:
        return self.cache_dir / PROBE_FILE if self.cache_dir is not None else None

    def _remembered_probe(self) -> str | None:
        path = self._probe_path()
        try:
            data = json.loads(path.read_text(encoding="utf-8")) if path else {}
        except (OSError, ValueError):
            return None
        if data.get("url") == self.api_url and time.time() - data.get("at", 0) < PROBE_MEMORY:
            return f"{data.get('reason')} (probed {time.time() - data['at']:.0f} s ago)"
        return None

    def _remember_probe(self, reason: str) -> None:
        path = self._probe_path()
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"url": self.api_url, "reason": reason,
                                       "at": time.time()}), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass  # not remembered: the next run probes again

    def search(self, text: str, language: str = "en", limit: int = 7) -> list[str]:
        """QIDs of items whose label or alias starts with ``text`` (wbsearchentities)."""
        data = self._get({"action": "wbsearchentities", "search": text, "language": language,
                          "uselang": language, "type": "item", "limit": str(limit),
                          "format": "json"})
        hits = data.get("search", [])
        if not isinstance(hits, list):
            raise self._fail("malformed wbsearchentities answer")
        return [h["id"] for h in hits if isinstance(h, dict) and isinstance(h.get("id"), str)]

    def get_entities(self, ids: Iterable[str], language: str = "en") -> dict[str, dict]:
        """Entity JSON by QID (wbgetentities); unknown or malformed IDs are left out."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, dict] = {}
        for start in range(0, len(ids), MAX_IDS):
            batch = ids[start:start + MAX_IDS]
            data = self._get({"action": "wbgetentities", "ids": "|".join(batch),
                              "props": "labels|aliases|descriptions|claims|sitelinks",
                              "languages": language, "format": "json"})
            if "error" in data:  # e.g. no-such-entity for a malformed id: try one by one
                if len(batch) > 1:
                    for qid in batch:
                        out.update(self.get_entities([qid], language))
                continue
            entities = data.get("entities", {})
            if not isinstance(entities, dict):
                raise self._fail("malformed wbgetentities answer")
            for qid, entity in entities.items():
                if isinstance(entity, dict) and "missing" not in entity:
                    out[qid] = entity
        return out

    # -- transport -------------------------------------------------------------------------
    def _cache_path(self, params: dict) -> Path | None:
        if self.cache_dir is None:
            return None
        key = json.dumps(params, sort_keys=True)
        digest = hashlib.sha256(f"{self.api_url}\n{key}".encode()).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.json"

    def _get(self, params: dict) -> dict:
        path = self._cache_path(params)
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self.stats.cache_hits += 1
                return data
            except (OSError, json.JSONDecodeError):
                pass  # a damaged entry is fetched again
        self.stats.cache_misses += 1
        data = self._fetch(params)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps(data), encoding="utf-8")
                os.replace(tmp, path)
            except OSError as err:  # a read-only or full disk costs the cache, not the run
                if not self.cache_warning:
                    self.cache_warning = f"Wikidata cache not written ({err.strerror})"
        return data

    def _fail(self, reason: str) -> WikidataUnavailable:
        self.available = False
        self.failure = self.failure or reason
        return WikidataUnavailable(reason)

    def _fetch(self, params: dict) -> dict:
        if not self.available:
            raise WikidataUnavailable(self.failure or "unavailable")
        reason = "no answer"
        for attempt in range(self.retries + 1):
            if self._spent >= self.budget:
                raise self._fail(f"gave up after {self._spent:.0f} s of failures ({reason})")
            started = time.monotonic()
            wait = self.backoff * (2 ** attempt)
            self.stats.requests += 1
            try:
                response = self.session.get(self.api_url, params=params, timeout=self.timeout)
            except requests.Timeout:
                reason = f"timed out after {self.timeout[1]:g} s"
            except requests.RequestException as err:
                reason = f"unreachable ({type(err).__name__})"
            else:
                if response.status_code == 200:
                    try:
                        data = response.json()
                    except ValueError:
                        reason = "malformed JSON"
                    else:
                        if isinstance(data, dict):
                            return data
                        reason = "malformed JSON"
                elif response.status_code == 429 or response.status_code == 503:
                    retry_after = _retry_after(response.headers.get("Retry-After"))
                    reason = (f"throttled (HTTP {response.status_code}"
                              + (f", Retry-After {retry_after:g} s)" if retry_after else ")"))
                    if retry_after is not None:
                        if retry_after > self.max_retry_after:
                            self._spent += time.monotonic() - started
                            raise self._fail(reason)
                        wait = max(wait, retry_after)
                else:
                    reason = f"HTTP {response.status_code}"
            self._spent += time.monotonic() - started
            if attempt < self.retries:
                wait = min(wait, max(0.0, self.budget - self._spent))
                self._sleep(wait)
                self._spent += wait
        raise self._fail(reason)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
