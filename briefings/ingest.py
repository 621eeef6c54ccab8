"""Ingestion: files and folders (or raw text) -> Document -> extraction -> Store."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import extraction
from .documents import SUFFIXES, DocumentError, parse_document, read_document
from .models import KINDS, Document, Extraction
from .store import AddResult, Store, StoreError

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
    """Files to ingest (folders walked recursively for .txt/.md, sorted) and paths that cannot be."""
    files: list[Path] = []
    failed: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            try:
                found = sorted(f for f in p.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file())
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


async def ingest_paths(
    store: Store, paths: Iterable[str | Path], progress: Callable[[int, int, str], None] | None = None
) -> IngestSummary:
    """Ingest files and folders.  A file that cannot be read is listed in ``failed`` and skipped.

    ``progress(done, total, path)`` is called after each file.
    """
    files, failed = collect_paths(paths)
    summary = IngestSummary(failed=failed)
    for i, path in enumerate(files, 1):
        try:
            doc = read_document(path)
            result = await add(store, doc)
        except (DocumentError, StoreError) as e:
            summary.failed.append((str(path), str(e)))
        except Exception as e:  # a bug in extraction must not stop the batch; report it by file
            summary.failed.append((str(path), f"{type(e).__name__}: {e}"))
        else:
            if result.added:
                summary.added += 1
                summary.statements += result.statements
            else:
                summary.skipped += 1
        if progress:
            progress(i, len(files), str(path))
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
