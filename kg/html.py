"""HTML pages to article text: boilerplate stripped (jusText), title and date from metadata."""
from __future__ import annotations

from datetime import date

import justext
from bs4 import BeautifulSoup

from kg.textdates import parse_date

_DATE_META = ("article:published_time", "og:published_time", "datePublished",
              "date", "pubdate", "publishdate", "dc.date", "dcterms.date")


def html_to_article_text(html: str) -> tuple[str, str | None, date | None]:
    """(main text, title, publication date) of an HTML page."""
    soup = BeautifulSoup(html, "html.parser")
    title = _title(soup)
    published = _published(soup)
    paragraphs = justext.justext(html.encode("utf-8"), justext.get_stoplist("English"))
    kept = [p.text for p in paragraphs if not p.is_boilerplate]
    if not kept:  # short pages: jusText marks everything as boilerplate; keep the body text
        body = soup.body or soup
        for tag in body(["script", "style", "nav", "header", "footer", "aside"]):
            tag.decompose()
        kept = [line.strip() for line in body.get_text("\n").splitlines() if line.strip()]
    return "\n\n".join(kept), title, published


def _title(soup: BeautifulSoup) -> str | None:
    meta = soup.find("meta", attrs={"property": "og:title"})
    if meta and meta.get("content"):
        return meta["content"].strip()
    if soup.title and soup.title.string:
        return soup.title.string.strip()
    h1 = soup.find("h1")
    return h1.get_text(" ", strip=True) if h1 else None


def _published(soup: BeautifulSoup) -> date | None:
    for name in _DATE_META:
        meta = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if meta and meta.get("content") and (found := parse_date(meta["content"])):
            return found
    time = soup.find("time", attrs={"datetime": True})
    return parse_date(time["datetime"]) if time else None
