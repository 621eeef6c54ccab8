"""Posting the digests that are due, each exactly once, through a *poster* (the Discord cog's, or a
test's), with time taken from an injected clock.

One pass (:meth:`DigestRunner.run_due`):
1. For every enabled schedule, the slots owed by now that have no run are planned
   (:func:`briefings.schedules.plan_slots`) and recorded: ``pending`` to post, ``skipped`` when
   missed beyond the grace period or superseded.  The UNIQUE (schedule, local date) key means a
   slot is recorded once, however many passes, processes or cron firings look at it.
2. Every ``pending`` run whose retry time has come is attempted:
   - if an earlier attempt may have reached Discord (the process died mid-post, or the answer was
     lost), the poster first looks for a message carrying the run's reference; found, the run is
     completed with that message and nothing is posted again;
   - the digest is composed, the attempt (and the window it covers) is recorded *before* posting,
     then posted; the message id completes the run.
   - a failed post is retried with backoff (``Policy.backoff``), its error kept for
     ``/digest status``; a channel that no longer exists disables its schedule; after the last
     attempt the run is ``failed``.
Passes never overlap (a lock); posts within a pass run concurrently (``Policy.concurrency``).
Schedules that share a window and filters share one composition per pass.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from . import schedules as sch
from .digests import Digest, Window, compose
from .schedules import Run, Schedule, from_iso, human_duration, to_iso
from .store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Policy:
    grace: timedelta = timedelta(hours=6)  # a missed digest is still posted (late) within this
    late_after: timedelta = timedelta(minutes=5)  # posted later than this after its time: "late"
    backoff: tuple[timedelta, ...] = (
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(minutes=30),
        timedelta(hours=1),
    )
    first_window: timedelta = timedelta(hours=24)  # what a schedule's first digest covers
    concurrency: int = 16

    @property
    def max_attempts(self) -> int:
        return len(self.backoff) + 1


class PostError(Exception):
    """A post that did not happen; ``str(exc)`` is the error shown in ``/digest status``.

    ``retry``: worth trying again later (5xx, 429, a missing permission someone may fix).
    ``channel_gone``: the channel no longer exists; the schedule is disabled."""

    def __init__(self, message: str, *, retry: bool = True, channel_gone: bool = False) -> None:
        super().__init__(message)
        self.retry = retry
        self.channel_gone = channel_gone


class Poster(Protocol):
    async def post(self, schedule: Schedule, run: Run, digest: Digest) -> int:
        """Post ``digest`` (its ``ref`` must be findable later); the message id, or PostError."""
        ...

    async def find_posted(self, schedule: Schedule, run: Run, ref: str) -> int | None:
        """The id of a message already posted for this run (carrying ``ref``), or None."""
        ...


@dataclass(slots=True)
class PassReport:
    posted: list[int] = field(default_factory=list)  # run ids
    recovered: list[int] = field(default_factory=list)  # found already posted by an earlier attempt
    skipped: int = 0  # runs recorded or ended as skipped
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    disabled: list[int] = field(default_factory=list)  # schedule ids


def run_ref(run: Run) -> str:
    """The marker a posted digest carries, by which a later attempt recognises it."""
    return f"briefing #{run.id}"


def nonce(run: Run) -> str:
    """Discord's own duplicate guard for a few minutes (max 25 characters)."""
    return f"brf-{run.id}"


def local_label(moment: datetime, zone_name: str, with_time: bool = True) -> str:
    local = moment.astimezone(sch.zone(zone_name))
    text = f"{local:%a} {local.day} {local:%b %Y}"
    return f"{text}, {local:%H:%M}" if with_time else text


async def since_last_briefing(
    store: Store, schedule: Schedule | None, upto: int, otherwise: datetime, otherwise_period: str
) -> tuple[Window, str]:
    """The window of the schedule's next digest: what came after its last posted one, or (no
    digest posted yet) what was stored since ``otherwise``; with the words that say so."""
    previous = await sch.last_posted(store, schedule.id) if schedule is not None else None
    if previous is not None and previous.upto_statement_id is not None:
        when = local_label(from_iso(previous.slot_at), schedule.timezone)
        return Window(after_id=previous.upto_statement_id, upto_id=upto), f"since the last briefing ({when})"
    return Window(since=to_iso(otherwise), upto_id=upto), otherwise_period


