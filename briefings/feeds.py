"""RSS and Atom feeds: parsing (feedparser), polling with health and backoff, entry deduplication.

One poll of one feed: a conditional GET (ETag / Last-Modified); a 304 means nothing new.  Otherwise
the feed is parsed (RSS 0.9x, 1.0, 2.0 and Atom, by feedparser) and each entry it has not seen is
fetched as a web page and ingested like any document.  An entry is known by up to three keys: its
id, its link and a digest of its text (when it has enough text to be told apart), so an entry
republished with a new id but the same link or the same text is not ingested again, also after a
restart (the keys are in the database).  An article another feed already brought in is linked, not
fetched again; identical article text is one document in any case (the store's content hash).

Health: a successful poll makes the feed "ok"; a failed one (unreachable, HTTP error, not a feed,
broken XML) makes it "failing" (since the first failure of the run) and delays the next poll
exponentially (``interval * 2**failures``, at most ``max_backoff``, at least any Retry-After);
``max_failures`` failures in a row disable it.  An article that cannot be fetched is that entry's
error, not the feed's: it is retried on the next polls (``ENTRY_ATTEMPTS`` in all).

Every failure is caught per feed and per entry, so one bad source never stops the others.
"""

from __future__ import annotations

import asyncio
import calendar
import hashlib
import html
import logging
import re
import xml.sax
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlparse

from .documents import DocumentError
from .feedstore import ENTRY_ATTEMPTS, Feed, FeedStore, iso
from .fetch import Fetcher, FetchError
from .ingest import add_page
from .store import Store, StoreError
from .webpages import MIN_WORDS, fetch_page, page_document

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8,"
    " text/xml;q=0.8, */*;q=0.1"
)
DEFAULT_INTERVAL_MINUTES = 15
MIN_INTERVAL_MINUTES = 5
MAX_INTERVAL_MINUTES = 24 * 60
DEFAULT_MAX_FAILURES = 10
HASH_MIN_WORDS = 20  # an entry's text shorter than this is not distinctive enough to dedupe on


class FeedError(Exception):
    """A feed that cannot be read; the message is one line saying why."""


@dataclass(frozen=True)
class FeedOptions:
    interval: int = DEFAULT_INTERVAL_MINUTES * 60  # default seconds between polls of a feed
    max_failures: int = DEFAULT_MAX_FAILURES  # failures in a row that disable a feed
    max_backoff: int = 6 * 3600  # longest wait between polls of a failing feed (seconds)
    max_entries: int = 100  # newest entries considered per poll
    entry_concurrency: int = 4  # articles of one feed fetched at once
    feed_concurrency: int = 8  # feeds polled at once


def options_from_env(env: Mapping[str, str]) -> FeedOptions:
    """BRIEFINGS_FEED_INTERVAL (minutes) and BRIEFINGS_FEED_MAX_FAILURES; ValueError naming the setting."""

    def whole(name: str, default: int, low: int, high: int) -> int:
        raw = (env.get(name) or "").strip()
        if not raw:
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise ValueError(f"{name}: {raw[:40]!r} is not a whole number from {low} to {high}")
        return int(raw)

    minutes = whole(
        "BRIEFINGS_FEED_INTERVAL", DEFAULT_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES
    )
    return FeedOptions(
        interval=minutes * 60,
        max_failures=whole("BRIEFINGS_FEED_MAX_FAILURES", DEFAULT_MAX_FAILURES, 1, 1000),
    )


# --------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class FeedEntry:
    keys: list[str]  # "id:<digest>", "link:<digest>", "hash:<digest>" (those the entry has)
    title: str = ""
    link: str = ""
    published: str = ""  # ISO 8601, "" when the feed gives no date
    content: str = ""  # the entry's HTML (full content when the feed carries it, else the summary)


@dataclass(slots=True)
class ParsedFeed:
    title: str
    version: str
    entries: list[FeedEntry]  # in feed order (usually newest first), duplicates within the feed dropped


def _digest(kind: str, value: str) -> str:
    return f"{kind}:{hashlib.sha256(value.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}"


