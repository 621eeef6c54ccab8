"""The one APScheduler shared by every extension that runs timed work (digests, feed polling).

Extensions call :func:`ensure_scheduler` from their ``setup`` (inside the running loop); the bot shuts
it down in ``close``. The database, not a pickled job store, is the source of truth for jobs: each
extension rebuilds its jobs from the store at start-up.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger


def ensure_scheduler(bot: Any) -> AsyncIOScheduler:
    """Return ``bot.scheduler``, creating and starting it on first use."""
    if bot.scheduler is None:
        bot.scheduler = AsyncIOScheduler(timezone=UTC)
    if not bot.scheduler.running:
        bot.scheduler.start()
    return bot.scheduler


class Sweep:
    """A periodic pass (``run``) on the shared scheduler, woken by its interval job, by other jobs
    (``fire``) or by hand (``wake``). Firings during a pass coalesce into one more pass after it, so
    passes never overlap; every decision about what is due belongs to ``run`` (which reads the bot's
    clock), so tests move the clock and await ``run`` or ``wake`` instead of sleeping."""

    def __init__(self, bot: Any, run: Callable[[], Awaitable[Any]], job_id: str, seconds: int) -> None:
        self.bot = bot
        self.run = run
        self.job_id = job_id
        self.seconds = seconds
        self.pass_task: asyncio.Task | None = None
        self._again = False
        self._tasks: set[asyncio.Task] = set()

    def start(self) -> None:
        """Add the interval job and run a first pass once the bot is connected."""
        ensure_scheduler(self.bot).add_job(
            self.fire,
            IntervalTrigger(seconds=self.seconds),
            id=self.job_id,
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
        self.spawn(self._catch_up())

    async def stop(self) -> None:
        """Remove the interval job and cancel whatever is running."""
        scheduler = self.bot.scheduler
        if scheduler is not None and scheduler.get_job(self.job_id) is not None:
            scheduler.remove_job(self.job_id)
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            try:
                await task
            except (asyncio.CancelledError, Exception):
                pass

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Task:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def fire(self) -> None:
        """What scheduler jobs call: start a pass in the background."""
        self.wake()

    def wake(self) -> None:
        if self.pass_task is not None and not self.pass_task.done():
            self._again = True
            return
        self.pass_task = self.spawn(self._passes())

    async def _catch_up(self) -> None:
        await self.bot.wait_until_ready()
        self.wake()

    async def _passes(self) -> None:
        while True:
            self._again = False
            await self.run()
            if not self._again:
                return
