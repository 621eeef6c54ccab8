"""One place that decides how to answer an interaction.

Cogs call :func:`reply` and never look at ``interaction.response`` themselves: the first answer is
the interaction's initial response, later ones (or answers after ``defer()``) are followups, and
an interaction whose token has expired falls back to a plain channel message.
"""

from __future__ import annotations

import asyncio
import logging
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


async def run_engine(
    interaction: discord.Interaction,
    coro: Awaitable[T],
    *,
    ephemeral: bool = False,
    patience: float = 0.6,
) -> T:
    """Await engine work; if it takes longer than ``patience`` seconds, ``defer()`` first so
    Discord's 3-second window is never missed. Fast answers thus need one request, slow ones two."""
    task = asyncio.ensure_future(coro)
    if interaction.response.is_done():
        return await task
    done, _ = await asyncio.wait({task}, timeout=patience)
    if not done:
        try:
            await defer(interaction, ephemeral=ephemeral)
        except BaseException:
            task.cancel()
            raise
    return await task
