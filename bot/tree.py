"""The command tree: serves only allowed guilds and owns error handling for every command."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.replies import UserFacingError, reply_error

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

try:  # the engine's error type, when the engine is installed
    from briefings.store import StoreError
except Exception:  # pragma: no cover - only while the engine is being written

    class StoreError(Exception):  # type: ignore[no-redef]
        pass


def _command_name(interaction: discord.Interaction) -> str:
    command = interaction.command
    if command is not None:
        return command.qualified_name
    data = interaction.data or {}
    return str(data.get("name") or data.get("custom_id") or "?")


def explain(error: Exception) -> str | None:
    """The short message for an expected error, or None when the error is unexpected."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, UserFacingError):
        return str(error)
    if isinstance(error, app_commands.MissingPermissions):
        perms = ", ".join(
            p.replace("_", " ").replace("guild", "server").title() for p in error.missing_permissions
        )
        return f"You need the {perms} permission to use this command."
    if isinstance(error, app_commands.BotMissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in error.missing_permissions)
        return f"I am missing the {perms} permission here."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "This command only works in a server."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down: try again in {error.retry_after:.0f}s."
    if isinstance(error, app_commands.CheckFailure):
        return "You cannot use this command here."
    if isinstance(error, app_commands.TransformerError):
        return f"{error.value!r} is not a valid value for this option."
    if isinstance(error, app_commands.CommandSignatureMismatch | app_commands.CommandNotFound):
        return "This command has changed since it was last synced; please try again in a minute."
    if isinstance(error, StoreError):
        return f"The archive could not do that: {error}"
    if isinstance(error, discord.Forbidden):
        return "Discord refused: I am missing a permission in this channel."
    return None


class BriefingsTree(app_commands.CommandTree["BriefingsBot"]):
    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # Outside the allow-list we answer nothing at all (the bot leaves such guilds).
        return self.client.settings.allows(interaction.guild_id)

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        message = explain(error)
        if message is None:
            original = getattr(error, "original", error)
            log.error(
                "command /%s failed (guild %s, channel %s, user %s, options %s)",
                _command_name(interaction),
                interaction.guild_id,
                interaction.channel_id,
                interaction.user.id if interaction.user else None,
                _options_for_log(interaction),
                exc_info=(type(original), original, original.__traceback__),
            )
            message = "Something went wrong on my side; it has been logged. Please try again."
        else:
            log.info("command /%s refused: %s", _command_name(interaction), message)
        try:
            await reply_error(interaction, message)
        except discord.HTTPException:
            log.warning(
                "could not deliver the error message for /%s", _command_name(interaction), exc_info=True
            )


def _options_for_log(interaction: discord.Interaction) -> str:
    data = interaction.data or {}

    def walk(options: list) -> list[str]:
        out = []
        for opt in options or []:
            if "options" in opt:
                out.append(f"{opt.get('name')}({', '.join(walk(opt['options']))})")
            else:
                value = str(opt.get("value", ""))
                out.append(f"{opt.get('name')}={value[:80]!r}")
        return out

    return ", ".join(walk(data.get("options", []))) or "-"
