"""Daily digest schedules and their runs: checking what people type, working out when each
digest is owed (pure functions of a schedule and a moment), and the SQL for both tables.

A schedule is one channel's daily briefing: a local time (``HH:MM``) in an IANA time zone, and
optional speaker and topic filters.  A *slot* is the moment a schedule is owed a digest on one
local date.  A *run* is the record of what happened to one slot; there is at most one per
(schedule, local date) — the table's UNIQUE key is what makes every digest post exactly once.

Slots and clock changes: a slot is the local time on that date with ``fold=0`` — the first of
two repeated times when clocks go back (02:30 happens twice, the digest is owed once), and for a
time the clocks skip when they go forward, the instant the standard offset gives (02:30 on a
spring-forward day in Berlin is 03:30 summer time).  APScheduler's ``CronTrigger`` fires at the
same instants, so the trigger and the bookkeeping agree; fired twice on a fall-back night, the
second firing finds the run already recorded.

Times in the database are UTC ISO strings with seconds (``2024-03-05T08:00:00+00:00``), the same
shape as ``documents.ingested_at``, so they compare as text.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from .store import Store

RUN_STATUSES = ("pending", "posted", "skipped", "failed")
LOOKBACK = timedelta(days=7)  # missed slots older than this are not even recorded as skipped
_NOT_ZONES = frozenset({"Factory", "localtime", "posixrules", "posix", "right"})


class ScheduleError(ValueError):
    """Bad schedule input; ``str(exc)`` is one line to show the person who typed it."""


# --------------------------------------------------------------------------- time helpers


def to_iso(moment: datetime) -> str:
    """A UTC ISO string with seconds, as stored (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_TIME = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")


def parse_time(text: str) -> str:
    """``"9:05"`` -> ``"09:05"``; ScheduleError for anything that is not a 24-hour HH:MM time."""
    m = _TIME.match(text or "")
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        shown = (text or "").strip()[:40]
        raise ScheduleError(f"time: {shown!r} is not a time like 09:00 or 17:30 (24-hour HH:MM).")
    return f"{int(m.group(1)):02d}:{int(m.group(2)):02d}"


def _hour_minute(hhmm: str) -> tuple[int, int]:
    h, m = hhmm.split(":")
    return int(h), int(m)


@lru_cache(maxsize=1)
def timezone_names() -> tuple[str, ...]:
    """Every IANA zone this machine knows, sorted (for autocomplete and validation)."""
    names = {n for n in available_timezones() if n.split("/")[0] not in _NOT_ZONES}
    return tuple(sorted(names))


@lru_cache(maxsize=1)
def _zones_by_key() -> dict[str, str]:
    return {n.lower(): n for n in timezone_names()}


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def parse_timezone(text: str) -> str:
    """The canonical IANA name for ``text`` (case and spaces forgiven: ``europe/berlin``,
    ``New York`` is not guessed); ScheduleError with close names otherwise."""
    raw = (text or "").strip()
    key = raw.replace(" ", "_").lower()
    found = _zones_by_key().get(key)
    if found:
        try:
            zone(found)
            return found
        except (ZoneInfoNotFoundError, ValueError):
            pass
    close = difflib.get_close_matches(key, list(_zones_by_key()), n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(_zones_by_key()[c] for c in close)}?" if close else ""
    raise ScheduleError(
        f"timezone: {raw[:60]!r} is not a time zone I know; use an IANA name such as Europe/Berlin,"
        f" America/New_York or UTC.{hint}"
    )


def matching_timezones(text: str, limit: int = 25) -> list[str]:
    """Autocomplete: zones starting with ``text`` (or a part after a slash), then containing it."""
    key = (text or "").strip().replace(" ", "_").lower()
    names = timezone_names()
    if not key:
        common = ["UTC", "Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo"]
        return (common + [n for n in names if n not in common])[:limit]
    starts, parts, contains = [], [], []
    for name in names:
        low = name.lower()
        if low.startswith(key):
            starts.append(name)
        elif any(p.startswith(key) for p in low.split("/")[1:]):
            parts.append(name)
        elif key in low:
            contains.append(name)
    return (starts + parts + contains)[:limit]


_DURATION = re.compile(r"(\d+)\s*(weeks?|days?|hours?|minutes?|mins?|w|d|h|m)", re.IGNORECASE)
_UNIT = {"w": 604800, "d": 86400, "h": 3600, "m": 60}


def parse_duration(text: str) -> timedelta:
    """``"6h"``, ``"90m"``, ``"1d"``, ``"2h30m"``, ``"1 day"``; ``"0"`` is zero.  ValueError otherwise."""
    raw = (text or "").strip().lower()
    if raw == "0":
        return timedelta(0)
    pos, seconds = 0, 0
    for m in _DURATION.finditer(raw):
        if raw[pos : m.start()].strip():
            break
        seconds += int(m.group(1)) * _UNIT[m.group(2)[0].lower()]
        pos = m.end()
    if not raw or pos == 0 or raw[pos:].strip():
        raise ValueError(f"{(text or '').strip()[:40]!r} is not a duration like 24h, 90m or 7d")
    return timedelta(seconds=seconds)


def parse_since(text: str, now: datetime, zone_name: str = "UTC") -> datetime:
    """Where a digest starts: an ISO date (midnight in ``zone_name``), an ISO datetime (in
    ``zone_name`` unless it carries an offset), or a duration back from ``now`` (``24h``, ``7d``).
    ScheduleError for anything else, or for a moment after ``now``."""
    raw = (text or "").strip()
    if not raw:
        raise ScheduleError('since: give a date like 2024-03-05, a time like 2024-03-05T09:00 or "24h".')
    moment: datetime | None = None
    try:
        moment = now - parse_duration(raw)
    except ValueError:
        pass
    if moment is None:
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                day = date.fromisoformat(raw)
                moment = datetime(day.year, day.month, day.day, tzinfo=zone(zone_name))
            else:
                moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=zone(zone_name))
        except ValueError:
            raise ScheduleError(
                f'since: {raw[:40]!r} is not a date (2024-03-05), a date and time (2024-03-05T09:00) or a'
                ' duration such as "24h" or "7d".'
            ) from None
    moment = moment.astimezone(UTC)
    if moment > now:
        raise ScheduleError(f"since: {raw[:40]!r} is in the future.")
    return moment


