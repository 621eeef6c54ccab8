"""Ingestion: files, folders, web addresses (or raw text) -> Document -> extraction -> Store."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import extraction
from .documents import SUFFIXES, DocumentError, parse_document, read_document
from .feedstore import FeedStore
from .models import KINDS, Document, Extraction
from .store import AddResult, Store, StoreError

if TYPE_CHECKING:
    from .fetch import FetchPolicy
    from .webpages import WebPage

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_WEB_ADDRESS = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_web_address(text: str) -> bool:
    """Whether a command-line source is an address to fetch (any scheme: the fetcher refuses
    all but http/https with a clear message) rather than a file path."""
    return bool(_WEB_ADDRESS.match(text.strip()))


# extraction is CPU-bound; small documents are faster inline than through a thread
_THREAD_THRESHOLD = 200_000


@dataclass(slots=True)
class IngestSummary:
    added: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    statements: int = 0  # statements added
    speakers: int = 0  # speakers in the store afterwards


def collect_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest (folders walked recursively for .txt/.md/.html, sorted) and paths that cannot be."""
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            try:
                found = sorted(
                    f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES + HTML_SUFFIXES and f.is_file()
                )
            except OSError as e:
                failed.append((str(raw), e.strerror or str(e)))
                continue
            files.extend(found)
        elif p.exists() or p.is_symlink():
            files.append(p)
        else:
            failed.append((str(raw), "no such file or folder"))
    return list(dict.fromkeys(files)), failed


def clean_extraction(doc: Document, ext: Extraction) -> Extraction:
    """Drop statements whose offsets do not index their text (the store would refuse the document)."""
    good = [
        s
        for s in ext.statements
        if s.kind in KINDS
        and 0 <= s.start <= s.end <= len(doc.text)
        and doc.text[s.start : s.end] == s.text
        and s.speaker
    ]
    if len(good) == len(ext.statements):
        return ext
    return Extraction(statements=good, speakers=ext.speakers)


async def extract_document(doc: Document) -> Extraction:
    if len(doc.text) > _THREAD_THRESHOLD:
        ext = await asyncio.to_thread(extraction.extract, doc.text, doc.body_start)
    else:
        ext = extraction.extract(doc.text, doc.body_start)
    return clean_extraction(doc, ext)


async def add(store: Store, doc: Document) -> AddResult:
    return await store.add_document(doc, await extract_document(doc))


async def add_page(store: Store, page: WebPage, now: datetime | None = None) -> AddResult:
    """Ingest a web page and keep what it said about itself (fetched and canonical address, author)."""
    result = await add(store, page.document)
    if page.fetched_url or page.canonical_url or page.author:
        await FeedStore(store).save_page(
            result.doc_id,
            now=now or datetime.now(UTC),
            fetched_url=page.fetched_url,
            canonical_url=page.canonical_url,
            author=page.author,
        )
    return result


async def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
    *,
    fetch_policy: FetchPolicy | None = None,
) -> IngestSummary:
    """Ingest files, folders and web addresses (http/https pages, fetched under ``fetch_policy``).
    A source that cannot be read is listed in ``failed`` and skipped.

    ``progress(done, total, path)`` is called after each source.
    """
    paths = [str(p) for p in paths]
    urls = [p for p in paths if is_web_address(p)]
    files, failed = collect_paths(p for p in paths if not is_web_address(p))
    sources: list[Path | str] = [*files, *dict.fromkeys(urls)]
    summary = IngestSummary(failed=failed)
    from .fetch import Fetcher, FetchError  # aiohttp: only for the commands that may fetch
    from .webpages import fetch_page, read_html_file

    fetcher = None
    try:
        for i, source in enumerate(sources, 1):
            try:
                if isinstance(source, str):
                    fetcher = fetcher or Fetcher(fetch_policy)
                    result = await add_page(store, await fetch_page(fetcher, source))
                elif source.suffix.lower() in HTML_SUFFIXES:
                    result = await add_page(store, read_html_file(source))
                else:
                    result = await add(store, read_document(source))
            except (DocumentError, StoreError, FetchError) as e:
                summary.failed.append((str(source), str(e)))
            except Exception as e:  # a bug in extraction must not stop the batch; report it by source
                summary.failed.append((str(source), f"{type(e).__name__}: {e}"))
            else:
                if result.added:
                    summary.added += 1
                    summary.statements += result.statements
                else:
                    summary.skipped += 1
            if progress:
                progress(i, len(sources), str(source))
    finally:
        if fetcher is not None:
            await fetcher.close()
    summary.speakers = (await store.counts())["speakers"]
    return summary


async def ingest_text(
    store: Store,
    text: str,
    *,
    title: str = "",
    outlet: str = "",
    url: str = "",
    published_at: str = "",
    path: str = "",
) -> AddResult:
    """Ingest text from anywhere (an attachment, a feed).  Front matter in the text is honoured;
    explicit arguments win over it."""
    if not isinstance(text, str) or not text.strip():
        raise StoreError("empty text: nothing to ingest")
    doc = parse_document(text, path)
    doc.title = title or doc.title
    doc.outlet = outlet or doc.outlet
    doc.url = url or doc.url
    doc.published_at = published_at or doc.published_at
    return await add(store, doc)
