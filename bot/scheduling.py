"""The one APScheduler shared by every extension that runs timed work (digests, feed polling).

Extensions call :func:`ensure_scheduler` from their ``setup`` (inside the running loop); the bot shuts
it down in ``close``. The database, not a pickled job store, is the source of truth for jobs: each
extension rebuilds its jobs from the store at start-up.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler


def ensure_scheduler(bot: Any) -> AsyncIOScheduler:
    """Return ``bot.scheduler``, creating and starting it on first use."""
    if bot.scheduler is None:
        bot.scheduler = AsyncIOScheduler(timezone=UTC)
    if not bot.scheduler.running:
        bot.scheduler.start()
    return bot.scheduler
