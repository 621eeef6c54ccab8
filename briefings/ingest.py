"""Ingestion: files, folders, web addresses (or raw text) -> Document -> extraction -> Store."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import re
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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
BATCH_DOCS = 150  # documents per transaction when ingesting files
WINDOW_BYTES = 8 * 1024 * 1024  # and at most about this much text per transaction
POOL_MIN_FILES = 24  # fewer files than this are extracted in this process (workers take ~0.3 s to start)


@dataclass(slots=True)
class IngestSummary:
    added: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    statements: int = 0  # statements added
    speakers: int = 0  # speakers in the store afterwards

    def count(self, result: AddResult) -> None:
        if result.added:
            self.added += 1
            self.statements += result.statements
        else:
            self.skipped += 1


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


def read_and_extract(path: Path) -> tuple[Document, Extraction] | tuple[None, str]:
    """One file read and extracted, or (None, why not).  Runs in a worker process as well."""
    try:
        doc = read_document(path)
        return doc, clean_extraction(doc, extraction.extract(doc.text, doc.body_start))
    except DocumentError as e:
        return None, str(e)
    except Exception as e:  # a bug in extraction must not stop the batch; report it by file
        return None, f"{type(e).__name__}: {e}"


def read_and_extract_all(paths: list[Path]) -> list[tuple[Document, Extraction] | tuple[None, str]]:
    return [read_and_extract(p) for p in paths]


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _windows(files: list[Path], batch: int, max_bytes: int = WINDOW_BYTES) -> list[list[Path]]:
    """Files in runs of at most ``batch`` (and about ``max_bytes`` of text, so memory stays bounded)."""
    windows: list[list[Path]] = []
    size = 0
    for f in files:
        try:
            n = f.stat().st_size
        except OSError:
            n = 0
        if not windows or len(windows[-1]) >= batch or (size + n > max_bytes and windows[-1]):
            windows.append([])
            size = 0
        windows[-1].append(f)
        size += n
    return windows


async def _extracted(windows: list[list[Path]], jobs: int) -> AsyncIterator[tuple[list[Path], list]]:
    """Each window with its files read and extracted: in ``jobs`` worker processes (the next window
    is extracted while the caller stores this one) when it pays, else in this process."""
    if jobs > 1 and sum(map(len, windows)) >= POOL_MIN_FILES:
        loop = asyncio.get_running_loop()
        # spawn, not fork: this process runs the database thread
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn")) as pool:

            def submit(window: list[Path]) -> list[asyncio.Future]:
                # a few files per task: each task is a round trip to a worker
                n = max(1, len(window) // (2 * jobs))
                return [
                    loop.run_in_executor(pool, read_and_extract_all, window[i : i + n])
                    for i in range(0, len(window), n)
                ]

            pending = submit(windows[0])
            for k, window in enumerate(windows):
                try:
                    extracted = [pair for part in await asyncio.gather(*pending) for pair in part]
                except BrokenProcessPool:  # a worker died (killed, out of memory): the rest here
                    windows = windows[k:]
                    break
                pending = submit(windows[k + 1]) if k + 1 < len(windows) else []
                yield window, extracted
            else:
                return
    for window in windows:
        yield window, [read_and_extract(p) for p in window]


async def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    progress: Callable[[int, int, str], None] | None = None,
    *,
    fetch_policy: FetchPolicy | None = None,
    jobs: int = 1,
    batch: int = BATCH_DOCS,
) -> IngestSummary:
    """Ingest files, folders and web addresses (http/https pages, fetched under ``fetch_policy``).
    A source that cannot be read is listed in ``failed`` and skipped.

    Text files are stored ``batch`` at a time, each batch in one transaction (each document still
    all or nothing).  With ``jobs`` > 1 and at least ``POOL_MIN_FILES`` files, their extraction runs
    in that many worker processes while the store writes the previous batch.  HTML files and web
    pages follow, one at a time.  ``progress(done, total, source)`` is called after each source.
    """
    paths = [str(p) for p in paths]
    urls = [p for p in paths if is_web_address(p)]
    files, failed = collect_paths(p for p in paths if not is_web_address(p))
    sources: list[Path | str] = [*files, *dict.fromkeys(urls)]
    summary = IngestSummary(failed=failed)
    batch = max(1, int(batch))
    text_files = [f for f in files if f.suffix.lower() not in HTML_SUFFIXES]
    others: list[Path | str] = [f for f in files if f.suffix.lower() in HTML_SUFFIXES] + list(dict.fromkeys(urls))
    windows = _windows(text_files, batch)
    done = 0

    async def store_window(window: list[Path], extracted: list) -> None:
        nonlocal done
        docs = [pair for pair in extracted if pair[0] is not None]
        try:
            stored = iter(await store.add_documents(docs) if docs else [])
        except StoreError as e:  # the whole transaction failed (disk full, database locked...)
            stored = iter([e] * len(docs))
        for path, (doc, ext_or_reason) in zip(window, extracted, strict=True):
            r = next(stored) if doc is not None else ext_or_reason
            if isinstance(r, AddResult):
                summary.count(r)
            else:
                summary.failed.append((str(path), str(r)))
            done += 1
            if progress:
                progress(done, len(sources), str(path))

    async for window, extracted in _extracted(windows, jobs):
        await store_window(window, extracted)

    if others:
        await _ingest_others(store, others, done, len(sources), summary, progress, fetch_policy)
    summary.speakers = (await store.counts())["speakers"]
    return summary


async def _ingest_others(
    store: Store,
    others: list[Path | str],
    done: int,
    total: int,
    summary: IngestSummary,
    progress: Callable[[int, int, str], None] | None,
    fetch_policy: FetchPolicy | None,
) -> None:
    """HTML files and web addresses, one at a time, after the text files (``done`` of ``total`` so far).

    aiohttp and the HTML reader are imported here, only when there is such a source: the import takes
    ~0.14 s, as long as extracting and storing some forty articles."""
    from .fetch import Fetcher, FetchError
    from .webpages import fetch_page, read_html_file

    fetcher = None
    try:
        for i, source in enumerate(others, done + 1):
            try:
                if isinstance(source, str):
                    fetcher = fetcher or Fetcher(fetch_policy)
                    result = await add_page(store, await fetch_page(fetcher, source))
                else:  # only HTML files are left: text files were stored in batches before
                    result = await add_page(store, read_html_file(source))
            except (DocumentError, StoreError, FetchError) as e:
                summary.failed.append((str(source), str(e)))
            except Exception as e:  # a bug in extraction must not stop the batch; report it by source
                summary.failed.append((str(source), f"{type(e).__name__}: {e}"))
            else:
                summary.count(result)
            if progress:
                progress(i, total, str(source))
    finally:
        if fetcher is not None:
            await fetcher.close()


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
