"""Web pages -> :class:`~briefings.models.Document`: the article's main text and its metadata.

Main-text extraction and metadata (title, site name, author, date, canonical address) come from
trafilatura, which drops navigation, footers, comments and other boilerplate; nothing here scrapes
HTML by hand.  The Document text is the headline, a blank line, then one paragraph per line, which
is the shape the statement extractor reads (its paragraphs are lines).

``page_document`` is pure (bytes in, WebPage out, CPU only); ``fetch_page`` fetches through a
:class:`~briefings.fetch.Fetcher` and parses in a worker thread so an event loop stays responsive.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from .documents import MAX_BYTES, DocumentError, parse_document, read_bytes
from .fetch import Fetcher, FetchResult
from .ingest import HTML_SUFFIXES
from .models import Document

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1"
MIN_WORDS = 12  # less than this is not an article (a login wall, a cookie notice, an empty page)


@dataclass(slots=True)
class WebPage:
    document: Document
    author: str = ""
    canonical_url: str = ""  # what the page says its address is ("" when it says nothing)
    fetched_url: str = ""  # the address it was fetched from, after redirects ("" for files)


def _extract(html: bytes | str, url: str | None):
    import trafilatura  # imported on first use: ~0.5 s, only for commands that read web pages

    return trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _clean(value) -> str:
    return " ".join(str(value or "").split())


def _site_of(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


def page_document(
    html: bytes | str,
    *,
    url: str = "",
    path: str = "",
    fallback_title: str = "",
    fallback_outlet: str = "",
    fallback_date: str = "",
) -> WebPage:
    """The article in an HTML page.  DocumentError when the page holds no article text.

    ``url`` is where the page came from (it resolves relative canonical links and names the outlet
    when the page does not); ``fallback_*`` fill metadata the page lacks (from a feed entry).
    """
    if not html or not (html.strip() if isinstance(html, str) else html.strip()):
        raise DocumentError("empty page")
    if len(html) > MAX_BYTES:
        raise DocumentError(f"page too large ({len(html) // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB)")
    try:
        found = _extract(html, url)
    except Exception as e:  # the extractor should not raise, but a broken page must stay one error
        raise DocumentError(f"could not read the page: {type(e).__name__}: {str(e)[:120]}") from None
    paragraphs = [_clean(line) for line in (getattr(found, "text", None) or "").splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if found is None or sum(len(p.split()) for p in paragraphs) < MIN_WORDS:
        raise DocumentError("no article text found in the page")
    title = _clean(found.title) or _clean(fallback_title)
    if title and paragraphs and paragraphs[0].rstrip(".") == title.rstrip("."):
        paragraphs = paragraphs[1:]  # the headline repeated as the first line of the text
    if not title:
        title, paragraphs = paragraphs[0], paragraphs[1:]
        if not paragraphs:
            raise DocumentError("no article text found in the page")
    canonical = _clean(found.url)
    if canonical and urlparse(canonical).scheme not in ("http", "https"):
        canonical = ""
    head = title + "\n\n"
    doc = Document(
        text=head + "\n\n".join(paragraphs) + "\n",
        title=title[:300],
        outlet=_clean(found.sitename) or _clean(fallback_outlet) or _site_of(canonical or url),
        url=canonical or url,
        published_at=_clean(found.date) or fallback_date,
        path=path or url,
        body_start=0,  # the headline is part of the text, as in a .txt article
    )
    return WebPage(doc, author=_clean(found.author)[:200], canonical_url=canonical, fetched_url=url)


def text_document(data: bytes, *, url: str = "", charset: str = "", fallback_title: str = "") -> WebPage:
    """A plain-text answer (text/plain): read like a .txt file."""
    try:
        text = data.decode(charset or "utf-8")
    except (UnicodeDecodeError, LookupError):
        raise DocumentError("the text is not in a readable encoding") from None
    if len(text.split()) < MIN_WORDS:
        raise DocumentError("no article text found")
    doc = parse_document(text, url)
    doc.url = doc.url or url
    doc.title = doc.title or fallback_title
    doc.outlet = doc.outlet or _site_of(url)
    return WebPage(doc, fetched_url=url)


def read_html_file(path: str | Path) -> WebPage:
    """An .html file on disk.  DocumentError with a one-line reason."""
    page = page_document(read_bytes(path), path=str(path), fallback_title=Path(path).stem)
    page.document.url = page.canonical_url
    return page


async def fetch_page(
    fetcher: Fetcher,
    url: str,
    *,
    fallback_title: str = "",
    fallback_outlet: str = "",
    fallback_date: str = "",
) -> WebPage:
    """Fetch ``url`` and read the article in it (FetchError or DocumentError when that fails)."""
    result = await fetcher.get(url, accept=ACCEPT)
    return await asyncio.to_thread(
        page_from_result,
        result,
        fallback_title=fallback_title,
        fallback_outlet=fallback_outlet,
        fallback_date=fallback_date,
    )


def page_from_result(result: FetchResult, **fallbacks: str) -> WebPage:
    kind = result.content_type
    if kind in TEXT_TYPES:
        return text_document(
            result.body,
            url=result.url,
            charset=result.charset,
            fallback_title=fallbacks.get("fallback_title", ""),
        )
    if kind and kind not in HTML_TYPES and not re.match(r"^(text/|application/(.+\+)?xml)", kind):
        raise DocumentError(f"not a web page ({kind[:60]})")
    html: bytes | str = result.body
    if result.charset:  # the server's declared encoding wins over guessing
        try:
            html = result.body.decode(result.charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return page_document(html, url=result.url, **fallbacks)


__all__ = [
    "HTML_SUFFIXES",
    "WebPage",
    "fetch_page",
    "page_document",
    "page_from_result",
    "read_html_file",
    "text_document",
]
