"""The Manage Server requirement shared by the admin command groups."""

from __future__ import annotations

import discord
from discord import app_commands


async def require_manage_server(interaction: discord.Interaction) -> bool:
    """Checked by the bot as well as hidden by ``default_permissions``: a server can override the
    latter in its integration settings, so the bot never relies on it alone."""
    if interaction.permissions.manage_guild:
        return True
    if interaction.type is discord.InteractionType.autocomplete:
        return False  # no suggestions for people who cannot run the command
    raise app_commands.MissingPermissions(["manage_guild"])