def _plain_words(markup: str) -> list[str]:
    """The words of an entry's HTML, for its content digest (tags and entities removed)."""
    return html.unescape(re.sub(r"<[^>]*>", " ", markup or "")).lower().split()


def entry_keys(entry_id: str, link: str, content: str) -> list[str]:
    keys = []
    if entry_id.strip():
        keys.append(_digest("id", entry_id.strip()))
    if link.strip():
        keys.append(_digest("link", link.strip()))
    words = _plain_words(content)
    if len(words) >= HASH_MIN_WORDS:
        keys.append(_digest("hash", " ".join(words)))
    return keys


def _iso_time(parsed) -> str:
    if not parsed:
        return ""
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat(timespec="seconds")
    except (OverflowError, ValueError, TypeError):
        return ""


def _xml_problem(exc) -> str:
    if exc is None:
        return ""
    line = getattr(exc, "getLineNumber", lambda: None)()
    text = getattr(exc, "getMessage", lambda: str(exc))() or type(exc).__name__
    return f"XML error at line {line}: {text}" if line else str(text)


def parse_feed(data: bytes, url: str = "", content_type: str = "") -> ParsedFeed:
    """Entries of an RSS or Atom document.  FeedError when it is not one or cannot be read at all
    (a feed with small XML faults that feedparser recovers from is read)."""
    import feedparser  # imported on first use

    if not isinstance(data, bytes | bytearray):
        raise TypeError("parse_feed takes the bytes of the feed")  # a str would be taken as a path or URL
    if not data.strip():
        raise FeedError("empty answer, not a feed")
    headers = {"content-location": url} if url else {}
    if content_type:
        headers["content-type"] = content_type
    try:
        parsed = feedparser.parse(bytes(data), response_headers=headers, sanitize_html=True)
    except Exception as e:  # feedparser is lenient, but a broken document must stay one error
        raise FeedError(f"could not read the feed: {type(e).__name__}: {str(e)[:120]}") from None
    raw_entries = parsed.get("entries") or []
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    problem = _xml_problem(exc) if isinstance(exc, xml.sax.SAXException) else ""
    if not raw_entries:
        if parsed.get("version"):
            if problem:
                raise FeedError(f"broken feed ({problem[:200]})")
        elif re.search(rb"<html[\s>]", data[:4096], re.I):
            raise FeedError("not an RSS or Atom feed (a web page)")
        elif data.lstrip()[:1] == b"<" and problem:
            raise FeedError(f"broken feed ({problem[:200]})")
        else:
            raise FeedError("not an RSS or Atom feed")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in raw_entries:
        contents = raw.get("content") or []
        content = (
            max((c.get("value") or "" for c in contents), key=len, default="") or raw.get("summary") or ""
        )
        link = raw.get("link") or ""
        if urlparse(link).scheme not in ("http", "https"):
            link = ""  # javascript:, mailto:, relative without a base: nothing to fetch
        keys = entry_keys(str(raw.get("id") or ""), link, content)
        if not keys or seen.intersection(keys):
            continue
        seen.update(keys)
        entries.append(
            FeedEntry(
                keys=keys,
                title=" ".join(str(raw.get("title") or "").split())[:300],
                link=link,
                published=_iso_time(raw.get("published_parsed") or raw.get("updated_parsed")),
                content=content,
            )
        )
    if problem and not entries:
        raise FeedError(f"broken feed ({problem[:200]}); no usable entries")
    feed = parsed.get("feed") or {}
    return ParsedFeed(
        title=" ".join(str(feed.get("title") or "").split())[:300],
        version=str(parsed.get("version") or ""),
        entries=entries,
    )


# --------------------------------------------------------------------------- polling


@dataclass(slots=True)
class Article:
    """An entry that is new to the feed and now maps to a stored document."""

    doc_id: str
    title: str
    url: str
    added: bool  # True: a new document; False: the text was already stored (another feed, a file)
    statements: int = 0


