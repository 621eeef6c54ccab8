"""The bot process: one ``commands.Bot`` holding the store, the cogs and (later) the scheduler."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import discord
from discord.ext import commands

from bot.replies import NO_MENTIONS
from bot.settings import Settings
from bot.tree import BriefingsTree

log = logging.getLogger(__name__)

# Every area of the bot is one extension; setup_hook loads them in this order.
EXTENSIONS: tuple[str, ...] = (
    "cogs.asking",
    "cogs.quotes",
    "cogs.speakers",
    "cogs.sources",
    "cogs.admin",
    "cogs.feeds",
    "cogs.digests",
)


def utcnow() -> datetime:
    return datetime.now(UTC)


class BriefingsBot(commands.Bot):
    """Typed shared resources live here: ``bot.store``, ``bot.settings``, ``bot.scheduler``, ``bot.clock``."""

    def __init__(
        self,
        settings: Settings,
        *,
        extensions: tuple[str, ...] = EXTENSIONS,
        clock: Callable[[], datetime] = utcnow,
        **options: Any,
    ) -> None:
        intents = discord.Intents.default()  # no privileged intents: guilds + slash commands only
        super().__init__(
            command_prefix=commands.when_mentioned,  # no text commands; slash commands only
            help_command=None,
            intents=intents,
            tree_cls=BriefingsTree,
            allowed_mentions=NO_MENTIONS,
            chunk_guilds_at_startup=False,
            **options,
        )
        self.settings = settings
        self.extensions_to_load = extensions
        self.clock = clock
        self.store: Any = None  # briefings.store.Store, opened in setup_hook
        self.scheduler: Any = None  # apscheduler AsyncIOScheduler, created by the digest extension
        # Coroutines run at the end of setup_hook (e.g. the digest extension rebuilding its jobs).
        self.startup_tasks: list[Callable[[], Awaitable[None]]] = []
        self.shutdown_tasks: list[Callable[[], Awaitable[None]]] = []

    async def open_store(self) -> None:
        from briefings.store import Store

        # ingestion times follow the bot's clock, so "new since the last digest" agrees with the
        # scheduler even when a test moves the clock
        self.store = await Store.open(
            str(self.settings.db_path),
            clock=lambda: self.clock().astimezone(UTC).isoformat(timespec="seconds"),
        )

    async def setup_hook(self) -> None:
        if self.store is None:
            await self.open_store()
        for name in self.extensions_to_load:
            await self.load_extension(name)
        for task in self.startup_tasks:
            await task()
        if self.settings.dev_guild is not None:
            # Development convenience only: copy the global commands to one guild and sync there.
            guild = discord.Object(id=self.settings.dev_guild)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to development guild %s", len(synced), self.settings.dev_guild)
        log.info("loaded %d extensions", len(self.extensions))

    async def close(self) -> None:
        for task in reversed(self.shutdown_tasks):
            try:
                await task()
            except Exception:
                log.exception("shutdown task failed")
        if self.scheduler is not None and getattr(self.scheduler, "running", False):
            self.scheduler.shutdown(wait=False)
        await super().close()
        if self.store:
            try:
                await self.store.close()
            finally:
                self.store = None

    # ---- only serve the configured guilds -------------------------------------------------

    async def _leave_if_not_allowed(self, guild: discord.Guild) -> None:
        if self.settings.allows(guild.id):
            return
        log.warning("leaving guild %s (%s): not in BRIEFINGS_GUILD_IDS", guild.id, guild.name)
        try:
            await guild.leave()
        except discord.HTTPException:
            log.warning("could not leave guild %s", guild.id, exc_info=True)

    async def on_ready(self) -> None:
        # Never sync commands here: see `python -m bot sync`.
        log.info(
            "connected as %s (%s) to %d guilds",
            self.user,
            self.user.id if self.user else "?",
            len(self.guilds),
        )
        for guild in list(self.guilds):
            await self._leave_if_not_allowed(guild)

    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self._leave_if_not_allowed(guild)

    async def on_guild_available(self, guild: discord.Guild) -> None:
        if self.is_ready():
            await self._leave_if_not_allowed(guild)

    async def on_message(self, message: discord.Message) -> None:
        return  # slash commands only; never react to chat

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        log.exception("unhandled error in event %s", event_method)
