"""Helpers for the web UI tests: a store built from real news, a crawler, and headless
Chromium driven over the DevTools protocol."""
from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator
from urllib.parse import urljoin, urlsplit

WEB_DATA = Path(__file__).resolve().parent / "web_data"
#: Wikinews articles (CC BY 2.5, Wikinews contributors; see web_data/NEWS-SOURCES.md).
NEWS = WEB_DATA / "news"
SEED = Path(__file__).resolve().parent.parent / "seeds"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
#: What a reader must never see: node IRIs of the graph, compacted or not.
RAW_IRI = re.compile(r"kgid:|https?://w3id\.org/newskg/id/")


def build_news_store(directory: Path, nlp) -> Path:
    """Build the test articles (real Wikinews text and the seed) into a store on disk."""
    from kg.pipeline import BuildOptions, build

    store = directory / "store"
    report = build([str(NEWS), str(SEED)], str(store), BuildOptions(progress=False), nlp=nlp)
    assert report.built and not [p for p in report.problems if p.fatal], report.summary()
    return store


class _Page(HTMLParser):
    """Links and visible text of an HTML page (script, style and textarea are not text)."""

    HIDDEN = {"script", "style", "textarea", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.HIDDEN:
            self._hidden += 1
        for name in ("href", "src", "action") if tag != "form" else ():
            if attrs.get(name):
                self.links.append(attrs[name])

    def handle_endtag(self, tag):
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden:
            self.text.append(data)


@dataclass
class CrawlReport:
    pages: dict[str, int] = field(default_factory=dict)  # url -> status
    raw_iris: dict[str, list[str]] = field(default_factory=dict)  # url -> snippets
    referrers: dict[str, str] = field(default_factory=dict)  # url -> first page linking it

    def failures(self) -> dict[str, int]:
        return {u: s for u, s in self.pages.items() if s == 404 or s >= 500}


def crawl(get, start: str = "/", limit: int = 800) -> CrawlReport:
    """Follow every internal link from ``start`` (at most ``limit`` pages); ``get(url)``
    returns (status, content type, body text)."""
    report = CrawlReport()
    queue = deque([start])
    seen = {start}
    while queue and len(report.pages) < limit:
        url = queue.popleft()
        status, ctype, body = get(url)
        report.pages[url] = status
        if not ctype.startswith("text/html"):
            continue
        page = _Page()
        page.feed(body)
        text = " ".join(page.text)
        hits = [text[max(0, m.start() - 40):m.end() + 40] for m in RAW_IRI.finditer(text)]
        if hits:
            report.raw_iris[url] = hits[:3]
        for link in page.links:
            target = urljoin(url, link.split("#", 1)[0])
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or not target:
                continue  # another site (Wikidata, the article's source)
            if target not in seen:
                seen.add(target)
                report.referrers[target] = url
                queue.append(target)
    return report


# -- headless Chromium over the DevTools protocol --------------------------------------------
class DevTools:
    """The few DevTools calls the tests need, over one page's websocket."""

    def __init__(self, ws_url: str):
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
        raise TimeoutError(method)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.1)
        raise TimeoutError(expression)

    def goto(self, url: str, ready: str = "true") -> None:
        self.call("Page.navigate", url=url)
        self.wait_for(f"location.href.startsWith({json.dumps(url.split('#')[0])}) && "
                      f"document.readyState === 'complete' && ({ready})")

    def type_text(self, text: str) -> None:
        self.call("Input.insertText", text=text)

    def key(self, key: str, code: str, keycode: int, modifiers: int = 0) -> None:
        for kind in ("rawKeyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key=key, code=code,
                      windowsVirtualKeyCode=keycode, modifiers=modifiers)

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self):
        self.ws.close()


@contextmanager
def chromium(profile: Path) -> Iterator[str]:
    """Headless Chromium with DevTools on an ephemeral loopback port; yields its HTTP URL."""
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--no-first-run",
         "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1280,900",
         "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("Chromium did not start its DevTools endpoint")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port_file.read_text().split()[0]}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