# --------------------------------------------------------------------------- records


@dataclass(slots=True)
class Schedule:
    id: int
    guild_id: int
    channel_id: int
    time: str  # "HH:MM", local
    timezone: str  # IANA name
    speakers: list[str] = field(default_factory=list)  # canonical names; empty: everyone
    topic: str = ""
    enabled: bool = True
    disabled_reason: str = ""
    active_since: str = ""  # UTC ISO: slots before this are not owed
    created_by: int | None = None
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        """``09:00 Europe/Berlin · speakers: Pell, Velde · topic: harbour``."""
        bits = [f"{self.time} {self.timezone}"]
        if self.speakers:
            bits.append("speakers: " + ", ".join(self.speakers))
        if self.topic:
            bits.append("topic: " + self.topic)
        return " · ".join(bits)


@dataclass(slots=True)
class Run:
    id: int
    schedule_id: int
    local_date: str  # YYYY-MM-DD in the schedule's zone
    slot_at: str  # UTC ISO of the slot
    status: str  # pending | posted | skipped | failed
    late: bool = False
    attempts: int = 0
    next_attempt_at: str | None = None  # UTC ISO; None: as soon as possible
    message_id: int | None = None
    error: str = ""
    after_statement_id: int | None = None  # the window of the last attempt: (after, upto]
    upto_statement_id: int | None = None
    statements: int = 0
    created_at: str = ""
    updated_at: str = ""


_SCHEDULE_COLUMNS = (
    "id, guild_id, channel_id, time, timezone, speakers, topic, enabled, disabled_reason,"
    " active_since, created_by, created_at, updated_at"
)
_RUN_COLUMNS = (
    "id, schedule_id, local_date, slot_at, status, late, attempts, next_attempt_at, message_id, error,"
    " after_statement_id, upto_statement_id, statements, created_at, updated_at"
)


