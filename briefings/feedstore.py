"""The SQL for web pages, feeds, seen feed entries, watched speakers and sent alerts (migration 5).

It works through the :class:`~briefings.store.Store`'s connection: reads with its ``_one``/``_all``
helpers, writes under its write lock (one connection: a write must never land inside another
coroutine's open transaction).  Times are ISO 8601 UTC strings, so they compare as text.

Tables (see ``store.MIGRATIONS[4]``):
- web_pages(doc_id, fetched_url, canonical_url, author, saved_at): what a fetched page said about itself
- feeds(id, guild_id (0 = added from the command line), url, title, channel_id (alerts),
  notice_channel_id (where the feed was added: health notices when no alert channel), interval (s),
  etag, last_modified, status ok|failing|disabled, failures, failing_since, last_error, polls,
  last_polled_at, last_ok_at, next_poll_at, created_at)
- feed_entries(feed_id, key, doc_id, attempts, error, seen_at): one row per key of an entry
  ("id:…", "link:…", "hash:…", each a digest of the value); an entry whose key is here is not
  ingested again by that feed
- watches(guild_id, speaker_id, added_by, added_at)
- feed_alerts(doc_id, channel_id, feed_id, message_id, sent_at): at most one alert per article and channel
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from .store import Store, StoreError

ENTRY_ATTEMPTS = 3  # an entry whose article failed this many times is given up


def iso(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class Feed:
    id: int
    guild_id: int
    url: str
    title: str
    channel_id: int | None
    notice_channel_id: int | None
    interval: int  # seconds
    etag: str
    last_modified: str
    status: str  # "ok" | "failing" | "disabled"
    failures: int
    failing_since: str
    last_error: str
    polls: int
    last_polled_at: str
    last_ok_at: str
    next_poll_at: str
    created_at: str
    articles: int = 0  # entries that became (or matched) a stored document

    @property
    def name(self) -> str:
        return self.title or self.url


@dataclass(slots=True)
class EntryState:
    doc_id: str | None
    attempts: int
    error: str

    @property
    def done(self) -> bool:
        """Ingested, deliberately skipped, or given up: never fetched again."""
        return self.doc_id is not None or not self.error or self.attempts >= ENTRY_ATTEMPTS


@dataclass(slots=True)
class WatchedStatement:
    speaker_id: int
    speaker: str
    kind: str
    text: str


_FEED_COLUMNS = (
    "f.id, f.guild_id, f.url, f.title, f.channel_id, f.notice_channel_id, f.interval, f.etag,"
    " f.last_modified, f.status, f.failures, f.failing_since, f.last_error, f.polls, f.last_polled_at,"
    " f.last_ok_at, f.next_poll_at, f.created_at,"
    " (SELECT count(DISTINCT e.doc_id) FROM feed_entries e WHERE e.feed_id = f.id AND e.doc_id IS NOT NULL)"
)


class FeedStore:
    """Data access for feeds and web pages over an open :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ----------------------------------------------------------------- plumbing

    async def _write(self, statements: Iterable[tuple[str, tuple]]) -> list[sqlite3.Cursor]:
        """Run the statements in one transaction, under the store's write lock."""
        db = self.store._db
        async with self.store._write_lock:
            try:
                await db.execute("BEGIN IMMEDIATE")
                cursors = [await db.execute(sql, params) for sql, params in statements]
                await db.execute("COMMIT")
                return cursors
            except BaseException as e:
                if db.in_transaction:
                    await db.execute("ROLLBACK")
                if isinstance(e, sqlite3.Error):
                    raise StoreError(f"could not save feed data: {e}") from None
                raise

    async def _feeds(self, where: str, params: tuple = ()) -> list[Feed]:
        rows = await self.store._all(f"SELECT {_FEED_COLUMNS} FROM feeds f {where}", params)
        return [Feed(*row) for row in rows]

    # ----------------------------------------------------------------- feeds

    async def add_feed(
        self,
        url: str,
        *,
        now: datetime,
        guild_id: int = 0,
        channel_id: int | None = None,
        notice_channel_id: int | None = None,
        interval: int = 900,
        title: str = "",
    ) -> tuple[Feed, bool]:
        """Follow ``url`` in a guild: (feed, True) when new.  Adding a followed feed again updates its
        channel and interval, and re-enables it with a clean health record: (feed, False)."""
        stamp = iso(now)
        existing = await self._feeds("WHERE f.guild_id = ? AND f.url = ?", (int(guild_id), url))
        if existing:
            feed = existing[0]
            await self._write(
                [
                    (
                        "UPDATE feeds SET channel_id = ?, notice_channel_id = coalesce(?, notice_channel_id),"
                        " interval = ?, status = 'ok', failures = 0, failing_since = '', last_error = '',"
                        " next_poll_at = ? WHERE id = ?",
                        (channel_id, notice_channel_id, int(interval), stamp, feed.id),
                    )
                ]
            )
            return await self.get_feed(feed.id), False  # type: ignore[return-value]
        (cur,) = await self._write(
            [
                (
                    "INSERT INTO feeds(guild_id, url, title, channel_id, notice_channel_id, interval,"
                    " next_poll_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (int(guild_id), url, title, channel_id, notice_channel_id, int(interval), stamp, stamp),
                )
            ]
        )
        return await self.get_feed(cur.lastrowid), True  # type: ignore[return-value]

    async def get_feed(self, feed_id: int) -> Feed | None:
        found = await self._feeds("WHERE f.id = ?", (int(feed_id),))
        return found[0] if found else None

    async def find_feed(self, text: str, guild_id: int | None = None) -> Feed | None:
        """A feed by its number ("3", "#3") or its address, within a guild when one is given."""
        text = (text or "").strip()
        scope, params = ("AND f.guild_id = ?", (int(guild_id),)) if guild_id is not None else ("", ())
        number = text.lstrip("#")
        if number.isdigit() and len(number) < 19:
            found = await self._feeds(f"WHERE f.id = ? {scope}", (int(number), *params))
        else:
            found = await self._feeds(f"WHERE f.url = ? {scope} ORDER BY f.id LIMIT 2", (text, *params))
        return found[0] if len(found) == 1 else None

    async def list_feeds(self, guild_id: int | None = None) -> list[Feed]:
        if guild_id is None:
            return await self._feeds("ORDER BY f.guild_id, f.id")
        return await self._feeds("WHERE f.guild_id = ? ORDER BY f.id", (int(guild_id),))

    async def remove_feed(self, feed_id: int) -> bool:
        (cur,) = await self._write([("DELETE FROM feeds WHERE id = ?", (int(feed_id),))])
        return cur.rowcount > 0

    async def due_feeds(self, now: datetime, limit: int = 1000) -> list[Feed]:
        """Enabled feeds whose next poll time has come, the most overdue first."""
        return await self._feeds(
            "WHERE f.status IN ('ok', 'failing') AND f.next_poll_at <= ? ORDER BY f.next_poll_at, f.id LIMIT ?",
            (iso(now), int(limit)),
        )

    async def record_success(
        self,
        feed_id: int,
        *,
        now: datetime,
        next_poll: datetime,
        etag: str | None,
        last_modified: str | None,
        title: str = "",
    ) -> None:
        """A poll that worked: healthy again.  ``etag``/``last_modified`` None keeps the old values."""
        await self._write(
            [
                (
                    "UPDATE feeds SET status = 'ok', failures = 0, failing_since = '', last_error = '',"
                    " polls = polls + 1, last_polled_at = ?, last_ok_at = ?, next_poll_at = ?,"
                    " etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),"
                    " title = CASE WHEN ? != '' THEN ? ELSE title END WHERE id = ?",
                    (iso(now), iso(now), iso(next_poll), etag, last_modified, title, title[:300], feed_id),
                )
            ]
        )

    async def record_failure(
        self, feed_id: int, *, now: datetime, next_poll: datetime, error: str, disable: bool
    ) -> None:
        """A poll that failed: one more failure, failing since the first of the run, maybe disabled."""
        await self._write(
            [
                (
                    "UPDATE feeds SET status = ?, failures = failures + 1,"
                    " failing_since = CASE WHEN failing_since = '' THEN ? ELSE failing_since END,"
                    " last_error = ?, polls = polls + 1, last_polled_at = ?, next_poll_at = ? WHERE id = ?",
                    (
                        "disabled" if disable else "failing",
                        iso(now),
                        error[:500],
                        iso(now),
                        iso(next_poll),
                        feed_id,
                    ),
                )
            ]
        )

    # ----------------------------------------------------------------- entries

    async def entry_states(self, feed_id: int, keys: list[str]) -> dict[str, EntryState]:
        if not keys:
            return {}
        marks = ",".join("?" * len(keys))
        rows = await self.store._all(
            f"SELECT key, doc_id, attempts, error FROM feed_entries WHERE feed_id = ? AND key IN ({marks})",
            (int(feed_id), *keys),
        )
        return {key: EntryState(doc_id, attempts, error) for key, doc_id, attempts, error in rows}

    async def known_document(self, keys: list[str]) -> str | None:
        """A document another feed already made of an entry with one of these keys."""
        if not keys:
            return None
        marks = ",".join("?" * len(keys))
        row = await self.store._one(
            f"SELECT doc_id FROM feed_entries WHERE key IN ({marks}) AND doc_id IS NOT NULL LIMIT 1", keys
        )
        return row[0] if row else None

    async def mark_entry(
        self, feed_id: int, keys: list[str], *, now: datetime, doc_id: str | None = None, error: str = ""
    ) -> int:
        """Record an entry under all its keys: done (a document, or no error), or one more failed
        attempt.  Returns the attempts made so far."""
        stamp = iso(now)
        statements = [
            (
                "INSERT INTO feed_entries(feed_id, key, doc_id, attempts, error, seen_at) VALUES (?, ?, ?, 1, ?, ?)"
                " ON CONFLICT(feed_id, key) DO UPDATE SET doc_id = coalesce(excluded.doc_id, doc_id),"
                " attempts = attempts + 1, error = excluded.error, seen_at = excluded.seen_at",
                (int(feed_id), key, doc_id, error[:300], stamp),
            )
            for key in keys
        ]
        if not statements:
            return 0
        await self._write(statements)
        states = await self.entry_states(feed_id, keys)
        return max((s.attempts for s in states.values()), default=0)

    async def entry_count(self, feed_id: int) -> int:
        row = await self.store._one("SELECT count(*) FROM feed_entries WHERE feed_id = ?", (int(feed_id),))
        return row[0]

    # ----------------------------------------------------------------- web pages

    async def save_page(
        self, doc_id: str, *, now: datetime, fetched_url: str, canonical_url: str, author: str
    ) -> None:
        await self._write(
            [
                (
                    "INSERT INTO web_pages(doc_id, fetched_url, canonical_url, author, saved_at) VALUES (?, ?, ?, ?, ?)"
                    " ON CONFLICT(doc_id) DO NOTHING",
                    (doc_id, fetched_url, canonical_url, author, iso(now)),
                )
            ]
        )

    async def page(self, doc_id: str) -> dict | None:
        row = await self.store._one(
            "SELECT fetched_url, canonical_url, author, saved_at FROM web_pages WHERE doc_id = ?", (doc_id,)
        )
        if not row:
            return None
        return dict(zip(("fetched_url", "canonical_url", "author", "saved_at"), row, strict=True))

    # ----------------------------------------------------------------- watches and alerts

    async def add_watch(self, guild_id: int, speaker_id: int, *, now: datetime, added_by: int = 0) -> bool:
        """Watch a speaker in a guild; False when it was already watched."""
        if not await self.store._one("SELECT 1 FROM speakers WHERE id = ?", (int(speaker_id),)):
            raise StoreError(f"no speaker with id {speaker_id}")
        (cur,) = await self._write(
            [
                (
                    "INSERT INTO watches(guild_id, speaker_id, added_by, added_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(guild_id, speaker_id) DO NOTHING",
                    (int(guild_id), int(speaker_id), int(added_by), iso(now)),
                )
            ]
        )
        return cur.rowcount > 0

    async def remove_watch(self, guild_id: int, speaker_id: int) -> bool:
        (cur,) = await self._write(
            [("DELETE FROM watches WHERE guild_id = ? AND speaker_id = ?", (int(guild_id), int(speaker_id)))]
        )
        return cur.rowcount > 0

    async def watches(self, guild_id: int) -> list[tuple[int, str]]:
        """(speaker id, name) watched in a guild, by name."""
        rows = await self.store._all(
            "SELECT s.id, s.name FROM watches w JOIN speakers s ON s.id = w.speaker_id WHERE w.guild_id = ?"
            " ORDER BY s.name COLLATE NOCASE",
            (int(guild_id),),
        )
        return [(sid, name) for sid, name in rows]

    async def watched_statements(self, guild_id: int, doc_id: str) -> list[WatchedStatement]:
        """The statements of a document by speakers the guild watches, in document order."""
        rows = await self.store._all(
            "SELECT s.id, s.name, st.kind, st.text FROM statements st"
            " JOIN watches w ON w.speaker_id = st.speaker_id AND w.guild_id = ?"
            " JOIN speakers s ON s.id = st.speaker_id WHERE st.doc_id = ? ORDER BY st.start, st.id",
            (int(guild_id), doc_id),
        )
        return [WatchedStatement(*row) for row in rows]

    async def claim_alert(
        self, doc_id: str, channel_id: int, *, now: datetime, feed_id: int | None = None
    ) -> bool:
        """Reserve the one alert for (article, channel) before posting it; False when it is taken."""
        (cur,) = await self._write(
            [
                (
                    "INSERT INTO feed_alerts(doc_id, channel_id, feed_id, sent_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(doc_id, channel_id) DO NOTHING",
                    (doc_id, int(channel_id), feed_id, iso(now)),
                )
            ]
        )
        return cur.rowcount > 0

    async def alert_sent(self, doc_id: str, channel_id: int, message_id: int) -> None:
        await self._write(
            [
                (
                    "UPDATE feed_alerts SET message_id = ? WHERE doc_id = ? AND channel_id = ?",
                    (int(message_id), doc_id, int(channel_id)),
                )
            ]
        )


__all__ = ["ENTRY_ATTEMPTS", "EntryState", "Feed", "FeedStore", "WatchedStatement", "iso"]
