"""Fixtures that run the real bot against the fake Discord (import them into a test module)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import discord
import discord.gateway
import discord.http
import pytest

from bot.client import BriefingsBot
from bot.settings import Settings
from tests.fakediscord import FAKE_TOKEN, FakeDiscord

GUILD = 111111111111111111
OTHER_GUILD = 222222222222222222
SEEDS = Path("/work/shared/corpus/seeds")
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


def example_paths() -> list[Path]:
    return sorted(p for p in EXAMPLES.glob("*") if p.suffix in (".txt", ".md")) if EXAMPLES.is_dir() else []


class Clock:
    """A clock tests move by hand (``clock.now += timedelta(...)``); pass it as the bot's clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Running:
    fake: FakeDiscord
    bot: BriefingsBot
    task: asyncio.Task
    settings: Settings


@contextlib.asynccontextmanager
async def running_bot(
    db_path: Path,
    *,
    guilds: tuple[int, ...] = (GUILD,),
    allowed: tuple[int, ...] = (GUILD,),
    ingest: list[Path] | None = None,
    store=None,
    settings_extra: dict | None = None,
    fake: FakeDiscord | None = None,
    clock=None,
) -> AsyncIterator[Running]:
    """Start the fake Discord and the real bot; yield once the bot is READY and serving.

    ``fake``: a started FakeDiscord to reuse (kept running afterwards, so a test can restart the
    bot against the same "Discord"); ``clock``: the bot's clock (a callable returning aware UTC)."""
    own_fake = fake is None
    if fake is None:
        fake = FakeDiscord(guilds=list(guilds))
        await fake.start()
    old_base, old_gateway = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    settings = Settings(
        token=FAKE_TOKEN,
        db_path=db_path,
        guild_ids=frozenset(allowed),
        api_base=fake.api_base,
        gateway_url=fake.gateway_url,
        log_level="INFO",
        **(settings_extra or {}),
    )
    settings.apply_endpoints()
    extra = {"clock": clock} if clock is not None else {}
    bot = BriefingsBot(settings, guild_ready_timeout=0.05, **extra)  # the fake sends every guild at once
    ready = asyncio.Event()

    async def on_ready() -> None:
        ready.set()

    bot.add_listener(on_ready, "on_ready")
    if store is not None:
        bot.store = store
    else:
        await bot.open_store()
    if ingest:
        from briefings.ingest import ingest_paths

        await ingest_paths(bot.store, ingest)
    task = asyncio.create_task(bot.start(FAKE_TOKEN))
    try:
        done, _ = await asyncio.wait(
            {task, asyncio.ensure_future(ready.wait())}, timeout=15, return_when=asyncio.FIRST_COMPLETED
        )
        if task in done:
            task.result()  # raise the start-up error
        if not ready.is_set():
            raise TimeoutError("the bot did not become ready")
        yield Running(fake, bot, task, settings)
    finally:
        await bot.close()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(task, 5)
        if own_fake:
            await fake.stop()
        discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_base, old_gateway


class LogCapture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def text(self) -> str:
        out = []
        for r in self.records:
            out.append(r.getMessage())
            if r.exc_info:
                out.append(logging.Formatter().formatException(r.exc_info))
        return "\n".join(out)


@pytest.fixture
def log_capture():
    handler = LogCapture()
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old)
