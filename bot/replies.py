"""One place that decides how to answer an interaction.

Cogs call :func:`reply` and never look at ``interaction.response`` themselves: the first answer is
the interaction's initial response, later ones (or answers after ``defer()``) are followups, and
an interaction whose token has expired falls back to a plain channel message.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()
CONTENT_LIMIT = 2000
T = TypeVar("T")


class UserFacingError(Exception):
    """An expected failure whose message is safe and useful to show to the user (ephemerally)."""


def clip(text: str, limit: int = CONTENT_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def defer(interaction: discord.Interaction, *, ephemeral: bool = False) -> None:
    """Acknowledge now (the user sees "thinking…") when the work may take more than a moment."""
    if not interaction.response.is_done():
        await interaction.response.defer(ephemeral=ephemeral, thinking=True)


async def reply(
    interaction: discord.Interaction,
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    embeds: list[discord.Embed] | None = None,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
) -> discord.Message | None:
    """Send an answer the right way for the interaction's state; never pings anyone.

    Returns the message when Discord returns one (used by paginators to edit it later).
    """
    kwargs: dict[str, Any] = {"allowed_mentions": NO_MENTIONS}
    if content is not None:
        kwargs["content"] = clip(content)
    if embed is not None:
        kwargs["embed"] = embed
    if embeds:
        kwargs["embeds"] = embeds
    if view is not None:
        kwargs["view"] = view

    if not interaction.response.is_done():
        callback = await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
        resource = getattr(callback, "resource", None)
        return resource if isinstance(resource, discord.Message) else None
    if not interaction.is_expired():
        return await interaction.followup.send(ephemeral=ephemeral, wait=True, **kwargs)
    channel = interaction.channel
    if ephemeral or channel is None or not hasattr(channel, "send"):
        log.warning("interaction %s expired before an answer could be sent", interaction.id)
        return None
    return await channel.send(**kwargs)


async def reply_error(interaction: discord.Interaction, message: str) -> None:
    """Show ``message`` to the user only. After a public "thinking" defer the placeholder is
    removed first, so the error does not stay in the channel for everyone."""
    message = clip(message)
    if not interaction.response.is_done():
        await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_MENTIONS)
        return
    if interaction.is_expired():
        log.info("interaction %s expired; could not show error: %s", interaction.id, message)
        return
    if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
        try:
            await interaction.delete_original_response()
        except discord.HTTPException:
            pass
    await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_MENTIONS)


_in_flight = 0
_engine_turns: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
    weakref.WeakKeyDictionary()
)
BUSY = 3  # engine calls already running: beyond this, acknowledge at once instead of waiting


async def run_engine(
    interaction: discord.Interaction,
    coro: Awaitable[T],
    *,
    ephemeral: bool = False,
    patience: float = 0.6,
) -> T:
    """Await engine work, acknowledging the interaction in time.

    A quick answer needs a single request; when the work takes longer than ``patience`` seconds,
    or when the engine is already busy with other interactions (it answers them one after
    another), ``defer()`` first so the user sees "thinking…" at once and Discord's 3-second
    window is never missed.
    """
    global _in_flight
    loop = asyncio.get_running_loop()
    turn = _engine_turns.get(loop)
    if turn is None:
        turn = _engine_turns[loop] = asyncio.Lock()

    async def in_turn() -> T:
        # One engine call at a time, first come first served: the store has one SQLite connection,
        # so interleaving calls only makes every one of them finish late.
        async with turn:
            return await coro

    task = asyncio.ensure_future(in_turn())
    _in_flight += 1
    try:
        if interaction.response.is_done():
            return await task
        if _in_flight > BUSY:
            await defer(interaction, ephemeral=ephemeral)
            return await task
        done, _ = await asyncio.wait({task}, timeout=patience)
        if not done:
            await defer(interaction, ephemeral=ephemeral)
        return await task
    except BaseException:
        task.cancel()
        raise
    finally:
        _in_flight -= 1