def _schedule(row) -> Schedule:
    return Schedule(
        id=row[0],
        guild_id=row[1],
        channel_id=row[2],
        time=row[3],
        timezone=row[4],
        speakers=json.loads(row[5] or "[]"),
        topic=row[6],
        enabled=bool(row[7]),
        disabled_reason=row[8],
        active_since=row[9],
        created_by=row[10],
        created_at=row[11],
        updated_at=row[12],
    )


def _run(row) -> Run:
    return Run(*row[:5], bool(row[5]), *row[6:])


# --------------------------------------------------------------------------- slots (pure)


def slot_at(day: date, hhmm: str, zone_name: str) -> datetime:
    """The UTC instant a schedule at ``hhmm`` in ``zone_name`` is owed its digest on ``day``."""
    h, m = _hour_minute(hhmm)
    return datetime(day.year, day.month, day.day, h, m, tzinfo=zone(zone_name)).astimezone(UTC)


def local_date(moment: datetime, zone_name: str) -> date:
    return moment.astimezone(zone(zone_name)).date()


def slots_between(schedule: Schedule, start: datetime, end: datetime) -> list[tuple[date, datetime]]:
    """(local date, slot) for every slot in [start, end], oldest first."""
    first = local_date(start, schedule.timezone) - timedelta(days=1)
    last = local_date(end, schedule.timezone)
    out = []
    day = first
    while day <= last:
        slot = slot_at(day, schedule.time, schedule.timezone)
        if start <= slot <= end:
            out.append((day, slot))
        day += timedelta(days=1)
    return out


def next_slot(schedule: Schedule, now: datetime) -> datetime:
    """The first slot after ``now``."""
    day = local_date(now, schedule.timezone)
    for offset in range(0, 3):
        slot = slot_at(day + timedelta(days=offset), schedule.time, schedule.timezone)
        if slot > now:
            return slot
    raise AssertionError("a daily slot always comes within two days")  # pragma: no cover


@dataclass(slots=True, frozen=True)
class Planned:
    """What to do about a slot that has no run yet."""

    schedule: Schedule
    local_date: date
    slot: datetime
    action: str  # "post" | "skip"
    reason: str = ""  # why it is skipped


def plan_slots(
    schedule: Schedule,
    recorded: set[str],
    now: datetime,
    grace: timedelta,
    lookback: timedelta = LOOKBACK,
) -> list[Planned]:
    """The slots of ``schedule`` that are owed by ``now`` and have no run (``recorded`` holds the
    local dates, ``YYYY-MM-DD``, that have one), each to post or to skip.

    - Only slots at or after the schedule's ``active_since`` are owed (a schedule made at 10:00 for
      09:00 starts tomorrow), and none older than ``lookback``.
    - The newest unrecorded slot within ``grace`` of ``now`` is posted (late when it is not on
      time: the caller decides what "late" means).  Every other unrecorded slot is skipped: older
      than the grace period ("missed"), or superseded by a newer digest, which covers everything
      since the previous one anyway.  Slots older than the newest recorded run are not owed.
    """
    # a slot exactly at active_since is not owed either: it agrees with next_slot() at creation
    start = max(
        from_iso(schedule.active_since) + timedelta(seconds=1), now - max(lookback, grace + timedelta(days=1))
    )
    newest_recorded = max(recorded) if recorded else ""
    open_slots = [
        (d, s) for d, s in slots_between(schedule, start, now) if d.isoformat() > newest_recorded
    ]
    postable = [(d, s) for d, s in open_slots if now - s <= grace]
    chosen = postable[-1] if postable else None
    out = []
    for d, s in open_slots:
        if (d, s) == chosen:
            out.append(Planned(schedule, d, s, "post"))
        elif now - s > grace:
            out.append(
                Planned(schedule, d, s, "skip", f"missed: not sent within {_human(grace)} of its time")
            )
        else:
            out.append(Planned(schedule, d, s, "skip", f"superseded by the digest of {chosen[0]}"))
    return out