@dataclass(slots=True)
class PollResult:
    feed_id: int
    url: str
    title: str = ""
    status: str = "ok"  # "ok", "not_modified", "failed", "busy" (already being polled), "missing"
    error: str = ""
    articles: list[Article] = field(default_factory=list)
    skipped: int = 0  # entries seen before
    entry_errors: list[tuple[str, str]] = field(default_factory=list)  # (entry link or title, reason)
    failures: int = 0  # failures in a row after this poll
    disabled: bool = False  # this poll disabled the feed
    backlog: bool = False  # the feed's first successful poll: what it held before it was followed
    next_poll_at: str = ""

    @property
    def added(self) -> int:
        return sum(1 for a in self.articles if a.added)


def utcnow() -> datetime:
    return datetime.now(UTC)


class FeedPoller:
    """Polls feeds into the store.  ``clock`` gives the current time (tests move it)."""

    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        *,
        options: FeedOptions | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.feeds = FeedStore(store)
        self.fetcher = fetcher
        self.options = options or FeedOptions()
        self.clock = clock
        self._polling: set[int] = set()

    def backoff(self, feed: Feed, failures: int, retry_after: float | None = None) -> timedelta:
        delay = min(self.options.max_backoff, feed.interval * 2 ** min(failures, 20))
        if retry_after:
            delay = max(delay, min(retry_after, self.options.max_backoff))
        return timedelta(seconds=delay)

    async def poll_due(self) -> list[PollResult]:
        """Poll every enabled feed whose time has come (``feed_concurrency`` at a time)."""
        due = await self.feeds.due_feeds(self.clock())
        return await self.poll_many([f.id for f in due])

    async def poll_many(self, feed_ids: Iterable[int]) -> list[PollResult]:
        gate = asyncio.Semaphore(self.options.feed_concurrency)

        async def one(feed_id: int) -> PollResult:
            async with gate:
                return await self.poll(feed_id)

        return list(await asyncio.gather(*(one(i) for i in feed_ids)))

    async def poll(self, feed_id: int) -> PollResult:
        """Poll one feed now, whatever its schedule.  Never raises for a bad feed or article."""
        feed = await self.feeds.get_feed(feed_id)
        if feed is None:
            return PollResult(feed_id, "", status="missing", error="no such feed")
        if feed_id in self._polling:
            return PollResult(feed_id, feed.url, feed.title, status="busy", error="already being polled")
        self._polling.add(feed_id)
        try:
            return await self._poll(feed)
        finally:
            self._polling.discard(feed_id)

    async def _poll(self, feed: Feed) -> PollResult:
        result = PollResult(feed.id, feed.url, feed.title, backlog=not feed.last_ok_at)
        try:
            answer = await self.fetcher.get(
                feed.url, accept=FEED_ACCEPT, etag=feed.etag, last_modified=feed.last_modified
            )
            if answer.not_modified:
                result.status = "not_modified"
                await self._succeeded(feed, result, None, None, "")
                return result
            parsed = await asyncio.to_thread(parse_feed, answer.body, answer.url, answer.content_type)
        except (FetchError, FeedError) as e:
            await self._failed(feed, result, str(e), getattr(e, "retry_after", None))
            return result
        except Exception as e:  # a bug must not stop the other feeds; it is this feed's error
            log.exception("polling feed %s (%s) failed", feed.id, feed.url)
            await self._failed(feed, result, f"{type(e).__name__}: {str(e)[:200]}", None)
            return result
        result.title = parsed.title or feed.title
        retry_later = await self._entries(feed, parsed, result)
        # With an entry left to retry, forget the validators so the next poll gets the whole feed.
        etag, modified = (answer.etag, answer.last_modified) if not retry_later else ("", "")
        await self._succeeded(feed, result, etag, modified, parsed.title)
        return result

    async def _succeeded(
        self, feed: Feed, result: PollResult, etag: str | None, modified: str | None, title: str
    ) -> None:
        now = self.clock()
        next_poll = now + timedelta(seconds=feed.interval)
        await self.feeds.record_success(
            feed.id, now=now, next_poll=next_poll, etag=etag, last_modified=modified, title=title
        )
        result.next_poll_at = iso(next_poll)

    async def _failed(self, feed: Feed, result: PollResult, error: str, retry_after: float | None) -> None:
        now = self.clock()
        failures = feed.failures + 1
        disable = failures >= self.options.max_failures
        next_poll = now + self.backoff(feed, failures, retry_after)
        await self.feeds.record_failure(feed.id, now=now, next_poll=next_poll, error=error, disable=disable)
        result.status, result.error, result.failures = "failed", error, failures
        result.disabled, result.next_poll_at = disable, iso(next_poll)
        log.info("feed %s (%s) failed (%d in a row): %s", feed.id, feed.url, failures, error)

    async def _entries(self, feed: Feed, parsed: ParsedFeed, result: PollResult) -> bool:
        """Ingest the entries the feed has not seen, oldest first; True when one should be retried."""
        gate = asyncio.Semaphore(self.options.entry_concurrency)
        retry = False

        async def one(entry: FeedEntry) -> None:
            nonlocal retry
            async with gate:
                try:
                    outcome = await self._entry(feed, parsed, entry)
                except Exception as e:  # a bug: recorded as this entry's error, the others go on
                    log.exception("feed %s entry %s failed", feed.id, entry.link or entry.title)
                    outcome = f"{type(e).__name__}: {str(e)[:200]}"
            if outcome is None:
                result.skipped += 1
            elif isinstance(outcome, Article):
                result.articles.append(outcome)
            else:
                attempts = await self.feeds.mark_entry(feed.id, entry.keys, now=self.clock(), error=outcome)
                result.entry_errors.append((entry.link or entry.title or "(entry)", outcome))
                retry = retry or attempts < ENTRY_ATTEMPTS

        entries = list(reversed(parsed.entries[: self.options.max_entries]))
        await asyncio.gather(*(one(e) for e in entries))
        order = {e.link: i for i, e in enumerate(entries)}
        result.articles.sort(key=lambda a: order.get(a.url, 0))
        return retry

    async def _entry(self, feed: Feed, parsed: ParsedFeed, entry: FeedEntry) -> Article | str | None:
        """None when seen before, the Article when new to this feed, or the reason it failed."""
        states = await self.feeds.entry_states(feed.id, entry.keys)
        done = [s for s in states.values() if s.done]
        if done:
            missing = [k for k in entry.keys if k not in states]
            if missing:  # republished under a new id or link: remember those too
                await self.feeds.mark_entry(feed.id, missing, now=self.clock(), doc_id=done[0].doc_id)
            return None
        known = await self.feeds.known_document(entry.keys)
        if known is not None:
            await self.feeds.mark_entry(feed.id, entry.keys, now=self.clock(), doc_id=known)
            return Article(known, entry.title, entry.link, added=False)
        try:
            page = await self._page(parsed, entry)
            added = await add_page(self.store, page, self.clock())
        except (FetchError, DocumentError, StoreError) as e:
            return str(e)
        await self.feeds.mark_entry(feed.id, entry.keys, now=self.clock(), doc_id=added.doc_id)
        return Article(
            added.doc_id, page.document.title, entry.link or page.document.url, added.added, added.statements
        )

    async def _page(self, parsed: ParsedFeed, entry: FeedEntry):
        fallbacks = {
            "fallback_title": entry.title,
            "fallback_outlet": parsed.title,
            "fallback_date": entry.published,
        }
        if entry.link:
            try:
                return await fetch_page(self.fetcher, entry.link, **fallbacks)
            except (FetchError, DocumentError) as e:
                # the feed's own copy of the article, when it carries enough of it
                if len(_plain_words(entry.content)) < 4 * MIN_WORDS:
                    raise
                log.info("article %s: %s; using the feed's copy", entry.link, e)
        if len(_plain_words(entry.content)) < MIN_WORDS:
            raise DocumentError("the entry has no link and too little text")
        page = await asyncio.to_thread(page_document, _wrap(entry), url=entry.link, **fallbacks)
        return page


def _wrap(entry: FeedEntry) -> str:
    title = html.escape(entry.title)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{entry.content}</article></body></html>"


__all__ = [
    "Article",
    "FeedEntry",
    "FeedError",
    "FeedOptions",
    "FeedPoller",
    "ParsedFeed",
    "PollResult",
    "entry_keys",
    "options_from_env",
    "parse_feed",
]