class DigestRunner:
    def __init__(
        self,
        store: Store,
        poster: Poster,
        clock: Callable[[], datetime],
        policy: Policy | None = None,
    ) -> None:
        self.store = store
        self.poster = poster
        self.clock = clock
        self.policy = policy or Policy()
        self._lock = asyncio.Lock()

    async def run_due(self) -> PassReport:
        """One pass: record what is owed, post what is due.  Never overlaps another pass."""
        async with self._lock:
            return await self._pass()

    async def _pass(self) -> PassReport:
        report = PassReport()
        now = self.clock()
        policy = self.policy
        enabled = {s.id: s for s in await sch.list_schedules(self.store, enabled=True)}
        horizon = max(sch.LOOKBACK, policy.grace + timedelta(days=1)) + timedelta(days=1)
        recorded = await sch.recorded_dates(self.store, now - horizon)
        planned = []
        for schedule in enabled.values():
            planned += sch.plan_slots(schedule, recorded.get(schedule.id, set()), now, policy.grace)
        await sch.record_planned(self.store, planned, now)
        report.skipped += sum(p.action == "skip" for p in planned)

        due: list[tuple[Schedule, Run]] = []
        for run in await sch.pending_runs(self.store):
            schedule = enabled.get(run.schedule_id)
            if schedule is None:
                await sch.mark_done(self.store, run.id, "skipped", "the schedule is disabled", now)
                report.skipped += 1
            elif run.next_attempt_at is None or run.next_attempt_at <= to_iso(now):
                due.append((schedule, run))
        if not due:
            return report
        upto = await sch.max_statement_id(self.store)
        compositions: dict[tuple, asyncio.Task] = {}
        limit = asyncio.Semaphore(max(1, policy.concurrency))

        async def attempt(schedule: Schedule, run: Run) -> None:
            async with limit:
                try:
                    await self._attempt(schedule, run, upto, compositions, report)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    log.exception("digest run %s (schedule %s) failed unexpectedly", run.id, schedule.id)

        await asyncio.gather(*(attempt(s, r) for s, r in due))
        return report

    async def _compose(
        self, schedule: Schedule, window: Window, compositions: dict[tuple, asyncio.Task]
    ) -> Digest:
        key = (window.after_id, window.since, window.upto_id, tuple(schedule.speakers), schedule.topic)
        task = compositions.get(key)
        if task is None:
            task = compositions[key] = asyncio.ensure_future(
                compose(self.store, window, speakers=schedule.speakers, topic=schedule.topic)
            )
        return await asyncio.shield(task)

    async def _attempt(
        self,
        schedule: Schedule,
        run: Run,
        upto: int,
        compositions: dict[tuple, asyncio.Task],
        report: PassReport,
    ) -> None:
        policy, store = self.policy, self.store
        now = self.clock()
        slot = from_iso(run.slot_at)
        ref = run_ref(run)
        if run.attempts > 0:
            # an earlier attempt may have reached Discord: never post twice
            try:
                found = await self.poster.find_posted(schedule, run, ref)
            except PostError as e:
                if e.channel_gone:
                    await self._channel_gone(schedule, run, e, now, report)
                    return
                log.warning(
                    "digest run %s: could not check channel %s for an earlier post (%s); posting anyway"
                    " (Discord's nonce still refuses a duplicate within minutes)",
                    run.id,
                    schedule.channel_id,
                    e,
                )
                found = None
            if found:
                await sch.mark_posted(store, run.id, found, now)
                report.recovered.append(run.id)
                log.info("digest run %s was already posted as message %s; recorded it", run.id, found)
                return
            if run.attempts >= policy.max_attempts:  # the last attempt was cut short by a restart
                await sch.mark_done(store, run.id, "failed", run.error or "gave up after the last attempt", now)
                report.failed.append(run.id)
                return
        elif now - slot > policy.grace:
            await sch.mark_done(store, run.id, "skipped", "missed: not sent within the grace period", now)
            report.skipped += 1
            return

        window, period = await since_last_briefing(
            store,
            schedule,
            upto,
            slot - policy.first_window,
            f"in the {human_duration(policy.first_window)} before this briefing",
        )
        content = await self._compose(schedule, window, compositions)
        late = now - slot > policy.late_after
        note = ""
        if late:
            why = "after failed attempts" if run.attempts else "because the bot was not running then"
            note = (
                f"Late: due {local_label(slot, schedule.timezone)} ({schedule.timezone}),"
                f" posted {human_duration(now - slot)} late {why}."
            )
        digest = dataclasses.replace(
            content,
            title=f"Briefing for {local_label(slot, schedule.timezone, with_time=False)}",
            period=period,
            note=note,
            ref=ref,
        )
        if not await sch.record_attempt(
            store,
            run.id,
            after_id=window.after_id,
            upto_id=upto,
            statements=digest.statements,
            late=late,
            now=now,
        ):
            return  # no longer pending: someone else completed it
        run.attempts += 1
        try:
            message_id = await self.poster.post(schedule, run, digest)
        except PostError as e:
            await self._failed(schedule, run, e, report)
            return
        except asyncio.CancelledError:
            raise  # the process is stopping: the recorded attempt is checked on the next start
        except Exception as e:  # a bug in rendering or the poster: keep the scheduler going
            log.exception("digest run %s: posting failed unexpectedly", run.id)
            await self._failed(schedule, run, PostError(f"unexpected error: {type(e).__name__}: {e}"), report)
            return
        await sch.mark_posted(store, run.id, message_id, self.clock())
        report.posted.append(run.id)

    async def _failed(self, schedule: Schedule, run: Run, error: PostError, report: PassReport) -> None:
        now = self.clock()
        if error.channel_gone:
            await self._channel_gone(schedule, run, error, now, report)
            return
        if not error.retry or run.attempts >= self.policy.max_attempts:
            await sch.mark_done(self.store, run.id, "failed", str(error), now)
            report.failed.append(run.id)
            log.warning(
                "digest for channel %s (%s) failed after %d attempt(s): %s",
                schedule.channel_id,
                run.local_date,
                run.attempts,
                error,
            )
            return
        delay = self.policy.backoff[min(run.attempts, len(self.policy.backoff)) - 1]
        await sch.mark_retry(self.store, run.id, str(error), now + delay, now)
        report.retrying.append(run.id)
        log.warning(
            "digest for channel %s (%s) attempt %d failed: %s; retrying in %s",
            schedule.channel_id,
            run.local_date,
            run.attempts,
            error,
            human_duration(delay),
        )

    async def _channel_gone(
        self, schedule: Schedule, run: Run, error: PostError, now: datetime, report: PassReport
    ) -> None:
        await sch.disable_schedule(self.store, schedule.id, str(error), now)
        await sch.mark_done(self.store, run.id, "failed", str(error), now)
        report.failed.append(run.id)
        report.disabled.append(schedule.id)
        log.warning(
            "digest schedule %s disabled: channel %s (guild %s) no longer exists (%s)",
            schedule.id,
            schedule.channel_id,
            schedule.guild_id,
            error,
        )