def _human(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes % (24 * 60) == 0 and minutes:
        n = minutes // (24 * 60)
        return f"{n} day{'s' if n != 1 else ''}"
    if minutes % 60 == 0 and minutes:
        n = minutes // 60
        return f"{n} hour{'s' if n != 1 else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def human_duration(delta: timedelta) -> str:
    """``2 h 5 min``, ``40 min``, ``3 days``: how late a digest is, for people."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes >= 2 * 24 * 60:
        return f"{minutes // (24 * 60)} days"
    hours, mins = divmod(minutes, 60)
    if hours and mins:
        return f"{hours} h {mins} min"
    if hours:
        return f"{hours} h"
    return f"{mins} min"


# --------------------------------------------------------------------------- schedules (SQL)


async def save_schedule(
    store: Store,
    *,
    guild_id: int,
    channel_id: int,
    time: str,
    timezone: str,
    speakers: list[str] | None = None,
    topic: str = "",
    created_by: int | None = None,
    now: datetime,
) -> tuple[Schedule, bool]:
    """Create the channel's schedule or replace it (same id, so "since the previous digest" goes
    on); returns (schedule, replaced).  Slots before ``now`` are not owed."""
    hhmm = parse_time(time)
    zone_name = parse_timezone(timezone)
    stamp = to_iso(now)
    names = json.dumps(list(dict.fromkeys(speakers or [])))
    async with store.transaction() as db:
        async with db.execute(
            "SELECT id FROM digest_schedules WHERE channel_id = ?", (int(channel_id),)
        ) as cur:
            existing = await cur.fetchone()
        if existing:
            await db.execute(
                "UPDATE digest_schedules SET guild_id = ?, time = ?, timezone = ?, speakers = ?, topic = ?,"
                " enabled = 1, disabled_reason = '', active_since = ?, created_by = ?, updated_at = ?"
                " WHERE id = ?",
                (int(guild_id), hhmm, zone_name, names, topic, stamp, created_by, stamp, existing[0]),
            )
            sid = existing[0]
        else:
            cur = await db.execute(
                "INSERT INTO digest_schedules(guild_id, channel_id, time, timezone, speakers, topic,"
                " active_since, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (int(guild_id), int(channel_id), hhmm, zone_name, names, topic, stamp, created_by, stamp, stamp),
            )
            sid = cur.lastrowid
    schedule = await get_schedule(store, sid)
    assert schedule is not None
    return schedule, bool(existing)


async def get_schedule(store: Store, schedule_id: int) -> Schedule | None:
    row = await store._one(
        f"SELECT {_SCHEDULE_COLUMNS} FROM digest_schedules WHERE id = ?", (int(schedule_id),)
    )
    return _schedule(row) if row else None


async def schedule_for_channel(store: Store, channel_id: int) -> Schedule | None:
    row = await store._one(
        f"SELECT {_SCHEDULE_COLUMNS} FROM digest_schedules WHERE channel_id = ?", (int(channel_id),)
    )
    return _schedule(row) if row else None


async def list_schedules(
    store: Store, *, guild_id: int | None = None, enabled: bool | None = None
) -> list[Schedule]:
    sql = f"SELECT {_SCHEDULE_COLUMNS} FROM digest_schedules"
    where, params = [], []
    if guild_id is not None:
        where.append("guild_id = ?")
        params.append(int(guild_id))
    if enabled is not None:
        where.append("enabled = ?")
        params.append(1 if enabled else 0)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_schedule(r) for r in await store._all(sql + " ORDER BY id", params)]


async def remove_schedule(store: Store, channel_id: int, guild_id: int | None = None) -> Schedule | None:
    """Delete the channel's schedule and its runs; the removed schedule, or None."""
    schedule = await schedule_for_channel(store, channel_id)
    if schedule is None or (guild_id is not None and schedule.guild_id != guild_id):
        return None
    await store.write("DELETE FROM digest_schedules WHERE id = ?", (schedule.id,))
    return schedule


async def disable_schedule(store: Store, schedule_id: int, reason: str, now: datetime) -> None:
    await store.write(
        "UPDATE digest_schedules SET enabled = 0, disabled_reason = ?, updated_at = ? WHERE id = ?",
        (reason, to_iso(now), int(schedule_id)),
    )


# --------------------------------------------------------------------------- runs (SQL)


async def recorded_dates(store: Store, since: datetime) -> dict[int, set[str]]:
    """schedule id -> the local dates that have a run, for slots at or after ``since``."""
    out: dict[int, set[str]] = {}
    for sid, day in await store._all(
        "SELECT schedule_id, local_date FROM digest_runs WHERE slot_at >= ?", (to_iso(since),)
    ):
        out.setdefault(sid, set()).add(day)
    return out


