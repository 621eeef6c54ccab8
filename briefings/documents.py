"""Reading article files into :class:`~briefings.models.Document`.

A file is UTF-8 text (``.txt`` or ``.md``).  An optional front matter block at the top
(``---`` lines around ``key: value`` pairs) gives the title, outlet, url and publication date;
without it the first non-empty line is the title.  ``Document.text`` is the file text exactly
as read (no newline translation), so statement offsets index the real file.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .models import Document

SUFFIXES = (".txt", ".md")
MAX_BYTES = 5 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_FIELD = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "url": "url",
    "link": "url",
    "published": "published_at",
    "published_at": "published_at",
    "date": "published_at",
}
_QUOTES = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"}


class DocumentError(ValueError):
    """A file that cannot be read as an article; the message says why in one line."""


def document_id(text: str) -> str:
    """Content hash: sha256 of the text with quote marks and whitespace folded."""
    # str.replace per quote mark and split/join: the same as translate + re.sub(r"\s+", " ") + strip
    # (str.split and re's \s agree on whitespace), ~7 times faster on an article
    for mark, plain in _QUOTES.items():
        if mark in text:
            text = text.replace(mark, plain)
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _short_title(title: str, limit: int = 150) -> str:
    """A first line that is really a paragraph becomes its first sentence, or a cut at a word."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    m = re.match(rf"(.{{20,{limit}}}?[.!?])\s", title)
    if m:
        return m.group(1)
    return title[: limit - 1].rsplit(" ", 1)[0] + "…"


def parse_document(text: str, path: str = "") -> Document:
    """Split front matter from prose; the text itself is kept unchanged."""
    meta: dict[str, str] = {}
    body_start = 1 if text.startswith("\ufeff") else 0
    m = _FRONT_MATTER.match(text)
    if m:
        for line in m.group(1).splitlines():
            f = _FIELD.match(line)
            if f and f.group(1).lower() in _KEYS:
                meta.setdefault(_KEYS[f.group(1).lower()], _unquote(f.group(2)))
        body_start = m.end()
    title = meta.get("title", "")
    if not title:
        for line in text[body_start:].splitlines():
            if line.strip():
                title = line.strip().lstrip("#").strip()
                break
    if not title and path:
        title = Path(path).stem
    return Document(
        text=text,
        title=_short_title(title),
        outlet=meta.get("outlet", ""),
        url=meta.get("url", ""),
        published_at=meta.get("published_at", ""),
        path=path,
        body_start=body_start,
    )


def decode_document(data: bytes, path: str = "") -> Document:
    """Bytes of a file -> Document, or DocumentError saying why not."""
    if len(data) > MAX_BYTES:
        raise DocumentError(f"too large ({len(data) // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB)")
    if b"\x00" in data[:8192]:
        raise DocumentError("binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DocumentError(f"not UTF-8 text (undecodable byte at offset {e.start})") from None
    doc = parse_document(text, path)
    if not text[doc.body_start :].strip():
        raise DocumentError("empty file")
    return doc


def read_bytes(path: str | Path) -> bytes:
    """The bytes of an article file (at most MAX_BYTES).  Raises DocumentError with a one-line reason."""
    p = Path(path)
    try:
        if p.is_dir():
            raise DocumentError("is a folder")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(f"too large ({size // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB)")
        return p.read_bytes()
    except FileNotFoundError:
        raise DocumentError("no such file") from None
    except PermissionError:
        raise DocumentError("permission denied") from None
    except OSError as e:
        raise DocumentError(e.strerror or str(e)) from None


def read_document(path: str | Path) -> Document:
    """Read one article file.  Raises DocumentError with a one-line reason."""
    return decode_document(read_bytes(path), str(path))