async def record_planned(store: Store, planned: list[Planned], now: datetime) -> None:
    """Insert a run for every planned slot: ``pending`` to post, ``skipped`` with its reason.
    A slot that already has a run (another pass got there first) is left alone."""
    if not planned:
        return
    stamp = to_iso(now)
    rows = [
        (
            p.schedule.id,
            p.local_date.isoformat(),
            to_iso(p.slot),
            "pending" if p.action == "post" else "skipped",
            p.reason,
            stamp,
            stamp,
        )
        for p in planned
    ]
    async with store.transaction() as db:
        await db.executemany(
            "INSERT OR IGNORE INTO digest_runs(schedule_id, local_date, slot_at, status, error, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


async def pending_runs(store: Store) -> list[Run]:
    rows = await store._all(
        f"SELECT {_RUN_COLUMNS} FROM digest_runs WHERE status = 'pending' ORDER BY slot_at, id"
    )
    return [_run(r) for r in rows]


async def get_run(store: Store, run_id: int) -> Run | None:
    row = await store._one(f"SELECT {_RUN_COLUMNS} FROM digest_runs WHERE id = ?", (int(run_id),))
    return _run(row) if row else None


async def runs_of(store: Store, schedule_id: int, limit: int = 10) -> list[Run]:
    """The schedule's latest runs, newest slot first."""
    rows = await store._all(
        f"SELECT {_RUN_COLUMNS} FROM digest_runs WHERE schedule_id = ? ORDER BY slot_at DESC, id DESC LIMIT ?",
        (int(schedule_id), int(limit)),
    )
    return [_run(r) for r in rows]


async def last_posted(store: Store, schedule_id: int) -> Run | None:
    """The schedule's newest posted run: where the next digest starts."""
    row = await store._one(
        f"SELECT {_RUN_COLUMNS} FROM digest_runs WHERE schedule_id = ? AND status = 'posted'"
        " ORDER BY upto_statement_id DESC, slot_at DESC LIMIT 1",
        (int(schedule_id),),
    )
    return _run(row) if row else None


async def record_attempt(
    store: Store, run_id: int, *, after_id: int | None, upto_id: int, statements: int, late: bool, now: datetime
) -> bool:
    """Before posting: count the attempt and the window it covers.  False when the run is no longer
    pending (then nothing must be posted)."""
    changed = await store.write(
        "UPDATE digest_runs SET attempts = attempts + 1, after_statement_id = ?, upto_statement_id = ?,"
        " statements = ?, late = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ? AND status = 'pending'",
        (after_id, upto_id, statements, int(late), to_iso(now), int(run_id)),
    )
    return changed == 1


async def mark_posted(store: Store, run_id: int, message_id: int, now: datetime) -> None:
    """Complete a run with its message (an earlier attempt's error stays, for /digest status)."""
    await store.write(
        "UPDATE digest_runs SET status = 'posted', message_id = ?, next_attempt_at = NULL, updated_at = ?"
        " WHERE id = ?",
        (int(message_id), to_iso(now), int(run_id)),
    )


async def mark_retry(store: Store, run_id: int, error: str, retry_at: datetime, now: datetime) -> None:
    await store.write(
        "UPDATE digest_runs SET error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = 'pending'",
        (error[:500], to_iso(retry_at), to_iso(now), int(run_id)),
    )


async def mark_done(store: Store, run_id: int, status: str, error: str, now: datetime) -> None:
    """End a run without a post: ``failed`` (gave up) or ``skipped``."""
    if status not in ("failed", "skipped"):
        raise ValueError(f"not a final status without a message: {status}")
    await store.write(
        "UPDATE digest_runs SET status = ?, error = ?, next_attempt_at = NULL, updated_at = ?"
        " WHERE id = ? AND status = 'pending'",
        (status, error[:500], to_iso(now), int(run_id)),
    )


async def max_statement_id(store: Store) -> int:
    row = await store._one("SELECT max(id) FROM statements")
    return int(row[0] or 0)
